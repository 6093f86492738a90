//! The staff screens of maintenance mode: the PIN pad, Status, Today, Counters, Tickets, Printer, Card test, Configuration.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Context, Page};
use crate::card::CardReading;
use crate::domain::Sign;
use crate::i18n::Arg;
use crate::maintenance::desk::CounterDay;
use crate::maintenance::health::{Finding, Health, ReadOutcome, StoreAccess, storage_finding};
use crate::maintenance::{PinNotice, StaffScreen};
use crate::tickets::{AuditEntry, PrintOutcome, Ticket};
use crate::ui::Message;
use crate::ui::staff::{Confirming, StaffTouch, Staffroom};
use crate::ui::theme::{self, ButtonKind};

/// What the staff screens show from the database, read off the UI thread while staff are
/// in: after each thing they do, and every few seconds.
#[derive(Clone, Debug)]
pub struct StaffData {
    pub today: Vec<CounterDay>,
    pub tickets: Vec<Ticket>,
    pub audit: Vec<AuditEntry>,
    pub closed: BTreeSet<String>,
    pub last_write: Option<NaiveDateTime>,
    pub free_bytes: Option<u64>,
    pub access: StoreAccess,
}

impl StaffData {
    /// Empty lists, with why there is nothing to show.
    pub fn unavailable(access: StoreAccess) -> StaffData {
        StaffData {
            today: Vec::new(),
            tickets: Vec::new(),
            audit: Vec::new(),
            closed: BTreeSet::new(),
            last_write: None,
            free_bytes: None,
            access,
        }
    }
}

/// A staff text, broken into lines between Japanese phrases as the residents' screens are
/// (`fonts::keep_words`): staff read the kiosk in Japanese too.
fn said<'a>(words: impl Into<String>) -> iced::widget::Text<'a> {
    let words: String = words.into();
    let kept = crate::fonts::keep_words(crate::fonts::JAPANESE, &words);
    let wrapping = if kept.len() == words.len() {
        iced::widget::text::Wrapping::Word
    } else {
        iced::widget::text::Wrapping::WordOrGlyph
    };
    text(kept.into_owned()).wrapping(wrapping)
}

fn staff_button<'a>(label: String, kind: ButtonKind, touch: StaffTouch) -> Element<'a, Message> {
    button(
        container(said(label).size(theme::BODY))
            .center_x(Length::Fill)
            .center_y(Length::Fill),
    )
    .height(theme::BUTTON_HEIGHT)
    .width(Length::Fill)
    .padding([8, 16])
    .style(theme::button_style(kind))
    .on_press(Message::Staff(touch))
    .into()
}

/// A small button inside a list row (still 88 px high: staff use the touch screen too).
fn row_button<'a>(label: String, kind: ButtonKind, touch: StaffTouch) -> Element<'a, Message> {
    button(container(said(label).size(theme::BODY)).center_y(Length::Fill))
        .height(theme::BUTTON_HEIGHT)
        .padding([8, 28])
        .style(theme::button_style(kind))
        .on_press(Message::Staff(touch))
        .into()
}

/// The room kept for a notice (two lines), whether or not there is one.
const NOTICE_HEIGHT: f32 = 90.0;

fn time(t: NaiveDateTime) -> String {
    t.format("%H:%M:%S").to_string()
}

/// The PIN pad: digits in a 3×4 grid, what was typed shown as dots only.
pub fn pin_pad<'a>(c: &Context<'a>, entered: usize, notice: Option<&PinNotice>) -> Page<'a> {
    let mut col = Column::new()
        .spacing(20)
        .push(c.title(c.t("staff-pin-title")))
        .push(
            text(if entered == 0 {
                c.t("staff-pin-empty")
            } else {
                "●".repeat(entered)
            })
            .size(theme::HEADLINE),
        );
    // The notice has a line of its own even when empty, so the keys never move under a finger.
    let mut notice_line = container(text("")).height(Length::Fixed(NOTICE_HEIGHT));
    if let Some(notice) = notice {
        let words = match notice {
            PinNotice::Wrong { tries_left } => c.t_with(
                "staff-pin-wrong",
                &[("tries", Arg::Count(i64::from(*tries_left)))],
            ),
            PinNotice::Locked { until } => c.t_with(
                "staff-pin-locked",
                &[("until", Arg::Text(until.format("%H:%M").to_string()))],
            ),
            PinNotice::NoPinSet => c.t("staff-pin-not-set"),
            PinNotice::StoreFailed => c.t("staff-pin-store-failed"),
        };
        notice_line = container(said(words).size(theme::BODY).font(c.bold()))
            .height(Length::Fixed(NOTICE_HEIGHT));
    }
    col = col.push(notice_line);
    let key = |label: String, k: crate::maintenance::PinKey, kind| {
        container(staff_button(label, kind, StaffTouch::Pin(k))).width(Length::Fixed(200.0))
    };
    use crate::maintenance::PinKey;
    let mut grid = Column::new().spacing(16);
    for digits in [[1u8, 2, 3], [4, 5, 6], [7, 8, 9]] {
        grid = grid.push(
            Row::with_children(
                digits.map(|d| key(d.to_string(), PinKey::Digit(d), ButtonKind::Secondary).into()),
            )
            .spacing(16),
        );
    }
    grid = grid.push(
        row![
            key(c.t("staff-pin-delete"), PinKey::Delete, ButtonKind::Quiet),
            key("0".into(), PinKey::Digit(0), ButtonKind::Secondary),
            key(c.t("staff-pin-enter"), PinKey::Enter, ButtonKind::Primary),
        ]
        .spacing(16),
    );
    Page::with_actions(
        col.push(grid),
        vec![staff_button(
            c.t("staff-pin-cancel"),
            ButtonKind::Secondary,
            StaffTouch::Pin(PinKey::Cancel),
        )],
    )
}

/// Residents' view while staff are away from a kiosk in maintenance.
pub fn covered<'a>(c: &Context<'a>) -> Page<'a> {
    let mut col = Column::new().spacing(24);
    for lang in &c.config.languages.offered {
        col = col
            .push(c.title(c.catalog.text(lang, "preparing-title", &[])))
            .push(c.body(c.catalog.text(lang, "preparing-body", &[])));
    }
    Page::new(col)
}

/// The tabs along the top of every staff screen, and Exit.
fn tabs<'a>(c: &Context<'a>, on: StaffScreen) -> Element<'a, Message> {
    let mut tabs = Row::new().spacing(8);
    for screen in StaffScreen::ALL {
        // Unselected tabs are outlined in ink: they must not look disabled.
        let kind = if screen == on {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        tabs = tabs.push(staff_button(
            c.t(&format!("staff-tab-{}", screen.id())),
            kind,
            StaffTouch::Go(screen),
        ));
    }
    tabs.into()
}

fn finding_line<'a>(c: &Context<'a>, device: &str, finding: &Finding) -> Element<'a, Message> {
    let sign = match finding.health {
        Health::Fine => Sign::Fine,
        Health::NeedsAttention => Sign::Act,
        Health::Broken => Sign::Stopped,
    };
    column![
        row![
            crate::ui::sign::mark(sign, theme::HEADLINE * 1.2),
            said(format!(
                "{}: {}",
                c.t(&format!("staff-device-{device}")),
                c.t(&format!("staff-health-{}", finding.health.id()))
            ))
            .size(theme::HEADLINE)
            .font(c.bold()),
        ]
        .spacing(24)
        .align_y(Alignment::Center),
        c.body(c.t_with(&format!("staff-finding-{}", finding.key), &finding.args)),
    ]
    .spacing(4)
    .into()
}

/// The staff screen `on`, under the tabs, with the last action's outcome.
pub fn view<'a>(
    c: &Context<'a>,
    on: StaffScreen,
    room: &'a Staffroom,
    data: &StaffData,
) -> Page<'a> {
    // The tabs and the outcome line stay at the top, in room of their own, so the lists below
    // neither scroll them away nor move when an outcome appears.
    let outcome: Element<'a, Message> = match (&room.confirming, &room.notice) {
        (Some(confirming), _) => confirmation(c, confirming),
        (None, Some(n)) => {
            let outcome = c.t(if n.ok { "staff-done" } else { "staff-failed" });
            let mut line = format!("{}: {}", c.t(&format!("staff-action-{}", n.key)), outcome);
            if let Some(detail) = &n.detail {
                line.push_str(&format!(" ({detail})"));
            }
            said(line).size(theme::BODY).font(c.bold()).into()
        }
        (None, None) => text("").into(),
    };
    let top = column![
        tabs(c, on),
        container(outcome)
            .height(Length::Fixed(theme::BUTTON_HEIGHT + 16.0))
            .center_y(Length::Fixed(theme::BUTTON_HEIGHT + 16.0)),
    ]
    .spacing(12);
    let col = Column::new().spacing(20).push(c.title(c.t("staff-title")));
    let content = match on {
        StaffScreen::Status => status(c, room, data),
        StaffScreen::Today => today(c, data),
        StaffScreen::Counters => counters(c, room, data),
        StaffScreen::Tickets => tickets(c, data),
        StaffScreen::Printer => printer(c, room),
        StaffScreen::CardTest => card_test(c, room.card_test.as_ref()),
        StaffScreen::Configuration => configuration(c, room),
    };
    let mut page = Page::with_actions(
        col.push(content),
        vec![staff_button(
            c.t("staff-exit"),
            ButtonKind::Primary,
            StaffTouch::Exit,
        )],
    );
    page.top = Some(top.into());
    page
}

/// "Void ticket A-003?" with the action and Cancel, in the outcome line's room.
fn confirmation<'a>(c: &Context<'a>, confirming: &Confirming) -> Element<'a, Message> {
    let (question, yes) = match confirming {
        Confirming::Void(number) => {
            let n = [("number", Arg::Text(number.to_string()))];
            (
                c.t_with("staff-confirm-void", &n),
                c.t_with("staff-confirm-void-yes", &n),
            )
        }
        Confirming::Pause => (c.t("staff-confirm-pause"), c.t("staff-confirm-pause-yes")),
    };
    row![
        said(question)
            .size(theme::BODY)
            .font(c.bold())
            .width(Length::Fill),
        row_button(
            c.t("staff-cancel"),
            ButtonKind::Secondary,
            StaffTouch::Cancel
        ),
        row_button(yes, ButtonKind::Primary, StaffTouch::Confirm),
    ]
    .spacing(16)
    .align_y(Alignment::Center)
    .into()
}

/// An audit entry in words: the action's name, what it acted on, and how it went.
fn audit_line(c: &Context<'_>, entry: &AuditEntry) -> String {
    let (action, target) = entry
        .action
        .split_once(' ')
        .unwrap_or((entry.action.as_str(), ""));
    let key = format!("staff-action-{action}");
    let name = match c.t(&key) {
        k if k == key => entry.action.clone(),
        name if target.is_empty() => name,
        name => format!("{name} {target}"),
    };
    let outcome = match entry.outcome.as_str() {
        "ok" => c.t("staff-done"),
        "ok (ctl)" => c.t("staff-done-ctl"),
        "wrong PIN" => c.t("staff-audit-wrong-pin"),
        "locked for 5 minutes" => c.t("staff-audit-locked"),
        other => format!("{}({other})", c.t("staff-failed")),
    };
    format!("{}  {name}: {outcome}", entry.at.format("%m-%d %H:%M:%S"))
}

fn status<'a>(c: &Context<'a>, room: &Staffroom, data: &StaffData) -> Element<'a, Message> {
    let mut col = Column::new().spacing(16);
    let reader = &room.reader;
    col = col.push(finding_line(c, "reader", &reader.finding()));
    let last = match &reader.last_read {
        Some((at, ReadOutcome::Read)) => {
            c.t_with("staff-last-read-ok", &[("time", Arg::Text(time(*at)))])
        }
        Some((at, ReadOutcome::Failed(why))) => c.t_with(
            "staff-last-read-failed",
            &[
                ("time", Arg::Text(time(*at))),
                ("why", Arg::Text(why.clone())),
            ],
        ),
        None => c.t("staff-last-read-none"),
    };
    col = col
        .push(c.body(c.t_with(
            "staff-reader-detail",
            &[
                (
                    "name",
                    Arg::Text(reader.name.clone().unwrap_or_else(|| "-".into())),
                ),
                (
                    "card",
                    Arg::Text(c.t(if reader.card_in { "yes" } else { "no" })),
                ),
            ],
        )))
        .push(c.body(last));
    match &room.printer_check {
        Some(check) => {
            col = col.push(finding_line(c, "printer", &check.finding));
        }
        None => col = col.push(c.body(c.t("staff-printer-checking"))),
    }
    col = col.push(c.body(c.t_with(
        "staff-printer-driver",
        &[(
            "driver",
            Arg::Text(format!("{:?}", c.config.printer.driver).to_lowercase()),
        )],
    )));
    col = col.push(finding_line(
        c,
        "storage",
        &storage_finding(&data.access, data.free_bytes),
    ));
    col = col.push(
        c.body(
            c.t_with(
                "staff-storage-detail",
                &[
                    ("path", Arg::Text(c.config.tickets.database.to_string())),
                    (
                        "written",
                        Arg::Text(
                            data.last_write
                                .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                                .unwrap_or_else(|| "-".into()),
                        ),
                    ),
                ],
            ),
        ),
    );
    let uptime = room.started.elapsed().as_secs();
    col = col.push(
        c.body(
            c.t_with(
                "staff-about",
                &[
                    ("version", Arg::Text(env!("CARGO_PKG_VERSION").into())),
                    (
                        "file",
                        Arg::Text(
                            room.config_path
                                .as_ref()
                                .map(|p| p.display().to_string())
                                .unwrap_or_else(|| "-".into()),
                        ),
                    ),
                    (
                        "loaded",
                        Arg::Text(room.config_loaded_at.format("%Y-%m-%d %H:%M").to_string()),
                    ),
                    ("hours", Arg::Count((uptime / 3600) as i64)),
                    ("minutes", Arg::Count(((uptime / 60) % 60) as i64)),
                ],
            ),
        ),
    );
    col = col.push(
        said(c.t("staff-audit-title"))
            .size(theme::HEADLINE)
            .font(theme::FONT_BOLD),
    );
    for entry in &data.audit {
        col = col.push(c.body(audit_line(c, entry)));
    }
    col.into()
}

fn today<'a>(c: &Context<'a>, data: &StaffData) -> Element<'a, Message> {
    let mut col = Column::new().spacing(16);
    for day in &data.today {
        col = col.push(
            said(c.counter_name(&day.window))
                .size(theme::HEADLINE)
                .font(theme::FONT_BOLD),
        );
        col = col.push(
            c.body(
                c.t_with(
                    "staff-today-counts",
                    &[
                        ("issued", Arg::Count(i64::from(day.issued))),
                        (
                            "last",
                            Arg::Text(
                                day.last_number
                                    .as_ref()
                                    .map(ToString::to_string)
                                    .unwrap_or_else(|| "-".into()),
                            ),
                        ),
                        ("unprinted", Arg::Count(i64::from(day.unprinted))),
                        ("void", Arg::Count(i64::from(day.voided))),
                    ],
                ),
            ),
        );
        if !day.by_hour.is_empty() {
            let hours: Vec<String> = day
                .by_hour
                .iter()
                .map(|(h, n)| format!("{h:02}時台 {n}"))
                .collect();
            col = col.push(c.body(c.t_with(
                "staff-today-by-hour",
                &[("hours", Arg::Text(hours.join("  ")))],
            )));
        }
    }
    col.into()
}

fn counters<'a>(c: &Context<'a>, room: &Staffroom, data: &StaffData) -> Element<'a, Message> {
    let mut col = Column::new().spacing(16);
    let (state, touch, label) = if room.ticketing_paused || room.remote_paused {
        (
            "staff-ticketing-paused",
            StaffTouch::ResumeTicketing,
            "staff-resume",
        )
    } else {
        (
            "staff-ticketing-running",
            StaffTouch::PauseTicketing,
            "staff-pause",
        )
    };
    col = col.push(
        row![
            said(c.t(state))
                .size(theme::HEADLINE)
                .font(theme::FONT_BOLD)
                .width(Length::Fill),
            row_button(c.t(label), ButtonKind::Primary, touch),
        ]
        .align_y(Alignment::Center),
    );
    for w in &c.config.windows {
        let closed = data.closed.contains(&w.id);
        let (state, touch, label) = if closed {
            (
                "staff-counter-closed",
                StaffTouch::OpenCounter(w.id.clone()),
                "staff-open-counter",
            )
        } else {
            (
                "staff-counter-open",
                StaffTouch::CloseCounter(w.id.clone()),
                "staff-close-counter",
            )
        };
        col = col.push(
            row![
                c.body(format!("{}: {}", c.counter_name(&w.id), c.t(state))),
                iced::widget::Space::new().width(Length::Fill),
                row_button(c.t(label), ButtonKind::Secondary, touch),
            ]
            .align_y(Alignment::Center),
        );
    }
    col.into()
}

fn tickets<'a>(c: &Context<'a>, data: &StaffData) -> Element<'a, Message> {
    let mut col = Column::new().spacing(12).push(staff_button(
        c.t("staff-reprint-last"),
        ButtonKind::Primary,
        StaffTouch::ReprintLast,
    ));
    if data.tickets.is_empty() {
        col = col.push(c.body(c.t("staff-no-tickets")));
    }
    for t in &data.tickets {
        let void = t.queue.state == crate::queue::State::Void;
        let outcome = match &t.outcome {
            _ if void => c.t("staff-outcome-void"),
            PrintOutcome::Printed => c.t("staff-outcome-printed"),
            other => c.t_with(
                "staff-outcome-unprinted",
                &[("why", Arg::Text(other.to_string()))],
            ),
        };
        let mut line = row![
            text(t.number.to_string())
                .size(theme::HEADLINE)
                .font(theme::FONT_BOLD)
                .width(Length::Fixed(200.0)),
            column![
                c.body(format!("{}  {}", t.issued_at.format("%H:%M"), outcome)),
                said(procedures_of(c, t))
                    .size(theme::BODY * 0.8)
                    .font(c.font()),
            ]
            .width(Length::Fill),
        ]
        .spacing(16)
        // The same height with or without its buttons: voiding one moves no other row.
        .height(Length::Fixed(theme::BUTTON_HEIGHT))
        .align_y(Alignment::Center);
        if !void {
            line = line
                .push(row_button(
                    c.t("staff-reprint"),
                    ButtonKind::Secondary,
                    StaffTouch::Reprint(t.number.clone()),
                ))
                .push(row_button(
                    c.t("staff-void"),
                    ButtonKind::Secondary,
                    StaffTouch::Void(t.number.clone()),
                ));
        }
        col = col.push(line);
    }
    col.into()
}

/// What a ticket was issued for, so staff can tell which one to reprint.
fn procedures_of(c: &Context<'_>, t: &Ticket) -> String {
    if t.procedures.is_empty() {
        return c.t("staff-consultation");
    }
    t.procedures
        .iter()
        .map(|p| c.t(&format!("procedure-{}", p.id())))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn printer<'a>(c: &Context<'a>, room: &Staffroom) -> Element<'a, Message> {
    let mut col = Column::new().spacing(16);
    match &room.printer_check {
        Some(check) => col = col.push(finding_line(c, "printer", &check.finding)),
        None => col = col.push(c.body(c.t("staff-printer-checking"))),
    }
    col.push(
        row![
            staff_button(
                c.t("staff-check-printer"),
                ButtonKind::Secondary,
                StaffTouch::CheckPrinter
            ),
            staff_button(
                c.t("staff-test-print"),
                ButtonKind::Primary,
                StaffTouch::TestPrint
            ),
        ]
        .spacing(24),
    )
    .into()
}

fn card_test<'a>(c: &Context<'a>, reading: Option<&CardReading>) -> Element<'a, Message> {
    let Some(r) = reading else {
        return c.body(c.t("staff-card-test-insert"));
    };
    let date = |d: Option<chrono::NaiveDate>| match d {
        Some(d) => c.catalog.date(c.lang(), d),
        None => "-".into(),
    };
    let tries = |t: Option<u8>| t.map_or_else(|| "-".into(), |t| t.to_string());
    column![
        c.body(c.t_with(
            "staff-card-kind",
            &[(
                "kind",
                Arg::Text(c.t(&format!("staff-card-kind-{}", r.facts.kind.id())))
            )]
        )),
        c.body(c.t_with(
            "staff-card-cert",
            &[("date", Arg::Text(date(r.facts.auth_cert_expiry)))]
        )),
        c.body(c.t_with(
            "staff-card-expiry",
            &[("date", Arg::Text(date(r.facts.card_expiry)))]
        )),
        c.body(c.t_with(
            "staff-card-pins",
            &[
                ("auth", Arg::Text(tries(r.facts.auth_pin_tries_left))),
                ("sign", Arg::Text(tries(r.facts.sign_pin_tries_left))),
            ],
        )),
        c.body(c.t_with(
            "staff-card-verified",
            &[(
                "verdict",
                Arg::Text(c.t(&format!("staff-genuineness-{}", r.genuineness.id())))
            )],
        )),
        c.body(c.t_with(
            "staff-card-read",
            &[
                ("apdus", Arg::Count(i64::from(r.apdus))),
                ("ms", Arg::Count(r.elapsed.as_millis() as i64)),
            ],
        )),
        c.body(c.t("staff-card-never")),
    ]
    .spacing(12)
    .into()
}

fn configuration<'a>(c: &Context<'a>, room: &Staffroom) -> Element<'a, Message> {
    let mut languages = Row::new().spacing(16);
    for lang in &c.config.languages.offered {
        let kind = if lang == c.session.default_language() {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        languages = languages.push(staff_button(
            c.catalog.text(lang, "staff-language-name", &[]),
            kind,
            StaffTouch::DefaultLanguage(lang.clone()),
        ));
    }
    column![
        c.body(
            c.t_with(
                "staff-config-file",
                &[
                    (
                        "file",
                        Arg::Text(
                            room.config_path
                                .as_ref()
                                .map(|p| p.display().to_string())
                                .unwrap_or_else(|| "-".into())
                        )
                    ),
                    (
                        "loaded",
                        Arg::Text(room.config_loaded_at.format("%Y-%m-%d %H:%M").to_string())
                    ),
                ],
            )
        ),
        staff_button(c.t("staff-reload"), ButtonKind::Primary, StaffTouch::Reload),
        said(c.t("staff-default-language"))
            .size(theme::HEADLINE)
            .font(theme::FONT_BOLD),
        languages,
    ]
    .spacing(20)
    .into()
}
