//! The rules of `domain/rules.md` as pure functions: no clock, no I/O; today is an input.

mod explain;
mod local;
mod plan;
mod validity;

pub use explain::visit_and_fee;
pub use local::LocalSettings;
pub use plan::{CARD_REISSUE_FEE_YEN, CERT_WITH_REISSUE_FEE_YEN, Plan, plan_procedures};
pub use validity::{card_expires_with_certificates, renewal_opens, status};

use chrono::NaiveDate;

use crate::domain::{
    Answers, CardFacts, CardKind, ChecklistItem, Headline, Procedure, Question, Status,
};
use crate::i18n::Sentence;

/// The rules' whole answer for one resident at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub status: Status,
    pub cert_expiry: Option<NaiveDate>,
    pub card_expiry: Option<NaiveDate>,
    pub renewal_from: Option<NaiveDate>,
    /// Days from today to the certificate expiry: 0 on the expiry day, negative after it.
    pub days_left: Option<i64>,
    /// In the order they are done (R-PIN-4: a PIN reset first).
    pub procedures: Vec<Procedure>,
    /// The id of the open window that serves the first procedure.
    pub window: Option<String>,
    /// What to bring on the visit being made now.
    pub checklist: Vec<ChecklistItem>,
    /// Visits the procedure takes, this one included; 0 when there is nothing to do.
    pub visits: u8,
    pub same_day: bool,
    pub fee_yen: u32,
    /// Unanswered questions whose answer would change the advice, in the order to ask them.
    pub pending_questions: Vec<Question>,
    /// The most urgent fact, which the status screen leads with.
    pub headline: Headline,
    pub explanation: Vec<Sentence>,
}

impl Advice {
    /// The plan part of the advice (for the ticket's visit and fee notes).
    pub fn plan(&self) -> Plan {
        Plan {
            status: self.status,
            procedures: self.procedures.clone(),
            window: self.window.clone(),
            checklist: self.checklist.clone(),
            visits: self.visits,
            same_day: self.same_day,
            fee_yen: self.fee_yen,
        }
    }
}

/// The advice for a resident on `today` (local date), from what the card showed (`None`:
/// no card) and the answers given so far. An unanswered question is taken at its most
/// common answer (the holder, who knows the PINs, nothing changed) and listed as pending
/// when another answer would change the procedures, counter, checklist, visits or fee.
pub fn advise(
    today: NaiveDate,
    card: Option<&CardFacts>,
    answers: &Answers,
    local: &dyn LocalSettings,
) -> Advice {
    let decide = |answers: &Answers| {
        let status = status(today, card, answers);
        plan::plan(status, card, answers, local)
    };
    let plan = decide(answers);
    let changes_the_advice = |q: Question, answers: &Answers, plan: &Plan| {
        !q.is_answered(answers) && q.alternatives(answers).iter().any(|a| decide(a) != *plan)
    };
    let mut pending_questions: Vec<Question> = Question::ALL
        .into_iter()
        .filter(|q| changes_the_advice(*q, answers, &plan))
        .collect();
    // Who is asking comes first, whatever the card: the later questions are worded for them
    // (the holder's PINs, not "yours"), and an answer to one of them may make it matter.
    // The costly look one answer ahead comes last, only when it can still add the question.
    let visitor_may_matter = || {
        pending_questions.iter().any(|q| {
            q.alternatives(answers).iter().any(|a| {
                let alternative = decide(a);
                changes_the_advice(Question::Visitor, a, &alternative)
            })
        })
    };
    if card.is_some()
        && answers.visitor.is_none()
        && !pending_questions.contains(&Question::Visitor)
        && visitor_may_matter()
    {
        pending_questions.push(Question::Visitor);
        pending_questions.sort();
    }

    let cert_expiry = card.and_then(|c| c.auth_cert_expiry);
    let renewal_from = match card {
        Some(c) if c.kind == CardKind::MyNumberCard => cert_expiry.and_then(renewal_opens),
        _ => None,
    };
    let facts = explain::Facts {
        today,
        card,
        answers,
        renewal_from,
        plan: &plan,
        local,
    };
    let explanation = explain::explain(&facts);
    let headline = explain::headline(&facts);
    Advice {
        status: plan.status,
        cert_expiry,
        card_expiry: card.and_then(|c| c.card_expiry),
        renewal_from,
        days_left: cert_expiry.map(|e| (e - today).num_days()),
        procedures: plan.procedures,
        window: plan.window,
        checklist: plan.checklist,
        visits: plan.visits,
        same_day: plan.same_day,
        fee_yen: plan.fee_yen,
        pending_questions,
        headline,
        explanation,
    }
}
