// End-to-end: the "AI and Me" world's new mechanic, teach the robot by examples, played by
// touch on a tablet through the accessibility layer (the built dist/ in headless Chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowserAndSite, tap, TABLET_PORTRAIT, TABLET_LANDSCAPE,
} from './browser.mjs';
import {
  openGame, savedRecord, expectVisible, expectText, waitForStatus, tapStarting, levelFile, englishTexts,
  expectControlsFit,
} from './pupil.mjs';

useBrowserAndSite();

test('teach the robot: sort examples, see it miss a new kind of cat, pick better examples', async () => {
  const { context, page, problems } = await openGame();

  const level = levelFile('ai-teach-the-robot');
  const en = englishTexts();
  const card = (id) => level.cards.find((c) => c.id === id);
  const label = (id) => en[level.bins.find((b) => b.id === id).label];
  const text = (id) => en[card(id).text];

  await tap(page, 'button', 'Play');
  await tapStarting(page, 'AI and Me, 0 of');
  await tap(page, 'button', `1. ${en[level.title]}, not played yet`);
  await expectVisible(page, 'heading', en[level.title]);
  await waitForStatus(page, 'The robot will learn from what you show it');

  // The first example in the wrong box: the robot learns exactly what it is shown.
  const first = level.training[0];
  const other = level.bins.find((b) => b.id !== card(first).answer).id;
  await expectText(page, `Card: ${text(first)}`);
  await tap(page, 'button', label(other));
  await waitForStatus(page, 'Not quite.');
  for (const id of level.training) {
    await expectText(page, `Card: ${text(id)}`);
    await tap(page, 'button', label(card(id).answer));
  }
  await waitForStatus(page, 'All sorted');

  await tap(page, 'button', 'Train the robot');
  await tap(page, 'button', 'Test the robot');
  const seen = level.seen_tests.length;
  await waitForStatus(page, `Test cards right: ${seen} of ${seen}`);
  await tap(page, 'button', 'Show it new cards');
  await waitForStatus(page, `New cards right: ${level.new_tests.length - 1} of ${level.new_tests.length}`);
  await expectText(page, `Wrong: ${text('big-grey-cat')}. The robot says: ${label('not-cat')}`);
  // The busiest screen (every extra card, every test row) fits a tablet both ways round.
  for (const viewport of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) await expectControlsFit(page, viewport);

  // More of what it already knew does not help; a varied example does.
  for (const id of ['white-cat', 'small-grey-dog']) {
    await tap(page, 'button', text(id));
    // The picked card is marked pressed (the layer follows within a frame or two).
    await page.waitForFunction((name) => [...document.querySelectorAll('#a11y-layer button[aria-pressed=true]')]
      .some((b) => b.textContent === name), text(id), { timeout: 30_000 });
    await tap(page, 'button', label(card(id).answer));
    await expectVisible(page, 'button', `Take out: ${text(id)}`);
  }
  await tap(page, 'button', 'Train and test again');
  await waitForStatus(page, 'Still not all');
  await tap(page, 'button', `Take out: ${text('small-grey-dog')}`);
  await tap(page, 'button', text('grey-kitten'));
  await tap(page, 'button', label('cat'));
  await tap(page, 'button', 'Train and test again');
  const all = seen + level.new_tests.length;
  await waitForStatus(page, `Test cards right: ${all} of ${all}`);
  await expectText(page, `Right: ${text('big-grey-cat')}. The robot says: ${label('cat')}`);

  await tap(page, 'button', 'Finish');
  await expectVisible(page, 'heading', 'Level complete!');
  await expectVisible(page, 'img', '1 of 3 stars');
  const attempt = (await savedRecord(page)).progress.levels[level.id].attempts.at(-1);
  assert.equal(attempt.outcome, 'trained');
  assert.equal(attempt.mistakes, 2, 'the wrong box and the retest that still missed');
  assert.deepEqual(attempt.answers.slice(0, 2), [`${first}:${other}`, `${first}:${card(first).answer}`]);
  assert.ok(attempt.answers.includes('add:grey-kitten:cat') && attempt.answers.at(-1) === 'retest:0', attempt.answers.join());
  assert.deepEqual(problems, []);
  await context.close();
});
