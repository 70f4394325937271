// An article with its actors, predicates and time expressions highlighted,
// beside a card per event; choosing a card marks that event's evidence in
// the text.
import { h, replace } from './dom.js';
import { eventCard } from './events.js';
import { byteToIndex, segment, spanToRange } from './spans.js';

export const MARK_KINDS = [
  { kind: 'actor', label: 'actor' },
  { kind: 'predicate', label: 'predicate (event verb)' },
  { kind: 'time', label: 'time expression' },
];

export function legend() {
  return h('ul', { class: 'legend', 'data-testid': 'legend' },
    MARK_KINDS.map(({ kind, label }) =>
      h('li', {}, h('span', { class: `mark ${kind}`, text: 'abc' }), ` ${label}`)),
    h('li', {}, h('span', { class: 'mark evidence', text: 'abc' }),
      ' evidence of the chosen event'));
}

/** The [begin, end) string ranges of an event's evidence: verbs, actors. */
function evidenceRanges(toIndex, e) {
  const spans = [];
  for (const m of e.mentions || []) if (m.verb) spans.push(m.verb.span);
  if (e.evidence && e.evidence.verb) spans.push(e.evidence.verb.span);
  if (e.source) spans.push(e.source.span);
  if (e.target) spans.push(e.target.span);
  return spans.map((s) => spanToRange(toIndex, s)).filter(Boolean);
}

/**
 * Renders `doc` ({text, actors, times, events}, spans in bytes) into
 * `textEl` and `cardsEl`. Returns select(index), which chooses an event.
 */
export function renderArticle(textEl, cardsEl, doc) {
  const text = doc.text || '';
  const toIndex = byteToIndex(text);
  const events = doc.events || [];
  const marks = [];
  const add = (span, kind, title, event) => {
    const r = spanToRange(toIndex, span);
    if (r) marks.push({ begin: r[0], end: r[1], kind, title, event });
  };
  for (const a of doc.actors || []) {
    add(a.span, 'actor', [a.code, a.name].filter(Boolean).join(' · ') || a.kind);
  }
  for (const t of doc.times || []) {
    add(t.span, 'time', [t.type, t.value].filter(Boolean).join(' '));
  }
  events.forEach((e, i) => {
    for (const m of e.mentions || []) {
      if (m.verb) add(m.verb.span, 'predicate', `${e.cameo} ${e.cameo_name}`, i);
    }
    // Cuts only, so that each event's evidence covers whole runs.
    for (const r of evidenceRanges(toIndex, e)) {
      marks.push({ begin: r[0], end: r[1], kind: 'cut' });
    }
  });

  const runs = segment(text.length, marks).map((run) => {
    const shown = run.marks.filter((m) => m.kind !== 'cut');
    const piece = text.slice(run.begin, run.end);
    if (!shown.length) {
      return h('span', { class: 'run', dataset: { begin: run.begin, end: run.end } }, piece);
    }
    const kinds = [...new Set(shown.map((m) => m.kind))];
    const eventsHere = [...new Set(shown.filter((m) => m.event !== undefined).map((m) => m.event))];
    return h('span', {
      class: `run mark ${kinds.join(' ')}`,
      title: [...new Set(shown.map((m) => m.title).filter(Boolean))].join('\n'),
      dataset: { begin: run.begin, end: run.end, events: eventsHere.join(' ') },
      'data-testid': 'mark',
      onclick: eventsHere.length ? () => select(eventsHere[0], { scrollCard: true }) : null,
    }, piece);
  });
  replace(textEl, runs);

  const cards = events.map((e, i) => eventCard(e, i, (k) => select(k)));
  replace(cardsEl, cards.length ? cards
    : h('p', { class: 'empty', 'data-testid': 'no-events',
      text: doc.discarded ? `No events: the story was set aside (${doc.discarded}).`
        : 'No events were coded in this text.' }));

  function select(index, { scrollCard = false } = {}) {
    cards.forEach((c, i) => {
      c.classList.toggle('selected', i === index);
      c.setAttribute('aria-pressed', String(i === index));
    });
    const ranges = index === null || !events[index] ? [] : evidenceRanges(toIndex, events[index]);
    let first = null;
    for (const el of runs) {
      const b = Number(el.dataset.begin);
      const e = Number(el.dataset.end);
      const on = ranges.some(([rb, re]) => b >= rb && e <= re);
      el.classList.toggle('evidence', on);
      if (on && (!first || b < Number(first.dataset.begin))) first = el;
    }
    if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (scrollCard && cards[index]) cards[index].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
  return select;
}
