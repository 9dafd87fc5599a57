// End-to-end: a player's own settings behind the gear (issue #18 §3), saved with the player.
// "Less movement" starts as the device asks (prefers-reduced-motion) until the player
// chooses; the robot's speed chosen on the settings screen or on a level is where the next
// level starts; high contrast turns the game's colours (read back from screenshots) for that
// player; bigger text and more space grow every text and control and let a screen scroll (by
// finger, or to the control the focus moves to), and the fit check finds nothing out of
// place. Reading aloud's setting is in tests/e2e/speech.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowserAndSite, tap, waitForGame, waitForSettled, touchDrag, center,
} from './browser.mjs';
import { openGame, openOnlyPlayer, expectVisible, byRole, savedRecord } from './pupil.mjs';

useBrowserAndSite();

const pressed = (page, name) => byRole(page, 'button', name).getAttribute('aria-pressed');

/** Waits until the switch `name` is on (`state` 'true') or off ('false'), as a screen reader reads it. */
async function waitForPressed(page, name, state) {
  await page.waitForFunction(([wanted, on]) => [...document.querySelectorAll('#a11y-layer button')]
    .some((b) => b.textContent === wanted && b.getAttribute('aria-pressed') === on), [name, state]);
}

/** Waits until the player's saved record holds `settings` (a save reaches storage after the tap). */
async function saved(page, settings) {
  const wanted = JSON.stringify(settings);
  await page.waitForFunction((want) => Object.keys(localStorage)
    .filter((k) => /^bytebridge\.profile\.[0-9a-f]+$/.test(k))
    .some((k) => JSON.stringify(JSON.parse(localStorage.getItem(k)).profile.settings) === want), wanted)
    .catch(async () => assert.fail(`saved settings: ${JSON.stringify((await savedRecord(page)).settings)}, wanted ${wanted}`));
}

test('less movement follows the device until the player chooses, and the choice stays after a reload', async () => {
  const { context, page, problems } = await openGame({ reducedMotion: 'reduce' });
  await tap(page, 'button', 'Settings');
  await expectVisible(page, 'heading', 'Settings');
  assert.equal(await pressed(page, 'Less movement'), 'true', 'on, as the tablet asks');
  assert.equal((await savedRecord(page)).settings, undefined, 'nothing chosen yet, nothing saved');
  await tap(page, 'button', 'Less movement');
  await waitForPressed(page, 'Less movement', 'false');
  await saved(page, { calm: false });
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
  await tap(page, 'button', 'Settings');
  await expectVisible(page, 'button', 'Less movement');
  assert.equal(await pressed(page, 'Less movement'), 'false', 'the player’s choice wins over the tablet’s');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the robot’s speed chosen in settings starts every level, and a level’s speed button changes it', async () => {
  const { context, page, problems } = await openGame();
  await tap(page, 'button', 'Settings');
  assert.equal(await pressed(page, 'Less movement'), 'false', 'off on a tablet that does not ask');
  await tap(page, 'button', 'Robot speed: normal');
  await tap(page, 'button', 'Robot speed: fast');
  await expectVisible(page, 'button', 'Robot speed: slow');
  await tap(page, 'button', 'Back');
  await tap(page, 'button', 'Play');
  await tap(page, 'button', '1. First steps, not played yet');
  await tap(page, 'button', 'Speed: slow');
  await expectVisible(page, 'button', 'Speed: normal');
  await tap(page, 'button', 'Back');
  await tap(page, 'button', 'Back');
  await tap(page, 'button', 'Settings');
  await expectVisible(page, 'button', 'Robot speed: normal');
  await saved(page, undefined); // back to the defaults, which are not written
  await tap(page, 'button', 'Robot speed: normal');
  await expectVisible(page, 'button', 'Robot speed: fast');
  await saved(page, { robot_speed: 'fast' });
  assert.deepEqual(problems, []);
  await context.close();
});

/** The colour (r, g, b) of the page's picture at (x, y): a screenshot, decoded by the browser. */
async function colourAt(page, x, y) {
  const png = [...(await page.screenshot())];
  return page.evaluate(async ({ png, x, y }) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
  }, { png, x, y });
}

/** The screen's own colour (its top-left corner) and the left edge of the button `name`. */
async function screenAndEdge(page, name) {
  const box = await byRole(page, 'button', name).boundingBox();
  return [await colourAt(page, 4, 4), await colourAt(page, Math.round(box.x + 1), Math.round(box.y + box.height / 2))];
}

/** Colours as drawn: each channel within 3 of what was asked (the GPU's rounding). */
function assertColours(actual, expected, message) {
  const near = actual.every((colour, i) => colour.every((channel, c) => Math.abs(channel - expected[i][c]) <= 3));
  assert.ok(near, `${message}: ${JSON.stringify(actual)}, wanted ${JSON.stringify(expected)}`);
}

const NAVY = [30, 42, 71];
const BLUE = [63, 91, 154];
const BLACK = [0, 0, 0];
const WHITE = [255, 255, 255];

test('high contrast turns the screens black with white-edged buttons, stays with the player and turns back', async () => {
  // Frames are counted for waitForSettled: the picture is read once it has settled.
  const { context, page, problems } = await openGame({ draws: true });
  await tap(page, 'button', 'Settings');
  await expectVisible(page, 'button', 'High contrast');
  await waitForSettled(page);
  assertColours(await screenAndEdge(page, 'Back'), [NAVY, BLUE], 'the normal colours');
  await tap(page, 'button', 'High contrast');
  await waitForPressed(page, 'High contrast', 'true');
  await saved(page, { high_contrast: true });
  await waitForSettled(page);
  assertColours(await screenAndEdge(page, 'Back'), [BLACK, WHITE], 'high contrast');
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
  await waitForSettled(page);
  assertColours(await screenAndEdge(page, 'Settings'), [BLACK, WHITE], 'the player’s home after a reload');
  await tap(page, 'button', 'Settings');
  await tap(page, 'button', 'High contrast');
  await waitForPressed(page, 'High contrast', 'false');
  await saved(page, undefined);
  await waitForSettled(page);
  assertColours(await screenAndEdge(page, 'Back'), [NAVY, BLUE], 'the normal colours again');
  assert.deepEqual(problems, []);
  await context.close();
});

/** What the game's fit check (?check-fit) found on the screen as it is now laid out. */
async function misfitsNow(page) {
  await waitForSettled(page);
  return JSON.parse(await page.locator('#fit-report').textContent()).misfits;
}

/**
 * Scrolls the screen with a finger (on the screen's edge, where no button is) until the button
 * `name` shows whole, and gives its box.
 */
async function scrollTo(page, name) {
  const viewport = page.viewportSize();
  const button = byRole(page, 'button', name);
  await button.waitFor({ timeout: 30_000 });
  for (let drags = 0; ; drags++) {
    const box = await button.boundingBox();
    const whole = box && box.y >= 0 && box.y + box.height <= viewport.height - 2 && box.height >= 48;
    if (whole) return box;
    assert.ok(drags < 8, `${name} never scrolled into view`);
    const down = !box || box.y + box.height / 2 > viewport.height / 2;
    const from = { x: 8, y: down ? viewport.height - 60 : 60 };
    await touchDrag(page, from, { x: 8, y: down ? from.y - 300 : from.y + 300 });
    await waitForSettled(page);
  }
}

/** Scrolls the screen until the button `name` shows whole, then taps it. */
async function scrollToAndTap(page, name) {
  await scrollTo(page, name);
  await tap(page, 'button', name);
}

test('bigger text and more space: every text grows up to twice its size, the screen scrolls to what no longer fits, and the choice stays after a reload', async () => {
  const { context, page, problems } = await openGame({ draws: true, path: '/?check-fit' });
  await tap(page, 'button', 'Settings');
  const height = async (name) => (await byRole(page, 'button', name).boundingBox()).height;
  await expectVisible(page, 'button', 'High contrast');
  const normal = await height('High contrast');
  assert.ok(!(await page.evaluate(() => document.getElementById('fit-report') === null)), 'the fit check reports');
  for (const [from, to] of [['normal', 'big'], ['big', 'bigger'], ['bigger', 'biggest']]) {
    await scrollToAndTap(page, `Text size: ${from}`);
    await byRole(page, 'button', `Text size: ${to}`).waitFor({ timeout: 30_000 });
  }
  assert.deepEqual(await misfitsNow(page), [], 'the settings at twice the size');
  // Taller than the tablet now: a finger on the screen's edge (not on a button) scrolls it
  // until the last switch shows whole, and a tap presses it.
  const viewport = page.viewportSize();
  const last = await byRole(page, 'button', 'More space').boundingBox();
  assert.ok(last.y + last.height > viewport.height - 2, 'the last switch is not all on the screen');
  // The keyboard's (or a screen reader's) focus moving to it scrolls it into view.
  await byRole(page, 'button', 'More space').focus();
  await page.waitForFunction((name) => {
    const box = [...document.querySelectorAll('#a11y-layer button')].find((b) => b.textContent === name)
      ?.getBoundingClientRect();
    return box && box.top >= 0 && box.bottom <= innerHeight && box.height >= 48;
  }, 'More space', { timeout: 30_000 }).catch(async () => assert.fail(
    `the focused switch is not whole on the screen: ${JSON.stringify(await byRole(page, 'button', 'More space').boundingBox())}`));
  await scrollToAndTap(page, 'More space');
  await waitForPressed(page, 'More space', 'true');
  await saved(page, { text_size: 'biggest', more_space: true });
  // A finger that starts on a button and moves scrolls the screen (back up, here) and does not
  // press the button. (More space pushed the switch down below the edge again.)
  const from = center(await scrollTo(page, 'More space'));
  await touchDrag(page, from, { x: from.x, y: from.y + 150 });
  await waitForSettled(page);
  const moved = center(await byRole(page, 'button', 'More space').boundingBox());
  assert.ok(moved.y > from.y + 50, `the screen scrolled: the switch went from ${from.y} to ${moved.y} px`);
  assert.equal(await pressed(page, 'More space'), 'true', 'the switch was not pressed by the drag');
  assert.deepEqual(await misfitsNow(page), [], 'the settings with more space');
  await scrollToAndTap(page, 'High contrast');
  await waitForPressed(page, 'High contrast', 'true');
  assert.ok((await height('High contrast')) > 1.3 * normal, `the switch grew from ${normal} px`);
  await tap(page, 'button', 'High contrast');
  await waitForPressed(page, 'High contrast', 'false');
  // Kept with the player: after a reload their home and first level are as big and fit.
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
  await byRole(page, 'button', 'Play').waitFor({ timeout: 30_000 });
  assert.deepEqual(await misfitsNow(page), [], 'home');
  await scrollToAndTap(page, 'Play');
  await tap(page, 'button', '1. First steps, not played yet');
  await byRole(page, 'button', 'Run').waitFor({ timeout: 30_000 });
  assert.deepEqual(await misfitsNow(page), [], 'the first level');
  // Controls without words grow too: the Step button is an icon, 58 px high at the normal
  // size (a 32 px icon in a button at least theme::MIN_TARGET, 56 px), grown with its icon.
  const step = await scrollTo(page, 'Step');
  assert.ok(step.height >= 1.5 * 58, `the Step button is ${step.height} px high`);
  assert.deepEqual(problems, []);
  await context.close();
});
