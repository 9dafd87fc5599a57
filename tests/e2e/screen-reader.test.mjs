// End-to-end (issue #18 §2): a loop level and an if level solved with the keyboard alone, in
// the built game on a tablet, checking at each step what a screen reader reads: the board as a
// grid of rows and cells (the arrow keys move between cells, each cell says its column, row
// and what is on it, the robot's cell where it faces), the program as lists nested as the
// loops are, the controls' keys (aria-keyshortcuts) and the live region's text. The headless
// half (the tree the layer is built from) is tests/screen_reader_flow.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite } from './browser.mjs';
import { openGame, openWithSavedRecord, progressWithWorldsDone, expectVisible, layer, levelFile, englishTexts } from './pupil.mjs';
import { byKeyboard } from './program.mjs';

useBrowserAndSite();

const en = englishTexts();

/** What a screen reader reads on the focused element: its role and accessible name. */
async function focused(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active ? `${active.getAttribute('role') ?? active.tagName.toLowerCase()}: ${active.textContent}` : null;
  });
}

/** The live region's text (index.html's #a11y-announce), waited for until it contains `text`. */
async function announced(page, text) {
  try {
    await page.waitForFunction((wanted) => document.getElementById('a11y-announce').textContent.includes(wanted),
      text, { timeout: 60_000 });
  } catch {
    const now = await page.evaluate(() => document.getElementById('a11y-announce').textContent);
    assert.fail(`the live region never said ${JSON.stringify(text)}; it says ${JSON.stringify(now)}`);
  }
}

/** Presses a key and waits for the layer to show `role` named `name` (a key's effect). */
async function key(page, combo, role, name) {
  await page.keyboard.press(combo);
  try {
    await layer(page).getByRole(role, { name, exact: true }).first().waitFor({ timeout: 30_000 });
  } catch (error) {
    const shown = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].map((b) =>
      `${b.textContent}${b.ariaKeyShortcuts ? ` [${b.ariaKeyShortcuts}]` : ''}${b.ariaPressed === 'true' ? ' (pressed)' : ''}`));
    throw new Error(`${combo} did not show ${role} ${name}: ${error.message}\nshown: ${shown.join(' | ')}`);
  }
}

/** A pupil who finished `worlds`, on the first level of `world` (arrow keys and Enter only). */
async function onFirstLevel(worlds, world, id) {
  const game = await openGame({ player: false });
  const { page } = game;
  await openWithSavedRecord(page, progressWithWorldsDone(worlds));
  const press = byKeyboard(page);
  await press('Play');
  const names = async () => layer(page).getByRole('button').allTextContents();
  await page.waitForFunction((w) => [...document.querySelectorAll('#a11y-layer button')]
    .some((b) => b.textContent.startsWith(`${w}, `)), world, { timeout: 30_000 });
  await press((await names()).find((n) => n.startsWith(`${world}, `)));
  const title = en[levelFile(id).title];
  await page.waitForFunction((t) => [...document.querySelectorAll('#a11y-layer button')]
    .some((b) => b.textContent.startsWith(`1. ${t}, `)), title, { timeout: 30_000 });
  await press((await names()).find((n) => n.startsWith(`1. ${title}, `)));
  await expectVisible(page, 'heading', title);
  return { ...game, press };
}

/** Tab until the focus is on one of the board's cells; returns what is read there. */
async function tabToBoard(page) {
  for (let tabs = 0; tabs < 40; tabs++) {
    await page.keyboard.press('Tab');
    const read = await focused(page);
    if (read?.startsWith('gridcell: ')) return read;
  }
  assert.fail('Tab never reached the board');
}

test('a loop level is solved with the keyboard alone, the board read cell by cell', async () => {
  const { context, page, problems, press } = await onFirstLevel(['robot-road'], 'Loop Lagoon', 'loop-first-loop');

  // The board: a grid named by its summary, 3 rows of 7 cells.
  const grid = layer(page).getByRole('grid', {
    name: 'The robot is in column 2, row 2, facing right. The flag is in column 7, row 2.', exact: true,
  });
  // (A container takes no room: it is attached, not "visible", to Playwright.)
  await grid.waitFor({ state: 'attached' });
  assert.equal(await grid.getByRole('row').count(), 3);
  assert.equal(await grid.getByRole('gridcell').count(), 21);
  // One cell in the Tab order; the arrow keys go from cell to cell.
  assert.equal(await tabToBoard(page), 'gridcell: Column 1, row 1: wall');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'gridcell: Column 1, row 2: wall');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(page), 'gridcell: Column 2, row 2: floor, robot facing right');
  await page.keyboard.press('End');
  assert.equal(await focused(page), 'gridcell: Column 7, row 2: floor, flag');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'gridcell: Column 7, row 3: wall');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), 'gridcell: Column 7, row 3: wall', 'the last row keeps the focus');

  // The palette and commands say their keys.
  const keysOf = (name) => layer(page).getByRole('button', { name, exact: true }).getAttribute('aria-keyshortcuts');
  assert.equal(await keysOf('Forward'), '1');
  assert.equal(await keysOf('Repeat'), '2');
  assert.equal(await keysOf('Run'), 'R');

  // 2: Repeat goes in; 1: Forward goes inside it. The program reads as a list in a list.
  await key(page, '2', 'button', 'Repeat 2 times, step 1 in Main');
  await key(page, '1', 'button', 'Forward, step 1 in Repeat 2 times');
  const nested = layer(page).locator(
    '[role=list][aria-label="Main"] > [role=listitem] > [role=list][aria-label="Repeat 2 times"] > [role=listitem] > button',
  );
  assert.deepEqual(await nested.allTextContents(),
    ['Forward, step 1 in Repeat 2 times', 'End of Repeat 2 times: new tiles go here']);
  // The focus stayed on the board, where the pupil was.
  assert.equal(await focused(page), 'gridcell: Column 7, row 3: wall');

  // The loop's tile, reached with the arrow keys and Enter, then = three times: 5 times.
  await press('Repeat 2 times, step 1 in Main');
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button[aria-pressed=true]')]
    .some((b) => b.textContent === 'Repeat 2 times, step 1 in Main'), null, { timeout: 30_000 });
  for (const times of [3, 4, 5]) await key(page, '=', 'button', `Repeat ${times} times, step 1 in Main`);

  // S steps: the live region counts the steps, and the robot is read on the cell it reaches
  // (entering the loop is a step of its own, the first Forward the next).
  const robotAt = () => layer(page).locator('[role=gridcell]').filter({ hasText: 'robot facing' }).allTextContents();
  for (const step of [1, 2]) {
    await page.keyboard.press('s');
    await page.waitForFunction((n) => document.getElementById('a11y-announce').textContent.trim() === `Step ${n}`,
      step, { timeout: 30_000 });
  }
  assert.deepEqual(await robotAt(), ['Column 3, row 2: floor, robot facing right']);
  assert.ok(await layer(page).getByRole('gridcell', { name: 'Column 2, row 2: floor', exact: true }).count());

  // R runs it to the flag: the result is announced, three stars for a program of par length.
  await page.keyboard.press('r');
  await expectVisible(page, 'heading', 'Level complete!', 120_000);
  await announced(page, '3 of 3 stars');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an if level is solved with the keyboard alone, the if read inside the loop', async () => {
  const { context, page, problems } = await onFirstLevel(
    ['robot-road', 'loop-lagoon', 'helper-hills'], 'Choice Canyon', 'choice-first-if',
  );
  await layer(page).getByRole('gridcell', { name: 'Column 2, row 7: floor, robot facing right', exact: true }).waitFor();
  await layer(page).getByRole('gridcell', { name: 'Column 7, row 7: red floor', exact: true }).waitFor();
  // Repeat until done (4), Forward (1) inside it, If (5) after it, Turn left (2) inside the if.
  await key(page, '4', 'button', 'Repeat until done, step 1 in Main');
  await key(page, '1', 'button', 'Forward, step 1 in Repeat until done');
  await key(page, '5', 'button', 'If on red, step 2 in Repeat until done');
  await key(page, '2', 'button', 'Turn left, step 1 in If on red');
  // Undo and redo by their keys.
  await page.keyboard.press('Control+z');
  await layer(page).getByRole('button', { name: 'Turn left, step 1 in If on red', exact: true })
    .waitFor({ state: 'detached', timeout: 30_000 });
  await key(page, 'Control+y', 'button', 'Turn left, step 1 in If on red');
  // Three lists deep: Main, the loop's inside, the if's inside.
  const deepest = layer(page).locator(
    '[role=list][aria-label="Main"] [role=list][aria-label="Repeat until done"] [role=list][aria-label="If on red"] > [role=listitem] > button',
  );
  assert.deepEqual(await deepest.allTextContents(),
    ['Turn left, step 1 in If on red', 'End of If on red: new tiles go here']);

  await page.keyboard.press('r');
  await expectVisible(page, 'heading', 'Level complete!', 180_000);
  await announced(page, '3 of 3 stars');
  assert.deepEqual(problems, []);
  await context.close();
});
