// End-to-end: players on a shared tablet and the storage fault matrix. Each test asserts that
// no completed level is lost and that the game boots with the right message — with real
// localStorage, real reloads and closed tabs, in headless Chromium on a touch tablet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowserAndSite, browser, origin, tabletContext, guard, waitForGame, tap, TABLET_PORTRAIT, TABLET_LANDSCAPE,
} from './browser.mjs';
import {
  newPlayer, openOnlyPlayer, openWithSavedRecord, savedRecord, layer, byRole, expectVisible, waitForStatus,
  statusText, expectControlsFit, winFirstLevel, putFortyPlayers,
} from './pupil.mjs';

useBrowserAndSite();

async function open(context) {
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + '/');
  await waitForGame(page);
  return { page, problems };
}

/**
 * A tablet holding 40 players with 100 attempts each: every record and its backup copy, as
 * the game writes them (made by tests/e2e_fixtures.rs), on the players screen.
 */
async function openWithFortyPlayers(context) {
  const { page, problems } = await open(context);
  await putFortyPlayers(page);
  return { page, problems };
}

async function expectFirstLevelDone(page) {
  await tap(page, 'button', 'Play');
  await expectVisible(page, 'button', '1. First steps, 3 of 3 stars');
}

test('a reload in the middle of a level loses nothing', async () => {
  const context = await tabletContext(browser);
  const { page, problems } = await open(context);
  await newPlayer(page);
  await winFirstLevel(page);
  await tap(page, 'button', 'Next level');
  await tap(page, 'button', 'Forward');
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
  await expectFirstLevelDone(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('closing the tab right after a win keeps the win', async () => {
  const context = await tabletContext(browser);
  const { page } = await open(context);
  await newPlayer(page);
  await winFirstLevel(page);
  await page.close({ runBeforeUnload: false });
  const { page: again, problems } = await open(context);
  await openOnlyPlayer(again);
  await expectFirstLevelDone(again);
  assert.deepEqual(problems, []);
  await context.close();
});

test('full storage: the pupil is told, gets the stars as a file, and plays on', async () => {
  const context = await tabletContext(browser, { acceptDownloads: true });
  const { page, problems } = await open(context);
  await newPlayer(page);
  // Fill the origin's real quota with other data, as other sites' apps do on a shared tablet.
  const filled = await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (; i < 1000; i++) localStorage.setItem(`other.${i}`, chunk);
    } catch (error) {
      // Then the last bytes, so not even a small record fits.
      for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
        try { localStorage.setItem(`other.tail.${size}`, 'x'.repeat(size)); } catch { /* smaller next */ }
      }
      return error.name;
    }
    return 'never full';
  });
  assert.equal(filled, 'QuotaExceededError');
  await winFirstLevel(page);
  await waitForStatus(page, "The tablet's storage is full");
  const download = page.waitForEvent('download');
  await tap(page, 'button', 'Save to a file');
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.equal(file.format, 'byte-bridge-players');
  const record = file.profiles[0].progress.levels['robot-first-steps'];
  assert.equal(record.best_stars, 3, 'the win that could not be saved is in the file');
  // Done what it asked: the notice goes, and the game goes on.
  await byRole(page, 'button', 'OK').waitFor({ state: 'detached' });
  await tap(page, 'button', 'Next level');
  await expectVisible(page, 'button', 'Run');
  // The win itself was kept too: the player's backup copy made room for it.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('other.'))
    .forEach((k) => localStorage.removeItem(k)));
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
  await expectFirstLevelDone(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a damaged record comes back from its last good copy, with a message', async () => {
  const context = await tabletContext(browser);
  const { page, problems } = await open(context);
  await newPlayer(page);
  await winFirstLevel(page);
  // One character changed, as a failing flash chip or a hand edit would: in localStorage and
  // in the durable journal (web/journal.js), which would otherwise put the good copy back.
  await page.evaluate(async () => {
    const key = Object.keys(localStorage).find((k) => /^bytebridge\.profile\.[0-9a-f]+$/.test(k));
    const damaged = localStorage.getItem(key).replace('"best_stars":3', '"best_stars":1');
    localStorage.setItem(key, damaged);
    const db = await new Promise((resolve, reject) => {
      const opening = indexedDB.open('bytebridge');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const transaction = db.transaction('journal', 'readwrite');
    transaction.objectStore('journal').put(damaged, key);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  });
  await page.reload();
  await waitForGame(page);
  await waitForStatus(page, 'Some saved stars were damaged. The last good copy was brought back.');
  await tap(page, 'button', 'OK');
  await byRole(page, 'button', 'OK').waitFor({ state: 'detached' });
  await openOnlyPlayer(page);
  await expectFirstLevelDone(page);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.damaged')).length);
  assert.equal(kept, 1, 'the damaged text is kept aside, not thrown away');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a record damaged in localStorage alone comes back whole from the durable journal', async () => {
  const context = await tabletContext(browser);
  const { page, problems } = await open(context);
  await newPlayer(page);
  await winFirstLevel(page);
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^bytebridge\.profile\.[0-9a-f]+$/.test(k));
    localStorage.setItem(key, localStorage.getItem(key).slice(0, 40));
    localStorage.removeItem(`${key}.backup`);
  });
  await page.reload();
  await waitForGame(page);
  await byRole(page, 'button', 'New player').waitFor();
  assert.ok(!(await statusText(page)).includes('damaged'), 'nothing was lost, so no damage to report');
  await openOnlyPlayer(page);
  await expectFirstLevelDone(page);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const version of [1, 2]) {
  test(`a tablet with a schema ${version} record boots with that pupil as a player`, async () => {
    const fixture = readFileSync(new URL(`../fixtures/progress-v${version}.json`, import.meta.url), 'utf8');
    const expected = JSON.parse(fixture).progress;
    const context = await tabletContext(browser, { locale: 'en-GB' });
    const { page, problems } = await open(context);
    await openWithSavedRecord(page, fixture);
    // The player's saved language comes back with them (its pack arrives a moment later).
    await page.waitForFunction((tag) => document.documentElement.lang === tag, expected.language, { timeout: 30_000 });
    const saved = await savedRecord(page);
    for (const [id, record] of Object.entries(expected.levels)) {
      assert.equal(saved.progress.levels[id].best_stars, record.best_stars, `${id} kept its stars`);
    }
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.includes('bytebridge.progress.migrated'), 'the old record is kept aside');
    assert.ok(!keys.includes('bytebridge.progress'));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('with storage blocked the game plays for the session and says so', async () => {
  const context = await tabletContext(browser);
  // What Chrome does when a school's policy blocks site data: localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const { page, problems } = await open(context);
  await waitForStatus(page, 'This tablet cannot save right now');
  await tap(page, 'button', 'OK');
  await byRole(page, 'button', 'OK').waitFor({ state: 'detached' });
  await newPlayer(page);
  await winFirstLevel(page);
  await tap(page, 'button', 'All levels');
  await expectVisible(page, 'button', '1. First steps, 3 of 3 stars');
  assert.deepEqual(problems.filter((p) => !p.includes('SecurityError')), []);
  await context.close();
});

test('40 players with 100 attempts each load, page by page', async () => {
  const context = await tabletContext(browser);
  const { page, problems } = await openWithFortyPlayers(context);
  await expectVisible(page, 'button', 'Brave Bear');
  for (let p = 2; p <= 4; p++) {
    await tap(page, 'button', 'More players');
    await layer(page).getByText(`Page ${p} of 4`, { exact: true }).waitFor({ timeout: 30_000 });
  }
  await expectVisible(page, 'button', 'Lucky Eagle');
  await tap(page, 'button', 'Lucky Eagle');
  await expectFirstLevelDone(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the grown-ups’ screen with a full page of players and the picture-password choice fits both ways round', async () => {
  const context = await tabletContext(browser);
  const { page, problems } = await openWithFortyPlayers(context);
  await tap(page, 'button', 'Grown-ups');
  const question = await layer(page).getByText(/^What is /).textContent();
  const [a, b] = question.match(/\d+/g).map(Number);
  for (const digit of String(a * b)) await tap(page, 'button', digit);
  await tap(page, 'button', 'OK');
  const choice = layer(page).getByRole('button', { name: 'Put picture passwords in the file', exact: true });
  await choice.waitFor();
  assert.equal(await choice.getAttribute('aria-pressed'), 'false');
  await expectControlsFit(page, TABLET_PORTRAIT);
  await expectControlsFit(page, TABLET_LANDSCAPE);
  await tap(page, 'button', 'Put picture passwords in the file');
  await layer(page).getByText(/^Files made now hold the picture passwords/).waitFor();
  assert.equal(await choice.getAttribute('aria-pressed'), 'true');
  await expectControlsFit(page, TABLET_LANDSCAPE);
  await expectControlsFit(page, TABLET_PORTRAIT);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the players screens keep every control on screen and big enough, both ways round', async () => {
  const context = await tabletContext(browser, { viewport: TABLET_PORTRAIT });
  const { page, problems } = await open(context);
  const fits = async () => {
    for (const viewport of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) await expectControlsFit(page, viewport);
  };
  await fits();
  await tap(page, 'button', 'New player');
  await expectVisible(page, 'button', 'Surprise me');
  await fits();
  await tap(page, 'button', 'Done');
  await expectVisible(page, 'button', 'Ages 7–9');
  await fits();
  await tap(page, 'button', 'Ages 7–9');
  await expectVisible(page, 'button', 'No password');
  await fits();
  await tap(page, 'button', 'No password');
  await fits();
  await tap(page, 'button', 'Change player');
  await tap(page, 'button', 'Grown-ups');
  await expectVisible(page, 'button', 'OK');
  await fits();
  assert.deepEqual(problems, []);
  await context.close();
});

test('grown-ups move a player to another tablet by file', async () => {
  const context = await tabletContext(browser, { acceptDownloads: true });
  const { page, problems } = await open(context);
  await newPlayer(page);
  const name = (await layer(page).getByText(/^Hi, /).textContent()).replace(/^Hi, /, '').replace(/!$/, '');
  await winFirstLevel(page);
  await tap(page, 'button', 'All levels');
  await tap(page, 'button', 'Back');
  await tap(page, 'button', 'Change player');
  await tap(page, 'button', 'Grown-ups');
  const question = await layer(page).getByText(/^What is /).textContent();
  const [a, b] = question.match(/\d+/g).map(Number);
  for (const digit of String(a * b)) await tap(page, 'button', digit);
  await tap(page, 'button', 'OK');
  const download = page.waitForEvent('download');
  await tap(page, 'button', 'Save all players to a file');
  const file = await (await download).path();

  // Another tablet: a fresh browser profile.
  const other = await tabletContext(browser);
  const { page: tablet, problems: otherProblems } = await open(other);
  await tap(tablet, 'button', 'Grown-ups');
  const q = await layer(tablet).getByText(/^What is /).textContent();
  const [c, d] = q.match(/\d+/g).map(Number);
  for (const digit of String(c * d)) await tap(tablet, 'button', digit);
  await tap(tablet, 'button', 'OK');
  for (const expected of ['Done: one new player, 0 updated.', 'Done: 0 new players, 0 updated.']) {
    const chooser = tablet.waitForEvent('filechooser');
    await tap(tablet, 'button', 'Bring players from a file');
    await (await chooser).setFiles(file);
    await waitForStatus(tablet, expected);
  }
  // A players file made by hand (a 40 000-tile program) is refused with the limits the
  // teacher's page reads pupils' files with, and changes nothing here.
  const crafted = JSON.parse(readFileSync(file, 'utf8'));
  for (const record of Object.values(crafted.profiles[0].progress.levels)) record.attempts[0].program = { main: 'F '.repeat(40_000) };
  const chooser = tablet.waitForEvent('filechooser');
  await tap(tablet, 'button', 'Bring players from a file');
  await (await chooser).setFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) });
  await waitForStatus(tablet, 'A player in this file holds more than Byte Bridge ever keeps (programs too long, too many attempts or levels), alone or together with the same player on this tablet. Nothing was changed.');
  await expectVisible(tablet, 'button', `Delete ${name}`);
  await tap(tablet, 'button', 'Back');
  await tap(tablet, 'button', name);
  await expectFirstLevelDone(tablet);
  assert.deepEqual([...problems, ...otherProblems], []);
  await context.close();
  await other.close();
});
