//! Take your card: the session is over but the card is still in the reader; said in every offered language, the resident's first.

use super::{Context, Page, in_every_language};

pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(in_every_language(c, "take-card-title", "take-card-body"))
}
