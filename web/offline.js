// Offline use and updates, for both pages (the game's index.html and teacher.html): the
// service worker (web/sw.js) keeps this version for use without the network. Service workers
// and persistent storage exist only in a secure context (HTTPS or localhost): that is the
// browsers' rule.
//
// The pages read `window.byteBridgeOffline`: when `secure` is false the game says what is
// missing; a page shows "reload to update" (the game only between levels) once `updateReady`
// is true or on 'bytebridge-update-ready', and calls applyUpdate() when it is tapped; the game
// calls checkForUpdate() whenever the pupil is between levels. Nothing here may reject
// unhandled: the game page would show its crash message.
let registration;
let updating = false;

export const offline = window.byteBridgeOffline = {
  secure: isSecureContext,
  // Not inside a school's platform (the packages' page names it): the platform serves the
  // package, and a worker would outlive it on the platform's origin.
  supported: isSecureContext && 'serviceWorker' in navigator && !document.getElementById('package'),
  updateReady: false,
  /** Starts the waiting version and reloads into it (just reloads when none waits). */
  async applyUpdate() {
    if (!(await known())?.waiting) {
      location.reload();
      return;
    }
    updating = true;
    registration.waiting.postMessage({ type: 'skip-waiting' });
    setTimeout(() => location.reload(), 10_000); // if the worker never takes over
  },
  /** Asks the server for a new version; offline (a normal state) it quietly does nothing. */
  async checkForUpdate() {
    try {
      await (await known())?.update();
    } catch { /* offline, or the server is away */ }
  },
};

/**
 * The worker's registration, also on a page that failed to start (which never registers it
 * itself, but may run under a worker from an earlier visit): there, a new version is the way
 * out, and its failure message's Reload starts it.
 */
async function known() {
  try {
    registration ??= await navigator.serviceWorker?.getRegistration();
  } catch { /* not offered here */ }
  return registration;
}

function offerUpdate() {
  // Only a version waiting behind a running one is an update (not the first install).
  if (offline.updateReady || !registration?.waiting || !navigator.serviceWorker.controller) return;
  offline.updateReady = true;
  dispatchEvent(new CustomEvent('bytebridge-update-ready'));
}

async function keepOffline() {
  try {
    registration = await navigator.serviceWorker.register('./sw.js');
  } catch (error) {
    console.warn('Byte Bridge cannot work offline here:', error);
  }
  if (!registration) { // refused, or blocked by the browser's settings
    offline.supported = false;
    return;
  }
  const watch = (worker) => worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed') offerUpdate();
  });
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  offerUpdate();
  setInterval(() => offline.checkForUpdate(), 30 * 60 * 1000);
}

if (offline.supported) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) location.reload();
    updating = false;
  });
}

// Once the page runs ('bytebridge-ready': the game signals it from Rust, the teacher page once
// it is drawn), so the worker's downloads never compete with the first start: keep this
// version for offline use, and ask the browser not to evict it, the progress or the class data.
addEventListener('bytebridge-ready', async () => {
  if (!offline.secure || document.getElementById('package')) return;
  if (offline.supported) keepOffline();
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch { /* not offered here; the browser keeps the data as long as it can */ }
}, { once: true });
