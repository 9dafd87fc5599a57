// The game inside a school's platform: only the packages load this (their index.html names
// the platform in `<script type="application/json" id="package">{"kind": …}</script>`; the
// build writes it, tools/xtask). Before the game starts it finds the platform and the
// learner, and it hands the platform what the game reports after each attempt (the reports
// and statements are made by the game: src/game/package.rs, src/core/package.rs):
//
// - scorm12: the SCORM 1.2 API (`window.API`, in a parent frame or the opener) from
//   LMSInitialize to LMSFinish: the learner's id, suspend_data both ways, lesson_status,
//   score, session_time, LMSCommit after each report.
// - cmi5: the launch URL's endpoint, fetch, actor, registration and activityId; the one-time
//   token from the fetch URL; LMS.LaunchData from the LRS's State API when it has one; then
//   statements POSTed to the LRS (kept and tried again while it cannot be reached), and
//   `terminated` when the page goes.
// - kolibri: Kolibri's bridge (`window.xAPI`, hashi) when Kolibri offers it: statements go to
//   it, and the game's storage is the one Kolibri gives each learner.
//
// Hand-written rather than a SCORM or xAPI wrapper package: it makes a dozen calls, and the
// wrappers (scorm-again, TinCanJS) are LMS-side or larger than the game's own glue.

const SCORM_SEARCH_DEPTH = 7; // as ADL's API discovery algorithm does
const XAPI_VERSION = '1.0.3';
/** How long a request (or Kolibri's bridge) may take, and the longest wait between tries (ms). */
const REQUEST_TIMEOUT = 30_000;
const MAX_WAIT = 60_000;

/** The platform this page was built for, from its data block. */
export function kind() {
  try {
    return JSON.parse(document.getElementById('package')?.textContent ?? 'null')?.kind ?? null;
  } catch {
    return null;
  }
}

/**
 * Connects to the platform and sets `window.byteBridgePackage` for the game (src/web/package.rs):
 * `{ kind, learner, saved, connected, launch, report(json) }`. Never throws: a platform that
 * cannot be reached leaves `connected` false, and the game plays on and says so.
 */
export async function connect() {
  const name = kind();
  let platform;
  try {
    platform = name === 'scorm12' ? scorm() : name === 'cmi5' ? await cmi5() : name === 'kolibri' ? await kolibri() : null;
  } catch (error) {
    console.warn('Byte Bridge: the platform could not be reached', error);
  }
  platform ??= { learner: null, saved: '', connected: false, launch: null, report() {} };
  window.byteBridgePackage = {
    kind: name,
    learner: platform.learner,
    saved: platform.saved,
    connected: platform.connected,
    launch: platform.launch,
    report(json) {
      try {
        platform.report(JSON.parse(json));
      } catch (error) {
        console.warn('Byte Bridge: the platform refused a report', error);
      }
    },
  };
  return window.byteBridgePackage;
}

// ---- SCORM 1.2 --------------------------------------------------------------------------

function findScorm(start) {
  let win = start;
  for (let depth = 0; win && depth <= SCORM_SEARCH_DEPTH; depth++) {
    try {
      if (win.API && typeof win.API.LMSInitialize === 'function') return win.API;
    } catch { /* another origin's frame: not ours to read */ }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

function scorm() {
  const api = findScorm(window) ?? (window.opener ? findScorm(window.opener) : null);
  if (!api || String(api.LMSInitialize('')) !== 'true') return null;
  const get = (element) => String(api.LMSGetValue(element) ?? '');
  const learner = get('cmi.core.student_id') || null;
  const saved = get('cmi.suspend_data');
  const status = get('cmi.core.lesson_status');
  if (['not attempted', ''].includes(status)) {
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  }
  // Completed stays completed (a later version's larger map must not undo it).
  let completed = ['completed', 'passed'].includes(status);
  let last = null;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    // Always "suspend": the LMS keeps suspend_data for the next launch (an empty exit may
    // start a new attempt without it, also after completion).
    api.LMSSetValue('cmi.core.exit', 'suspend');
    if (last) api.LMSSetValue('cmi.core.session_time', last.session_time);
    api.LMSCommit('');
    api.LMSFinish('');
  };
  addEventListener('pagehide', finish);
  return {
    learner,
    saved,
    connected: true,
    launch: null,
    report(report) {
      if (finished) return;
      last = report;
      completed ||= report.completed;
      // None while the LMS's copy could not be read: it is left as it is.
      if (typeof report.suspend === 'string') api.LMSSetValue('cmi.suspend_data', report.suspend);
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(report.score));
      api.LMSSetValue('cmi.core.lesson_status', completed ? 'completed' : 'incomplete');
      api.LMSSetValue('cmi.core.session_time', report.session_time);
      api.LMSCommit('');
    },
  };
}

// ---- cmi5 ---------------------------------------------------------------------------------

/** `work(signal)` with a deadline: the request and reading its answer both count. */
async function timed(work) {
  const controller = new AbortController();
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error('timed out'));
    }, REQUEST_TIMEOUT);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A request to the LMS or its record store: its status and JSON body (null when none). */
function request(url, options = {}) {
  return timed(async (signal) => {
    const response = await fetch(url, { ...options, signal, redirect: 'error', credentials: 'omit' });
    let body = null;
    try {
      body = await response.json();
    } catch { /* no JSON body */ }
    return { status: response.status, ok: response.ok, body };
  });
}

/** Statements as JSON bodies no larger than a keepalive request may carry (64 KiB in all). */
function keepaliveBodies(statements) {
  const bodies = [];
  let batch = [];
  for (const statement of statements) {
    if (batch.length && JSON.stringify([...batch, statement]).length > 30_000) {
      bodies.push(JSON.stringify(batch));
      batch = [];
    }
    batch.push(statement);
  }
  if (batch.length) bodies.push(JSON.stringify(batch));
  return bodies;
}

async function cmi5() {
  const query = new URLSearchParams(location.search);
  const [endpoint, fetchUrl, actor, registration, activityId] =
    ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((name) => query.get(name) ?? '');
  if (!endpoint || !fetchUrl) return null;
  // The token may be fetched once per launch: a reload of the same launch URL is refused by
  // the LMS, so the token is kept for this tab, until the session is terminated.
  const launchKey = `bytebridge.cmi5.${registration}.${fetchUrl}`;
  if (sessionStorageGet(`${launchKey}.terminated`)) {
    // This launch's session has ended: the LMS refuses its statements now. The learner opens
    // the game again from the course.
    throw new Error('this launch has ended; open Byte Bridge again from the course');
  }
  let token = sessionStorageGet(`${launchKey}.token`);
  if (!token) {
    const answer = await request(fetchUrl, { method: 'POST' });
    token = answer.ok ? answer.body?.['auth-token'] : null;
    if (typeof token !== 'string' || !token) {
      throw new Error(`fetch URL: ${answer.status} ${answer.body?.['error-text'] ?? ''}`);
    }
    sessionStorageSet(`${launchKey}.token`, token);
  }
  const base = endpoint.endsWith('/') ? endpoint : endpoint + '/';
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION };
  const json = { ...headers, 'Content-Type': 'application/json' };
  const url = (path, params) => {
    const target = new URL(path, base);
    if (params) target.search = new URLSearchParams(params).toString();
    return target;
  };
  // LMS.LaunchData (cmi5 section 10): the context template and launch mode. An LRS without
  // the State API answers 404; the game then uses no template and sends no `completed`.
  let launchData = null;
  try {
    const answer = await request(url('activities/state', { stateId: 'LMS.LaunchData', activityId, agent: actor, registration }), { headers });
    if (answer.ok) launchData = answer.body;
  } catch (error) {
    console.warn('Byte Bridge: no LMS.LaunchData', error);
  }
  // One `completed` per registration: has the store one already (from another device)?
  let completed = false;
  try {
    const answer = await request(url('statements', {
      verb: 'http://adlnet.gov/expapi/verbs/completed', activity: activityId, agent: actor, registration, limit: '1',
    }), { headers });
    completed = answer.ok && Array.isArray(answer.body?.statements) && answer.body.statements.length > 0;
  } catch { /* asked again never: at worst the store holds two */ }

  const queue = [];
  let inFlight = [];
  let closing = [];
  let sending = false;
  let stopped = false;
  let wait = 1000;
  const retry = () => {
    setTimeout(send, wait);
    wait = Math.min(wait * 2, MAX_WAIT);
  };
  // Sends what waits, 50 at a time; the store's answer decides what goes from the queue.
  async function send() {
    if (sending || stopped || !queue.length) return;
    sending = true;
    try {
      while (queue.length && !stopped) {
        inFlight = queue.slice(0, 50);
        const answer = await request(url('statements'), { method: 'POST', headers: json, body: JSON.stringify(inFlight) })
          .catch(() => null); // offline or unreachable: try again later
        const status = answer?.status ?? 0;
        if (answer?.ok || (status === 409 && inFlight.length === 1)) {
          queue.splice(0, inFlight.length);
          wait = 1000;
        } else if (status === 409) {
          // The store has one of these ids already (sent before a reload): each goes again
          // by itself, with an idempotent PUT.
          for (const statement of inFlight) {
            const one = await request(url('statements', { statementId: statement.id }), {
              method: 'PUT', headers: json, body: JSON.stringify(statement),
            }).catch(() => null);
            if (!one || one.status >= 500 || one.status === 429 || one.status === 401 || one.status === 403) break;
            queue.splice(queue.indexOf(statement), 1);
          }
          if (queue.length && queue[0] === inFlight[0]) { retry(); break; }
        } else if (status === 401 || status === 403) {
          // The session's token no longer counts: keep everything, stop, and say why.
          stopped = true;
          console.warn('Byte Bridge: the LRS refused the launch token', status);
        } else if (status === 0 || status >= 500 || status === 429) {
          retry();
          break;
        } else {
          console.warn('Byte Bridge: the LRS refused statements', status, answer?.body);
          queue.splice(0, inFlight.length);
        }
      }
    } finally {
      inFlight = [];
      sending = false;
    }
  }
  addEventListener('online', send);
  // A tablet often never fires pagehide: what waits goes as soon as the page is hidden.
  addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') send(); });
  let terminated = false;
  addEventListener('pagehide', () => {
    if (terminated) return;
    terminated = true;
    sessionStorageSet(`${launchKey}.terminated`, '1');
    // keepalive: the requests outlive the page. `terminated` goes by itself, so a refusal
    // of anything else cannot take it along; what is on its way already is not sent twice.
    const waiting = queue.filter((s) => !inFlight.includes(s));
    const last = closing.map((s) => ({ ...s, timestamp: new Date().toISOString() }));
    for (const body of [...keepaliveBodies(waiting), ...keepaliveBodies(last)]) {
      fetch(url('statements'), { method: 'POST', keepalive: true, credentials: 'omit', headers: json, body }).catch(() => {});
    }
  });
  return {
    learner: null, // the game takes the learner from the checked launch
    saved: '',
    connected: true,
    launch: { endpoint: base, actor, registration, activityId, launchData, completed },
    report(report) {
      if (terminated) return;
      queue.push(...report.statements);
      closing = report.closing;
      send();
    },
  };
}

function sessionStorageGet(key) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function sessionStorageSet(key, value) {
  try {
    sessionStorage.setItem(key, value);
  } catch { /* a sandboxed frame: the token lasts as long as the page */ }
}

// ---- Kolibri ------------------------------------------------------------------------------

async function kolibri() {
  // Kolibri may give the frame its bridge only once the frame has loaded: wait for that
  // (scripts and fetches the game starts do not hold the load event back).
  if (!window.xAPI && document.readyState !== 'complete') {
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const xapi = window.xAPI;
  if (!xapi || typeof xapi.sendStatement !== 'function') {
    // Run outside Kolibri (or an old Kolibri): the game keeps its stars in the page's storage.
    return null;
  }
  let learner = null;
  try {
    learner = JSON.stringify(await timed(() => Promise.resolve(xapi.getAgent())));
  } catch { /* one learner on this device, then */ }
  return {
    learner,
    saved: '',
    connected: true,
    launch: null,
    report(report) {
      for (const statement of report.statements) {
        Promise.resolve(xapi.sendStatement(statement)).catch((error) => console.warn('Byte Bridge: Kolibri refused', error));
      }
    },
  };
}
