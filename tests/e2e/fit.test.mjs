// End-to-end: long languages fit (issue #17). In the longest language of each script (counted
// from the Fluent files), a walk visits the players, the grown-ups' question, screen and
// reading-aloud screen, home, the language list, settings, send to my teacher and its code,
// the map, one level of every kind with all its hints open, the first level won to its
// result, and a new player's three screens; at each stop the tablet is held upright and
// sideways, and the game's own fit check (?check-fit: src/game/ui/fit.rs, the rule in
// src/core/fit.rs) reports every text that reaches past its node, out of its button, under a
// panel's edge, off the screen or over another control; and axe-core audits the page
// (tests/e2e/axe.mjs: no serious or critical violation, issue #18 §5). tests/fit_flow.rs walks every
// language the same way without a browser (and with a voice, so the speaker buttons show).
// `FIT_LANGS=de,fi node --test tests/e2e/fit.test.mjs` walks other languages in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import {
  useBrowserAndSite, browser, origin, tabletContext, guard, waitForGame, tap, countDraws, waitForSettled,
  TABLET_PORTRAIT, TABLET_LANDSCAPE,
} from './browser.mjs';
import {
  textsIn, levelFiles, progressWithDone, openOnlyPlayer, expectVisible, tapStarting, layer, fill,
} from './pupil.mjs';

useBrowserAndSite();

/** Languages by script; every other shipped language is written in Latin letters. */
const SCRIPTS = { Greek: ['el'], Cyrillic: ['bg', 'uk'], Arabic: ['ar'] };

/** The shipped language of each script with the most text (every message, every level). */
function longestOfEachScript() {
  const shipped = readdirSync(new URL('../../assets/i18n/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'i18n-drafts').map((d) => d.name);
  const nonLatin = Object.values(SCRIPTS).flat();
  const groups = { Latin: shipped.filter((l) => !nonLatin.includes(l)), ...SCRIPTS };
  const length = (lang) => Object.values(textsIn(lang)).reduce((sum, text) => sum + text.length, 0);
  return Object.values(groups).map((langs) => langs.reduce((a, b) => (length(b) > length(a) ? b : a)));
}

/**
 * The first level of each kind a 7–12 player sees, in map order, and the robot levels whose
 * screens differ most: three routines to fill, events, and a program to debug.
 */
function oneLevelOfEachKind() {
  const worlds = JSON.parse(readFileSync(new URL('../../assets/levels/worlds.json', import.meta.url), 'utf8')).worlds;
  const order = (level) => worlds.findIndex((w) => w.id === level.world) * 100 + level.order;
  const levels = levelFiles().filter((l) => l.band !== '12-14').sort((a, b) => order(a) - order(b));
  const kinds = new Map();
  for (const level of levels) if (!kinds.has(level.kind)) kinds.set(level.kind, level);
  const robot = ['helper-big-ring', 'signal-which-event', 'bug-wrong-turn'].map((id) => levels.find((l) => l.id === id));
  return [...kinds.values(), ...robot];
}

/** Taps the one button whose name contains `part` (a level on the map: number, title, stars). */
async function tapContaining(page, part) {
  const button = layer(page).getByRole('button').filter({ hasText: part });
  await button.first().waitFor({ timeout: 30_000 });
  assert.equal(await button.count(), 1, `one button contains ${part}`);
  await tap(page, 'button', await button.textContent());
}

for (const lang of process.env.FIT_LANGS?.split(',') ?? longestOfEachScript()) {
  test(`every screen and level kind fits in ${lang}, upright and sideways, and axe-core finds nothing serious`, async () => {
    const context = await tabletContext(browser, { locale: lang, viewport: TABLET_PORTRAIT });
    await countDraws(context);
    const page = await context.newPage();
    const problems = guard(page, origin);
    const t = textsIn(lang);
    const found = [];
    const audit = [];
    /**
     * Notes what does not fit here, sideways and then upright (as the walk goes on): the game's
     * report names the size it was laid out for, so each look waits for the turned layout.
     */
    const look = async (where) => {
      for (const viewport of [TABLET_LANDSCAPE, TABLET_PORTRAIT]) {
        await page.setViewportSize(viewport);
        await page.waitForFunction(({ width, height }) => {
          const report = JSON.parse(document.getElementById('fit-report')?.textContent || '{}');
          return report.width === width && report.height === height;
        }, viewport, { timeout: 30_000 });
        await waitForSettled(page);
        const report = JSON.parse(await page.locator('#fit-report').textContent());
        found.push(...report.misfits.map((misfit) => `${viewport.width}×${viewport.height} ${where}: ${misfit}`));
      }
      // The same stop as an accessibility audit sees it (issue #18 §5).
      audit.push(...(await axeViolations(page)).map((violation) => `${where}: ${violation}`));
    };

    try {
      await walk(page, t, look);
    } catch (error) {
      // What the screen showed when the walk lost its way, kept as a test artefact.
      const shot = join(tmpdir(), `byte-bridge-fit-${lang}.png`);
      await page.screenshot({ path: shot });
      error.message += `\nthe screen then: ${shot}`;
      throw error;
    }
    assert.deepEqual(found, [], `in ${lang}, what does not fit:\n${found.join('\n')}`);
    assert.deepEqual(audit, [], `in ${lang}, axe-core's serious and critical findings:\n${audit.join('\n')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** A pupil's walk through every screen and a level of each kind, looking at each stop. */
async function walk(page, t, look) {
  // A tablet where a pupil has played every level (a record from before players, which the
  // game makes a player): every world and level is open.
  await page.addInitScript((saved) => {
    if (!localStorage.getItem('bytebridge.progress')) localStorage.setItem('bytebridge.progress', saved);
  }, progressWithDone(() => true));
  await page.goto(origin + '/?check-fit');
  await waitForGame(page);
  await look('players');
  await tap(page, 'button', t['grown-ups']);
  await expectVisible(page, 'button', t['gate-ok']);
  await look("grown-ups' question");
  // The grown-up answers (the question's two numbers multiplied, on the keypad).
  const pattern = t['gate-question'].split(/\{ \$[ab] \}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const asked = await layer(page).getByText(new RegExp(`^${pattern.join('\\d+')}$`)).textContent();
  const [a, b] = asked.match(/\d+/g).map(Number);
  for (const digit of String(a * b)) await tap(page, 'button', digit);
  await tap(page, 'button', t['gate-ok']);
  await expectVisible(page, 'heading', t['adults-title']);
  await look("grown-ups' screen");
  await tap(page, 'button', t['adults-voices-open']);
  await expectVisible(page, 'heading', t['adults-voices-open']);
  await look('reading aloud');
  await tap(page, 'button', t.back);
  await tap(page, 'button', t.back);

  // The pupil who played everything: home, sending, the map, a level of every kind.
  await openOnlyPlayer(page);
  await look('home');
  await tapStarting(page, fill(t['language-open'], { language: '' }));
  await expectVisible(page, 'heading', t['language-picker']);
  await look('languages');
  await tap(page, 'button', t.back);
  await tap(page, 'button', t['settings-open']);
  await expectVisible(page, 'heading', t['settings-title']);
  await look('settings');
  await tap(page, 'button', t.back);
  await tap(page, 'button', t['send-to-teacher']);
  await expectVisible(page, 'heading', t['send-to-teacher']);
  await look('send to my teacher');
  await tap(page, 'button', t['send-show-code']);
  await expectVisible(page, 'img', t['send-code-image']);
  await look("the teacher's code");
  await tap(page, 'button', t.back);
  await tap(page, 'button', t.back);
  await tap(page, 'button', t['title-play']);
  await look('map');
  for (const level of oneLevelOfEachKind()) {
    await tapStarting(page, t[worldTitle(level.world)]);
    await tapContaining(page, t[level.title]);
    await expectVisible(page, 'button', t.hint);
    for (let i = 0; i < 3; i++) await tap(page, 'button', t.hint);
    await look(level.id);
    if (level.id === 'robot-first-steps') {
      await winAtPar(page, t);
      await look('result');
      await tap(page, 'button', t['result-levels']);
    } else {
      await tap(page, 'button', t.back);
    }
    await expectVisible(page, 'heading', t['map-title']);
  }
  await tap(page, 'button', t.back);

  // A new player: picture and name, age, password.
  await tap(page, 'button', t['title-change-player']);
  await tap(page, 'button', t['player-new']);
  await expectVisible(page, 'button', t['player-done']);
  await look('new player');
  await tap(page, 'button', t['player-done']);
  await expectVisible(page, 'button', t['band-10-12']);
  await look('age');
  await tap(page, 'button', t['band-10-12']);
  await expectVisible(page, 'button', t['secret-skip']);
  await look('password');
}

/** Robot Road's first level solved at par, up to its result (a slow machine gets 3 minutes). */
async function winAtPar(page, t) {
  const tiles = ['command-forward', 'command-forward', 'command-turn-right', 'command-forward', 'command-forward'];
  for (const tile of tiles) await tap(page, 'button', t[tile]);
  const last = fill(t['robot-program-tile'], { tile: t['command-forward'], position: '5', place: t['routine-main'] });
  await expectVisible(page, 'button', last);
  await tap(page, 'button', t['robot-run']);
  await expectVisible(page, 'heading', t['result-title'], 180_000);
}

/** The Fluent id of a world's name (worlds.json). */
function worldTitle(id) {
  const worlds = JSON.parse(readFileSync(new URL('../../assets/levels/worlds.json', import.meta.url), 'utf8')).worlds;
  return worlds.find((w) => w.id === id).title;
}
