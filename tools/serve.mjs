#!/usr/bin/env node
// Serves a built site (default: dist/) on localhost, the way a school's static server would,
// plus precompressed files: .br or .gz is sent when the browser accepts it.
//
//   node tools/serve.mjs [DIR]        PORT (default 8080) and HOST (default 127.0.0.1) apply.
//
// Used by the play command, the end-to-end tests and the benchmark.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.css': 'text/css; charset=utf-8', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

/**
 * `prefix` serves the site under a sub-path (e.g. '/school/games/'), as a school server might.
 * For tests, `server.misanswer` maps a request path to how many more times it is answered
 * with the site's index.html as a 200 text/html: what a server that answers missing files
 * with its start page, or a platform that sends its login page, does.
 */
export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', prefix = '/' } = {}) {
  const base = path.resolve(root);
  const misanswer = new Map();
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (misanswer.get(pathname) > 0) {
      misanswer.set(pathname, misanswer.get(pathname) - 1);
      pathname = prefix + 'index.html';
    }
    pathname = '/' + pathname.slice(prefix.length);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(base, pathname);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body = file;
    let encoding = null;
    for (const [token, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(token) && fs.existsSync(file + ext)) {
        body = file + ext;
        encoding = token;
        break;
      }
    }
    const headers = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': fs.statSync(body).size,
      'x-content-type-options': 'nosniff',
      'vary': 'accept-encoding',
      // Hashed names never change; anything else (the page, sw.js, the manifest, icons) must
      // be checked each time, so a new version is seen at once.
      'cache-control': /-[0-9a-f]{12}\./.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
    } else {
      fs.createReadStream(body).pipe(res);
    }
  });
  server.misanswer = misanswer;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: ${root}/index.html not found; build first (see README.md)`);
    process.exit(1);
  }
  startServer({ root, port, host }).then(
    () => {
      console.log(`Byte Bridge is at http://localhost:${port}/  (pupils)`);
      console.log('Press Ctrl+C to stop.');
    },
    (error) => {
      console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
