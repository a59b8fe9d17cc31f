//! The HTTP side of sharing: the page and its words, the room as JSON, the
//! event stream and the remote control, with every request bounded. It reads the room
//! only from the watch channel the app publishes to, and reaches the app
//! only through the intents channel and the waker, so neither side ever
//! waits on the other.

use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Extension, State};
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::stream;
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Deserialize;
use tokio::sync::{oneshot, watch};

use super::Limits;
use super::limiter::RateLimiter;
use super::page;
use super::pin::{Lockout, Pin, Verdict};
use super::stall::StallGuard;
use crate::room::server_millis;
use crate::session::Intent;
use crate::session::clock::SharedClock;

/// Something the server calls to have the app look at it again: a viewer
/// came or went, or an intent is waiting.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Something that sees every request whole; tests use it to prove what
/// phones never send.
pub type Observer = Arc<dyn Fn(&SeenRequest) + Send + Sync>;

/// A request as it arrived.
#[derive(Debug, Clone)]
pub struct SeenRequest {
    /// Its method, e.g. `POST`.
    pub method: String,
    /// Its path and query.
    pub uri: String,
    /// Its headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// Its body.
    pub body: Vec<u8>,
}

/// What every request handler reads.
pub(super) struct Shared {
    pub feed: watch::Receiver<Arc<str>>,
    pub guide: watch::Receiver<Arc<str>>,
    pub observer: Option<Observer>,
    pub clock: SharedClock,
    pub epoch: Instant,
    pub pin: Pin,
    pub lockout: Mutex<Lockout>,
    pub intents: Mutex<mpsc::Sender<Intent>>,
    pub waker: Waker,
    pub viewers: Arc<AtomicUsize>,
    pub connections: Arc<AtomicUsize>,
    pub limits: Limits,
    /// The ballot open as last published: its round and how many acts.
    pub ballot: Mutex<Option<(usize, usize)>>,
    pub votes: Mutex<mpsc::Sender<Vote>>,
    pub vote_limiter: Mutex<RateLimiter>,
}

/// A phone's vote, checked for shape, on its way to the app's tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    /// The device's random token.
    pub token: String,
    /// The round, from 1.
    pub round: usize,
    /// Yes or no per act.
    pub reached: Vec<bool>,
}

impl Shared {
    fn now_ms(&self) -> u64 {
        server_millis(self.epoch, self.clock.now())
    }
}

/// The peer's address, put on each request by the connection it came on.
#[derive(Debug, Clone, Copy)]
struct Peer(IpAddr);

/// Serves on `listener` until `stop` fires or is dropped.
pub(super) async fn serve(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    mut stop: oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let router = routes(Arc::clone(&shared));
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            // Out of file descriptors, or a connection reset before it was
            // accepted: wait a moment rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let Some(slot) = Slot::take(&shared.connections, shared.limits.max_connections) else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let limits = shared.limits;
        let observer = shared.observer.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let io = TokioIo::new(StallGuard::new(stream, limits.write_stall));
            let service =
                hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
                    let (mut router, observer) = (router.clone(), observer.clone());
                    async move {
                        let mut request = request.map(Body::new);
                        request.extensions_mut().insert(Peer(peer.ip()));
                        if let Some(observer) = observer {
                            request = match observed(request, &observer, limits.max_body).await {
                                Ok(request) => request,
                                Err(response) => return Ok(response),
                            };
                        }
                        tower_service::Service::call(&mut router, request).await
                    }
                });
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(limits.max_header_bytes)
                .max_headers(limits.max_headers)
                .serve_connection(io, service)
                .await;
        });
    }
}

/// Shows `request` whole to `observer` and hands it on, its body read into
/// memory (bounded as the handlers bound it).
async fn observed(
    request: Request<Body>,
    observer: &Observer,
    max_body: usize,
) -> Result<Request<Body>, Response> {
    let (head, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, max_body).await else {
        return Err(plain(
            StatusCode::PAYLOAD_TOO_LARGE,
            "The body is too large.\n",
        ));
    };
    observer(&SeenRequest {
        method: head.method.to_string(),
        uri: head.uri.to_string(),
        headers: head
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_string(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: bytes.to_vec(),
    });
    Ok(Request::from_parts(head, Body::from(bytes)))
}

fn routes(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(|| async { page::respond(page::PAGE) }))
        .route("/phone.js", get(|| async { page::respond(page::SCRIPT) }))
        .route("/phone.css", get(|| async { page::respond(page::STYLE) }))
        .route(
            "/worksheet.js",
            get(|| async { page::respond(page::WORKSHEET) }),
        )
        .route("/api/guide", get(guide))
        .route(
            "/api/words",
            get(|| async { json(super::words::json().to_string()) }),
        )
        .route("/api/room", get(room))
        .route("/api/time", get(time))
        .route("/api/events", get(events))
        .route("/api/control", post(control))
        .route("/api/tally", post(tally))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(shared.limits.max_body))
        .with_state(shared)
}

async fn not_found(method: Method) -> Response {
    let status = if method == Method::GET || method == Method::HEAD {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::METHOD_NOT_ALLOWED
    };
    plain(status, "Only the room is served here.\n")
}

/// `GET /api/room`: the latest feed and the server's time now.
async fn room(State(shared): State<Arc<Shared>>) -> Response {
    let feed = Arc::clone(&shared.feed.borrow());
    json(format!(
        "{{\"now_ms\":{},\"feed\":{feed}}}",
        shared.now_ms()
    ))
}

/// `GET /api/guide`: the worksheet's fields, hints, acts and reflection
/// questions for the format in use; nobody's answers.
async fn guide(State(shared): State<Arc<Shared>>) -> Response {
    json(shared.guide.borrow().to_string())
}

/// `GET /api/time`: the server's clock alone, for the page's round trips.
async fn time(State(shared): State<Arc<Shared>>) -> Response {
    json(format!("{{\"now_ms\":{}}}", shared.now_ms()))
}

/// `GET /api/events`: the feed now and at every change, and a heartbeat
/// so a page notices a silent drop.
async fn events(State(shared): State<Arc<Shared>>) -> Response {
    let Some(slot) = Slot::take(&shared.viewers, shared.limits.max_viewers) else {
        let mut response = plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "The room has as many viewers as it can take.\n",
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        return response;
    };
    (shared.waker)();
    let viewer = Viewer {
        slot: Some(slot),
        shared: Arc::clone(&shared),
    };
    let mut feed = shared.feed.clone();
    feed.mark_changed();
    let mut heartbeat = tokio::time::interval(shared.limits.heartbeat);
    heartbeat.reset();
    let first = true;
    let updates = stream::unfold(
        (viewer, feed, heartbeat, first),
        |(viewer, mut feed, mut heartbeat, first)| async move {
            let event = tokio::select! {
                changed = feed.changed() => {
                    changed.ok()?;
                    let json = Arc::clone(&feed.borrow_and_update());
                    let event = Event::default().event("room").data(&*json);
                    // Reconnect quickly after a drop; browsers wait 3 s or more.
                    if first { event.retry(Duration::from_millis(1000)) } else { event }
                }
                _ = heartbeat.tick() => Event::default()
                    .event("heartbeat")
                    .data(format!("{{\"now_ms\":{}}}", viewer.shared.now_ms())),
            };
            Some((Ok::<_, Infallible>(event), (viewer, feed, heartbeat, false)))
        },
    );
    no_store(Sse::new(updates).into_response())
}

/// One open event stream; the app hears when it comes and goes.
struct Viewer {
    slot: Option<Slot>,
    shared: Arc<Shared>,
}

impl Drop for Viewer {
    fn drop(&mut self) {
        drop(self.slot.take());
        (self.shared.waker)();
    }
}

/// What `POST /api/control` takes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ControlRequest {
    pin: String,
    intent: RemoteIntent,
}

/// The intents a phone may send: the keyboard's clock keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemoteIntent {
    /// Only checks the PIN.
    Check,
    /// Space.
    StartOrPause,
    /// →.
    Next,
    /// ←.
    Previous,
    /// R.
    Restart,
    /// +.
    AddMinute,
    /// −.
    RemoveMinute,
}

impl RemoteIntent {
    /// Its name in `POST /api/control`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Check => "check",
            Self::StartOrPause => "start_or_pause",
            Self::Next => "next",
            Self::Previous => "previous",
            Self::Restart => "restart",
            Self::AddMinute => "add_minute",
            Self::RemoveMinute => "remove_minute",
        }
    }

    fn intent(self) -> Option<Intent> {
        Some(match self {
            Self::Check => return None,
            Self::StartOrPause => Intent::StartOrPause,
            Self::Next => Intent::Next,
            Self::Previous => Intent::Previous,
            Self::Restart => Intent::Restart,
            Self::AddMinute => Intent::AddMinute,
            Self::RemoveMinute => Intent::RemoveMinute,
        })
    }
}

async fn control(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(from)): Extension<Peer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(refused) = unless_json(&headers) {
        return refused;
    }
    let request: ControlRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(error) => {
            return plain(
                StatusCode::BAD_REQUEST,
                &format!(
                    "Expected {{\"pin\": \"123456\", \"intent\": \"next\"}} \
                     (intents: check, start_or_pause, next, previous, restart, \
                     add_minute, remove_minute): {error}\n"
                ),
            );
        }
    };
    let verdict = shared
        .lockout
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .check(&shared.pin, &request.pin, from, shared.clock.now());
    match verdict {
        Verdict::Accepted => {}
        Verdict::Refused => return plain(StatusCode::UNAUTHORIZED, "Wrong PIN.\n"),
        Verdict::LockedOut(wait) => {
            return too_many(
                wait,
                "Too many wrong PINs from this device; wait a minute.\n",
            );
        }
    }
    if let Some(intent) = request.intent.intent() {
        let sent = shared
            .intents
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(intent);
        if sent.is_err() {
            return plain(StatusCode::SERVICE_UNAVAILABLE, "The app is closing.\n");
        }
        (shared.waker)();
    }
    no_store(StatusCode::NO_CONTENT.into_response())
}

/// What `POST /api/tally` takes: a device's token, the round and one
/// yes or no per act; nothing else.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TallyRequest {
    token: String,
    round: usize,
    reached: Vec<bool>,
}

async fn tally(
    State(shared): State<Arc<Shared>>,
    Extension(Peer(from)): Extension<Peer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(refused) = unless_json(&headers) {
        return refused;
    }
    let limited = shared
        .vote_limiter
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .admit(from, shared.clock.now());
    if let Err(wait) = limited {
        return too_many(wait, "Too many votes from this device; wait a moment.\n");
    }
    let vote: TallyRequest = match serde_json::from_slice(&body) {
        Ok(vote) => vote,
        Err(error) => {
            return plain(
                StatusCode::BAD_REQUEST,
                &format!(
                    "Expected {{\"token\": \"16 to 64 letters or digits\", \"round\": 1, \
                     \"reached\": [true, false, ...]}}: {error}\n"
                ),
            );
        }
    };
    if !crate::room::tally::is_token(&vote.token) {
        return plain(
            StatusCode::BAD_REQUEST,
            "The token must be 16 to 64 letters, digits, - or _.\n",
        );
    }
    let open = *shared.ballot.lock().unwrap_or_else(PoisonError::into_inner);
    let Some((round, acts)) = open else {
        return plain(StatusCode::CONFLICT, "No tally is open now.\n");
    };
    if vote.round != round {
        return plain(
            StatusCode::CONFLICT,
            &format!("Round {} is open, not round {}.\n", round, vote.round),
        );
    }
    if vote.reached.len() != acts {
        return plain(
            StatusCode::BAD_REQUEST,
            &format!("Expected {acts} answers, one per act.\n"),
        );
    }
    let sent = shared
        .votes
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .send(Vote {
            token: vote.token,
            round: vote.round,
            reached: vote.reached,
        });
    if sent.is_err() {
        return plain(StatusCode::SERVICE_UNAVAILABLE, "The app is closing.\n");
    }
    (shared.waker)();
    no_store(StatusCode::NO_CONTENT.into_response())
}

/// 415 unless the body is JSON. A page on another site may post a form or
/// plain text to this address without asking, but JSON needs a preflight
/// this server never grants.
fn unless_json(headers: &HeaderMap) -> Option<Response> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/json"));
    (!json).then(|| {
        plain(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Send it as Content-Type: application/json.\n",
        )
    })
}

/// 429 with how long to wait.
fn too_many(wait: Duration, text: &str) -> Response {
    let mut response = plain(StatusCode::TOO_MANY_REQUESTS, text);
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    if let Ok(value) = HeaderValue::from_str(&secs.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn json(body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    no_store(response)
}

fn plain(status: StatusCode, text: &str) -> Response {
    let mut response = (status, text.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    no_store(response)
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A place counted against a limit, given back when dropped.
pub(super) struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(counter: &Arc<AtomicUsize>, limit: usize) -> Option<Self> {
        counter
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |taken| {
                (taken < limit).then_some(taken + 1)
            })
            .ok()
            .map(|_| Self(Arc::clone(counter)))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}
