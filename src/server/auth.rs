//! Signing staff in and out: the sign-in form, the session cookie, the CSRF token every staff form carries, and bearer tokens for the API.
//!
//! The cookie holds a random 256-bit token; the store keeps only its digest. Passwords are
//! checked with Argon2id off the async workers, and never logged or kept.

use std::sync::Arc;

use askama::Template;
use axum::Form;
use axum::extract::{FromRequestParts, State};
use axum::http::header::{AUTHORIZATION, COOKIE, LOCATION, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::streams::Peer;
use super::{Failure, Shared, Words, render};
use crate::i18n::Arg;
use crate::secret;
use crate::staff::{
    self, Account, ConsoleSession, MAX_PASSWORD_BYTES, Role, SESSION_IDLE, SignIn, TOKEN_BYTES,
};

pub(super) const SESSION_COOKIE: &str = "madoguchi_session";
/// The sign-in form's own CSRF token, before there is a session (double submit).
const SIGNIN_COOKIE: &str = "madoguchi_signin";
/// The header the console's script sends on the refreshes it makes by itself.
pub(super) const AUTO_REFRESH: &str = "x-madoguchi-refresh";
/// Seconds a sign-in form stays good.
const SIGNIN_FORM_SECONDS: i64 = 600;

/// A cookie's value from the request's `Cookie` headers.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The server speaks plain HTTP; behind the city's TLS proxy, which says so with
/// `X-Forwarded-Proto: https`, its cookies are marked Secure.
fn over_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        // A chain of proxies lists the client's side first.
        .and_then(|v| v.split(',').next())
        .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"))
}

fn set_cookie(
    headers: &HeaderMap,
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<i64>,
) -> String {
    let mut cookie = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Strict");
    if let Some(seconds) = max_age {
        cookie.push_str(&format!("; Max-Age={seconds}"));
    }
    if over_https(headers) {
        cookie.push_str("; Secure");
    }
    cookie
}

fn see_other(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to.to_owned())]).into_response()
}

/// A signed-in clerk, from the session cookie; anyone else is sent to sign in (a page) or
/// refused with 401 (a form or a script).
pub(super) struct Clerk {
    /// The digest of the session's cookie, as the store knows the session.
    pub digest: String,
    pub session: ConsoleSession,
    pub account: Account,
}

impl Clerk {
    /// Refuses a form whose CSRF token is not this session's.
    pub fn check_csrf(&self, given: &str) -> Result<(), Failure> {
        if secret::same(given, &self.session.csrf) {
            Ok(())
        } else {
            Err(Failure::Forbidden(
                "this form has expired or did not come from the console; reload the page".into(),
            ))
        }
    }
}

impl FromRequestParts<Arc<Shared>> for Clerk {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, Failure> {
        // A page the browser navigates to is sent to sign in; the console's own requests
        // (fetch) get 401, so the script goes to /signin instead of drawing its form inside.
        let navigating = parts
            .headers
            .get("sec-fetch-mode")
            .and_then(|v| v.to_str().ok())
            .is_none_or(|m| m == "navigate");
        let page =
            parts.method == Method::GET && navigating && !parts.headers.contains_key(AUTO_REFRESH);
        let refused = || Failure::SignInFirst { page };
        // The console's own refreshes say so; they do not keep an unattended desk signed in.
        let active = !parts.headers.contains_key(AUTO_REFRESH);
        let token = cookie(&parts.headers, SESSION_COOKIE)
            .filter(|t| secret::is_token(t, TOKEN_BYTES))
            .ok_or_else(refused)?;
        let digest = secret::digest(token);
        let looked_up = digest.clone();
        let found = shared
            .read(move |store, _, now| {
                let Some(session) = store.resume_session(&looked_up, now, SESSION_IDLE, active)?
                else {
                    return Ok(None);
                };
                Ok(store.account(&session.name)?.map(|a| (session, a)))
            })
            .await?;
        let (session, account) = found.ok_or_else(refused)?;
        Ok(Clerk {
            digest,
            session,
            account,
        })
    }
}

/// An integration, by the `Authorization: Bearer` token `madoguchi staff token` made.
pub(super) struct ApiClerk(pub Account);

impl FromRequestParts<Arc<Shared>> for ApiClerk {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, Failure> {
        let Ok(Peer(address)) = Peer::from_request_parts(parts, shared).await;
        if let Err(retry_after) = shared.api_limit.take(address, std::time::Instant::now()) {
            return Err(Failure::SlowDown {
                why: format!(
                    "too many API calls from this address; wait {} s (server.api_per_minute)",
                    retry_after.as_secs().max(1)
                ),
                retry_after,
            });
        }
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| secret::is_token(t, TOKEN_BYTES))
            .ok_or(Failure::BadToken)?;
        let digest = secret::digest(token);
        let account = shared
            .read(move |store, _, _| store.account_by_api_token(&digest))
            .await?
            .ok_or(Failure::BadToken)?;
        // A token without an expiry was made before tokens had one: it works until renewed.
        match account.api_token_expires {
            Some(expires) if expires <= shared.clock.now() => Err(Failure::TokenExpired {
                name: account.name,
                on: expires,
            }),
            _ => Ok(ApiClerk(account)),
        }
    }
}

/// Why an administrator's page or API call is refused to a clerk.
fn admins_only(name: &str) -> Failure {
    Failure::Forbidden(format!(
        "{name} is a clerk; this is for administrators. City IT gives the role with `madoguchi staff role {name} admin`"
    ))
}

/// A signed-in administrator: a clerk's console is refused with 403.
pub(super) struct Admin(pub Clerk);

impl FromRequestParts<Arc<Shared>> for Admin {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, Failure> {
        let clerk = Clerk::from_request_parts(parts, shared).await?;
        if clerk.account.role == Role::Admin {
            Ok(Admin(clerk))
        } else {
            Err(admins_only(&clerk.account.name))
        }
    }
}

/// An integration with an administrator's API token: a clerk's token is refused with 403.
pub(super) struct ApiAdmin(pub Account);

impl FromRequestParts<Arc<Shared>> for ApiAdmin {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, shared: &Arc<Shared>) -> Result<Self, Failure> {
        let ApiClerk(account) = ApiClerk::from_request_parts(parts, shared).await?;
        if account.role == Role::Admin {
            Ok(ApiAdmin(account))
        } else {
            Err(admins_only(&account.name))
        }
    }
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SignInPage {
    w: Words,
    csrf: String,
    /// Why the last try failed, as HTML.
    message: Option<String>,
}

fn signin_page(
    shared: &Shared,
    headers: &HeaderMap,
    message: Option<(&str, &[(&str, Arg)])>,
) -> Response {
    let status = if message.is_some() {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    signin_page_as(shared, headers, status, message)
}

fn signin_page_as(
    shared: &Shared,
    headers: &HeaderMap,
    status: StatusCode,
    message: Option<(&str, &[(&str, Arg)])>,
) -> Response {
    let nonce = match secret::token(TOKEN_BYTES) {
        Ok(n) => n,
        Err(e) => return Failure::Broken(e).into_response(),
    };
    let w = Words::new(&shared.config);
    let page = SignInPage {
        message: message.map(|(key, args)| w.with(key, args)),
        w,
        csrf: nonce.clone(),
    };
    let cookie = set_cookie(
        headers,
        SIGNIN_COOKIE,
        &nonce,
        "/signin",
        Some(SIGNIN_FORM_SECONDS),
    );
    match render(&page) {
        Ok(html) => (status, [(SET_COOKIE, cookie)], html).into_response(),
        Err(f) => f.into_response(),
    }
}

pub(super) async fn signin_form(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    signin_page(&shared, &headers, None)
}

/// The sign-in form as posted. No `Debug`: it holds a password.
#[derive(Deserialize)]
pub(super) struct SignInForm {
    name: String,
    password: Zeroizing<String>,
    csrf: String,
}

pub(super) async fn signin(
    State(shared): State<Arc<Shared>>,
    Peer(address): Peer,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Result<Response, Failure> {
    // Counted before anything is checked: a script trying names from one machine is held
    // back, and the clerk at it is told until when.
    if let Err(wait) = shared.signin_limit.take(address, std::time::Instant::now()) {
        let until = shared.clock.now() + chrono::Duration::seconds(wait.as_secs().max(1) as i64);
        let time = [("time", Arg::Text(until.format("%H:%M:%S").to_string()))];
        let mut page = signin_page_as(
            &shared,
            &headers,
            StatusCode::TOO_MANY_REQUESTS,
            Some(("signin-too-many", &time)),
        );
        if let Ok(value) = wait.as_secs().max(1).to_string().parse() {
            page.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        return Ok(page);
    }
    let expected = cookie(&headers, SIGNIN_COOKIE).unwrap_or_default();
    if expected.is_empty() || !secret::same(&form.csrf, expected) {
        return Err(Failure::Forbidden(
            "the sign-in form has expired; open /signin again".into(),
        ));
    }
    // Refused before anything is looked up, the same for every name.
    if staff::check_name(&form.name).is_err() || form.password.len() > MAX_PASSWORD_BYTES {
        return Ok(signin_page(
            &shared,
            &headers,
            Some(("signin-refused", &[])),
        ));
    }
    let SignInForm { name, password, .. } = form;
    // Sato, SATO and ｓａｔｏ are one name: one turn, one lock for an unknown one.
    let key = staff::name_key(&name);
    // One sign-in per name at a time, so each reads the lock the one before it left; and
    // a bounded queue of Argon2id checks, never run while holding the store, so a flood of
    // sign-ins cannot stall the console or the display.
    let _turn = shared.lockout.turn(&key).await.map_err(|_| {
        Failure::Busy("many sign-ins are waiting; try again in a few seconds".into())
    })?;
    let account = shared
        .read(move |store, _, _| crate::tickets::account_named(store, &name))
        .await?;
    // From here on, the member's name as the store keeps it.
    let name = account.as_ref().map_or(key, |a| a.name.clone());
    let who = name.clone();
    let now = shared.clock.now();
    let lock_before = match &account {
        Some(account) => account.lock,
        None => shared.lockout.unknown_lock(&name),
    };
    // A locked name is answered without checking its password: a guess made while locked
    // is never tried, whatever the answer says.
    let checked = lock_before.locked_at(now).is_none();
    let verified = if checked {
        let against = account.clone();
        tokio::task::spawn_blocking(move || staff::verify(against.as_ref(), &password))
            .await
            .map_err(|_| Failure::Broken("the password check stopped".into()))?
    } else {
        false
    };
    let token = secret::token(TOKEN_BYTES).map_err(Failure::Broken)?;
    let csrf = secret::token(TOKEN_BYTES).map_err(Failure::Broken)?;
    let digest = secret::digest(&token);
    // What the audit trail says: a checked password is "wrong" even when it locks the name.
    let outcome = move |answer: &SignIn| match answer {
        SignIn::Welcome => "ok",
        _ if checked && !verified => "wrong name or password",
        _ => "locked",
    };
    let answer = match account {
        Some(_) => {
            shared
                .read(move |store, _, now| {
                    let answer = if checked {
                        // Decided against the row as it is now, in one transaction: a lock
                        // set meanwhile (by another server) stays.
                        let lock = store
                            .settle_sign_in(&name, verified, now)?
                            .unwrap_or(lock_before);
                        staff::answer(lock, verified, now)
                    } else {
                        staff::answer(lock_before, false, now)
                    };
                    if answer == SignIn::Welcome {
                        store.open_session(
                            &digest,
                            &ConsoleSession {
                                name: name.clone(),
                                seat: None,
                                csrf,
                                last_seen: now,
                            },
                        )?;
                    }
                    store.record_action(
                        now,
                        &format!("console sign-in {name}"),
                        outcome(&answer),
                    )?;
                    Ok(answer)
                })
                .await?
        }
        None => {
            // Counted here, in this server's memory, so an unknown name locks as a known
            // one does; its name is not written down (it may be a password typed into the
            // wrong field).
            let lock = if checked {
                shared.lockout.unknown_tried(&name, now)
            } else {
                lock_before
            };
            let answer = staff::answer(lock, false, now);
            let said = outcome(&answer);
            shared
                .read(move |store, _, now| {
                    store.record_action(now, "console sign-in (unknown name)", said)
                })
                .await?;
            answer
        }
    };
    Ok(match answer {
        SignIn::Welcome => {
            // The name only: never the password or the cookie.
            tracing::info!("{who} signed in to the counter console");
            let mut response = see_other("/counter");
            let headers_out = response.headers_mut();
            for cookie in [
                set_cookie(&headers, SESSION_COOKIE, &token, "/", None),
                set_cookie(&headers, SIGNIN_COOKIE, "", "/signin", Some(0)),
            ] {
                if let Ok(value) = cookie.parse() {
                    headers_out.append(SET_COOKIE, value);
                }
            }
            response
        }
        SignIn::Refused => signin_page(&shared, &headers, Some(("signin-refused", &[]))),
        SignIn::Locked(until) => {
            let time = [("time", Arg::Text(until.format("%H:%M").to_string()))];
            signin_page(&shared, &headers, Some(("signin-locked", &time)))
        }
    })
}

#[derive(Deserialize)]
pub(super) struct CsrfForm {
    csrf: String,
}

pub(super) async fn signout(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    clerk: Clerk,
    Form(form): Form<CsrfForm>,
) -> Result<Response, Failure> {
    clerk.check_csrf(&form.csrf)?;
    let name = clerk.account.name.clone();
    shared
        .read(move |store, _, now| {
            store.end_session(&clerk.digest)?;
            store.record_action(now, &format!("console sign-out {name}"), "ok")
        })
        .await?;
    let mut response = see_other("/signin");
    if let Ok(value) = set_cookie(&headers, SESSION_COOKIE, "", "/", Some(0)).parse() {
        response.headers_mut().append(SET_COOKIE, value);
    }
    Ok(response)
}
