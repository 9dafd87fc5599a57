// End-to-end: reading aloud (issue #18) with the device's voices. Headless Chromium has no
// voices of its own, so the page's `speechSynthesis` is replaced at the browser boundary only:
// a voices list and a `speak` that records each real SpeechSynthesisUtterance (its text,
// language and voice) and, when the test says, reports its words and its end as real
// SpeechSynthesisEvents. The game (src/web/speech.rs → src/game/speech.rs) is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite, browser, origin, tabletContext, guard, waitForGame, tap } from './browser.mjs';
import { newPlayer, openOnlyPlayer, expectVisible, byRole, textsIn, layer, fill } from './pupil.mjs';

useBrowserAndSite();

/**
 * A device whose speech lists `voices` ({name, lang, localService}). `window.__speech` holds
 * what it was asked to say (`said`: {text, lang, voice}), how often it was stopped, and
 * `next()`, which reports the next word of the line being said, or its end.
 */
function deviceWithVoices(voices) {
  return (list) => {
    const synthesis = new EventTarget();
    const made = list.map((v) => Object.create(SpeechSynthesisVoice.prototype, {
      name: { value: v.name }, lang: { value: v.lang }, localService: { value: v.localService },
      default: { value: false }, voiceURI: { value: v.name },
    }));
    // The utterance's voice slot takes these voices as it takes the browser's own.
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true, get() { return this.__voice ?? null; }, set(v) { this.__voice = v; },
    });
    const state = { said: [], stops: 0, pending: [], current: null };
    const fire = (utterance, type, init = {}) => utterance.dispatchEvent(new SpeechSynthesisEvent(type, { utterance, ...init }));
    state.next = () => {
      const step = state.pending.shift();
      if (step) step();
      return state.pending.length;
    };
    synthesis.getVoices = () => made;
    synthesis.speak = (utterance) => {
      state.said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      state.current = utterance;
      const words = [...utterance.text.matchAll(/\S+/g)];
      state.pending = [
        ...words.map((w) => () => fire(utterance, 'boundary', { name: 'word', charIndex: w.index, charLength: w[0].length })),
        () => { state.current = null; fire(utterance, 'end'); },
      ];
    };
    synthesis.cancel = () => {
      state.stops += 1;
      state.pending = [];
      if (state.current) fire(state.current, 'error', { error: 'interrupted' });
      state.current = null;
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis });
    window.__speech = state;
  };
}

async function open(voices) {
  const context = await tabletContext(browser);
  await context.addInitScript(deviceWithVoices(voices), voices);
  const page = await context.newPage();
  const problems = guard(page, origin);
  await page.goto(origin + '/');
  await waitForGame(page);
  await newPlayer(page);
  return { context, page, problems };
}

const said = (page) => page.evaluate(() => window.__speech.said);

/** Waits until the device has been asked to say `count` lines. */
async function waitForLines(page, count) {
  await page.waitForFunction((n) => window.__speech.said.length >= n, count, { timeout: 30_000 });
  return said(page);
}

/** The voice finishes the line it is saying (every word, then its end). */
async function finishLine(page) {
  await page.evaluate(() => { while (window.__speech.next() > 0); });
}

/** The voice says each line to its end, line after line, until one matches `pattern`. */
async function listenUntil(page, pattern) {
  await page.waitForFunction((source) => {
    const speech = window.__speech;
    if (speech.said.some((line) => new RegExp(source).test(line.text))) return true;
    while (speech.next() > 0);
    return false;
  }, pattern.source, { polling: 100, timeout: 30_000 });
  return said(page);
}

const en = textsIn('en');
const TITLE = en['level-robot-first-steps-title'];
const INSTRUCTION = en['level-robot-first-steps-instruction'];

test('the speaker reads a level aloud in reading order, with the tablet’s own voice for the language, and stops', async () => {
  const { context, page, problems } = await open([
    { name: 'Cloud English', lang: 'en-US', localService: false },
    { name: 'Tablet English', lang: 'en-GB', localService: true },
  ]);
  await tap(page, 'button', 'Play');
  await tap(page, 'button', `1. ${TITLE}, not played yet`);
  await expectVisible(page, 'heading', TITLE);
  assert.deepEqual(await said(page), [], 'nothing is read unless asked');
  await tap(page, 'button', 'Read aloud');
  assert.deepEqual((await waitForLines(page, 1))[0], { text: TITLE, lang: 'en-GB', voice: 'Tablet English' });
  await expectVisible(page, 'button', 'Stop reading');
  await finishLine(page);
  assert.equal((await waitForLines(page, 2))[1].text, INSTRUCTION);
  // A word reported as said: the line goes on to its end and the next line follows.
  await finishLine(page);
  const third = (await waitForLines(page, 3))[2].text;
  assert.ok((await layer(page).getByRole('status').allTextContents()).includes(third), `the status line: ${third}`);

  await tap(page, 'button', 'Stop reading');
  await expectVisible(page, 'button', 'Read aloud');
  assert.ok(await page.evaluate(() => window.__speech.stops) > 0, 'the voice was stopped');
  assert.deepEqual(problems, []);
  await context.close();
});

test('read everything to me: each level is read as it opens, each new hint after it; saved with the player', async () => {
  const { context, page, problems } = await open([{ name: 'Tablet English', lang: 'en', localService: true }]);
  await tap(page, 'button', 'Settings');
  const toggle = byRole(page, 'button', 'Read everything to me');
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await tap(page, 'button', 'Read everything to me');
  await page.waitForFunction(() => document.querySelector('#a11y-layer button[aria-pressed=true]')?.textContent === 'Read everything to me');
  await page.reload();
  await waitForGame(page);
  await openOnlyPlayer(page);
  await tap(page, 'button', 'Play');
  await tap(page, 'button', `1. ${TITLE}, not played yet`);
  assert.equal((await waitForLines(page, 1))[0].text, TITLE, 'read as the level opens, after a reload');
  await expectVisible(page, 'button', 'Stop reading');
  await tap(page, 'button', 'Hint');
  const lines = await listenUntil(page, /^Hint 1: /);
  assert.equal(lines[1].text, INSTRUCTION);
  assert.match(lines.at(-1).text, /^Hint 1: /, 'the hint is read after what was on screen before it');
  assert.equal(lines.filter((line) => line.text === TITLE).length, 1, 'each line once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without the tablet’s own voice for a language nothing is offered, and the grown-ups see which languages it reads', async () => {
  const { context, page, problems } = await open([
    { name: 'Tablet English', lang: 'en-GB', localService: true },
    { name: 'Cloud Deutsch', lang: 'de-DE', localService: false },
  ]);
  await tap(page, 'button', 'Language: English');
  await tap(page, 'button', 'Deutsch');
  const de = textsIn('de');
  await expectVisible(page, 'heading', de['language-picker']);
  await tap(page, 'button', de.back);
  await tap(page, 'button', de['settings-open']);
  await expectVisible(page, 'button', de['settings-read-everything']);
  await layer(page).getByText(de['settings-no-voice']).waitFor();
  await tap(page, 'button', de.back);
  await tap(page, 'button', de['title-play']);
  const title = de['level-robot-first-steps-title'];
  await tap(page, 'button', fill(de['map-level'], { number: '1', title, status: de['level-status-new'] }));
  await expectVisible(page, 'heading', de['level-robot-first-steps-title']);
  assert.equal(await byRole(page, 'button', de['read-aloud']).count(), 0, 'no speaker without a voice');

  await tap(page, 'button', de.back);
  await tap(page, 'button', de.back);
  await tap(page, 'button', de['title-change-player']);
  // The players' screen speaks the tablet's language (the browser's: English here).
  await tap(page, 'button', en['grown-ups']);
  const question = await layer(page).getByText(/×/).textContent();
  const [a, b] = question.match(/\d+/g).map(Number);
  for (const digit of String(a * b)) await tap(page, 'button', digit);
  await tap(page, 'button', en['gate-ok']);
  await tap(page, 'button', en['adults-voices-open']);
  await layer(page).getByText(fill(en['adults-voices-some'], { languages: 'English' })).waitFor();
  assert.deepEqual(await said(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
