// "Collect the results": pupils' files chosen or dropped, the QR scanner (camera.js), and the
// list of what came in.
import { html, nothing, repeat } from './lit.js';
import { ui, api, t, t_with, parse, change, action, addResult, update } from './state.js';
import { scanner } from './camera.js';
import { byId } from './widgets.js';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function collectSection() {
  return html`
    <h2 id="collect-title">${t('teacher-collect-title')}</h2>
    <p class="intro">${t('teacher-collect-intro')}</p>
    <div id="drop-zone" class="drop-zone" @dragenter=${dragOver} @dragover=${dragOver} @dragleave=${dragLeave}
      @drop=${action(async (event) => {
        event.preventDefault();
        event.currentTarget.classList.remove('dragging');
        await importFiles(Array.from(event.dataTransfer?.files ?? []));
      })}>
      <p class="drop-hint">${t('teacher-drop-hint')}</p>
      <label for="files" class="visually-hidden">${t('teacher-files-label')}</label>
      <input id="files" type="file" multiple accept=".json,.txt,application/json,text/plain" class="visually-hidden"
        tabindex="-1" @change=${action(async (event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          await importFiles(files);
        })}>
      <button type="button" id="choose-files" class="primary" @click=${() => byId('files').click()}>${t('teacher-choose-files')}</button>
    </div>
    <div id="scanner" class="scanner">${scanner()}</div>
    <div class="results-box">
      <h3 id="results-title">${t('teacher-results-title')}</h3>
      <div role="status" aria-live="polite" aria-labelledby="results-title">
        <ul id="import-results" class="results">${repeat(ui.results, (result) => result.key, resultItem)}</ul>
      </div>
      <p id="results-empty" class="hint" ?hidden=${ui.results.length > 0}>${t('teacher-results-empty')}</p>
      <button type="button" id="results-clear" class="secondary" ?hidden=${ui.results.length === 0}
        @click=${action(() => { ui.results = []; })}>${t('teacher-results-clear')}</button>
    </div>`;
}

// The drop zone's highlight is the browser's business, not the page's state: a class on it.
function dragOver(event) {
  event.preventDefault();
  if (event.type === 'dragover' && event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  event.currentTarget.classList.add('dragging');
}

function dragLeave(event) {
  if (!event.currentTarget.contains(event.relatedTarget)) event.currentTarget.classList.remove('dragging');
}

// Files dropped anywhere else must not make the browser leave the page to show them.
addEventListener('dragover', (event) => {
  if (!event.target?.closest?.('#drop-zone')) event.preventDefault();
});
addEventListener('drop', (event) => {
  if (!event.target?.closest?.('#drop-zone')) event.preventDefault();
});

/** A file's (or a slice's) bytes, also where a browser has no Blob.arrayBuffer. */
export function readBytes(file) {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Imports every file; one bad file never stops the others. Each file's result is stored
 * (change(): merged into what is stored now, so another tab's imports stay) before its line
 * says what it brought: reading the next file waits, and another tab may save meanwhile.
 */
async function importFiles(files) {
  for (const file of files) {
    let result = null;
    try {
      if (file.size > MAX_FILE_BYTES) {
        result = parse(api().import_too_large(file.name, file.size));
      } else {
        const bytes = new Uint8Array(await readBytes(file));
        result = change(() => parse(api().import_file(file.name, bytes)));
      }
    } catch (error) {
      console.warn(`${file.name} could not be read`, error);
    }
    result ??= { ok: false, file: file.name, message: t_with('teacher-file-unreadable', { file: file.name }) };
    addResult(result);
    update();
  }
}

function resultItem(result) {
  const kind = !result.ok ? 'error' : result.status === 'altered' ? 'altered' : 'ok';
  let badge = null;
  if (result.ok && result.status === 'signed') badge = t('teacher-status-signed');
  else if (result.ok && result.status === 'unsigned') badge = t('teacher-status-unsigned');
  else if (result.ok && result.status === 'summary') badge = t('teacher-status-summary');
  return html`<li class="result result-${kind}">
    <span class="result-icon" aria-hidden="true">${kind === 'ok' ? '✓' : kind === 'altered' ? '⚠' : '✗'}</span>
    <span class="result-body">
      ${kind === 'altered' ? html`<strong class="warning-text">${t('teacher-file-altered')}</strong>` : nothing}
      ${kind === 'error' ? html`<strong class="error-label">${t('teacher-file-failed')}</strong>` : nothing}
      <span class="result-text">${String(result.message ?? '')}</span>
      ${badge ? html`<span class="badge">${badge}</span>` : nothing}
    </span>
  </li>`;
}
