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
/** How long a cmi5 request may take, and the longest wait between tries (ms). */
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
  if (['not attempted', ''].includes(get('cmi.core.lesson_status'))) {
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  }
  let last = null;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    // The learner may come back: the LMS keeps suspend_data for the next launch.
    api.LMSSetValue('cmi.core.exit', last?.completed ? '' : 'suspend');
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
      api.LMSSetValue('cmi.suspend_data', report.suspend);
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(report.score));
      api.LMSSetValue('cmi.core.lesson_status', report.completed ? 'completed' : 'incomplete');
      api.LMSSetValue('cmi.core.session_time', report.session_time);
      api.LMSCommit('');
    },
  };
}

// ---- cmi5 ---------------------------------------------------------------------------------

async function timedFetch(url, options) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT);
  try {
    return await fetch(url, { ...options, signal: controller.signal, redirect: 'error', credentials: 'omit' });
  } finally {
    clearTimeout(timer);
  }
}

async function cmi5() {
  const query = new URLSearchParams(location.search);
  const [endpoint, fetchUrl, actor, registration, activityId] =
    ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((name) => query.get(name) ?? '');
  if (!endpoint || !fetchUrl) return null;
  // The token may be fetched once per launch: a reload of the same launch URL is refused by
  // the LMS, so the token is kept for this tab.
  const tokenKey = `bytebridge.cmi5.token.${registration}.${fetchUrl}`;
  let token = sessionStorageGet(tokenKey);
  if (!token) {
    const response = await timedFetch(fetchUrl, { method: 'POST' });
    const body = await response.json();
    token = response.ok ? body['auth-token'] : null;
    if (!token) throw new Error(`fetch URL: ${response.status} ${body['error-text'] ?? ''}`);
    sessionStorageSet(tokenKey, token);
  }
  const base = endpoint.endsWith('/') ? endpoint : endpoint + '/';
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION };
  // LMS.LaunchData (cmi5 section 10): the context template and launch mode. An LRS without
  // the State API answers 404; the game then uses no template and the Normal mode.
  let launchData = null;
  try {
    const state = new URL('activities/state', base);
    state.search = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId, agent: actor, registration }).toString();
    const response = await timedFetch(state, { headers });
    if (response.ok) launchData = await response.json();
  } catch (error) {
    console.warn('Byte Bridge: no LMS.LaunchData', error);
  }
  const queue = [];
  let closing = [];
  let sending = false;
  let wait = 1000;
  const send = async () => {
    if (sending || !queue.length) return;
    sending = true;
    try {
      while (queue.length) {
        const batch = queue.slice(0, 50);
        let response;
        try {
          response = await timedFetch(new URL('statements', base), {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify(batch),
          });
        } catch {
          response = null; // offline or unreachable: try again later
        }
        // 409: the LRS has one of these ids already (sent before a reload): each goes again
        // by itself, with an idempotent PUT.
        if (response?.status === 409 && batch.length > 1) {
          for (const statement of batch) {
            const one = new URL('statements', base);
            one.search = new URLSearchParams({ statementId: statement.id }).toString();
            const answer = await timedFetch(one, {
              method: 'PUT',
              headers: { ...headers, 'Content-Type': 'application/json' },
              body: JSON.stringify(statement),
            }).catch(() => null);
            if (!answer || answer.status >= 500) { response = answer; break; }
            queue.splice(queue.indexOf(statement), 1);
          }
          if (!response || response.status >= 500) { setTimeout(send, wait); wait = Math.min(wait * 2, MAX_WAIT); break; }
          continue;
        }
        if (response && (response.ok || response.status === 409)) {
          queue.splice(0, batch.length);
          wait = 1000;
          continue;
        }
        if (response && response.status < 500 && response.status !== 429) {
          console.warn('Byte Bridge: the LRS refused statements', response.status);
          queue.splice(0, batch.length);
          continue;
        }
        setTimeout(send, wait);
        wait = Math.min(wait * 2, MAX_WAIT);
        break;
      }
    } finally {
      sending = false;
    }
  };
  addEventListener('online', send);
  let terminated = false;
  addEventListener('pagehide', () => {
    if (terminated) return;
    terminated = true;
    const last = [...queue, ...closing.map((s) => ({ ...s, timestamp: new Date().toISOString() }))];
    if (!last.length) return;
    // keepalive: the request outlives the page.
    fetch(new URL('statements', base), {
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(last),
    }).catch(() => {});
  });
  return {
    learner: null, // the game takes the learner from the checked launch
    saved: '',
    connected: true,
    launch: { endpoint: base, actor, registration, activityId, launchData },
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
  const xapi = window.xAPI;
  if (!xapi || typeof xapi.sendStatement !== 'function') {
    // Run outside Kolibri (or an old Kolibri): the game keeps its stars in the page's storage.
    return null;
  }
  let learner = null;
  try {
    learner = JSON.stringify(await xapi.getAgent());
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
