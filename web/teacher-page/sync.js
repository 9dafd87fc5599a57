// "Send to a record store": the learning record store's settings, and the runner of its
// outbox. Every decision (what goes next, what an answer means, how long to wait) is the
// Rust module's (API.md, "Send to a record store"; core::class::lrs); this file only does
// the fetch, the timer and the storage. The key and secret stay in this browser: no link,
// file or QR code for the tablets carries them.
import { html, nothing } from './lit.js';
import { ui, api, outbox, t, parse, action, update, saveLrs, openLrs, failed } from './state.js';
import { field, byId, focusOn } from './widgets.js';

/** A store that has not answered in this long counts as not reachable (then: wait, retry). */
const TIMEOUT_MS = 30_000;
/** The Web Lock the page's tabs take turns with. */
const LOCK = 'bytebridge-lrs';

let timer = null;
let running = false;
let again = false;

/**
 * Sends what is waiting until everything is in, a wait or a stop. Only one tab of this page
 * sends at a time (a Web Lock where the browser has them); a tab that gets the lock after
 * another first reads what that one stored, so it does not send its statements again.
 */
export function send() {
  if (running) {
    again = true;
    return;
  }
  clearTimeout(timer);
  timer = null;
  running = true;
  const run = async () => {
    try {
      openLrs();
      await pump();
    } finally {
      running = false;
      if (again) {
        again = false;
        send();
      }
    }
  };
  const done = navigator.locks?.request ? navigator.locks.request(LOCK, run) : run();
  done.catch((error) => {
    running = false; // the lock was refused before `run` ran: the next change tries again
    failed(error);
  });
}

async function pump() {
  for (;;) {
    const step = parse(outbox().next(api(), Date.now()));
    ui.lrsStep = step;
    update();
    if (step?.step === 'wait') {
      timer = setTimeout(send, step.ms);
      return;
    }
    if (step?.step !== 'send') return;
    const status = await request(step.request);
    outbox().answer(status, Date.now(), Math.random());
    saveLrs();
  }
}

/** The store's HTTP status for one request, or 0 when it did not answer. */
async function request({ method, url, headers, body }) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method, headers, body, signal: controller.signal,
      // No cookies, no referrer, no cached answer. A redirect is not followed (it could carry
      // the key elsewhere): it is an answer no record store gives, and sending stops.
      credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'manual', mode: 'cors',
    });
    return response.type === 'opaqueredirect' ? 302 : response.status;
  } catch {
    return 0;
  } finally {
    clearTimeout(timeout);
  }
}

// Back online: what waits goes now, not at the end of its wait.
addEventListener('online', () => {
  if (ui.lrsStep?.step === 'wait' && outbox()) {
    outbox().retry();
    send();
  }
});

export function syncSection() {
  const settings = parse(outbox().settings());
  const step = ui.lrsStep;
  return html`
    <h2 id="lrs-title">${t('teacher-lrs-title')}</h2>
    <p class="intro">${t('teacher-lrs-intro')}</p>
    <form id="lrs-form" class="lrs-form" novalidate @submit=${action((event) => {
      event.preventDefault();
      ui.lrsStatus = '';
      openLrs(); // what another tab stored since: the change is made to that
      const answer = parse(outbox().set(api(), byId('lrs-endpoint').value, byId('lrs-key').value, byId('lrs-secret').value));
      if (!answer?.ok) {
        ui.lrsError = answer?.message ?? '';
        focusOn('lrs-error');
        return;
      }
      ui.lrsError = '';
      byId('lrs-secret').value = '';
      saveLrs();
      send();
    })}>
      ${field('lrs-endpoint', t('teacher-lrs-endpoint'), html`<input id="lrs-endpoint" type="url" inputmode="url"
        autocomplete="off" spellcheck="false" maxlength="500" placeholder="https://lrs.example.org/xAPI/"
        value=${settings?.endpoint ?? ''} aria-invalid=${ui.lrsError ? 'true' : 'false'}
        aria-describedby=${ui.lrsError ? 'lrs-error' : nothing}>`)}
      ${field('lrs-key', t('teacher-lrs-key'), html`<input id="lrs-key" type="text" autocomplete="off"
        spellcheck="false" maxlength="500" value=${settings?.key ?? ''}>`)}
      ${field('lrs-secret', t('teacher-lrs-secret'), html`<input id="lrs-secret" type="password" autocomplete="new-password"
        maxlength="500" aria-describedby=${settings ? 'lrs-secret-hint' : nothing}>`, settings ? t('teacher-lrs-secret-kept') : null)}
      ${ui.lrsError ? html`<p id="lrs-error" class="error-text" role="alert" tabindex="-1">${ui.lrsError}</p>` : nothing}
      <div class="actions">
        <button type="submit" id="lrs-save" class="primary">${t('teacher-lrs-save')}</button>
        ${settings ? html`<button type="button" id="lrs-forget" class="secondary" @click=${action(() => {
          openLrs();
          outbox().forget();
          saveLrs();
          ui.lrsError = '';
          ui.lrsStatus = t('teacher-lrs-forgotten');
          byId('lrs-endpoint').value = '';
          byId('lrs-key').value = '';
          byId('lrs-secret').value = '';
          send();
        })}>${t('teacher-lrs-forget')}</button>` : nothing}
      </div>
    </form>
    <div id="lrs-status" class="lrs-status" role="status" aria-live="polite">
      ${ui.lrsStatus ? html`<p>${ui.lrsStatus}</p>` : nothing}
      ${step ? html`<p class=${step.step === 'stopped' ? 'error-text' : step.step === 'wait' ? 'warning-text' : ''}>${step.message}</p>` : nothing}
      ${step?.refused_message ? html`<p class="warning-text">${step.refused_message}</p>` : nothing}
    </div>
    ${step?.step === 'stopped' || step?.step === 'wait' ? html`<button type="button" id="lrs-retry" class="secondary"
      @click=${action(() => {
        outbox().retry();
        send();
      })}>${t('teacher-lrs-retry')}</button>` : nothing}`;
}
