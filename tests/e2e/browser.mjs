// Shared set-up for browser tests and the benchmark: Debian's Chromium through
// playwright-core, a touch tablet context, the built dist/ served on localhost, and guards
// that fail a test on any console error, page error or request to another origin.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TABLET_LANDSCAPE = { width: 1280, height: 800 };
export const TABLET_PORTRAIT = { width: 800, height: 1280 };

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

/** Playwright gives every launch a fresh, empty profile directory of its own. */
export async function launch(extraArgs = []) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return browser;
}

/** Serves the built dist/ (or another folder: `root`) on a port of its own: an origin of its own. */
export async function serve({ root = 'dist', prefix = '/' } = {}) {
  const server = await startServer({ root, port: 0, prefix });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The browser, the server and its origin of the test file that called useBrowserAndSite(). */
export let browser;
export let server;
export let origin;

/**
 * The set-up every browser test file shares: one Chromium and the built dist/ served on
 * localhost for the whole file, closed after its last test. Call it once at the top of a test
 * file; its tests then use `browser`, `server` and `origin` from here (each test file runs in
 * a process of its own, so each has its own).
 */
export function useBrowserAndSite() {
  before(async () => {
    browser = await launch();
    ({ server, origin } = await serve());
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

/**
 * A touch-only tablet: no mouse, real touch events, the given viewport and pixel ratio; other
 * options go to Playwright as they are. Without the service worker unless `serviceWorkers:
 * 'allow'` (tests/e2e/offline.test.mjs): Playwright's page.route cannot see requests a
 * service worker answers, and the game's tests stub the network that way.
 */
export async function tabletContext(browser, {
  viewport = TABLET_LANDSCAPE, deviceScaleFactor = 1, locale = 'en-GB', serviceWorkers = 'block', ...options
} = {}) {
  return browser.newContext({
    ...options, viewport, deviceScaleFactor, hasTouch: true, isMobile: true, locale, serviceWorkers,
  });
}

/**
 * A tablet with a profile directory of its own that lasts between visits, as a real one does:
 * its HTTP cache, compiled-code cache and service worker stay (tabletContext's are in memory
 * and lose the compiled code). Used by the benchmark's cold and warm starts.
 */
export async function tabletProfile(dir, { viewport = TABLET_LANDSCAPE, locale = 'en-GB', serviceWorkers = 'allow' } = {}) {
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    viewport, deviceScaleFactor: 1, hasTouch: true, isMobile: true, locale, serviceWorkers,
  });
}

/** Records what a page must never do: log an error, throw, panic, or talk to another origin. */
export function guard(page, origin) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /panicked at/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  return problems;
}

/** Waits until the game has drawn its first screen and mirrored it into the a11y layer. */
export async function waitForGame(page) {
  await page.locator('#loader').waitFor({ state: 'hidden', timeout: 120_000 });
  await page.locator('#a11y-layer button').first().waitFor({ timeout: 60_000 });
}

/**
 * Finds a control in the accessibility layer by role and name, then taps the middle of its
 * box with a real touch event: the tap lands on the canvas, so this proves both that the DOM
 * mirror is where the game draws the control and that the game reacts to touch.
 */
export async function tap(page, role, name) {
  const element = page.locator('#a11y-layer').getByRole(role, { name, exact: true });
  // A screen that redraws its controls (e.g. after each keypad digit) replaces the element
  // between finding it and measuring it: find it again.
  for (let attempt = 0; attempt < 5; attempt++) {
    await element.waitFor({ timeout: 30_000 });
    const box = await element.boundingBox();
    if (box) {
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      return;
    }
    await nextFrame(page);
  }
  throw new Error(`${role} "${name}" has no box`);
}

/** Waits until the browser has drawn the next frame (the game redraws within one). */
export async function nextFrame(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Counts the game's WebGL draw calls in `window.__draws`, for every page of `context` (an init
 * script: call before opening the page).
 */
export async function countDraws(context) {
  await context.addInitScript(() => {
    window.__draws = 0;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const original = WebGL2RenderingContext.prototype[name];
      WebGL2RenderingContext.prototype[name] = function (...args) {
        window.__draws++;
        return original.apply(this, args);
      };
    }
  });
}

/**
 * Waits until the game's picture has settled: no draw call (countDraws) for `quietMs`. The
 * game draws only while something changes (src/game/redraw.rs), so this is when a screen has
 * finished appearing.
 */
export async function waitForSettled(page, quietMs = 300) {
  await page.waitForFunction((quiet) => {
    const now = performance.now();
    if (window.__settle?.draws !== window.__draws) window.__settle = { draws: window.__draws, since: now };
    return now - window.__settle.since >= quiet;
  }, quietMs, { polling: 50, timeout: 30_000 });
}

/** Drags with real touch events (touchstart, touchmoves, touchend) through the DevTools protocol. */
export async function touchDrag(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
    await page.waitForTimeout(30); // the wait is the point: a finger moves over time, and the game reads it per frame
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

export function center(box) {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
