//! Out of service: no reader, no card service, or paused by staff; it recovers by itself.

use super::{Context, Page, in_every_language};

/// Whoever walks up may read any of the offered languages and nobody is in a session to have
/// chosen one, so the notice is given in each of them, the session's language first.
pub fn view<'a>(c: &Context<'a>) -> Page<'a> {
    Page::new(in_every_language(
        c,
        "out-of-service-title",
        "out-of-service-body",
    ))
}
