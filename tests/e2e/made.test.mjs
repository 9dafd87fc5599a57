// End-to-end: a teacher's own level (issue #20). The teacher page makes a robot level, the
// module's solver refuses a slot limit below the best solution and letters the tablets cannot
// draw, then computes the stars' par; the level goes into a class link, a tablet plays it
// under Today's mission as "Made by your teacher", and the pupil's file names it in the
// teacher's grid. The library travels to a colleague's page as a file; a changed level in a
// link or a file is refused whole with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowserAndSite, browser, origin, tabletContext, guard, waitForGame, tap } from './browser.mjs';
import { newPlayer, expectVisible, expectText } from './pupil.mjs';
import { openTeacher, importFiles } from './teacher-page.mjs';
import { axeViolations } from './axe.mjs';

useBrowserAndSite();

const TITLE = 'Along the wall';
const TASK = 'Take the robot to the flag in the far corner.';

/** Fills the level maker's robot form: a 5 × 4 board with a wall painted off the path. */
async function makeRobotLevel(page) {
  const maker = page.locator('#maker');
  await page.getByRole('heading', { name: 'Make your own levels' }).waitFor();
  assert.equal(await maker.getByLabel('Robot grid').isChecked(), true, 'a robot grid is the first kind');
  await maker.getByLabel('Title', { exact: true }).fill(`${TITLE} 🚩`);
  await maker.getByLabel('Task: what the pupils are asked to do').fill(TASK);
  await maker.getByLabel('What the pupils learned (shown at the end)').fill('A program runs one step after another.');
  await maker.getByLabel('Hint 1: a nudge').fill('Count the squares to the corner.');
  await maker.getByLabel('Hint 2: the idea').fill('Go to the end of the row first, then turn.');
  await maker.getByLabel('Hint 3: part of the answer, not all of it').fill('Start with four Forward tiles.');
  await maker.getByRole('radio', { name: 'wall', exact: true }).check();
  await maker.getByRole('button', { name: 'Row 2, square 1: floor' }).click();
  await maker.getByRole('button', { name: 'Row 2, square 1: wall' }).waitFor();
}

/** Presses "Check the level" and returns what the page said (a status or an error) once the
 * check has ended: the click shows "Checking the level…" at once, in place of any earlier answer. */
async function check(page) {
  const maker = page.locator('#maker');
  await maker.getByRole('button', { name: 'Check the level' }).click();
  const said = maker.locator('[role=status]:not(:empty), [role=alert]:not(:empty)').filter({ hasNotText: /^Checking the level/ });
  await said.first().waitFor({ timeout: 60_000 });
  return (await said.first().textContent()).trim();
}

test('a teacher makes a robot level, proves it, and a tablet plays it from the class link', async () => {
  const teacher = await openTeacher();
  await makeRobotLevel(teacher.page);
  const maker = teacher.page.locator('#maker');

  // Refused with what to change: a letter the tablets cannot draw, then too few slots.
  assert.match(await check(teacher.page), /Some characters in the title cannot be shown on the tablets: 🚩/);
  await maker.getByLabel('Title', { exact: true }).fill(TITLE);
  await maker.getByLabel('Tiles in the main program (1 to 16)').fill('5');
  assert.equal(await check(teacher.page),
    'The shortest program that solves this board has 8 tiles. Give the program at least 8 slots.');
  // Proven: par comes from the solver, never typed.
  await maker.getByLabel('Tiles in the main program (1 to 16)').fill('8');
  assert.match(await check(teacher.page), /The robot can do it: the best program has 8 tiles\./);
  await maker.getByRole('button', { name: 'Save to my levels' }).click();
  const library = teacher.page.getByRole('heading', { name: 'My levels' }).locator('xpath=..');
  await library.getByText(TITLE, { exact: true }).waitFor();
  await library.getByText('best: 8 tiles').waitFor();
  assert.deepEqual(await axeViolations(teacher.page), [], 'the level maker passes axe-core');

  // Into a class link, with a built-in level before it.
  await teacher.page.getByLabel('Class name').fill('4B');
  await teacher.page.getByLabel('First steps', { exact: true }).check();
  await teacher.page.locator('.made-pick').getByLabel(TITLE).check();
  await teacher.page.getByRole('button', { name: 'Create link' }).click();
  const link = await teacher.page.getByLabel('Link', { exact: true }).first().inputValue();
  assert.match(link, /#mission=[A-Za-z0-9_-]+$/);
  assert.ok(link.length <= 997 || await teacher.page.getByText(/too long for a QR code/).count() === 1,
    'a link a camera cannot read says so instead of showing a code');

  // The tablet: under Today's mission, marked as the teacher's, in the teacher's words.
  const tablet = await tabletContext(browser);
  const page = await tablet.newPage();
  const problems = guard(page, origin);
  await page.goto(link);
  await waitForGame(page);
  await newPlayer(page);
  await expectText(page, "Today's mission: 4B");
  await tap(page, 'button', `${TITLE}, Made by your teacher, in English, not played yet`);
  await expectText(page, TASK);
  for (const tile of ['Forward', 'Forward', 'Forward', 'Forward', 'Turn right', 'Forward', 'Forward', 'Forward']) {
    await tap(page, 'button', tile);
  }
  await tap(page, 'button', 'Run');
  await expectVisible(page, 'heading', 'Level complete!', 120_000);
  await expectVisible(page, 'img', '3 of 3 stars');

  // Recorded like any level: the pupil's file names it in the teacher's grid.
  await tap(page, 'button', 'All levels');
  await tap(page, 'button', 'Back');
  await tap(page, 'button', 'Send to my teacher');
  const download = page.waitForEvent('download');
  await tap(page, 'button', 'Save a file');
  const saved = await download;
  const path = join(mkdtempSync(join(tmpdir(), 'bb-')), saved.suggestedFilename());
  await saved.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const made = Object.keys(file.payload.progress.levels).find((id) => id.startsWith('made-'));
  assert.ok(made, 'the made level has its own id in the pupil’s progress');
  const object = file.payload.statements.find((s) => s.object.id.endsWith(made))?.object.id;
  assert.ok(object, 'its attempts are xAPI statements with the level’s own object id');
  await importFiles(teacher.page, [path]);
  await teacher.page.getByRole('columnheader', { name: TITLE }).waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(teacher.problems, []);
  await tablet.close();
  await teacher.context.close();
});

test('the library travels to a colleague as a file; a changed level is refused whole', async () => {
  const teacher = await openTeacher();
  await makeRobotLevel(teacher.page);
  const maker = teacher.page.locator('#maker');
  await maker.getByLabel('Title', { exact: true }).fill(TITLE);
  await maker.getByRole('button', { name: 'Save to my levels' }).click();
  const library = teacher.page.getByRole('heading', { name: 'My levels' }).locator('xpath=..');
  await library.getByText(TITLE, { exact: true }).waitFor();
  const download = teacher.page.waitForEvent('download');
  await teacher.page.getByRole('button', { name: 'Download my levels' }).click();
  const dir = mkdtempSync(join(tmpdir(), 'bb-'));
  const path = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(path);

  // A colleague's page (another browser profile): the file adds the level, once.
  const colleague = await openTeacher();
  const fileField = colleague.page.getByLabel('File of levels');
  await fileField.setInputFiles(path);
  await colleague.page.getByText('One level added.').waitFor();
  await colleague.page.getByRole('heading', { name: 'My levels' }).locator('xpath=..').getByText(TITLE, { exact: true }).waitFor();
  await fileField.setInputFiles(path);
  await colleague.page.getByText(/No level added|0 levels added|One was here already/).first().waitFor();

  // A file whose level breaks a rule adds nothing and says which level and why.
  const changed = JSON.parse(readFileSync(path, 'utf8'));
  changed.levels[0].hints.pop();
  const bad = join(dir, 'changed-levels.json');
  writeFileSync(bad, JSON.stringify(changed));
  await fileField.setInputFiles(bad);
  await colleague.page.getByText(/level 1 \("Along the wall"\) cannot be used, so nothing was added\. A level needs three hints/).waitFor();

  // A class link whose level was changed on the way: the tablet refuses it whole.
  await teacher.page.getByLabel('Class name').fill('4C');
  await teacher.page.locator('.made-pick').getByLabel(TITLE).check();
  await teacher.page.getByRole('button', { name: 'Create link' }).click();
  const link = await teacher.page.getByLabel('Link', { exact: true }).first().inputValue();
  const [base, data] = link.split('#mission=');
  const assignment = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
  assignment.made[0].task = 'Something the teacher never wrote.';
  const forged = `${base}#mission=${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`;
  const tablet = await tabletContext(browser);
  const page = await tablet.newPage();
  const problems = guard(page, origin);
  await page.goto(forged);
  await waitForGame(page);
  await expectText(page, 'A level your teacher made in this class link is damaged or was changed, so the link was not used. Ask your teacher for the link again.');
  assert.deepEqual(problems, []);
  await tablet.close();
  await teacher.context.close();
  await colleague.context.close();
});
