// What both pages show before their own code runs, and when it cannot: the loading text and
// the failure message with its reload button, in the device's language. The messages come
// from assets/i18n/*/web.ftl, written by the build into the page as a JSON data block
// (`<script type="application/json" id="page-messages">`): a data block is never executed,
// so the pages' Content Security Policy needs no 'unsafe-inline', and unlike a data-
// attribute it holds nested JSON without HTML escaping. The page's elements: #loader (with
// #loader-text) and #failure (with #failure-text and #failure-reload).
import { offline } from './offline.js';

const MESSAGES = JSON.parse(document.getElementById('page-messages').textContent);

/** The device's language among the page's (each player, and the teacher, may choose later). */
function pickLanguage() {
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language || 'en']) {
    if (MESSAGES[tag]) return tag;
    const base = tag.toLowerCase().split('-')[0];
    if (MESSAGES[base]) return base;
  }
  return 'en';
}

/** The language the page speaks until the game (or the teacher) chooses. */
export const language = pickLanguage();
/** The page's messages in language `tag`, or undefined when the page has none in it. */
export const messagesIn = (tag) => MESSAGES[tag];
/** One of the page's own messages (`web-…`), in the device's language. */
export const t = (id) => MESSAGES[language]?.[id] ?? MESSAGES.en?.[id] ?? '';
/** 'rtl' for a language read from the right (Arabic), as the browser's own locale data says. */
export function direction(tag) {
  try {
    const locale = new Intl.Locale(tag);
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
document.documentElement.lang = language;
document.documentElement.dir = direction(language);
document.getElementById('loader-text').textContent = t('web-loading');

let failed = false;

/** Shows the failure message `id` (or `text`) instead of the page; only the first one counts. */
export function fail(id, text) {
  if (failed) return;
  failed = true;
  document.getElementById('loader').hidden = true;
  document.getElementById('quick')?.remove(); // the players screen shown while loading
  document.getElementById('failure-text').textContent = text || t(id);
  const reload = document.getElementById('failure-reload');
  reload.textContent = t('web-reload');
  // A failure may be fixed by a new version: look for one now, and start it (or simply
  // reload) when Reload is tapped.
  offline.checkForUpdate();
  reload.addEventListener('click', () => offline.applyUpdate());
  document.getElementById('failure').hidden = false;
  reload.focus();
}

// A page's own script that could not be fetched or linked (offline on a first visit, a cut
// download) names its message in a data-failure attribute; boot.js is the page's first script,
// so it listens before that one's error comes.
addEventListener('error', (event) => {
  const id = event.target instanceof HTMLScriptElement ? event.target.dataset.failure : undefined;
  if (id) fail(id);
}, true);

/** The page runs: the loader goes. */
export function hideLoader() {
  document.getElementById('loader').hidden = true;
}

/**
 * A page whose own code draws it (the teacher's; the game signals it from Rust) is drawn: the
 * loader goes, then the service worker may start (offline.js).
 */
export function ready() {
  hideLoader();
  dispatchEvent(new CustomEvent('bytebridge-ready'));
}
