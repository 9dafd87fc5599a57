// End-to-end: the teacher page sends the class's results to a real learning record store
// (Ralph, a fresh one for each test: tests/e2e/lrs.mjs). Each result arrives once, read back from the
// store: through a reload and the same files imported twice, while the store is down and
// then up again, and after a wrong key was corrected. Nothing else leaves the page.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowserAndSite, origin } from './browser.mjs';
import { openTeacher, importFiles, fourPupilsFiles } from './teacher-page.mjs';
import { startLrs, KEY, SECRET } from './lrs.mjs';
import { axeViolations } from './axe.mjs';

useBrowserAndSite();

let lrs;
beforeEach(async () => {
  lrs = await startLrs(origin);
});
afterEach(async () => {
  await lrs?.close();
});

/** Everything the page asked of the store, and the problems that are not the store's. */
function watchStore(teacher) {
  const requests = [];
  teacher.page.on('request', (request) => {
    if (request.url().startsWith(lrs.origin + '/')) requests.push(`${request.method()} ${request.url()}`);
  });
  return {
    requests,
    problems: () => teacher.problems.filter((p) => !p.startsWith(`request to another origin: ${lrs.origin}/`)
      // Chromium logs every refused fetch (the store down) as a console error of its own.
      && !/console: Failed to load resource|console: .*ERR_CONNECTION_REFUSED/.test(p)),
  };
}

/** Enters the store's settings and saves them. */
async function setStore(page, { endpoint = lrs.endpoint, key = KEY, secret = SECRET } = {}) {
  await page.getByLabel('xAPI address (endpoint)').fill(endpoint);
  await page.getByLabel('Key (user name)').fill(key);
  await page.getByLabel('Secret (password)').fill(secret);
  await page.getByRole('button', { name: 'Save and send' }).click();
}

function storeStatus(page) {
  return page.locator('#lrs-status');
}

/** Waits until the store's status says `text`; fails with what it says instead. */
async function waitForStoreStatus(page, text, timeout = 30_000) {
  try {
    await page.waitForFunction((wanted) => document.getElementById('lrs-status')?.textContent.includes(wanted), text, { timeout });
  } catch {
    assert.fail(`the store's status never said ${JSON.stringify(text)}; it says: ${await storeStatus(page).textContent()}`);
  }
}

/** The ids of the class's statements, from the page's own xAPI download. */
async function downloadedIds(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download xAPI (JSON)' }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')).map((s) => s.id).sort();
}

/** Waits until no tab of the page is sending (it sends holding this Web Lock). */
async function sendingDone(page) {
  await page.evaluate(() => navigator.locks.request('bytebridge-lrs', () => {}));
}

/** The ids the store holds (each as often as it holds it). */
async function storedIds() {
  return (await lrs.statements()).map((s) => s.id).sort();
}

test('the teacher page sends every result to a real record store, each once', async () => {
  const teacher = await openTeacher();
  const { page } = teacher;
  const store = watchStore(teacher);
  await waitForStoreStatus(page, 'No record store is set.');

  // Settings a teacher might get wrong are refused with a message, and nothing is sent.
  await setStore(page, { endpoint: 'http://lrs.school.example/xAPI/' });
  await page.getByRole('alert').filter({ hasText: 'The address must start with https://' }).waitFor();
  await setStore(page, { endpoint: `${lrs.endpoint}?key=1` });
  await page.getByRole('alert').filter({ hasText: 'This is not a web address for a record store.' }).waitFor();
  await setStore(page, { key: 'admin:secret' });
  await page.getByRole('alert').filter({ hasText: 'The key must not contain ":"' }).waitFor();
  assert.deepEqual(store.requests, []);

  await setStore(page);
  await waitForStoreStatus(page, 'Nothing to send yet.');
  await importFiles(page, fourPupilsFiles());
  const ids = await downloadedIds(page);
  assert.equal(ids.length, 4, 'one attempt in each of the four files');
  await waitForStoreStatus(page, `All ${ids.length} results are in the record store.`);
  assert.deepEqual(await storedIds(), ids, 'the store holds each result of the class once');
  assert.ok(store.requests.every((r) => r.startsWith(`POST ${lrs.endpoint}statements`) || r.startsWith('OPTIONS ')), store.requests.join('\n'));

  // The secret never comes back to the page, and a reload sends nothing again.
  assert.equal(await page.getByLabel('Secret (password)').inputValue(), '');
  await page.getByText('Leave empty to keep the secret you saved before for this address and key.').waitFor();
  store.requests.length = 0;
  await page.reload();
  await waitForStoreStatus(page, `All ${ids.length} results are in the record store.`);
  assert.equal(await page.getByLabel('xAPI address (endpoint)').inputValue(), lrs.endpoint);
  assert.equal(await page.getByLabel('Secret (password)').inputValue(), '');
  // The same files once more: nothing new comes in, nothing goes out.
  await importFiles(page, fourPupilsFiles());
  await page.getByRole('listitem').filter({ hasText: /already/i }).first().waitFor();
  await waitForStoreStatus(page, `All ${ids.length} results are in the record store.`);
  await sendingDone(page);
  assert.deepEqual(store.requests, []);
  assert.deepEqual(await storedIds(), ids);

  // Forgotten and set again, the page has no list of what was sent: it sends everything, and
  // the store keeps each statement once.
  await page.getByRole('button', { name: 'Forget this record store' }).click();
  await waitForStoreStatus(page, 'No record store is set.');
  await setStore(page);
  await waitForStoreStatus(page, `All ${ids.length} results are in the record store.`);
  assert.ok(store.requests.some((r) => r.startsWith('POST ')), 'the statements went again');
  assert.deepEqual(await storedIds(), ids, 'and the store holds each once');

  // Forgetting the store removes its key and secret from this browser.
  await page.getByRole('button', { name: 'Forget this record store' }).click();
  await waitForStoreStatus(page, 'No record store is set.');
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.ok(!stored.includes(SECRET) && !stored.includes(KEY), 'no key or secret is left in storage');

  assert.deepEqual(store.problems(), []);
  await teacher.context.close();
});

test('results wait while the store is down, survive a reload, and go when it is back', async () => {
  await lrs.stop();
  const teacher = await openTeacher();
  const { page } = teacher;
  const store = watchStore(teacher);
  await setStore(page);
  await importFiles(page, fourPupilsFiles().slice(0, 2));
  await waitForStoreStatus(page, 'the record store cannot be reached. Trying again in');
  const ids = await downloadedIds(page);
  await page.reload();
  await waitForStoreStatus(page, `${ids.length} results are waiting: the record store cannot be reached.`);
  await lrs.start();
  // The next try comes at the end of the current wait (it doubles while the store is down).
  await waitForStoreStatus(page, `All ${ids.length} results are in the record store.`, 60_000);
  assert.deepEqual(await storedIds(), ids, 'each waiting result arrived once');
  assert.deepEqual(store.problems(), []);
  await teacher.context.close();
});

test('a wrong secret stops sending and says why, until it is corrected', async () => {
  const teacher = await openTeacher();
  const { page } = teacher;
  const store = watchStore(teacher);
  await importFiles(page, fourPupilsFiles());
  const ids = await downloadedIds(page);
  await setStore(page, { secret: 'not-the-secret' });
  await waitForStoreStatus(page, 'Sending has stopped: the record store does not accept this key and secret.');
  const tries = store.requests.filter((r) => r.startsWith('POST')).length;
  assert.equal(tries, 1, 'one refused request, no retries');
  await page.getByRole('button', { name: 'Try again now' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the page with a stopped store passes axe-core');
  if (process.env.SHOT) await page.locator('#sync').screenshot({ path: process.env.SHOT });

  // An address that is no record store's (this site's own) stops too, and says so.
  await setStore(page, { endpoint: `${origin}/no-store/` });
  await waitForStoreStatus(page, 'Sending has stopped: this address does not answer like a record store');

  await setStore(page);
  await waitForStoreStatus(page, `All ${ids.length} results are in the record store.`);
  assert.deepEqual(await storedIds(), ids, 'each result once');
  assert.deepEqual(store.problems(), []);
  await teacher.context.close();
});
