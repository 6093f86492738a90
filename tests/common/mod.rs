//! What the tests (and the whole-process benchmark) share: a private pcscd with vpcd readers, virtual cards on them, an Xvfb display and the kiosk binary running on it.
//!
//! pcscd's socket is fixed at /run/pcscd, so users of `Pcscd` take turns (one lock) and each
//! starts its own pcscd with a private reader configuration on its own vpcd ports.
// Each test crate uses part of this module.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use madoguchi::card::profiles::{Profile, VirtualRoot};

pub const TODAY: &str = "2027-05-06";
/// The kiosk's clock in whole-process tests: a weekday with the counters open.
pub const NOW: &str = "2027-05-06T10:15";

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_madoguchi")
}

pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

pub static TURN: Mutex<()> = Mutex::new(());

/// `madoguchi ARGS --config CONFIG`, run to its end.
pub fn run_on(config: &Path, args: &[&str]) -> std::process::Output {
    Command::new(bin())
        .args(args)
        .arg("--config")
        .arg(config)
        .output()
        .unwrap()
}

/// The shipped kiosk.toml on `database` (a file or a URL), its holiday list found from
/// anywhere, with each `(from, to)` edit made (each must apply), written into `dir`.
pub fn kiosk_toml(dir: &Path, database: &str, edits: &[(&str, &str)]) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(root.join("kiosk.toml"))
        .unwrap()
        .replace(
            "holidays = \"",
            &format!("holidays = \"{}/", root.display()),
        )
        .replace(
            "database = \"tickets.sqlite\"",
            &format!("database = \"{database}\""),
        )
        // No sound card here; the fixed prompts' audio is made once for every test's kiosk.
        .replace("audio_device = \"default\"", "audio_device = \"none\"")
        .replace(
            "# speech_cache = \"/var/lib/madoguchi/speech-cache\"",
            &format!(
                "speech_cache = \"{}/speech-cache\"",
                env!("CARGO_TARGET_TMPDIR")
            ),
        );
    for (from, to) in edits {
        assert!(text.contains(from), "kiosk.toml has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

pub fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A private pcscd whose vpcd readers listen on `port` ("Virtual PCD 00 00") and `port + 1`.
pub struct Pcscd {
    child: Option<Child>,
    pub dir: tempfile::TempDir,
    pub port: u16,
    _turn: MutexGuard<'static, ()>,
}

impl Pcscd {
    pub fn start() -> Pcscd {
        let turn = TURN.lock().unwrap_or_else(|e| e.into_inner());
        let others = Command::new("pgrep")
            .args(["-x", "pcscd"])
            .output()
            .unwrap();
        assert!(
            others.stdout.is_empty(),
            "another pcscd is running (pid {}); stop it (systemctl stop pcscd.socket pcscd) to run these tests",
            String::from_utf8_lossy(&others.stdout).trim()
        );
        let port = 40000 + (std::process::id() % 5000) as u16 * 2;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("conf")).unwrap();
        std::fs::write(
            dir.path().join("conf/vpcd"),
            format!(
                "FRIENDLYNAME \"Virtual PCD\"\nDEVICENAME /dev/null:0x{port:X}\nLIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID 0x{port:X}\n"
            ),
        )
        .unwrap();
        let mut pcscd = Pcscd {
            child: None,
            dir,
            port,
            _turn: turn,
        };
        pcscd.resume();
        pcscd
    }

    pub fn conf(&self) -> PathBuf {
        self.dir.path().join("conf")
    }

    /// Starts pcscd (again) and waits until its readers answer.
    pub fn resume(&mut self) {
        self.launch(&self.conf());
        self.wait_until("pcscd did not start with the vpcd reader", |readers| {
            readers.iter().any(|n| n == "Virtual PCD 00 00")
        });
    }

    /// Starts pcscd (again) with no reader configured: the reader unplugged, as far as vpcd
    /// can show it (pcscd does not drop a serial reader while it runs).
    pub fn resume_without_readers(&mut self) {
        let empty = self.dir.path().join("no-readers");
        std::fs::create_dir_all(&empty).unwrap();
        self.launch(&empty);
        self.wait_until("pcscd did not start", |_| true);
    }

    fn launch(&mut self, conf: &Path) {
        let log = std::fs::File::create(self.dir.path().join("pcscd.log")).unwrap();
        let child = Command::new("pcscd")
            .args(["--foreground", "--debug", "--config"])
            .arg(conf)
            .stdout(log)
            .stderr(Stdio::null())
            .spawn()
            .expect("pcscd is not installed: apt-get install pcscd vsmartcard-vpcd");
        self.child = Some(child);
    }

    fn wait_until(&self, failure: &str, ready: impl Fn(&[String]) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let answered = pcsc::Context::establish(pcsc::Scope::User).and_then(|c| {
                match c.list_readers_owned() {
                    Ok(r) => Ok(r),
                    Err(pcsc::Error::NoReadersAvailable) => Ok(Vec::new()),
                    Err(e) => Err(e),
                }
            });
            if let Ok(readers) = answered {
                let names: Vec<String> = readers
                    .iter()
                    .map(|n| n.to_string_lossy().into_owned())
                    .collect();
                if ready(&names) {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "{failure}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            terminate(&mut child);
        }
    }

    /// A crash: no chance to clean up.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn insert(&self, profile: Profile, extra: &[&str]) -> VirtualCardProcess {
        self.insert_at(profile, self.port, extra)
    }

    pub fn insert_at(&self, profile: Profile, port: u16, extra: &[&str]) -> VirtualCardProcess {
        let log = self
            .dir
            .path()
            .join(format!("{profile}-{port}-{}.apdu", extra.len()));
        let _ = std::fs::remove_file(&log);
        let child = Command::new(bin())
            .args([
                "virtual-card",
                "--profile",
                profile.name(),
                "--today",
                TODAY,
            ])
            .args(["--port", &port.to_string(), "--log"])
            .arg(&log)
            .args(extra)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        VirtualCardProcess { child, log }
    }

    /// kiosk.toml with the virtual test root as a training anchor.
    pub fn config(&self) -> PathBuf {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let pem = self.dir.path().join("test-root.pem");
        std::fs::write(&pem, VirtualRoot::Test.certificate_pem().unwrap()).unwrap();
        let text = std::fs::read_to_string(root.join("kiosk.toml"))
            .unwrap()
            .replace(
                "\"assets/holidays/",
                &format!("\"{}/assets/holidays/", root.display()),
            )
            .replace(
                "trust_anchors = []",
                &format!("trust_anchors = [\"{}\"]", pem.display()),
            )
            // These runs lift cards at the status screen to time the next read; the wait for
            // a lifted card to come back has tests of its own (tests/session.rs, tests/ui.rs).
            .replace("put_back_secs = 30", "put_back_secs = 0");
        let path = self.dir.path().join("kiosk.toml");
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `config()` with the kiosk's tickets and printed files in this pcscd's folder.
    pub fn kiosk_config(&self) -> PathBuf {
        let config = self.config();
        let text = std::fs::read_to_string(&config)
            .unwrap()
            .replace(
                "database = \"tickets.sqlite\"",
                &format!(
                    "database = \"{}\"",
                    self.dir.path().join("t.sqlite").display()
                ),
            )
            .replace(
                "directory = \"printed-tickets\"",
                &format!(
                    "directory = \"{}\"",
                    self.dir.path().join("printed").display()
                ),
            );
        std::fs::write(&config, text).unwrap();
        config
    }
}

impl Drop for Pcscd {
    fn drop(&mut self) {
        self.stop();
        if std::thread::panicking() {
            let log =
                std::fs::read_to_string(self.dir.path().join("pcscd.log")).unwrap_or_default();
            let tail: Vec<&str> = log
                .lines()
                .filter(|l| {
                    l.contains("eventhandler")
                        || l.contains("ifd-vpcd")
                        || l.contains("SCardConnect")
                        || l.contains("SCardDisconnect")
                        || l.contains("Status")
                })
                .collect();
            eprintln!("pcscd's log, last lines first:\n{}", tail.join("\n"));
        }
    }
}

pub struct VirtualCardProcess {
    child: Child,
    log: PathBuf,
}

impl VirtualCardProcess {
    pub fn remove(self) -> Vec<String> {
        let log = self.log.clone();
        drop(self);
        apdu_log(&log)
    }
}

impl Drop for VirtualCardProcess {
    /// Takes the card out, and waits until pcscd has seen both readers empty, so the next
    /// card is not mistaken for this one.
    fn drop(&mut self) {
        terminate(&mut self.child);
        let Ok(ctx) = pcsc::Context::establish(pcsc::Scope::User) else {
            return;
        };
        let mut states: Vec<pcsc::ReaderState> = ["Virtual PCD 00 00", "Virtual PCD 00 01"]
            .iter()
            .map(|n| {
                pcsc::ReaderState::new(std::ffi::CString::new(*n).unwrap(), pcsc::State::UNAWARE)
            })
            .collect();
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if ctx
                .get_status_change(Duration::from_millis(200), &mut states)
                .is_err()
            {
                continue;
            }
            states.iter_mut().for_each(|s| s.sync_current_state());
            if states
                .iter()
                .all(|s| !s.event_state().contains(pcsc::State::PRESENT))
            {
                return;
            }
        }
    }
}

pub fn apdu_log(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

pub fn eventually(within: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    ok()
}

/// An X server of its own, at 1920×1080 like the lobby's screen.
pub struct Xvfb {
    child: Child,
    pub display: String,
    /// The screen's size in pixels.
    size: (u32, u32),
}

impl Xvfb {
    /// Starts Xvfb on display `:number` and waits for its socket.
    pub fn start(number: u32) -> Xvfb {
        Xvfb::start_sized(number, (1920, 1080))
    }

    /// Starts Xvfb on display `:number` with a screen of `size` pixels.
    pub fn start_sized(number: u32, size: (u32, u32)) -> Xvfb {
        let display = format!(":{number}");
        let screen = format!("{}x{}x24", size.0, size.1);
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
        let _ = std::fs::remove_file(&socket);
        let _ = std::fs::remove_file(format!("/tmp/.X{number}-lock"));
        let child = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                screen.as_str(),
                "-nolisten",
                "tcp",
            ])
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is not installed: apt-get install xvfb");
        assert!(
            eventually(Duration::from_secs(10), || socket.exists()),
            "Xvfb {display} did not start"
        );
        Xvfb {
            child,
            display,
            size,
        }
    }

    /// A PNG of the whole screen.
    pub fn screenshot(&self, path: &Path) {
        let xwd = Command::new("xwd")
            .args(["-root", "-silent", "-display", &self.display])
            .output()
            .expect("xwd is not installed: apt-get install x11-apps");
        let mut convert = Command::new("/usr/bin/convert")
            .args([
                "xwd:-",
                "-crop",
                &format!("{}x{}+0+0", self.size.0, self.size.1),
            ])
            .arg(path)
            .stdin(Stdio::piped())
            .spawn()
            .expect("ImageMagick is not installed: apt-get install imagemagick");
        use std::io::Write as _;
        convert
            .stdin
            .take()
            .unwrap()
            .write_all(&xwd.stdout)
            .unwrap();
        assert!(
            convert.wait().unwrap().success(),
            "screenshot {}",
            path.display()
        );
    }

    /// A left click at (x, y), as a finger on the touch screen.
    pub fn click(&self, x: u32, y: u32) {
        let ok = Command::new("xdotool")
            .args(["mousemove", &x.to_string(), &y.to_string(), "click", "1"])
            .env("DISPLAY", &self.display)
            .status()
            .expect("xdotool is not installed: apt-get install xdotool");
        assert!(ok.success(), "xdotool click at {x},{y}");
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The kiosk binary on an Xvfb display, its log lines collected as they come.
pub struct KioskProcess {
    child: Child,
    lines: Arc<Mutex<Vec<(Instant, String)>>>,
}

impl KioskProcess {
    /// `madoguchi run --config <config> --now NOW` on `display`, logging screen changes.
    pub fn start(bin: &str, config: &Path, display: &str) -> KioskProcess {
        KioskProcess::start_with(bin, config, display, &[])
    }

    /// `start`, with more environment variables (or ones overriding its own).
    pub fn start_with(
        bin: &str,
        config: &Path,
        display: &str,
        env: &[(&str, &Path)],
    ) -> KioskProcess {
        KioskProcess::spawn(bin, &["run", "--now", NOW], config, display, env)
    }

    /// `start` in demo mode, its store in `data`: the simulated reader and its sample cards,
    /// no pcscd.
    pub fn start_demo(bin: &str, config: &Path, data: &Path, display: &str) -> KioskProcess {
        let data = data.display().to_string();
        let args = ["run", "--demo", "--now", NOW, "--data-dir", &data];
        KioskProcess::spawn(bin, &args, config, display, &[])
    }

    fn spawn(
        bin: &str,
        args: &[&str],
        config: &Path,
        display: &str,
        env: &[(&str, &Path)],
    ) -> KioskProcess {
        let mut child = Command::new(bin)
            .args(args)
            .arg("--config")
            .arg(config)
            .env("DISPLAY", display)
            .env("ICED_BACKEND", "tiny-skia")
            .env("MADOGUCHI_LOG", "error,madoguchi=debug")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = Arc::clone(&lines);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                sink.lock().unwrap().push((Instant::now(), line));
            }
        });
        KioskProcess { child, lines }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// How many lines have come so far: a mark to wait for lines after.
    pub fn mark(&self) -> usize {
        self.lines.lock().unwrap().len()
    }

    /// The first line after `mark` containing `text`, waiting up to `within` for it.
    pub fn wait_for(&self, text: &str, mark: usize, within: Duration) -> Option<(Instant, String)> {
        let deadline = Instant::now() + within;
        loop {
            if let Some(found) = self
                .lines
                .lock()
                .unwrap()
                .iter()
                .skip(mark)
                .find(|(_, l)| l.contains(text))
            {
                return Some(found.clone());
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// From the Status screen of a renewable card to a ticket on screen, by touch: the holder
    /// at the counter, answering はい. Returns the step that did not come, if one did not.
    pub fn take_a_ticket_by_touch(&self, x: &Xvfb) -> Result<(), &'static str> {
        let wait = Duration::from_secs(10);
        let mark = self.mark();
        x.click(1398, 1016); // 次へ, at the foot of the screen
        self.wait_for("-> Question", mark, wait)
            .ok_or("the question")?;
        x.click(960, 307); // 自分のカード
        // The next question replaces this one on the same screen: no log line to wait for.
        std::thread::sleep(Duration::from_millis(300));
        let mark = self.mark();
        x.click(1544, 1016); // はい, at the foot, right of いいえ
        self.wait_for("-> Checklist", mark, wait)
            .ok_or("the checklist")?;
        let mark = self.mark();
        x.click(1398, 1016); // 整理券を発行する
        self.wait_for("-> Ticket", mark, wait).ok_or("the ticket")?;
        Ok(())
    }

    pub fn log(&self) -> String {
        let lines = self.lines.lock().unwrap();
        lines.iter().map(|(_, l)| format!("{l}\n")).collect()
    }

    /// Resident memory, in kB.
    pub fn rss_kb(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    }
}

impl Drop for KioskProcess {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}
pub mod browser;
pub mod postgres;
pub mod server;
