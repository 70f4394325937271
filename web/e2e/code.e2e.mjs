// The Code view in Chromium: paste the reference article, code it, check the
// event cards and the highlights (also on non-ASCII text), choose a card and
// check that its evidence is marked and in view.
//
//   node e2e/code.e2e.mjs [--screenshot PATH]   (a screenshot only when asked)
// Exits 77 (skipped) when the binary, Chromium, node_modules or the article
// is missing.
import { readFileSync } from 'node:fs';

import { ARTICLE, check, checkPrerequisites, run, withServerAndBrowser } from './lib.mjs';

checkPrerequisites();
const shotArg = process.argv.indexOf('--screenshot');
// Only on request: a test run leaves nothing behind.
const screenshot = shotArg > 0 ? process.argv[shotArg + 1] : null;
const article = readFileSync(ARTICLE, 'utf8');
const DATE = '2017-05-02';
// Codes the reference article must yield (README, DESIGN.md).
const EXPECTED_CODES = ['041', '129', '195', '111', '016', '051'];
// Emoji (4 bytes, 2 UTF-16 units), guillemets, a curly apostrophe and a dash
// before the actors, so that byte offsets and string indexes differ.
const NON_ASCII = '😀 «Aujourd’hui» — Russia condemned the United States on Monday. '
  + 'Président Trump will meet Vladimir Putin in Moscow next week.';

/** [begin, end) in UTF-16 units of a byte span, computed apart from the page. */
function utf16Range(text, [begin, end]) {
  const bytes = Buffer.from(text, 'utf8');
  return [bytes.subarray(0, begin).toString('utf8').length,
    bytes.subarray(0, end).toString('utf8').length];
}

async function codeThroughApi(url, text) {
  const res = await fetch(`${url}/v1/code`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, date: DATE, mode: 'fast' }),
  });
  check(res.ok, `POST /v1/code: ${res.status}`);
  return res.json();
}

async function codeInPage(page, text) {
  await page.fill('[data-testid="article-input"]', text);
  await page.fill('[data-testid="date-input"]', DATE);
  await page.selectOption('[data-testid="mode-select"]', 'fast');
  await page.click('[data-testid="code-button"]');
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="status"]');
    return status && /events?,/.test(status.textContent);
  }, null, { timeout: 30_000 });
}

/** Checks that each actor's text is highlighted as an actor where its span says. */
async function checkActorHighlights(page, text, actors) {
  const expected = actors.map((a) => [...utf16Range(text, a.span), a.text]);
  const wrong = await page.evaluate((list) => {
    const runs = [...document.querySelectorAll('[data-testid="article-text"] .run')];
    const out = [];
    for (const [b, e, want] of list) {
      const inside = runs.filter((r) => Number(r.dataset.begin) >= b && Number(r.dataset.end) <= e);
      const got = inside.map((r) => r.textContent).join('');
      if (got !== want || !inside.every((r) => r.classList.contains('actor'))) {
        out.push(`${want} at [${b}, ${e}): page shows ${JSON.stringify(got)}`);
      }
    }
    return out;
  }, expected);
  check(wrong.length === 0, `actor highlights:\n${wrong.join('\n')}`);
  const shown = await page.textContent('[data-testid="article-text"]');
  check(shown === text, 'the highlighted text is the text as given');
}

run('code.e2e', () => withServerAndBrowser([], async ({ server, page, problems }) => {
  await page.goto(`${server.url}/`);
  await page.waitForSelector('[data-testid="code-view"]');
  check(await page.getAttribute('[data-testid="tab-code"]', 'aria-current') === 'page',
    'the Code tab is current');
  const today = new Date().toISOString().slice(0, 10);
  check(await page.inputValue('[data-testid="date-input"]') === today, 'the date defaults to today');

  // An API error is shown as such.
  await page.fill('[data-testid="article-input"]', 'Russia condemned the United States.');
  await page.fill('[data-testid="date-input"]', '');
  await page.evaluate(() => { document.querySelector('[data-testid="date-input"]').type = 'text'; });
  await page.fill('[data-testid="date-input"]', '2017-13-45');
  await page.click('[data-testid="code-button"]');
  await page.waitForSelector('[data-testid="status"] [data-testid="error"]');
  const error = await page.textContent('[data-testid="error"]');
  check(error.startsWith('invalid_date'), `an API error shows its code: ${error}`);
  // Chromium logs the 400 it was meant to get.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('400 (Bad Request)')));
  await page.evaluate(() => { document.querySelector('[data-testid="date-input"]').type = 'date'; });

  // Non-ASCII text: spans are bytes, highlights must still sit on the words.
  const other = await codeThroughApi(server.url, NON_ASCII);
  check(other.actors.length >= 4, 'the non-ASCII text has actors');
  await codeInPage(page, NON_ASCII);
  await checkActorHighlights(page, NON_ASCII, other.actors);

  // An uploaded file fills the text box.
  await page.setInputFiles('[data-testid="article-file"]', ARTICLE);
  await page.waitForFunction((want) =>
    document.querySelector('[data-testid="article-input"]').value === want, article);

  // The reference article, pasted.
  const expected = await codeThroughApi(server.url, article);
  await codeInPage(page, article);
  const cards = await page.$$eval('[data-testid="event-card"]', (els) => els.map((el) => ({
    cameo: el.dataset.cameo, source: el.dataset.source, target: el.dataset.target,
    text: el.textContent,
  })));
  check(cards.length === expected.events.length,
    `one card per event: ${cards.length} cards, ${expected.events.length} events`);
  const codes = new Set(cards.map((c) => c.cameo));
  for (const code of EXPECTED_CODES) check(codes.has(code), `a ${code} card (have ${[...codes]})`);
  check([...codes].some((code) => code.startsWith('09')),
    `a 09x card, the FBI investigation (have ${[...codes]})`);
  check(cards.some((c) => c.source.startsWith('RUS') && c.target.startsWith('USA')), 'a RUS → USA card');
  check(cards.some((c) => c.source.startsWith('USA') && c.target.startsWith('RUS')), 'a USA → RUS card');
  const phone = cards.find((c) => c.cameo === '041');
  for (const want of ['Discuss by telephone', 'CONSULT', 'phone', '2017-05-02', 'speak', 'shallow']) {
    check(phone.text.includes(want), `the 041 card shows ${want}`);
  }
  for (const kind of ['actor', 'predicate', 'time']) {
    const n = await page.locator(`[data-testid="article-text"] .mark.${kind}`).count();
    check(n > 0, `${kind} highlights (${n})`);
    check(await page.locator(`[data-testid="legend"] .mark.${kind}`).count() === 1, `${kind} in the legend`);
  }
  await checkActorHighlights(page, article, expected.actors);

  // Choose the 09x card (FBI investigation, late in the article): its verb
  // and actors are marked as evidence and scrolled into view.
  const index = expected.events.findIndex((e) => e.cameo.startsWith('09'));
  const event = expected.events[index];
  await page.click(`[data-testid="event-card"][data-index="${index}"]`);
  check(await page.getAttribute(`[data-testid="event-card"][data-index="${index}"]`, 'aria-pressed') === 'true',
    'the chosen card is pressed');
  const evidence = await page.$$eval('[data-testid="article-text"] .run.evidence', (els) =>
    els.map((el) => [Number(el.dataset.begin), Number(el.dataset.end), el.textContent]));
  const pieces = [event.source, event.target, ...event.mentions.map((m) => m.verb)]
    .filter(Boolean).map((x) => [...utf16Range(article, x.span), x.text]);
  for (const [b, e, want] of pieces) {
    const got = evidence.filter(([rb, re]) => rb >= b && re <= e).map(([, , t]) => t).join('');
    check(got === want, `evidence ${JSON.stringify(want)} is marked (got ${JSON.stringify(got)})`);
  }
  check(evidence.every(([rb, re]) => pieces.some(([b, e]) => rb >= b && re <= e)),
    'nothing but the evidence is marked');
  await page.waitForFunction(() => {
    const first = document.querySelector('[data-testid="article-text"] .run.evidence');
    const pane = first && first.closest('.text-pane');
    if (!pane) return false;
    const a = first.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return a.top >= p.top && a.bottom <= p.bottom && a.top >= 0 && a.bottom <= innerHeight;
  }, null, { timeout: 5_000 });

  // Clicking a predicate in the text chooses its event's card.
  const phoneIndex = expected.events.findIndex((e) => e.cameo === '041');
  await page.click(`[data-testid="article-text"] .mark.predicate[data-events~="${phoneIndex}"]`);
  check(await page.getAttribute(`[data-testid="event-card"][data-index="${phoneIndex}"]`, 'aria-pressed') === 'true',
    'a predicate chooses its card');

  // The picture in the README: the air strike chosen, the page at its top.
  const strike = expected.events.findIndex((e) => e.cameo === '195');
  await page.click(`[data-testid="event-card"][data-index="${strike}"]`);
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector('[data-testid="article-input"]').scrollTop = 0;
    const card = document.querySelector('[data-testid="event-card"].selected');
    const pane = card.closest('.cards-pane');
    pane.scrollTop += card.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
  });
  if (screenshot) {
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);
  }

}));
