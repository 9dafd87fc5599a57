// What a pupil does and sees, for the end-to-end tests: controls found by role and name in the
// accessibility layer, players made and opened, the saved record read back. Shared by every
// *.test.mjs file here.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { tap, waitForGame, browser, origin, tabletContext, guard, countDraws } from './browser.mjs';

/**
 * A fresh tablet (the file's browser and site, see useBrowserAndSite) with the game loaded and,
 * unless `player: false`, a new player made the way a pupil does (New player, Done, Ages 7–9,
 * No password), on their home screen. Other options go to tabletContext.
 */
export async function openGame({ player = true, draws = false, path = '/', ...options } = {}) {
  const context = await tabletContext(browser, options);
  if (draws) await countDraws(context); // for waitForSettled: frames are counted from the start
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + path);
  await waitForGame(page);
  if (player) await newPlayer(page);
  return { context, page, problems };
}

/** From the players screen: a new player with the picture and nickname offered, ages 7–9. */
export async function newPlayer(page) {
  const t = textsIn(await page.evaluate(() => document.documentElement.lang));
  await tap(page, 'button', t['player-new']);
  await tap(page, 'button', t['player-done']);
  await tap(page, 'button', t['band-7-9']);
  await tap(page, 'button', t['secret-skip']);
  await expectVisible(page, 'button', t['title-play']);
}

/**
 * From a player's home screen: Robot Road's first level solved at par, up to the result screen
 * (a slow machine gets 3 minutes). On failure it says what the screen showed and whether a
 * save was still on its way to disk (web/journal.js).
 */
export async function winFirstLevel(page) {
  await tap(page, 'button', 'Play');
  await tap(page, 'button', '1. First steps, not played yet');
  for (const tile of ['Forward', 'Forward', 'Turn right', 'Forward', 'Forward']) await tap(page, 'button', tile);
  await expectVisible(page, 'button', 'Forward, step 5 in Main');
  await tap(page, 'button', 'Run');
  try {
    await expectVisible(page, 'heading', 'Level complete!', 180_000);
  } catch (error) {
    const state = await page.evaluate(() => ({
      pending: window.byteBridgeJournal?.pending(),
      shown: [...document.querySelectorAll('#a11y-layer [role], #a11y-layer button')].map((e) => e.textContent),
    }));
    throw new Error(`${error.message}\nwrites on their way to disk: ${state.pending}; shown: ${state.shown.join(' | ')}`);
  }
}

/**
 * Puts 40 players with 100 attempts each on the tablet open in `page` (every record and its
 * backup copy, as the game writes them: made by tests/e2e_fixtures.rs), reloads, and waits for
 * the players screen. Returns how many characters that stored.
 */
export async function putFortyPlayers(page) {
  const storage = JSON.parse(readFileSync(new URL('fixtures/forty-players.json', import.meta.url), 'utf8'));
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, storage);
  await page.reload();
  await waitForGame(page);
  return Object.values(storage).reduce((n, v) => n + v.length, 0);
}

/** Taps the one player on the players screen and waits for their home screen. */
export async function openOnlyPlayer(page) {
  const t = textsIn(await page.evaluate(() => document.documentElement.lang));
  const others = new Set([t['player-new'], t['grown-ups'], t['players-next'], t['players-previous']]);
  await byRole(page, 'button', t['player-new']).waitFor({ timeout: 30_000 });
  const names = (await layer(page).getByRole('button').allTextContents()).filter((n) => !others.has(n));
  assert.equal(names.length, 1, `one player: ${names}`);
  await tap(page, 'button', names[0]);
  await byRole(page, 'button', names[0]).waitFor({ state: 'detached', timeout: 30_000 });
}

/**
 * A tablet that kept one pupil's record from before profiles (schema 2, as the fixtures):
 * the game makes it a player, which is then opened.
 */
export async function openWithSavedRecord(page, record) {
  await page.evaluate((saved) => localStorage.setItem('bytebridge.progress', saved), record);
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
}

/** The saved record of the one player on this tablet, as stored (`{progress: …}`). */
export async function savedRecord(page) {
  const records = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => /^bytebridge\.profile\.[0-9a-f]+$/.test(k)).map((k) => JSON.parse(localStorage.getItem(k))));
  assert.equal(records.length, 1, 'one player');
  return records[0].profile;
}

export const layer = (page) => page.locator('#a11y-layer');
export const byRole = (page, role, name) => layer(page).getByRole(role, { name, exact: true });

export async function expectVisible(page, role, name, timeout = 30_000) {
  await byRole(page, role, name).waitFor({ timeout });
}

/** Waits for a text (a `<p>` in the layer: a prompt, a card, the password) to be shown. */
export async function expectText(page, text, timeout = 30_000) {
  await layer(page).getByText(text, { exact: true }).first().waitFor({ timeout });
}

/** Waits until an announced status contains `text`; fails with what it says instead. */
export async function waitForStatus(page, text, timeout = 30_000) {
  try {
    await page.waitForFunction((wanted) => [...document.querySelectorAll('#a11y-layer [role=status]')]
      .some((s) => s.textContent.includes(wanted)), text, { timeout });
  } catch {
    assert.fail(`status never said ${JSON.stringify(text)}; it says: ${await statusText(page)}`);
  }
}

export async function statusText(page) {
  return (await layer(page).getByRole('status').allTextContents()).join(' | ');
}

/** The one button whose name starts with `prefix` (world tabs carry their star counts). */
export async function tapStarting(page, prefix) {
  await page.waitForFunction((start) => [...document.querySelectorAll('#a11y-layer button')]
    .some((b) => b.textContent.startsWith(start)), prefix, { timeout: 30_000 });
  const names = await layer(page).getByRole('button').allTextContents();
  const matching = names.filter((n) => n.startsWith(prefix));
  assert.equal(matching.length, 1, `one button starts with ${prefix}: ${names.join(' | ')}`);
  await tap(page, 'button', matching[0]);
}

/** The name of the program tile the robot is running (aria-current). */
export async function currentTile(page) {
  const current = layer(page).locator('[aria-current=step]');
  return (await current.count()) ? current.textContent() : null;
}

/** A level file from assets/levels/. */
export function levelFile(id) {
  return JSON.parse(readFileSync(new URL(`../../assets/levels/${id}.json`, import.meta.url), 'utf8'));
}

/** Every level file of assets/levels/ (not worlds.json), parsed. */
export function levelFiles() {
  const dir = new URL('../../assets/levels/', import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && file !== 'worlds.json')
    .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
}

/** The English text of single-line Fluent messages, read from every en/*.ftl file. */
export function englishTexts() {
  return textsIn('en');
}

/** The single-line Fluent messages of a language, read from its .ftl files. */
export function textsIn(lang) {
  const dir = new URL(`../../assets/i18n/${lang}/`, import.meta.url);
  const texts = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      const match = /^([a-z0-9-]+) = (.+)$/.exec(line);
      if (match) texts[match[1]] = match[2];
    }
  }
  return texts;
}

/** A one-line Fluent message (textsIn) with its `{ $name }` placeables filled from `values`. */
export function fill(message, values) {
  return message.replace(/\{ \$([a-z]+) \}/g, (_, name) => values[name]);
}

/**
 * A saved record in which every level of `worlds` is done: a pupil who played them on this
 * tablet before (the format is the game's own schema 2, see tests/fixtures/).
 */
export function progressWithWorldsDone(worlds) {
  return progressWithDone((level) => worlds.includes(level.world));
}

/** A saved record in which the levels `done(level)` picks are done. */
export function progressWithDone(done) {
  const levels = {};
  for (const level of levelFiles()) {
    if (done(level)) {
      levels[level.id] = { best_stars: 3, completions: 1, attempts_total: 1, attempts: [] };
    }
  }
  return JSON.stringify({ schema: 2, progress: { levels } });
}

/** Turns the tablet to `viewport`: every control must be on screen and at least 48 CSS px. */
export async function expectControlsFit(page, viewport) {
  // The layer's controls as laid out for the new size: after a turn the game moves them, so
  // the check waits for a change to the layer first.
  const { width, height } = page.viewportSize();
  const turned = width !== viewport.width || height !== viewport.height;
  await page.evaluate((waitForMove) => {
    window.__layerMoved = !waitForMove;
    new MutationObserver(() => { window.__layerMoved = true; })
      .observe(document.getElementById('a11y-layer'), { subtree: true, childList: true, attributes: true });
  }, turned);
  await page.setViewportSize(viewport);
  try {
    await page.waitForFunction(({ width, height }) => {
      const boxes = [...document.querySelectorAll('#a11y-layer button')].map((b) => b.getBoundingClientRect());
      return window.__layerMoved && boxes.length > 0
        && boxes.every((r) => r.left >= 0 && r.top >= 0 && r.right <= width + 1 && r.bottom <= height + 1);
    }, viewport, { timeout: 20_000 });
  } catch (error) {
    // Say which controls are off screen, and where.
    const off = await page.evaluate(({ width, height }) => [...document.querySelectorAll('#a11y-layer button')]
      .map((b) => ({ name: b.textContent, r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.left < 0 || r.top < 0 || r.right > width + 1 || r.bottom > height + 1)
      .map(({ name, r }) => `${name} (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`), viewport);
    throw new Error(`${error.message}\noff a ${viewport.width}×${viewport.height} screen: ${off.join('; ')}`);
  }
  const small = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')]
    .filter((b) => { const r = b.getBoundingClientRect(); return r.width < 48 || r.height < 48; }).map((b) => b.textContent));
  assert.deepEqual(small, [], 'every control is at least 48 CSS px');
}
