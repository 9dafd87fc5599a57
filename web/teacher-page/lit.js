// lit-html, the teacher page's one template library (web/vendor/README.md): the build copies
// its ES modules from node_modules into vendor/lit-html/. Everything the page takes from it
// comes through here, so an upgrade touches one file.
//
// `html` templates show every value as text or as an attribute's value, never as markup; the
// one markup the page inserts is the QR code's SVG, checked first (assign.js).
export { html, svg, render, nothing } from '../vendor/lit-html/lit-html.js';
export { live } from '../vendor/lit-html/directives/live.js';
export { repeat } from '../vendor/lit-html/directives/repeat.js';
export { unsafeSVG } from '../vendor/lit-html/directives/unsafe-svg.js';
