// Byte Bridge's teacher page: make a link (and QR code) for a class, collect the pupils' files
// and codes, and see the class. Every format, check and text comes from the Rust module
// described in web/teacher/API.md; this file only draws the page and moves bytes.
//
// Rules kept here:
// - Everything from data (nicknames, class names, notes, file names, messages) is shown with
//   textContent. The one markup this page inserts is the QR code's SVG from the Rust module.
// - Every visible text, label and name comes from t('teacher-…') / t_with('teacher-…', {…})
//   with a literal id (a test scans this file for them; they live in
//   assets/i18n/*/teacher.ftl).
// - The class data is saved to localStorage after every change; a full or blocked storage is
//   said in a banner and never loses what is in memory.

import { fail, ready } from './boot.js';
import { offline } from './offline.js';

const KEY = 'bytebridge.teacher';
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const SCAN_EVERY_MS = 200;
const SCAN_MAX_SIDE = 640; // pixels a frame is scaled down to before decoding
const MAX_RESULTS = 300; // result lines kept on the page
const ICONS = ['forward', 'turn-left', 'turn-right', 'light', 'p1', 'p2'];
const SVG_NS = 'http://www.w3.org/2000/svg';


let wasm; // the Rust module
let teacher; // its Teacher
let backup = null; // { key, text } while damaged stored data still has to be kept aside

/** What the page shows that is not class data (kept across redraws). */
const ui = {
  className: '',
  selected: new Set(),
  competence: '',
  lock: false,
  sign: true,
  createError: '',
  createdId: null,
  qrOpen: new Set(),
  removing: null,
  results: [], // ImportResults, oldest first
  cameraMessage: '',
  gridFilter: '',
  includeNotes: false,
  forgetting: null,
  clearing: false,
  classStatus: '',
  notice: null, // the API's notice about damaged stored data
  storage: null, // null | 'full' | 'blocked'
  error: false, // an action failed unexpectedly
  updateReady: false,
  notesDirty: false,
  // Notes typed but not saved yet (saved when the field is left): kept across another tab's save.
  pendingNotes: new Map(),
};

// ---------------------------------------------------------------------------------------
// Texts and small helpers

/** A translated text; always called with a literal 'teacher-…' id. */
function t(id) {
  return teacher.t(id);
}

/** A translated text with arguments (numbers stay numbers). */
function t_with(id, args) {
  return teacher.t_with(id, JSON.stringify(args));
}

/** JSON from the API, or null if it is not JSON (never expected). */
function parse(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    console.error('teacher API answered with something that is not JSON', error);
    return null;
  }
}

const byId = (id) => document.getElementById(id);

/**
 * An element. `props`: `text` (textContent), `class`, `on<event>` (listeners), DOM properties
 * (value, checked, disabled, readOnly, hidden, indeterminate, selected, multiple), anything
 * else as an attribute. Children: nodes, strings (as text), arrays, null (skipped).
 */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  setProps(element, props);
  append(element, children);
  return element;
}

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'readOnly', 'hidden', 'indeterminate', 'selected', 'multiple']);

function setProps(element, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'text') element.textContent = value;
    else if (key === 'class') element.setAttribute('class', value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) element[key] = value;
    else if (value === false) continue;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** An SVG element (for the tile icons). */
function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** Runs `draw`, then gives the focus (and caret) back to the element that had it, by id. */
function keepFocus(draw) {
  const active = document.activeElement;
  const id = active?.id;
  let selection = null;
  try {
    if (active && typeof active.selectionStart === 'number') selection = [active.selectionStart, active.selectionEnd];
  } catch { /* not a text field */ }
  draw();
  if (!id || document.activeElement?.id === id) return;
  const again = byId(id);
  if (!again) return;
  again.focus({ preventScroll: true });
  if (selection) {
    try {
      again.setSelectionRange(selection[0], selection[1]);
    } catch { /* not a text field */ }
  }
}

/** A label + field pair in one block. `hint` is a describing text under the field. */
function field(input, labelText, hint) {
  const hintId = hint ? input.id + '-hint' : null;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' },
    h('label', { for: input.id, text: labelText }),
    input,
    hint ? h('p', { id: hintId, class: 'hint', text: hint }) : null);
}

/** A checkbox with its label around it (the label makes the whole row a touch target). */
function checkbox(id, labelText, checked, onchange, hint) {
  const input = h('input', { id, type: 'checkbox', checked, onchange });
  const hintId = hint ? id + '-hint' : null;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'check' },
    h('label', { for: id }, input, h('span', { text: labelText })),
    hint ? h('p', { id: hintId, class: 'hint', text: hint }) : null);
}

function button(text, onclick, props = {}) {
  return h('button', { type: 'button', ...props, onclick, text });
}

function formatDate(ms) {
  try {
    return new Intl.DateTimeFormat(teacher.language(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toLocaleString();
  }
}

function formatList(items) {
  try {
    return new Intl.ListFormat(teacher.language(), { type: 'conjunction', style: 'narrow' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** Seconds as m:ss. */
function formatSeconds(seconds) {
  const s = Math.max(0, Math.round(Number(seconds) || 0));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function starText(stars) {
  const n = Math.max(0, Math.min(3, Number(stars) || 0));
  return '★'.repeat(n) + '☆'.repeat(3 - n);
}

// ---------------------------------------------------------------------------------------
// State and storage

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
  try {
    before?.free?.();
  } catch { /* already gone */ }
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

/** Saves the class data; says so in a banner when the browser cannot store it. */
function save() {
  const before = ui.storage;
  let saved = false;
  if (writeBackup()) {
    try {
      localStorage.setItem(KEY, teacher.save());
      ui.storage = null;
      saved = true;
    } catch (error) {
      console.warn('class data could not be stored', error);
      ui.storage = isQuota(error) ? 'full' : 'blocked';
    }
  }
  if (before !== ui.storage) renderBanners();
  return saved;
}

/** Runs a page action; an unexpected failure shows a banner instead of breaking the page. */
function guard(action) {
  return (...args) => {
    try {
      const result = action(...args);
      if (result && typeof result.catch === 'function') result.catch(actionFailed);
      return result;
    } catch (error) {
      actionFailed(error);
      return undefined;
    }
  };
}

function actionFailed(error) {
  console.error(error);
  ui.error = true;
  try {
    renderBanners();
  } catch { /* the module itself is broken: the console has it */ }
}

let catalogCache = null;

function catalog() {
  const language = teacher.language();
  if (catalogCache?.language !== language) {
    catalogCache = { language, data: parse(teacher.catalog()) ?? { worlds: [], competences: [] } };
  }
  return catalogCache.data;
}

function assignments() {
  return parse(teacher.assignments()) ?? [];
}

// ---------------------------------------------------------------------------------------
// The page

let app;
let bannerBox;
let dialog;
let printArea;
let resultList;
let video;
let frameCanvas;

function buildPage() {
  app = byId('app');
  printArea = byId('print-area');
  bannerBox = h('div', { id: 'banners', class: 'banners' });
  resultList = h('ul', { id: 'import-results', class: 'results' });
  video = h('video', { id: 'camera-video', class: 'camera-video', playsinline: true, muted: true, autoplay: true });
  video.muted = true;
  video.playsInline = true;
  frameCanvas = document.createElement('canvas');
  dialog = h('dialog', { id: 'cell-dialog', class: 'cell-dialog', 'aria-labelledby': 'cell-title' });
  document.body.append(dialog);
  renderAll();
  app.hidden = false;
}

function renderAll() {
  keepFocus(() => {
    document.documentElement.lang = teacher.language();
    document.title = t('teacher-page-title');
    app.replaceChildren(
      h('a', { class: 'skip-link', href: '#main', text: t('teacher-skip') }),
      renderHeader(),
      bannerBox,
      h('main', { id: 'main', tabindex: '-1' },
        h('section', { id: 'assign', class: 'card', 'aria-labelledby': 'assign-title' }),
        h('section', { id: 'collect', class: 'card', 'aria-labelledby': 'collect-title' }),
        h('section', { id: 'class', class: 'card wide', 'aria-labelledby': 'class-title' })),
    );
    renderBanners();
    renderAssign();
    renderCollect();
    renderClass();
  });
}

// --- Header ------------------------------------------------------------------------------

function renderHeader() {
  const languages = parse(teacher.languages()) ?? [];
  const current = teacher.language();
  const select = h('select', {
    id: 'language',
    onchange: guard((event) => {
      teacher.set_language(event.target.value);
      save();
      renderAll();
    }),
  }, languages.map((l) => h('option', { value: l.tag, selected: l.tag === current, text: l.name })));
  select.value = current;

  const help = h('details', { class: 'help' },
    h('summary', { text: t('teacher-help') }),
    h('div', { class: 'help-body' },
      h('p', { text: t('teacher-help-local') }),
      h('p', { text: t('teacher-help-files') }),
      h('p', { text: t('teacher-help-signing') }),
      h('p', { text: t('teacher-help-notes') }),
      h('p', { text: t('teacher-help-backup') }),
      isSecureContext ? null : h('p', { class: 'warning-text', text: t('teacher-help-insecure') })));

  return h('header', { class: 'page-header' },
    h('div', { class: 'title-row' },
      h('img', { src: 'icons/icon.svg', alt: '', width: '48', height: '48', class: 'logo' }),
      h('div', {},
        h('h1', { text: t('teacher-title') }),
        h('p', { class: 'tagline', text: t('teacher-tagline') })),
      h('div', { class: 'language' }, field(select, t('teacher-language')))),
    help);
}

// --- Banners -----------------------------------------------------------------------------

function renderBanners() {
  const banners = [];
  if (ui.storage) {
    banners.push(h('div', { class: 'banner banner-error', role: 'alert' },
      h('p', { text: ui.storage === 'full' ? t('teacher-storage-full') : t('teacher-storage-blocked') })));
  }
  if (ui.notice) {
    banners.push(h('div', { class: 'banner banner-warning', role: 'status' },
      h('p', { text: ui.notice }),
      button(t('teacher-dismiss'), () => {
        ui.notice = null;
        renderBanners();
      })));
  }
  if (ui.error) {
    banners.push(h('div', { class: 'banner banner-error', role: 'alert' },
      h('p', { text: t('teacher-error-action') }),
      button(t('teacher-dismiss'), () => {
        ui.error = false;
        renderBanners();
      })));
  }
  if (ui.updateReady) {
    banners.push(h('div', { class: 'banner banner-info', role: 'status' },
      h('p', { text: t('teacher-update-ready') }),
      button(t('teacher-update'), () => offline.applyUpdate())));
  }
  keepFocus(() => bannerBox.replaceChildren(...banners));
}

// --- Assign ------------------------------------------------------------------------------

function renderAssign() {
  const section = byId('assign');
  const data = catalog();

  const competence = h('select', {
    id: 'competence',
    onchange: guard((event) => {
      ui.competence = event.target.value;
      keepFocus(renderLevels);
    }),
  },
  h('option', { value: '', text: t('teacher-competence-all') }),
  (data.competences ?? []).map((c) => h('option', {
    value: c.id,
    text: t_with('teacher-competence-option', { id: c.id, title: c.title }),
  })));
  competence.value = (data.competences ?? []).some((c) => c.id === ui.competence) ? ui.competence : '';
  ui.competence = competence.value;

  const className = h('input', {
    id: 'class-name',
    type: 'text',
    value: ui.className,
    maxlength: '40', // the Rust module's limit too (assignment::MAX_CLASS_NAME)
    autocomplete: 'off',
    spellcheck: 'false',
    oninput: (event) => { ui.className = event.target.value; },
  });

  const form = h('form', {
    class: 'assign-form',
    novalidate: true,
    onsubmit: guard((event) => {
      event.preventDefault();
      createAssignment();
    }),
  },
  field(className, t('teacher-class-name'), t('teacher-class-name-hint')),
  h('fieldset', { class: 'levels' },
    h('legend', { text: t('teacher-levels') }),
    field(competence, t('teacher-competence-filter')),
    h('div', { id: 'level-picker', class: 'level-picker' }),
    h('div', { class: 'level-tools' },
      h('p', { id: 'level-count', class: 'level-count', 'aria-live': 'polite' }),
      button(t('teacher-select-none'), guard(() => {
        ui.selected.clear();
        renderLevels();
      }), { id: 'select-none', class: 'secondary' }))),
  checkbox('lock', t('teacher-lock'), ui.lock, (event) => { ui.lock = event.target.checked; }, t('teacher-lock-hint')),
  checkbox('sign', t('teacher-sign'), ui.sign, (event) => { ui.sign = event.target.checked; }, t('teacher-sign-hint')),
  h('div', { class: 'actions' }, h('button', { id: 'create', type: 'submit', class: 'primary', text: t('teacher-create') })),
  h('p', { id: 'create-error', class: 'error-text', role: 'alert' }));

  section.replaceChildren(
    h('h2', { id: 'assign-title', tabindex: '-1', text: t('teacher-assign-title') }),
    h('p', { class: 'intro', text: t('teacher-assign-intro') }),
    form,
    h('div', { id: 'links', class: 'links' }));
  renderLevels();
  renderCreateError();
  renderLinks();
}

/** The level checkboxes, by world, narrowed to the chosen competence. */
function renderLevels() {
  const picker = byId('level-picker');
  if (!picker) return;
  const data = catalog();
  const shows = (level) => !ui.competence || (level.competences ?? []).includes(ui.competence);
  const known = new Set();
  const worlds = [];
  for (const world of data.worlds ?? []) {
    for (const level of world.levels ?? []) known.add(level.id);
    const levels = (world.levels ?? []).filter(shows);
    if (!levels.length) continue;
    const worldBox = h('input', {
      id: `world-${world.id}`,
      type: 'checkbox',
      class: 'world-check',
      onchange: guard((event) => {
        for (const level of levels) {
          if (event.target.checked) ui.selected.add(level.id);
          else ui.selected.delete(level.id);
        }
        updateLevelChecks();
      }),
    });
    worldBox.dataset.levels = JSON.stringify(levels.map((l) => l.id));
    worlds.push(h('fieldset', { class: 'world' },
      h('legend', { text: world.title }),
      h('div', { class: 'check world-all' },
        h('label', { for: worldBox.id }, worldBox, h('span', { text: t_with('teacher-whole-world', { world: world.title }) }))),
      h('ul', { class: 'level-list' }, levels.map((level) => {
        const box = h('input', {
          id: `level-${level.id}`,
          type: 'checkbox',
          class: 'level-check',
          value: level.id,
          checked: ui.selected.has(level.id),
          onchange: guard((event) => {
            if (event.target.checked) ui.selected.add(level.id);
            else ui.selected.delete(level.id);
            updateLevelChecks();
          }),
        });
        return h('li', { class: 'check' },
          h('label', { for: box.id }, box, h('span', { text: level.title })),
          (level.competences ?? []).length
            ? h('span', { class: 'competences', text: formatList(level.competences) })
            : null);
      }))));
  }
  // Levels a newer catalogue no longer has cannot be assigned.
  for (const id of [...ui.selected]) if (!known.has(id)) ui.selected.delete(id);
  picker.replaceChildren(...(worlds.length ? worlds : [h('p', { class: 'hint', text: t('teacher-no-levels') })]));
  updateLevelChecks();
}

/** World checkboxes (all / some / none) and the count, after a change of selection. */
function updateLevelChecks() {
  for (const box of document.querySelectorAll('.world-check')) {
    const ids = JSON.parse(box.dataset.levels);
    const chosen = ids.filter((id) => ui.selected.has(id)).length;
    box.checked = chosen > 0 && chosen === ids.length;
    box.indeterminate = chosen > 0 && chosen < ids.length;
  }
  for (const box of document.querySelectorAll('.level-check')) box.checked = ui.selected.has(box.value);
  const count = byId('level-count');
  if (count) count.textContent = t_with('teacher-levels-selected', { count: ui.selected.size });
}

function renderCreateError() {
  const line = byId('create-error');
  if (line) line.textContent = ui.createError;
}

function createAssignment() {
  const order = [];
  for (const world of catalog().worlds ?? []) {
    for (const level of world.levels ?? []) if (ui.selected.has(level.id)) order.push(level.id);
  }
  const request = { class_name: ui.className, levels: order, lock: ui.lock, sign: ui.sign };
  const gameUrl = new URL('index.html', location.href).href;
  const result = parse(teacher.create_assignment(JSON.stringify(request), gameUrl));
  if (!result?.ok) {
    ui.createError = result?.message ?? t('teacher-error-action');
    renderCreateError();
    return;
  }
  ui.createError = '';
  ui.createdId = result.assignment?.id ?? null;
  renderCreateError();
  save();
  renderLinks();
  renderClass();
  const heading = byId('link-ready');
  heading?.focus();
  heading?.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/** The link just made, and the earlier ones. */
function renderLinks() {
  const box = byId('links');
  if (!box) return;
  const all = assignments();
  const created = all.find((a) => a.id === ui.createdId) ?? null;
  if (!created) ui.createdId = null;
  const earlier = all.filter((a) => a !== created);
  const parts = [];
  if (created) {
    parts.push(h('section', { class: 'link-result', 'aria-labelledby': 'link-ready' },
      h('h3', { id: 'link-ready', tabindex: '-1', text: t('teacher-link-ready') }),
      h('p', { class: 'class-name-line', text: created.class_name }),
      h('p', { class: 'hint', text: assignmentMeta(created) }),
      linkField(created),
      qrFigure(created),
      h('div', { class: 'actions' },
        button(t('teacher-print-sheet'), guard(() => printSheet(created)), { id: `print-${created.id}` }))));
  }
  if (earlier.length) {
    parts.push(h('section', { class: 'earlier', 'aria-labelledby': 'earlier-title' },
      h('h3', { id: 'earlier-title', text: t('teacher-earlier-title') }),
      h('ul', { class: 'assignment-list' }, earlier.map(assignmentItem))));
  }
  keepFocus(() => box.replaceChildren(...parts));
}

function assignmentMeta(a) {
  const parts = [t_with('teacher-assignment-meta', { count: (a.levels ?? []).length, date: formatDate(a.created) })];
  if (a.lock) parts.push(t('teacher-assignment-locked'));
  parts.push(a.signed ? t('teacher-assignment-signed') : t('teacher-assignment-unsigned'));
  return formatList(parts);
}

function assignmentItem(a) {
  const open = ui.qrOpen.has(a.id);
  const qrId = `qr-${a.id}`;
  const actions = h('div', { class: 'actions' },
    button(open ? t('teacher-hide-qr') : t('teacher-show-qr'), guard(() => {
      if (ui.qrOpen.has(a.id)) ui.qrOpen.delete(a.id);
      else ui.qrOpen.add(a.id);
      renderLinks();
    }), { id: `qr-toggle-${a.id}`, 'aria-expanded': open ? 'true' : 'false', 'aria-controls': qrId, class: 'secondary' }),
    button(t('teacher-print-sheet'), guard(() => printSheet(a)), { id: `print-${a.id}`, class: 'secondary' }),
    button(t('teacher-remove'), guard(() => {
      ui.removing = a.id;
      renderLinks();
      byId(`remove-yes-${a.id}`)?.focus();
    }), { id: `remove-${a.id}`, class: 'secondary danger-outline' }));
  const confirm = ui.removing === a.id
    ? h('div', { class: 'confirm', role: 'group', 'aria-labelledby': `remove-q-${a.id}` },
      h('p', { id: `remove-q-${a.id}`, text: t_with('teacher-remove-confirm', { name: a.class_name }) }),
      h('div', { class: 'actions' },
        button(t('teacher-remove-yes'), guard(() => removeAssignment(a)), { id: `remove-yes-${a.id}`, class: 'danger' }),
        button(t('teacher-cancel'), () => {
          ui.removing = null;
          renderLinks();
          byId(`remove-${a.id}`)?.focus();
        }, { id: `remove-no-${a.id}`, class: 'secondary' })))
    : null;
  return h('li', { class: 'assignment' },
    h('h4', { text: a.class_name }),
    h('p', { class: 'hint', text: assignmentMeta(a) }),
    h('details', { class: 'level-names' },
      h('summary', { text: t_with('teacher-assignment-levels', { count: (a.levels ?? []).length }) }),
      h('ol', {}, (a.levels ?? []).map((l) => h('li', { text: l.title })))),
    linkField(a),
    actions,
    open ? h('div', { id: qrId }, qrFigure(a)) : h('div', { id: qrId, hidden: true }),
    confirm);
}

function removeAssignment(a) {
  const result = parse(teacher.remove_assignment(a.id));
  ui.removing = null;
  ui.qrOpen.delete(a.id);
  if (ui.gridFilter === a.id) ui.gridFilter = '';
  if (!result?.ok && result?.message) ui.classStatus = result.message;
  save();
  renderLinks();
  renderClass();
  byId('earlier-title')?.setAttribute('tabindex', '-1');
  (byId('earlier-title') ?? byId('assign-title'))?.focus();
}

function linkField(a) {
  const id = `link-${a.id}`;
  const input = h('input', {
    id,
    type: 'text',
    class: 'link',
    readOnly: true,
    value: a.link,
    spellcheck: 'false',
    onfocus: (event) => event.target.select(),
  });
  const status = h('p', { class: 'copy-status', role: 'status' });
  return h('div', { class: 'field link-field' },
    h('label', { for: id, text: t('teacher-link') }),
    h('div', { class: 'row' },
      input,
      button(t('teacher-copy'), guard(() => copyLink(input, status)), { id: `copy-${a.id}` })),
    status);
}

async function copyLink(input, status) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard here');
    await navigator.clipboard.writeText(input.value);
    status.textContent = t('teacher-copied');
  } catch {
    input.focus();
    input.select();
    status.textContent = t('teacher-copy-manual');
  }
}

/**
 * The QR code's SVG (made by the Rust module, API.md). It is the one markup this page inserts;
 * it is still parsed as SVG and refused if it holds anything active.
 */
function qrNode(a) {
  const doc = new DOMParser().parseFromString(String(a.qr_svg ?? ''), 'image/svg+xml');
  const root = doc.documentElement;
  const active = root.querySelector('script, foreignObject, iframe, a, use, image, style');
  const handlers = [root, ...root.querySelectorAll('*')].some((el) => [...el.attributes].some((at) => /^on/i.test(at.name) || /href$/i.test(at.name)));
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || active || handlers) {
    console.warn('the QR code from the teacher module is not plain SVG; not shown');
    return null;
  }
  const node = document.importNode(root, true);
  node.setAttribute('aria-hidden', 'true');
  node.setAttribute('focusable', 'false');
  return node;
}

function qrFigure(a) {
  const code = qrNode(a);
  return h('figure', { class: 'qr-figure' },
    h('div', { class: 'qr', role: 'img', 'aria-label': t_with('teacher-qr-label', { name: a.class_name }) }, code),
    h('figcaption', { text: t('teacher-qr-caption') }));
}

// --- Printing ----------------------------------------------------------------------------

function printSheet(a) {
  printArea.replaceChildren(h('article', { class: 'sheet' },
    h('p', { class: 'sheet-kicker', text: t('teacher-sheet-title') }),
    h('h1', { text: a.class_name }),
    h('div', { class: 'sheet-qr' }, qrNode(a)),
    h('p', { class: 'sheet-how', text: t('teacher-sheet-how') }),
    h('p', { class: 'sheet-link', text: a.link }),
    h('h2', { text: t('teacher-sheet-levels') }),
    h('ol', { class: 'sheet-levels' }, (a.levels ?? []).map((l) => h('li', { text: l.title })))));
  printWith('print-sheet');
}

function printWith(mode) {
  if (mode !== 'print-sheet') printArea.replaceChildren();
  document.body.classList.remove('print-sheet', 'print-class');
  document.body.classList.add(mode);
  window.print();
}

addEventListener('afterprint', () => {
  document.body.classList.remove('print-sheet', 'print-class');
  printArea?.replaceChildren(); // the sheet has a heading of its own: not for screen readers after printing
});

// --- Collect -----------------------------------------------------------------------------

function renderCollect() {
  const section = byId('collect');
  const input = h('input', {
    id: 'files',
    type: 'file',
    multiple: true,
    accept: '.json,.txt,application/json,text/plain',
    class: 'visually-hidden',
    tabindex: '-1',
    onchange: guard(async (event) => {
      const files = Array.from(event.target.files ?? []);
      event.target.value = '';
      await importFiles(files);
    }),
  });
  const zone = h('div', {
    id: 'drop-zone',
    class: 'drop-zone',
    ondragenter: (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    },
    ondragover: (event) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      zone.classList.add('dragging');
    },
    ondragleave: (event) => {
      if (!zone.contains(event.relatedTarget)) zone.classList.remove('dragging');
    },
    ondrop: guard(async (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      await importFiles(Array.from(event.dataTransfer?.files ?? []));
    }),
  },
  h('p', { class: 'drop-hint', text: t('teacher-drop-hint') }),
  h('label', { for: 'files', class: 'visually-hidden', text: t('teacher-files-label') }),
  input,
  button(t('teacher-choose-files'), () => input.click(), { id: 'choose-files', class: 'primary' }));

  section.replaceChildren(
    h('h2', { id: 'collect-title', text: t('teacher-collect-title') }),
    h('p', { class: 'intro', text: t('teacher-collect-intro') }),
    zone,
    h('div', { id: 'scanner', class: 'scanner' }),
    h('div', { class: 'results-box' },
      h('h3', { id: 'results-title', text: t('teacher-results-title') }),
      h('div', { role: 'status', 'aria-live': 'polite', 'aria-labelledby': 'results-title' }, resultList),
      h('p', { id: 'results-empty', class: 'hint', text: t('teacher-results-empty'), hidden: ui.results.length > 0 }),
      button(t('teacher-results-clear'), () => {
        ui.results = [];
        resultList.replaceChildren();
        byId('results-empty').hidden = false;
        byId('results-clear').hidden = true;
      }, { id: 'results-clear', class: 'secondary', hidden: ui.results.length === 0 })));
  resultList.replaceChildren(...ui.results.map(resultItem));
  renderScanner();
}

// Files dropped anywhere else must not make the browser leave the page to show them.
addEventListener('dragover', (event) => {
  if (!event.target?.closest?.('#drop-zone')) event.preventDefault();
});
addEventListener('drop', (event) => {
  if (!event.target?.closest?.('#drop-zone')) event.preventDefault();
});

function readBytes(file) {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Imports every file; one bad file never stops the others. */
async function importFiles(files) {
  let changed = false;
  for (const file of files) {
    let result = null;
    try {
      if (file.size > MAX_FILE_BYTES) {
        result = parse(teacher.import_too_large(file.name, file.size));
      } else {
        const bytes = new Uint8Array(await readBytes(file));
        result = parse(teacher.import_file(file.name, bytes));
      }
    } catch (error) {
      console.warn(`${file.name} could not be read`, error);
    }
    result ??= { ok: false, file: file.name, message: t_with('teacher-file-unreadable', { file: file.name }) };
    addResult(result);
    if (result.ok) changed = true;
  }
  if (changed) {
    save();
    renderClass();
  }
}

function addResult(result) {
  ui.results.push(result);
  resultList.append(resultItem(result));
  while (ui.results.length > MAX_RESULTS) {
    ui.results.shift();
    resultList.firstElementChild?.remove();
  }
  const empty = byId('results-empty');
  if (empty) empty.hidden = true;
  const clear = byId('results-clear');
  if (clear) clear.hidden = false;
}

function resultItem(result) {
  const kind = !result.ok ? 'error' : result.status === 'altered' ? 'altered' : 'ok';
  let badge = null;
  if (result.ok && result.status === 'signed') badge = t('teacher-status-signed');
  else if (result.ok && result.status === 'unsigned') badge = t('teacher-status-unsigned');
  else if (result.ok && result.status === 'summary') badge = t('teacher-status-summary');
  return h('li', { class: `result result-${kind}` },
    h('span', { class: 'result-icon', 'aria-hidden': 'true', text: kind === 'ok' ? '✓' : kind === 'altered' ? '⚠' : '✗' }),
    h('span', { class: 'result-body' },
      kind === 'altered' ? h('strong', { class: 'warning-text', text: t('teacher-file-altered') }) : null,
      kind === 'error' ? h('strong', { class: 'error-label', text: t('teacher-file-failed') }) : null,
      h('span', { class: 'result-text', text: String(result.message ?? '') }),
      badge ? h('span', { class: 'badge', text: badge }) : null));
}

// --- Scanning pupils' QR codes ---------------------------------------------------------------

let camera = null; // { stream, decode, timer, seen }
let cameraStarting = false;
let jsQrLoading;

function renderScanner() {
  const box = byId('scanner');
  if (!box) return;
  const running = camera !== null;
  keepFocus(() => box.replaceChildren(
    h('h3', { id: 'scan-title', text: t('teacher-scan-title') }),
    h('p', { class: 'hint', text: t('teacher-scan-intro') }),
    running
      ? button(t('teacher-stop-camera'), guard(() => stopCamera()), { id: 'stop-camera', class: 'danger' })
      : button(t('teacher-scan'), guard(startCamera), { id: 'start-camera', class: 'primary', disabled: cameraStarting }),
    h('figure', { class: 'camera', hidden: !running },
      video,
      h('figcaption', { text: t('teacher-camera-label') })),
    h('p', { id: 'camera-message', class: 'camera-message', role: 'status', text: ui.cameraMessage })));
  video.setAttribute('aria-label', t('teacher-camera-label'));
}

function showCameraMessage(text) {
  ui.cameraMessage = text;
  const line = byId('camera-message');
  if (line) line.textContent = text;
}

/** jsQR (vendor/jsQR.js, a UMD script): loaded only when a browser lacks BarcodeDetector. */
function loadJsQr() {
  // The UMD build sets window.jsQR to the function, or to its module object (`.default`).
  const found = () => (typeof window.jsQR === 'function' ? window.jsQR : window.jsQR?.default);
  jsQrLoading ??= new Promise((resolve, reject) => {
    if (typeof found() === 'function') {
      resolve(found());
      return;
    }
    const script = document.createElement('script');
    script.src = 'vendor/jsQR.js';
    script.onload = () => (typeof found() === 'function' ? resolve(found()) : reject(new Error('jsQR is missing')));
    script.onerror = () => {
      script.remove();
      reject(new Error('vendor/jsQR.js could not be loaded'));
    };
    document.head.append(script);
  }).catch((error) => {
    jsQrLoading = undefined; // offline now: the next try asks again
    throw error;
  });
  return jsQrLoading;
}

/** A function (canvas, context, width, height) → text of a QR code in the frame, or null. */
async function makeDecoder() {
  if ('BarcodeDetector' in window) {
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      if (formats.includes('qr_code')) {
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        return async (canvas) => (await detector.detect(canvas))[0]?.rawValue ?? null;
      }
    } catch (error) {
      console.warn('BarcodeDetector cannot be used', error);
    }
  }
  const jsQR = await loadJsQr();
  return (canvas, context, width, height) => {
    const image = context.getImageData(0, 0, width, height);
    return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

async function startCamera() {
  if (camera || cameraStarting) return;
  if (!navigator.mediaDevices?.getUserMedia) {
    showCameraMessage(t('teacher-camera-unavailable'));
    return;
  }
  cameraStarting = true;
  renderScanner();
  showCameraMessage(t('teacher-camera-starting'));
  let decode = null;
  let stream = null;
  let problem = null;
  try {
    decode = await makeDecoder();
  } catch (error) {
    console.warn(error);
    problem = t('teacher-scanner-unavailable');
  }
  if (decode) {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      console.warn('no camera', error);
      problem = t('teacher-camera-unavailable');
    }
  }
  cameraStarting = false;
  if (stream && document.hidden) { // the teacher left the page while the browser asked
    for (const track of stream.getTracks()) track.stop();
    stream = null;
    problem = t('teacher-camera-stopped');
  }
  if (!stream) {
    renderScanner();
    showCameraMessage(problem ?? t('teacher-camera-unavailable'));
    return;
  }
  camera = { stream, decode, timer: 0, seen: new Set() };
  for (const track of stream.getTracks()) {
    track.addEventListener('ended', () => {
      if (camera?.stream === stream) stopCamera(t('teacher-camera-unavailable'));
    });
  }
  video.srcObject = stream;
  try {
    await video.play();
  } catch { /* autoplay starts it once it can */ }
  renderScanner();
  byId('stop-camera')?.focus();
  showCameraMessage(t('teacher-camera-looking'));
  scheduleScan(camera);
}

function scheduleScan(cam) {
  cam.timer = setTimeout(() => scanFrame(cam), SCAN_EVERY_MS);
}

async function scanFrame(cam) {
  if (camera !== cam) return;
  try {
    if (video.readyState >= 2 && video.videoWidth > 0) {
      const scale = Math.min(1, SCAN_MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const width = Math.max(1, Math.round(video.videoWidth * scale));
      const height = Math.max(1, Math.round(video.videoHeight * scale));
      if (frameCanvas.width !== width) frameCanvas.width = width;
      if (frameCanvas.height !== height) frameCanvas.height = height;
      const context = frameCanvas.getContext('2d', { willReadFrequently: true });
      context.drawImage(video, 0, 0, width, height);
      const text = await cam.decode(frameCanvas, context, width, height);
      if (camera === cam && text && !cam.seen.has(text)) {
        cam.seen.add(text); // the same pupil's code stays in view for a while
        const result = parse(teacher.import_code(text))
          ?? { ok: false, message: t('teacher-code-unreadable') };
        addResult(result);
        if (result.ok) {
          save();
          renderClass();
        }
        showCameraMessage(result.ok ? t('teacher-camera-next') : t('teacher-camera-looking'));
        const frame = video.parentElement;
        frame?.classList.remove('found');
        void frame?.offsetWidth; // restart the flash
        frame?.classList.add('found');
      }
    }
  } catch (error) {
    console.warn('a camera frame could not be read', error);
  }
  if (camera === cam) scheduleScan(cam);
}

function stopCamera(message) {
  const cam = camera;
  camera = null;
  if (cam) {
    clearTimeout(cam.timer);
    for (const track of cam.stream.getTracks()) track.stop();
  }
  video.pause();
  video.srcObject = null;
  showCameraMessage(message ?? (cam ? t('teacher-camera-stopped') : ''));
  const hadFocus = document.activeElement?.id === 'stop-camera';
  renderScanner();
  if (hadFocus) byId('start-camera')?.focus();
}

// The camera never runs where nobody sees it.
document.addEventListener('visibilitychange', () => {
  if (document.hidden && camera) stopCamera();
});
addEventListener('pagehide', () => {
  if (camera) stopCamera();
  if (ui.notesDirty && teacher) save();
});

// --- Class -------------------------------------------------------------------------------

function renderClass() {
  const section = byId('class');
  if (!section) return;
  const all = assignments();
  if (ui.gridFilter && !all.some((a) => a.id === ui.gridFilter)) ui.gridFilter = '';
  const grid = parse(teacher.grid(ui.gridFilter)) ?? { levels: [], pupils: [] };
  const summary = parse(teacher.summary(ui.gridFilter)) ?? [];
  const chosen = all.find((a) => a.id === ui.gridFilter);

  const names = all.map((a) => a.class_name);
  const filter = h('select', {
    id: 'grid-filter',
    onchange: guard((event) => {
      ui.gridFilter = event.target.value;
      renderClass();
    }),
  },
  h('option', { value: '', text: t('teacher-all-levels') }),
  all.map((a) => h('option', {
    value: a.id,
    // Two links for one class: the date tells them apart.
    text: names.filter((n) => n === a.class_name).length > 1
      ? t_with('teacher-assignment-option', { name: a.class_name, date: formatDate(a.created) })
      : a.class_name,
  })));
  filter.value = ui.gridFilter;

  const pupils = grid.pupils ?? [];
  keepFocus(() => {
    section.replaceChildren();
    append(section, [
      h('h2', { id: 'class-title', tabindex: '-1', text: t('teacher-class-title') }),
      h('div', { class: 'class-tools no-print' }, field(filter, t('teacher-show-assignment'))),
      h('p', { id: 'class-status', class: 'status-line', role: 'status', text: ui.classStatus }),
      pupils.length
        ? [
          h('p', { id: 'note-hint', class: 'hint no-print', text: t('teacher-note-hint') }),
          h('div', {
            class: 'table-scroll',
            role: 'region',
            tabindex: '0',
            'aria-labelledby': 'grid-caption',
          }, gridTable(grid, chosen)),
        ]
        : h('p', { class: 'empty', text: t('teacher-no-pupils') }),
      summaryTable(summary),
      exportBox(),
    ]);
  });
}

function gridTable(grid, chosen) {
  const levels = grid.levels ?? [];
  const pupils = grid.pupils ?? [];
  const caption = chosen
    ? t_with('teacher-grid-caption-class', { name: chosen.class_name, count: pupils.length })
    : t_with('teacher-grid-caption', { count: pupils.length });
  return h('table', { class: 'grid' },
    h('caption', { id: 'grid-caption', text: caption }),
    h('thead', {},
      h('tr', {},
        h('th', { scope: 'col', class: 'pupil-head', text: t('teacher-pupil') }),
        levels.map((level) => h('th', { scope: 'col', class: 'level-head' }, h('span', { text: level.title }))))),
    h('tbody', {}, pupils.map((pupil) => pupilRow(pupil, levels))));
}

function pupilRow(pupil, levels) {
  const noteId = `note-${pupil.id}`;
  const note = h('input', {
    id: noteId,
    type: 'text',
    class: 'note',
    value: pupil.note ?? '',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': t_with('teacher-note-for', { name: pupil.nickname }),
    'aria-describedby': 'note-hint',
    oninput: guard((event) => {
      parse(teacher.set_note(pupil.id, event.target.value));
      ui.notesDirty = true;
      ui.pendingNotes.set(pupil.id, event.target.value);
      mirror.textContent = event.target.value;
    }),
    onchange: guard((event) => {
      parse(teacher.set_note(pupil.id, event.target.value));
      ui.notesDirty = false;
      ui.pendingNotes.clear();
      save();
    }),
  });
  const mirror = h('span', { class: 'note-print', text: pupil.note ?? '' });

  const forgetting = ui.forgetting === pupil.id;
  const head = h('th', { scope: 'row', class: 'pupil' },
    h('div', { class: 'nickname', text: pupil.nickname }),
    pupil.avatar ? h('div', { class: 'avatar', text: pupil.avatar }) : null,
    pupil.altered ? h('div', { class: 'badge badge-warning', text: t('teacher-pupil-altered') }) : null,
    (pupil.classes ?? []).length ? h('div', { class: 'classes', text: formatList(pupil.classes) }) : null,
    h('div', { class: 'note-field no-print' },
      h('label', { for: noteId, text: t('teacher-note-label') }),
      note),
    mirror,
    forgetting
      ? h('div', { class: 'confirm no-print', role: 'group', 'aria-labelledby': `forget-q-${pupil.id}` },
        h('p', { id: `forget-q-${pupil.id}`, text: t_with('teacher-forget-confirm', { name: pupil.nickname }) }),
        h('div', { class: 'actions' },
          button(t('teacher-forget-yes'), guard(() => forgetPupil(pupil)), { id: `forget-yes-${pupil.id}`, class: 'danger' }),
          button(t('teacher-cancel'), () => {
            ui.forgetting = null;
            renderClass();
            byId(`forget-${pupil.id}`)?.focus();
          }, { id: `forget-no-${pupil.id}`, class: 'secondary' })))
      : button(t('teacher-forget'), () => {
        ui.forgetting = pupil.id;
        renderClass();
        byId(`forget-yes-${pupil.id}`)?.focus();
      }, {
        id: `forget-${pupil.id}`,
        class: 'small secondary no-print',
        'aria-label': t_with('teacher-forget-pupil', { name: pupil.nickname }),
      }));

  const cells = levels.map((level, i) => {
    const cell = pupil.cells?.[i];
    if (!cell) {
      return h('td', { class: 'cell-empty' },
        h('span', { 'aria-hidden': 'true', text: '–' }),
        h('span', { class: 'visually-hidden', text: t('teacher-cell-empty') }));
    }
    const stars = Math.max(0, Math.min(3, Number(cell.stars) || 0));
    const cellButton = h('button', {
      type: 'button',
      id: `cell-${pupil.id}-${level.id}`,
      class: `cell stars-${stars}`,
      'aria-label': cell.label,
      onclick: guard(() => openCell(pupil, level, cellButton)),
    },
    h('span', { class: 'stars', 'aria-hidden': 'true', text: starText(stars) }),
    h('span', {
      class: 'cell-detail',
      'aria-hidden': 'true',
      text: t_with('teacher-cell-detail', { attempts: Number(cell.attempts) || 0, time: String(cell.time ?? ''), hints: Number(cell.hints) || 0 }),
    }));
    return h('td', {}, cellButton);
  });
  return h('tr', { class: pupil.altered ? 'altered' : null }, head, cells);
}

function forgetPupil(pupil) {
  const result = parse(teacher.forget_pupil(pupil.id));
  ui.forgetting = null;
  ui.classStatus = result?.ok === false && result.message ? result.message : t_with('teacher-forgotten', { name: pupil.nickname });
  save();
  renderClass();
  byId('class-title')?.focus();
}

// --- One pupil's attempts at one level -----------------------------------------------------

function openCell(pupil, level, opener) {
  const data = parse(teacher.cell(pupil.id, level.id));
  if (!data || data.ok === false) {
    ui.classStatus = data?.message ?? t('teacher-error-action');
    const line = byId('class-status');
    if (line) line.textContent = ui.classStatus;
    return;
  }
  const attempts = data.attempts ?? [];
  dialog.replaceChildren(
    h('div', { class: 'dialog-head' },
      h('h2', { id: 'cell-title', text: t_with('teacher-cell-title', { pupil: String(data.pupil ?? ''), level: String(data.level ?? '') }) }),
      button(t('teacher-close'), () => closeDialog(), { id: 'cell-close', class: 'secondary' })),
    attempts.length
      ? h('ol', { class: 'attempts' }, attempts.map((attempt, i) => h('li', {}, attemptCard(attempt, i + 1))))
      : h('p', { text: t('teacher-no-attempts') }));
  dialog.onclose = () => {
    if (opener.isConnected) opener.focus();
    else byId(opener.id)?.focus();
  };
  if (typeof dialog.showModal === 'function') {
    if (!dialog.open) dialog.showModal();
  } else {
    dialog.setAttribute('open', '');
  }
  byId('cell-close')?.focus();
}

function closeDialog() {
  if (typeof dialog.close === 'function') dialog.close();
  else {
    dialog.removeAttribute('open');
    dialog.onclose?.();
  }
}

function attemptCard(attempt, number) {
  const stars = Math.max(0, Math.min(3, Number(attempt.stars) || 0));
  const facts = [
    [t('teacher-attempt-stars'), h('span', {},
      h('span', { class: 'stars', 'aria-hidden': 'true', text: starText(stars) }),
      h('span', { class: 'visually-hidden', text: t_with('teacher-stars-count', { count: stars }) }))],
    [t('teacher-attempt-outcome'), String(attempt.outcome ?? '')],
    [t('teacher-attempt-time'), formatSeconds(attempt.seconds)],
    [t('teacher-attempt-hints'), String(Number(attempt.hints) || 0)],
    [t('teacher-attempt-mistakes'), String(Number(attempt.mistakes) || 0)],
  ];
  const program = attempt.program;
  const routines = program
    ? [['main', t('teacher-program-main')], ['p1', t('teacher-program-p1')], ['p2', t('teacher-program-p2')]]
      .filter(([key]) => key === 'main' || (program[key] ?? []).length)
    : [];
  const answers = attempt.answers ?? [];
  return h('article', { class: `attempt stars-${stars}` },
    h('h3', { text: t_with('teacher-attempt-title', { number, when: String(attempt.when ?? '') }) }),
    h('dl', { class: 'facts' }, facts.map(([term, value]) => h('div', {}, h('dt', { text: term }), h('dd', {}, value)))),
    routines.length
      ? h('div', { class: 'program' }, routines.map(([key, title]) => h('section', { class: `routine routine-${key}` },
        h('h4', { text: title }),
        (program[key] ?? []).length ? tileList(program[key], 0) : h('p', { class: 'hint', text: t('teacher-program-empty') }))))
      : null,
    answers.length
      ? h('section', { class: 'answers' },
        h('h4', { text: t('teacher-answers') }),
        h('ol', {}, answers.map((answer) => h('li', { text: String(answer) }))))
      : null);
}

function tileList(tiles, depth) {
  return h('ol', { class: 'tiles' }, (Array.isArray(tiles) ? tiles : []).map((tile) => tileItem(tile, depth)));
}

function tileItem(tile, depth) {
  const label = String(tile?.label ?? '');
  if (depth > 12) return h('li', { class: 'tile tile-command' }, h('span', { class: 'tile-label', text: label }));
  switch (tile?.kind) {
    case 'repeat':
    case 'until':
      return h('li', { class: `tile tile-box tile-${tile.kind}` },
        h('div', { class: 'box-label', text: label }),
        tileList(tile.body, depth + 1));
    case 'if':
      return h('li', { class: 'tile tile-box tile-if' },
        h('div', { class: 'box-label', text: label }),
        tileList(tile.body, depth + 1),
        Array.isArray(tile.else)
          ? [h('div', { class: 'box-label box-else', text: t('teacher-tile-else') }), tileList(tile.else, depth + 1)]
          : null);
    default: {
      const icon = ICONS.includes(tile?.icon) ? tile.icon : null;
      return h('li', { class: `tile tile-command${icon ? ` icon-${icon}` : ''}` },
        h('span', { class: 'tile-icon', 'aria-hidden': 'true' }, tileIcon(icon)),
        h('span', { class: 'tile-label', text: label }));
    }
  }
}

/** The tile's picture, drawn here: arrows, a bulb, or a numbered square for a helper. */
function tileIcon(icon) {
  const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 2.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  const box = (...children) => svg('svg', { viewBox: '0 0 24 24', width: 28, height: 28, 'aria-hidden': 'true', focusable: 'false' }, ...children);
  switch (icon) {
    case 'forward':
      return box(svg('path', { d: 'M12 20V5M6 11l6-6 6 6', ...stroke }));
    case 'turn-left':
      return box(svg('path', { d: 'M17 20v-7a5 5 0 0 0-5-5H6M10 4 6 8l4 4', ...stroke }));
    case 'turn-right':
      return box(svg('path', { d: 'M7 20v-7a5 5 0 0 1 5-5h6M14 4l4 4-4 4', ...stroke }));
    case 'light':
      return box(
        svg('path', { d: 'M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z', ...stroke, fill: 'currentColor', 'fill-opacity': 0.25 }),
        svg('path', { d: 'M9.5 19h5M10.5 21.5h3', ...stroke }));
    case 'p1':
    case 'p2': {
      const digit = svg('text', { x: 12, y: 16.5, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: 'currentColor', 'font-family': 'system-ui, sans-serif' });
      digit.textContent = icon === 'p1' ? '1' : '2';
      return box(svg('rect', { x: 3.5, y: 3.5, width: 17, height: 17, rx: 4, ...stroke }), digit);
    }
    default:
      return box(svg('circle', { cx: 12, cy: 12, r: 4, fill: 'currentColor' }));
  }
}

// --- Summary and downloads ---------------------------------------------------------------

function summaryTable(rows) {
  if (!rows.length) return null;
  return h('section', { class: 'summary', 'aria-labelledby': 'summary-title' },
    h('h3', { id: 'summary-title', text: t('teacher-summary-title') }),
    h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'summary-caption' },
      h('table', { class: 'summary-table' },
        h('caption', { id: 'summary-caption', text: t('teacher-summary-caption') }),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('teacher-summary-level') }),
          h('th', { scope: 'col', class: 'number', text: t('teacher-summary-played') }),
          h('th', { scope: 'col', class: 'number', text: t('teacher-summary-finished') }),
          h('th', { scope: 'col', class: 'number', text: t('teacher-summary-stuck') }),
          h('th', { scope: 'col', class: 'number', text: t('teacher-summary-mean') }),
          h('th', { scope: 'col', text: t('teacher-summary-common') }))),
        h('tbody', {}, rows.map((row) => h('tr', {},
          h('th', { scope: 'row', text: String(row.title ?? '') }),
          h('td', { class: 'number', text: String(row.played ?? 0) }),
          h('td', { class: 'number', text: String(row.finished ?? 0) }),
          h('td', { class: `number${Number(row.stuck) > 0 ? ' stuck' : ''}`, text: String(row.stuck ?? 0) }),
          h('td', { class: 'number', text: String(row.mean_attempts ?? '') }),
          h('td', {}, (row.common ?? []).length
            ? h('ul', { class: 'problems' }, row.common.map((p) => h('li', {
              text: t_with('teacher-problem-count', { text: String(p.text ?? ''), count: Number(p.count) || 0 }),
            })))
            : h('span', { 'aria-hidden': 'true', text: '–' }))))))));
}

function exportBox() {
  const notes = checkbox('include-notes', t('teacher-include-notes'), ui.includeNotes, (event) => {
    ui.includeNotes = event.target.checked;
    document.body.classList.toggle('print-notes', ui.includeNotes);
  }, t('teacher-include-notes-hint'));
  document.body.classList.toggle('print-notes', ui.includeNotes);
  return h('section', { class: 'export no-print', 'aria-labelledby': 'export-title' },
    h('h3', { id: 'export-title', text: t('teacher-export-title') }),
    notes,
    h('div', { class: 'actions' },
      button(t('teacher-download-csv'), guard(downloadCsv), { id: 'download-csv' }),
      button(t('teacher-download-xapi'), guard(downloadXapi), { id: 'download-xapi' }),
      button(t('teacher-print-class'), () => printWith('print-class'), { id: 'print-class' })),
    h('div', { class: 'danger-zone' },
      ui.clearing
        ? h('div', { class: 'confirm', role: 'group', 'aria-labelledby': 'clear-q' },
          h('p', { id: 'clear-q', text: t('teacher-clear-confirm') }),
          h('div', { class: 'actions' },
            button(t('teacher-clear-yes'), guard(clearAll), { id: 'clear-yes', class: 'danger' }),
            button(t('teacher-cancel'), () => {
              ui.clearing = false;
              renderClass();
              byId('clear')?.focus();
            }, { id: 'clear-no', class: 'secondary' })))
        : button(t('teacher-clear'), () => {
          ui.clearing = true;
          renderClass();
          byId('clear-yes')?.focus();
        }, { id: 'clear', class: 'secondary danger-outline' })));
}

function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function downloadCsv() {
  const separator = (1.5).toLocaleString().includes(',') ? ';' : ',';
  download(teacher.csv(ui.gridFilter, separator, ui.includeNotes), teacher.csv_file_name(), 'text/csv;charset=utf-8');
}

function downloadXapi() {
  download(teacher.xapi(ui.gridFilter), teacher.xapi_file_name(), 'application/json');
}

function clearAll() {
  parse(teacher.clear());
  // Class data kept aside after a problem may hold real names too: "clear" means all of it.
  try {
    localStorage.removeItem(teacher.backup_key());
  } catch { /* storage blocked: nothing was kept aside either */ }
  ui.clearing = false;
  ui.createdId = null;
  ui.gridFilter = '';
  ui.qrOpen.clear();
  ui.removing = null;
  ui.forgetting = null;
  ui.classStatus = t('teacher-cleared');
  save();
  renderLinks();
  renderClass();
  byId('clear')?.focus();
}

// ---------------------------------------------------------------------------------------
// Start

// Another tab of this page saved: take its data (this tab saved everything it had already).
addEventListener('storage', (event) => {
  if (!teacher || (event.key !== KEY && event.key !== null) || event.storageArea !== localStorage) return;
  guard(() => {
    open(event.newValue, [teacher.language(), ...browserLanguages()]);
    // A note being typed here stays: it goes on top of what the other tab saved.
    for (const [id, text] of ui.pendingNotes) parse(teacher.set_note(id, text));
    catalogCache = null;
    renderAll();
  })();
});

addEventListener('bytebridge-update-ready', () => {
  ui.updateReady = true;
  if (teacher) renderBanners();
});

addEventListener('unhandledrejection', (event) => {
  if (teacher && app && !app.hidden) actionFailed(event.reason);
});

async function start() {
  // The module's file names, written by the build into teacher.html (API.md).
  const config = JSON.parse(byId('teacher-module').textContent);
  try {
    wasm = await import(new URL(config.js, location.href).href);
    await wasm.default({ module_or_path: new URL(config.wasm, location.href) });
  } catch (error) {
    console.error(error);
    fail('web-teacher-error-download');
    return;
  }
  try {
    open(readStored(), browserLanguages());
    ui.updateReady = offline.updateReady === true;
    buildPage();
  } catch (error) {
    console.error(error);
    let text;
    try {
      text = t('teacher-error-start');
    } catch { /* the module cannot even translate: the page's own message */ }
    fail('web-teacher-error-download', text);
    return;
  }
  ready();
}

start();
