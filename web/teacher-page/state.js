// The teacher page's state: the Rust module's Teacher (the class data, every format and text:
// web/teacher/API.md), what the page shows besides it (`ui`), and the class data's storage.
// Every change goes through an action (action()), which redraws the page afterwards: the
// page is a function of this state (view.js), rendered in place by lit-html.
//
// Every change of the class data goes through change(): it first takes what is stored now
// (another tab of this page may have saved since), applies the change to that and stores the
// result at once, so two tabs do not overwrite each other's imports (read-merge-write). The
// read, the change and the write are one synchronous step: another tab's save could only slip
// in within that moment, never while a file is being read. A full or blocked storage is said
// in a banner and never loses what is in memory: until it stores again, this tab works on
// what it has.
import { loadPack } from '../languages.js';

const KEY = 'bytebridge.teacher';
/** The record store's settings and outbox: its own key, never in the class data. */
const LRS_KEY = 'bytebridge.teacher.lrs';
const MAX_RESULTS = 300; // lines kept in "Brought in"

let wasm; // the Rust module
let teacher; // its Teacher
let lrs; // its Lrs (the record store's settings and outbox)
let lrsKnown = null; // the stored text `lrs` was read from or saved as
let backup = null; // { key, text } while damaged stored data still has to be kept aside
let known = null; // the stored text the class data in memory was read from or saved as
let redraw = () => {};
let changed = () => {};

/** What the page shows that is not class data. */
export const ui = {
  className: '',
  selected: new Set(),
  made: new Set(), // ids of the teacher's own levels chosen for the link (assign.js)
  band: '', // the level filters ('' shows all): age band, DigComp 2.2 and 3.0 competence
  competence: '',
  digcomp3: '',
  lock: false,
  sign: true,
  createError: '',
  createdId: null,
  copied: null, // { id, text }: what copying an assignment's link did
  qrOpen: new Set(),
  removing: null,
  results: [], // ImportResults, oldest first, each with a `key` for the list
  camera: { running: false, starting: false, message: '' },
  gridFilter: '',
  includeNotes: false,
  forgetting: null,
  clearing: false,
  classStatus: '',
  cell: null, // { pupil, level, opener } while one cell's attempts are open
  sheet: null, // the assignment whose sheet is being printed
  maker: null, // the level being made, and what checking or saving it said (maker.js)
  notice: null, // the API's notice about damaged stored data
  storage: null, // null | 'full' | 'blocked'
  error: false, // an action failed unexpectedly
  updateReady: false,
  lrsStep: null, // the outbox's last step (API.md: Lrs.next)
  lrsError: '', // why the store settings were refused
  lrsStatus: '', // what saving or forgetting them did
};

/** The Teacher (API.md). */
export const api = () => teacher;

/** The Lrs (API.md: "Send to a record store"). */
export const outbox = () => lrs;

/**
 * A translated text; always called with a literal id (tests/class.rs scans for them): the
 * page's own 'teacher-…' and 'made-page-…' texts, and a few of the game's (a tile's name).
 */
export function t(id) {
  return teacher.t(id);
}

/** A translated text with arguments (numbers stay numbers). */
export function t_with(id, args) {
  return teacher.t_with(id, JSON.stringify(args));
}

/** JSON from the API, or null if it is not JSON (never expected). */
export function parse(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    console.error('teacher API answered with something that is not JSON', error);
    return null;
  }
}

/** Loads the Rust module (its glue's and wasm's URLs) and opens the stored class data. */
export async function load({ js, wasm: wasmUrl }) {
  wasm = await import(new URL(js, location.href).href);
  await wasm.default({ module_or_path: new URL(wasmUrl, location.href) });
}

/** Opens the class data stored in this browser, with its language's texts (English if those
 * cannot come). */
export async function openStored() {
  const stored = readStored();
  try {
    await ensureLanguage(wasm.wanted_language(stored, browserLanguages()));
  } catch {
    await ensureLanguage('en');
  }
  open(stored, browserLanguages());
  openLrs();
}

/** Reads the record store's settings and outbox (again, when another tab stored them). */
export function openLrs() {
  let stored = null;
  try {
    stored = localStorage.getItem(LRS_KEY);
  } catch { /* blocked: the class data's banner says so */ }
  if (lrs && stored === lrsKnown) return;
  try {
    lrs?.free?.();
  } catch { /* already gone */ }
  lrs = new wasm.Lrs(stored);
  lrsKnown = stored;
  const notice = lrs.notice(teacher);
  if (notice !== null && notice !== undefined) ui.notice = notice;
}

/**
 * Stores the record store's settings and outbox, unless another tab stored them since this
 * one read them (it may have forgotten or replaced the store): then this tab takes those, and
 * what it just sent goes again, which the store keeps once.
 */
export function saveLrs() {
  try {
    if (localStorage.getItem(LRS_KEY) !== lrsKnown) {
      openLrs();
      return;
    }
    const text = lrs.save();
    localStorage.setItem(LRS_KEY, text);
    lrsKnown = text;
  } catch (error) {
    console.warn('the record store outbox could not be stored', error);
    ui.storage = isQuota(error) ? 'full' : 'blocked';
  }
}

/** Sets what runs after every change of the class data (the outbox sends what is new). */
export function onChanged(run) {
  changed = run;
}

/** Adds `tag`'s texts (the game's pack and the teacher page's own) unless they are here. */
export async function ensureLanguage(tag) {
  if (wasm.has_language(tag)) return;
  const [game, own] = await Promise.all([loadPack(tag), loadPack(tag, 'teacher')]);
  wasm.add_language_pack(tag, `${game}\n${own}`);
}

/**
 * Takes the class data another tab stored since this one last read or saved it. Not while
 * this tab's own changes could not be stored (full or blocked): they live only in memory.
 */
function refresh() {
  if (ui.storage !== null) return;
  const stored = readStored();
  if (ui.storage === null && stored !== known) open(stored, [teacher.language(), ...browserLanguages()]);
}

/**
 * Changes the class data: `body` runs on what is stored now (another tab's saves included),
 * and the result is stored before this returns. Returns what `body` returned.
 */
export function change(body) {
  refresh();
  const result = body();
  save();
  changed();
  return result;
}

/** Sets what the page calls to draw itself after every action. */
export function onRedraw(draw) {
  redraw = draw;
}

/** Draws the page now. */
export function update() {
  redraw();
}

function browserLanguages() {
  const list = navigator.languages?.length ? navigator.languages : [navigator.language || 'en'];
  return Array.from(list, String);
}

function readStored() {
  try {
    return localStorage.getItem(KEY);
  } catch (error) {
    console.warn('localStorage cannot be read here', error);
    ui.storage = 'blocked';
    return null;
  }
}

/** (Re)opens the class data from `stored`; keeps damaged data aside as the API asks. */
function open(stored, languages) {
  const before = teacher;
  teacher = new wasm.Teacher(stored, languages, Date.now());
  known = stored;
  try {
    before?.free?.();
  } catch { /* already gone */ }
  catalogCache = null;
  const notice = teacher.notice();
  if (notice !== null && notice !== undefined) {
    ui.notice = notice;
    const text = teacher.damaged_text();
    if (text !== null && text !== undefined) backup = { key: teacher.backup_key(), text };
    writeBackup();
  }
}

/** Stores the damaged data aside; until that works, nothing overwrites it. */
function writeBackup() {
  if (!backup) return true;
  try {
    localStorage.setItem(backup.key, backup.text);
    backup = null;
    return true;
  } catch (error) {
    ui.storage = isQuota(error) ? 'full' : 'blocked';
    return false;
  }
}

function isQuota(error) {
  return error?.name === 'QuotaExceededError' || error?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error?.code === 22;
}

/** Saves the class data (call change() instead: it reads another tab's saves first). */
function save() {
  if (!writeBackup()) return;
  try {
    const text = teacher.save();
    localStorage.setItem(KEY, text);
    known = text;
    ui.storage = null;
  } catch (error) {
    console.warn('class data could not be stored', error);
    ui.storage = isQuota(error) ? 'full' : 'blocked';
  }
}

/** Forgets the class data kept aside after a problem too (it may hold real names). */
export function removeBackup() {
  try {
    localStorage.removeItem(teacher.backup_key());
  } catch { /* storage blocked: nothing was kept aside either */ }
}

/**
 * A page action: runs `body`, then redraws the page (also after an async body). An unexpected
 * failure shows a banner instead of breaking the page.
 */
export function action(body) {
  return (...args) => {
    try {
      const result = body(...args);
      if (result && typeof result.then === 'function') {
        update();
        return result.then(update, failed);
      }
      update();
      return result;
    } catch (error) {
      failed(error);
      return undefined;
    }
  };
}

/** An action failed unexpectedly: a banner says so. */
export function failed(error) {
  console.error(error);
  ui.error = true;
  try {
    update();
  } catch { /* the module itself is broken: the console has it */ }
}

let catalogCache = null;

/** The levels by world and the competences, in the page's language (API.md: catalog). */
export function catalog() {
  const language = teacher.language();
  if (catalogCache?.language !== language) {
    catalogCache = { language, data: parse(teacher.catalog()) ?? { worlds: [], bands: [], competences: [], digcomp3: [] } };
  }
  return catalogCache.data;
}

let resultKey = 0;

/** One more line in "Brought in" (an ImportResult); the oldest go past MAX_RESULTS. */
export function addResult(result) {
  ui.results.push({ ...result, key: resultKey++ });
  if (ui.results.length > MAX_RESULTS) ui.results.splice(0, ui.results.length - MAX_RESULTS);
}

/** The teacher's own levels, in library order (API.md: made_levels). */
export function madeLevels() {
  return parse(teacher.made_levels()) ?? [];
}

/** The links made so far, newest first. */
export function assignments() {
  return parse(teacher.assignments()) ?? [];
}

// Another tab of this page saved: show its data (this tab stored everything it had already; a
// note still being typed lives in its field, which a redraw leaves alone). What is stored now
// is read, not the event's value: events arrive late, and this tab may have saved since.
addEventListener('storage', (event) => {
  if (!teacher || event.storageArea !== localStorage) return;
  if (event.key === LRS_KEY) {
    action(() => {
      openLrs();
      changed();
    })();
    return;
  }
  if (event.key !== KEY && event.key !== null) return;
  action(() => {
    refresh();
    changed();
  })();
});
