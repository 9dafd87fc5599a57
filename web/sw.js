// Byte Bridge's service worker: keeps one version of the pupil page in a cache of its own, so
// after the first visit the game starts and plays with the network off. `cargo xtask build`
// fills in the five names in double braces from the files it wrote; any change to any
// shipped file changes VERSION, so the browser sees a new worker byte for byte.
//
// Nothing enters the cache unless its bytes are the ones the build wrote (SHA256). A server
// that answers a missing file with its start page, a platform that redirects to its login
// page mid-update, or another cache of the origin holding the same address can make an
// install fail (the browser tries again on a later start or update check, and the running
// version runs on), but never leave a tablet with a version that cannot start: the only way
// out of that would be clearing the site's data, and with it every pupil's stars.
//
// A new version installs beside the running one and waits: the page offers "reload to
// update" between levels and posts {type:'skip-waiting'} when the pupil taps it (web/offline.js).
const VERSION = '{{VERSION}}';
// The folder the game is served from: two copies on one server (a test folder and the real
// one) keep caches of their own and never delete each other's.
const PAGE = new URL('./', self.location).pathname;
const FOLDER = new URL('./', self.location).href;
const CACHE = `bytebridge-${VERSION}@${PAGE}`;
// What the first level needs: the page and its scripts, the game's glue, wasm and snippets, the
// manifest and the page's icon. Installing fails (and the browser tries again later) unless all
// of them arrive.
const CORE = {{CORE_FILES}};
// Needed later (the password estimator, the licences, the home-screen icons in PNG): fetched
// after the core, and a failure
// here never fails the install; they are fetched again on a later start.
const BACKGROUND = {{BACKGROUND_FILES}};
// Language packs by language ({tag: url}; `teacher-<tag>` for the teacher page's own texts):
// not fetched at install. A pack is kept once the
// tablet uses its language (the page fetches it through this worker, or names the ones it
// loaded before the worker ran: 'keep-languages'), and a new version keeps the languages
// the one before it kept, so a language used once on a tablet works offline from then on.
const PACKS = {{PACK_FILES}};
// Every listed file's SHA-256 (hex) as the build wrote it.
const SHA256 = {{FILE_SHA256}};

const HASHED = /-[0-9a-f]{12}\.(js|wasm|ftl|ttf)$/;
const absolute = (url) => new URL(url, self.location).href;
const BACKGROUND_URLS = new Set(BACKGROUND.map(absolute));
const PACK_URLS = new Set(Object.values(PACKS).map(absolute));
/** The language of a pack's address (any version's): `…/i18n/<tag>-<hash>.ftl`, with
 * `teacher-` for the teacher page's texts and `font-` for a script's font (`.ttf`). */
const packLanguage = (url) => /\/i18n\/((?:teacher-|font-)?[a-z]{2,3}(?:-[A-Za-z0-9]+)*)-[0-9a-f]{12}\.(?:ftl|ttf)$/.exec(url)?.[1];
const DIGESTS = new Map(Object.entries(SHA256).map(([url, hex]) => [absolute(url), hex]));
// A browser runs a script or shows a page only with its own type; any other file answered as
// a page is a server's "not found" or login page.
const TYPES = [[/\.js$/, /^(text|application)\/(x-)?(java|ecma)script\b/], [/\.html$/, /^text\/html\b/], [/$/, /^(?!text\/html)/]];

/**
 * `response` as it may be kept for `url` (a new response with its bytes), or an error saying
 * why not: it failed, was redirected (a hashed file never is; a page only within this
 * folder), has the wrong type, or is not the bytes the build wrote.
 */
async function verified(url, response) {
  url = absolute(url);
  const type = response.headers.get('content-type') ?? '';
  let problem = !response.ok && `HTTP ${response.status}`;
  problem ||= response.redirected && (HASHED.test(url) || !response.url.startsWith(FOLDER)) && `redirected to ${response.url}`;
  problem ||= !TYPES.find(([name]) => name.test(url))[1].test(type) && `served as ${type || 'no type'}`;
  const bytes = !problem && (await response.arrayBuffer());
  problem ||= (await sha256(bytes)) !== DIGESTS.get(url) && 'not the bytes this version shipped';
  if (problem) throw new Error(`${url}: ${problem}`);
  // A new response: a browser refuses a redirected answer to a navigation, and some servers
  // redirect index.html to ./ (Go's http.FileServer, for one).
  return new Response(bytes, { headers: { 'content-type': type } });
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A copy of `url` in this folder's caches (any version's, or this version's from an install
 * that failed half way), never another folder's or another app's: those are not checked
 * against this build, and a wrong one would only cost a download.
 */
async function ownCopy(url) {
  for (const name of await caches.keys()) {
    if (!name.startsWith('bytebridge-') || !name.endsWith(`@${PAGE}`)) continue;
    const copy = await (await caches.open(name)).match(url, { ignoreVary: true });
    if (copy) return copy;
  }
}

/** Puts `url` into `cache` from the first source whose bytes are this build's. */
async function fill(cache, url) {
  const sources = [
    () => ownCopy(url), // unchanged files (a hashed name always is) are not downloaded again
    // A hashed file from the HTTP cache (the page has just downloaded it); anything else is
    // asked of the server again.
    () => fetch(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' }),
    () => fetch(url, { cache: 'reload' }), // past a wrong copy in the HTTP cache, or a server's slip
  ];
  let failure;
  for (const source of sources) {
    try {
      const response = await source();
      if (response) return await cache.put(url, await verified(url, response));
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/** Fetches the background files this version's cache lacks; failures wait for a later start. */
async function fillBackground() {
  const cache = await caches.open(CACHE);
  await Promise.allSettled(BACKGROUND.map(async (url) => {
    if (!(await cache.match(url, { ignoreVary: true }))) await fill(cache, url);
  }));
}

/** Keeps the packs of `tags` in this version's cache; one that cannot come waits for later.
 * A language the game uses brings the teacher page's small pack too, so the teacher page
 * also opens offline in it, and its script's font where it has one (`font-ar`). */
async function keepLanguages(tags) {
  const withKin = (tag) => (/^(teacher|font)-/.test(tag) ? [tag] : [tag, `teacher-${tag}`, `font-${tag}`]);
  tags = [...new Set(tags.flatMap(withKin))];
  const cache = await caches.open(CACHE);
  await Promise.allSettled(tags.filter((tag) => PACKS[tag]).map(async (tag) => {
    if (!(await cache.match(PACKS[tag], { ignoreVary: true }))) await fill(cache, PACKS[tag]);
  }));
}

/** The languages whose packs an earlier version of this folder kept. */
async function languagesKept() {
  const tags = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith('bytebridge-') || !name.endsWith(`@${PAGE}`) || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const tag = packLanguage(request.url);
      if (tag) tags.add(tag);
    }
  }
  return [...tags];
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a pupil in the middle of a level keeps the version they started.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(CORE.map((url) => fill(cache, url)));
    // The languages the tablet used with the version before: offline they must still work.
    await keepLanguages(await languagesKept());
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
  if (event.data?.type === 'keep-languages' && Array.isArray(event.data.tags)) {
    event.waitUntil(keepLanguages(event.data.tags.filter((tag) => typeof tag === 'string')));
  }
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
  if (url.pathname.endsWith('.wasm')) {
    event.respondWith(fromHttpCache(request).catch(() => cachedOr(event, request)));
    return;
  }
  event.respondWith(cachedOr(event, request));
});

/**
 * A wasm file as the browser's HTTP cache holds it, never from the network (rejects if not
 * there). The browser keeps the compiled game beside the HTTP cache's copy, which the first
 * visit made: answering from this worker's own cache instead made the second visit compile
 * the game all over again, 1.5 s on a slow tablet (issue #21, docs/size.md). The names are
 * content-hashed, so the copy is this version's; an answer that is not wasm (a portal's page)
 * is refused, and offline or evicted, the worker's checked copy answers.
 */
async function fromHttpCache(request) {
  const response = await fetch(request, { cache: 'only-if-cached', mode: 'same-origin' });
  if (!response.ok || response.headers.get('content-type')?.split(';')[0].trim() !== 'application/wasm') {
    throw new Error('not in the HTTP cache');
  }
  return response;
}

/**
 * This version's cached answer for `key`, else the network's (the page gets it as it is; a
 * background file is kept only if it is this build's).
 */
async function cachedOr(event, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  const url = event.request.url;
  if (BACKGROUND_URLS.has(url) || PACK_URLS.has(url)) {
    event.waitUntil(verified(url, response.clone()).then((copy) => cache.put(url, copy), () => {}));
  }
  return response;
}
