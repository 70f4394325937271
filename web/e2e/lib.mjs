// Shared by the end-to-end tests: paths, a `dyad serve` on a free loopback
// port, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(WEB_DIR, '..');
export const SHARED_DIR = process.env.DYAD_SHARED_DIR || resolve(REPO_DIR, '..', 'shared');
export const ARTICLE = join(SHARED_DIR, 'corpus', 'seed', '000_e734f56ed95d1ba3.txt');
export const BINARY = process.env.DYAD_BINARY || join(REPO_DIR, 'build', 'dyad');
export const CHROMIUM = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';

// Flags for a headless Chromium on a machine with no network but loopback.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Exits 77 (ctest's skip) with `why` when a prerequisite is missing. */
export function skipUnless(condition, why) {
  if (!condition) {
    console.log(`SKIP: ${why}`);
    process.exit(77);
  }
}

export function checkPrerequisites() {
  skipUnless(existsSync(BINARY), `no dyad binary at ${BINARY} (build it first)`);
  skipUnless(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  skipUnless(existsSync(join(WEB_DIR, 'node_modules', 'playwright-core')),
    'no web/node_modules (cd web && npm ci)');
  skipUnless(existsSync(ARTICLE), `no reference article at ${ARTICLE}`);
}

/**
 * Starts `dyad serve --addr 127.0.0.1:0 ...extraArgs`; resolves once it
 * listens, with {url, stop}.
 */
export function startServer(extraArgs = []) {
  const child = spawn(BINARY, ['serve', '--addr', '127.0.0.1:0', ...extraArgs],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const stop = () => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
  return new Promise((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`dyad serve did not start in 60 s:\n${stderr}`));
    }, 60_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = stderr.match(/listening on (http:\/\/\S+)\s/);
      if (m) {
        clearTimeout(timer);
        ready({ url: m[1].replace(/\/$/, ''), stop });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`dyad serve exited (${code ?? signal}):\n${stderr}`));
    });
  });
}

/** Launches Chromium with a fresh profile; resolves to {context, page, close}. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'dyad-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    // Dates shown by the page are the browser's; keep them the same everywhere.
    timezoneId: 'UTC',
  });
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, problems, close };
}

/** Runs `body` with a server and a browser, stopping both whatever happens. */
export async function withServerAndBrowser(serverArgs, body) {
  const server = await startServer(serverArgs);
  let browser = null;
  try {
    browser = await launchBrowser();
    await body({ server, ...browser });
    if (browser.problems.length) {
      throw new Error(`the page reported errors:\n${browser.problems.join('\n')}`);
    }
  } finally {
    if (browser) await browser.close();
    await server.stop();
  }
}

/** Fails with `message` unless `condition`. */
export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** Runs an async test body; exit 0 on success, 1 with the error otherwise. */
export function run(name, body) {
  body().then(
    () => { console.log(`${name}: passed`); process.exit(0); },
    (e) => { console.error(`${name}: FAILED\n${e.stack || e}`); process.exit(1); },
  );
}
