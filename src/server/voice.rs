//! The lobby display's voice: each call's announcement made here by the kiosk's own engines, Japanese first, then the resident's language.
//!
//! Only a call the store recorded today can be spoken, by its event id: the server never
//! synthesises a text a browser sends, so the route cannot be used to make it say anything.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};

use super::{Call, Failure, Shared};
use crate::queue::EventKind;

/// Announcements kept made: the display plays each once, a recall may ask again.
pub(super) const KEPT: usize = 32;

pub(super) async fn announcement(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let id: i64 = id
        .strip_suffix(".wav")
        .unwrap_or(&id)
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            Failure::BadRequest(format!(
                "{:?} is not a call; the display asks for /display/voice/<event id>.wav",
                id.chars().take(40).collect::<String>()
            ))
        })?;
    if let Some(wav) = shared.voice_made(id) {
        return Ok(wav_response(wav));
    }
    let phrases = shared
        .read(move |store, _, now| {
            let event = store
                .events_after(id - 1, 1)?
                .into_iter()
                .find(|e| e.id == id)
                .filter(|e| matches!(e.kind, EventKind::Called | EventKind::Recalled))
                .filter(|e| e.at.date() == now.date());
            Ok(event.map(|e| Call::spoken(&e)))
        })
        .await?
        .filter(|phrases| !phrases.is_empty())
        .ok_or_else(|| Failure::NotFound(format!("no call {id} today to announce")))?;
    // One announcement made at a time: the server's cores are for the queue.
    let _turn = shared
        .synthesis
        .acquire()
        .await
        .map_err(|_| Failure::Broken("the voice is shutting down".into()))?;
    if let Some(wav) = shared.voice_made(id) {
        return Ok(wav_response(wav));
    }
    let speaking = shared.clone();
    let wav = tokio::task::spawn_blocking(move || {
        let parts: Vec<(&str, &str)> = phrases
            .iter()
            .map(|s| (s.lang.as_str(), s.text.as_str()))
            .collect();
        crate::speech::joined(&speaking.engines(), &speaking.speech_cache, &parts)
            .map(|audio| audio.to_wav())
    })
    .await
    .map_err(|_| Failure::Broken("the voice stopped".into()))?
    .map_err(|e| Failure::Broken(format!("the announcement could not be spoken: {e}")))?;
    let wav = Arc::new(wav);
    shared.voice_keep(id, wav.clone());
    Ok(wav_response(wav))
}

fn wav_response(wav: Arc<Vec<u8>>) -> Response {
    ([(CONTENT_TYPE, "audio/wav")], (*wav).clone()).into_response()
}
