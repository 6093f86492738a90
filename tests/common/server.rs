//! `madoguchi server` on a free port of 127.0.0.1 for the tests and benchmarks, and plain HTTP/1.1 requests to it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use chrono::NaiveDateTime;
use madoguchi::card::Genuineness;
use madoguchi::config::Config;
use madoguchi::domain::Procedure;
use madoguchi::printer::TicketDetails;
use madoguchi::tickets::{self, Brief, Order, Ticket};

/// The server on a free port, its log in a file; stopped when dropped.
pub struct Server {
    child: Child,
    pub addr: String,
    pub log: PathBuf,
}

impl Server {
    /// Runs `madoguchi server` on `config` with its clock at `now` (None: the real clock).
    pub fn start(config: &Path, now: Option<&str>) -> Server {
        Server::start_on(config, now, "127.0.0.1:0")
    }

    /// The same on `listen` (an address a server stopped earlier had).
    pub fn start_on(config: &Path, now: Option<&str>, listen: &str) -> Server {
        let log = config.with_file_name(format!("server-{}.log", super::postgres::unique("")));
        let mut command = Command::new(super::bin());
        command
            .args(["server", "--listen", listen, "--config"])
            .arg(config);
        if let Some(now) = now {
            command.args(["--now", now]);
        }
        let mut child = command
            // As a city's IT staff would look for trouble: everything it logs.
            .env("MADOGUCHI_LOG", "debug")
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| {
                panic!(
                    "the server said {line:?}: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                )
            })
            .to_owned();
        Server { child, addr, log }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// What the server has logged so far.
    pub fn logged(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        super::terminate(&mut self.child);
    }
}

/// An answer: its status, its header lines (lower-cased names) and its body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The body as sent (audio is not text).
    pub bytes: Vec<u8>,
}

impl Answer {
    /// The body as a reader meets its words: without the `<wbr>` the server puts where a
    /// Japanese or Chinese phrase starts.
    pub fn read(&self) -> String {
        self.body.replace("<wbr>", "")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// One request, as raw bytes on a new connection.
pub fn raw(addr: &str, request: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let bytes = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or_else(Vec::new, |at| answer[at + 4..].to_vec());
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_owned(),
        bytes,
    }
}

/// `METHOD path` with `headers` and `body`, on a connection of its own.
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Answer {
    let mut text = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    raw(addr, text.as_bytes())
}

pub fn get(addr: &str, path: &str) -> Answer {
    request(addr, "GET", path, &[], "")
}

/// A form body, each value percent-encoded.
pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A staff member's signed-in console: the session cookie and the page's CSRF token.
#[derive(Debug)]
pub struct Console {
    pub cookie: String,
    pub csrf: String,
}

/// Signs `name` in as a browser would: the form (its cookie and token), then the post.
pub fn sign_in(addr: &str, name: &str, password: &str) -> Result<Console, Answer> {
    let form_page = get(addr, "/signin");
    let nonce = cookie_value(&form_page, "madoguchi_signin").expect("the form sets its cookie");
    let csrf = hidden(&form_page.body, "csrf").expect("the form has its token");
    let answer = request(
        addr,
        "POST",
        "/signin",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &format!("madoguchi_signin={nonce}")),
        ],
        &form(&[("name", name), ("password", password), ("csrf", &csrf)]),
    );
    let Some(session) = cookie_value(&answer, "madoguchi_session") else {
        return Err(answer);
    };
    let cookie = format!("madoguchi_session={session}");
    let page = request(addr, "GET", "/counter", &[("Cookie", &cookie)], "");
    let csrf = hidden(&page.body, "csrf").expect("the console has a token");
    Ok(Console { cookie, csrf })
}

/// A sign-in as a browser at `address` (named by the city's proxy) posts it.
pub fn sign_in_from(addr: &str, address: &str, name: &str, password: &str) -> Answer {
    let form_page = request(addr, "GET", "/signin", &[("X-Forwarded-For", address)], "");
    let nonce = cookie_value(&form_page, "madoguchi_signin").unwrap();
    let csrf = hidden(&form_page.body, "csrf").unwrap();
    request(
        addr,
        "POST",
        "/signin",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", &format!("madoguchi_signin={nonce}")),
            ("X-Forwarded-For", address),
        ],
        &form(&[("name", name), ("password", password), ("csrf", &csrf)]),
    )
}

/// The value a `Set-Cookie` of the answer gives `name`.
pub fn cookie_value(answer: &Answer, name: &str) -> Option<String> {
    answer.all("set-cookie").iter().find_map(|c| {
        c.split(';')
            .next()?
            .split_once('=')
            .filter(|(n, v)| *n == name && !v.is_empty())
            .map(|(_, v)| v.to_owned())
    })
}

/// The value of the first hidden input named `name` in a page.
pub fn hidden(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    Some(html[start..].split('"').next()?.to_owned())
}

/// `madoguchi staff add NAME --windows W --password-stdin`, the password on stdin.
pub fn add_staff(config: &Path, name: &str, windows: &str, password: &str) {
    let mut child = Command::new(super::bin())
        .args([
            "staff",
            "add",
            name,
            "--windows",
            windows,
            "--password-stdin",
        ])
        .arg("--config")
        .arg(config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A ticket as a kiosk issues it after reading a card, `minutes` before `now`: the
/// checklist, the visits, the language and (when `unverified`) the card's flag.
pub fn issue_from_kiosk(
    config: &Path,
    procedures: &[Procedure],
    language: &str,
    unverified: bool,
    now: NaiveDateTime,
    minutes: i64,
) -> Ticket {
    let config = Config::load(config).unwrap();
    let store = tickets::open(&config, now).unwrap();
    let details = TicketDetails::for_procedures(procedures, &config);
    let mut order = Order::for_procedures(&config, procedures, language).unwrap();
    order.brief = Brief {
        checklist: details.checklist,
        visits: Some(if procedures.contains(&Procedure::PinReset) {
            2
        } else {
            1
        }),
        genuineness: Some(if unverified {
            Genuineness::Unverified
        } else {
            Genuineness::Genuine
        }),
        ..Brief::default()
    };
    store
        .issue(&order, now - chrono::Duration::minutes(minutes))
        .unwrap()
}
