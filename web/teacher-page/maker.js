// "Make your own levels": the form for a level in the teacher's own words (a robot grid, sort
// into two boxes, pick the reply or spot the red flags), and "My levels", the library kept in
// the class data, with its file for colleagues. Every rule, the solver and every message are
// the Rust module's (API.md, "Make levels (the library)"); this file keeps the form and builds
// a MadeLevel's JSON from it.
//
// The form lives in `ui.maker` while the page is open, every kind's part at once: switching
// the kind, a check that fails or another tab's save never loses what was typed. Text fields
// write into it as they are typed, without a redraw (lit-html leaves a field alone while the
// value it was given stays the same).
import { html, nothing, live, repeat } from './lit.js';
import { ui, api, t, t_with, parse, change, action, catalog, madeLevels } from './state.js';
import { formatList } from './format.js';
import { field, checkbox, radio, byId, focusOn } from './widgets.js';
import { downloadLevels } from './downloads.js';
import { readBytes } from './collect.js';

/** The MadeLevel format's version (core::level::made::VERSION). */
const VERSION = 1;
/** Cards, replies and lines a level has at least; replies at most (cards and lines: limits().items). */
const MIN_ITEMS = 2;
const MAX_REPLIES = 4;
/** The smallest board (the largest is limits().board). */
const MIN_WIDTH = 2;
const MIN_HEIGHT = 1;
/** Slots of the main program and of Helper 1, as a level file allows them (docs/coding-levels.md). */
const MAIN_SLOTS = { min: 1, max: 16, start: 8 };
const P1_SLOTS = { min: 1, max: 10, start: 4 };
/**
 * The most bytes read of a chosen file: more than the module takes (1 MB), so a larger file
 * still gets the module's own "too large" message, without a huge file being read whole.
 */
const READ_LIMIT = 2 * 1024 * 1024;

const KINDS = [
  { id: 'robot_grid', title: () => t('made-kind-robot_grid') },
  { id: 'sort', title: () => t('made-kind-sort') },
  { id: 'pick_reply', title: () => t('made-kind-pick_reply') },
  { id: 'spot_flags', title: () => t('made-kind-spot_flags') },
];

const BANDS = [
  { id: '7-9', title: () => t('band-7-9') },
  { id: '10-12', title: () => t('band-10-12') },
  { id: '12-14', title: () => t('band-12-14') },
];

/** The board's squares: their symbol in a level file, and the mark the page shows on them
 * (besides their colour) and on the paint choice. The start's mark is the robot's arrow. */
const SQUARES = [
  { symbol: '#', key: 'wall', mark: '■', name: () => t('made-page-square-wall') },
  { symbol: '.', key: 'floor', mark: '', name: () => t('made-page-square-floor') },
  { symbol: 'S', key: 'start', mark: null, name: () => t('made-page-square-start') },
  { symbol: 'G', key: 'flag', mark: '⚑', name: () => t('made-page-square-flag') },
  { symbol: 'L', key: 'lamp', mark: '✹', name: () => t('made-page-square-lamp') },
  { symbol: 'r', key: 'red', mark: '▲', name: () => t('made-page-square-red') },
  { symbol: 'b', key: 'blue', mark: '◆', name: () => t('made-page-square-blue') },
  { symbol: 'g', key: 'green', mark: '●', name: () => t('made-page-square-green') },
];
const FLOOR = SQUARES[1];
/** Squares a board holds only one of: painting another moves it (a flag too: at most one). */
const ONLY_ONE = ['S', 'G'];

const FACINGS = [
  { id: 'north', arrow: '↑', title: () => t('made-page-facing-north') },
  { id: 'east', arrow: '→', title: () => t('made-page-facing-east') },
  { id: 'south', arrow: '↓', title: () => t('made-page-facing-south') },
  { id: 'west', arrow: '←', title: () => t('made-page-facing-west') },
];

/** The tiles a teacher may offer, named as the pupils see them in the game. */
const TILES = [
  { id: 'forward', name: () => t('command-forward') },
  { id: 'turn_left', name: () => t('command-turn-left') },
  { id: 'turn_right', name: () => t('command-turn-right') },
  { id: 'light', name: () => t('command-light') },
  { id: 'repeat', name: () => t('tile-repeat') },
  { id: 'repeat_until_goal', name: () => t('tile-repeat-until-goal') },
  { id: 'if', name: () => t('tile-if') },
  { id: 'if_else', name: () => t('tile-if-else') },
  { id: 'repeat_while', name: () => t('tile-repeat-while') },
  { id: 'call_p1', name: () => t('tile-call-p1') },
];
/** The tiles that ask a question: a level lists conditions exactly when it offers one. */
const ASKING = ['if', 'if_else', 'repeat_while'];
const CONDITIONS = [
  { id: 'path_ahead', name: () => t('condition-path-ahead') },
  { id: 'path_left', name: () => t('condition-path-left') },
  { id: 'path_right', name: () => t('condition-path-right') },
  { id: 'on_red', name: () => t('condition-on-red') },
  { id: 'on_blue', name: () => t('condition-on-blue') },
  { id: 'on_green', name: () => t('condition-on-green') },
];

const SCREENS = [
  { id: 'message', title: () => t('made-page-screen-message') },
  { id: 'email', title: () => t('made-page-screen-email') },
  { id: 'web', title: () => t('made-page-screen-web') },
];

let nextKey = 0;

/** A card, reply or line of the form, with a key that keeps its fields in place in the list. */
function item(fields) {
  return { key: nextKey++, ...fields };
}

function newRobot() {
  return {
    // Rows of symbols, one array per row. A 5 × 4 floor with the start and the flag in corners.
    board: ['S....', '.....', '.....', '....G'].map((row) => Array.from(row)),
    facing: 'east',
    paint: '#',
    tiles: new Set(['forward', 'turn_left', 'turn_right']),
    conditions: new Set(),
    main: MAIN_SLOTS.start,
    p1: P1_SLOTS.start,
    // What a level loaded into the form has that the form does not show: saved as it came.
    keep: { fields: {}, tiles: [], conditions: [], slots: {} },
  };
}

function newDraft() {
  return {
    editing: '', // the id of the library level this form replaces when saved
    editingTitle: '',
    lang: '', // a loaded level's language; a new level's is the page's
    kind: 'robot_grid',
    band: '7-9',
    title: '',
    task: '',
    learned: '',
    hints: ['', '', ''],
    robot: newRobot(),
    sort: { boxes: ['', ''], cards: [item({ text: '', box: 0, reason: '' }), item({ text: '', box: 1, reason: '' })] },
    reply: { prompt: '', replies: [item({ text: '', right: false, reason: '' }), item({ text: '', right: false, reason: '' })] },
    flags: { screen: 'message', parts: [item({ text: '', flag: false, reason: '' }), item({ text: '', flag: false, reason: '' })] },
  };
}

/** The form and what the last check, save or library action said. */
function maker() {
  ui.maker ??= {
    draft: newDraft(),
    busy: false, // checking or saving (the solver may take seconds)
    status: null, // { error, text } under the form
    libraryStatus: null, // { error, text } under "My levels"
    removing: null, // the library level whose removal waits for a second tap
    cursor: { row: 0, column: 0 }, // the board's square reached with Tab (arrow keys move it)
  };
  return ui.maker;
}

export function makerSection() {
  const m = maker();
  const library = madeLevels();
  const draft = m.draft;
  // The level being changed is gone (removed here or in another tab): saving adds it anew.
  if (draft.editing && !library.some((level) => level.id === draft.editing)) {
    draft.editing = '';
    draft.editingTitle = '';
  }
  const limits = parse(api().limits()) ?? {};
  return html`
    <h2 id="maker-title" tabindex="-1">${t('made-page-heading')}</h2>
    <p class="intro">${t('made-page-intro')}</p>
    <div class="made-form">${form(m, limits)}</div>
    <section class="made-library" aria-labelledby="made-library-title">${librarySection(m, library)}</section>`;
}

function form(m, limits) {
  const draft = m.draft;
  return html`
    <h3 id="made-form-title" tabindex="-1">${draft.editing
      ? t_with('made-page-editing', { title: draft.editingTitle })
      : t('made-page-new')}</h3>
    ${draft.editing ? html`<div class="made-editing">
      <p class="hint">${t('made-page-editing-hint')}</p>
      <button type="button" id="made-start-new" class="secondary" @click=${action(() => startNew(m))}>${t('made-page-start-new')}</button>
    </div>` : nothing}
    <fieldset class="made-kinds">
      <legend>${t('made-page-kind')}</legend>
      <div class="choices">${KINDS.map((kind) => radio('made-kind', `made-kind-${kind.id}`, kind.title(), draft.kind === kind.id, () => {
        draft.kind = kind.id;
        m.status = null;
      }))}</div>
    </fieldset>
    ${field('made-band', t('made-page-band'), html`<select id="made-band"
      .value=${live(draft.band)} @change=${action((event) => { draft.band = event.target.value; })}>
      ${BANDS.map((band) => html`<option value=${band.id} ?selected=${band.id === draft.band}>${bandTitle(band)}</option>`)}
    </select>`)}
    ${textField('made-title', t('made-page-title'), draft.title, limits.title, (value) => { draft.title = value; })}
    ${textField('made-task', t('made-page-task'), draft.task, limits.text, (value) => { draft.task = value; })}
    <div class="made-editor">${editor(m, limits)}</div>
    ${textField('made-learned', t('made-page-learned'), draft.learned, limits.text, (value) => { draft.learned = value; })}
    <fieldset class="made-hints">
      <legend>${t('made-page-hints')}</legend>
      ${textField('made-hint-1', t('made-page-hint-1'), draft.hints[0], limits.text, (value) => { draft.hints[0] = value; })}
      ${textField('made-hint-2', t('made-page-hint-2'), draft.hints[1], limits.text, (value) => { draft.hints[1] = value; })}
      ${textField('made-hint-3', t('made-page-hint-3'), draft.hints[2], limits.text, (value) => { draft.hints[2] = value; })}
    </fieldset>
    <div class="actions">
      <button type="button" id="made-check" aria-disabled=${m.busy ? 'true' : 'false'}
        @click=${action(() => checkLevel(m, false))}>${t('made-page-check')}</button>
      <button type="button" id="made-save" class="primary" aria-disabled=${m.busy ? 'true' : 'false'}
        @click=${action(() => checkLevel(m, true))}>${t('made-page-save')}</button>
    </div>
    ${statusLines('made-form', m.status)}`;
}

/** A band's title: the catalogue's (what the level picker shows), else the game's own text. */
function bandTitle(band) {
  return catalog().bands?.find((b) => b.id === band.id)?.title ?? band.title();
}

function textField(id, labelText, value, max, oninput, { redraw = false } = {}) {
  return field(id, labelText, html`<input id=${id} type="text" .value=${live(value)} maxlength=${max ?? nothing}
    autocomplete="off" @input=${(event) => oninput(event.target.value)}
    @change=${redraw ? action(() => {}) : nothing}>`);
}

/** A whole number from `min` to `max`: one out of range becomes the nearest allowed, an empty
 * or impossible one goes back to what it was. */
function numberField(id, labelText, value, min, max, onchange) {
  return field(id, labelText, html`<input id=${id} type="number" inputmode="numeric" step="1" min=${min}
    max=${max ?? nothing} .value=${live(String(value))} @change=${action((event) => {
      const typed = event.target.value.trim() === '' ? NaN : Math.round(Number(event.target.value));
      const next = Number.isFinite(typed) ? Math.min(Math.max(typed, min), max ?? Infinity) : value;
      event.target.value = String(next);
      onchange(next);
    })}>`);
}

/** What an error or a success said, in one place under what it is about. */
function statusLines(id, status) {
  return html`<div class="made-status">
    <p id="${id}-error" class="error-text" role="alert">${status?.error ? status.text : ''}</p>
    <p id="${id}-status" class="status-line" role="status">${status && !status.error ? status.text : ''}</p>
  </div>`;
}

function editor(m, limits) {
  const draft = m.draft;
  if (draft.kind === 'sort') return sortEditor(draft.sort, limits);
  if (draft.kind === 'pick_reply') return replyEditor(draft.reply, limits);
  if (draft.kind === 'spot_flags') return flagsEditor(draft.flags, limits);
  return robotEditor(m, limits);
}

// --- The robot grid -------------------------------------------------------------------------

/** The board's size, the paint choice, the board (`dir="ltr"`: north is up and west is left in
 * every language), the start's facing, the tiles, their questions and the slots. */
function robotEditor(m, limits) {
  const robot = m.draft.robot;
  const height = robot.board.length;
  const width = robot.board[0]?.length ?? 0;
  const asks = ASKING.some((id) => robot.tiles.has(id));
  return html`
    <div class="made-size">
      ${numberField('made-width', t('made-page-width'), width, MIN_WIDTH, limits.board, (n) => resize(m, n, height))}
      ${numberField('made-height', t('made-page-height'), height, MIN_HEIGHT, limits.board, (n) => resize(m, width, n))}
    </div>
    <fieldset class="made-paint">
      <legend>${t('made-page-paint')}</legend>
      <div class="choices">${SQUARES.map((square) => radio('made-paint', `made-paint-${square.key}`, square.name(),
        robot.paint === square.symbol, () => { robot.paint = square.symbol; },
        html`<span class="swatch sq-${square.key}">${mark(square, robot.facing)}</span>`))}</div>
    </fieldset>
    <p id="made-board-label" class="board-label">${t('made-page-board')}</p>
    <p id="made-board-hint" class="hint">${t('made-page-board-hint')}</p>
    <div class="board-scroll">
      <div id="made-board" class="made-board" role="group" dir="ltr" aria-labelledby="made-board-label"
        aria-describedby="made-board-hint" @keydown=${boardKeys}>
        ${robot.board.map((row, y) => html`<div class="board-row">${row.map((symbol, x) => square(m, y, x, symbol))}</div>`)}
      </div>
    </div>
    ${field('made-facing', t('made-page-facing'), html`<select id="made-facing"
      .value=${live(robot.facing)} @change=${action((event) => { robot.facing = event.target.value; })}>
      ${FACINGS.map((facing) => html`<option value=${facing.id} ?selected=${facing.id === robot.facing}>${facing.title()}</option>`)}
    </select>`)}
    <fieldset class="made-tiles">
      <legend>${t('made-page-tiles')}</legend>
      <div class="choices">${TILES.map((tile) => checkbox(`made-tile-${tile.id}`, tile.name(), robot.tiles.has(tile.id),
        (event) => offerTile(robot, tile.id, event.target.checked)))}</div>
    </fieldset>
    ${asks ? html`<fieldset class="made-conditions" aria-describedby="made-conditions-hint">
      <legend>${t('made-page-conditions')}</legend>
      <p id="made-conditions-hint" class="hint">${t('made-page-conditions-hint')}</p>
      <div class="choices">${CONDITIONS.map((condition) => checkbox(`made-condition-${condition.id}`, condition.name(),
        robot.conditions.has(condition.id), (event) => {
          if (event.target.checked) robot.conditions.add(condition.id);
          else robot.conditions.delete(condition.id);
        }))}</div>
    </fieldset>` : nothing}
    <div class="made-size">
      ${numberField('made-slots-main', t('made-page-slots-main'), robot.main, MAIN_SLOTS.min, MAIN_SLOTS.max, (n) => { robot.main = n; })}
      ${robot.tiles.has('call_p1')
        ? numberField('made-slots-p1', t('made-page-slots-p1'), robot.p1, P1_SLOTS.min, P1_SLOTS.max, (n) => { robot.p1 = n; })
        : nothing}
    </div>`;
}

function mark(square, facing) {
  return square.mark ?? FACINGS.find((f) => f.id === facing)?.arrow ?? '';
}

/** One square: a button that paints it. Only the one at the cursor is reached with Tab. */
function square(m, row, column, symbol) {
  const kind = SQUARES.find((s) => s.symbol === symbol) ?? FLOOR;
  const atCursor = m.cursor.row === row && m.cursor.column === column;
  return html`<button type="button" id="made-square-${row}-${column}" class="square sq-${kind.key}"
    tabindex=${atCursor ? '0' : '-1'} @click=${action(() => paint(m, row, column))}
    ><span class="square-mark" aria-hidden="true">${mark(kind, m.draft.robot.facing)}</span><span
    class="visually-hidden">${t_with('made-page-square', { row: row + 1, column: column + 1, what: kind.name() })}</span></button>`;
}

const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Arrow keys (and Home / End in a row) move between the squares. */
function boardKeys(event) {
  if (!event.target.classList?.contains('square')) return;
  const m = maker();
  const board = m.draft.robot.board;
  let { row, column } = m.cursor;
  if (event.key in MOVES) {
    row += MOVES[event.key][0];
    column += MOVES[event.key][1];
  } else if (event.key === 'Home') {
    column = 0;
  } else if (event.key === 'End') {
    column = board[0].length - 1;
  } else {
    return;
  }
  event.preventDefault();
  row = Math.min(Math.max(row, 0), board.length - 1);
  column = Math.min(Math.max(column, 0), board[0].length - 1);
  action(() => {
    m.cursor = { row, column };
    focusOn(`made-square-${row}-${column}`);
  })();
}

function paint(m, row, column) {
  const robot = m.draft.robot;
  const symbol = robot.paint;
  if (ONLY_ONE.includes(symbol)) {
    for (const line of robot.board) {
      for (let x = 0; x < line.length; x++) if (line[x] === symbol) line[x] = '.';
    }
  }
  robot.board[row][column] = symbol;
  m.cursor = { row, column };
}

/** A new size keeps the squares that still fit; new ones are floor. */
function resize(m, width, height) {
  const robot = m.draft.robot;
  robot.board = Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => robot.board[y]?.[x] ?? '.'));
  m.cursor = { row: Math.min(m.cursor.row, height - 1), column: Math.min(m.cursor.column, width - 1) };
}

function offerTile(robot, id, offered) {
  if (offered) robot.tiles.add(id);
  else robot.tiles.delete(id);
  // The first tile that asks a question needs a question to ask: one to start from.
  if (offered && ASKING.includes(id) && robot.conditions.size === 0 && robot.keep.conditions.length === 0) {
    robot.conditions.add('path_ahead');
  }
}

// --- The answer kinds -----------------------------------------------------------------------

function sortEditor(sort, limits) {
  const boxName = (i) => sort.boxes[i].trim() || (i === 0 ? t('made-page-box-left') : t('made-page-box-right'));
  return html`
    <div class="made-boxes">
      ${textField('made-box-0', t('made-page-box-left'), sort.boxes[0], limits.label, (value) => { sort.boxes[0] = value; }, { redraw: true })}
      ${textField('made-box-1', t('made-page-box-right'), sort.boxes[1], limits.label, (value) => { sort.boxes[1] = value; }, { redraw: true })}
    </div>
    <fieldset class="made-items">
      <legend>${t_with('made-page-cards', { max: Number(limits.items) || 0 })}</legend>
      <ol class="made-rows">${repeat(sort.cards, (card) => card.key, (card, i) => {
        const number = i + 1;
        const id = `made-card-${card.key}`;
        return html`<li class="made-row">
          ${textField(id, t_with('made-page-card', { number }), card.text, limits.item, (value) => { card.text = value; })}
          ${field(`${id}-box`, t_with('made-page-card-box', { number }), html`<select id="${id}-box"
            .value=${live(String(card.box))} @change=${action((event) => { card.box = Number(event.target.value); })}>
            <option value="0" ?selected=${card.box === 0}>${boxName(0)}</option>
            <option value="1" ?selected=${card.box === 1}>${boxName(1)}</option>
          </select>`)}
          ${textField(`${id}-reason`, t_with('made-page-reason-card', { number }), card.reason, limits.text, (value) => { card.reason = value; })}
          ${removeButton(sort.cards, i, 'made-card', t_with('made-page-remove-card', { number }), 'made-add-card')}
        </li>`;
      })}</ol>
      ${addButton(sort.cards, limits.items, 'made-add-card', t('made-page-add-card'), 'made-card',
        // A new card goes into the box with fewer cards: both boxes need one.
        () => ({ text: '', box: sort.cards.filter((c) => c.box === 0).length > sort.cards.length / 2 ? 1 : 0, reason: '' }))}
    </fieldset>`;
}

function replyEditor(reply, limits) {
  return html`
    ${field('made-prompt', t('made-page-prompt'), html`<textarea id="made-prompt" rows="3" maxlength=${limits.text ?? nothing}
      .value=${live(reply.prompt)} @input=${(event) => { reply.prompt = event.target.value; }}></textarea>`)}
    <fieldset class="made-items">
      <legend>${t('made-page-replies')}</legend>
      <ol class="made-rows">${repeat(reply.replies, (answer) => answer.key, (answer, i) => {
        const number = i + 1;
        const id = `made-reply-${answer.key}`;
        return html`<li class="made-row">
          ${textField(id, t_with('made-page-reply', { number }), answer.text, limits.item, (value) => { answer.text = value; })}
          ${radio('made-right', `${id}-right`, t_with('made-page-right', { number }), answer.right, () => {
            for (const other of reply.replies) other.right = other === answer;
          })}
          ${textField(`${id}-reason`, t_with('made-page-reason-reply', { number }), answer.reason, limits.text, (value) => { answer.reason = value; })}
          ${removeButton(reply.replies, i, 'made-reply', t_with('made-page-remove-reply', { number }), 'made-add-reply')}
        </li>`;
      })}</ol>
      ${addButton(reply.replies, MAX_REPLIES, 'made-add-reply', t('made-page-add-reply'), 'made-reply',
        () => ({ text: '', right: false, reason: '' }))}
    </fieldset>`;
}

function flagsEditor(flags, limits) {
  // A screen this page does not offer (a level from a newer page's file) stays as it came.
  const screens = SCREENS.some((s) => s.id === flags.screen) ? SCREENS : [...SCREENS, { id: flags.screen, title: () => flags.screen }];
  return html`
    ${field('made-screen', t('made-page-screen'), html`<select id="made-screen"
      .value=${live(flags.screen)} @change=${action((event) => { flags.screen = event.target.value; })}>
      ${screens.map((screen) => html`<option value=${screen.id} ?selected=${screen.id === flags.screen}>${screen.title()}</option>`)}
    </select>`)}
    <fieldset class="made-items">
      <legend>${t_with('made-page-parts', { max: Number(limits.items) || 0 })}</legend>
      <ol class="made-rows">${repeat(flags.parts, (part) => part.key, (part, i) => {
        const number = i + 1;
        const id = `made-part-${part.key}`;
        return html`<li class="made-row">
          ${textField(id, t_with('made-page-part', { number }), part.text, limits.item, (value) => { part.text = value; })}
          ${checkbox(`${id}-flag`, t_with('made-page-flag', { number }), part.flag, (event) => { part.flag = event.target.checked; })}
          ${textField(`${id}-reason`, t_with('made-page-reason-part', { number }), part.reason, limits.text, (value) => { part.reason = value; })}
          ${removeButton(flags.parts, i, 'made-part', t_with('made-page-remove-part', { number }), 'made-add-part')}
        </li>`;
      })}</ol>
      ${addButton(flags.parts, limits.items, 'made-add-part', t('made-page-add-part'), 'made-part',
        () => ({ text: '', flag: false, reason: '' }))}
    </fieldset>`;
}

/** "Remove" on row `index` (its fields' ids start `${prefix}-${key}`), while there are more
 * rows than a level needs. */
function removeButton(list, index, prefix, name, addId) {
  if (list.length <= MIN_ITEMS) return nothing;
  return html`<div class="made-row-tools"><button type="button" id="${prefix}-${list[index].key}-remove"
    class="small secondary danger-outline" aria-label=${name} @click=${action(() => {
      list.splice(index, 1);
      // The focus goes to the next row's text, else the one before.
      const next = list[index] ?? list[index - 1];
      focusOn(next ? [`${prefix}-${next.key}`, addId] : addId);
    })}>${t('made-page-remove')}</button></div>`;
}

/** "Add a …" under the rows, while there are fewer than `max`. */
function addButton(list, max, id, labelText, rowPrefix, fields) {
  if (list.length >= (max ?? Infinity)) return nothing;
  return html`<div class="actions"><button type="button" id=${id} class="secondary" @click=${action(() => {
    const added = item(fields());
    list.push(added);
    focusOn(`${rowPrefix}-${added.key}`);
  })}>${labelText}</button></div>`;
}

// --- The level as JSON, and back ------------------------------------------------------------

/** The form as a MadeLevel (API.md). Texts are trimmed; the checks are the module's. */
function levelJson(draft) {
  const text = (value) => String(value ?? '').trim();
  const level = {
    v: VERSION,
    lang: draft.lang || api().language(),
    band: draft.band,
    title: text(draft.title),
    task: text(draft.task),
    learned: text(draft.learned),
    hints: draft.hints.map(text),
  };
  // The kind's own fields sit under its name (API.md: `"kind": { "sort": { … } }`).
  const fields = {};
  if (draft.kind === 'robot_grid') {
    Object.assign(fields, robotFields(draft.robot));
  } else if (draft.kind === 'sort') {
    fields.boxes = draft.sort.boxes.map(text);
    fields.cards = draft.sort.cards.map((card) => ({ text: text(card.text), box: card.box, reason: text(card.reason) }));
  } else if (draft.kind === 'pick_reply') {
    // A text may hold no control characters, and a line break is one: the situation is one paragraph.
    fields.prompt = text(draft.reply.prompt).replace(/\s*[\r\n]+\s*/g, ' ');
    fields.replies = draft.reply.replies.map((a) => ({ text: text(a.text), right: a.right, reason: text(a.reason) }));
  } else {
    fields.screen = draft.flags.screen;
    fields.parts = draft.flags.parts.map((part) => ({ text: text(part.text), flag: part.flag, reason: text(part.reason) }));
  }
  level.kind = { [draft.kind]: fields };
  return JSON.stringify(level);
}

function robotFields(robot) {
  const tiles = [...TILES.map((tile) => tile.id).filter((id) => robot.tiles.has(id)), ...robot.keep.tiles];
  const asks = tiles.some((id) => ASKING.includes(id));
  const conditions = asks
    ? [...CONDITIONS.map((c) => c.id).filter((id) => robot.conditions.has(id)), ...robot.keep.conditions]
    : [];
  const slots = { ...robot.keep.slots, main: robot.main };
  if (tiles.includes('call_p1') || tiles.includes('call_p1_with')) slots.p1 = robot.p1;
  return {
    ...robot.keep.fields,
    board: robot.board.map((row) => row.join('')),
    start_facing: robot.facing,
    tiles,
    conditions,
    slots,
    par: 0, // the module's solver computes it
  };
}

const textOf = (value) => (typeof value === 'string' ? value : '');
const listOf = (value) => (Array.isArray(value) ? value : []);

/** Rows enough for a level (empty ones added to a short list). */
function atLeastTwo(rows, fields) {
  while (rows.length < MIN_ITEMS) rows.push(item(fields()));
  return rows;
}

/** The kind's name and fields of a MadeLevel (`"kind": { "sort": { … } }`). */
function kindOf(level) {
  const kind = level.kind && typeof level.kind === 'object' ? level.kind : {};
  const name = Object.keys(kind)[0] ?? '';
  const fields = kind[name] && typeof kind[name] === 'object' ? kind[name] : {};
  return { name, fields };
}

/** A MadeLevel from the library (or a copy of one) as the form. */
function draftFrom(level, editing, editingTitle) {
  const draft = newDraft();
  const { name: kindName, fields: data } = kindOf(level);
  Object.assign(draft, {
    editing,
    editingTitle,
    lang: textOf(level.lang),
    kind: KINDS.some((kind) => kind.id === kindName) ? kindName : draft.kind,
    band: BANDS.some((band) => band.id === level.band) ? level.band : draft.band,
    title: textOf(level.title),
    task: textOf(level.task),
    learned: textOf(level.learned),
    hints: [0, 1, 2].map((i) => textOf(listOf(level.hints)[i])),
  });
  if (draft.kind === 'robot_grid') draft.robot = robotFrom(data);
  if (draft.kind === 'sort') {
    draft.sort = {
      boxes: [0, 1].map((i) => textOf(listOf(data.boxes)[i])),
      cards: atLeastTwo(listOf(data.cards).map((card) => item({
        text: textOf(card?.text), box: card?.box === 1 ? 1 : 0, reason: textOf(card?.reason),
      })), () => ({ text: '', box: 0, reason: '' })),
    };
  }
  if (draft.kind === 'pick_reply') {
    draft.reply = {
      prompt: textOf(data.prompt),
      replies: atLeastTwo(listOf(data.replies).map((answer) => item({
        text: textOf(answer?.text), right: answer?.right === true, reason: textOf(answer?.reason),
      })), () => ({ text: '', right: false, reason: '' })),
    };
  }
  if (draft.kind === 'spot_flags') {
    draft.flags = {
      screen: textOf(data.screen) || 'message',
      parts: atLeastTwo(listOf(data.parts).map((part) => item({
        text: textOf(part?.text), flag: part?.flag === true, reason: textOf(part?.reason),
      })), () => ({ text: '', flag: false, reason: '' })),
    };
  }
  return draft;
}

function robotFrom(level) {
  const robot = newRobot();
  const { board, start_facing: facing, tiles, conditions, slots } = level;
  // Everything else that is not the form's is kept as it came (a level from a newer page's file).
  const fields = { ...level };
  for (const key of ['board', 'start_facing', 'tiles', 'conditions', 'slots', 'par']) delete fields[key];
  const rows = listOf(board).map((line) => Array.from(textOf(line)));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length > 0 && width > 0) robot.board = rows.map((row) => Array.from({ length: width }, (_, x) => row[x] ?? '.'));
  if (FACINGS.some((f) => f.id === facing)) robot.facing = facing;
  const tileIds = TILES.map((tile) => tile.id);
  const conditionIds = CONDITIONS.map((c) => c.id);
  robot.tiles = new Set(listOf(tiles).filter((id) => tileIds.includes(id)));
  robot.conditions = new Set(listOf(conditions).filter((id) => conditionIds.includes(id)));
  const { main, p1, ...otherSlots } = slots && typeof slots === 'object' ? slots : {};
  if (Number.isInteger(main) && main > 0) robot.main = main;
  if (Number.isInteger(p1) && p1 > 0) robot.p1 = p1;
  robot.keep = {
    fields,
    tiles: listOf(tiles).filter((id) => !tileIds.includes(id)),
    conditions: listOf(conditions).filter((id) => !conditionIds.includes(id)),
    slots: otherSlots,
  };
  return robot;
}

// --- Check and save -------------------------------------------------------------------------

/** Lets the browser show "Checking…" before the solver holds the page for a moment. */
function nextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100); // a tab in the background draws no frames
  });
}

/** Checks the level (`save`: and keeps it in the library). The form stays as it is. */
async function checkLevel(m, save) {
  if (m.busy) return;
  const draft = m.draft;
  const level = levelJson(draft);
  m.busy = true;
  m.status = { error: false, text: t('made-page-checking') };
  try {
    await nextPaint();
    const result = save
      ? change(() => parse(api().save_level(level, draft.editing)))
      : parse(api().check_level(level));
    if (!result?.ok) {
      m.status = { error: true, text: String(result?.message ?? t('teacher-error-action')) };
      return;
    }
    const ready = draft.kind === 'robot_grid'
      ? t_with('made-checked-robot', { par: Number(result.par) || 0 })
      : t('made-checked-answers');
    if (!save) {
      m.status = { error: false, text: ready };
      return;
    }
    // An edited level is a new level (a new id): a link being made takes the new one.
    const id = String(result.id ?? '');
    if (draft.editing && ui.made.delete(draft.editing) && id) ui.made.add(id);
    draft.editing = id;
    draft.editingTitle = String(result.level?.title ?? draft.title.trim());
    m.removing = null;
    m.status = { error: false, text: `${t_with('made-page-saved', { title: draft.editingTitle })} ${ready}` };
  } finally {
    m.busy = false;
  }
}

function startNew(m) {
  m.draft = newDraft();
  m.status = null;
  m.cursor = { row: 0, column: 0 };
  focusOn('made-form-title');
}

// --- My levels ------------------------------------------------------------------------------

function librarySection(m, library) {
  return html`
    <h3 id="made-library-title" tabindex="-1">${t('made-page-library')}</h3>
    ${library.length
      ? html`<ul class="made-list">${repeat(library, (level) => level.id, (level) => libraryItem(m, level))}</ul>`
      : html`<p class="empty">${t('made-page-library-empty')}</p>`}
    <div class="actions">
      ${library.length ? html`<button type="button" id="made-download" @click=${action(downloadLevels)}>${t('made-page-download')}</button>` : nothing}
      <label for="made-file" class="visually-hidden">${t('made-page-import-file')}</label>
      <input id="made-file" type="file" accept=".json,application/json" class="visually-hidden" tabindex="-1"
        @change=${action(async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) await importLevels(m, file);
        })}>
      <button type="button" id="made-import" @click=${() => byId('made-file').click()}>${t('made-page-import')}</button>
    </div>
    ${statusLines('made-library', m.libraryStatus)}`;
}

function libraryItem(m, level) {
  const id = String(level.id);
  const title = String(level.title ?? '');
  const facts = [level.kind_title, level.band_title, level.lang_name].filter(Boolean).map(String);
  if (level.kind === 'robot_grid' && Number.isFinite(level.par)) facts.push(t_with('made-page-par', { par: level.par }));
  return html`<li class="made-item">
    <h4>${title}</h4>
    <p class="hint">${formatList(facts)}</p>
    <div class="actions">
      <button type="button" id="made-edit-${id}" class="secondary" aria-label=${t_with('made-page-edit-level', { title })}
        @click=${action(() => edit(m, level))}>${t('made-page-edit')}</button>
      <button type="button" id="made-copy-${id}" class="secondary" aria-label=${t_with('made-page-copy-level', { title })}
        @click=${action(() => copy(m, level))}>${t('made-page-copy')}</button>
      <button type="button" id="made-remove-${id}" class="secondary danger-outline" aria-label=${t_with('made-page-remove-level', { title })}
        @click=${action(() => {
          m.removing = id;
          focusOn(`made-remove-yes-${id}`);
        })}>${t('made-page-remove')}</button>
    </div>
    ${m.removing === id ? html`<div class="confirm" role="group" aria-labelledby="made-remove-q-${id}">
      <p id="made-remove-q-${id}">${t_with('made-page-remove-confirm', { title })}</p>
      <div class="actions">
        <button type="button" id="made-remove-yes-${id}" class="danger" @click=${action(() => remove(m, level))}>${t('made-page-remove-yes')}</button>
        <button type="button" id="made-remove-no-${id}" class="secondary" @click=${action(() => {
          m.removing = null;
          focusOn(`made-remove-${id}`);
        })}>${t('teacher-cancel')}</button>
      </div>
    </div>` : nothing}
  </li>`;
}

function edit(m, level) {
  m.draft = draftFrom(level.level ?? {}, String(level.id), String(level.title ?? ''));
  m.status = null;
  m.cursor = { row: 0, column: 0 };
  focusOn('made-form-title', { scroll: true });
}

/** A copy opens in the form as a new level, not yet saved. */
function copy(m, level) {
  const result = parse(api().copy_level(level.id));
  if (!result?.ok || !result.level) {
    m.libraryStatus = { error: true, text: String(result?.message ?? t('teacher-error-action')) };
    return;
  }
  m.draft = draftFrom(result.level, '', '');
  m.status = { error: false, text: t('made-page-copied') };
  m.cursor = { row: 0, column: 0 };
  focusOn('made-form-title', { scroll: true });
}

function remove(m, level) {
  const result = change(() => parse(api().remove_level(level.id)));
  m.removing = null;
  if (!result?.ok) {
    m.libraryStatus = { error: true, text: String(result?.message ?? t('teacher-error-action')) };
    focusOn(`made-remove-${level.id}`);
    return;
  }
  ui.made.delete(level.id);
  if (m.draft.editing === level.id) {
    m.draft.editing = '';
    m.draft.editingTitle = '';
  }
  m.libraryStatus = { error: false, text: t_with('made-page-removed', { title: String(level.title ?? '') }) };
  focusOn('made-library-title');
}

/** Adds a colleague's file (or one's own from another browser): stored at once, as a whole or not at all. */
async function importLevels(m, file) {
  let result = null;
  try {
    const bytes = new Uint8Array(await readBytes(file.slice(0, READ_LIMIT)));
    result = change(() => parse(api().import_levels(file.name, bytes)));
  } catch (error) {
    console.warn(`${file.name} could not be read`, error);
  }
  result ??= { ok: false, message: t_with('made-page-import-unreadable', { file: file.name }) };
  m.libraryStatus = { error: !result.ok, text: String(result.message ?? '') };
}
