// One pupil's attempts at one level, in a dialog: the facts of each attempt, the program as
// tiles and as code, or the answers.
import { html, svg, nothing } from './lit.js';
import { ui, api, t, t_with, parse, action } from './state.js';
import { formatSeconds, starCount, starText } from './format.js';
import { byId, focusOn } from './widgets.js';

const ICONS = ['forward', 'turn-left', 'turn-right', 'light', 'p1', 'p2'];

/** Opens one pupil's attempts at one level; `opener` is the id of the cell's button. */
export function openCell(pupil, level, opener) {
  const data = parse(api().cell(pupil.id, level.id));
  if (!data || data.ok === false) {
    ui.classStatus = data?.message ?? t('teacher-error-action');
    return;
  }
  ui.cell = { data, opener };
}

/** The dialog's content for `ui.cell` (nothing while it is closed). */
export function attemptsDialog() {
  if (!ui.cell) return nothing;
  const { data } = ui.cell;
  const attempts = data.attempts ?? [];
  return html`
    <div class="dialog-head">
      <h2 id="cell-title">${t_with('teacher-cell-title', { pupil: String(data.pupil ?? ''), level: String(data.level ?? '') })}</h2>
      <button type="button" id="cell-close" class="secondary" @click=${() => closeDialog()}>${t('teacher-close')}</button>
    </div>
    ${attempts.length
      ? html`<ol class="attempts">${attempts.map((attempt, i) => html`<li>${attemptCard(attempt, i + 1)}</li>`)}</ol>`
      : html`<p>${t('teacher-no-attempts')}</p>`}`;
}

/** Opens or closes the <dialog> to match `ui.cell`, after a redraw (view.js). */
export function syncDialog(dialog) {
  if (ui.cell && !dialog.open) {
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    byId('cell-close')?.focus();
  } else if (!ui.cell && dialog.open) {
    closeDialog();
  }
}

/** Closed by its button or by Escape: the focus goes back to the cell that opened it. */
export const dialogClosed = action(() => {
  if (ui.cell) focusOn(ui.cell.opener);
  ui.cell = null;
});

function closeDialog() {
  const dialog = byId('cell-dialog');
  if (typeof dialog.close === 'function') dialog.close();
  else {
    dialog.removeAttribute('open');
    dialogClosed();
  }
}

function attemptCard(attempt, number) {
  const stars = starCount(attempt.stars);
  const facts = [
    [t('teacher-attempt-stars'), html`<span><span class="stars" aria-hidden="true">${starText(stars)}</span><span
      class="visually-hidden">${t_with('teacher-stars-count', { count: stars })}</span></span>`],
    [t('teacher-attempt-outcome'), String(attempt.outcome ?? '')],
    [t('teacher-attempt-time'), formatSeconds(attempt.seconds)],
    [t('teacher-attempt-hints'), String(Number(attempt.hints) || 0)],
    [t('teacher-attempt-mistakes'), String(Number(attempt.mistakes) || 0)],
  ];
  const program = attempt.program;
  const routines = program
    ? [['main', t('teacher-program-main')], ['p1', t('teacher-program-p1')], ['p2', t('teacher-program-p2')],
      ['when', String(program.when_title ?? '')]]
      .filter(([key]) => key === 'main' || (program[key] ?? []).length)
    : [];
  const answers = attempt.answers ?? [];
  return html`<article class="attempt stars-${stars}">
    <h3>${t_with('teacher-attempt-title', { number, when: String(attempt.when ?? '') })}</h3>
    <dl class="facts">${facts.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>
    ${routines.length ? html`<div class="program">${routines.map(([key, title]) => html`<section class="routine routine-${key}">
      <h4>${title}</h4>
      ${(program[key] ?? []).length ? tileList(program[key], 0) : html`<p class="hint">${t('teacher-program-empty')}</p>`}
    </section>`)}</div>` : nothing}
    ${codeSection(attempt.code)}
    ${answers.length ? html`<section class="answers">
      <h4>${t('teacher-answers')}</h4>
      <ol>${answers.map((answer) => html`<li>${String(answer)}</li>`)}</ol>
    </section>` : nothing}
  </article>`;
}

/** The same program as Python-like text, as the pupil sees it with "Show as code". */
function codeSection(code) {
  const lines = Array.isArray(code) ? code : [];
  if (!lines.length) return nothing;
  // Four spaces a level, as Python writes it: the text can be copied into a real editor.
  const text = lines
    .map((line) => '    '.repeat(Math.min(Math.max(Number(line?.indent) || 0, 0), 12)) + String(line?.text ?? ''))
    .join('\n');
  return html`<section class="code">
    <h4>${t('teacher-code')}</h4>
    <p class="hint">${t('teacher-code-note')}</p>
    <pre translate="no"><code>${text}</code></pre>
  </section>`;
}

function tileList(tiles, depth) {
  return html`<ol class="tiles">${(Array.isArray(tiles) ? tiles : []).map((tile) => tileItem(tile, depth))}</ol>`;
}

function tileItem(tile, depth) {
  const label = String(tile?.label ?? '');
  if (depth > 12) return html`<li class="tile tile-command"><span class="tile-label">${label}</span></li>`;
  switch (tile?.kind) {
    case 'repeat':
    case 'until':
      return html`<li class="tile tile-box tile-${tile.kind}">
        <div class="box-label">${label}</div>
        ${tileList(tile.body, depth + 1)}
      </li>`;
    case 'if':
      return html`<li class="tile tile-box tile-if">
        <div class="box-label">${label}</div>
        ${tileList(tile.body, depth + 1)}
        ${Array.isArray(tile.else)
          ? html`<div class="box-label box-else">${t('teacher-tile-else')}</div>${tileList(tile.else, depth + 1)}`
          : nothing}
      </li>`;
    default: {
      const icon = ICONS.includes(tile?.icon) ? tile.icon : null;
      const counter = tile?.kind === 'count' ? ' tile-count' : '';
      return html`<li class="tile tile-command${counter}${icon ? ` icon-${icon}` : ''}">
        <span class="tile-icon" aria-hidden="true">${tileIcon(icon)}</span>
        <span class="tile-label">${label}</span>
      </li>`;
    }
  }
}

/** The tile's picture, drawn here: arrows, a bulb, or a numbered square for a helper. */
function tileIcon(icon) {
  return html`<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">${iconShapes(icon)}</svg>`;
}

// Lines are drawn with the tile's text colour (currentColor).
function iconShapes(icon) {
  switch (icon) {
    case 'forward':
      return svg`<path d="M12 20V5M6 11l6-6 6 6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'turn-left':
      return svg`<path d="M17 20v-7a5 5 0 0 0-5-5H6M10 4 6 8l4 4" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'turn-right':
      return svg`<path d="M7 20v-7a5 5 0 0 1 5-5h6M14 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'light':
      return svg`<path d="M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z" fill="currentColor" fill-opacity="0.25" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>
        <path d="M9.5 19h5M10.5 21.5h3" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'p1':
    case 'p2':
      return svg`<rect x="3.5" y="3.5" width="17" height="17" rx="4" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>
        <text x="12" y="16.5" text-anchor="middle" font-size="12" font-weight="700" fill="currentColor" font-family="system-ui, sans-serif">${icon === 'p1' ? '1' : '2'}</text>`;
    default:
      return svg`<circle cx="12" cy="12" r="4" fill="currentColor"/>`;
  }
}
