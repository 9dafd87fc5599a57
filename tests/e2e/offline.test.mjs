// End-to-end: offline play, installing to the home screen and updates (web/sw.js,
// web/offline.js, web/manifest.webmanifest). Service workers need a secure context:
// http://127.0.0.1 is one, so here they run as on an HTTPS school server. The game's other
// tests block the worker (tests/e2e/browser.mjs); these allow it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  useBrowserAndSite, browser, origin, server, launch, tabletContext, tabletProfile, guard, waitForGame, tap,
} from './browser.mjs';
import { startServer } from '../../tools/serve.mjs';
import {
  newPlayer, openOnlyPlayer, savedRecord, byRole, layer, expectVisible, winFirstLevel, textsIn, waitForStatus,
} from './pupil.mjs';

/** The game's offer of a waiting new version (assets/i18n/en/players.ftl). */
const UPDATE = 'New version ready: tap to start it';

const DIST = 'dist';
useBrowserAndSite();

/** The version and the file lists the build wrote into a site's sw.js. */
function workerOf(dir) {
  const text = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const value = (name) => JSON.parse(new RegExp(`const ${name} = (.*);`).exec(text)[1].replaceAll("'", '"'));
  return { version: value('VERSION'), core: value('CORE'), background: value('BACKGROUND'), packs: value('PACKS') };
}

/** A tablet whose page may register the service worker, with the guard on its requests. */
async function openWithWorker(site, url, inBrowser = browser) {
  const context = await tabletContext(inBrowser, { serviceWorkers: 'allow' });
  const page = await context.newPage();
  const problems = guard(page, site);
  // The worker's own requests reach the context, not the page: the same origin only.
  context.on('request', (request) => {
    if (!request.url().startsWith(site + '/')) problems.push(`request to another origin: ${request.url()}`);
  });
  await page.goto(url);
  await waitForGame(page);
  return { context, page, problems };
}

/**
 * Waits until the worker controls the page and the cache of `version` holds all of `files`
 * (URLs relative to the page, as sw.js lists them).
 */
/** The cache one version of the game keeps, for the folder it is served from. */
const cacheOf = (version, folder = '/') => `bytebridge-${version}@${folder}`;

async function waitForCache(page, { version, files, folder = '/' }) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    // The worker claims the page it was registered from; a reload is the fallback.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10_000 })
      .catch(async () => {
        await page.reload();
        await waitForGame(page);
      });
  }
  await until(page, async ({ name, urls }) => {
    if (!(await caches.has(name))) return false;
    const cache = await caches.open(name);
    const held = new Set((await cache.keys()).map((request) => request.url));
    return urls.every((url) => held.has(new URL(url, location.href).href));
  }, { name: cacheOf(version, folder), urls: files });
}

/**
 * Waits until the async `condition` holds in the page. (page.waitForFunction takes the
 * promise an async function returns as a truthy answer, and so never waits for one.)
 */
async function until(page, condition, arg, timeout = 60_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(condition, arg))) {
    if (Date.now() > end) assert.fail(`no change in ${timeout / 1000} s: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Counts the requests a server answers, by path, until stop(). */
function countRequests(on) {
  const hits = {};
  const count = (request) => {
    const { pathname } = new URL(request.url, 'http://server');
    hits[pathname] = (hits[pathname] ?? 0) + 1;
  };
  on.on('request', count);
  return { hits, stop: () => on.off('request', count) };
}

const hashed = (files) => files.filter((url) => /-[0-9a-f]{12}\.(js|wasm)$/.test(url));

/** The names of Byte Bridge's caches, sorted. */
const cacheNames = (page) => page.evaluate(async () =>
  (await caches.keys()).filter((name) => name.startsWith('bytebridge-')).sort());

/** A copy of dist/ in a temporary folder, served under `prefix` as a school server would. */
async function schoolSite(prefix) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'byte-bridge-site-'));
  fs.cpSync(DIST, root, { recursive: true });
  const school = await startServer({ root, port: 0, prefix });
  return {
    root, school, site: `http://127.0.0.1:${school.address().port}`,
    close() {
      school.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Changes one file of a site and drops its .br/.gz copies, so the server sends the new one. */
function rewrite(root, name, change) {
  const file = path.join(root, name);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
  for (const copy of ['.br', '.gz']) fs.rmSync(file + copy, { force: true });
}

/**
 * Deploys a new version over a site: with `renameGame`, the game's glue and wasm under a new
 * content-hashed name (as any change to the game's Rust gives), so index.html changes too.
 * sw.js gets a new version, and each changed file's SHA-256 in it follows the file.
 * Returns the new version and the game's files.
 */
function deploy(root, { renameGame = false } = {}) {
  const worker = workerOf(root);
  const version = worker.version === '0123456789ab' ? 'ba9876543210' : '0123456789ab';
  const old = /byte_bridge-([0-9a-f]{12})\.wasm/.exec(worker.core.join(' '))[1];
  const hash = renameGame ? (old === 'feedfacecafe' ? 'cafefeedface' : 'feedfacecafe') : old;
  const renamed = (text) => text.replaceAll(`byte_bridge-${old}.`, `byte_bridge-${hash}.`);
  for (const ext of renameGame ? ['js', 'wasm'] : []) {
    for (const copy of ['', '.br', '.gz']) {
      fs.copyFileSync(path.join(root, `byte_bridge-${old}.${ext}${copy}`), path.join(root, `byte_bridge-${hash}.${ext}${copy}`));
    }
  }
  const page = () => sha256(fs.readFileSync(path.join(root, 'index.html')));
  const before = page();
  rewrite(root, 'index.html', renamed);
  const after = page();
  rewrite(root, 'sw.js', (text) => renamed(text).replace(`'${worker.version}'`, `'${version}'`).replace(before, after));
  return { version, js: `./byte_bridge-${hash}.js`, wasm: `./byte_bridge-${hash}.wasm` };
}

/**
 * Asks for an update as the game does between levels and waits for the new worker's install
 * to end: 'installed' (it waits beside the running version) or 'redundant' (it failed).
 */
const checkForUpdate = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  const found = new Promise((resolve) => registration.addEventListener('updatefound', resolve, { once: true }));
  await window.byteBridgeOffline.checkForUpdate();
  const none = new Promise((resolve) => setTimeout(resolve, 60_000, 'no update found in 60 s'));
  if (!registration.installing && (await Promise.race([found, none])) === 'no update found in 60 s') return 'none';
  const worker = registration.installing;
  if (!worker) return registration.waiting ? 'installed' : 'redundant';
  const ended = () => ['installed', 'activated', 'redundant'].includes(worker.state);
  if (!ended()) await new Promise((resolve) => worker.addEventListener('statechange', () => ended() && resolve()));
  return worker.state === 'redundant' ? 'redundant' : 'installed';
});

/** The SHA-256 of what cache `name` holds for `url`, or null. */
const cachedSha = (page, name, url) => page.evaluate(async ({ name, url }) => {
  const response = await (await caches.open(name)).match(new URL(url, location.href).href, { ignoreVary: true });
  if (!response) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}, { name, url });

/** Waits until the game starts ('started') or the page shows its failure message (its text). */
async function startsOrFails(page) {
  const failure = page.locator('#failure-text');
  const outcomes = [
    waitForGame(page).then(() => 'started'),
    failure.waitFor({ timeout: 180_000 }).then(() => failure.textContent()),
  ];
  for (const outcome of outcomes) outcome.catch(() => {}); // the one that loses times out later
  return Promise.race(outcomes);
}

/** A pupil who has won the first level (3 stars), from the players screen. */
async function newPlayerWins(page) {
  await newPlayer(page);
  await winFirstLevel(page);
}

/** What the page tells the game about offline play (web/offline.js). */
const offlineState = (page) => page.evaluate(() => {
  const offline = window.byteBridgeOffline;
  return {
    secure: offline.secure, supported: offline.supported, updateReady: offline.updateReady,
    hooks: [typeof offline.applyUpdate, typeof offline.checkForUpdate],
  };
});

test('installable: the manifest and icons load, Chromium finds nothing missing, and storage is to be kept', async () => {
  // Chromium never offers to install from an incognito profile, which is what a Playwright
  // browser context is ("in-incognito"), so this test has a real profile in a temp folder.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'byte-bridge-profile-'));
  const context = await tabletProfile(profile);
  try {
    await context.addInitScript(() => {
      window.persistAsked = 0;
      const persist = StorageManager.prototype.persist;
      StorageManager.prototype.persist = function () {
        window.persistAsked++;
        return persist.call(this);
      };
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = guard(page, origin);
    await page.goto(origin + '/');
    await waitForGame(page);
    // Once the game runs, the page asks the browser not to evict its cache and progress
    // (Chromium decides by itself, without asking the pupil; an installed app gets it).
    await page.waitForFunction(() => window.persistAsked === 1);

    const manifest = await page.evaluate(async () => {
      const response = await fetch(document.querySelector('link[rel=manifest]').href);
      return { url: response.url, type: response.headers.get('content-type'), data: await response.json() };
    });
    assert.equal(manifest.type, 'application/manifest+json');
    const { data } = manifest;
    assert.equal(data.name, 'Byte Bridge');
    assert.equal(data.short_name, 'Byte Bridge');
    assert.equal(data.start_url, './');
    assert.equal(data.scope, './');
    assert.equal(data.display, 'fullscreen');
    assert.deepEqual(data.icons.map((i) => `${i.sizes} ${i.purpose}`), ['192x192 any', '512x512 any', '512x512 maskable']);
    // Every icon (and the favicon and the apple-touch-icon) is an image of the size it claims.
    const images = [
      ...data.icons.map((icon) => ({ src: new URL(icon.src, manifest.url).href, sizes: icon.sizes })),
      ...(await page.evaluate(() => [...document.querySelectorAll('link[rel~=icon], link[rel=apple-touch-icon]')]
        .map((link) => ({ src: link.href, sizes: null })))),
    ];
    for (const { src, sizes } of images) {
      const size = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, src);
      if (sizes) assert.equal(size, sizes, src);
      assert.ok(fs.statSync(path.join(DIST, new URL(src).pathname)).size < 20_000, `${src} stays small`);
    }

    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, [], 'Chromium parses the manifest without complaint');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium would offer to install the page');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

/** A first visit to the game on a tablet set to `locale`: what it fetched of i18n/ (paths). */
async function firstVisit(locale) {
  const context = await tabletContext(browser, { locale });
  const page = await context.newPage();
  const problems = guard(page, origin);
  const fetched = [];
  page.on('request', (request) => {
    if (request.url().includes('/i18n/')) fetched.push(request.url().slice(origin.length));
  });
  await page.goto(origin + '/');
  await waitForGame(page);
  return { context, page, problems, fetched };
}

test('a first visit downloads the game and the one language it starts in; the game itself holds no text', async () => {
  const worker = workerOf(DIST);
  const tags = Object.keys(worker.packs).filter((tag) => !/^(teacher|font)-/.test(tag));
  assert.ok(tags.length >= 3 && tags.includes('en'), `one pack per language: ${tags}`);
  assert.ok(tags.every((tag) => worker.packs[`teacher-${tag}`]), 'and one of the teacher page\'s own texts');
  const { context, page, problems, fetched } = await firstVisit('de-AT');
  await expectVisible(page, 'button', textsIn('de')['player-new']);
  assert.deepEqual(fetched, [worker.packs.de.slice(1)], 'only the German pack');
  // No language's text is in the game's code, so a language added later costs a first visit
  // in another language nothing but its name in the page's list.
  const wasm = fs.readFileSync(path.join(DIST, worker.core.find((url) => url.endsWith('.wasm'))));
  for (const tag of tags) {
    for (const id of ['app-tagline', 'storage-full']) {
      const text = textsIn(tag)[id];
      assert.ok(text, `${tag} has ${id}`);
      assert.equal(wasm.indexOf(Buffer.from(text)), -1, `${tag} ${id} (${text}) is not built into the game`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('Arabic: a first visit brings the Arabic font with its pack; the page and the screens read from the right', async () => {
  const worker = workerOf(DIST);
  assert.deepEqual(Object.keys(worker.packs).filter((tag) => tag.startsWith('font-')), ['font-ar'],
    'only a script the game has no font for brings one');
  const { context, page, problems, fetched } = await firstVisit('ar');
  assert.deepEqual(fetched.sort(), [worker.packs.ar.slice(1), worker.packs['font-ar'].slice(1)].sort(),
    'the Arabic pack and its font, nothing else');
  const ar = textsIn('ar');
  await newPlayer(page);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  await tap(page, 'button', ar['title-play']);
  // The levels read from the right: level 1 is right of level 2, and Back is at the right.
  const level = (n) => layer(page).getByRole('button', { name: new RegExp(`^${n}\\.`) }).first().boundingBox();
  await layer(page).getByRole('button', { name: /^2\./ }).first().waitFor();
  const [one, two] = [await level(1), await level(2)];
  assert.ok(one.x > two.x + two.width, `level 1 (x ${one.x}) is right of level 2 (x ${two.x})`);
  const back = await byRole(page, 'button', ar.back).boundingBox();
  assert.ok(back.x > page.viewportSize().width / 2, `Back is at the right (x ${back.x})`);
  // What a pupil sees, kept for a person to look at (shaping cannot be judged from the DOM).
  await page.screenshot({ path: path.join(os.tmpdir(), 'byte-bridge-arabic-levels.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * A tablet with the service worker at `site` (built as `worker` says): a new player switches
 * to Ukrainian, and the worker holds its packs (the game's and the teacher page's).
 */
async function ukrainianOnce(site, worker) {
  const { context, page, problems } = await openWithWorker(site, site + '/');
  // The worker keeps the pack the page started with, though the page fetched it first.
  await waitForCache(page, { version: worker.version, files: [...worker.core, worker.packs.en] });
  await newPlayer(page);
  await tap(page, 'button', 'Language: English');
  await tap(page, 'button', 'Українська');
  const uk = textsIn('uk');
  await expectVisible(page, 'heading', uk['language-picker']);
  await waitForCache(page, { version: worker.version, files: [worker.packs.uk, worker.packs['teacher-uk']] });
  return { context, page, problems, uk };
}

test('a language used once works offline; one never fetched says so in the language on screen, and comes online', async () => {
  const { context, page, problems, uk } = await ukrainianOnce(origin, workerOf(DIST));

  await context.setOffline(true);
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page); // the player's Ukrainian comes from the worker's copy
  await expectVisible(page, 'button', uk['title-play']);
  await tap(page, 'button', `${uk['language-picker']}: Українська`);
  await tap(page, 'button', 'Deutsch');
  const [before] = uk['language-not-on-device'].split('{');
  await waitForStatus(page, `${before}Deutsch`);
  await waitForStatus(page, 'English, Українська');
  assert.equal(await byRole(page, 'button', 'Українська').getAttribute('aria-pressed'), 'true', 'nothing changed');

  await context.setOffline(false);
  await tap(page, 'button', 'Deutsch');
  await expectVisible(page, 'heading', textsIn('de')['language-picker']);
  // The browser logs the download that could not happen offline; nothing else went wrong.
  assert.deepEqual(problems.filter((p) => p !== 'console: Failed to load resource: net::ERR_FAILED'), []);
  await context.close();
});

test('a new version keeps the languages the old one kept: Ukrainian used once still opens offline after an update', async () => {
  const { root, site, close } = await schoolSite('/');
  try {
    const worker = workerOf(root);
    const { context, page, problems, uk } = await ukrainianOnce(site, worker);

    const { version } = deploy(root);
    assert.equal(await checkForUpdate(page), 'installed');
    // Before it takes over, the new version holds the packs the old one kept, and no others.
    await waitForCache(page, { version, files: [worker.packs.en, worker.packs.uk, worker.packs['teacher-uk']] });
    const packsHeld = await page.evaluate(async (name) => (await (await caches.open(name)).keys())
      .map((request) => new URL(request.url).pathname).filter((url) => url.includes('/i18n/')).sort(), cacheOf(version));
    assert.deepEqual(packsHeld, [worker.packs.en, worker.packs['teacher-en'], worker.packs['teacher-uk'], worker.packs.uk]
      .map((url) => url.slice(1)).sort());

    // The new version takes over, then the network goes: the player's Ukrainian is there.
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.byteBridgeOffline.applyUpdate());
    await reloaded;
    await waitForGame(page);
    await until(page, async (name) => (await caches.keys()).filter((n) => n.startsWith('bytebridge-')).join() === name,
      cacheOf(version));
    await context.setOffline(true);
    await page.reload();
    await waitForGame(page);
    await openOnlyPlayer(page);
    await expectVisible(page, 'button', uk['title-play']);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    close();
  }
});

test('network off after the first visit: the game starts, the password estimator and the teacher page are there', async () => {
  const worker = workerOf(DIST);
  const strength = worker.background.filter((url) => /strength-[0-9a-f]{12}\.(js|wasm)$/.test(url));
  assert.equal(strength.length, 2, 'the strength module is a background file');
  assert.ok(!worker.core.some((url) => /strength-|licenses\//.test(url)), 'no background file in the core');
  assert.ok(![...worker.core, ...worker.background].some((url) => /\.(br|gz)$/.test(url)), 'no .br/.gz listed');
  for (const url of ['./index.html', './manifest.webmanifest']) assert.ok(worker.core.includes(url), url);

  const requests = countRequests(server);
  const { context, page, problems } = await openWithWorker(origin, origin + '/');
  // The language the game started in is kept too, with the teacher page's texts in it.
  const english = [worker.packs.en, worker.packs['teacher-en']];
  await waitForCache(page, { version: worker.version, files: [...worker.core, ...worker.background, ...english] });
  assert.deepEqual(await cacheNames(page), [cacheOf(worker.version)]);
  assert.deepEqual(await offlineState(page), {
    secure: true, supported: true, updateReady: false, hooks: ['function', 'function'],
  }, 'a first install is no update');
  // The worker took the game the page had just downloaded from the HTTP cache: a class of
  // tablets on the school's line downloads it once each, not twice.
  requests.stop();
  for (const url of hashed(worker.core)) assert.equal(requests.hits[url.slice(1)], 1, `${url} downloaded once`);

  await context.setOffline(true);
  await page.reload();
  await waitForGame(page);
  assert.equal(
    await page.evaluate(() => fetch('./not-cached.txt').then(() => 'answered', () => 'failed')), 'failed',
    'the network really is off',
  );
  for (const url of strength) {
    assert.ok(await page.evaluate((u) => caches.match(new URL(u, location.href).href).then(Boolean), url), url);
  }
  // The page's own loader for password levels works from the cache: [score, log10 guesses,
  // limit] for the pupil's language.
  const estimate = await page.evaluate(async () => [...await window.byteBridgeStrength('purple-monkey-dishwasher', '', 'en')]);
  assert.equal(estimate.length, 3);
  assert.ok(estimate[0] >= 3, `a long passphrase is strong: ${estimate}`);
  // Between levels the game asks for updates; offline that must stay quiet.
  await page.evaluate(() => window.byteBridgeOffline.checkForUpdate());
  assert.equal(await page.evaluate(() => window.byteBridgeOffline.updateReady), false);

  // The teacher's page works offline too, from the background part of the same cache; a
  // pupil's first visit never waits for it.
  assert.ok(worker.background.includes('./teacher.html'), 'the teacher page is a background file');
  assert.ok(worker.background.some((url) => /^\.\/teacher-[0-9a-f]{12}\.wasm$/.test(url)), 'and its module');
  assert.ok(!worker.core.some((url) => /teacher|vendor\//.test(url)), 'no teacher file in the core');
  const teacher = await context.newPage();
  await teacher.goto(origin + '/teacher.html');
  await teacher.getByRole('heading', { name: 'Give levels to a class' }).waitFor({ timeout: 60_000 });
  await teacher.close();

  // A level plays offline, from the first tap to its saved stars.
  await newPlayerWins(page);
  assert.equal((await savedRecord(page)).progress.levels['robot-first-steps'].best_stars, 3);

  assert.deepEqual(problems, ['console: Failed to load resource: net::ERR_FAILED'], 'only not-cached.txt failed');
  await context.close();
});

test('a returning tablet gets the game from the HTTP cache, where its compiled code is kept; without it, from the worker', async () => {
  const worker = workerOf(DIST);
  const game = worker.core.find((url) => /^\.\/byte_bridge-[0-9a-f]{12}\.wasm$/.test(url));
  const { context, page, problems } = await openWithWorker(origin, origin + '/');
  await waitForCache(page, { version: worker.version, files: worker.core });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sources = [];
  cdp.on('Network.responseReceived', ({ response }) => {
    if (response.url === new URL(game, origin + '/').href) sources.push(response.serviceWorkerResponseSource ?? 'not from the worker');
  });
  const start = async () => {
    await page.reload();
    await waitForGame(page);
  };
  // The browser keeps a wasm module's compiled code beside the HTTP cache's copy the first
  // visit made: answered from there, the next start skips compiling (issue #21).
  await start();
  assert.deepEqual(sources, ['http-cache']);
  // Offline too: the HTTP cache is read, never the network.
  await context.setOffline(true);
  await start();
  assert.deepEqual(sources, ['http-cache', 'http-cache']);
  // A browser that evicted its HTTP cache: the worker's own checked copy answers.
  await cdp.send('Network.clearBrowserCache');
  await start();
  assert.deepEqual(sources, ['http-cache', 'http-cache', 'cache-storage']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a background file that could not be fetched is fetched on a later start', async () => {
  const worker = workerOf(DIST);
  const wasm = worker.background.find((url) => /strength-[0-9a-f]{12}\.wasm$/.test(url));
  const context = await tabletContext(browser, { serviceWorkers: 'allow' });
  // As if the school's line dropped while the worker fetched the password estimator (the
  // context's routes see the worker's requests, unlike the page's).
  await context.route(/strength-[0-9a-f]{12}\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + '/');
  await waitForGame(page);
  // The install does not fail for it: the worker takes over with the core files.
  await waitForCache(page, { version: worker.version, files: worker.core });
  const cached = (url) => page.evaluate((u) => caches.match(new URL(u, location.href).href).then(Boolean), url);
  assert.equal(await cached(wasm), false);

  await context.unroute(/strength-[0-9a-f]{12}\.wasm$/);
  await page.reload();
  await waitForGame(page);
  await waitForCache(page, { version: worker.version, files: [...worker.core, ...worker.background] });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new version deployed while a level is open is offered between levels, then replaces the old one', async () => {
  // A copy of the site that can be "deployed" over, in a school server's folder.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'byte-bridge-site-'));
  fs.cpSync(DIST, root, { recursive: true });
  const prefix = '/school/games/byte-bridge/';
  const school = await startServer({ root, port: 0, prefix });
  const site = `http://127.0.0.1:${school.address().port}`;
  try {
    const worker = workerOf(root);
    const { context, page, problems } = await openWithWorker(site, site + prefix);
    await waitForCache(page, { version: worker.version, files: [...worker.core, ...worker.background], folder: prefix });
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${site}${prefix}sw.js`);
    await page.evaluate(() => {
      window.sameDocument = true; // gone if anything reloads the page
      window.updateEvents = 0;
      addEventListener('bytebridge-update-ready', () => window.updateEvents++);
      window.controllerChanges = 0;
      navigator.serviceWorker.addEventListener('controllerchange', () => window.controllerChanges++);
    });

    // (1) A pupil is in the middle of a level when the new version arrives.
    await newPlayer(page);
    await tap(page, 'button', 'Play');
    await tap(page, 'button', '1. First steps, not played yet');
    await tap(page, 'button', 'Forward');

    // Deploy: a new sw.js (as every build with any change makes). Its .br/.gz copies go, so
    // the server sends the new plain file.
    const next = worker.version === '0123456789ab' ? 'ba9876543210' : '0123456789ab';
    const sw = fs.readFileSync(path.join(root, 'sw.js'), 'utf8');
    fs.writeFileSync(path.join(root, 'sw.js'), sw.replace(`'${worker.version}'`, `'${next}'`));
    for (const copy of ['sw.js.br', 'sw.js.gz']) fs.rmSync(path.join(root, copy), { force: true });

    // The game's 30-minute timer (or its call between levels) finds it.
    const requests = countRequests(school);
    await page.evaluate(() => window.byteBridgeOffline.checkForUpdate());
    await page.waitForFunction(() => window.byteBridgeOffline.updateReady === true, null, { timeout: 60_000 });
    requests.stop();
    assert.ok(requests.hits[`${prefix}sw.js`] >= 1, 'the new sw.js was fetched');
    for (const url of hashed([...worker.core, ...worker.background])) {
      assert.equal(requests.hits[prefix + url.slice(2)], undefined, `${url} is unchanged: copied, not downloaded`);
    }
    // Nothing takes over by itself: the new version waits beside the running one.
    await page.waitForTimeout(2000); // the wait is the point: for 2 s nothing may take over by itself
    assert.deepEqual(await page.evaluate(async () => ({
      events: window.updateEvents,
      waiting: !!(await navigator.serviceWorker.getRegistration()).waiting,
      controllerChanges: window.controllerChanges,
      sameDocument: window.sameDocument,
    })), { events: 1, waiting: true, controllerChanges: 0, sameDocument: true });
    assert.deepEqual(await cacheNames(page), [cacheOf(worker.version, prefix), cacheOf(next, prefix)].sort(),
      'the new version is cached beside the running one');

    // (2) The level goes on undisturbed: no offer while it is open.
    for (const tile of ['Forward', 'Turn right', 'Forward', 'Forward']) await tap(page, 'button', tile);
    assert.equal(await byRole(page, 'button', UPDATE).count(), 0, 'never inside a level');
    await tap(page, 'button', 'Run');
    await expectVisible(page, 'heading', 'Level complete!', 180_000);
    // (3) Between levels, the offer; the pupil takes it.
    await tap(page, 'button', 'All levels');
    await expectVisible(page, 'button', UPDATE);
    const reloaded = page.waitForEvent('load');
    await tap(page, 'button', UPDATE);
    await reloaded;
    await waitForGame(page);

    // (4) The new version runs, and it is the only one kept.
    assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'the page reloaded');
    assert.deepEqual(await cacheNames(page), [cacheOf(next, prefix)]);
    assert.deepEqual(await offlineState(page), {
      secure: true, supported: true, updateReady: false, hooks: ['function', 'function'],
    });
    // The level finished before the update is still done.
    await openOnlyPlayer(page);
    await tap(page, 'button', 'Play');
    await expectVisible(page, 'button', '1. First steps, 3 of 3 stars');

    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    school.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('plain HTTP (a school server without HTTPS): the game runs without the offline parts', async () => {
  // http://127.0.0.1 is always a secure context. A name that is not "localhost" is not, so
  // the browser resolves one to this machine: http://school.test is plain HTTP as a tablet
  // sees the school server. No other machine is asked (the rule maps the name itself).
  const insecure = await launch(['--host-resolver-rules=MAP school.test 127.0.0.1']);
  try {
    const site = `http://school.test:${server.address().port}`;
    const { context, page, problems } = await openWithWorker(site, site + '/', insecure);
    assert.equal(await page.evaluate(() => isSecureContext), false, 'plain HTTP as on the school server');
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    assert.deepEqual(await offlineState(page), {
      secure: false, supported: false, updateReady: false, hooks: ['function', 'function'],
    });
    // The page's update hooks are harmless here: checking does nothing.
    await page.evaluate(() => window.byteBridgeOffline.checkForUpdate());
    // The game says what is missing, then plays as usual (saving works without HTTPS).
    await page.locator('#a11y-layer').getByText('This page is not served over HTTPS, so it will not work without the internet.')
      .waitFor({ timeout: 30_000 });
    await newPlayer(page);
    await tap(page, 'button', 'Play');
    await expectVisible(page, 'button', '1. First steps, not played yet');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await insecure.close();
  }
});

test('a wrong answer for a new version\'s files never reaches the cache: the tablet plays on, then updates with its stars', async () => {
  const prefix = '/school/byte-bridge/';
  const { root, school, site, close } = await schoolSite(prefix);
  try {
    const worker = workerOf(root);
    const { context, page, problems } = await openWithWorker(site, site + prefix);
    await waitForCache(page, { version: worker.version, files: worker.core, folder: prefix });
    await newPlayerWins(page);
    await tap(page, 'button', 'All levels');

    // A new version of the game is deployed, and it arrives broken twice over: the school's
    // server answers the new wasm once with its start page (as servers that answer missing
    // files with index.html do while a copy is half done, or a platform's login page), and
    // another app of the same origin (a school portal's own worker) holds the new glue's URL
    // with its login page in a cache of its own.
    const next = deploy(root, { renameGame: true });
    school.misanswer.set(prefix + next.wasm.slice(2), 1);
    await page.evaluate(async (url) => {
      const portal = await caches.open('school-portal');
      await portal.put(new URL(url, location.href).href, new Response('<!doctype html><title>Log in</title>', {
        headers: { 'content-type': 'text/html' },
      }));
    }, next.js);

    // The game looks for updates between levels. A refused install leaves the running
    // version as it was, and a later look gets the right files.
    let outcome = await checkForUpdate(page);
    if (outcome === 'redundant') {
      assert.equal(await page.evaluate(() => window.byteBridgeOffline.updateReady), false, 'nothing broken is offered');
      outcome = await checkForUpdate(page);
    }
    assert.equal(outcome, 'installed');
    assert.equal(school.misanswer.get(prefix + next.wasm.slice(2)), 0, 'the server did answer wrongly');
    for (const url of [next.wasm, next.js]) {
      assert.equal(await cachedSha(page, cacheOf(next.version, prefix), url),
        sha256(fs.readFileSync(path.join(root, url))), `the new version's cache holds the built ${url}`);
    }

    // The pupil takes the update between levels: the new version starts, offline too, with
    // the stars won before.
    await expectVisible(page, 'button', UPDATE);
    const reloaded = page.waitForEvent('load');
    await tap(page, 'button', UPDATE);
    await reloaded;
    assert.equal(await startsOrFails(page), 'started');
    await context.setOffline(true);
    await page.reload();
    assert.equal(await startsOrFails(page), 'started');
    await openOnlyPlayer(page);
    await tap(page, 'button', 'Play');
    await expectVisible(page, 'button', '1. First steps, 3 of 3 stars');
    assert.deepEqual(await cacheNames(page), [cacheOf(next.version, prefix)]);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    close();
  }
});

test('a tablet whose cache went bad under an older worker starts again once a new version is deployed', async () => {
  const prefix = '/school/byte-bridge/';
  const { root, site, close } = await schoolSite(prefix);
  try {
    const worker = workerOf(root);
    const { context, page } = await openWithWorker(site, site + prefix);
    await waitForCache(page, { version: worker.version, files: worker.core, folder: prefix });
    await newPlayerWins(page);

    // What the worker before this one let happen: its cache holds the start page as the wasm.
    const wasm = worker.core.find((url) => url.endsWith('.wasm'));
    await page.evaluate(async ({ name, url }) => {
      const page = await fetch('./index.html');
      await (await caches.open(name)).put(new URL(url, location.href).href, new Response(await page.blob(), {
        headers: { 'content-type': 'text/html' },
      }));
    }, { name: cacheOf(worker.version, prefix), url: wasm });
    // The worker answers wasm from the browser's HTTP cache first, which would hide the bad
    // copy; a tablet whose browser evicted that cache meets it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    // A new version is deployed (the same game: its files keep their names), and the pupil
    // starts the game.
    const next = deploy(root);
    await page.reload();
    assert.equal(await startsOrFails(page), 'The game could not be downloaded. Check the connection, then reload.');

    // The failing page finds the new version; the pupil taps Reload.
    await until(page, async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    const reloaded = page.waitForEvent('load');
    await page.locator('#failure-reload').tap();
    await reloaded;
    assert.equal(await startsOrFails(page), 'started');
    assert.deepEqual(await cacheNames(page), [cacheOf(next.version, prefix)]);
    assert.equal(await cachedSha(page, cacheOf(next.version, prefix), wasm), sha256(fs.readFileSync(path.join(root, wasm))));
    await openOnlyPlayer(page);
    await tap(page, 'button', 'Play');
    await expectVisible(page, 'button', '1. First steps, 3 of 3 stars');
    await context.close();
  } finally {
    close();
  }
});

test('an install that keeps failing: the game starts from the network each time, and a later start completes the install', async () => {
  const prefix = '/school/byte-bridge/';
  const { root, school, site, close } = await schoolSite(prefix);
  try {
    const worker = workerOf(root);
    // A file the worker's install needs but the start does not (the page's icon): only the
    // install trips on it.
    const icon = worker.core.find((url) => url.endsWith('/icon.svg'));
    assert.ok(icon, 'the page icon is a core file');
    school.misanswer.set(prefix + icon.slice(2), Infinity);
    const context = await tabletContext(browser, { serviceWorkers: 'allow' });
    // How the install of the worker this page registers ends: 'installed' or 'redundant'.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = async function (...args) {
        const registration = await register.apply(this, args);
        const worker = registration.installing;
        window.installEnded = !worker ? Promise.resolve('no install') : new Promise((resolve) => {
          const ended = () => ['installed', 'activating', 'activated', 'redundant'].includes(worker.state);
          if (ended()) resolve(worker.state);
          worker.addEventListener('statechange', () => ended() && resolve(worker.state));
        }).then((state) => (state === 'redundant' ? state : 'installed'));
        return registration;
      };
    });
    const page = await context.newPage();
    const problems = guard(page, site);
    const installEnd = async () => {
      await page.waitForFunction(() => window.installEnded, null, { timeout: 60_000 });
      return page.evaluate(() => window.installEnded);
    };
    for (let start = 0; start < 2; start++) {
      if (start === 0) await page.goto(site + prefix);
      else await page.reload();
      assert.equal(await startsOrFails(page), 'started', 'the game starts from the network');
      assert.equal(await installEnd(), 'redundant', 'the install refuses the wrong answer');
      assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), false);
      assert.equal(await cachedSha(page, cacheOf(worker.version, prefix), icon), null, 'nothing wrong is kept');
    }

    // The server is mended: the next start completes the install, and the game plays offline.
    school.misanswer.delete(prefix + icon.slice(2));
    await page.reload();
    assert.equal(await startsOrFails(page), 'started');
    assert.equal(await installEnd(), 'installed');
    await waitForCache(page, { version: worker.version, files: worker.core, folder: prefix });
    await context.setOffline(true);
    await page.reload();
    assert.equal(await startsOrFails(page), 'started');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    close();
  }
});
