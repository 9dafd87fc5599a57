// The built packages for school platforms (packages/byte-bridge-<kind>.zip, tools/xtask) for
// the browser tests: each zip unpacked with fflate into a temporary folder and served the way
// a platform serves it, with the test's own pages and endpoints (an LMS, a fetch URL, a
// stand-in for Kolibri's bridge) beside it; and the shared helpers (tests/e2e/pupil.mjs) made
// to work on a game that runs inside an iframe.
import http from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

/** Where the build writes the packages: beside dist/. */
export const PACKAGES = fileURLToPath(new URL('../../packages/', import.meta.url));

/** Unzips `packages/byte-bridge-<kind>.zip` into a fresh temporary folder; returns its path. */
export function unpack(kind) {
  const zip = path.join(PACKAGES, `byte-bridge-${kind}.zip`);
  if (!existsSync(zip)) throw new Error(`${zip} not found: build first (cargo xtask build writes it)`);
  const dir = mkdtempSync(path.join(tmpdir(), `byte-bridge-${kind}-`));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue; // a folder entry: its files make it
    const file = path.resolve(dir, name);
    if (!file.startsWith(dir + path.sep)) throw new Error(`${zip}: ${name} points outside the package`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return dir;
}

// As tools/serve.mjs: a platform serves each file with its type (the wasm as application/wasm,
// or the browser will not compile it as it streams in).
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.css': 'text/css; charset=utf-8', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8', '.xml': 'application/xml',
};

/** A route's answer: `reply(res, 200, 'text/html', body)`. */
export function reply(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

/** A route that answers with a file of this machine (e.g. scorm-again from node_modules). */
export function fileRoute(file) {
  return (req, res) => reply(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
}

/**
 * Serves `dir` (or nothing but the routes, when null) on a port of its own: an origin of its
 * own. `routes` maps a path to `(req, res) => …` and wins over the folder (a test's LMS page, a
 * fetch URL, an edited index.html). With `cors`, every answer carries
 * `Access-Control-Allow-Origin: *`: a page in `<iframe sandbox="allow-scripts">` has an opaque
 * origin, so its module scripts, wasm and language packs are CORS requests (what a Kolibri
 * server must do too).
 * tools/serve.mjs is not used: it cannot add headers or routes, and the packages hold no
 * precompressed copies for it to choose from.
 */
export async function serveDir(dir, { cors = false, routes = {} } = {}) {
  const base = dir && path.resolve(dir);
  const server = http.createServer((req, res) => {
    if (cors) res.setHeader('access-control-allow-origin', '*');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (Object.hasOwn(routes, pathname)) {
      routes[pathname](req, res);
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = base && path.join(base, pathname);
    if (!file || !file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      reply(res, 404, 'text/plain', 'not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections(); // the browser's kept-alive connections would hold it open
  });
  return { server, origin, close };
}

/**
 * A Playwright Frame dressed as the Page the shared helpers take (tap, byRole, expectVisible,
 * waitForStatus, winFirstLevel, waitForGame …): they find controls with `locator`, read the
 * page with `evaluate`/`waitForFunction`, and tap with the page's touchscreen. A frame's
 * boundingBox() is in the top page's viewport, which is where the touchscreen taps.
 */
export function frameAsPage(frame) {
  return {
    locator: (selector, options) => frame.locator(selector, options),
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    waitForFunction: (fn, arg, options) => frame.waitForFunction(fn, arg, options),
    touchscreen: frame.page().touchscreen,
    frame,
  };
}

/** The frame of `page` whose address starts with `prefix`, once it has one. */
export function frameAt(page, prefix, timeout = 60_000) {
  return until(() => page.frames().find((f) => f.url().startsWith(prefix)),
    () => `a frame at ${prefix}; frames: ${page.frames().map((f) => f.url()).join(' | ')}`, timeout);
}

/**
 * Polls `check` (sync or async) until it gives something truthy, which is returned; fails
 * after `timeout` ms saying what was awaited (`what`: text, or a function for the state then).
 */
export async function until(check, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${typeof what === 'function' ? await what() : what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250)); // the polling interval, not a wait for something
  }
}
