// The game page's start: checks WebGL 2, keeps the canvas within what tablets' GPUs survive,
// loads the game's module (its file names are written by the build into index.html's
// `<script type="application/json" id="game-modules">` data block, which is never executed:
// the page's Content Security Policy allows no inline script), and shows a friendly message
// when it cannot run (web/boot.js). Offline play and updates: web/offline.js. Language packs:
// web/languages.js.
import { fail, hideLoader } from './boot.js';
import { openJournal } from './journal.js';
import { loadGamePack, startLanguage, languagesOnDevice } from './languages.js';

/** Inside a school's platform (the packages' page names it): web/package.js, else nothing. */
const PACKAGE = document.getElementById('package')
  ? import('./package.js').then((module) => module.connect())
  : Promise.resolve(null);

const MODULES = JSON.parse(document.getElementById('game-modules').textContent);

// Keep the canvas within 4096 physical pixels a side on any devicePixelRatio.
const game = document.getElementById('game');
function capCanvas() {
  const cap = Math.floor(4096 / (window.devicePixelRatio || 1));
  game.style.maxWidth = cap + 'px';
  game.style.maxHeight = cap + 'px';
}
capCanvas();
addEventListener('resize', capCanvas);

// The canvas takes the keyboard focus when the game starts, and winit swallows Tab there.
// Let Tab reach the browser, which moves focus into the accessibility layer's controls.
addEventListener('keydown', (event) => {
  if (event.key === 'Tab' && event.target?.id === 'game-canvas') event.stopImmediatePropagation();
}, true);

let ready = false;
addEventListener('bytebridge-ready', () => {
  ready = true;
  hideLoader();
  performance.mark('bytebridge-interactive');
}, { once: true });
/**
 * The game stopped. Before its first screen that may be a device whose WebGL 2 does not work
 * (the game's renderer finds no adapter): then say so, not "crashed".
 */
const crashed = () => fail(!ready && !hasWebGl2() ? 'web-error-webgl' : 'web-error-crash');
addEventListener('bytebridge-crash', crashed);
let started = false;
addEventListener('error', () => { if (started) crashed(); });
addEventListener('unhandledrejection', () => { if (started) crashed(); });

// Password strength for the password levels: the estimator (zxcvbn with its word lists) is
// a module of its own, loaded the first time a level asks, so a first visit skips it. The
// game calls this with the pupil's language and waits for [score, log10 guesses, limit]
// (src/web/strength.rs).
let strength;
window.byteBridgeStrength = async (password, known, language) => {
  strength ??= import(MODULES.strength.js).then(async (module) => {
    await module.default({ module_or_path: new URL(MODULES.strength.wasm, import.meta.url) });
    return module;
  }).catch((error) => {
    strength = undefined; // offline now: the next password asks again
    throw error;
  });
  return (await strength).estimate(password, known, language);
};

/**
 * Whether this browser can make a WebGL 2 context. Asked only when the game fails to start:
 * making a context only to throw it away cost 0.1 s of every start on a slow tablet (issue #21).
 */
function hasWebGl2() {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch { return false; }
}

// Language packs (web/languages.js): the game takes the one it starts in once, asks for others
// when a pupil picks them (src/web/language.rs), and names the ones this tablet holds.
let startPack = null;
window.byteBridgeTakeStartPack = () => {
  const pack = startPack;
  startPack = null;
  return pack;
};
window.byteBridgeLoadLanguage = (tag) => loadGamePack(tag);
window.byteBridgeLanguagesOnDevice = languagesOnDevice;

/** `[tag, [text, font]]` of the language the page starts in, English if that one cannot come. */
async function firstPack() {
  try {
    return [startLanguage, await loadGamePack(startLanguage)];
  } catch (error) {
    if (startLanguage === 'en') throw error;
    return ['en', await loadGamePack('en')];
  }
}

/**
 * The game's code, compiled while it downloads (streaming), or from the browser's cache of
 * compiled code on a later visit. Started first of all, beside the glue, the language pack and
 * the journal: waiting for them first cost a slow tablet 0.3 s (issue #21, docs/size.md).
 */
async function compileGame(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the game's code: ${response.status} ${response.statusText}`);
  // A server that does not say application/wasm gets no streaming (the browser refuses it).
  const module = response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm'
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await response.arrayBuffer());
  performance.mark('bytebridge-compiled');
  return module;
}

// A browser without WebGL 2 at all is told at once, without downloading the game.
if (typeof WebGL2RenderingContext === 'undefined') {
  fail('web-error-webgl');
} else {
  const compiled = compileGame(new URL(MODULES.game.wasm, import.meta.url));
  compiled.catch(() => {}); // its failure is handled where it is awaited, below
  try {
    // The durable journal is read while the game's module downloads: the game reconciles it
    // with localStorage before it loads the players (src/web/storage.rs).
    // ... and the language pack the game starts in downloads beside both.
    // ... and inside a platform, the platform and its learner. Kolibri keeps each learner's
    // storage itself: a journal beside it would be the device's, shared by every learner.
    const journal = PACKAGE.then((platform) => (platform?.kind === 'kolibri' ? null : openJournal()));
    const [glue, pack, module] = await Promise.all([import(MODULES.game.js), firstPack(), compiled]);
    window.byteBridgeJournal = await journal;
    startPack = pack;
    performance.mark('bytebridge-instantiate');
    // Starts the game (a panic while starting also signals bytebridge-crash first, which wins).
    await glue.default({ module_or_path: module });
    started = true;
  } catch (error) {
    // winit may leave its event loop by throwing on purpose; that is not a failure.
    if (String(error?.message ?? error).includes('Using exceptions for control flow')) {
      started = true;
    } else {
      console.error(error);
      fail(!hasWebGl2() ? 'web-error-webgl' : 'web-error-download');
    }
  }
}
