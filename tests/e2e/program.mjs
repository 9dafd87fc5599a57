// Builds a robot program in the game the way a pupil does, from its notation (see
// docs/coding-levels.md): palette tiles pressed in order, containers filled through the
// cursor that moves into them, counts, numbers and questions set with the edit bar, helpers
// filled through their "End of Helper 1" slot. The same steps run by touch or by keyboard
// alone: `press(name)` is either a tap or arrow keys to the control and Enter.
import assert from 'node:assert/strict';
import { tap } from './browser.mjs';
import { byRole } from './pupil.mjs';

/** The English words of a question, as the game names it inside a tile. */
const CONDITIONS = {
  ahead: 'path ahead', left: 'path on the left', right: 'path on the right',
  red: 'on red', blue: 'on blue', green: 'on green',
};
const condition = (word) => (word.startsWith('#') ? `count is ${word.slice(1)}` : CONDITIONS[word]);
const CONDITION_IDS = {
  ahead: 'path_ahead', left: 'path_left', right: 'path_right', red: 'on_red', blue: 'on_blue', green: 'on_green',
};
const conditionId = (word) => (word.startsWith('#') ? `count_is_${word.slice(1)}` : CONDITION_IDS[word]);
/** The When routine's title, as the game shows it, for each event word of the notation. */
const EVENTS = {
  lamp: 'When the robot steps on a lamp', red: 'When the robot steps on red',
  blue: 'When the robot steps on blue', green: 'When the robot steps on green',
};

/** Reads one routine's notation into blocks: `{kind, …, bodies}`. */
export function parse(text) {
  const tokens = text.match(/[{}]|[^\s{}]+/g) ?? [];
  let at = 0;
  function list() {
    const out = [];
    while (at < tokens.length && tokens[at] !== '}') out.push(block(tokens[at++]));
    return out;
  }
  function body() {
    assert.equal(tokens[at++], '{', `a body after ${tokens[at - 2]}`);
    const inner = list();
    assert.equal(tokens[at++], '}', 'a closed body');
    return inner;
  }
  function test(words) {
    if (words.startsWith('!')) return { logic: 'not', first: words.slice(1) };
    for (const [sign, logic] of [['&', 'and'], ['|', 'or']]) {
      if (words.includes(sign)) {
        const [first, second] = words.split(sign);
        return { logic, first, second };
      }
    }
    return { logic: null, first: words };
  }
  function block(word) {
    const simple = { F: 'Forward', L: 'Turn left', R: 'Turn right', X: 'Light', P1: 'Helper 1', P2: 'Helper 2', '+1': 'Add 1 to count' };
    if (simple[word]) return { kind: 'simple', palette: simple[word] };
    if (word === 'U') return { kind: 'until', bodies: [body()] };
    if (word === 'N') return { kind: 'n', bodies: [body()] };
    if (word.startsWith('=')) return { kind: 'set', number: Number(word.slice(1)) };
    let match = /^P([12])\((\d)\)$/.exec(word);
    if (match) return { kind: 'call', helper: match[1], number: Number(match[2]) };
    if (word.startsWith('W?')) return { kind: 'while', test: test(word.slice(2)), bodies: [body()] };
    if (word.startsWith('?')) {
      const then = body();
      const bodies = tokens[at] === '{' ? [then, body()] : [then];
      return { kind: 'if', test: test(word.slice(1)), bodies };
    }
    match = /^(\d)$/.exec(word);
    if (match) return { kind: 'repeat', number: Number(match[1]), bodies: [body()] };
    throw new Error(`unknown tile ${word}`);
  }
  const out = list();
  assert.equal(at, tokens.length, `all of ${text} read`);
  return out;
}

/** A test's words: "not on red", "path ahead and count is 2". */
function testName({ logic, first, second }) {
  if (logic === 'not') return `not ${condition(first)}`;
  if (logic) return `${condition(first)} ${logic} ${condition(second)}`;
  return condition(first);
}

/** A container's name, as its tile says it (and its "End of …" slot). */
function containerName(block) {
  switch (block.kind) {
    case 'repeat': return `Repeat ${block.number} times`;
    case 'until': return 'Repeat until done';
    case 'n': return 'Repeat n times';
    case 'while': return `Repeat while ${testName(block.test)}`;
    case 'if': return `If ${testName(block.test)}${block.bodies.length === 2 ? ', else' : ''}`;
    default: throw new Error(`${block.kind} holds no body`);
  }
}

const PALETTE = {
  repeat: 'Repeat', until: 'Repeat until done', n: 'Repeat n times', while: 'Repeat while', set: 'Set count',
};

/** Presses a control by touch: a real tap on it. */
export const byTouch = (page) => (name) => tap(page, 'button', name);

/**
 * Presses a control with the keyboard alone: arrow keys move the focus through the controls in
 * reading order (the game's accessibility layer), Enter presses the focused one.
 */
export const byKeyboard = (page) => async (name) => {
  await byRole(page, 'button', name).waitFor({ timeout: 30_000 });
  for (let tries = 0; tries < 4; tries++) {
    const { from, to, count } = await page.evaluate((wanted) => {
      const buttons = [...document.querySelectorAll('#a11y-layer button')];
      return {
        from: buttons.indexOf(document.activeElement),
        to: buttons.findIndex((b) => b.textContent === wanted),
        count: buttons.length,
      };
    }, name);
    assert.ok(to >= 0, `no control ${name}`);
    if (from < 0) {
      // Focus is outside the controls (a new screen, a removed control): Tab brings it in.
      await page.keyboard.press('Tab');
      continue;
    }
    const forward = (to - from + count) % count;
    const key = forward <= count - forward ? 'ArrowRight' : 'ArrowLeft';
    for (let i = 0; i < Math.min(forward, count - forward); i++) await page.keyboard.press(key);
    if (await page.evaluate((wanted) => document.activeElement?.textContent === wanted, name)) {
      await page.keyboard.press('Enter');
      return;
    }
    // The layer changed under the keys (a redraw): count again.
  }
  throw new Error(`the keyboard never reached ${name}`);
};

/**
 * Builds `program` ({main, p1, p2, when} in notation) on the open level with `press`, for a
 * level offering `level.conditions`, `level.logic` and `level.events` in that order (the order
 * taps cycle through). `when` is `"lamp: X"`: the event is chosen with "Change the event" first.
 */
export async function buildProgram(page, pressControl, program, level) {
  // Each press is followed by its effect on the screen before the next one: a tap measures
  // where a control is now, and a control moves when a tile goes in before it.
  const press = async (name) => {
    const before = await signature(page);
    await pressControl(name);
    if (name.startsWith('End of ')) {
      await page.waitForFunction((slot) => [...document.querySelectorAll('#a11y-layer button')]
        .some((b) => b.textContent === slot && b.getAttribute('aria-pressed') === 'true'), name, { timeout: 30_000 });
    } else {
      await page.waitForFunction((was) => {
        const now = [...document.querySelectorAll('#a11y-layer button')]
          .map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`).join('|');
        return now !== was;
      }, before, { timeout: 30_000 });
    }
    await stillLayer(page);
  };
  const conditions = level.conditions ?? [];
  const logic = [null, ...(level.logic ?? [])];
  async function times(button, count) {
    for (let i = 0; i < count; i++) await press(button);
  }
  async function list(blocks, place) {
    for (const block of blocks) {
      if (block.kind === 'simple') {
        await press(block.palette);
        continue;
      }
      if (block.kind === 'call') {
        await press(`Helper ${block.helper} with a number`);
        if (block.number > 2) await times('Bigger number', block.number - 2);
        else await times('Smaller number', 2 - block.number);
        continue;
      }
      if (block.kind === 'set') {
        await press('Set count');
        await times('Bigger number', block.number);
        continue;
      }
      if (block.kind === 'if') await press(block.bodies.length === 2 ? 'If … else' : 'If');
      else await press(PALETTE[block.kind]);
      if (block.kind === 'repeat') await times('More times', block.number - 2);
      if (block.test) {
        const { logic: word, first, second } = block.test;
        // A new test asks the level's first question; a new second question is the first one
        // listed that differs from it.
        await times('Change not / and / or', logic.indexOf(word));
        const firstAt = conditions.indexOf(conditionId(first));
        await times('Change the question', firstAt);
        if (second) {
          const secondNow = conditions.findIndex((c) => c !== conditions[0]);
          const secondAt = conditions.indexOf(conditionId(second));
          await times('Change the second question', (secondAt - secondNow + conditions.length) % conditions.length);
        }
      }
      const name = containerName(block);
      // The tile says what was set, before anything goes inside it.
      await page.waitForFunction((start) => [...document.querySelectorAll('#a11y-layer button')]
        .some((b) => b.textContent.startsWith(start)), `${name}, step `, { timeout: 30_000 });
      await list(block.bodies[0], name);
      if (block.bodies[1]) {
        await press(`End of the else part of ${name}: new tiles go here`);
        await list(block.bodies[1], `the else part of ${name}`);
      }
      await press(`End of ${place}: new tiles go here`);
    }
  }
  for (const [routine, place] of [['p1', 'Helper 1'], ['p2', 'Helper 2'], ['main', 'Main']]) {
    if (!program[routine]) continue;
    await press(`End of ${place}: new tiles go here`);
    await list(parse(program[routine]), place);
  }
  if (program.when) {
    const [word, tiles] = program.when.split(':').map((part) => part.trim());
    const events = level.events ?? [];
    const wanted = events.indexOf(`on_${word}`);
    assert.ok(wanted >= 0, `the level offers the event ${word}`);
    await times('Change the event', wanted);
    const place = EVENTS[word];
    await press(`End of ${place}: new tiles go here`);
    await list(parse(tiles), place);
  }
}

/** The controls and which are pressed: changes when a press has done something. */
function signature(page) {
  return page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')]
    .map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`).join('|'));
}

/** Waits until no control moves between two frames (the layout has caught up). */
async function stillLayer(page) {
  await page.waitForFunction(() => {
    const now = JSON.stringify([...document.querySelectorAll('#a11y-layer button')]
      .map((b) => { const r = b.getBoundingClientRect(); return [b.textContent, r.x, r.y]; }));
    const same = window.__lastLayout === now;
    window.__lastLayout = now;
    return same;
  }, null, { polling: 'raf', timeout: 30_000 });
}
