//! Whole-process figures: the release kiosk under Xvfb (1920×1080, tiny-skia) on a real pcscd with vpcd virtual cards, timed by what reaches the screen.
//!
//! Prints rows of the README's performance table (scripts/bench prints its header). Needs root
//! for pcscd and no other pcscd running; otherwise prints one "not run" row.
//! `MADOGUCHI_BENCH_SESSIONS` sets the soak's length (1,000 by default).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::{KioskProcess, Pcscd, Xvfb, bin, is_root};
use madoguchi::card::profiles::Profile;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat, Window};
use x11rb::rust_connection::RustConnection;

/// The screen rows sampled to tell screens apart: through the title, and through the buttons.
const ROWS: [i16; 2] = [194, 1016];
const WIDTH: u16 = 1920;
const WAITING: &str = "showing the Waiting screen";

/// Two rows of the screen's pixels, read from the X server.
struct Screen {
    conn: RustConnection,
    root: Window,
}

type Sample = Vec<Vec<u8>>;

impl Screen {
    fn open(display: &str) -> Screen {
        let (conn, n) = x11rb::connect(Some(display)).expect("connect to Xvfb");
        let root = conn.setup().roots[n].root;
        Screen { conn, root }
    }

    fn sample(&self) -> Sample {
        ROWS.iter()
            .map(|&y| {
                self.conn
                    .get_image(ImageFormat::Z_PIXMAP, self.root, 0, y, WIDTH, 1, !0)
                    .ok()
                    .and_then(|c| c.reply().ok())
                    .map(|r| r.data)
                    .unwrap_or_default()
            })
            .collect()
    }

    /// The settled picture: the same sample twice, 300 ms apart.
    fn settled(&self) -> Sample {
        let mut last = self.sample();
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let now = self.sample();
            if now == last {
                return now;
            }
            last = now;
        }
    }

    /// When the screen first shows `picture`, polling every millisecond for up to `within`.
    fn shows(&self, picture: &Sample, within: Duration) -> Option<Instant> {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if &self.sample() == picture {
                return Some(Instant::now());
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        None
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// The process's proportional set size (its own pages, and its share of those it maps with
/// others), in kB: what it costs the machine.
fn pss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// utime + stime of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    field(11) + field(12)
}

fn row(what: &str, measured: String, target: &str) {
    println!("| {what} | {measured} | {target} |");
}

/// One resident: the card on the reader until the explanation is on screen; returns the
/// times from the card placed and from the kiosk told of it, to the frame with the explanation.
struct Visit {
    placed_to_screen: f64,
    notified_to_screen: f64,
    apdus: Option<u32>,
}

/// Places a virtual card and times it to the Status frame; the card stays in.
fn place_card(
    pcscd: &Pcscd,
    kiosk: &KioskProcess,
    screen: &Screen,
    status: &Sample,
    extra: &[&str],
) -> Option<(Visit, common::VirtualCardProcess)> {
    let mark = kiosk.mark();
    let placed = Instant::now();
    let card = pcscd.insert(Profile::Renewable, extra);
    let (notified, _) = kiosk.wait_for("card inserted in", mark, Duration::from_secs(10))?;
    let shown = screen.shows(status, Duration::from_secs(10))?;
    let apdus = kiosk
        .wait_for("card read:", mark, Duration::from_secs(1))
        .and_then(|(_, line)| {
            line.split("card read: ")
                .nth(1)?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        });
    Some((
        Visit {
            placed_to_screen: ms(shown - placed),
            notified_to_screen: ms(shown.saturating_duration_since(notified)),
            apdus,
        },
        card,
    ))
}

/// A ticket by touch, then the card out and 終わる.
fn take_a_ticket(x: &Xvfb, kiosk: &KioskProcess, card: common::VirtualCardProcess) -> bool {
    if kiosk.take_a_ticket_by_touch(x).is_err() {
        return false;
    }
    drop(card);
    let mark = kiosk.mark();
    x.click(960, 1016); // 終わる
    kiosk
        .wait_for(WAITING, mark, Duration::from_secs(10))
        .is_some()
}

fn main() {
    if !is_root()
        || std::process::Command::new("pgrep")
            .args(["-x", "pcscd"])
            .output()
            .is_ok_and(|o| !o.stdout.is_empty())
    {
        row(
            "whole-process figures (kiosk under Xvfb, pcscd + vpcd)",
            "not run: needs root and no other pcscd running".into(),
            "",
        );
        return;
    }
    let sessions: usize = std::env::var("MADOGUCHI_BENCH_SESSIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let pcscd = Pcscd::start();
    let config = pcscd.kiosk_config();
    let x = Xvfb::start(71);
    let screen = Screen::open(&x.display);

    // The settled Waiting picture, from a kiosk that has been up a while.
    let waiting = {
        let kiosk = KioskProcess::start(bin(), &config, &x.display);
        kiosk
            .wait_for(WAITING, 0, Duration::from_secs(20))
            .expect("the kiosk never showed the Waiting screen");
        screen.settled()
    };
    // Cold start: process spawned → the first frame equal to the settled Waiting screen.
    let mut starts = Vec::new();
    let mut kiosk = None;
    for i in 0..5 {
        // The previous kiosk's window must be gone before the next one starts.
        drop(kiosk.take());
        while screen.sample() == waiting {
            std::thread::sleep(Duration::from_millis(5));
        }
        let spawned = Instant::now();
        let k = KioskProcess::start(bin(), &config, &x.display);
        let shown = screen
            .shows(&waiting, Duration::from_secs(20))
            .unwrap_or_else(|| panic!("start {i}: no Waiting frame:\n{}", k.log()));
        starts.push(ms(shown - spawned));
        kiosk = Some(k);
    }
    let kiosk = kiosk.unwrap();
    let listed: Vec<String> = starts.iter().map(|s| format!("{s:.0}")).collect();
    starts.sort_by(f64::total_cmp);
    row(
        "cold start → first frame of the Waiting screen (process spawned to pixels on Xvfb 1920×1080, tiny-skia, 5 starts)",
        format!(
            "median {:.0} ms ({} ms)",
            percentile(&starts, 0.5),
            listed.join(", ")
        ),
        "< 500 ms",
    );

    std::thread::sleep(Duration::from_secs(3));
    let rss_start = kiosk.rss_kb();
    let offered = madoguchi::config::Config::load(&config).map_or(0, |c| c.languages.offered.len());
    row(
        &format!(
            "PSS on the Waiting screen with {offered} languages offered (their faces loaded), 3 s after start"
        ),
        format!("{:.1} MB", pss_kb(kiosk.pid()) as f64 / 1024.0),
        "≤ 60 MB",
    );
    let ticks_per_s = 100.0; // USER_HZ on Linux
    let before = cpu_ticks(kiosk.pid());
    std::thread::sleep(Duration::from_secs(60));
    let idle = (cpu_ticks(kiosk.pid()) - before) as f64 / ticks_per_s / 60.0 * 100.0;
    row(
        "CPU on the Waiting screen, idle, over 60 s",
        format!("{idle:.2} %"),
        "< 1 %",
    );

    // The settled Status picture of the renewable card.
    let status = {
        let mark = kiosk.mark();
        let card = pcscd.insert(Profile::Renewable, &[]);
        kiosk
            .wait_for("-> Status", mark, Duration::from_secs(10))
            .expect("the first card was not read");
        let picture = screen.settled();
        let mark = kiosk.mark();
        drop(card);
        kiosk.wait_for(WAITING, mark, Duration::from_secs(10));
        picture
    };

    // Soak: residents one after another; every tenth takes a ticket by touch.
    let started = Instant::now();
    let (mut placed, mut notified) = (Vec::new(), Vec::new());
    let (mut apdus, mut tickets, mut lost) = (0, 0, 0);
    let mut rss_warm = 0;
    for i in 0..sessions {
        let Some((visit, card)) = place_card(&pcscd, &kiosk, &screen, &status, &[]) else {
            lost += 1;
            continue;
        };
        placed.push(visit.placed_to_screen);
        notified.push(visit.notified_to_screen);
        apdus = visit.apdus.unwrap_or(apdus);
        if i % 10 == 0 {
            if take_a_ticket(&x, &kiosk, card) {
                tickets += 1;
            } else {
                lost += 1;
            }
        } else {
            let mark = kiosk.mark();
            drop(card);
            if kiosk
                .wait_for(WAITING, mark, Duration::from_secs(10))
                .is_none()
            {
                lost += 1;
            }
        }
        if i + 1 == sessions.min(100) {
            rss_warm = kiosk.rss_kb();
        }
    }
    let soak = started.elapsed();
    let rss_end = kiosk.rss_kb();
    let mb = |kb: u64| kb as f64 / 1024.0;
    placed.sort_by(f64::total_cmp);
    notified.sort_by(f64::total_cmp);
    if !notified.is_empty() {
        row(
            &format!(
                "card inserted → explanation on screen, through pcscd + vpcd (kiosk told of the card → Status frame; {} reads)",
                notified.len()
            ),
            format!(
                "median {:.1} ms, p99 {:.1} ms, {apdus} APDUs",
                percentile(&notified, 0.5),
                percentile(&notified, 0.99)
            ),
            "< 100 ms; ≤ 18 APDUs",
        );
        row(
            "the same from the virtual card's process start (adds pcscd's polling of the vpcd reader)",
            format!(
                "median {:.0} ms, p99 {:.0} ms",
                percentile(&placed, 0.5),
                percentile(&placed, 0.99)
            ),
            "-",
        );
    }
    row(
        &format!("soak through pcscd + vpcd: {sessions} sessions ({tickets} tickets by touch)"),
        format!(
            "{:.0} s, {lost} sessions failed; RSS {:.1} MB after start, {:.1} MB after {}, {:.1} MB after {sessions} (growth {:+.2} MB)",
            soak.as_secs_f64(),
            mb(rss_start),
            mb(rss_warm),
            sessions.min(100),
            mb(rss_end),
            mb(rss_end) - mb(rss_warm)
        ),
        "< 100 MB; growth ≤ 5 MB; none failed",
    );

    // A slow card: 30 ms per APDU.
    let mut slow = Vec::new();
    let mut slow_apdus = apdus;
    for _ in 0..20 {
        if let Some((visit, card)) =
            place_card(&pcscd, &kiosk, &screen, &status, &["--slow-ms", "30"])
        {
            slow.push(visit.notified_to_screen);
            slow_apdus = visit.apdus.unwrap_or(slow_apdus);
            let mark = kiosk.mark();
            drop(card);
            kiosk.wait_for(WAITING, mark, Duration::from_secs(10));
        }
    }
    slow.sort_by(f64::total_cmp);
    if !slow.is_empty() {
        row(
            &format!(
                "card inserted → explanation on screen, 30 ms per APDU ({} reads)",
                slow.len()
            ),
            format!(
                "median {:.0} ms, p99 {:.0} ms, {slow_apdus} APDUs",
                percentile(&slow, 0.5),
                percentile(&slow, 0.99)
            ),
            &format!("≤ {slow_apdus} × 30 + 50 = {} ms", slow_apdus * 30 + 50),
        );
    }
}
