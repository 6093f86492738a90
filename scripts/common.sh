# Shared by scripts/run and scripts/test: install what a fresh Debian machine lacks.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages that are not installed yet; runs apt-get update once first.
ensure_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# madoguchi needs Rust 1.88 or newer (iced 0.14); Debian 12's own cargo is too old.
ensure_rust() {
    if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
    if ! command -v cargo >/dev/null 2>&1; then
        echo "error: cargo is not installed. Install Rust 1.88 or newer with rustup (https://rustup.rs), then run this again." >&2
        exit 1
    fi
    local minor
    minor=$(rustc --version | sed -E 's/^rustc 1\.([0-9]+).*/\1/')
    if [ "$minor" -lt 88 ]; then
        echo "error: $(rustc --version) is too old; madoguchi needs Rust 1.88 or newer (rustup update)." >&2
        exit 1
    fi
}

# pcscd + vpcd: the card tests run a real PC/SC stack with a virtual reader.
ensure_packages ca-certificates gcc libc6-dev pkg-config procps sqlite3 pcscd libpcsclite-dev vsmartcard-vpcd \
    xvfb xdotool x11-apps imagemagick
ensure_rust
