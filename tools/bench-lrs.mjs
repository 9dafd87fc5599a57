#!/usr/bin/env node
// Ministry scale, measured (a benchmark, not a test; docs/scale.md reads its figures):
//   1. `cargo xtask school-files` writes N schools × 25 pupils × a term of attempts as the
//      pupils' results files the game writes (core::class::report);
//   2. each school's teacher page, the real one minus its drawing (the teacher module from
//      dist/: Teacher + Lrs, the same calls as web/teacher-page/sync.js), brings its 25 files
//      in and sends its statements to one learning record store, P schools at a time;
//   3. the statements are counted back from the store through its xAPI: none may be lost or
//      duplicated (the run fails otherwise);
//   4. headless Chromium opens the teacher page and brings one whole school in: the page's
//      JavaScript heap and the module's wasm memory, empty, with the book, and with the book
//      and a store set (the statements made for sending).
// It prints statements per second, requests, lost, duplicated and the memory figures.
// The store is a local Ralph (tests/e2e/lrs.mjs, installed by tools/test.sh) unless
// --endpoint, --key and --secret name another one (e.g. a ministry's staging LRS).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLrs, readStatements, KEY, SECRET } from '../tests/e2e/lrs.mjs';
import { launch, serve } from '../tests/e2e/browser.mjs';

const HELP = `Usage: node tools/bench-lrs.mjs [--schools N] [--from K] [--parallel P] [--endpoint URL --key K --secret S]
  --schools N    schools of 25 pupils, a term of attempts each (default 10)
  --from K       number the schools from K (default 0): runs on several machines use different K
  --parallel P   schools sending at once (default 4)
  --endpoint …   an LRS to send to instead of a local Ralph (its xAPI endpoint, key, secret)
Run after \`cargo xtask build\` (it uses dist/) and tools/test.sh's set-up (Ralph).`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const schools = Number(option('--schools', '10'));
const parallel = Number(option('--parallel', '4'));
const from = Number(option('--from', '0'));
if (!Number.isInteger(schools) || schools < 1 || !Number.isInteger(parallel) || parallel < 1 || !Number.isInteger(from) || from < 0) {
  console.error(HELP);
  process.exit(2);
}

const DIST = 'dist';
const page = readFileSync(join(DIST, 'teacher.html'), 'utf8');
const block = (id) => JSON.parse(new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(page)[1]);
const files = block('teacher-module');
const packs = block('language-packs');

// 1. The pupils' files.
const out = mkdtempSync(join(tmpdir(), 'byte-bridge-schools-'));
const made = Date.now();
execFileSync('cargo', ['xtask', 'school-files', '--schools', String(schools), '--from', String(from), '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`files made in ${((Date.now() - made) / 1000).toFixed(1)} s`);
const schoolDirs = readdirSync(out).sort().map((name) => join(out, name));

// 2. The teacher module, as the page loads it.
const mod = await import(pathToFileURL(join(DIST, files.js)).href);
await mod.default({ module_or_path: readFileSync(join(DIST, files.wasm)) });
const text = (url) => readFileSync(join(DIST, url), 'utf8');
mod.add_language_pack('en', `${text(packs.game.en)}\n${text(packs.teacher.en)}`);

const external = option('--endpoint', null);
const lrs = external ? null : await startLrs('http://127.0.0.1:1', { RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT: '10000' });
const store = external
  ? { endpoint: external, key: option('--key', ''), secret: option('--secret', '') }
  : { endpoint: lrs.endpoint, key: KEY, secret: SECRET };

/** One school's teacher page: brings the files in, then sends until done (as sync.js does). */
async function school(dir) {
  const teacher = new mod.Teacher(null, ['en'], Date.now());
  for (const name of readdirSync(dir).sort()) {
    const result = JSON.parse(teacher.import_file(name, readFileSync(join(dir, name))));
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
  }
  const statements = JSON.parse(teacher.xapi(''));
  const ids = statements.map((s) => s.id);
  const bytes = statements.reduce((n, s) => n + JSON.stringify(s).length, 0);
  const outbox = new mod.Lrs(null);
  const set = JSON.parse(outbox.set(teacher, store.endpoint, store.key, store.secret));
  if (!set.ok) throw new Error(set.message);
  let requests = 0;
  for (;;) {
    const step = JSON.parse(outbox.next(teacher, Date.now()));
    if (step.step === 'done') break;
    if (step.step === 'wait') {
      await new Promise((resolve) => setTimeout(resolve, step.ms));
      continue;
    }
    if (step.step !== 'send') throw new Error(step.message);
    const { method, url, headers, body } = step.request;
    let status = 0;
    try {
      status = (await fetch(url, { method, headers, body })).status;
    } catch { /* no answer */ }
    requests++;
    outbox.answer(status, Date.now(), Math.random());
  }
  return { ids, requests, bytes };
}

const started = Date.now();
const results = [];
const queue = [...schoolDirs];
await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, async () => {
  while (queue.length) results.push(await school(queue.shift()));
}));
const seconds = (Date.now() - started) / 1000;
const sent = results.flatMap((r) => r.ids);
const requests = results.reduce((n, r) => n + r.requests, 0);
const average = results.reduce((n, r) => n + r.bytes, 0) / sent.length;

// 3. Counted back from the store.
const stored = (await readStatements({ ...store, limit: 10_000 })).map((s) => s.id);
const storedSet = new Set(stored);
const lost = sent.filter((id) => !storedSet.has(id)).length;
const duplicated = stored.length - storedSet.size;

console.log(`\n${schools} schools × 25 pupils, ${sent.length} statements, ${parallel} schools at once, to ${external ? store.endpoint : 'a local Ralph 5.1.0 (file backend)'}`);
console.log(`  sent in ${seconds.toFixed(1)} s: ${(sent.length / seconds).toFixed(0)} statements/s, ${requests} requests`);
console.log(`  a statement is ${average.toFixed(0)} bytes of JSON on average, a batch of 50 about ${(average * 50 / 1024).toFixed(0)} KB`);
console.log(`  counted back from the store: ${stored.length} statements, lost ${lost}, duplicated ${duplicated}`);

// 4. The teacher page's memory with one whole school's book.
const browser = await launch(['--enable-precise-memory-info']);
const { server, origin } = await serve();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(`${origin}/teacher.html`);
  await tab.getByRole('heading', { name: 'Give levels to a class' }).waitFor({ timeout: 60_000 });
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    // The module is loaded once per page: initialising it again hands back its exports.
    const wasm = await tab.evaluate(async (js) => (await (await import(js)).default()).memory.buffer.byteLength, files.js);
    return { heap, wasm };
  };
  const before = await memory();
  const dir = schoolDirs[0];
  const names = readdirSync(dir).sort();
  await tab.getByLabel('Pupils’ results files').setInputFiles(names.map((name) => join(dir, name)));
  await tab.waitForFunction((n) => document.querySelectorAll('#import-results li').length >= n, names.length, { timeout: 120_000 });
  const after = await memory();
  // With a store set the module makes the book's statements and keeps them while it sends (a
  // store nobody answers at: the page keeps them waiting).
  await tab.getByLabel('xAPI address (endpoint)').fill('http://127.0.0.1:9/xAPI/');
  await tab.getByLabel('Key (user name)').fill('key');
  await tab.getByLabel('Secret (password)').fill('secret');
  await tab.getByRole('button', { name: 'Save and send' }).click();
  await tab.waitForFunction(() => document.getElementById('lrs-status')?.textContent.includes('cannot be reached'), null, { timeout: 60_000 });
  const sending = await memory();
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`  teacher page with one school's book (25 pupils, ${results[0].ids.length} attempts): empty → book → book with a store set`);
  console.log(`    JavaScript heap ${mb(before.heap)} → ${mb(after.heap)} → ${mb(sending.heap)}, wasm memory ${mb(before.wasm)} → ${mb(after.wasm)} → ${mb(sending.wasm)}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
  await lrs?.close();
  rmSync(out, { recursive: true, force: true });
}

if (lost || duplicated) {
  console.error(`FAILED: ${lost} lost, ${duplicated} duplicated`);
  process.exit(1);
}
