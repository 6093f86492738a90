//! Talking to systemd when it runs the kiosk: "ready", and the watchdog's "still alive" from the UI loop.

use std::os::unix::net::UnixDatagram;
use std::sync::atomic::{AtomicBool, Ordering};

static STOP_ASKED: AtomicBool = AtomicBool::new(false);

extern "C" fn ask_to_stop(_: libc::c_int) {
    // Only an atomic store: nothing else is safe in a signal handler.
    STOP_ASKED.store(true, Ordering::SeqCst);
}

/// Catches SIGTERM (systemd stopping the service) and SIGINT, so the kiosk can close its
/// window and database and exit 0 instead of dying mid-write.
pub fn catch_stop_signals() {
    let handler: extern "C" fn(libc::c_int) = ask_to_stop;
    // SAFETY: the handler only stores to an atomic.
    unsafe {
        libc::signal(libc::SIGTERM, handler as libc::sighandler_t);
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

/// Whether SIGTERM or SIGINT arrived.
pub fn stop_asked() -> bool {
    STOP_ASKED.load(Ordering::SeqCst)
}

/// Sends one `sd_notify` state (`READY=1`, `WATCHDOG=1`) when systemd asked for them by
/// setting `NOTIFY_SOCKET`; outside systemd it does nothing.
pub fn notify(state: &str) {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else {
        return;
    };
    let Ok(socket) = UnixDatagram::unbound() else {
        return;
    };
    let bytes = path.as_encoded_bytes();
    let sent = if let Some(name) = bytes.strip_prefix(b"@") {
        // An abstract socket: the name after '@'.
        use std::os::linux::net::SocketAddrExt;
        std::os::unix::net::SocketAddr::from_abstract_name(name)
            .and_then(|addr| socket.send_to_addr(state.as_bytes(), &addr))
    } else {
        socket.send_to(state.as_bytes(), &path)
    };
    if let Err(e) = sent {
        tracing::warn!("systemd notification {state} not sent: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_reach_the_socket_systemd_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let listener = UnixDatagram::bind(&path).unwrap();
        // SAFETY: tests in this binary do not read NOTIFY_SOCKET concurrently.
        unsafe { std::env::set_var("NOTIFY_SOCKET", &path) };
        notify("WATCHDOG=1");
        unsafe { std::env::remove_var("NOTIFY_SOCKET") };
        let mut buf = [0u8; 64];
        let n = listener.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"WATCHDOG=1");
    }
}
