// Byte Bridge's teacher page: make a link (and QR code) for a class, collect the pupils' files
// and codes, and see the class. Every format, check and text comes from the Rust module
// described in web/teacher/API.md; the page only draws and moves bytes. Its parts live in
// web/teacher-page/: state.js (the class data, storage, actions), view.js (the page, drawn
// in place with lit-html) and one file per section (assign, collect with camera, class with
// attempts and downloads).
//
// Rules kept here:
// - Everything from data (nicknames, class names, notes, file names, messages) is shown as
//   text (lit-html's `html` templates never turn a value into markup). The one markup this
//   page inserts is the QR code's SVG from the Rust module, checked first (assign.js).
// - Every visible text, label and name comes from t('teacher-…') / t_with('teacher-…', {…})
//   with a literal id (tests/class.rs scans web/teacher-page/ for them; they live in
//   assets/i18n/*/teacher.ftl).
import { fail, ready } from './boot.js';
import { offline } from './offline.js';
import { ui, t, load, openStored, onRedraw, update, failed } from './teacher-page/state.js';
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

async function start() {
  try {
    // The module's file names, written by the build into teacher.html (API.md).
    await load(JSON.parse(document.getElementById('teacher-module').textContent));
  } catch (error) {
    console.error(error);
    fail('web-teacher-error-download');
    return;
  }
  try {
    openStored();
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
}

start();
