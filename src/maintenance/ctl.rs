//! `madoguchi ctl`: a local socket through which root or the kiosk's own user switch maintenance mode from a shell.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What a shell asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    On,
    Off,
    Status,
}

impl Command {
    pub fn parse(line: &str) -> Result<Command, String> {
        match line.trim() {
            "maintenance on" => Ok(Command::On),
            "maintenance off" => Ok(Command::Off),
            "maintenance status" => Ok(Command::Status),
            other => Err(format!(
                "unknown command {other:?}; the kiosk knows: maintenance on|off|status"
            )),
        }
    }

    fn line(self) -> &'static str {
        match self {
            Command::On => "maintenance on",
            Command::Off => "maintenance off",
            Command::Status => "maintenance status",
        }
    }
}

/// A command waiting for the kiosk's answer. Cloneable so it can ride in a UI message; the
/// first answer wins.
#[derive(Clone, Debug)]
pub struct Request {
    pub command: Command,
    reply: Arc<Mutex<Option<Sender<String>>>>,
}

impl Request {
    pub fn answer(&self, text: impl Into<String>) {
        if let Some(tx) = self.reply.lock().ok().and_then(|mut r| r.take()) {
            let _ = tx.send(text.into());
        }
    }
}

/// How long a shell waits for the kiosk to answer.
const ANSWER_WAIT: Duration = Duration::from_secs(3);

/// The uid on the other end of a local socket.
fn peer_uid(stream: &UnixStream) -> Option<u32> {
    use std::os::fd::AsRawFd;
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: the fd is a live socket; `cred` and `len` are valid for writing.
    let rc = unsafe {
        libc::getsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    (rc == 0).then_some(cred.uid)
}

/// Serves the control socket at `path` on its own thread, handing each command to `sink`.
/// The socket is readable by its owner only, and a peer that is neither root nor this
/// process's user is refused even so.
pub fn serve(path: &Path, sink: impl Fn(Request) + Send + 'static) -> std::io::Result<()> {
    let listener = bind(path)?;
    let me = unsafe { libc::geteuid() };
    std::thread::Builder::new()
        .name("ctl".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                handle(stream, me, &sink);
            }
        })?;
    Ok(())
}

fn bind(path: &Path) -> std::io::Result<UnixListener> {
    // A socket left by a kiosk that died is stale unless something still answers on it.
    if path.exists() {
        if UnixStream::connect(path).is_ok() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AddrInUse,
                format!("{} is in use by another running kiosk", path.display()),
            ));
        }
        std::fs::remove_file(path)?;
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let listener = UnixListener::bind(path)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    Ok(listener)
}

fn handle(stream: UnixStream, me: u32, sink: &impl Fn(Request)) {
    let _ = stream.set_read_timeout(Some(ANSWER_WAIT));
    let mut writer = match stream.try_clone() {
        Ok(w) => w,
        Err(_) => return,
    };
    match peer_uid(&stream) {
        Some(uid) if uid == 0 || uid == me => {}
        _ => {
            let _ = writeln!(writer, "refused: only root or the kiosk's user may do this");
            return;
        }
    }
    let mut line = String::new();
    if BufReader::new(&stream).take_line(&mut line).is_err() {
        return;
    }
    let answer = match Command::parse(&line) {
        Ok(command) => {
            let (tx, rx): (Sender<String>, Receiver<String>) = channel();
            sink(Request {
                command,
                reply: Arc::new(Mutex::new(Some(tx))),
            });
            rx.recv_timeout(ANSWER_WAIT)
                .unwrap_or_else(|_| "error: the kiosk did not answer in time".into())
        }
        Err(e) => format!("error: {e}"),
    };
    let _ = writeln!(writer, "{answer}");
}

trait TakeLine {
    fn take_line(self, line: &mut String) -> std::io::Result<usize>;
}

impl<R: std::io::Read> TakeLine for BufReader<R> {
    /// One line of at most 256 bytes: a command, never a stream.
    fn take_line(self, line: &mut String) -> std::io::Result<usize> {
        use std::io::Read;
        let mut limited = BufReader::new(self.take(256));
        limited.read_line(line)
    }
}

/// Sends `command` to the kiosk at `socket` and returns its one-line answer.
pub fn send(socket: &PathBuf, command: Command) -> Result<String, String> {
    let mut stream = UnixStream::connect(socket).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused => format!(
            "no kiosk is running with its control socket at {}; start it, or pass --config with its kiosk.toml",
            socket.display()
        ),
        std::io::ErrorKind::PermissionDenied => format!(
            "{} may only be opened by root or the kiosk's user; use sudo",
            socket.display()
        ),
        _ => format!("cannot reach the kiosk at {}: {e}", socket.display()),
    })?;
    let _ = stream.set_read_timeout(Some(ANSWER_WAIT + Duration::from_secs(1)));
    writeln!(stream, "{}", command.line()).map_err(|e| e.to_string())?;
    let mut answer = String::new();
    BufReader::new(stream)
        .read_line(&mut answer)
        .map_err(|e| format!("the kiosk did not answer: {e}"))?;
    let answer = answer.trim().to_owned();
    if answer.starts_with("error:") || answer.starts_with("refused:") {
        Err(answer)
    } else {
        Ok(answer)
    }
}
