//! The card layer against a real pcscd with vsmartcard's vpcd driver and virtual cards on it, and the kiosk binary reading one under Xvfb.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::{Pcscd, TODAY, Xvfb, bin, eventually, terminate};
use madoguchi::card::profiles::{Profile, VirtualRoot};
use madoguchi::card::watcher::{CardEvent, WatchOptions, Watcher};
use madoguchi::card::{Genuineness, ReadError, TrustAnchors};
use madoguchi::clock::FixedClock;
use madoguchi::domain::CardKind;
use serde_json::Value;

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

fn card_read(config: &Path, extra: &[&str]) -> Output {
    Command::new(bin())
        .args(["card", "read", "--trust-virtual-root", "--today", TODAY])
        .arg("--config")
        .arg(config)
        .args(extra)
        .output()
        .unwrap()
}

fn expected_json(profile: Profile) -> Value {
    let t = today();
    let (kind, jpki) = match profile {
        Profile::JukiCard => ("juki_card", true),
        Profile::Smartphone => ("smartphone", false),
        Profile::NotMyNumberCard | Profile::TransitCard => ("other_card", false),
        _ => ("my_number_card", true),
    };
    let (auth, sign) = profile.pin_tries();
    let cert = if jpki { profile.cert_expiry(t) } else { None };
    let card = if kind == "my_number_card" {
        profile.card_expiry(t)
    } else {
        None
    };
    serde_json::json!({
        "kind": kind,
        "auth_cert_expiry": cert,
        "card_expiry": card,
        "auth_pin_tries_left": jpki.then_some(auth),
        "sign_pin_tries_left": jpki.then_some(sign),
        "verified": cert.is_some() && profile != Profile::Unverifiable,
        "test_card": profile == Profile::TestCard,
        "reader": "Virtual PCD 00 00",
    })
}

/// No APDU in the card's log carries a PIN or touches the individual number's applications.
fn assert_private(profile: Profile, log: &[String]) {
    for apdu in log {
        assert!(
            !(apdu.starts_with("0020") && apdu.len() > 8),
            "{profile}: VERIFY with data: {apdu}"
        );
        for aid in ["D392100031000101040", "D3921000310001010402"] {
            assert!(!apdu.contains(aid), "{profile}: {apdu}");
        }
    }
}

#[test]
fn every_sample_card_reads_through_pcscd_and_no_pin_is_ever_sent() {
    let pcscd = Pcscd::start();
    let config = pcscd.config();
    for profile in Profile::ALL {
        let card = pcscd.insert(profile, &[]);
        let out = card_read(&config, &["--wait", "5"]);
        let log = card.remove();
        assert_private(profile, &log);
        if profile == Profile::Unreadable {
            assert_eq!(out.status.code(), Some(5), "{profile}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.contains("did not answer as a My Number Card does"),
                "{stderr}"
            );
            continue;
        }
        assert!(
            out.status.success(),
            "{profile}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut got: Value = serde_json::from_slice(&out.stdout).unwrap();
        let apdus = got["apdus"].as_u64().unwrap();
        assert_eq!(
            apdus as usize,
            log.len(),
            "{profile}: the card saw every APDU the kiosk counted"
        );
        got.as_object_mut().unwrap().remove("apdus");
        got.as_object_mut().unwrap().remove("read_ms");
        assert_eq!(got, expected_json(profile), "{profile}");
    }
}

#[test]
fn get_response_wrong_le_and_slow_cards_read_through_pcscd() {
    let pcscd = Pcscd::start();
    let config = pcscd.config();
    for quirk in [
        &["--get-response"][..],
        &["--wrong-le"],
        &["--slow-ms", "30"],
    ] {
        let card = pcscd.insert(Profile::Valid, quirk);
        let started = Instant::now();
        let out = card_read(&config, &["--wait", "5"]);
        let took = started.elapsed();
        drop(card);
        assert!(
            out.status.success(),
            "{quirk:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut got: Value = serde_json::from_slice(&out.stdout).unwrap();
        println!(
            "{quirk:?}: {} APDUs in {} ms (whole command {} ms)",
            got["apdus"],
            got["read_ms"],
            took.as_millis()
        );
        got.as_object_mut().unwrap().remove("apdus");
        got.as_object_mut().unwrap().remove("read_ms");
        assert_eq!(got, expected_json(Profile::Valid), "{quirk:?}");
    }
}

#[test]
fn card_removed_between_any_two_apdus_fails_cleanly() {
    let pcscd = Pcscd::start();
    let config = pcscd.config();
    let total = {
        let card = pcscd.insert(Profile::Valid, &[]);
        let out = card_read(&config, &["--wait", "5"]);
        drop(card);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["apdus"].as_u64().unwrap()
    };
    for n in 1..total {
        let card = pcscd.insert(Profile::Valid, &["--vanish-after", &n.to_string()]);
        let out = card_read(&config, &["--wait", "3"]);
        drop(card);
        let stderr = String::from_utf8_lossy(&out.stderr);
        // Taken out mid-read, or already gone when the read began: never facts, never a panic.
        assert!(
            matches!(out.status.code(), Some(4 | 5)),
            "after {n} APDUs: {:?} {stderr}",
            out.status
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn no_card_and_no_matching_reader_are_told_apart() {
    let mut pcscd = Pcscd::start();
    let config = pcscd.config();
    let out = card_read(&config, &["--wait", "0.2"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no card in Virtual PCD 00 00"));
    let out = card_read(&config, &["--reader", "SONY"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("connected: Virtual PCD 00 00"));
    pcscd.stop();
    let out = card_read(&config, &[]);
    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn watch(pattern: Option<&str>) -> (Watcher, Receiver<(Instant, CardEvent)>) {
    let (tx, rx) = channel();
    let anchors = TrustAnchors::jlis()
        .with_virtual_production_anchor(&VirtualRoot::Production.certificate_der().unwrap())
        .unwrap();
    let options = WatchOptions {
        reader_pattern: pattern.map(str::to_owned),
        anchors,
        clock: Arc::new(FixedClock(today().and_hms_opt(10, 0, 0).unwrap())),
    };
    let watcher = Watcher::spawn(options, move |e| {
        let _ = tx.send((Instant::now(), e));
    });
    (watcher, rx)
}

/// Waits for the first event `want` accepts, returning it and when it came.
fn wait_for(
    rx: &Receiver<(Instant, CardEvent)>,
    within: Duration,
    want: impl Fn(&CardEvent) -> bool,
) -> (Instant, CardEvent) {
    events_until(rx, within, want)
        .pop()
        .expect("the wanted event ends the list")
}

/// Every event up to and including the first `want`ed one.
fn events_until(
    rx: &Receiver<(Instant, CardEvent)>,
    within: Duration,
    want: impl Fn(&CardEvent) -> bool,
) -> Vec<(Instant, CardEvent)> {
    let deadline = Instant::now() + within;
    let mut seen = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((at, e)) => {
                let done = want(&e);
                seen.push((at, e));
                if done {
                    return seen;
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                panic!("no such event within {within:?}; saw {seen:?}")
            }
            Err(RecvTimeoutError::Disconnected) => panic!("the watcher stopped; saw {seen:?}"),
        }
    }
}

#[test]
fn watcher_reports_insertion_facts_and_removal() {
    let pcscd = Pcscd::start();
    let (_watcher, rx) = watch(None);
    wait_for(
        &rx,
        Duration::from_secs(5),
        |e| matches!(e, CardEvent::ReaderAttached { reader } if reader == "Virtual PCD 00 00"),
    );
    let card = pcscd.insert(Profile::AuthPinLocked, &["--slow-ms", "20"]);
    let (inserted, _) = wait_for(&rx, Duration::from_secs(5), |e| {
        matches!(e, CardEvent::CardInserted { .. })
    });
    let (started, _) = wait_for(&rx, Duration::from_secs(1), |e| {
        matches!(e, CardEvent::ReadStarted { .. })
    });
    let (ready, event) = wait_for(&rx, Duration::from_secs(5), |e| {
        matches!(
            e,
            CardEvent::FactsReady { .. } | CardEvent::ReadFailed { .. }
        )
    });
    let CardEvent::FactsReady { reading, .. } = event else {
        panic!("{event:?}");
    };
    assert_eq!(reading.facts.kind, CardKind::MyNumberCard);
    assert_eq!(reading.facts.auth_pin_tries_left, Some(0));
    assert_eq!(reading.genuineness, Genuineness::Genuine);
    println!(
        "read started {} ms after insertion; facts after {} ms ({} APDUs at 20 ms each)",
        (started - inserted).as_millis(),
        (ready - inserted).as_millis(),
        reading.apdus
    );
    // The screen can say "reading" at once: the read starts as the card is noticed.
    assert!(started - inserted < Duration::from_millis(100));
    drop(card);
    wait_for(
        &rx,
        Duration::from_secs(5),
        |e| matches!(e, CardEvent::CardRemoved { reader } if reader == "Virtual PCD 00 00"),
    );
}

#[test]
fn watcher_reads_only_the_chosen_reader() {
    let pcscd = Pcscd::start();
    let (_watcher, rx) = watch(Some("00 00"));
    let other = pcscd.insert_at(Profile::Valid, pcscd.port + 1, &[]);
    let chosen = pcscd.insert(Profile::Expired, &[]);
    let seen = events_until(&rx, Duration::from_secs(5), |e| {
        matches!(e, CardEvent::FactsReady { .. })
    });
    // The other card stays on its reader while the chosen one is read and taken off.
    drop(chosen);
    let after = events_until(&rx, Duration::from_secs(5), |e| {
        matches!(e, CardEvent::CardRemoved { .. })
    });
    let about_the_other: Vec<_> = seen
        .iter()
        .chain(&after)
        .map(|(_, e)| e)
        .filter(|e| format!("{e:?}").contains("00 01"))
        .collect();
    assert!(
        about_the_other.is_empty(),
        "the kiosk heard of the other reader: {about_the_other:?}"
    );
    assert!(
        seen.iter().any(
            |(_, e)| matches!(e, CardEvent::ReaderAttached { reader } if reader == "Virtual PCD 00 00")
        ),
        "{seen:?}"
    );
    drop(other);
}

#[test]
fn watcher_survives_card_removed_mid_read() {
    let pcscd = Pcscd::start();
    let (_watcher, rx) = watch(None);
    for vanish_after in [2, 6, 12] {
        let card = pcscd.insert(
            Profile::Valid,
            &["--vanish-after", &vanish_after.to_string()],
        );
        let (_, event) = wait_for(&rx, Duration::from_secs(5), |e| {
            matches!(
                e,
                CardEvent::FactsReady { .. } | CardEvent::ReadFailed { .. }
            )
        });
        assert!(
            matches!(
                &event,
                CardEvent::ReadFailed {
                    error: ReadError::Removed,
                    ..
                }
            ),
            "after {vanish_after} APDUs: {event:?}"
        );
        drop(card);
        // The next card is read, whether or not vpcd noticed the last one leave.
        let card = pcscd.insert(Profile::Renewable, &[]);
        let (_, event) = wait_for(&rx, Duration::from_secs(5), |e| {
            matches!(
                e,
                CardEvent::FactsReady { .. } | CardEvent::ReadFailed { .. }
            )
        });
        let CardEvent::FactsReady { reading, .. } = &event else {
            panic!("after {vanish_after} APDUs, the next card: {event:?}");
        };
        assert_eq!(
            reading.facts.auth_cert_expiry,
            Profile::Renewable.cert_expiry(today())
        );
        drop(card);
        wait_for(&rx, Duration::from_secs(5), |e| {
            matches!(e, CardEvent::CardRemoved { .. })
        });
    }
}

#[test]
fn watcher_recovers_within_five_seconds_of_pcscd_returning() {
    let mut pcscd = Pcscd::start();
    let (_watcher, rx) = watch(None);
    wait_for(&rx, Duration::from_secs(5), |e| {
        matches!(e, CardEvent::ReaderAttached { .. })
    });
    for crash in [false, true] {
        if crash {
            pcscd.kill();
        } else {
            pcscd.stop();
        }
        wait_for(&rx, Duration::from_secs(5), |e| {
            matches!(e, CardEvent::ServiceDown)
        });
        std::thread::sleep(Duration::from_millis(300));
        let back = Instant::now();
        pcscd.resume();
        let (up, _) = wait_for(
            &rx,
            Duration::from_secs(5),
            |e| matches!(e, CardEvent::ReaderAttached { reader } if reader == "Virtual PCD 00 00"),
        );
        println!(
            "pcscd {}: readers back {} ms after the service returned",
            if crash { "killed" } else { "stopped" },
            (up - back).as_millis()
        );
        let card = pcscd.insert(Profile::Renewable, &[]);
        let (_, event) = wait_for(&rx, Duration::from_secs(5), |e| {
            matches!(
                e,
                CardEvent::FactsReady { .. } | CardEvent::ReadFailed { .. }
            )
        });
        assert!(matches!(event, CardEvent::FactsReady { .. }), "{event:?}");
        drop(card);
    }
}

#[test]
fn card_read_output_is_accepted_by_advise_as_the_card() {
    let pcscd = Pcscd::start();
    let config = pcscd.config();
    let card = pcscd.insert(Profile::CardExpiresWithCert, &[]);
    let out = card_read(&config, &["--wait", "5"]);
    drop(card);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let card: Value = serde_json::from_slice(&out.stdout).unwrap();
    let request = serde_json::json!({ "today": TODAY, "card": card }).to_string();
    let mut advise = Command::new(bin())
        .args(["advise", "--config"])
        .arg(&config)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    advise
        .stdin
        .take()
        .unwrap()
        .write_all(request.as_bytes())
        .unwrap();
    let out = advise.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    // R-RENEW-4: the chip said the card expires with its certificates.
    assert_eq!(answer["status"], "renewable");
    assert_eq!(answer["procedures"], serde_json::json!(["card_renewal"]));
}

#[test]
fn card_watch_prints_events_as_json_lines() {
    use std::io::{BufRead, BufReader};
    let pcscd = Pcscd::start();
    let config = pcscd.config();
    let mut watch = Command::new(bin())
        .args([
            "card",
            "watch",
            "--trust-virtual-root",
            "--today",
            TODAY,
            "--config",
        ])
        .arg(&config)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(watch.stdout.take().unwrap()).lines();
    let mut next = || -> Value { serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap() };
    assert_eq!(next()["event"], "reader_attached");
    assert_eq!(next()["event"], "reader_attached");
    let card = pcscd.insert(Profile::SignPinLocked, &[]);
    assert_eq!(next()["event"], "card_inserted");
    assert_eq!(next()["event"], "read_started");
    let ready = next();
    assert_eq!(ready["event"], "facts_ready", "{ready}");
    assert_eq!(ready["card"]["sign_pin_tries_left"], 0);
    assert_eq!(ready["card"]["verified"], true);
    drop(card);
    assert_eq!(next()["event"], "card_removed");
    terminate(&mut watch);
}

/// The real kiosk binary under Xvfb, reading a virtual card through pcscd: clicked through
/// to a printed ticket with xdotool, with a screenshot of each screen in
/// target/e2e-screenshots (the folder `.ci/run` names).
#[test]
fn the_kiosk_under_xvfb_takes_a_virtual_card_to_a_printed_ticket() {
    let pcscd = Pcscd::start();
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    std::fs::create_dir_all(&shots).unwrap();
    let x = Xvfb::start(90 + std::process::id() % 9);
    let kiosk = common::KioskProcess::start(bin(), &pcscd.kiosk_config(), &x.display);
    let wait = Duration::from_secs(10);
    let step = |mark: usize, screen: &str, shot: &str| {
        let seen = kiosk.wait_for(screen, mark, wait);
        // The frame after the change has to reach the screen before the screenshot.
        std::thread::sleep(Duration::from_millis(300));
        x.screenshot(&shots.join(format!("{shot}.png")));
        assert!(
            seen.is_some(),
            "no {screen:?} in the kiosk's log:\n{}",
            kiosk.log()
        );
    };
    step(0, "showing the Waiting screen", "1-waiting");
    let mark = kiosk.mark();
    let card = pcscd.insert(Profile::Renewable, &[]);
    step(mark, "-> Status", "2-status");
    let mark = kiosk.mark();
    x.click(1398, 1016); // 次へ, at the foot of the screen
    step(mark, "-> Question", "3-question-visitor");
    x.click(960, 307); // 自分のカード
    std::thread::sleep(Duration::from_millis(300));
    let mark = kiosk.mark();
    x.click(1544, 1016); // はい, at the foot, right of いいえ
    step(mark, "-> Checklist", "4-checklist");
    let mark = kiosk.mark();
    x.click(1398, 1016); // 整理券を発行する
    step(mark, "ticket A-001", "5-ticket");
    let printed = pcscd.dir.path().join("printed/A-001.png");
    assert!(
        eventually(Duration::from_secs(8), || printed.exists()),
        "no ticket was printed; see the screenshots in {}",
        shots.display()
    );
    let mark = kiosk.mark();
    drop(card);
    // The ticket number stays up after the card leaves, for the resident to read.
    let early = kiosk.wait_for("showing the Waiting screen", mark, Duration::from_secs(3));
    x.screenshot(&shots.join("6-card-taken.png"));
    assert!(
        early.is_none(),
        "the ticket screen went away as soon as the card left:\n{}",
        kiosk.log()
    );
    println!("screenshots of each screen: {}", shots.display());
}
