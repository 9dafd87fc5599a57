// Language packs for both pages. Each language's texts are one file, i18n/<tag>-<hash>.ftl
// (its Fluent files joined by `cargo xtask build`; the teacher page's own texts are in
// i18n/teacher-<tag>-<hash>.ftl; a script the game has no font for brings its font,
// i18n/font-<tag>-<hash>.ttf), so a first visit downloads only the language it starts in.
// The names come from the build in the page's `language-packs` data block. A pack fetched
// once is kept by the service worker (web/sw.js) for use offline; this module tells the
// worker which ones this tablet uses, and which of them it already holds.
//
// loadPack() rejects with Error('not-on-device') when the pack can be had neither from the
// worker's copy nor from the network (offline, never fetched here), and Error('damaged') when
// something else came (a server's error page, a cut download): the game says which.
import { language } from './boot.js';

const PACKS = JSON.parse(document.getElementById('language-packs').textContent);
/** Languages whose packs this page has loaded. */
export const loaded = new Set();
/** Languages whose packs the worker's cache holds, as far as this page has seen. */
const onDevice = new Set();

/** The pack's text; `kind` is '' for the game's texts, 'teacher' for the teacher page's own. */
export async function loadPack(tag, kind = '') {
  const url = PACKS[kind || 'game']?.[tag];
  if (!url) throw new Error('not-on-device');
  const text = await (await fetchFile(url, (type) => type.startsWith('text/html'))).text();
  if (!kind) loaded.add(tag);
  keep([kind ? `${kind}-${tag}` : tag]);
  return text;
}

/** One of a language's files, or the rejection loadPack describes; `wrongType(contentType)`
 * tells what cannot be the file (a server's error page). */
async function fetchFile(url, wrongType) {
  let response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('not-on-device');
  }
  if (!response.ok || wrongType(response.headers.get('content-type') ?? '')) throw new Error('damaged');
  return response;
}

/**
 * What the game needs of a language: `[text, font]`, the font (bytes) only where the build
 * lists one for the language's script (`font-<tag>`: Arabic), else null. Fails as loadPack does.
 */
export async function loadGamePack(tag) {
  return Promise.all([loadPack(tag), loadFont(tag)]);
}

async function loadFont(tag) {
  const url = PACKS.font?.[tag];
  if (!url) return null;
  const bytes = new Uint8Array(await (await fetchFile(url, (type) => type.startsWith('text/'))).arrayBuffer());
  keep([`font-${tag}`]);
  return bytes;
}

/** The language the page starts in (the device's, among the shipped ones; else English). */
export const startLanguage = PACKS.game[language] ? language : 'en';

/** Languages whose packs this tablet holds for use offline (loaded now, or in the cache). */
export const languagesOnDevice = () => [...new Set([...onDevice, ...loaded])];

/** Asks the service worker to keep these languages' packs (a first visit loads its pack
 * before the worker runs; later loads pass through the worker, which keeps them itself). */
function keep(tags) {
  tags.forEach((tag) => kept.add(tag));
  worker()?.controller?.postMessage({ type: 'keep-languages', tags });
}

/** The service worker container, or null where reading it throws (a frame sandboxed without
 * allow-same-origin, as Kolibri shows its apps). */
function worker() {
  try {
    return navigator.serviceWorker ?? null;
  } catch {
    return null;
  }
}
/** Every pack this page loaded, by the worker's name for it (`de`, `teacher-de`). */
const kept = new Set();

// Once the worker runs (offline.js registers it after the page is ready), hand it the packs
// loaded so far, and learn which packs its cache holds.
addEventListener('bytebridge-ready', async () => {
  try {
    const registration = await worker()?.ready;
    registration?.active?.postMessage({ type: 'keep-languages', tags: [...kept] });
    for (const [tag, url] of Object.entries(PACKS.game)) {
      if (await caches.match(new URL(url, location.href).href)) onDevice.add(tag);
    }
  } catch { /* no worker or no cache here: nothing is kept for offline use */ }
}, { once: true });
