// End-to-end: the teacher page's level filters. A teacher narrows the level picker by age band,
// by DigComp 2.2 competence and by DigComp 3.0 competence (alone and together), and sees exactly
// the levels whose files say so, each with its band and both frameworks' ids beside it. The
// expected sets are computed here from assets/levels/*.json, not from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite, browser, origin, guard } from './browser.mjs';
import { textsIn, levelFiles } from './pupil.mjs';

useBrowserAndSite();

const en = textsIn('en');
/** Every level of a world, as its file says: id, title in English, band and framework ids. */
const levels = levelFiles()
  .filter((level) => level.world)
  .map((level) => ({ ...level, title: en[`level-${level.id}-title`] }));

/** Whether a level carries 3.0 competence `id` (a level file lists the competence of each of its
 * learning outcomes too; tests/content_tags.rs checks that). */
function hasDigcomp3(level, id) {
  return (level.digcomp3 ?? []).includes(id);
}

/** The titles of the level checkboxes the picker shows now (not the "All of …" ones), sorted. */
async function shownLevels(page) {
  const names = await page.getByRole('group', { name: en['teacher-levels'], exact: true })
    .getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.labels[0]?.textContent.trim() ?? ''));
  const wholeWorld = en['teacher-whole-world'].split('{')[0];
  return names.filter((name) => !name.startsWith(wholeWorld)).sort();
}

/** The "Give levels to a class" section (the level maker below it has an age band too). */
function assigning(page) {
  return page.getByRole('region', { name: 'Give levels to a class' });
}

function titlesOf(picked) {
  return picked.map((level) => level.title).sort();
}

/** The teacher chooses `value` in the filter labelled `label`; the picker shows `expected`. */
async function expectFilter(page, label, value, expected) {
  assert.ok(expected.length > 0, `the filter ${label} = ${value} is tested on a non-empty set`);
  await assigning(page).getByLabel(label, { exact: true }).selectOption(value);
  // The picker re-renders after the change event: read it until it matches or 10 s pass.
  const want = titlesOf(expected);
  const deadline = Date.now() + 10_000;
  let shown = await shownLevels(page);
  while (JSON.stringify(shown) !== JSON.stringify(want) && Date.now() < deadline) {
    await page.waitForTimeout(100); // polling interval of a condition wait, not a fixed sleep
    shown = await shownLevels(page);
  }
  assert.deepEqual(shown, want, `${label} = ${value || 'all'}`);
}

test('the teacher narrows the levels by age band, DigComp 2.2 and DigComp 3.0, alone and together', async () => {
  assert.ok(levels.length > 80 && levels.every((level) => level.title && level.competences), 'every level has a title and tags');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + '/teacher.html');
  await page.getByRole('heading', { name: en['teacher-assign-title'] }).waitFor({ timeout: 60_000 });
  const band = en['teacher-band-filter'];
  const digcomp22 = en['teacher-competence-filter'];
  const digcomp30 = en['teacher-digcomp3-filter'];

  // No filter: every level of every world.
  assert.deepEqual(await shownLevels(page), titlesOf(levels));

  // Each band alone shows exactly its levels; the 12–14 levels (sextortion, images that are not
  // yours) show nowhere else.
  for (const id of ['7-9', '10-12', '12-14']) {
    await expectFilter(page, band, id, levels.filter((level) => level.band === id));
  }
  const older = page.getByRole('listitem').filter({ hasText: en['level-safe-threats-title'] });
  await assert.doesNotReject(older.getByText(en['band-12-14'], { exact: true }).waitFor({ timeout: 5_000 }),
    'a level shows its band beside it');
  const list = (ids) => new Intl.ListFormat('en', { type: 'conjunction', style: 'narrow' }).format(ids);
  const threats = levels.find((level) => level.id === 'safe-threats');
  await assert.doesNotReject(older.getByText(`DigComp 2.2: ${list(threats.competences)}`, { exact: true }).waitFor({ timeout: 5_000 }),
    'and its DigComp 2.2 ids');
  await assert.doesNotReject(older.getByText(`DigComp 3.0: ${list(threats.digcomp3)}`, { exact: true }).waitFor({ timeout: 5_000 }),
    'and its DigComp 3.0 ids');

  // Band and DigComp 2.2 together: the 7–9 levels about protecting devices (4.1).
  await expectFilter(page, band, '7-9', levels.filter((level) => level.band === '7-9'));
  await expectFilter(page, digcomp22, '4.1',
    levels.filter((level) => level.band === '7-9' && level.competences.includes('4.1')));

  // DigComp 3.0 alone, then with a band.
  await expectFilter(page, band, '', levels.filter((level) => level.competences.includes('4.1')));
  await expectFilter(page, digcomp22, '', levels);
  await expectFilter(page, digcomp30, '4.2', levels.filter((level) => hasDigcomp3(level, '4.2')));
  await expectFilter(page, band, '10-12', levels.filter((level) => level.band === '10-12' && hasDigcomp3(level, '4.2')));

  // A filter that matches nothing says so instead of showing an empty box: a DigComp 3.0
  // area and a band that no level has together (found from the levels, as the course grows).
  const areas = await assigning(page).getByLabel(digcomp30, { exact: true }).locator('option')
    .evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
  const none = areas.flatMap((area) => ['7-9', '10-12', '12-14'].map((id) => [area, id]))
    .find(([area, id]) => !levels.some((level) => level.band === id && hasDigcomp3(level, area)));
  assert.ok(none, 'some DigComp 3.0 area has no level of some band');
  await assigning(page).getByLabel(digcomp30, { exact: true }).selectOption(none[0]);
  await assigning(page).getByLabel(band, { exact: true }).selectOption(none[1]);
  await page.getByText(en['teacher-no-levels'], { exact: true }).waitFor({ timeout: 10_000 });
  assert.deepEqual(await shownLevels(page), []);

  assert.deepEqual(problems, []);
  await context.close();
});
