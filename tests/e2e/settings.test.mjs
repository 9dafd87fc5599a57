// End-to-end: a player's own settings behind the gear (issue #18 §3), saved with the player.
// "Less movement" starts as the device asks (prefers-reduced-motion) until the player
// chooses; the robot's speed chosen on the settings screen or on a level is where the next
// level starts. Reading aloud's setting is in tests/e2e/speech.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite, tap, waitForGame } from './browser.mjs';
import { openGame, openOnlyPlayer, expectVisible, byRole, savedRecord } from './pupil.mjs';

useBrowserAndSite();

const pressed = (page, name) => byRole(page, 'button', name).getAttribute('aria-pressed');

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
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')]
    .some((b) => b.textContent === 'Less movement' && b.getAttribute('aria-pressed') === 'false'));
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
