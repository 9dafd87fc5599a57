// A real learning record store for the browser tests: Ralph (PyPI ralph-malph, pinned in
// tools/ralph-requirements.txt, installed by tools/test.sh; started by tools/ralph-lrs.py)
// with its file backend in a
// temporary folder, on a port of its own, answering CORS requests from the test site only.
// It can be stopped and started again on the same port with the same statements (the store
// is down, then up).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const VENV = process.env.RALPH_VENV ?? join(homedir(), '.cache/byte-bridge/ralph');
// Ralph's server with its file backend appending (the launcher says why).
const LAUNCHER = fileURLToPath(new URL('../../tools/ralph-lrs.py', import.meta.url));
export const KEY = 'school-admin';
export const SECRET = 'a-long-secret-for-the-test-store';

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts a store that lets `allowOrigin` (the test site) send statements; `settings` are
 * more of Ralph's RALPH_* variables. */
export async function startLrs(allowOrigin, settings = {}) {
  if (!existsSync(join(VENV, 'bin', 'ralph'))) {
    throw new Error(`Ralph is not installed in ${VENV}: run tools/test.sh (it installs it)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'byte-bridge-lrs-'));
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'data'));
  const env = {
    ...process.env,
    RALPH_APP_DIR: join(dir, 'app'),
    RALPH_RUNSERVER_BACKEND: 'fs',
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH: join(dir, 'data'),
    RALPH_RUNSERVER_CORS_ALLOW_ORIGINS: JSON.stringify([allowOrigin]),
    ...settings,
  };
  // Ralph's own tool writes the account (a bcrypt hash) into its credentials file.
  execFileSync(join(VENV, 'bin', 'ralph'),
    ['auth', '-u', KEY, '-p', SECRET, '-s', 'all', '-M', 'mailto:admin@school.example', '-w'], { env, stdio: 'ignore' });
  const lrs = new Lrs(dir, env, await freePort());
  await lrs.start();
  return lrs;
}

class Lrs {
  constructor(dir, env, port) {
    this.dir = dir;
    this.env = env;
    this.port = port;
    this.origin = `http://127.0.0.1:${port}`;
    this.endpoint = `${this.origin}/xAPI/`;
    this.child = null;
    this.log = '';
  }

  /** Starts the server and waits until it answers. */
  async start() {
    this.child = spawn(join(VENV, 'bin', 'python'), [LAUNCHER, '127.0.0.1', String(this.port)],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => { this.log = (this.log + chunk).slice(-4000); };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`${this.origin}/__heartbeat__`)).ok) return;
      } catch { /* not listening yet */ }
      const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 100))]);
      if (gone || Date.now() > deadline) throw new Error(`Ralph did not start:\n${this.log}`);
    }
  }

  /** Stops the server (the statements stay in its folder). */
  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }

  /** Stops it and removes its folder. */
  async close() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Every statement the store holds, read back through its xAPI (all pages). */
  statements() {
    return readStatements({ endpoint: this.endpoint, key: KEY, secret: SECRET, limit: 100 });
  }
}

/** Every statement a store holds, read back through its xAPI (`GET …/statements`, page by
 * page as its `more` links lead): this test store's or another one's (tools/bench-lrs.mjs). */
export async function readStatements({ endpoint, key, secret, limit }) {
  const headers = {
    Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
    'X-Experience-API-Version': '1.0.3',
  };
  const all = [];
  let url = `${endpoint}statements?limit=${limit}`;
  while (url) {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`the store answered ${response.status}: ${await response.text()}`);
    const page = await response.json();
    all.push(...page.statements);
    url = page.more ? new URL(page.more, endpoint).href : null;
  }
  return all;
}
