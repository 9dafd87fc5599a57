// End-to-end: the coding ideas of issue #16 §2, each solved at par in the built game, by touch
// on a tablet, and one level by keyboard alone. Programs are built the way a pupil builds them
// (tests/e2e/program.mjs): palette tiles, the cursor moving into containers, the edit bar's
// question, logic-word and number buttons. Three stars prove the program is a par solution;
// the saved attempt proves the game stored the program that was built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite, tap, TABLET_PORTRAIT, TABLET_LANDSCAPE } from './browser.mjs';
import {
  openGame, openWithSavedRecord, openOnlyPlayer, progressWithDone, savedRecord, expectVisible, tapStarting, levelFile, englishTexts,
  layer, statusText, expectControlsFit,
} from './pupil.mjs';
import { buildProgram, byKeyboard, byTouch } from './program.mjs';

useBrowserAndSite();

const en = englishTexts();

/** The coding worlds before Sensor Springs, all done: the pupil has reached the new ideas. */
const BEFORE = ['robot-road', 'loop-lagoon', 'helper-hills', 'choice-canyon'];

/**
 * A tablet whose one pupil finished `worlds`. With `older`, a grown-up sets the pupil's age
 * band to 12–14 on the grown-ups' screen (the levels with and / or are for 12–14).
 */
async function pupilWhoFinished(worlds, { older = false } = {}) {
  const game = await openGame({ player: false });
  const { page } = game;
  await openWithSavedRecord(page, progressWithDone((level) => worlds.includes(level.world)));
  if (older) {
    await tap(page, 'button', 'Change player');
    await tap(page, 'button', 'Grown-ups');
    const question = await layer(page).getByText(/^What is /).textContent();
    const [a, b] = question.match(/\d+/g).map(Number);
    for (const digit of String(a * b)) await tap(page, 'button', digit);
    await tap(page, 'button', 'OK');
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')]
      .some((b) => b.textContent.startsWith('Age band of ')), null, { timeout: 30_000 });
    for (let taps = 0; taps < 4; taps++) {
      const band = (await layer(page).getByRole('button').allTextContents()).find((n) => n.startsWith('Age band of '));
      assert.ok(band, 'the player has an age band button');
      if (band.endsWith('Ages 12–14')) break;
      await tap(page, 'button', band);
      await page.waitForFunction((was) => ![...document.querySelectorAll('#a11y-layer button')]
        .some((b) => b.textContent === was), band, { timeout: 30_000 });
    }
    await tap(page, 'button', 'Back');
    await openOnlyPlayer(page);
  }
  await tap(page, 'button', 'Play');
  return game;
}

/** From the map: opens a level by its world tab and its numbered title. */
async function openLevel(page, id) {
  const level = levelFile(id);
  const world = {
    'sensor-springs': 'Sensor Springs', 'number-harbour': 'Number Harbour', 'signal-station': 'Signal Station',
  }[level.world];
  await tapStarting(page, `${world}, `);
  await tapStarting(page, `${level.order}. ${en[level.title]}, `);
  await expectVisible(page, 'heading', en[level.title]);
  return level;
}

/** Runs the program on the open level (fast) and expects three stars. */
async function runForThreeStars(page, press) {
  // The player's speed carries from level to level (their settings): fast from the second on.
  const speed = await layer(page).getByRole('button', { name: /^Speed: / }).textContent();
  if (speed !== 'Speed: fast') await press(speed);
  if (speed === 'Speed: slow') await press('Speed: normal');
  await layer(page).getByRole('button', { name: 'Speed: fast', exact: true }).waitFor();
  await press('Run');
  try {
    await expectVisible(page, 'heading', 'Level complete!', 120_000);
  } catch (error) {
    const shown = await layer(page).getByRole('button').allTextContents();
    throw new Error(`${error.message}\nstatus: ${await statusText(page)}\nshown: ${shown.join(' | ')}`);
  }
  await expectVisible(page, 'img', '3 of 3 stars');
}

/** The name of the one button that starts with `prefix`, once it is shown. */
async function buttonStarting(page, prefix) {
  await page.waitForFunction((start) => [...document.querySelectorAll('#a11y-layer button')]
    .some((b) => b.textContent.startsWith(start)), prefix, { timeout: 30_000 });
  const names = (await layer(page).getByRole('button').allTextContents()).filter((n) => n.startsWith(prefix));
  assert.equal(names.length, 1, `one button starts with ${prefix}: ${names}`);
  return names[0];
}

/** The program of the newest attempt at `id`, as saved. */
async function lastProgram(page, id) {
  const saved = await savedRecord(page);
  return saved.progress.levels[id].attempts.at(-1).program;
}

/**
 * Solves each `[id, program]` of `cases` by touch, from the map: builds the program, runs it
 * for three stars and checks the saved attempt holds the program built. The levels in `fit`
 * are also checked for every control on screen, portrait and landscape, once built.
 */
async function solveByTouch(page, cases, fit = []) {
  const press = byTouch(page);
  for (const [id, program] of cases) {
    const level = await openLevel(page, id);
    await buildProgram(page, press, program, level);
    if (fit.includes(id)) {
      await expectControlsFit(page, TABLET_PORTRAIT);
      await expectControlsFit(page, TABLET_LANDSCAPE);
    }
    await runForThreeStars(page, press);
    assert.deepEqual(await lastProgram(page, id), program, `${id}: the program built is the one saved`);
    await tap(page, 'button', 'All levels');
  }
}

test('each idea of Sensor Springs is solved at par by touch: repeat while with not, or, and', async () => {
  const { context, page, problems } = await pupilWhoFinished([...BEFORE, 'sensor-springs'], { older: true });
  await solveByTouch(page, [
    // The plain Repeat while is the keyboard test's level, below.
    ['sensor-stop-on-red', { main: 'W?!red{F} R F' }],
    ['sensor-side-roads', { main: 'W?ahead{F ?left|right{X}}' }],
    ['sensor-blue-and-free', { main: '3{F W?ahead&blue{F} R}' }],
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Sensor Springs level is solved at par with the keyboard alone', async () => {
  const { context, page, problems } = await pupilWhoFinished(BEFORE);
  const press = byKeyboard(page);
  // To the level: arrow keys and Enter only.
  const level = levelFile('sensor-first-while');
  await press(await buttonStarting(page, 'Sensor Springs, '));
  await press(await buttonStarting(page, `1. ${en[level.title]}, `));
  await expectVisible(page, 'heading', en[level.title]);
  const program = { main: 'W?ahead{F} R W?ahead{F} X' };
  await buildProgram(page, press, program, level);
  await runForThreeStars(page, press);
  assert.deepEqual(await lastProgram(page, 'sensor-first-while'), program);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each idea of Number Harbour is solved at par by touch: a loop in a helper, a helper given a number, the counter', async () => {
  const { context, page, problems } = await pupilWhoFinished(
    [...BEFORE, 'sensor-springs', 'number-harbour'], { older: true },
  );
  await solveByTouch(page, [
    ['number-loop-in-helper', { main: '3{P1 X}', p1: '4{F} R' }],
    ['number-walk-n', { main: 'P1(3) R P1(6) L P1(4)', p1: 'N{F}' }],
    ['number-third-opening', { main: 'U{F ?right{+1 ?#3{R}}}' }],
    // Containers three deep, with the counter's tiles: every control still fits, both ways.
  ], ['number-third-opening']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('events in Signal Station are solved at par by touch: the pupil picks the event and fills When', async () => {
  const { context, page, problems } = await pupilWhoFinished([...BEFORE, 'sensor-springs', 'number-harbour', 'signal-station']);
  // The level lists red first, which is wrong: the pupil taps "Change the event". The When
  // panel, its title button and its slots fit beside Main's, both ways.
  await solveByTouch(page, [['signal-which-event', { main: 'U{F}', when: 'green: L' }]], ['signal-which-event']);
  assert.deepEqual(problems, []);
  await context.close();
});
