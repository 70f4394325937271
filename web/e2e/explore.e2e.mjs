// The Explore view in Chromium: a `dyad serve --db` on a fresh store, the
// reference article stored through POST /v1/documents, then the table of its
// events, the timeline chart, the actor network, a filter, and an event's
// article view; and the message a server without a store gives.
//
//   node e2e/explore.e2e.mjs
// Exits 77 (skipped) when the binary, Chromium, node_modules or the article
// is missing, or when this dyad has no store routes (serve --db).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  ARTICLE, BINARY, check, checkPrerequisites, run, skipUnless, withServerAndBrowser,
} from './lib.mjs';

checkPrerequisites();
const help = execFileSync(BINARY, ['serve', '--help'], { encoding: 'utf8' });
skipUnless(help.includes('--db'), `${BINARY} serve has no --db: no store routes to explore`);

const article = readFileSync(ARTICLE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-explore-'));

async function store(url) {
  const res = await fetch(`${url}/v1/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 'reference', text: article, date: '2017-05-02', source: 'BBC' }),
  });
  const body = await res.json();
  check(res.ok, `POST /v1/documents: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function rowsOf(page) {
  return page.$$eval('[data-testid="event-row"]', (rows) => rows.map((r) => ({
    cameo: r.dataset.cameo,
    cells: [...r.cells].map((c) => c.textContent),
  })));
}

run('explore.e2e', async () => {
  try {
    await withServerAndBrowser(['--db', join(dir, 'events.db')], async ({ server, page }) => {
      const stored = await store(server.url);
      check(stored.events > 0, `the article's events are stored (${JSON.stringify(stored)})`);
      const listed = await (await fetch(`${server.url}/v1/events?limit=100`)).json();
      check(listed.events.length > 0, 'GET /v1/events lists them');

      await page.goto(`${server.url}/#/explore`);
      await page.waitForSelector('[data-testid="event-row"]');
      const rows = await rowsOf(page);
      check(rows.length === Math.min(25, listed.events.length),
        `the table lists the stored events (${rows.length} rows, ${listed.events.length} stored)`);
      const codes = new Set(rows.map((r) => r.cameo));
      for (const code of ['041', '195', '111']) check(codes.has(code), `a ${code} row (have ${[...codes]})`);

      // The timeline and the network render.
      await page.waitForSelector('[data-testid="timeline-chart"]');
      const drawn = await page.$eval('[data-testid="timeline-chart"]', (c) => c.width > 0 && c.height > 0);
      check(drawn, 'the timeline chart has a canvas');
      await page.waitForFunction(() => {
        const n = document.querySelector('[data-testid="network"]');
        return n && Number(n.dataset.nodes) > 0;
      }, null, { timeout: 10_000 });
      const network = await page.$eval('[data-testid="network"]', (n) => ({
        nodes: Number(n.dataset.nodes), edges: Number(n.dataset.edges),
        canvases: n.querySelectorAll('canvas').length,
      }));
      check(network.nodes > 0 && network.edges > 0 && network.canvases > 0,
        `the network is drawn (${JSON.stringify(network)})`);

      // A filter narrows the table.
      await page.fill('input[name="actor"]', 'RUS');
      await page.click('[data-testid="explore-apply"]');
      await page.waitForFunction(() => location.hash.includes('actor=RUS'));
      await page.waitForSelector('[data-testid="event-row"]');
      const russian = await rowsOf(page);
      check(russian.length > 0 && russian.length <= rows.length, 'the actor filter leaves rows');
      check(russian.every((r) => r.cells[1].startsWith('RUS') || r.cells[2].startsWith('RUS')),
        'every row has RUS as source or target');

      // A row leads to its article, with its event chosen.
      await page.click('[data-testid="event-row"] [data-testid="event-article-link"]');
      await page.waitForSelector('[data-testid="doc-view"] [data-testid="event-card"]');
      await page.waitForSelector('[data-testid="event-card"].selected');
      const marks = await page.locator('[data-testid="article-text"] .run.evidence').count();
      check(marks > 0, 'the chosen event\'s evidence is marked in the article');
    });

    // Without a store, the view says so.
    await withServerAndBrowser([], async ({ server, page, problems }) => {
      await page.goto(`${server.url}/#/explore`);
      await page.waitForSelector('[data-testid="no-store"]');
      const text = await page.textContent('[data-testid="no-store"]');
      check(/store/i.test(text), `the no-store message: ${text}`);
      // Chromium logs the 404s it was meant to get.
      problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404 (Not Found)')));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
