// End-to-end: the packages for school platforms (issue #19; packages/*.zip, written by the
// build beside dist/), each unzipped and run as its platform runs it: SCORM 1.2 in a test LMS
// page hosting scorm-again's real runtime, cmi5 launched by a test LMS against the real Ralph
// record store, Kolibri's zip in a sandboxed frame on another origin. The platform's learner
// is the player: the age screen on a first launch, never the players screen, and the
// platform hears every result. Rules: src/core/package.rs, src/game/package.rs,
// web/package.js; docs/packages.md.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, tabletContext, guard, waitForGame, tap } from './browser.mjs';
import {
  englishTexts, byRole, expectVisible, waitForStatus, statusText, winFirstLevel,
} from './pupil.mjs';
import { unpack, serveDir, reply, fileRoute, frameAsPage, frameAt, until } from './packages.mjs';
import { startLrs, KEY, SECRET } from './lrs.mjs';

/** scorm-again's SCORM 1.2 runtime as a classic script (it sets window.Scorm12API). */
const SCORM_AGAIN_BUNDLE = fileURLToPath(new URL('../../node_modules/scorm-again/dist/scorm12.js', import.meta.url));
const SCORM_HOST = fileURLToPath(new URL('scorm-host.html', import.meta.url));

const t = englishTexts();
const FIRST_LEVEL = 'robot-first-steps'; // Robot Road's first level (assets/levels/)
const FIRST_LEVEL_WON = '1. First steps, 3 of 3 stars';
const AU = 'urn:byte-bridge:au:game'; // cmi5.xml's AU (tools/xtask/src/package.rs)
const COURSE = 'urn:byte-bridge:course';
const VERB = (name) => `http://adlnet.gov/expapi/verbs/${name}`;
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// What a test opened (servers, contexts, the record store, unzipped folders), closed after it
// even when it failed, last first.
const cleanups = [];
const later = (fn) => cleanups.push(fn);
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (error) {
      console.warn('clean-up:', error);
    }
  }
});

function unpacked(kind) {
  const dir = unpack(kind);
  later(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function served(dir, options) {
  const site = await serveDir(dir, options);
  later(site.close);
  return site;
}

async function newTablet() {
  const context = await tabletContext(browser);
  later(() => context.close());
  const page = await context.newPage();
  return { context, page };
}

/** A packaged game's home: Play and the player's own buttons, none of the ones a platform does. */
async function expectPackagedHome(game) {
  await expectVisible(game, 'button', t['title-play']);
  await expectVisible(game, 'button', t['title-edit-me']); // the player's row is drawn: the absences below mean something
  for (const id of ['title-change-player', 'title-password', 'send-to-teacher']) {
    assert.equal(await byRole(game, 'button', t[id]).count(), 0, `no "${t[id]}" button inside a platform`);
  }
}

/** A first launch opens on the age screen, not on the players screen. */
async function expectAgeScreen(game) {
  await expectVisible(game, 'button', t['band-7-9']);
  assert.equal(await byRole(game, 'button', t['player-new']).count(), 0, 'no players screen inside a platform');
}

async function waitForStatusGone(game, text) {
  await game.waitForFunction((gone) => ![...document.querySelectorAll('#a11y-layer [role=status]')]
    .some((s) => s.textContent.includes(gone)), text, { timeout: 30_000 });
}

// ---- SCORM 1.2 ----------------------------------------------------------------------------

/** The test LMS (tests/e2e/scorm-host.html) with `cmi` loaded, and the game in its frame. */
async function openLms(site, cmi) {
  const { page } = await newTablet();
  const problems = guard(page, site.origin);
  await page.goto(`${site.origin}/lms/scorm-host.html?cmi=${encodeURIComponent(JSON.stringify(cmi))}`);
  const game = frameAsPage(await frameAt(page, `${site.origin}/index.html`));
  await waitForGame(game);
  return { page, game, problems };
}

const lmsCalls = (page) => page.evaluate(() => window.calls);
const sets = (calls, element) => calls.filter((c) => c.name === 'LMSSetValue' && c.args[0] === element).map((c) => c.args[1]);
const count = (calls, name) => calls.filter((c) => c.name === name).length;

/** Every call scorm-again took without an error (a value it refuses answers "false", code ≠ 0). */
function expectNoLmsErrors(calls) {
  const refused = calls.filter((c) => c.error !== '0'
    || (!['LMSGetValue', 'LMSGetLastError'].includes(c.name) && c.result !== 'true'));
  assert.deepEqual(refused, [], 'scorm-again accepted every call');
}

test('SCORM 1.2: a real runtime hears each result, and another device goes on from it', async () => {
  const dir = unpacked('scorm12');
  assert.ok(existsSync(join(dir, 'imsmanifest.xml')), 'imsmanifest.xml at the root');
  assert.ok(readFileSync(join(dir, 'index.html'), 'utf8').includes('<script type="application/json" id="package">{"kind": "scorm12"}</script>'));
  const site = await served(dir, {
    routes: { '/lms/scorm-host.html': fileRoute(SCORM_HOST), '/lms/scorm12.js': fileRoute(SCORM_AGAIN_BUNDLE) },
  });
  const won = `${FIRST_LEVEL}.3`;
  const first = await openLms(site, { core: { student_id: 'pupil-17' } });
  await expectAgeScreen(first.game);
  let calls = await lmsCalls(first.page);
  assert.equal(count(calls, 'LMSInitialize'), 1);
  assert.equal(sets(calls, 'cmi.core.lesson_status')[0], 'incomplete', 'a first launch is incomplete at once');

  await tap(first.game, 'button', t['band-7-9']);
  await expectPackagedHome(first.game);
  assert.ok(!(await statusText(first.game)).includes(t['package-unreachable']), 'the LMS was found');
  await winFirstLevel(first.game);
  // After the attempt the game reports: progress, score, status, time, and a commit.
  await first.page.waitForFunction((text) => window.calls.some((c) => c.name === 'LMSSetValue'
    && c.args[0] === 'cmi.suspend_data' && c.args[1].includes(text)), won, { timeout: 30_000 });
  calls = await lmsCalls(first.page);
  const suspend = sets(calls, 'cmi.suspend_data').at(-1);
  assert.match(suspend, new RegExp(`^1;[A-Za-z-]*;(.+,)?${FIRST_LEVEL}\\.3(,|$)`));
  assert.ok(sets(calls, 'cmi.suspend_data').every((s) => s.length <= 4096), 'suspend_data within SCORM 1.2’s 4096');
  const raw = sets(calls, 'cmi.core.score.raw').at(-1);
  assert.match(raw, /^\d+$/);
  assert.ok(Number(raw) > 0 && Number(raw) < 100, `one level of the map is a score above 0 and below 100: ${raw}`);
  assert.equal(sets(calls, 'cmi.core.score.min').at(-1), '0');
  assert.equal(sets(calls, 'cmi.core.score.max').at(-1), '100');
  assert.equal(sets(calls, 'cmi.core.lesson_status').at(-1), 'incomplete', 'one level does not complete the map');
  assert.match(sets(calls, 'cmi.core.session_time').at(-1), /^\d{4}:\d{2}:\d{2}$/);
  const reported = calls.findLastIndex((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data');
  assert.ok(calls.slice(reported).some((c) => c.name === 'LMSCommit'), 'committed after the report');
  // The learner's own id never reaches the browser's storage (the player id is a hash of it).
  assert.ok(!(await first.game.evaluate(() => JSON.stringify({ ...localStorage }))).includes('pupil-17'));

  // The learner leaves: the SCO's page goes, and the session ends, to be resumed.
  await first.page.evaluate(() => { document.querySelector('iframe').src = 'about:blank'; });
  await first.page.waitForFunction(() => window.calls.some((c) => c.name === 'LMSFinish'), null, { timeout: 30_000 });
  calls = await lmsCalls(first.page);
  assert.equal(sets(calls, 'cmi.core.exit').at(-1), 'suspend');
  assert.equal(count(calls, 'LMSFinish'), 1);
  assert.equal(calls.at(-1).name, 'LMSFinish', 'nothing after LMSFinish');
  expectNoLmsErrors(calls);
  assert.deepEqual(first.problems, []);

  // What the LMS keeps for the learner, as scorm-again holds it.
  const { cmi } = await first.page.evaluate(() => window.API.renderCMIToJSONObject());
  assert.ok(cmi.suspend_data.includes(won) && cmi.suspend_data.length <= 4096, cmi.suspend_data);
  assert.equal(cmi.core.student_id, 'pupil-17');
  assert.equal(cmi.core.lesson_status, 'incomplete');

  // Another device (empty storage): the LMS launches the same learner with what it kept.
  const kept = {
    core: { student_id: cmi.core.student_id, lesson_status: cmi.core.lesson_status, entry: 'resume', score: cmi.core.score },
    suspend_data: cmi.suspend_data,
  };
  const second = await openLms(site, kept);
  // No player of this learner on this device yet: the age screen again, as expected.
  await expectAgeScreen(second.game);
  // The game's first report carries the kept stars: it never overwrites them with none.
  await second.page.waitForFunction(() => window.calls.some((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data'),
    null, { timeout: 30_000 });
  calls = await lmsCalls(second.page);
  assert.equal(calls.find((c) => c.name === 'LMSGetValue' && c.args[0] === 'cmi.suspend_data')?.result, kept.suspend_data);
  assert.ok(sets(calls, 'cmi.suspend_data')[0].includes(won), sets(calls, 'cmi.suspend_data')[0]);
  await tap(second.game, 'button', t['band-7-9']);
  await expectPackagedHome(second.game);
  await tap(second.game, 'button', t['title-play']);
  await expectVisible(second.game, 'button', FIRST_LEVEL_WON);
  calls = await lmsCalls(second.page);
  assert.equal(count(calls, 'LMSInitialize'), 1);
  expectNoLmsErrors(calls);
  assert.deepEqual(second.problems, []);
});

// ---- cmi5 ---------------------------------------------------------------------------------

const categories = (statement) => (statement.context?.contextActivities?.category ?? []).map((a) => a.id);

test('cmi5: launched by a test LMS, the game sends its statements to a real record store', async () => {
  const dir = unpacked('cmi5');
  assert.ok(readFileSync(join(dir, 'cmi5.xml'), 'utf8').includes(`<au id="${AU}"`), 'cmi5.xml at the root names the AU');
  // The LMS's fetch URL (cmi5 section 8.2): the token for the record store, once; any later
  // request of the same URL is answered 200 with an error.
  let fetches = 0;
  const site = await served(dir, {
    routes: {
      '/lms/fetch': (req, res) => {
        if (req.method !== 'POST') return reply(res, 405, 'text/plain', 'POST only');
        fetches += 1;
        const body = fetches === 1
          ? { 'auth-token': Buffer.from(`${KEY}:${SECRET}`).toString('base64') }
          : { 'error-code': '1', 'error-text': 'Already in use' };
        return reply(res, 200, 'application/json', JSON.stringify(body));
      },
    },
  });
  const lrs = await startLrs(site.origin); // it answers CORS requests from the package's origin
  later(() => lrs.close());

  const registration = randomUUID();
  const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-7' } };
  const launchUrl = `${site.origin}/index.html?${new URLSearchParams({
    endpoint: lrs.endpoint, fetch: `${site.origin}/lms/fetch`, actor: JSON.stringify(actor), registration, activityId: AU,
  })}`;
  const { page } = await newTablet();
  const problems = guard(page, site.origin);
  // What web/package.js says when the store refuses statements, and every failed answer but
  // the State API's (Ralph 5.1.0 has none: 404, and the game goes on without LaunchData).
  const warnings = [];
  page.on('console', (message) => { if (message.text().startsWith('Byte Bridge:')) warnings.push(message.text()); });
  const failed = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().startsWith(`${lrs.endpoint}activities/state`)) {
      failed.push(`${response.status()} ${response.url()}`);
    }
  });
  await page.goto(launchUrl);
  await waitForGame(page);
  await expectAgeScreen(page);
  await tap(page, 'button', t['band-7-9']);
  await expectPackagedHome(page);
  assert.ok(!(await statusText(page)).includes(t['package-unreachable']), 'the launch was accepted');
  await winFirstLevel(page);

  const level = `urn:byte-bridge:level:${FIRST_LEVEL}`;
  const held = await until(async () => {
    const all = await lrs.statements();
    return all.some((s) => s.verb.id === VERB('initialized')) && all.some((s) => s.object?.id === level) && all;
  }, async () => `initialized and the attempt in the store; it holds ${(await lrs.statements()).map((s) => s.verb.id).join(', ') || 'nothing'}; `
    + `the page said: ${warnings.join(' | ') || 'nothing'}`);
  const initialized = held.filter((s) => s.verb.id === VERB('initialized'));
  assert.equal(initialized.length, 1, 'one initialized');
  const [init] = initialized;
  const session = init.context?.extensions?.[SESSION_ID];
  assert.ok(typeof session === 'string' && session.length > 0, 'the session id');
  assert.equal(init.object.id, AU);
  assert.deepEqual(init.actor.account, actor.account);
  assert.equal(init.context.registration, registration);
  assert.ok(categories(init).includes(CMI5_CATEGORY), 'initialized is a cmi5 defined statement');

  const attempt = held.find((s) => s.object?.id === level);
  assert.equal(attempt.verb.id, VERB('mastered'), 'three stars at par');
  assert.deepEqual(attempt.actor.account, actor.account, 'the LMS’s learner, not the game’s player');
  assert.equal(attempt.context.registration, registration);
  assert.equal(attempt.context.extensions?.[SESSION_ID], session);
  assert.ok(!categories(attempt).includes(CMI5_CATEGORY), 'an attempt is a cmi5 allowed statement');
  assert.ok(attempt.context.contextActivities?.parent?.some((a) => a.id === AU), 'the AU is its parent');
  assert.ok(!held.some((s) => s.verb.id === VERB('completed')), 'one level does not complete the map');
  assert.equal(fetches, 1, 'the token was fetched once');
  assert.ok(!(await page.evaluate(() => JSON.stringify({ ...localStorage }))).includes('learner-7'), 'the learner’s own id is not stored');

  // The learner leaves: `terminated` goes as the page goes (a keepalive request).
  await page.goto('about:blank');
  const terminated = await until(async () => (await lrs.statements()).find((s) => s.verb.id === VERB('terminated')),
    'terminated in the store', 30_000);
  assert.equal(terminated.context.registration, registration);
  assert.equal(terminated.context.extensions?.[SESSION_ID], session);
  assert.ok(categories(terminated).includes(CMI5_CATEGORY));
  assert.match(terminated.result?.duration ?? '', /^PT/);

  assert.deepEqual(warnings, []);
  assert.deepEqual(failed, []);
  // The record store is the one other address allowed; Chromium logs the State API's 404 itself.
  assert.deepEqual(problems.filter((p) => !p.startsWith(`request to another origin: ${lrs.origin}/`)
    && !p.startsWith('console: Failed to load resource: the server responded with a status of 404')), []);
});

// ---- Kolibri ------------------------------------------------------------------------------

/**
 * Kolibri's way of showing an HTML5 app: the zip's index.html in `<iframe sandbox="allow-scripts">`
 * (no allow-same-origin: an opaque origin) from a content server on another origin than the
 * page around it. Messages the frame posts to this page are kept in window.messages.
 */
function kolibriPage(src) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kolibri stand-in</title><link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; overflow: hidden; }
iframe { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; }</style></head>
<body>
<script>
  window.messages = [];
  addEventListener('message', (event) => messages.push({ origin: event.origin, data: event.data }));
</script>
<iframe sandbox="allow-scripts" title="Byte Bridge" src="${src}"></iframe>
</body></html>`;
}

/** The zip served with CORS, the Kolibri page on another origin, the game in its frame. */
async function openInKolibri(zip) {
  const host = await served(null, {
    routes: { '/': (req, res) => reply(res, 200, 'text/html; charset=utf-8', kolibriPage(`${zip.origin}/index.html`)) },
  });
  const { page } = await newTablet();
  const problems = guard(page, zip.origin);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${host.origin}/`);
  const game = frameAsPage(await frameAt(page, `${zip.origin}/index.html`));
  await waitForGame(game);
  assert.equal(await game.frame.evaluate(() => self.origin), 'null', 'the game runs sandboxed, with an opaque origin');
  // Besides the Kolibri page itself, nothing but the zip's own server; and without
  // allow-same-origin there is no storage, so the game says it cannot save.
  const problemsNow = () => problems.filter((p) => p !== `request to another origin: ${host.origin}/`
    && !/SecurityError|allow-same-origin/.test(p));
  const elsewhere = () => requests.filter((u) => !u.startsWith(`${zip.origin}/`) && u !== `${host.origin}/` && !/^(data|blob):/.test(u));
  return { page, game, host, requests, problems: problemsNow, elsewhere };
}

const kolibriStatements = (page) => page.evaluate(() => window.messages.filter((m) => m.data?.statement));

test('Kolibri: the zip alone runs in a sandboxed frame, asks nothing of anyone else, and says the platform is missing', async () => {
  const dir = unpacked('kolibri');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(html.includes('<script type="application/json" id="package">{"kind": "kolibri"}</script>'), 'index.html at the root');
  assert.ok(!/https?:\/\//i.test(html), 'the page names no address of anyone');
  assert.ok(!html.includes('Content-Security-Policy'), 'no policy of its own: Kolibri serves its own and adds its bridge');
  assert.ok(!existsSync(join(dir, 'imsmanifest.xml')) && !existsSync(join(dir, 'cmi5.xml')));
  const zip = await served(dir, { cors: true });
  const { game, requests, problems, elsewhere } = await openInKolibri(zip);
  await expectAgeScreen(game);
  // The storage notice comes first (src/game/screens/notices.rs), then the platform's.
  await waitForStatus(game, t['storage-unavailable']);
  await tap(game, 'button', t['notice-dismiss']);
  await waitForStatus(game, t['package-unreachable']);
  await tap(game, 'button', t['notice-dismiss']);
  await waitForStatusGone(game, t['package-unreachable']);
  await tap(game, 'button', t['band-7-9']);
  await expectPackagedHome(game);
  assert.ok(requests.some((u) => u.startsWith(`${zip.origin}/`) && u.endsWith('.wasm')), 'the game came from the zip’s server');
  assert.deepEqual(elsewhere(), [], 'every request went to the zip’s own server');
  assert.deepEqual(problems(), []);
});

/** A stand-in for Kolibri's bridge (hashi's xAPI interface: Kolibri fills in the learner and
 * the time, and keeps the statement); this one hands each statement to the page around. */
// Given once the frame has loaded, as Kolibri's parent page may do: the game waits for it.
const BRIDGE = `addEventListener('load', () => {
  window.xAPI = {
    getAgent: async () => ({ mbox: 'mailto:abc@kolibri.to' }),
    sendStatement: async (statement) => parent.postMessage({ statement }, '*'),
  };
});
`;

test('Kolibri: through its bridge the launch is told, and one level does not complete the resource', async () => {
  const dir = unpacked('kolibri');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(html.includes('</head>'));
  // Kolibri adds its bridge's script to the page; the test server does the same.
  const zip = await served(dir, {
    cors: true,
    routes: {
      '/index.html': (req, res) => reply(res, 200, 'text/html; charset=utf-8',
        html.replace('</head>', '<script src="kolibri-bridge.js"></script>\n</head>')),
      '/kolibri-bridge.js': (req, res) => reply(res, 200, 'text/javascript; charset=utf-8', BRIDGE),
    },
  });
  const { page, game, problems, elsewhere } = await openInKolibri(zip);
  const statements = await until(async () => {
    const all = await kolibriStatements(page);
    return all.some((m) => m.data.statement.verb?.id === VERB('initialized')) && all;
  }, 'initialized through the bridge');
  const init = statements.find((m) => m.data.statement.verb?.id === VERB('initialized'));
  assert.equal(init.origin, 'null', 'from the sandboxed game');
  assert.equal(init.data.statement.object.id, COURSE);

  await expectAgeScreen(game);
  await waitForStatus(game, t['storage-unavailable']); // this stand-in gives no storage; Kolibri's does
  await tap(game, 'button', t['notice-dismiss']);
  await waitForStatusGone(game, t['storage-unavailable']);
  assert.ok(!(await statusText(game)).includes(t['package-unreachable']), 'the bridge was found');
  await tap(game, 'button', t['band-7-9']);
  await expectPackagedHome(game);
  await winFirstLevel(game);
  await tap(game, 'button', t['result-levels']);
  await expectVisible(game, 'button', FIRST_LEVEL_WON);
  // Messages from one window arrive in order: once this marker is in, every statement the
  // game sent for the win is too.
  await game.frame.evaluate(() => parent.postMessage({ marker: 'after the win' }, '*'));
  await page.waitForFunction(() => window.messages.some((m) => m.data?.marker === 'after the win'), null, { timeout: 30_000 });
  // Kolibri counts mastered, passed or completed as the whole resource done: only initialized.
  const verbs = (await kolibriStatements(page)).map((m) => m.data.statement.verb?.id);
  assert.deepEqual(verbs, [VERB('initialized')], 'nothing but initialized after one level');
  assert.deepEqual(elsewhere(), [], 'every request went to the zip’s own server');
  assert.deepEqual(problems(), []);
});
