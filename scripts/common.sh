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

# Debian's contrib section, where the Japanese voice for Open JTalk is (CC BY 3.0; contrib
# because it was built with the non-free HTK). Added once, beside the machine's own sources.
ensure_contrib() {
    if grep -rqs "contrib" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return
    fi
    echo "Adding Debian's contrib section (for hts-voice-nitech-jp-atr503-m001)"
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: %s %s-updates\nComponents: contrib\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$codename" "$codename" | as_root tee /etc/apt/sources.list.d/debian-contrib.sources >/dev/null
    # The next install must see the new section.
    as_root apt-get update -qq
}

# The voice: Open JTalk for Japanese, espeak-ng for the other languages, aplay to play it.
ensure_speech() {
    if ! dpkg-query -W -f='${Status}' hts-voice-nitech-jp-atr503-m001 2>/dev/null | grep -q "install ok installed"; then
        ensure_contrib
    fi
    ensure_packages open-jtalk open-jtalk-mecab-naist-jdic hts-voice-nitech-jp-atr503-m001 espeak-ng alsa-utils curl unzip
    ensure_mandarin
}

# The Mandarin voice (espeak-ng 1.52's library and Mandarin data, scripts/mandarin-voice) where
# the kiosk looks for it when no package has put it in /usr/lib/madoguchi/mandarin.
ensure_mandarin() {
    local dest=/usr/local/lib/madoguchi/mandarin
    scripts/mandarin-voice target/mandarin >/dev/null
    if [ -d target/mandarin ] && ! diff -rq target/mandarin "$dest" >/dev/null 2>&1; then
        echo "Installing the Mandarin voice (espeak-ng 1.52) in $dest"
        as_root rm -rf "$dest"
        as_root mkdir -p "$(dirname "$dest")"
        as_root cp -r target/mandarin "$dest"
    fi
}

# pcscd + vpcd: the card tests run a real PC/SC stack with a virtual reader.
ensure_packages ca-certificates gcc libc6-dev pkg-config procps sqlite3 pcscd libpcsclite-dev vsmartcard-vpcd \
    xvfb xdotool x11-apps imagemagick
ensure_rust
ensure_speech
