//! `madoguchi kiosk list|forget`: the office's kiosks as their heartbeats last told them, and forgetting one that was retired or renamed.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use madoguchi::clock::{Clock, SystemClock};
use madoguchi::fleet::troubles;

use super::ticket::{exit, fail, open};

#[derive(Subcommand)]
pub enum KioskCommand {
    /// The office's kiosks: the time of each one's last heartbeat (its own clock), its
    /// printer, and what it reported wrong.
    List {
        #[arg(long, default_value = "kiosk.toml")]
        config: PathBuf,
    },
    /// Forget a kiosk that was retired or renamed, so `/kiosks` and the consoles stop
    /// calling it silent; a kiosk still running comes back with its next heartbeat.
    Forget {
        id: String,
        #[arg(long, default_value = "kiosk.toml")]
        config: PathBuf,
    },
}

pub fn run(command: &KioskCommand) -> ExitCode {
    let now = SystemClock.now();
    match command {
        KioskCommand::List { config } => {
            let (config, store) = match open(config, now) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let office = config.municipality.office_id();
            match store.kiosks() {
                Ok(kiosks) => {
                    println!("kiosk\tlast heartbeat\tprinter\treported");
                    for k in kiosks.iter().filter(|k| k.office == office) {
                        let b = &k.heartbeat;
                        let said: Vec<&str> = troubles(b, false).iter().map(|t| t.id()).collect();
                        println!(
                            "{}\t{}\t{}\t{}",
                            b.kiosk,
                            b.at.format("%Y-%m-%d %H:%M:%S"),
                            b.printer.id(),
                            if said.is_empty() {
                                "-".to_owned()
                            } else {
                                said.join(",")
                            }
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
        KioskCommand::Forget { id, config } => {
            let (_, store) = match open(config, now) {
                Ok(x) => x,
                Err(code) => return code,
            };
            match store.forget_kiosk(id) {
                Ok(true) => {
                    let _ = store.record_action(now, &format!("kiosk forget {id}"), "ok");
                    println!("forgot kiosk {id}");
                    ExitCode::SUCCESS
                }
                Ok(false) => fail(
                    exit::NOT_FOUND,
                    format!("no kiosk {id} in this office; `madoguchi kiosk list` lists them"),
                ),
                Err(e) => fail(exit::STORE_FAILED, e),
            }
        }
    }
}
