// "Who is playing?" in HTML while the game loads (issue #21, docs/size.md): the game's 19 MB
// take a slow tablet seconds to compile and start, while this page can show the players screen
// at once. The game keeps a copy of what its players screen showed (src/core/quick.rs, in
// localStorage under KEY); a tablet that has stored nothing yet gets the empty screen ("New
// player", "Grown-ups"). The texts are the game's own Fluent messages, written by the build
// into the page's messages. A tap is kept (window.byteBridgeTakeQuickTap) until the game
// takes it and opens what was tapped; once the game is ready this screen goes, and the game's
// own takes over. Nothing is shown inside a platform, for a teacher's link (#…), or when the
// copy is not exactly what the game writes (it is then ignored, and the game shows its own).
import { messagesIn, direction } from './boot.js';

/** Where the game keeps its copy (core::quick::QUICK_KEY), and the copy's limits. */
const KEY = 'bytebridge.quick-screen';
const VERSION = 1;
const MAX_PLAYERS = 12;
const MAX_TEXT = 120;
const MAX_SHAPES = 16;
const MAX_PATH = 4000;
/** The paths core::quick::svg_path writes: moves, lines and closes, numbers with one decimal. */
const PATH = /^(?:[ML]-?\d+(?:\.\d)? -?\d+(?:\.\d)?)+Z$/;
const COLOUR = /^#[0-9a-f]{6}$/;
const SVG = 'http://www.w3.org/2000/svg';
/** The game's icons for these buttons (src/game/ui/icons.rs: plus, lock, play), as paths. */
const ICONS = {
  plus: ['M42 12L58 12L58 88L42 88Z', 'M12 42L88 42L88 58L12 58Z'],
  lock: ['M18 45L82 45L82 94L18 94Z', 'M78 42A28 28 0 0 0 22 42L36 42A14 14 0 0 1 64 42Z',
    'M22 40L36 40L36 48L22 48Z', 'M64 40L78 40L78 48L64 48Z'],
  next: ['M25 14L88 50L25 86Z'],
};

const text = (value) => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;

/** The game's copy if it is one this page can show exactly, else null. */
export function readCopy(json) {
  let copy;
  try {
    copy = JSON.parse(json);
  } catch {
    return null;
  }
  const valid = copy && typeof copy === 'object' && copy.version === VERSION
    && text(copy.lang) && messagesIn(copy.lang) && (copy.dir === 'ltr' || copy.dir === 'rtl')
    && typeof copy.more === 'boolean' && Array.isArray(copy.players) && copy.players.length <= MAX_PLAYERS
    && copy.players.every((player) => player && text(player.id) && text(player.name)
      && COLOUR.test(player.colour) && Array.isArray(player.picture) && player.picture.length <= MAX_SHAPES
      && player.picture.every((path) => typeof path === 'string' && path.length <= MAX_PATH && PATH.test(path)));
  return valid ? copy : null;
}

/** What to show: the game's copy, the empty screen on a tablet that stored nothing, or null. */
function screenToShow() {
  if (document.getElementById('package') || location.hash) return null;
  try {
    const json = localStorage.getItem(KEY);
    if (json !== null) return readCopy(json);
    if (localStorage.length === 0) return { lang: null, players: [], more: false };
  } catch { /* storage blocked: the game says so itself */ }
  return null;
}

/** An SVG of `paths` (even-odd shapes together making one picture) in `colour`. */
function picture(paths, colour) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('aria-hidden', 'true');
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill-rule', 'evenodd');
    path.setAttribute('fill', colour);
    svg.append(path);
  }
  return svg;
}

function element(tag, className, textContent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (textContent !== undefined) node.textContent = textContent;
  return node;
}

let tap = null;
let screen = null;

/** The pupil's tap, once, for the game (src/web/host.rs): `player:<id>`, `new-player`, …. */
window.byteBridgeTakeQuickTap = () => {
  const taken = tap;
  tap = null;
  return taken;
};

/** Shows the screen; returns whether it did. */
function show() {
  const copy = screenToShow();
  if (!copy) return false;
  const lang = copy.lang ?? document.documentElement.lang;
  const t = (id) => messagesIn(lang)?.[id] ?? messagesIn('en')?.[id] ?? '';
  screen = element('main', 'overlay quick');
  screen.id = 'quick';
  screen.lang = lang;
  screen.dir = copy.dir ?? direction(lang);
  screen.append(element('h1', '', t('players-title')));
  if (copy.players.length === 0) screen.append(element('p', '', t('players-empty')));
  const status = element('p', 'quick-status');
  status.setAttribute('role', 'status');
  const choose = (button, what) => button.addEventListener('click', () => {
    if (tap !== null || !screen) return;
    tap = what;
    button.classList.add('chosen');
    for (const other of screen.querySelectorAll('button')) other.disabled = true;
    status.textContent = t('web-loading');
    screen.setAttribute('aria-busy', 'true');
  });
  const grid = element('div', 'quick-players');
  for (const player of copy.players) {
    const button = element('button', 'quick-player');
    button.type = 'button';
    const tile = element('span', 'quick-avatar');
    tile.append(picture(player.picture, player.colour));
    button.append(tile, element('span', '', player.name));
    choose(button, `player:${player.id}`);
    grid.append(button);
  }
  if (copy.players.length > 0) screen.append(grid);
  const row = element('div', 'quick-row');
  const iconButton = (icon, label, look, what) => {
    const button = element('button', `quick-button ${look}`);
    button.type = 'button';
    button.append(picture(ICONS[icon], 'currentColor'), element('span', '', label));
    choose(button, what);
    row.append(button);
  };
  if (copy.more) iconButton('next', t('players-next'), 'secondary', 'next-page');
  iconButton('plus', t('player-new'), 'primary', 'new-player');
  iconButton('lock', t('grown-ups'), 'secondary', 'grown-ups');
  screen.append(row, status);
  document.getElementById('loader').hidden = true;
  document.body.append(screen);
  performance.mark('bytebridge-quick');
  return true;
}

/** The game runs (or the page failed): this screen goes, and any tap not taken with it. */
export function removeQuick() {
  screen?.remove();
  screen = null;
  tap = null;
  delete window.byteBridgeTakeQuickTap; // the game stops asking
}

if (show()) {
  addEventListener('bytebridge-ready', removeQuick, { once: true });
}
