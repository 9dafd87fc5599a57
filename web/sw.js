// Byte Bridge's service worker: keeps one version of the pupil page in a cache of its own, so
// after the first visit the game starts and plays with the network off. `cargo xtask build`
// fills in the three names in double braces from the files it wrote; any change to any
// shipped file changes VERSION, so the browser sees a new worker byte for byte.
//
// A new version installs beside the running one and waits: the page offers "reload to
// update" between levels and posts {type:'skip-waiting'} when the pupil taps it (web/offline.js).
const VERSION = '{{VERSION}}';
// The folder the game is served from: two copies on one server (a test folder and the real
// one) keep caches of their own and never delete each other's.
const PAGE = new URL('./', self.location).pathname;
const CACHE = `bytebridge-${VERSION}@${PAGE}`;
// What the first level needs: the page and its scripts, the game's glue, wasm and snippets, the
// manifest and icons. Installing fails (and the browser tries again later) unless all of them arrive.
const CORE = {{CORE_FILES}};
// Needed later (the password estimator, the licences): fetched after the core, and a failure
// here never fails the install; they are fetched again on a later start.
const BACKGROUND = {{BACKGROUND_FILES}};

const HASHED = /-[0-9a-f]{12}\.(js|wasm)$/;
const absolute = (url) => new URL(url, self.location).href;
const BACKGROUND_URLS = new Set(BACKGROUND.map(absolute));

/** Fetches one file into `cache`. */
async function fill(cache, url) {
  // A content-hashed name always holds the same bytes: take it from an older version's cache
  // or the HTTP cache (the page has just downloaded it). Anything else is asked of the server
  // again, so a new version never keeps an old page.
  let response = HASHED.test(url) ? await caches.match(url, { ignoreVary: true }) : undefined;
  response ??= await fetch(new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // A browser refuses a redirected answer to a navigation, and some servers redirect
  // index.html to ./ (Go's http.FileServer, for one).
  if (response.redirected) {
    response = new Response(await response.blob(), { status: response.status, headers: response.headers });
  }
  await cache.put(url, response);
}

/** Fetches the background files this version's cache lacks; failures wait for a later start. */
async function fillBackground() {
  const cache = await caches.open(CACHE);
  await Promise.allSettled(BACKGROUND.map(async (url) => {
    if (!(await cache.match(url, { ignoreVary: true }))) await fill(cache, url);
  }));
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a pupil in the middle of a level keeps the version they started.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(CORE.map((url) => fill(cache, url)));
    await fillBackground();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('bytebridge-') && n.endsWith(`@${PAGE}`) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The pupil page, with any query string (e.g. an assignment): this version's index.html.
  if (request.mode === 'navigate' && (url.pathname === PAGE || url.pathname === PAGE + 'index.html')) {
    event.respondWith(cachedOr(event, './index.html'));
    event.waitUntil(fillBackground()); // a later start retries what the install could not get
    return;
  }
  event.respondWith(cachedOr(event, request));
});

/** This version's cached answer for `key`, else the network's (kept if it is a background file). */
async function cachedOr(event, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && BACKGROUND_URLS.has(event.request.url)) {
    event.waitUntil(cache.put(event.request, response.clone()));
  }
  return response;
}
