// What leaves the teacher page: the CSV and xAPI downloads, the teacher's own levels and a
// link's file for the tablets, and printing (a link's sheet or the class view).
import { ui, api, update } from './state.js';

function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv() {
  // Where the teacher's locale writes decimals with a comma, spreadsheets split on semicolons.
  const separator = (1.5).toLocaleString().includes(',') ? ';' : ',';
  download(api().csv(ui.gridFilter, separator, ui.includeNotes), api().csv_file_name(), 'text/csv;charset=utf-8');
}

export function downloadXapi() {
  download(api().xapi(ui.gridFilter), api().xapi_file_name(), 'application/json');
}

/** Every level of the teacher's library, as one file to keep or give to colleagues. */
export function downloadLevels() {
  download(api().export_levels(), api().levels_file_name(), 'application/json');
}

/** An assignment as a file: a tablet opens it under Grown-ups → "Bring players from a file" (API.md). */
export function downloadAssignment(a) {
  download(String(a.file), String(a.file_name ?? ''), 'application/json');
}

/** Prints the sheet of `ui.sheet` ('print-sheet') or the class view ('print-class'). */
export function printWith(mode) {
  if (mode !== 'print-sheet') ui.sheet = null;
  update(); // the sheet must be on the page before the browser prints it
  document.body.classList.remove('print-sheet', 'print-class');
  document.body.classList.add(mode);
  window.print();
}

addEventListener('afterprint', () => {
  document.body.classList.remove('print-sheet', 'print-class');
  // The sheet has a heading of its own: not for screen readers after printing.
  ui.sheet = null;
  update();
});
