// The whole teacher page as a function of its state (state.js), rendered in place by lit-html
// after every action: only what changed is touched, so the focus, a half-typed text and the
// camera's picture stay as they are.
import { html, nothing, render } from './lit.js';
import { ui, api, t, t_with, parse, change, action, ensureLanguage } from './state.js';
import { assignSection, sheet } from './assign.js';
import { collectSection } from './collect.js';
import { classSection } from './class.js';
import { makerSection } from './maker.js';
import { syncSection } from './sync.js';
import { attemptsDialog, syncDialog, dialogClosed } from './attempts.js';
import { field, byId, moveFocus } from './widgets.js';
import { offline } from '../offline.js';
import { direction } from '../boot.js';

/** Draws the page into #app, the attempts dialog and the print area. */
export function redraw() {
  const language = api().language();
  document.documentElement.lang = language;
  document.documentElement.dir = direction(language);
  document.title = t('teacher-page-title');
  document.body.classList.toggle('print-notes', ui.includeNotes);
  render(page(language), byId('app'));
  const dialog = dialogElement();
  render(attemptsDialog(), dialog);
  render(sheet(), byId('print-area'));
  syncDialog(dialog);
  moveFocus();
}

let dialog;

/** The <dialog> for one cell's attempts, beside #app (a modal dialog is on top of the page). */
function dialogElement() {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'cell-dialog';
    dialog.className = 'cell-dialog';
    dialog.setAttribute('aria-labelledby', 'cell-title');
    dialog.addEventListener('close', dialogClosed);
    document.body.append(dialog);
  }
  return dialog;
}

function page(language) {
  return html`
    <a class="skip-link" href="#main">${t('teacher-skip')}</a>
    ${header(language)}
    <div id="banners" class="banners">${banners()}</div>
    <main id="main" tabindex="-1">
      <section id="assign" class="card" aria-labelledby="assign-title">${assignSection()}</section>
      <section id="collect" class="card" aria-labelledby="collect-title">${collectSection()}</section>
      <section id="class" class="card wide" aria-labelledby="class-title">${classSection()}</section>
      <section id="maker" class="card wide" aria-labelledby="maker-title">${makerSection()}</section>
      <section id="sync" class="card wide" aria-labelledby="lrs-title">${syncSection()}</section>
    </main>`;
}

function header(current) {
  const languages = parse(api().languages()) ?? [];
  return html`<header class="page-header">
    <div class="title-row">
      <img src="icons/icon.svg" alt="" width="48" height="48" class="logo">
      <div>
        <h1>${t('teacher-title')}</h1>
        <p class="tagline">${t('teacher-tagline')}</p>
      </div>
      <div class="language">${field('language', t('teacher-language'), html`<select id="language"
        @change=${action(async (event) => {
          const tag = event.target.value;
          const name = languages.find((l) => l.tag === tag)?.name ?? tag;
          try {
            await ensureLanguage(tag);
          } catch {
            // Offline, and this browser never had it: say so in the language showing now.
            ui.notice = t_with('teacher-language-unavailable', { language: name });
            event.target.value = current;
            return;
          }
          change(() => api().set_language(tag));
        })}>
        ${languages.map((l) => html`<option value=${l.tag} ?selected=${l.tag === current}>${l.name}</option>`)}
      </select>`)}</div>
    </div>
    <details class="help">
      <summary>${t('teacher-help')}</summary>
      <div class="help-body">
        <p>${t('teacher-help-local')}</p>
        <p>${t('teacher-help-files')}</p>
        <p>${t('teacher-help-signing')}</p>
        <p>${t('teacher-help-notes')}</p>
        <p>${t('teacher-help-backup')}</p>
        ${isSecureContext ? nothing : html`<p class="warning-text">${t('teacher-help-insecure')}</p>`}
      </div>
    </details>
  </header>`;
}

function banners() {
  return html`
    ${ui.storage ? html`<div class="banner banner-error" role="alert">
      <p>${ui.storage === 'full' ? t('teacher-storage-full') : t('teacher-storage-blocked')}</p>
    </div>` : nothing}
    ${ui.notice ? html`<div class="banner banner-warning" role="status">
      <p>${ui.notice}</p>
      <button type="button" @click=${action(() => { ui.notice = null; })}>${t('teacher-dismiss')}</button>
    </div>` : nothing}
    ${ui.error ? html`<div class="banner banner-error" role="alert">
      <p>${t('teacher-error-action')}</p>
      <button type="button" @click=${action(() => { ui.error = false; })}>${t('teacher-dismiss')}</button>
    </div>` : nothing}
    ${ui.updateReady ? html`<div class="banner banner-info" role="status">
      <p>${t('teacher-update-ready')}</p>
      <button type="button" @click=${() => offline.applyUpdate()}>${t('teacher-update')}</button>
    </div>` : nothing}`;
}
