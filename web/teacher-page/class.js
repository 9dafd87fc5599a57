// "Your class": the grid of pupils by level with the teacher's notes, the per-level summary,
// and the downloads.
import { html, nothing, live, repeat } from './lit.js';
import { ui, api, t, t_with, parse, change, action, assignments, removeBackup } from './state.js';
import { formatDate, formatList, starCount, starText } from './format.js';
import { field, checkbox, focusOn } from './widgets.js';
import { downloadCsv, downloadXapi, printWith } from './downloads.js';
import { openCell } from './attempts.js';

export function classSection() {
  const all = assignments();
  if (ui.gridFilter && !all.some((a) => a.id === ui.gridFilter)) ui.gridFilter = '';
  const grid = parse(api().grid(ui.gridFilter)) ?? { levels: [], pupils: [] };
  const summary = parse(api().summary(ui.gridFilter)) ?? [];
  const chosen = all.find((a) => a.id === ui.gridFilter);
  const names = all.map((a) => a.class_name);
  const pupils = grid.pupils ?? [];
  return html`
    <h2 id="class-title" tabindex="-1">${t('teacher-class-title')}</h2>
    <div class="class-tools no-print">${field('grid-filter', t('teacher-show-assignment'), html`<select id="grid-filter"
      .value=${live(ui.gridFilter)} @change=${action((event) => { ui.gridFilter = event.target.value; })}>
      <option value="" ?selected=${ui.gridFilter === ''}>${t('teacher-all-levels')}</option>
      ${all.map((a) => html`<option value=${a.id} ?selected=${a.id === ui.gridFilter}>${
        // Two links for one class: the date tells them apart.
        names.filter((n) => n === a.class_name).length > 1
          ? t_with('teacher-assignment-option', { name: a.class_name, date: formatDate(a.created) })
          : a.class_name}</option>`)}
    </select>`)}</div>
    <p id="class-status" class="status-line" role="status">${ui.classStatus}</p>
    ${pupils.length ? html`
      <p id="note-hint" class="hint no-print">${t('teacher-note-hint')}</p>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="grid-caption">${gridTable(grid, chosen)}</div>`
      : html`<p class="empty">${t('teacher-no-pupils')}</p>`}
    ${summaryTable(summary)}
    ${exportBox()}`;
}

function gridTable(grid, chosen) {
  const levels = grid.levels ?? [];
  const pupils = grid.pupils ?? [];
  const caption = chosen
    ? t_with('teacher-grid-caption-class', { name: chosen.class_name, count: pupils.length })
    : t_with('teacher-grid-caption', { count: pupils.length });
  return html`<table class="grid">
    <caption id="grid-caption">${caption}</caption>
    <thead><tr>
      <th scope="col" class="pupil-head">${t('teacher-pupil')}</th>
      ${levels.map((level) => html`<th scope="col" class="level-head"><span>${level.title}</span></th>`)}
    </tr></thead>
    <tbody>${repeat(pupils, (pupil) => pupil.id, (pupil) => pupilRow(pupil, levels))}</tbody>
  </table>`;
}

/**
 * One pupil's row. Their note (a real name) is kept when its field is left (change). Until
 * then what is typed lives in the field alone: lit-html writes a field's value only when the
 * value it was given changes, so no redraw (another tab's save, a scanned code) touches it.
 */
function pupilRow(pupil, levels) {
  const noteId = `note-${pupil.id}`;
  return html`<tr class=${pupil.altered ? 'altered' : nothing}>
    <th scope="row" class="pupil">
      <div class="nickname">${pupil.nickname}</div>
      ${pupil.avatar ? html`<div class="avatar">${pupil.avatar}</div>` : nothing}
      ${pupil.altered ? html`<div class="badge badge-warning">${t('teacher-pupil-altered')}</div>` : nothing}
      ${(pupil.classes ?? []).length ? html`<div class="classes">${formatList(pupil.classes)}</div>` : nothing}
      <div class="note-field no-print">
        <label for=${noteId}>${t('teacher-note-label')}</label>
        <input id=${noteId} type="text" class="note" .value=${pupil.note ?? ''} autocomplete="off"
          spellcheck="false" aria-label=${t_with('teacher-note-for', { name: pupil.nickname })} aria-describedby="note-hint"
          @change=${action((event) => {
            change(() => api().set_note(pupil.id, event.target.value));
          })}>
      </div>
      <span class="note-print">${pupil.note ?? ''}</span>
      ${ui.forgetting === pupil.id ? html`<div class="confirm no-print" role="group" aria-labelledby="forget-q-${pupil.id}">
        <p id="forget-q-${pupil.id}">${t_with('teacher-forget-confirm', { name: pupil.nickname })}</p>
        <div class="actions">
          <button type="button" id="forget-yes-${pupil.id}" class="danger" @click=${action(() => forgetPupil(pupil))}>${t('teacher-forget-yes')}</button>
          <button type="button" id="forget-no-${pupil.id}" class="secondary" @click=${action(() => {
            ui.forgetting = null;
            focusOn(`forget-${pupil.id}`);
          })}>${t('teacher-cancel')}</button>
        </div>
      </div>` : html`<button type="button" id="forget-${pupil.id}" class="small secondary no-print"
        aria-label=${t_with('teacher-forget-pupil', { name: pupil.nickname })} @click=${action(() => {
          ui.forgetting = pupil.id;
          focusOn(`forget-yes-${pupil.id}`);
        })}>${t('teacher-forget')}</button>`}
    </th>
    ${levels.map((level, i) => cellView(pupil, level, pupil.cells?.[i]))}
  </tr>`;
}

function cellView(pupil, level, cell) {
  if (!cell) {
    return html`<td class="cell-empty"><span aria-hidden="true">–</span><span class="visually-hidden">${t('teacher-cell-empty')}</span></td>`;
  }
  const stars = starCount(cell.stars);
  const id = `cell-${pupil.id}-${level.id}`;
  // Named by what it shows (WCAG 2.5.3, label in name): the stars in words, then the line.
  return html`<td><button type="button" id=${id} class="cell stars-${stars}"
    @click=${action(() => openCell(pupil, level, id))}>
    <span class="stars" aria-hidden="true">${starText(stars)}</span><span
      class="visually-hidden">${t_with('teacher-stars-count', { count: stars })}, </span>
    <span class="cell-detail">${t_with('teacher-cell-detail', {
      attempts: Number(cell.attempts) || 0, time: String(cell.time ?? ''), hints: Number(cell.hints) || 0,
    })}</span>
  </button></td>`;
}

function forgetPupil(pupil) {
  const result = change(() => parse(api().forget_pupil(pupil.id)));
  ui.forgetting = null;
  ui.classStatus = result?.ok === false && result.message ? result.message : t_with('teacher-forgotten', { name: pupil.nickname });
  focusOn('class-title');
}

function summaryTable(rows) {
  if (!rows.length) return nothing;
  return html`<section class="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${t('teacher-summary-title')}</h3>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="summary-caption">
      <table class="summary-table">
        <caption id="summary-caption">${t('teacher-summary-caption')}</caption>
        <thead><tr>
          <th scope="col">${t('teacher-summary-level')}</th>
          <th scope="col" class="number">${t('teacher-summary-played')}</th>
          <th scope="col" class="number">${t('teacher-summary-finished')}</th>
          <th scope="col" class="number">${t('teacher-summary-stuck')}</th>
          <th scope="col" class="number">${t('teacher-summary-mean')}</th>
          <th scope="col">${t('teacher-summary-common')}</th>
        </tr></thead>
        <tbody>${rows.map((row) => html`<tr>
          <th scope="row">${String(row.title ?? '')}</th>
          <td class="number">${String(row.played ?? 0)}</td>
          <td class="number">${String(row.finished ?? 0)}</td>
          <td class="number${Number(row.stuck) > 0 ? ' stuck' : ''}">${String(row.stuck ?? 0)}</td>
          <td class="number">${String(row.mean_attempts ?? '')}</td>
          <td>${(row.common ?? []).length
            ? html`<ul class="problems">${row.common.map((p) => html`<li>${
              t_with('teacher-problem-count', { text: String(p.text ?? ''), count: Number(p.count) || 0 })}</li>`)}</ul>`
            : html`<span aria-hidden="true">–</span>`}</td>
        </tr>`)}</tbody>
      </table>
    </div>
  </section>`;
}

function exportBox() {
  return html`<section class="export no-print" aria-labelledby="export-title">
    <h3 id="export-title">${t('teacher-export-title')}</h3>
    ${checkbox('include-notes', t('teacher-include-notes'), ui.includeNotes, (event) => {
      ui.includeNotes = event.target.checked;
    }, t('teacher-include-notes-hint'))}
    <div class="actions">
      <button type="button" id="download-csv" @click=${action(downloadCsv)}>${t('teacher-download-csv')}</button>
      <button type="button" id="download-xapi" @click=${action(downloadXapi)}>${t('teacher-download-xapi')}</button>
      <button type="button" id="print-class" @click=${action(() => printWith('print-class'))}>${t('teacher-print-class')}</button>
    </div>
    <div class="danger-zone">${ui.clearing ? html`<div class="confirm" role="group" aria-labelledby="clear-q">
      <p id="clear-q">${t('teacher-clear-confirm')}</p>
      <div class="actions">
        <button type="button" id="clear-yes" class="danger" @click=${action(clearAll)}>${t('teacher-clear-yes')}</button>
        <button type="button" id="clear-no" class="secondary" @click=${action(() => {
          ui.clearing = false;
          focusOn('clear');
        })}>${t('teacher-cancel')}</button>
      </div>
    </div>` : html`<button type="button" id="clear" class="secondary danger-outline" @click=${action(() => {
      ui.clearing = true;
      focusOn('clear-yes');
    })}>${t('teacher-clear')}</button>`}</div>
  </section>`;
}

function clearAll() {
  change(() => api().clear());
  // Class data kept aside after a problem may hold real names too: "clear" means all of it.
  removeBackup();
  Object.assign(ui, {
    clearing: false, createdId: null, gridFilter: '', removing: null, forgetting: null, classStatus: t('teacher-cleared'),
  });
  ui.qrOpen.clear();
  focusOn('clear');
}
