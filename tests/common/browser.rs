//! A real headless Chromium for the tests and benchmarks: Debian's `chromium` driven over WebDriver by one `chromedriver` per test process.
//!
//! chromedriver is started by a small shell holding a pipe from the test process: when the
//! process ends, however it ends, the pipe closes and the shell stops the driver (and with
//! it every browser it started).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};

pub struct Driver {
    pub url: String,
    _keeper: Mutex<Child>,
}

impl Driver {
    pub fn shared() -> &'static Driver {
        static SHARED: OnceLock<Driver> = OnceLock::new();
        SHARED.get_or_init(Driver::start)
    }

    fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let which = Command::new("sh")
            .args(["-c", "command -v chromedriver"])
            .output()
            .unwrap();
        assert!(
            which.status.success(),
            "chromedriver is not installed: apt-get install chromium chromium-driver fonts-noto-cjk"
        );
        let keeper = Command::new("sh")
            .args([
                "-c",
                &format!(
                    "chromedriver --port={port} --silent >/dev/null 2>&1 & pid=$!; read _; kill $pid; sleep 1; kill -9 $pid 2>/dev/null; pkill -9 -P $pid 2>/dev/null; true"
                ),
            ])
            .stdin(Stdio::piped())
            .spawn()
            .unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            url,
            _keeper: Mutex::new(keeper),
        }
    }

    /// A new browser window of `width`×`height` CSS pixels.
    pub async fn browser(&self, width: u32, height: u32) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars",
                    "--autoplay-policy=no-user-gesture-required",
                    "--lang=ja",
                    format!("--window-size={width},{height}"),
                ],
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&self.url)
            .await
            .expect("chromium starts under chromedriver")
    }
}

/// Where the tests keep screenshots: `target/screenshots/`.
pub fn screenshot_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
