// End-to-end: what a tablet keeps when it fails the way tablets fail. Android kills a
// background browser and batteries die: no unload event, no flush. Here the whole browser
// (every process of it) is killed with SIGKILL right after the result screen shows the stars,
// then started again on the same profile directory. Also: an attempt's time is the pupil's
// real time, thinking included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  useBrowserAndSite, browser, origin, guard, waitForGame, tap, CHROMIUM, CHROMIUM_ARGS,
  TABLET_LANDSCAPE,
} from './browser.mjs';
import { openGame, newPlayer, openOnlyPlayer, savedRecord, expectVisible, waitForStatus, winFirstLevel } from './pupil.mjs';

useBrowserAndSite();

/** A touch tablet whose browser keeps its profile in `dir` (as an installed Chrome does). */
async function launchTablet(dir, { serviceWorkers = 'block', offline = false } = {}) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    viewport: TABLET_LANDSCAPE, deviceScaleFactor: 1, hasTouch: true, isMobile: true, locale: 'en-GB',
    serviceWorkers,
  });
  if (offline) await context.setOffline(true);
  const page = context.pages()[0] ?? await context.newPage();
  const problems = guard(page, origin);
  return { context, page, problems };
}

/** Every process id whose process group is `group`, from /proc. */
function processesOf(group) {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which is in parentheses and may hold spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group && fields[0] !== 'Z') pids.push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  return pids;
}

/**
 * Kills the browser using profile `dir` at once, the way Android does: SIGKILL to its whole
 * process group (Playwright starts the browser as a group leader), no unload, no flush. Waits
 * until no process of it is left.
 */
async function killBrowser(dir) {
  const leader = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).find((pid) => {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type='));
    } catch { return false; }
  });
  assert.ok(leader, 'the browser process of this profile');
  const group = Number(leader);
  assert.ok(processesOf(group).length > 1, 'the browser runs several processes (renderer, GPU…)');
  process.kill(-group, 'SIGKILL');
  const deadline = Date.now() + 30_000;
  while (processesOf(group).length > 0) {
    assert.ok(Date.now() < deadline, `processes left: ${processesOf(group)}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A new player solves First steps at par; resolves when the result screen shows 3 stars. */
async function newPlayerWins(page) {
  await newPlayer(page);
  await winFirstLevel(page);
  await expectVisible(page, 'img', '3 of 3 stars');
}

/** After a restart: the one player's map shows First steps with its stars. */
async function expectFirstLevelDone(page) {
  await waitForGame(page);
  await openOnlyPlayer(page);
  await tap(page, 'button', 'Play');
  await expectVisible(page, 'button', '1. First steps, 3 of 3 stars');
}

test('a win survives the browser being killed the moment the stars show', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-tablet-'));
  try {
    const first = await launchTablet(dir);
    await first.page.goto(origin + '/');
    await waitForGame(first.page);
    await newPlayerWins(first.page);
    assert.deepEqual(first.problems, []);
    await killBrowser(dir);
    await first.context.close().catch(() => {}); // already dead: only Playwright's side is left

    const second = await launchTablet(dir);
    await second.page.goto(origin + '/');
    await expectFirstLevelDone(second.page);
    assert.deepEqual(second.problems, []);
    await second.context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a win played offline from the service worker survives the browser being killed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-tablet-'));
  try {
    // Online once: the service worker installs and takes the page.
    const online = await launchTablet(dir, { serviceWorkers: 'allow' });
    await online.page.goto(origin + '/');
    await waitForGame(online.page);
    await online.page.evaluate(() => navigator.serviceWorker.ready);
    await online.context.close();

    const offline = await launchTablet(dir, { serviceWorkers: 'allow', offline: true });
    await offline.page.goto(origin + '/');
    await waitForGame(offline.page);
    assert.ok(await offline.page.evaluate(() => !!navigator.serviceWorker.controller), 'served by the worker');
    await newPlayerWins(offline.page);
    await killBrowser(dir);
    await offline.context.close().catch(() => {});

    const again = await launchTablet(dir, { serviceWorkers: 'allow', offline: true });
    await again.page.goto(origin + '/');
    await expectFirstLevelDone(again.page);
    assert.deepEqual(again.problems, []);
    await again.context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an attempt's time is the pupil's real time, thinking between taps included", async () => {
  const { context, page, problems } = await openGame();
  await tap(page, 'button', 'Play');
  await tap(page, 'button', '1. First steps, not played yet');
  await tap(page, 'button', 'Forward');
  // The pupil thinks for 20 s without touching anything: the game draws no frame meanwhile.
  await page.waitForTimeout(20_000); // the wait is the point: it is the pupil's thinking time
  await tap(page, 'button', 'Run');
  await waitForStatus(page, 'The program ended');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => /^bytebridge\.profile\.[0-9a-f]+$/.test(k)
    && JSON.parse(localStorage.getItem(k)).profile.progress.levels['robot-first-steps']));
  const attempt = (await savedRecord(page)).progress.levels['robot-first-steps'].attempts[0];
  assert.ok(attempt.seconds >= 20 && attempt.seconds < 120, `saved ${attempt.seconds} s`);
  assert.deepEqual(problems, []);
  await context.close();
});
