//! Live sync from the teacher page to a learning record store (an xAPI 1.0.3 LRS).
//!
//! The teacher (or a school's admin) enters the store's endpoint, key and secret on the
//! teacher page; they stay in that browser (its own storage key, never in the class data, a
//! link or a pupil's tablet). The class book's statements then go to the store by themselves.
//!
//! The outbox keeps no copy of a statement: the class book makes them anew (their ids are
//! stable, `core::export::xapi`), and the outbox remembers which ids the store has
//! acknowledged (`sent`) or refused (`refused`). Whatever else the book holds is waiting.
//! So a reload, a killed tab or the same file imported twice never loses a statement, and
//! never sends one the store has acknowledged; a request whose answer was lost goes again,
//! and the store keeps each id once (xAPI: it does not store a statement whose id it holds).
//!
//! The state machine ([`Outbox::next`] / [`Outbox::answer`]), the page only doing the fetch
//! and the timer:
//! - statements go in batches of [`BATCH`] (one `POST`);
//! - 2xx: the batch is stored (an LRS answers 204 when it already had identical statements);
//! - no answer (offline), 408, 429 or 5xx for one statement: wait and try again, the wait
//!   doubling from [`FIRST_WAIT_MS`] to [`MAX_WAIT_MS`], with jitter so a school's tablets
//!   and pages do not all come back at once; while statements go one at a time, the one that
//!   failed goes to the back of the line, so it holds back no other;
//! - 400, 409, 413 or 5xx for a batch: the batch goes again one statement at a time (`PUT`
//!   with its id, idempotent), so one statement the store will not take (409: it holds a
//!   different statement with that id) cannot hold back the rest, and a store that fails on
//!   one statement of a batch with a server error still gets the others; a single statement
//!   refused with 400, 409 or 413 is set aside and counted, never sent again;
//! - 401 or 403: stop and say why (the key is wrong, or it may not write) until the
//!   teacher changes the settings or asks to try again; any other answer (404, a redirect,
//!   which the page does not follow) stops too: the address is not a record store's.

use crate::core::class::book::LoadProblem;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;

/// The version of the stored outbox.
pub const VERSION: u32 = 1;
/// Statements in one `POST`: small enough for any LRS's request limit (a statement is about
/// 1 KB, docs/scale.md), large enough that a class's term goes in a few dozen requests.
pub const BATCH: usize = 50;
/// The first wait after a failure; it doubles up to [`MAX_WAIT_MS`].
pub const FIRST_WAIT_MS: u64 = 2_000;
pub const MAX_WAIT_MS: u64 = 300_000;
/// Limits on what the teacher types.
pub const MAX_ENDPOINT: usize = 500;
pub const MAX_KEY: usize = 500;

/// Where the statements go and the credentials for it (HTTP Basic, as xAPI's spec requires
/// every LRS to accept).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Store {
    /// The xAPI endpoint, ending in `/` (`https://lrs.example.org/xAPI/`).
    pub endpoint: String,
    pub key: String,
    pub secret: String,
}

/// Why the entered store settings were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// No address.
    NoAddress,
    /// Not a web address, or one with a query or fragment.
    NotAnAddress,
    /// `http:` to another machine: the secret would travel unencrypted.
    NotSecure,
    /// A name and password inside the address.
    CredentialsInAddress,
    /// No key or no secret.
    NoKey,
    /// A key with `:` (HTTP Basic cannot carry it) or a control character.
    BadKey,
    /// Longer than [`MAX_ENDPOINT`] / [`MAX_KEY`].
    TooLong,
}

impl StoreError {
    /// Every error (the texts' completeness test asks each for its message).
    pub const ALL: [StoreError; 7] = [
        StoreError::NoAddress,
        StoreError::NotAnAddress,
        StoreError::NotSecure,
        StoreError::CredentialsInAddress,
        StoreError::NoKey,
        StoreError::BadKey,
        StoreError::TooLong,
    ];

    /// The message id (teacher.ftl).
    pub fn message(self) -> &'static str {
        match self {
            StoreError::NoAddress => "teacher-lrs-error-no-address",
            StoreError::NotAnAddress => "teacher-lrs-error-address",
            StoreError::NotSecure => "teacher-lrs-error-insecure",
            StoreError::CredentialsInAddress => "teacher-lrs-error-credentials-in-address",
            StoreError::NoKey => "teacher-lrs-error-no-key",
            StoreError::BadKey => "teacher-lrs-error-bad-key",
            StoreError::TooLong => "teacher-lrs-error-too-long",
        }
    }
}

impl Store {
    /// The settings as the teacher typed them, checked; the endpoint gets its final `/`.
    pub fn new(endpoint: &str, key: &str, secret: &str) -> Result<Store, StoreError> {
        let endpoint = endpoint.trim();
        if endpoint.is_empty() {
            return Err(StoreError::NoAddress);
        }
        if endpoint.len() > MAX_ENDPOINT || key.len() > MAX_KEY || secret.len() > MAX_KEY {
            return Err(StoreError::TooLong);
        }
        let url = url::Url::parse(endpoint).map_err(|_| StoreError::NotAnAddress)?;
        if url.query().is_some() || url.fragment().is_some() || url.cannot_be_a_base() {
            return Err(StoreError::NotAnAddress);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(StoreError::CredentialsInAddress);
        }
        // The teacher page's Content-Security-Policy allows these two for plain http.
        let local = matches!(url.host_str(), Some("localhost" | "127.0.0.1"));
        match url.scheme() {
            "https" => {}
            "http" if local => {}
            "http" => return Err(StoreError::NotSecure),
            _ => return Err(StoreError::NotAnAddress),
        }
        let key = key.trim();
        if key.is_empty() || secret.is_empty() {
            return Err(StoreError::NoKey);
        }
        if key.contains(':') || key.chars().chain(secret.chars()).any(char::is_control) {
            return Err(StoreError::BadKey);
        }
        let mut endpoint = url.to_string();
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        Ok(Store { endpoint, key: key.to_owned(), secret: secret.to_owned() })
    }

    /// The `Authorization` header's value.
    pub fn authorization(&self) -> String {
        let pair = format!("{}:{}", self.key, self.secret);
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair.as_bytes()))
    }

    /// The web origin of the endpoint (what the page may connect to).
    pub fn origin(&self) -> String {
        url::Url::parse(&self.endpoint).map(|u| u.origin().ascii_serialization()).unwrap_or_default()
    }
}

/// Why sending stopped until the teacher acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// 401: the store does not know this key and secret.
    Key,
    /// 403: the key may not write statements.
    Forbidden,
    /// Any other answer that is no xAPI answer (404, 405, a redirect…).
    NotAStore(u16),
}

/// Why the outbox is waiting to try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trouble {
    /// No answer: offline, the store is down or the browser refused the request.
    NoAnswer,
    /// The store answered with this status (408, 429 or 5xx).
    Status(u16),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum State {
    #[default]
    Ready,
    Waiting {
        until: u64,
        trouble: Trouble,
    },
    Stopped(Stop),
}

/// What the page should do now.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// No store is set.
    Off,
    /// Everything the book holds is in the store (or refused).
    Done,
    /// Send this, then call [`Outbox::answer`].
    Send(Request),
    /// Call [`Outbox::next`] again in `ms` milliseconds.
    Wait { ms: u64, trouble: Trouble },
    /// Stopped until the settings change or the teacher asks to try again.
    Stopped(Stop),
}

/// One request to the store.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// `POST` (a batch) or `PUT` (one statement, by its id).
    pub method: &'static str,
    pub url: String,
    /// Header names and values.
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
    /// The statements' ids, in order.
    pub ids: Vec<String>,
}

/// What became of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The store answered with this HTTP status.
    Status(u16),
    /// No answer (network error, timeout, CORS refusal).
    NoAnswer,
}

/// How far sending has come, for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Statements the book holds that the store has not acknowledged.
    pub waiting: usize,
    /// Statements the book holds that the store has.
    pub sent: usize,
    /// Statements the store refused (set aside).
    pub refused: usize,
}

/// The teacher's store settings and what has been sent to it. Stored under its own key in
/// the teacher's browser.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outbox {
    version: u32,
    /// The store, if the teacher set one.
    pub store: Option<Store>,
    /// Ids the store acknowledged.
    #[serde(default)]
    sent: BTreeSet<String>,
    /// Ids the store refused (400, 409, 413 for the statement on its own).
    #[serde(default)]
    refused: BTreeSet<String>,
    #[serde(skip)]
    state: State,
    /// Consecutive failures (for the wait).
    #[serde(skip)]
    failures: u32,
    /// Ids of a batch the store did not take whole, to send one at a time.
    #[serde(skip)]
    careful: Vec<String>,
}

/// A statement's id (every statement the book makes has one).
fn id_of(statement: &Value) -> Option<&str> {
    statement.get("id").and_then(Value::as_str)
}

impl Outbox {
    /// Reads what the page stored (`None`: nothing yet). Data that cannot be read gives an
    /// empty outbox and the problem (the teacher enters the settings again; statements the
    /// store already has are sent again and it keeps each once).
    pub fn load(stored: Option<&str>) -> (Outbox, Option<LoadProblem>) {
        let empty = Outbox { version: VERSION, ..Outbox::default() };
        let Some(text) = stored else { return (empty, None) };
        let version = serde_json::from_str::<Value>(text).ok().and_then(|v| v.get("version").and_then(Value::as_u64));
        match version {
            Some(v) if v > u64::from(VERSION) => (empty, Some(LoadProblem::Newer)),
            Some(_) => match serde_json::from_str::<Outbox>(text) {
                // A store whose settings no longer pass the checks is dropped, not used.
                Ok(outbox) => {
                    let store = outbox.store.and_then(|s| Store::new(&s.endpoint, &s.key, &s.secret).ok());
                    (Outbox { version: VERSION, store, ..outbox }, None)
                }
                Err(_) => (empty, Some(LoadProblem::Damaged)),
            },
            None => (empty, Some(LoadProblem::Damaged)),
        }
    }

    /// The text to store.
    pub fn save(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Sets the store. Another address or another key starts afresh: everything goes to the
    /// new store (behind one address, each key may have a store of its own). A new secret
    /// for the same key keeps what was sent.
    pub fn set_store(&mut self, store: Store) {
        if self.store.as_ref().map(|s| (&s.endpoint, &s.key)) != Some((&store.endpoint, &store.key)) {
            self.sent.clear();
            self.refused.clear();
        }
        self.store = Some(store);
        self.careful.clear();
        self.retry_now();
    }

    /// Forgets the store, its credentials and what was sent to it.
    pub fn forget_store(&mut self) {
        *self = Outbox { version: VERSION, ..Outbox::default() };
    }

    /// Ends a wait or a stop: the next [`Outbox::next`] sends.
    pub fn retry_now(&mut self) {
        self.state = State::Ready;
        self.failures = 0;
    }

    /// Forgets ids that are no longer in the book (a pupil forgotten, the class cleared), so
    /// the outbox stays as small as the book.
    pub fn prune(&mut self, all: &[Value]) {
        let known: BTreeSet<&str> = all.iter().filter_map(id_of).collect();
        self.sent.retain(|id| known.contains(id.as_str()));
        self.refused.retain(|id| known.contains(id.as_str()));
    }

    fn is_pending(&self, id: &str) -> bool {
        !self.sent.contains(id) && !self.refused.contains(id)
    }

    /// How far sending has come for the book's statements `all`.
    pub fn summary(&self, all: &[Value]) -> Summary {
        let mut summary = Summary { waiting: 0, sent: 0, refused: 0 };
        for id in all.iter().filter_map(id_of) {
            if self.sent.contains(id) {
                summary.sent += 1;
            } else if self.refused.contains(id) {
                summary.refused += 1;
            } else {
                summary.waiting += 1;
            }
        }
        summary
    }

    /// What to do now with the book's statements `all` (oldest first) at `now` (ms).
    pub fn next(&mut self, all: &[Value], now: u64) -> Step {
        let Some(store) = &self.store else { return Step::Off };
        match self.state {
            State::Stopped(stop) => return Step::Stopped(stop),
            State::Waiting { until, trouble } if now < until => return Step::Wait { ms: until - now, trouble },
            _ => {}
        }
        let headers = vec![
            ("Authorization", store.authorization()),
            ("X-Experience-API-Version", crate::core::export::xapi::VERSION.to_owned()),
            ("Content-Type", "application/json".to_owned()),
        ];
        let statements = format!("{}statements", store.endpoint);
        // One at a time while a batch the store did not take whole is being sent (only ids
        // still waiting in the book).
        let careful: Vec<String> = self
            .careful
            .iter()
            .filter(|id| self.is_pending(id) && all.iter().any(|s| id_of(s) == Some(id.as_str())))
            .cloned()
            .collect();
        self.careful = careful;
        if let Some(id) = self.careful.first()
            && let Some(statement) = all.iter().find(|s| id_of(s) == Some(id.as_str()))
        {
            return Step::Send(Request {
                method: "PUT",
                url: format!("{statements}?statementId={id}"),
                headers,
                body: statement.to_string(),
                ids: vec![id.clone()],
            });
        }
        self.careful.clear();
        let batch: Vec<&Value> =
            all.iter().filter(|s| id_of(s).is_some_and(|id| self.is_pending(id))).take(BATCH).collect();
        if batch.is_empty() {
            return Step::Done;
        }
        let ids = batch.iter().filter_map(|s| id_of(s)).map(str::to_owned).collect();
        let body = serde_json::to_string(&batch).unwrap_or_else(|_| "[]".to_owned());
        Step::Send(Request { method: "POST", url: statements, headers, body, ids })
    }

    /// Takes the answer to `request` at `now`; `jitter` (0 to 1, random) spreads the waits.
    pub fn answer(&mut self, request: &Request, answer: Answer, now: u64, jitter: f64) {
        let batch = request.ids.len() > 1;
        let trouble = match answer {
            Answer::Status(200..=299) => {
                self.sent.extend(request.ids.iter().cloned());
                self.failures = 0;
                self.state = State::Ready;
                return;
            }
            Answer::Status(401) => return self.state = State::Stopped(Stop::Key),
            Answer::Status(403) => return self.state = State::Stopped(Stop::Forbidden),
            Answer::Status(400 | 409 | 413 | 500..=599) if batch => {
                self.careful = request.ids.clone();
                self.state = State::Ready;
                return;
            }
            Answer::Status(400 | 409 | 413) => {
                self.refused.extend(request.ids.iter().cloned());
                self.failures = 0;
                self.state = State::Ready;
                return;
            }
            Answer::Status(status @ (408 | 429 | 500..=599)) => Trouble::Status(status),
            Answer::Status(status) => return self.state = State::Stopped(Stop::NotAStore(status)),
            Answer::NoAnswer => Trouble::NoAnswer,
        };
        // One at a time, the statement that failed goes last: it holds back no other.
        if self.careful.first().is_some_and(|id| request.ids == [id.clone()]) {
            self.careful.rotate_left(1);
        }
        self.failures = self.failures.saturating_add(1);
        self.state = State::Waiting { until: now + wait_ms(self.failures, jitter), trouble };
    }
}

/// The wait after `failures` failures in a row: doubling from [`FIRST_WAIT_MS`], at most
/// [`MAX_WAIT_MS`], between half and all of that (`jitter` 0 to 1).
pub fn wait_ms(failures: u32, jitter: f64) -> u64 {
    let full = FIRST_WAIT_MS.saturating_mul(1 << failures.clamp(1, 16).saturating_sub(1)).min(MAX_WAIT_MS);
    let jitter = if jitter.is_finite() { jitter.clamp(0.0, 1.0) } else { 0.5 };
    full / 2 + (full as f64 / 2.0 * jitter) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn statement(n: usize) -> Value {
        json!({ "id": format!("00000000-0000-4000-8000-{n:012}"), "verb": { "id": "x" } })
    }

    fn book(n: usize) -> Vec<Value> {
        (0..n).map(statement).collect()
    }

    fn outbox() -> Outbox {
        let mut outbox = Outbox::load(None).0;
        outbox.set_store(Store::new("https://lrs.example.org/xAPI", "teacher", "secret").unwrap());
        outbox
    }

    fn send(outbox: &mut Outbox, all: &[Value], now: u64) -> Request {
        match outbox.next(all, now) {
            Step::Send(request) => request,
            other => panic!("expected a request, got {other:?}"),
        }
    }

    #[test]
    fn settings_are_checked_and_the_endpoint_gets_its_slash() {
        let store = Store::new(" https://lrs.example.org/xAPI ", "key", "s3cret").unwrap();
        assert_eq!(store.endpoint, "https://lrs.example.org/xAPI/");
        assert_eq!(store.origin(), "https://lrs.example.org");
        // "key:s3cret" in base64.
        assert_eq!(store.authorization(), "Basic a2V5OnMzY3JldA==");
        assert!(Store::new("http://127.0.0.1:8100/xAPI/", "k", "s").is_ok());
        assert!(Store::new("http://localhost/xAPI/", "k", "s").is_ok());
        let refused = [
            ("", "k", "s", StoreError::NoAddress),
            ("lrs.example.org", "k", "s", StoreError::NotAnAddress),
            ("ftp://lrs.example.org/", "k", "s", StoreError::NotAnAddress),
            ("https://lrs.example.org/xAPI/?a=1", "k", "s", StoreError::NotAnAddress),
            ("http://lrs.example.org/xAPI/", "k", "s", StoreError::NotSecure),
            ("https://me:pw@lrs.example.org/", "k", "s", StoreError::CredentialsInAddress),
            ("https://lrs.example.org/", "", "s", StoreError::NoKey),
            ("https://lrs.example.org/", "k", "", StoreError::NoKey),
            ("https://lrs.example.org/", "a:b", "s", StoreError::BadKey),
            ("https://lrs.example.org/", "k", "s\n", StoreError::BadKey),
        ];
        for (endpoint, key, secret, error) in refused {
            assert_eq!(Store::new(endpoint, key, secret), Err(error), "{endpoint:?} {key:?} {secret:?}");
        }
        let long = format!("https://lrs.example.org/{}", "a".repeat(MAX_ENDPOINT));
        assert_eq!(Store::new(&long, "k", "s"), Err(StoreError::TooLong));
    }

    #[test]
    fn statements_go_in_batches_and_each_is_sent_once() {
        let mut outbox = outbox();
        let all = book(BATCH + 10);
        let first = send(&mut outbox, &all, 0);
        assert_eq!(first.method, "POST");
        assert_eq!(first.url, "https://lrs.example.org/xAPI/statements");
        assert_eq!(first.ids.len(), BATCH);
        assert!(first.headers.contains(&("X-Experience-API-Version", "1.0.3".to_owned())));
        let body: Vec<Value> = serde_json::from_str(&first.body).unwrap();
        assert_eq!(body, all[..BATCH]);
        outbox.answer(&first, Answer::Status(200), 0, 0.5);
        let second = send(&mut outbox, &all, 0);
        assert_eq!(second.ids.len(), 10);
        assert_eq!(second.ids[0], id_of(&all[BATCH]).unwrap());
        outbox.answer(&second, Answer::Status(204), 0, 0.5);
        assert_eq!(outbox.next(&all, 0), Step::Done);
        assert_eq!(outbox.summary(&all), Summary { waiting: 0, sent: BATCH + 10, refused: 0 });

        // Saved and read back (a reload): nothing goes again, and a new statement does.
        let (mut again, problem) = Outbox::load(Some(&outbox.save()));
        assert_eq!(problem, None);
        assert_eq!(again.next(&all, 0), Step::Done);
        let more = book(BATCH + 11);
        assert_eq!(send(&mut again, &more, 0).ids, vec![id_of(&more[BATCH + 10]).unwrap().to_owned()]);
    }

    #[test]
    fn no_answer_waits_longer_each_time_and_keeps_the_batch() {
        let mut outbox = outbox();
        let all = book(3);
        let request = send(&mut outbox, &all, 1_000);
        outbox.answer(&request, Answer::NoAnswer, 1_000, 1.0);
        assert_eq!(outbox.next(&all, 1_500), Step::Wait { ms: 1_500, trouble: Trouble::NoAnswer });
        assert_eq!(send(&mut outbox, &all, 3_000), request);
        outbox.answer(&request, Answer::Status(503), 3_000, 1.0);
        assert_eq!(outbox.next(&all, 3_000), Step::Send(request.clone()).into_careful_first(&all));
        // One at a time now; a 503 for one statement waits 2 s, then 4 s, 8 s…
        let one = send(&mut outbox, &all, 3_000);
        outbox.answer(&one, Answer::Status(503), 3_000, 1.0);
        assert_eq!(outbox.next(&all, 3_000), Step::Wait { ms: 4_000, trouble: Trouble::Status(503) });
        // The one that failed goes last: the others do not wait behind it.
        let second = send(&mut outbox, &all, 7_000);
        assert_eq!((second.method, second.ids.clone()), ("PUT", vec![id_of(&all[1]).unwrap().to_owned()]));
        outbox.answer(&second, Answer::Status(204), 7_000, 1.0);
        let third = send(&mut outbox, &all, 7_000);
        assert_eq!(third.ids, vec![id_of(&all[2]).unwrap().to_owned()]);
        outbox.answer(&third, Answer::Status(204), 7_000, 1.0);
        assert_eq!(send(&mut outbox, &all, 7_000), one);
        outbox.answer(&one, Answer::Status(204), 7_000, 1.0);
        assert_eq!(outbox.next(&all, 7_000), Step::Done);
    }

    impl Step {
        /// The first statement of a careful (one at a time) pass over this step's batch.
        fn into_careful_first(self, all: &[Value]) -> Step {
            let Step::Send(batch) = self else { return self };
            let id = &batch.ids[0];
            let statement = all.iter().find(|s| id_of(s) == Some(id.as_str())).unwrap();
            Step::Send(Request {
                method: "PUT",
                url: format!("{}?statementId={id}", batch.url),
                headers: batch.headers,
                body: statement.to_string(),
                ids: vec![id.clone()],
            })
        }
    }

    #[test]
    fn waits_double_up_to_five_minutes_with_jitter() {
        assert_eq!(wait_ms(1, 1.0), 2_000);
        assert_eq!(wait_ms(1, 0.0), 1_000);
        assert_eq!(wait_ms(2, 1.0), 4_000);
        assert_eq!(wait_ms(3, 1.0), 8_000);
        assert_eq!(wait_ms(20, 1.0), MAX_WAIT_MS);
        assert_eq!(wait_ms(u32::MAX, f64::NAN), MAX_WAIT_MS / 2 + MAX_WAIT_MS / 4);
    }

    #[test]
    fn a_conflict_in_a_batch_sets_aside_only_that_statement() {
        let mut outbox = outbox();
        let all = book(4);
        let batch = send(&mut outbox, &all, 0);
        outbox.answer(&batch, Answer::Status(409), 0, 0.5);
        for n in 0..4 {
            let one = send(&mut outbox, &all, 0);
            assert_eq!(one.method, "PUT");
            assert_eq!(one.ids, vec![id_of(&all[n]).unwrap().to_owned()]);
            assert!(one.url.ends_with(&format!("statements?statementId={}", one.ids[0])));
            assert_eq!(serde_json::from_str::<Value>(&one.body).unwrap(), all[n]);
            outbox.answer(&one, Answer::Status(if n == 2 { 409 } else { 204 }), 0, 0.5);
        }
        assert_eq!(outbox.next(&all, 0), Step::Done);
        assert_eq!(outbox.summary(&all), Summary { waiting: 0, sent: 3, refused: 1 });
    }

    #[test]
    fn a_bad_key_or_a_wrong_address_stops_until_the_teacher_acts() {
        for (status, stop) in [(401, Stop::Key), (403, Stop::Forbidden), (404, Stop::NotAStore(404))] {
            let mut outbox = outbox();
            let all = book(2);
            let request = send(&mut outbox, &all, 0);
            outbox.answer(&request, Answer::Status(status), 0, 0.5);
            assert_eq!(outbox.next(&all, 10_000_000), Step::Stopped(stop));
            assert_eq!(outbox.summary(&all).waiting, 2);
            outbox.retry_now();
            assert_eq!(send(&mut outbox, &all, 0), request);
        }
    }

    #[test]
    fn a_new_address_starts_afresh_and_forgetting_leaves_nothing() {
        let mut outbox = outbox();
        let all = book(2);
        let request = send(&mut outbox, &all, 0);
        outbox.answer(&request, Answer::Status(200), 0, 0.5);
        // The same store with a new secret keeps what it has; another key may be another
        // store behind the same address.
        outbox.set_store(Store::new("https://lrs.example.org/xAPI/", "teacher", "new").unwrap());
        assert_eq!(outbox.next(&all, 0), Step::Done);
        outbox.set_store(Store::new("https://lrs.example.org/xAPI/", "school-2", "new").unwrap());
        let again = send(&mut outbox, &all, 0);
        assert_eq!(again.ids.len(), 2);
        outbox.answer(&again, Answer::Status(200), 0, 0.5);
        outbox.set_store(Store::new("https://other.example.org/xAPI/", "teacher", "new").unwrap());
        assert_eq!(send(&mut outbox, &all, 0).ids.len(), 2);
        outbox.forget_store();
        assert_eq!(outbox.next(&all, 0), Step::Off);
        assert!(!outbox.save().contains("new"), "{}", outbox.save());
    }

    #[test]
    fn a_forgotten_pupils_statement_leaves_the_one_at_a_time_line() {
        let mut outbox = outbox();
        let all = book(3);
        let batch = send(&mut outbox, &all, 0);
        outbox.answer(&batch, Answer::Status(409), 0, 0.5);
        // The first pupil is forgotten: the rest still go one at a time.
        let rest = &all[1..];
        let one = send(&mut outbox, rest, 0);
        assert_eq!((one.method, one.ids.clone()), ("PUT", vec![id_of(&all[1]).unwrap().to_owned()]));
    }

    #[test]
    fn ids_of_forgotten_pupils_are_pruned() {
        let mut outbox = outbox();
        let all = book(3);
        let request = send(&mut outbox, &all, 0);
        outbox.answer(&request, Answer::Status(200), 0, 0.5);
        outbox.prune(&all[..1]);
        assert_eq!(outbox.summary(&all), Summary { waiting: 2, sent: 1, refused: 0 });
    }

    #[test]
    fn damaged_newer_and_doctored_stored_outboxes_are_read_safely() {
        assert_eq!(Outbox::load(Some("{")).1, Some(LoadProblem::Damaged));
        assert_eq!(Outbox::load(Some("{\"version\":1,\"sent\":5}")).1, Some(LoadProblem::Damaged));
        assert_eq!(Outbox::load(Some("{\"version\":99}")).1, Some(LoadProblem::Newer));
        // Settings that no longer pass the checks are not used.
        let doctored = r#"{"version":1,"store":{"endpoint":"http://lrs.example.org/","key":"k","secret":"s"},"sent":[],"refused":[]}"#;
        let (outbox, problem) = Outbox::load(Some(doctored));
        assert_eq!((outbox.store, problem), (None, None));
    }
}
