// "Give levels to a class": the level picker (the game's levels and the teacher's own), the
// link just made and the earlier ones with their QR codes or files, and the sheet to print
// for a link.
import { html, nothing, live, repeat, unsafeSVG } from './lit.js';
import { ui, api, t, t_with, parse, change, action, catalog, assignments, madeLevels } from './state.js';
import { formatDate, formatList } from './format.js';
import { field, checkbox, byId, focusOn } from './widgets.js';
import { printWith, downloadAssignment } from './downloads.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * The world the catalogue puts the teacher's own levels in (core::level::made::WORLD): they
 * are chosen under "Levels you made" and sent as `made`, never as `levels`.
 */
const MADE_WORLD = 'made';

/** The catalogue's worlds of the game's own levels. */
function gameWorlds(data) {
  return (data.worlds ?? []).filter((world) => world.id !== MADE_WORLD);
}

export function assignSection() {
  const data = catalog();
  const bands = data.bands ?? [];
  const competences = data.competences ?? [];
  const digcomp3 = data.digcomp3 ?? [];
  // A band or competence a newer catalogue no longer has shows all levels again.
  if (!bands.some((b) => b.id === ui.band)) ui.band = '';
  if (!competences.some((c) => c.id === ui.competence)) ui.competence = '';
  if (!digcomp3.some((c) => c.id === ui.digcomp3)) ui.digcomp3 = '';
  return html`
    <h2 id="assign-title" tabindex="-1">${t('teacher-assign-title')}</h2>
    <p class="intro">${t('teacher-assign-intro')}</p>
    <form class="assign-form" novalidate @submit=${action((event) => {
      event.preventDefault();
      createAssignment();
    })}>
      ${field('class-name', t('teacher-class-name'), html`<input id="class-name" type="text"
        .value=${live(ui.className)} maxlength="40" autocomplete="off" spellcheck="false"
        aria-describedby="class-name-hint" @input=${(event) => { ui.className = event.target.value; }}>`,
        t('teacher-class-name-hint'))}
      <fieldset class="levels">
        <legend>${t('teacher-levels')}</legend>
        <div class="level-filters">
          ${field('band', t('teacher-band-filter'), html`<select id="band"
            .value=${live(ui.band)} @change=${action((event) => { ui.band = event.target.value; })}>
            <option value="" ?selected=${ui.band === ''}>${t('teacher-band-all')}</option>
            ${bands.map((b) => html`<option value=${b.id} ?selected=${b.id === ui.band}>${b.title}</option>`)}
          </select>`)}
          ${field('competence', t('teacher-competence-filter'), html`<select id="competence"
            .value=${live(ui.competence)} @change=${action((event) => { ui.competence = event.target.value; })}>
            <option value="" ?selected=${ui.competence === ''}>${t('teacher-competence-all')}</option>
            ${competences.map((c) => html`<option value=${c.id} ?selected=${c.id === ui.competence}>${
              t_with('teacher-competence-option', { id: c.id, title: c.title })}</option>`)}
          </select>`)}
          ${field('digcomp3', t('teacher-digcomp3-filter'), html`<select id="digcomp3"
            .value=${live(ui.digcomp3)} @change=${action((event) => { ui.digcomp3 = event.target.value; })}>
            <option value="" ?selected=${ui.digcomp3 === ''}>${t('teacher-digcomp3-all')}</option>
            ${digcomp3.map((c) => html`<option value=${c.id} ?selected=${c.id === ui.digcomp3}>${
              t_with('teacher-competence-option', { id: c.id, title: c.title })}</option>`)}
          </select>`)}
        </div>
        <div id="level-picker" class="level-picker">${levelPicker(data)}</div>
        <div class="level-tools">
          <p id="level-count" class="level-count" aria-live="polite">${
            t_with('teacher-levels-selected', { count: ui.selected.size + ui.made.size })}</p>
          <button type="button" id="select-none" class="secondary" @click=${action(() => {
            ui.selected.clear();
            ui.made.clear();
          })}>${t('teacher-select-none')}</button>
        </div>
      </fieldset>
      ${madePicker()}
      ${checkbox('lock', t('teacher-lock'), ui.lock, (event) => { ui.lock = event.target.checked; }, t('teacher-lock-hint'))}
      ${checkbox('sign', t('teacher-sign'), ui.sign, (event) => { ui.sign = event.target.checked; }, t('teacher-sign-hint'))}
      <div class="actions"><button id="create" type="submit" class="primary">${t('teacher-create')}</button></div>
      <p id="create-error" class="error-text" role="alert">${ui.createError}</p>
    </form>
    <div id="links" class="links">${links()}</div>`;
}

/** The level checkboxes, by world, narrowed to the chosen band and competences. */
function levelPicker(data) {
  // A level lists the 3.0 competence of each of its learning outcomes too (API.md).
  const shows = (level) => (!ui.band || level.band === ui.band)
    && (!ui.competence || (level.competences ?? []).includes(ui.competence))
    && (!ui.digcomp3 || (level.digcomp3 ?? []).includes(ui.digcomp3));
  // Levels a newer catalogue no longer has cannot be assigned.
  const known = new Set(gameWorlds(data).flatMap((world) => (world.levels ?? []).map((level) => level.id)));
  for (const id of [...ui.selected]) if (!known.has(id)) ui.selected.delete(id);
  const worlds = gameWorlds(data)
    .map((world) => ({ world, levels: (world.levels ?? []).filter(shows) }))
    .filter(({ levels }) => levels.length);
  if (!worlds.length) return html`<p class="hint">${t('teacher-no-levels')}</p>`;
  return repeat(worlds, ({ world }) => world.id, ({ world, levels }) => {
    const chosen = levels.filter((level) => ui.selected.has(level.id)).length;
    const choose = (level, on) => (on ? ui.selected.add(level.id) : ui.selected.delete(level.id));
    return html`<fieldset class="world">
      <legend>${world.title}</legend>
      <div class="check world-all">
        <label for="world-${world.id}"><input id="world-${world.id}" type="checkbox" class="world-check"
          .checked=${live(chosen > 0 && chosen === levels.length)}
          .indeterminate=${live(chosen > 0 && chosen < levels.length)}
          @change=${action((event) => { for (const level of levels) choose(level, event.target.checked); })}
        ><span>${t_with('teacher-whole-world', { world: world.title })}</span></label>
      </div>
      <ul class="level-list">${repeat(levels, (level) => level.id, (level) => html`<li class="check">
        <label for="level-${level.id}"><input id="level-${level.id}" type="checkbox" class="level-check"
          value=${level.id} .checked=${live(ui.selected.has(level.id))}
          @change=${action((event) => choose(level, event.target.checked))}
        ><span>${level.title}</span></label>
        <span class="competences">${levelTags(level).map((tag) => html`<span>${tag}</span>`)}</span>
      </li>`)}</ul>
    </fieldset>`;
  });
}

/** A level's band and its ids in both frameworks: "Ages 7–9", "DigComp 2.2: 4.2", "DigComp 3.0: 4.2, LO4.2.05". */
function levelTags(level) {
  const tags = [];
  if (level.band_title) tags.push(level.band_title);
  if ((level.competences ?? []).length) tags.push(t_with('teacher-level-digcomp', { ids: formatList(level.competences) }));
  if ((level.digcomp3 ?? []).length) tags.push(t_with('teacher-level-digcomp3', { ids: formatList(level.digcomp3) }));
  return tags;
}

/**
 * The teacher's own levels (maker.js), at most limits().made_per_assignment in one link: the
 * others cannot be ticked once that many are.
 */
function madePicker() {
  const library = madeLevels();
  // A level removed since (here or in another tab) is no longer chosen.
  for (const id of ui.made) if (!library.some((level) => level.id === id)) ui.made.delete(id);
  const max = parse(api().limits())?.made_per_assignment;
  const full = Number.isFinite(max) && ui.made.size >= max;
  return html`<fieldset class="made-pick" aria-describedby="made-pick-hint">
    <legend>${t('made-page-assign')}</legend>
    ${library.length ? html`
      <p id="made-pick-hint" class="hint">${t_with('made-page-assign-max', { max: Number(max) || 0 })}</p>
      <ul class="level-list">${repeat(library, (level) => level.id, (level) => html`<li class="check">
        <label for="made-pick-${level.id}"><input id="made-pick-${level.id}" type="checkbox" class="level-check"
          .checked=${live(ui.made.has(level.id))} ?disabled=${full && !ui.made.has(level.id)}
          @change=${action((event) => (event.target.checked ? ui.made.add(level.id) : ui.made.delete(level.id)))}
        ><span>${String(level.title ?? '')}</span></label>
        <span class="competences">${[level.kind_title, level.band_title, level.lang_name].filter(Boolean)
          .map((tag) => html`<span>${String(tag)}</span>`)}</span>
      </li>`)}</ul>`
    : html`<p id="made-pick-hint" class="hint">${t('made-page-assign-none')}</p>`}
  </fieldset>`;
}

function createAssignment() {
  const order = [];
  for (const world of gameWorlds(catalog())) {
    for (const level of world.levels ?? []) if (ui.selected.has(level.id)) order.push(level.id);
  }
  const request = { class_name: ui.className, levels: order, lock: ui.lock, sign: ui.sign };
  // The teacher's own levels, in library order (API.md: they come after the chosen ones).
  const made = madeLevels().map((level) => level.id).filter((id) => ui.made.has(id));
  if (made.length) request.made = made;
  const gameUrl = new URL('index.html', location.href).href;
  const result = change(() => parse(api().create_assignment(JSON.stringify(request), gameUrl)));
  if (!result?.ok) {
    ui.createError = result?.message ?? t('teacher-error-action');
    return;
  }
  ui.createError = '';
  ui.createdId = result.assignment?.id ?? null;
  focusOn('link-ready', { scroll: true });
}

/** The link just made, and the earlier ones. */
function links() {
  const all = assignments();
  const created = all.find((a) => a.id === ui.createdId) ?? null;
  if (!created) ui.createdId = null;
  const earlier = all.filter((a) => a !== created);
  return html`
    ${created ? html`<section class="link-result" aria-labelledby="link-ready">
      <h3 id="link-ready" tabindex="-1">${t('teacher-link-ready')}</h3>
      <p class="class-name-line">${created.class_name}</p>
      <p class="hint">${assignmentMeta(created)}</p>
      ${linkField(created)}
      ${hasQr(created) ? qrFigure(created) : qrNote(created)}
      <div class="actions">
        <button type="button" id="print-${created.id}" @click=${action(() => printSheet(created))}>${t('teacher-print-sheet')}</button>
        ${fileButton(created)}
      </div>
    </section>` : nothing}
    ${earlier.length ? html`<section class="earlier" aria-labelledby="earlier-title">
      <h3 id="earlier-title" tabindex="-1">${t('teacher-earlier-title')}</h3>
      <ul class="assignment-list">${repeat(earlier, (a) => a.id, assignmentItem)}</ul>
    </section>` : nothing}`;
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
  return html`<li class="assignment">
    <h4>${a.class_name}</h4>
    <p class="hint">${assignmentMeta(a)}</p>
    <details class="level-names">
      <summary>${t_with('teacher-assignment-levels', { count: (a.levels ?? []).length })}</summary>
      <ol>${levelItems(a)}</ol>
    </details>
    ${linkField(a)}
    ${hasQr(a) ? nothing : qrNote(a)}
    <div class="actions">
      ${hasQr(a) ? html`<button type="button" id="qr-toggle-${a.id}" class="secondary" aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${qrId} @click=${action(() => (open ? ui.qrOpen.delete(a.id) : ui.qrOpen.add(a.id)))}
      >${open ? t('teacher-hide-qr') : t('teacher-show-qr')}</button>` : nothing}
      <button type="button" id="print-${a.id}" class="secondary" @click=${action(() => printSheet(a))}>${t('teacher-print-sheet')}</button>
      ${fileButton(a)}
      <button type="button" id="remove-${a.id}" class="secondary danger-outline" @click=${action(() => {
        ui.removing = a.id;
        focusOn(`remove-yes-${a.id}`);
      })}>${t('teacher-remove')}</button>
    </div>
    <div id=${qrId} ?hidden=${!open}>${open && hasQr(a) ? qrFigure(a) : nothing}</div>
    ${ui.removing === a.id ? html`<div class="confirm" role="group" aria-labelledby="remove-q-${a.id}">
      <p id="remove-q-${a.id}">${t_with('teacher-remove-confirm', { name: a.class_name })}</p>
      <div class="actions">
        <button type="button" id="remove-yes-${a.id}" class="danger" @click=${action(() => removeAssignment(a))}>${t('teacher-remove-yes')}</button>
        <button type="button" id="remove-no-${a.id}" class="secondary" @click=${action(() => {
          ui.removing = null;
          focusOn(`remove-${a.id}`);
        })}>${t('teacher-cancel')}</button>
      </div>
    </div>` : nothing}
  </li>`;
}

/** An assignment's levels as list items; a level the teacher made says so. */
function levelItems(a) {
  return (a.levels ?? []).map((l) => html`<li>${l.title}${l.made === true
    ? html` <span class="badge">${t('made-by-teacher')}</span>` : nothing}</li>`);
}

/** Whether the link fits a QR code a tablet reads (API.md: `qr_svg` is null when it does not). */
function hasQr(a) {
  return a.qr_svg !== null && a.qr_svg !== undefined;
}

/** Why a link has no QR code, and what to do instead. */
function qrNote(a) {
  return a.qr_note ? html`<p class="qr-note">${String(a.qr_note)}</p>` : nothing;
}

/** The assignment as a file for the tablets, when the module made one. */
function fileButton(a) {
  if (!a.file) return nothing;
  return html`<button type="button" id="file-${a.id}" class="secondary"
    @click=${action(() => downloadAssignment(a))}>${t('made-page-assignment-file')}</button>`;
}

function removeAssignment(a) {
  const result = change(() => parse(api().remove_assignment(a.id)));
  ui.removing = null;
  ui.qrOpen.delete(a.id);
  if (ui.gridFilter === a.id) ui.gridFilter = '';
  if (!result?.ok && result?.message) ui.classStatus = result.message;
  focusOn(['earlier-title', 'assign-title']);
}

function linkField(a) {
  const id = `link-${a.id}`;
  return html`<div class="field link-field">
    <label for=${id}>${t('teacher-link')}</label>
    <div class="row">
      <input id=${id} type="text" class="link" readonly .value=${a.link} spellcheck="false"
        @focus=${(event) => event.target.select()}>
      <button type="button" id="copy-${a.id}" @click=${action(() => copyLink(a, id))}>${t('teacher-copy')}</button>
    </div>
    <p class="copy-status" role="status">${ui.copied?.id === a.id ? ui.copied.text : ''}</p>
  </div>`;
}

/** Copies the link; where the browser cannot, selects it for the teacher to copy. */
async function copyLink(a, inputId) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard here');
    await navigator.clipboard.writeText(a.link);
    ui.copied = { id: a.id, text: t('teacher-copied') };
  } catch {
    const input = byId(inputId);
    input?.focus();
    input?.select();
    ui.copied = { id: a.id, text: t('teacher-copy-manual') };
  }
}

const checkedQr = new Map(); // the API's SVG text → the checked SVG text, or null

/**
 * The QR code's SVG (made by the Rust module, API.md). It is the one markup this page inserts;
 * it is still parsed as SVG first and refused if it holds anything active.
 */
function qrCode(a) {
  const text = String(a.qr_svg ?? '');
  if (!checkedQr.has(text)) checkedQr.set(text, checkQr(text));
  const checked = checkedQr.get(text);
  return checked === null ? nothing : unsafeSVG(checked);
}

function checkQr(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  const active = root.querySelector('script, foreignObject, iframe, a, use, image, style');
  const handlers = [root, ...root.querySelectorAll('*')].some((el) => [...el.attributes].some((at) => /^on/i.test(at.name) || /href$/i.test(at.name)));
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || active || handlers) {
    console.warn('the QR code from the teacher module is not plain SVG; not shown');
    return null;
  }
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  return new XMLSerializer().serializeToString(root);
}

function qrFigure(a) {
  return html`<figure class="qr-figure">
    <div class="qr" role="img" aria-label=${t_with('teacher-qr-label', { name: a.class_name })}>${qrCode(a)}</div>
    <figcaption>${t('teacher-qr-caption')}</figcaption>
  </figure>`;
}

/** The sheet for `ui.sheet` (in #print-area), while it is printed. */
export function sheet() {
  const a = ui.sheet;
  if (!a) return nothing;
  return html`<article class="sheet">
    <p class="sheet-kicker">${t('teacher-sheet-title')}</p>
    <h1>${a.class_name}</h1>
    ${hasQr(a) ? html`<div class="sheet-qr">${qrCode(a)}</div>
    <p class="sheet-how">${t('teacher-sheet-how')}</p>` : qrNote(a)}
    <p class="sheet-link">${a.link}</p>
    <h2>${t('teacher-sheet-levels')}</h2>
    <ol class="sheet-levels">${levelItems(a)}</ol>
  </article>`;
}

function printSheet(a) {
  ui.sheet = a;
  printWith('print-sheet');
}
