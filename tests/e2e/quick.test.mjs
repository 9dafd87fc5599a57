// End-to-end: "Who is playing?" in HTML while the game loads (web/quick.js, src/core/quick.rs,
// issue #21). The game's code is held back (its download waits until the test lets it go), so
// every check runs while the game truly has not started; taps are real touch events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite, browser, origin, tabletContext, guard, waitForGame, tap } from './browser.mjs';
import { openGame, layer, byRole, expectVisible, expectText, textsIn, putFortyPlayers } from './pupil.mjs';
import { axeViolations } from './axe.mjs';

useBrowserAndSite();

const KEY = 'bytebridge.quick-screen';

/**
 * Holds the game's code back on `page` until the returned function is called (again after
 * each call, for the next load): the page shows only what it can without the game.
 */
async function holdGame(page) {
  let release;
  let gate = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue().catch(() => {}); // a page reloaded meanwhile dropped its request
  });
  return () => {
    release();
    gate = new Promise((resolve) => { release = resolve; });
  };
}

const quick = (page) => page.locator('#quick');
const quickButton = (page, name) => quick(page).getByRole('button', { name, exact: true });

/** Taps a button of the HTML players screen with a real touch event, in its middle. */
async function tapQuick(page, name) {
  const box = await quickButton(page, name).boundingBox();
  assert.ok(box, `the players screen shows "${name}"`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** The game has not started on `page`: its code is held, and nothing has been drawn. */
async function gameNotStarted(page) {
  assert.equal(await page.evaluate(() => performance.getEntriesByName('bytebridge-main').length), 0);
  assert.equal(await layer(page).locator('button').count(), 0);
}

/** Waits until the page's scripts have run (quick.js has shown its screen, or not). */
async function pageScriptsRan(page) {
  await page.waitForFunction(() => typeof window.byteBridgeTakeQuickTap === 'function');
}

test('a new tablet shows "Who is playing?" at once, and New player tapped there opens when the game is ready', async () => {
  const context = await tabletContext(browser);
  const page = await context.newPage();
  const problems = guard(page, origin);
  const release = await holdGame(page);
  await page.goto(origin + '/');
  await quick(page).getByRole('heading', { name: 'Who is playing?' }).waitFor();
  await quick(page).getByText('Tap “New player” to start.').waitFor();
  assert.ok(await quickButton(page, 'Grown-ups').isEnabled());
  assert.ok(await page.evaluate(() => performance.getEntriesByName('bytebridge-quick').length === 1));
  assert.ok(await page.locator('#loader').isHidden(), 'the players screen, not the loading screen');
  assert.deepEqual(await axeViolations(page), []);
  await gameNotStarted(page);

  await tapQuick(page, 'New player');
  await quick(page).getByRole('status').getByText('Loading Byte Bridge…').waitFor();
  assert.ok(await quickButton(page, 'Grown-ups').isDisabled(), 'one tap is kept, no more');
  await gameNotStarted(page);

  release();
  await waitForGame(page);
  // The game opened what was tapped: the new player's name and picture, not the players screen.
  await expectVisible(page, 'button', 'Done');
  assert.equal(await byRole(page, 'button', 'New player').count(), 0);
  assert.equal(await quick(page).count(), 0, 'the HTML screen is gone once the game runs');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tablet with players shows their names and pictures, and the picture tapped opens that player', async () => {
  const { context, page, problems } = await openGame();
  await tap(page, 'button', 'Change player');
  await expectVisible(page, 'button', 'New player');
  const others = new Set(['New player', 'Grown-ups']);
  const [name, ...more] = (await layer(page).getByRole('button').allTextContents()).filter((n) => !others.has(n));
  assert.deepEqual(more, []);
  // What the game kept for the page: this screen's players.
  const copy = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(copy.players.map((p) => p.name), [name]);

  const release = await holdGame(page);
  await page.reload();
  const button = quickButton(page, name);
  await button.waitFor();
  // The picture is the game's: its shapes, in the player's colour.
  const shapes = await button.locator('path').evaluateAll((paths) => paths.map((p) => [p.getAttribute('d'), p.getAttribute('fill')]));
  assert.deepEqual(shapes, copy.players[0].picture.map((d) => [d, copy.players[0].colour]));
  assert.ok(await quickButton(page, 'New player').isVisible());
  await gameNotStarted(page);
  await tapQuick(page, name);
  release();
  await waitForGame(page);
  await expectVisible(page, 'button', 'Play');
  await expectText(page, `Hi, ${name}!`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a damaged or strange copy is never shown: the game shows its own screen and keeps a good copy again', async () => {
  const { context, page, problems } = await openGame({ player: false });
  const good = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  const player = { id: 'p1', name: 'Brave Fox', colour: '#3399db', picture: ['M0 0L100 0L50 50Z'] };
  const bad = [
    '{"version":1,',
    'null',
    JSON.stringify({ ...good, version: 2 }),
    JSON.stringify({ ...good, lang: 'xx' }),
    JSON.stringify({ ...good, players: [{ ...player, picture: ['M0 0L100 0Z"/><script>alert(1)</script>'] }] }),
    JSON.stringify({ ...good, players: [{ ...player, colour: 'url(https://example.com/x)' }] }),
    JSON.stringify({ ...good, players: [{ ...player, name: 'x'.repeat(121) }] }),
    JSON.stringify({ ...good, players: Array.from({ length: 13 }, (_, i) => ({ ...player, id: `p${i}` })) }),
  ];
  const release = await holdGame(page);
  for (const value of bad) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, value]);
    await page.reload();
    await pageScriptsRan(page);
    assert.equal(await quick(page).count(), 0, value);
    assert.ok(await page.locator('#loader').isVisible(), `the loading screen instead: ${value}`);
  }
  release();
  await waitForGame(page);
  await expectVisible(page, 'button', 'New player');
  assert.deepEqual(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)), good);
  // A teacher's link (#…) is the game's to follow: no players screen before it.
  await page.goto(origin + '/index.html#elsewhere');
  await pageScriptsRan(page);
  assert.equal(await quick(page).count(), 0);
  release();
  await waitForGame(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tablet of forty players shows the first twelve, and More players tapped there opens the second page', async () => {
  const { context, page, problems } = await openGame({ player: false });
  await putFortyPlayers(page);
  await expectText(page, 'Page 1 of 4');
  const release = await holdGame(page);
  await page.reload();
  await quickButton(page, 'More players').waitFor();
  assert.equal(await quick(page).locator('.quick-player').count(), 12);
  await tapQuick(page, 'More players');
  release();
  await waitForGame(page);
  await expectText(page, 'Page 2 of 4');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Arabic the players screen reads from the right, in the game\'s words', async () => {
  const context = await tabletContext(browser, { locale: 'ar' });
  const page = await context.newPage();
  const problems = guard(page, origin);
  await holdGame(page);
  await page.goto(origin + '/');
  const ar = textsIn('ar');
  await quick(page).getByRole('heading', { name: ar['players-title'] }).waitFor();
  assert.equal(await quick(page).getAttribute('dir'), 'rtl');
  assert.equal(await quick(page).getAttribute('lang'), 'ar');
  assert.ok(await quickButton(page, ar['player-new']).isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});
