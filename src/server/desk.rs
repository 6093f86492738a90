//! What a desk does, for the counter console and the API alike: the member's windows checked, the move made, and the audit trail written with their name.

use chrono::NaiveDateTime;

use super::Failure;
use crate::config::Config;
use crate::domain::TicketNumber;
use crate::queue::{DeskAction, Move};
use crate::staff::Account;
use crate::tickets::{StoreError, Ticket, TicketStore};

/// One press at a desk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Press {
    CallNext {
        window: String,
        desk: String,
    },
    On {
        number: TicketNumber,
        action: DeskAction,
    },
    Transfer {
        number: TicketNumber,
        to: String,
    },
}

impl Press {
    fn verb(&self) -> &'static str {
        match self {
            Press::CallNext { .. } => "call-next",
            Press::On { action, .. } => action.id(),
            Press::Transfer { .. } => "transfer",
        }
    }
}

fn not_theirs(account: &Account, window: &str) -> Failure {
    Failure::Forbidden(format!(
        "{} does not call window {window}; their windows are {} (madoguchi staff list)",
        account.name,
        account.windows.join(", ")
    ))
}

/// Makes `press` for `account` (`via` is "console" or "api"), and records it.
pub(super) fn perform(
    store: &dyn TicketStore,
    config: &Config,
    account: &Account,
    press: &Press,
    via: &str,
    now: NaiveDateTime,
) -> Result<Ticket, Failure> {
    let by = account.name.clone();
    let result = match press {
        Press::CallNext { window, desk } => {
            let Some(w) = config.window(window) else {
                return Err(Failure::NotFound(format!(
                    "{window:?} is not a window of kiosk.toml"
                )));
            };
            if !account.may_call(window) {
                Err(not_theirs(account, window))
            } else if !w.desks().contains(desk) {
                Err(Failure::BadRequest(format!(
                    "{desk:?} is not a desk of window {window}; its desks are {}",
                    w.desks().join(", ")
                )))
            } else {
                // Calling opens the day: the old day's line is closed first, as at a kiosk.
                store.close_days_before(now.date(), now)?;
                match store.call_next(window, desk, &by, now) {
                    Ok(Some(ticket)) => Ok(ticket),
                    Ok(None) => Err(Failure::Conflict(format!(
                        "nobody is waiting for window {window}"
                    ))),
                    Err(e) => Err(Failure::Store(e)),
                }
            }
        }
        Press::On { number, action } => on_theirs(store, account, number, action.by(by), now),
        Press::Transfer { number, to } => match config.transfer_target(to) {
            Ok(to) => on_theirs(store, account, number, Move::Transfer { to, by }, now),
            Err(e) => Err(Failure::BadRequest(e)),
        },
    };
    let (number, outcome) = match &result {
        Ok(t) => (t.number.to_string(), format!("ok, by {}", account.name)),
        Err(Failure::Store(e @ StoreError::Refused { .. })) => {
            (String::new(), format!("refused ({e}), by {}", account.name))
        }
        Err(Failure::Conflict(why) | Failure::Forbidden(why)) => {
            (String::new(), format!("{why}, by {}", account.name))
        }
        Err(_) => return result,
    };
    let number = match press {
        Press::On { number, .. } | Press::Transfer { number, .. } => number.to_string(),
        Press::CallNext { .. } => number,
    };
    // The move is made: a trail that cannot be written is logged, not the desk's failure
    // (a retried call would call a second resident).
    if let Err(e) = store.record_action(
        now,
        format!("{via} {} {number}", press.verb()).trim_end(),
        &outcome,
    ) {
        tracing::warn!(
            "the audit trail could not be written ({e}): {via} {} {number}",
            press.verb()
        );
    }
    result
}

/// A move on a ticket of today, if it is at one of the member's windows.
fn on_theirs(
    store: &dyn TicketStore,
    account: &Account,
    number: &TicketNumber,
    mv: Move,
    now: NaiveDateTime,
) -> Result<Ticket, Failure> {
    let ticket = store.find(now.date(), number)?;
    if !account.may_call(ticket.window()) {
        return Err(not_theirs(account, ticket.window()));
    }
    store
        .advance(now.date(), number, &mv, now)
        .map_err(Failure::Store)
}
