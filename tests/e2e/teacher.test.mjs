// End-to-end: the teacher's loop without a server. The teacher page (a laptop) makes a link;
// a pupil's tablet opens it, plays today's mission and hands the results over as a file, by
// the share sheet and as a QR code; the teacher page brings them in, shows the grid and the
// program, and downloads the CSV. Hostile and edited files are shown safely and flagged. Two
// tabs importing at once lose nothing, and another site cannot frame the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  useBrowserAndSite, browser, origin, launch, serve, tabletContext, guard, waitForGame, tap, countDraws, waitForSettled,
} from './browser.mjs';
import { newPlayer, expectVisible, expectText, waitForStatus } from './pupil.mjs';
import { openTeacher, importFiles, fourPupilsFiles } from './teacher-page.mjs';
import { axeViolations } from './axe.mjs';

useBrowserAndSite();

/** Makes a link for class `name` with the First steps level, locked and signed. */
async function makeLink(page, name) {
  await page.getByLabel('Class name').fill(name);
  await page.getByLabel('First steps', { exact: true }).check();
  await page.getByLabel('Lock the other levels').check();
  assert.equal(await page.getByLabel('Sign pupils’ files with a class key').isChecked(), true);
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.getByLabel('Link', { exact: true }).first().inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/index\.html#mission=[A-Za-z0-9_-]+$/);
  return link;
}

/** A new pupil opens the link on a tablet, and wins today's mission's level. */
async function pupilPlaysMission(context, link) {
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(link);
  await waitForGame(page);
  assert.equal(new URL(page.url()).hash, '', 'the mission is taken from the address once');
  await newPlayer(page);
  await expectText(page, "Today's mission: 4B");
  await tap(page, 'button', 'First steps, not played yet');
  for (const tile of ['Forward', 'Forward', 'Turn right', 'Forward', 'Forward']) await tap(page, 'button', tile);
  await expectVisible(page, 'button', 'Forward, step 5 in Main');
  await tap(page, 'button', 'Run');
  await expectVisible(page, 'heading', 'Level complete!', 60_000);
  return { page, problems };
}

/** From the result screen back to the player's home. */
async function backHome(page) {
  await tap(page, 'button', 'All levels');
  await tap(page, 'button', 'Back');
  await expectVisible(page, 'button', 'Send to my teacher');
}

function resultLines(page) {
  return page.getByRole('heading', { name: 'Brought in' }).locator('xpath=..').getByRole('listitem');
}

test('a pupil plays the teacher’s mission and the teacher sees it in the grid and the CSV', async () => {
  const teacher = await openTeacher();
  assert.deepEqual(await axeViolations(teacher.page), [], 'the empty page passes axe-core');
  // What signing can and cannot catch is said beside the checkbox, not only in the help.
  const signHint = await teacher.page.getByLabel('Sign pupils’ files with a class key').getAttribute('aria-describedby');
  assert.match(await teacher.page.locator(`#${signHint}`).textContent(),
    /edited after the tablet saved it is marked and not counted\..*can still sign made-up results/);
  const link = await makeLink(teacher.page, '4B');

  const tablet = await tabletContext(browser);
  const pupil = await pupilPlaysMission(tablet, link);
  // The lock: on the map, levels outside the mission cannot be opened.
  await tap(pupil.page, 'button', 'All levels');
  await expectText(pupil.page, 'Your teacher chose today\'s levels.');
  await tap(pupil.page, 'button', 'Back');
  await tap(pupil.page, 'button', 'Send to my teacher');
  const download = pupil.page.waitForEvent('download');
  await tap(pupil.page, 'button', 'Save a file');
  const saved = await download;
  const name = saved.suggestedFilename();
  assert.match(name, /^byte-bridge-[a-z]+-[a-z]+-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'bb-')), name);
  await saved.saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(file.format, 'byte-bridge-report');
  assert.match(file.signature, /^[0-9a-f]{64}$/);
  assert.equal(file.payload.class.name, '4B');
  assert.equal(file.payload.progress.levels['robot-first-steps'].best_stars, 3);
  assert.ok(file.payload.statements.length >= 1, 'xAPI statements travel in the file');
  assert.ok(!JSON.stringify(file).includes('"secret"'), 'no picture password leaves the tablet');

  // The same file twice: one pupil, one attempt.
  await importFiles(teacher.page, [path, path]);
  const lines = resultLines(teacher.page);
  await lines.nth(1).waitFor();
  const texts = await lines.allTextContents();
  assert.match(texts[0], /: 1 new attempt\./, texts.join(' | '));
  assert.match(texts[1], /nothing new/, texts.join(' | '));
  const cell = teacher.page.getByRole('button', { name: /^3 stars, 1 try · \d+:\d\d$/ });
  await cell.waitFor();
  const grid = teacher.page.getByRole('table', { name: '1 pupil, all levels' });
  assert.equal(await grid.getByRole('row').count(), 2, 'a heading row and one pupil');
  assert.deepEqual(await axeViolations(teacher.page), [], 'the page with a class passes axe-core');

  // The cell shows the pupil's program as tiles, and as code.
  await cell.click();
  const dialog = teacher.page.getByRole('dialog');
  await dialog.waitFor();
  const tiles = await dialog.locator('.tile-label').allTextContents();
  assert.deepEqual(tiles, ['Forward', 'Forward', 'Turn right', 'Forward', 'Forward']);
  assert.equal(await dialog.locator('.code pre').textContent(), 'forward()\nforward()\nturn_right()\nforward()\nforward()');
  assert.deepEqual(await axeViolations(teacher.page), [], 'the page with a detail open passes axe-core');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A real name stays on the teacher's page, and out of the CSV unless asked.
  const nickname = file.payload.pupil.nickname;
  const shown = `${nickname.adjective[0].toUpperCase()}${nickname.adjective.slice(1)}`;
  await teacher.page.getByLabel(new RegExp(`^Real name of ${shown}`)).fill('Anna Example');
  await teacher.page.getByLabel(new RegExp(`^Real name of ${shown}`)).blur();
  const csvDownload = teacher.page.waitForEvent('download');
  await teacher.page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'a byte-order mark for Excel');
  const rows = csv.slice(1).trim().split('\r\n').map((row) => row.split(/[;,]/));
  assert.equal(rows.length, 2, csv);
  assert.deepEqual(rows[0].slice(-7), ['Level id', 'Level', 'Stars', 'Attempts', 'Time (seconds)', 'Hints', 'Finished']);
  assert.equal(rows[1][0], file.payload.pupil.id);
  assert.deepEqual([rows[1][3], rows[1][5], rows[1][6], rows[1][8], rows[1][9]], ['robot-first-steps', '3', '1', '0', 'yes']);
  assert.ok(!csv.includes('Anna'), 'no real names unless the teacher asks');

  const xapiDownload = teacher.page.waitForEvent('download');
  await teacher.page.getByRole('button', { name: 'Download xAPI (JSON)' }).click();
  const statements = JSON.parse(readFileSync(await (await xapiDownload).path(), 'utf8'));
  assert.equal(statements.length, 1);
  assert.equal(statements[0].actor.account.name, file.payload.pupil.id);
  assert.equal(statements[0].id, file.payload.statements[0].id, 'the same statement id as the pupil’s file');

  // The class data stays in the teacher's browser across a reload.
  await teacher.page.reload();
  await teacher.page.getByRole('button', { name: /^3 stars, 1 try/ }).waitFor();
  assert.equal(await teacher.page.getByLabel(new RegExp(`^Real name of ${shown}`)).inputValue(), 'Anna Example');

  // An edited copy (a star changed, markup in the class name) and a hostile file name: shown
  // as text, flagged, and the other files still come in.
  const edited = readFileSync(path, 'utf8')
    .replace('"name":"4B"', '"name":"<img src=x onerror=window.hacked=1>"')
    .replace(/"seconds":(\d+)/, '"seconds":1');
  const notOurs = Buffer.from('<html><script>window.hacked=2</script></html>');
  await importFiles(teacher.page, [
    { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(edited) },
    { name: '<img src=x onerror=window.hacked=3>.json', mimeType: 'application/json', buffer: notOurs },
    { name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(edited.slice(0, 300)) },
  ]);
  // (The list of brought-in files starts empty again after the reload.)
  await lines.nth(2).waitFor();
  const more = await lines.allTextContents();
  assert.equal(more.length, 3, more.join(' | '));
  assert.match(more[0], /changed after the game wrote it/, more.join(' | '));
  assert.match(more[1], /<img src=x onerror=window\.hacked=3>\.json is not a file from Byte Bridge/, more.join(' | '));
  assert.match(more[2], /cut\.json is cut short/, more.join(' | '));
  await teacher.page.getByText('Edited file', { exact: true }).first().waitFor();
  assert.equal(await teacher.page.locator('img[src="x"], [onerror]').count(), 0, 'no markup from a file becomes an element');
  assert.equal(await teacher.page.evaluate(() => window.hacked), undefined);

  // "Replace all" of the class id in a text editor, then more attempts: flagged, and the cell
  // still counts the one real attempt. A crafted file (a 40 000-tile program: such a file
  // once filled most of the storage, and its cell made 105 MB of JSON) is refused.
  const replaced = readFileSync(path, 'utf8').replaceAll(file.payload.class.id, '0123456789abcdef')
    .replace('"attempts_total":1', '"attempts_total":7');
  const crafted = JSON.parse(readFileSync(path, 'utf8'));
  delete crafted.signature;
  for (const record of Object.values(crafted.payload.progress.levels)) record.attempts[0].program = { main: 'F '.repeat(40_000) };
  const stored = () => teacher.page.evaluate(() => localStorage.getItem('bytebridge.teacher').length);
  const storedBefore = await stored();
  await teacher.page.getByRole('button', { name: 'Clear this list' }).click();
  await importFiles(teacher.page, [
    { name: 'replaced.json', mimeType: 'application/json', buffer: Buffer.from(replaced) },
    { name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) },
  ]);
  await lines.nth(1).waitFor();
  const bounded = await lines.allTextContents();
  assert.equal(bounded.length, 2, bounded.join(' | '));
  assert.match(bounded[0], /changed after the game wrote it.*Nothing from it was counted\./, bounded.join(' | '));
  assert.match(bounded[1], /crafted\.json holds more than Byte Bridge ever keeps for one pupil/, bounded.join(' | '));
  await teacher.page.getByRole('button', { name: /^3 stars, 1 try ·/ }).waitFor();
  assert.ok(await stored() < storedBefore + 1000, 'nothing from the refused file was stored');

  // Clear class data: two explicit taps.
  await teacher.page.getByRole('button', { name: 'Clear class data' }).click();
  await teacher.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await teacher.page.getByText('No results yet. Collect the pupils’ files or codes above.').waitFor();
  await teacher.page.reload();
  await teacher.page.getByText('No results yet. Collect the pupils’ files or codes above.').waitFor();

  assert.deepEqual(pupil.problems, []);
  assert.deepEqual(teacher.problems, []);
  await tablet.close();
  await teacher.context.close();
});

test('two tabs of the teacher page import at once and lose nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  const [first, second] = [await context.newPage(), await context.newPage()];
  const problems = [...guard(first, origin), ...guard(second, origin)];
  // The first tab reads its second file only when the test says so: the other tab saves in
  // between, and the first tab hears of it (the storage event) before it goes on.
  await first.addInitScript(() => {
    window.heldRead = false;
    window.storageEvents = 0;
    addEventListener('storage', () => { window.storageEvents++; });
    const gate = new Promise((resolve) => { window.releaseRead = resolve; });
    const read = Blob.prototype.arrayBuffer;
    let reads = 0;
    Blob.prototype.arrayBuffer = async function arrayBuffer() {
      if (++reads === 2) {
        window.heldRead = true;
        await gate;
      }
      return read.call(this);
    };
  });
  for (const page of [first, second]) {
    await page.goto(origin + '/teacher.html');
    await page.getByRole('heading', { name: 'Give levels to a class' }).waitFor({ timeout: 60_000 });
  }
  const [bear, cat, dolphin, eagle] = fourPupilsFiles();

  await importFiles(first, [bear, cat, dolphin]);
  await first.waitForFunction(() => window.heldRead);
  await importFiles(second, [eagle]);
  await resultLines(second).first().waitFor();
  await first.waitForFunction(() => window.storageEvents > 0);
  await first.evaluate(() => window.releaseRead());
  await resultLines(first).nth(2).waitFor();

  const claimed = [...await resultLines(first).allTextContents(), ...await resultLines(second).allTextContents()];
  assert.equal(claimed.length, 4, claimed.join(' | '));
  for (const line of claimed) assert.match(line, /: 1 new attempt\./, claimed.join(' | '));
  // Every line's claim holds after a reload, in both tabs.
  for (const page of [first, second]) {
    await page.reload();
    const grid = page.getByRole('table', { name: /, all levels$/ });
    await grid.waitFor({ timeout: 60_000 });
    const pupils = (await grid.locator('.nickname').allTextContents()).sort();
    assert.deepEqual(pupils, ['Calm Bear', 'Calm Cat', 'Calm Dolphin', 'Calm Eagle']);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the teacher page refuses to run inside another site’s page', async () => {
  // The teacher's class data, in this browser.
  const teacher = await openTeacher();
  await importFiles(teacher.page, fourPupilsFiles()[0]);
  await teacher.page.getByRole('table', { name: '1 pupil, all levels' }).waitFor();

  // Another site (another origin: a second server) shows the teacher page in a frame.
  const site = mkdtempSync(join(tmpdir(), 'bb-framer-'));
  writeFileSync(join(site, 'index.html'),
    `<!doctype html><title>Another site</title><link rel="icon" href="data:,"><iframe src="${origin}/teacher.html" width="900" height="600"></iframe>`);
  const other = await serve({ root: site });
  try {
    const page = await teacher.context.newPage();
    const problems = guard(page, other.origin);
    await page.goto(other.origin + '/');
    const frame = page.frameLocator('iframe');
    await frame.getByText('This page shows class data, so it opens only on its own').waitFor({ timeout: 60_000 });
    const link = frame.getByRole('link', { name: 'Open the teacher page on its own' });
    assert.equal(await link.getAttribute('href'), `${origin}/teacher.html`);
    assert.equal(await link.getAttribute('target'), '_blank');
    // No class data and no controls: the page did nothing else.
    assert.equal(await frame.getByText('Calm Bear').count(), 0);
    assert.equal(await frame.locator('#app').isHidden(), true);
    assert.equal(await frame.getByRole('button').count(), 0);
    // (The framed page's own files come from its origin; nothing else does.)
    assert.deepEqual(problems.filter((problem) => !problem.startsWith(`request to another origin: ${origin}/`)), []);
    await page.close();
  } finally {
    other.server.close();
  }
  // The page on its own still runs.
  await teacher.page.reload();
  await teacher.page.getByRole('table', { name: '1 pupil, all levels' }).waitFor();
  assert.deepEqual(teacher.problems, []);
  await teacher.context.close();
});

test('a pupil shares the file through the share sheet where the tablet has one', async () => {
  // A German teacher's laptop (English page): the CSV is separated the way German Excel reads it.
  const teacher = await openTeacher(browser, { locale: 'de-DE' }, 'Level für eine Klasse');
  await teacher.page.getByLabel('Sprache').selectOption('en');
  await teacher.page.getByRole('heading', { name: 'Give levels to a class' }).waitFor();
  const link = await makeLink(teacher.page, '4B');
  const tablet = await tabletContext(browser);
  // The tablet's share sheet (Android's; desktop Linux Chromium has none): what the page hands
  // to it is recorded.
  await tablet.addInitScript(() => {
    window.sharedFiles = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0;
    navigator.share = async (data) => {
      for (const f of data.files) window.sharedFiles.push({ name: f.name, type: f.type, text: await f.text() });
    };
  });
  const pupil = await pupilPlaysMission(tablet, link);
  await backHome(pupil.page);
  await tap(pupil.page, 'button', 'Send to my teacher');
  await tap(pupil.page, 'button', 'Share');
  await pupil.page.waitForFunction(() => window.sharedFiles.length === 1);
  const [shared] = await pupil.page.evaluate(() => window.sharedFiles);
  assert.match(shared.name, /^byte-bridge-.*\.txt$/, 'Chrome shares text files, not JSON');
  assert.equal(JSON.parse(shared.text).format, 'byte-bridge-report');
  await importFiles(teacher.page, { name: shared.name, mimeType: 'text/plain', buffer: Buffer.from(shared.text) });
  await teacher.page.getByRole('button', { name: /^3 stars, 1 try/ }).waitFor();
  const csvDownload = teacher.page.waitForEvent('download');
  await teacher.page.getByRole('button', { name: 'Download CSV' }).click();
  const rows = readFileSync(await (await csvDownload).path(), 'utf8').slice(1).trim().split('\r\n');
  assert.equal(rows.length, 2);
  assert.equal(rows[1].split(';')[3], 'robot-first-steps', `separated by semicolons: ${rows[1]}`);
  assert.deepEqual(pupil.problems, []);
  assert.deepEqual(teacher.problems, []);
  await tablet.close();
  await teacher.context.close();
});

test('a damaged class link tells the pupil and keeps nothing', async () => {
  const tablet = await tabletContext(browser);
  const page = await tablet.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + '/index.html#mission=eyJ2IjoxLCJpZCI6');
  await waitForGame(page);
  await waitForStatus(page, 'This class link is damaged');
  assert.equal(await page.evaluate(() => localStorage.getItem('bytebridge.assignment')), null);
  assert.deepEqual(problems, []);
  await tablet.close();
});

test('the teacher scans a pupil’s QR code with the camera', async () => {
  // First the code as the tablet shows it.
  const teacher = await openTeacher();
  const link = await makeLink(teacher.page, '4B');
  const tablet = await tabletContext(browser);
  await countDraws(tablet);
  const pupil = await pupilPlaysMission(tablet, link);
  await backHome(pupil.page);
  await tap(pupil.page, 'button', 'Send to my teacher');
  await tap(pupil.page, 'button', 'Show a QR code');
  const code = pupil.page.locator('#a11y-layer').getByRole('img', { name: 'QR code with your stars for your teacher' });
  await code.waitFor();
  await waitForSettled(pupil.page); // the code is drawn, not just named
  const png = await pupil.page.screenshot({ clip: await code.boundingBox() });
  const assignments = await teacher.page.evaluate(() => localStorage.getItem('bytebridge.teacher'));
  await teacher.context.close();
  await tablet.close();

  // The camera films the tablet's screen: a video file of that screenshot (Chromium's fake
  // camera), read by the teacher page in a browser started with it.
  const frame = await pngToLuma(png);
  const video = join(mkdtempSync(join(tmpdir(), 'bb-cam-')), 'code.y4m');
  writeFileSync(video, y4m(frame));
  const camera = await launch([
    '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`,
  ]);
  try {
    const scanner = await openTeacher(camera, { permissions: ['camera'] });
    // The same teacher: the class (and its key) this code was signed for.
    await scanner.page.evaluate((data) => localStorage.setItem('bytebridge.teacher', data), assignments);
    await scanner.page.reload();
    await scanner.page.getByRole('button', { name: 'Scan a QR code' }).click();
    await scanner.page.getByRole('button', { name: /^3 stars, 1 try/ }).waitFor({ timeout: 60_000 });
    const first = resultLines(scanner.page).first();
    assert.match(await first.textContent(), /: 1 new attempt\./);
    assert.equal(await first.locator('.badge').textContent(), 'signed', 'the signature of the code checks out');
    await scanner.page.getByRole('button', { name: 'Stop camera' }).click();
    assert.deepEqual(pupil.problems, []);
    assert.deepEqual(scanner.problems, []);
  } finally {
    await camera.close();
  }
});

/** A PNG's pixels as 8-bit luma, decoded by the browser (no image package needed here). */
async function pngToLuma(png) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const frame = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    // Even sides (4:2:0 video), with a white margin around the code.
    const margin = 40;
    const width = (bitmap.width + 2 * margin + 1) & ~1;
    const height = (bitmap.height + 2 * margin + 1) & ~1;
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.drawImage(bitmap, margin, margin);
    const { data } = g.getImageData(0, 0, width, height);
    const luma = new Array(width * height);
    for (let i = 0; i < width * height; i++) {
      luma[i] = Math.round(0.299 * data[4 * i] + 0.587 * data[4 * i + 1] + 0.114 * data[4 * i + 2]);
    }
    return { width, height, luma };
  }, png.toString('base64'));
  await context.close();
  return frame;
}

/** One grey frame as a YUV4MPEG2 video (what Chromium's fake camera plays in a loop). */
function y4m({ width, height, luma }) {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  return Buffer.concat([header, Buffer.from(luma), chroma]);
}
