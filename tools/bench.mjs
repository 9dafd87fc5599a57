#!/usr/bin/env node
// Measures the built site (dist/) and prints:
//   - the wasm's raw size, the total size of dist/,
//   - the brotli size of what a first visit downloads before the first level is playable and
//     the game works offline (the service worker's core files and sw.js itself),
//   - time from navigation to the first interactive frame in headless Chromium (median of 3),
//     and once more on a tablet holding 40 players with 100 attempts each.
// With --check it also fails when the first-visit brotli total exceeds the budget in
// tools/size-budget.json (see docs/size.md for how to change the budget).
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, tabletContext, waitForGame } from '../tests/e2e/browser.mjs';

const DIST = 'dist';
const check = process.argv.includes('--check');
if (process.argv.includes('--help')) {
  console.log('Usage: node tools/bench.mjs [--check]   (run after `cargo xtask build`)');
  process.exit(0);
}

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

const all = files(DIST);
const size = (file) => fs.statSync(file).size;
// The build lists in sw.js what the first level needs (CORE: the page, the game's glue, wasm
// and snippets, the manifest and icons; levels and the font are inside the wasm), one
// language pack per language (PACKS: a first visit fetches the one it starts in), and what
// comes later in the background (BACKGROUND: the password-strength module, loaded when a
// password level opens, the teacher's page and the licences).
const worker = fs.existsSync(path.join(DIST, 'sw.js')) ? fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8') : '';
const listed = (name) => {
  const list = new RegExp(`const ${name} = (\\[.*\\]);`).exec(worker)?.[1];
  // './' is index.html again.
  return list ? JSON.parse(list).filter((url) => url !== './').map((url) => path.join(DIST, url)) : [];
};
const packList = /const PACKS = (\{.*\});/.exec(worker)?.[1];
// The game's packs (the teacher page's own are `teacher-<tag>`; `font-<tag>` is the font a
// language's pack brings for a script the game has no font for: Arabic).
const packUrls = packList ? JSON.parse(packList) : {};
const packs = Object.entries(packUrls)
  .filter(([tag]) => !/^(teacher|font)-/.test(tag)).map(([tag, url]) => [tag, path.join(DIST, url)]);
/** What a first visit in `tag` fetches for its language: its pack, and its font if it has one. */
const languageFiles = (tag, pack) => (packUrls[`font-${tag}`] ? [pack, path.join(DIST, packUrls[`font-${tag}`])] : [pack]);
const languageSize = ([tag, pack]) => languageFiles(tag, pack).reduce((sum, file) => sum + size(file + '.br'), 0);
if (!packs.length || packs.some(([, file]) => !fs.existsSync(file + '.br'))) {
  console.error(`bench: expected sw.js listing the language packs in ${DIST}/i18n/; build first`);
  process.exit(1);
}
// A first visit fetches the pack of the language it starts in (with its font): counted here is
// the largest, so the figure holds whatever language a tablet starts in.
const [largestTag, largestPack] = packs.reduce((a, b) => (languageSize(b) > languageSize(a) ? b : a));
// sw.js itself is fetched by every first visit too.
const firstVisit = [...listed('CORE'), path.join(DIST, 'sw.js'), ...languageFiles(largestTag, largestPack)];
const wasm = firstVisit.filter((f) => f.endsWith('.wasm'));
const background = listed('BACKGROUND');
const strength = background.filter((f) => /\/strength-[^/]*\.(js|wasm)$/.test(f));
// The teacher's page: its page, scripts, style, module, QR decoder and template library.
const teacher = background.filter((f) => /\/(teacher[^/]*|teacher-page\/[^/]*\.js|vendor\/.*\.js)$/.test(f));
if (wasm.length !== 1 || strength.length !== 2 || !teacher.some((f) => f.endsWith('.wasm'))) {
  console.error(`bench: expected sw.js listing the game's .wasm and the strength module in ${DIST}/; build first`);
  process.exit(1);
}
const missing = firstVisit.filter((f) => !fs.existsSync(f + '.br'));
if (missing.length) {
  console.error(`bench: no .br for ${missing.join(', ')}`);
  process.exit(1);
}
const brotli = firstVisit.reduce((sum, f) => sum + size(f + '.br'), 0);
const plain = all.filter((f) => !/\.(br|gz)$/.test(f)).reduce((sum, f) => sum + size(f), 0);
const total = all.reduce((sum, f) => sum + size(f), 0);
const mb = (bytes) => `${(bytes / 1e6).toFixed(3)} MB`;

console.log(`wasm raw size:                 ${mb(size(wasm[0]))}  (${size(wasm[0])} bytes)`);
console.log(`dist/ total:                   ${mb(total)}  (${mb(plain)} without the .br/.gz copies)`);
const each = (list) => list.map((f) => `${path.relative(DIST, f)} ${size(f + '.br')}`).join(', ');
console.log(`first visit, brotli:           ${mb(brotli)}  (${brotli} bytes: ${each(firstVisit)}; in ${largestTag}, the largest pack)`);
console.log(`language packs, brotli:        ${packs.map(([tag, file]) => `${tag} ${languageSize([tag, file])}`).join(', ')} (one fetched per language a tablet uses; ar with its font)`);
const strengthBrotli = strength.reduce((sum, f) => sum + size(f + '.br'), 0);
console.log(`password levels add, brotli:   ${mb(strengthBrotli)}  (${strengthBrotli} bytes: ${each(strength)}; loaded on first use, and cached for offline play in the background)`);
const teacherBrotli = teacher.reduce((sum, f) => sum + size(f + '.br'), 0);
console.log(`teacher page, brotli:          ${mb(teacherBrotli)}  (${teacherBrotli} bytes: ${each(teacher)}; never loaded by the game)`);

const browser = await launch();
const { server, origin } = await serve();
const times = [];
const interactive = (page) => page.evaluate(() => performance.getEntriesByName('bytebridge-interactive')[0]?.startTime ?? NaN);
let crowded;
try {
  for (let run = 0; run < 3; run++) {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(origin + '/');
    await waitForGame(page);
    times.push(await interactive(page));
    await context.close();
  }
  // A full tablet: 40 players with 100 attempts each (the e2e fixture, made by the game's own
  // code in tests/e2e_fixtures.rs).
  const storage = JSON.parse(fs.readFileSync('tests/e2e/fixtures/forty-players.json', 'utf8'));
  const context = await tabletContext(browser);
  const page = await context.newPage();
  await page.goto(origin + '/');
  await waitForGame(page);
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, storage);
  await page.reload();
  await waitForGame(page);
  const stored = Object.values(storage).reduce((n, v) => n + v.length, 0);
  crowded = `${Math.round(await interactive(page))} ms (${(stored / 1e6).toFixed(2)} M characters stored)`;
  await context.close();
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
console.log(`navigation → interactive:      ${Math.round(times[1])} ms median (${times.map(Math.round).join(', ')} ms; headless Chromium, SwiftShader, localhost)`);
console.log(`… with 40 players × 100 attempts: ${crowded}`);

if (check) {
  const budget = JSON.parse(fs.readFileSync('tools/size-budget.json', 'utf8'));
  const limit = budget.first_visit_brotli_bytes;
  if (brotli > limit) {
    console.error(`size budget: FAILED, first visit is ${brotli} bytes brotli, budget ${limit} (tools/size-budget.json)`);
    process.exit(1);
  }
  console.log(`size budget: ok, ${brotli} of ${limit} bytes (${((100 * brotli) / limit).toFixed(1)}%)`);
}
