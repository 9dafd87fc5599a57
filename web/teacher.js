// Byte Bridge's teacher page: make a link (and QR code) for a class, collect the pupils' files
// and codes, and see the class. Every format, check and text comes from the Rust module
// described in web/teacher/API.md; the page only draws and moves bytes. Its parts live in
// web/teacher-page/: state.js (the class data, storage, actions), view.js (the page, drawn
// in place with lit-html) and one file per section (assign, collect with camera, class with
// attempts and downloads, maker: the teacher's own levels, sync: the record store).
//
// Rules kept here:
// - The page runs only on its own or in a frame of its own origin: another site's page could
//   show it in a frame and get the teacher to act on the class data. A Content Security
//   Policy's frame-ancestors would say so, but browsers ignore it in a <meta> tag, so the
//   page checks (README: the header a server can send as well).
// - Everything from data (nicknames, class names, notes, file names, messages) is shown as
//   text (lit-html's `html` templates never turn a value into markup). The one markup this
//   page inserts is the QR code's SVG from the Rust module, checked first (assign.js).
// - Every visible text, label and name comes from t('teacher-…') / t_with('teacher-…', {…})
//   (and 'made-page-…' for the teacher's own levels) with a literal id (tests/class.rs scans
//   web/teacher-page/ for them; they live in assets/i18n/*/teacher.ftl). The level maker
//   names tiles as the game does (t('tile-if') …), from the game's own texts.
import { fail, ready, hideLoader, t as pageText } from './boot.js';
import { offline } from './offline.js';
import { ui, t, load, openStored, onRedraw, onChanged, update, failed } from './teacher-page/state.js';
import { send } from './teacher-page/sync.js';
import { redraw } from './teacher-page/view.js';

let running = false;

addEventListener('bytebridge-update-ready', () => {
  ui.updateReady = true;
  if (running) update();
});

addEventListener('unhandledrejection', (event) => {
  if (running) failed(event.reason);
});

// Leaving the page keeps a note still being typed, as leaving its field does (change).
addEventListener('pagehide', () => document.activeElement?.blur?.());

/** Whether a page of another origin shows this page in a frame (at any level above it). */
function framedByAnotherSite() {
  try {
    for (let frame = window; frame !== frame.top; frame = frame.parent) {
      // Reading another origin's location throws.
      if (frame.parent.location.origin !== location.origin) return true;
    }
    return false;
  } catch {
    return true;
  }
}

/** Says why the page does not run here, with a link that opens it on its own. */
function refuseFrame() {
  hideLoader();
  document.getElementById('framed-text').textContent = pageText('web-teacher-framed');
  const link = document.getElementById('framed-link');
  link.textContent = pageText('web-teacher-open-alone');
  link.href = location.href;
  document.getElementById('framed').hidden = false;
}

async function start() {
  if (framedByAnotherSite()) {
    // Nothing else: no module, no class data, no offline copy.
    refuseFrame();
    return;
  }
  try {
    // The module's file names, written by the build into teacher.html (API.md).
    await load(JSON.parse(document.getElementById('teacher-module').textContent));
  } catch (error) {
    console.error(error);
    fail('web-teacher-error-download');
    return;
  }
  try {
    await openStored();
    ui.updateReady = offline.updateReady === true;
    onRedraw(redraw);
    update();
  } catch (error) {
    console.error(error);
    let text;
    try {
      text = t('teacher-error-start');
    } catch { /* the module cannot even translate: the page's own message */ }
    fail('web-teacher-error-download', text);
    return;
  }
  running = true;
  document.getElementById('app').hidden = false;
  ready();
  // The record store (if one is set) gets what waits, and then whatever comes in.
  onChanged(send);
  send();
}

start();
