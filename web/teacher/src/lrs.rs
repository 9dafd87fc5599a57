//! The record store's settings and outbox for the page (API.md, "Send to a record store"):
//! `byte_bridge::core::class::lrs` with translated texts. The page does the fetch and the
//! timer; every decision is the core's.

use crate::Teacher;
use byte_bridge::core::class::book::LoadProblem;
use byte_bridge::core::class::lrs::{Answer, Outbox, Step, Stop, Store, Trouble};
use byte_bridge::core::i18n::Arg;
use serde_json::{Map, Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

/// The store's settings and what was sent to it, from `localStorage['bytebridge.teacher.lrs']`.
#[wasm_bindgen]
pub struct Lrs {
    outbox: Outbox,
    problem: Option<LoadProblem>,
    /// Settings a newer version saved: stored back unchanged (this page sends nothing).
    newer: Option<String>,
    /// The request in flight, for `answer`.
    sending: Option<byte_bridge::core::class::lrs::Request>,
}

#[wasm_bindgen]
impl Lrs {
    #[wasm_bindgen(constructor)]
    pub fn new(stored: Option<String>) -> Lrs {
        let (outbox, problem) = Outbox::load(stored.as_deref());
        let newer = (problem == Some(LoadProblem::Newer)).then_some(stored).flatten();
        Lrs { outbox, problem, newer, sending: None }
    }

    /// A message when the stored settings could not be read (shown once).
    pub fn notice(&self, teacher: &Teacher) -> Option<String> {
        self.problem.map(|p| {
            teacher.loc.text(match p {
                LoadProblem::Damaged => "teacher-lrs-load-damaged",
                LoadProblem::Newer => "teacher-lrs-load-newer",
            })
        })
    }

    /// What to store.
    pub fn save(&self) -> String {
        self.newer.clone().unwrap_or_else(|| self.outbox.save())
    }

    /// `{ "endpoint": "…", "key": "…", "origin": "…" }` or `null`: the secret never comes back.
    pub fn settings(&self) -> String {
        match &self.outbox.store {
            Some(store) => {
                json!({ "endpoint": store.endpoint, "key": store.key, "origin": store.origin() }).to_string()
            }
            None => "null".to_owned(),
        }
    }

    /// Sets the store from what the teacher typed: `{ "ok": true }` or `{ "ok": false,
    /// "message": "…" }`. An empty secret keeps the one set before for the same address and key.
    pub fn set(&mut self, teacher: &Teacher, endpoint: &str, key: &str, secret: &str) -> String {
        if self.newer.is_some() {
            return json!({ "ok": false, "message": teacher.loc.text("teacher-lrs-load-newer") }).to_string();
        }
        let kept = self.outbox.store.as_ref().filter(|_| secret.is_empty());
        let secret = kept
            .filter(|s| {
                Store::new(endpoint, key, &s.secret).is_ok_and(|new| new.endpoint == s.endpoint && new.key == s.key)
            })
            .map_or(secret, |s| s.secret.as_str())
            .to_owned();
        match Store::new(endpoint, key, &secret) {
            Ok(store) => {
                self.outbox.set_store(store);
                self.sending = None;
                json!({ "ok": true }).to_string()
            }
            Err(error) => json!({ "ok": false, "message": teacher.loc.text(error.message()) }).to_string(),
        }
    }

    /// Forgets the store, its key and secret, and what was sent to it.
    pub fn forget(&mut self) {
        if self.newer.is_none() {
            self.outbox.forget_store();
            self.sending = None;
        }
    }

    /// Ends a wait or a stop.
    pub fn retry(&mut self) {
        self.outbox.retry_now();
    }

    /// What to do now (API.md): `{ "step": "off" | "done" | "send" | "wait" | "stopped",
    /// "request": { "method", "url", "headers": {…}, "body" } (send), "ms" (wait),
    /// "waiting", "sent", "refused", "message" }`.
    pub fn next(&mut self, teacher: &Teacher, now_ms: f64) -> String {
        // Without a store the book's statements are not even made.
        let all = if self.outbox.store.is_some() { teacher.statements() } else { Default::default() };
        self.outbox.prune(&all);
        let step = self.outbox.next(&all, crate::ms(now_ms));
        let summary = self.outbox.summary(&all);
        let loc = &teacher.loc;
        let count = |n: usize| Arg::Number(n as f64);
        let waiting = ("waiting", count(summary.waiting));
        let mut out = Map::new();
        let (name, message) = match &step {
            Step::Off => ("off", loc.text("teacher-lrs-off")),
            Step::Done if summary.sent == 0 => ("done", loc.text("teacher-lrs-empty")),
            Step::Done => ("done", loc.text_with("teacher-lrs-done", &[("sent", count(summary.sent))])),
            Step::Send(request) => {
                let headers: Map<String, Value> =
                    request.headers.iter().map(|(k, v)| ((*k).to_owned(), Value::String(v.clone()))).collect();
                out.insert(
                    "request".into(),
                    json!({ "method": request.method, "url": request.url, "headers": headers, "body": request.body }),
                );
                self.sending = Some(request.clone());
                ("send", loc.text_with("teacher-lrs-sending", &[waiting]))
            }
            Step::Wait { ms, trouble } => {
                out.insert("ms".into(), json!(ms));
                let seconds = ("seconds", Arg::Number(ms.div_ceil(1000) as f64));
                let message = match trouble {
                    Trouble::NoAnswer => loc.text_with("teacher-lrs-waiting-offline", &[waiting, seconds]),
                    Trouble::Status(status) => loc.text_with(
                        "teacher-lrs-waiting-error",
                        &[waiting, seconds, ("status", Arg::Text(status.to_string()))],
                    ),
                };
                ("wait", message)
            }
            Step::Stopped(stop) => {
                let message = match stop {
                    Stop::Key => loc.text("teacher-lrs-stopped-key"),
                    Stop::Forbidden => loc.text("teacher-lrs-stopped-forbidden"),
                    Stop::NotAStore(status) => {
                        loc.text_with("teacher-lrs-stopped-address", &[("status", Arg::Text(status.to_string()))])
                    }
                };
                ("stopped", message)
            }
        };
        out.insert("step".into(), json!(name));
        out.insert("message".into(), json!(message));
        out.insert("waiting".into(), json!(summary.waiting));
        out.insert("sent".into(), json!(summary.sent));
        out.insert("refused".into(), json!(summary.refused));
        if summary.refused > 0 {
            out.insert(
                "refused_message".into(),
                json!(loc.text_with("teacher-lrs-refused", &[("refused", count(summary.refused))])),
            );
        }
        Value::Object(out).to_string()
    }

    /// The answer to the request `next` gave: its HTTP status, or 0 when none came.
    /// `jitter` is a random number from 0 to 1.
    pub fn answer(&mut self, status: u16, now_ms: f64, jitter: f64) {
        let Some(request) = self.sending.take() else { return };
        let answer = if status == 0 { Answer::NoAnswer } else { Answer::Status(status) };
        self.outbox.answer(&request, answer, crate::ms(now_ms), jitter);
    }
}
