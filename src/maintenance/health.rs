//! How the reader, the printer and the storage are doing, each as one plain word and what to do about it.

use std::path::Path;

use chrono::NaiveDateTime;

use crate::config::{Printer, PrinterDriver};
use crate::i18n::Arg;
use crate::printer::ask_tcp_printer;
use crate::printer::escpos::PrinterState;

/// The word staff read first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Health {
    Fine,
    NeedsAttention,
    Broken,
}

impl Health {
    pub fn id(self) -> &'static str {
        match self {
            Health::Fine => "fine",
            Health::NeedsAttention => "attention",
            Health::Broken => "broken",
        }
    }
}

/// A device's state: its word, and a text (`staff-finding-<key>`) that says what is wrong and
/// what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub health: Health,
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Finding {
    fn new(health: Health, key: &'static str) -> Finding {
        Finding {
            health,
            key,
            args: Vec::new(),
        }
    }
}

/// How the last card read went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOutcome {
    Read,
    Failed(String),
}

/// What the kiosk knows of its card reader, kept up to date from the watcher's events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReaderStatus {
    pub name: Option<String>,
    pub service_down: bool,
    pub card_in: bool,
    pub last_read: Option<(NaiveDateTime, ReadOutcome)>,
}

impl ReaderStatus {
    pub fn finding(&self) -> Finding {
        if self.service_down {
            Finding::new(Health::Broken, "reader-service-down")
        } else if self.name.is_none() {
            Finding::new(Health::Broken, "reader-missing")
        } else if matches!(self.last_read, Some((_, ReadOutcome::Failed(_)))) {
            Finding::new(Health::NeedsAttention, "reader-last-failed")
        } else {
            Finding::new(Health::Fine, "reader-fine")
        }
    }
}

/// What the printer said, or could not say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrinterCheck {
    pub finding: Finding,
    pub state: Option<PrinterState>,
}

/// Asks the printer how it is. Blocking for up to the print deadline: run it off the UI thread.
pub fn check_printer(printer: &Printer) -> PrinterCheck {
    let plain = |health, key| PrinterCheck {
        finding: Finding::new(health, key),
        state: None,
    };
    match printer.driver {
        PrinterDriver::None => plain(Health::NeedsAttention, "printer-none"),
        PrinterDriver::File => match &printer.directory {
            Some(dir) if writable_dir(dir) => plain(Health::Fine, "printer-file"),
            _ => plain(Health::Broken, "printer-file-unwritable"),
        },
        PrinterDriver::Usb => {
            let Some(device) = &printer.device else {
                return plain(Health::Broken, "printer-unplugged");
            };
            match std::fs::OpenOptions::new().write(true).open(device) {
                Ok(_) => plain(Health::Fine, "printer-usb-ready"),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    plain(Health::Broken, "printer-unplugged")
                }
                Err(_) => plain(Health::Broken, "printer-no-permission"),
            }
        }
        PrinterDriver::Tcp => {
            let address = printer.address.clone().unwrap_or_default();
            match ask_tcp_printer(&address) {
                Ok(state) => PrinterCheck {
                    finding: state_finding(&state),
                    state: Some(state),
                },
                Err("unreachable") => plain(Health::Broken, "printer-unreachable"),
                Err(_) => plain(Health::Broken, "printer-no-answer"),
            }
        }
    }
}

fn state_finding(state: &PrinterState) -> Finding {
    let key = match state.blocking_problem() {
        Some("cover_open") => "printer-cover-open",
        Some("paper_end") => "printer-paper-end",
        Some("offline") => "printer-offline",
        Some(_) => "printer-error",
        None if state.paper_near_end => {
            return Finding::new(Health::NeedsAttention, "printer-paper-near-end");
        }
        None => return Finding::new(Health::Fine, "printer-fine"),
    };
    Finding::new(Health::Broken, key)
}

fn writable_dir(dir: &Path) -> bool {
    std::fs::create_dir_all(dir).is_ok()
        && std::fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
}

/// Free space below this needs attention; below a tenth of it tickets may fail.
const LOW_DISK_BYTES: u64 = 200 * 1024 * 1024;

/// Bytes free for this process on the file system holding `path`.
pub fn free_bytes(path: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let dir = if path.is_dir() {
        path
    } else {
        path.parent().filter(|p| !p.as_os_str().is_empty())?
    };
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut stat: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a valid NUL-terminated path and `stat` a writable statvfs.
    if unsafe { libc::statvfs(c.as_ptr(), &mut stat) } != 0 {
        return None;
    }
    Some(stat.f_bavail as u64 * stat.f_frsize as u64)
}

/// How the ticket database answered when the staff screens asked it for their lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreAccess {
    Unopened,
    /// No database server answers: residents get slips without numbers until one does.
    Unreachable,
    /// Not read yet: staff have just come in.
    Reading,
    /// It opened but a query failed: the lists shown are incomplete, so staff must be told.
    Unreadable(String),
    Readable,
}

/// The ticket database: whether it opened and answered, and how much room is left.
pub fn storage_finding(access: &StoreAccess, free: Option<u64>) -> Finding {
    match access {
        StoreAccess::Unopened => return Finding::new(Health::Broken, "storage-unopened"),
        StoreAccess::Unreachable => return Finding::new(Health::Broken, "storage-unreachable"),
        StoreAccess::Reading => return Finding::new(Health::NeedsAttention, "storage-reading"),
        StoreAccess::Unreadable(why) => {
            return Finding {
                health: Health::Broken,
                key: "storage-unreadable",
                args: vec![("why", Arg::Text(why.clone()))],
            };
        }
        StoreAccess::Readable => {}
    }
    let Some(free) = free else {
        return Finding::new(Health::NeedsAttention, "storage-unknown-space");
    };
    let megabytes = Arg::Count((free / (1024 * 1024)) as i64);
    let (health, key) = if free < LOW_DISK_BYTES / 10 {
        (Health::Broken, "storage-full")
    } else if free < LOW_DISK_BYTES {
        (Health::NeedsAttention, "storage-low")
    } else {
        (Health::Fine, "storage-fine")
    };
    Finding {
        health,
        key,
        args: vec![("megabytes", megabytes)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn paper_out_is_broken_and_nearly_out_needs_attention() {
        let out = PrinterState {
            paper_end: true,
            ..PrinterState::default()
        };
        assert_eq!(state_finding(&out).health, Health::Broken);
        assert_eq!(state_finding(&out).key, "printer-paper-end");
        let near = PrinterState {
            paper_near_end: true,
            ..PrinterState::default()
        };
        assert_eq!(state_finding(&near).health, Health::NeedsAttention);
        assert_eq!(state_finding(&PrinterState::default()).health, Health::Fine);
    }

    #[test]
    fn low_disk_needs_attention_and_a_nearly_full_one_is_broken() {
        let mb = 1024 * 1024;
        let open = StoreAccess::Readable;
        assert_eq!(storage_finding(&open, Some(500 * mb)).health, Health::Fine);
        assert_eq!(
            storage_finding(&open, Some(100 * mb)).health,
            Health::NeedsAttention
        );
        assert_eq!(storage_finding(&open, Some(5 * mb)).health, Health::Broken);
        assert_eq!(
            storage_finding(&StoreAccess::Unopened, Some(500 * mb)).health,
            Health::Broken
        );
        let unreachable = storage_finding(&StoreAccess::Unreachable, None);
        assert_eq!(
            (unreachable.health, unreachable.key),
            (Health::Broken, "storage-unreachable")
        );
        assert!(
            Catalog::embedded()
                .text("ja", "staff-finding-storage-unreachable", &[])
                .starts_with("データベースにつながりません")
        );
        let unreadable = storage_finding(&StoreAccess::Unreadable("no such table".into()), None);
        assert_eq!(unreadable.health, Health::Broken);
        assert_eq!(unreadable.key, "storage-unreadable");
    }

    #[test]
    fn free_space_is_read_from_the_file_system() {
        let dir = tempfile::tempdir().unwrap();
        let free = free_bytes(&dir.path().join("tickets.sqlite")).unwrap();
        assert!(free > 0);
    }

    #[test]
    fn a_reader_gone_or_a_service_down_is_broken() {
        let mut r = ReaderStatus::default();
        assert_eq!(r.finding().key, "reader-missing");
        r.name = Some("vpcd 0".into());
        assert_eq!(r.finding().health, Health::Fine);
        r.service_down = true;
        assert_eq!(r.finding().key, "reader-service-down");
    }
}
