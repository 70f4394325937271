// How an event is shown: its card (Code and article views) and the labels
// the Explore view shares.
import { h } from './dom.js';

export const QUADS = [
  { quad: 1, name: 'Verbal cooperation', color: '#7fbc41' },
  { quad: 2, name: 'Material cooperation', color: '#1a7837' },
  { quad: 3, name: 'Verbal conflict', color: '#f4a040' },
  { quad: 4, name: 'Material conflict', color: '#d7191c' },
];

export function quadName(q) {
  const found = QUADS.find((x) => x.quad === q);
  return found ? found.name : 'Unknown';
}

/** The PLOVER type and mode of an event or a stored row. */
export function plover(e) {
  const p = e.plover || {};
  return { type: p.type ?? e.plover_type ?? null, mode: p.mode ?? e.plover_mode ?? null };
}

/** "RUSGOV (Vladimir Putin)", or "—" for no actor. */
export function actorLabel(a) {
  if (!a) return '—';
  return a.name ? `${a.code} (${a.name})` : a.code;
}

export function goldstein(g) {
  if (typeof g !== 'number') return '';
  return (g > 0 ? '+' : '') + g.toFixed(1);
}

function actorBlock(role, a) {
  if (!a) {
    return h('div', { class: `actor ${role} none`, 'data-testid': `event-${role}` },
      h('span', { class: 'code', text: '—' }),
      h('span', { class: 'name', text: 'no target' }));
  }
  return h('div', { class: `actor ${role}`, 'data-testid': `event-${role}` },
    h('span', { class: 'code', text: a.code }),
    h('span', { class: 'name', text: a.name || a.text || '' }),
    a.text && a.name && a.text !== a.name
      ? h('span', { class: 'said', text: `“${a.text}”` }) : null);
}

function field(label, ...value) {
  return [h('dt', { text: label }), h('dd', {}, ...value)];
}

/**
 * The card of one event of the event contract (POST /v1/code,
 * GET /v1/documents/{id}).
 * @param {object} e the event
 * @param {number} index its position in the document's events
 * @param {(index: number) => void} onSelect called when the card is chosen
 */
export function eventCard(e, index, onSelect) {
  const p = plover(e);
  const mentions = Array.isArray(e.mentions) && e.mentions.length
    ? e.mentions
    : [{ verb: (e.evidence || {}).verb, pattern: (e.evidence || {}).pattern,
         parser: (e.evidence || {}).parser, sentence: e.sentence }];
  const flags = [];
  if (e.negated) flags.push(h('span', { class: 'flag negated', text: 'negated' }));
  if (e.modality && e.modality !== 'asserted') {
    flags.push(h('span', { class: `flag ${e.modality}`, text: e.modality }));
  }
  const card = h('article', {
    class: `event-card quad-${e.quad_class}`,
    tabindex: 0,
    role: 'button',
    'aria-pressed': 'false',
    'data-testid': 'event-card',
    dataset: {
      index: String(index),
      cameo: e.cameo,
      source: e.source ? e.source.code : '',
      target: e.target ? e.target.code : '',
      eventId: e.event_id || '',
    },
    onclick: () => onSelect(index),
    onkeydown: (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        onSelect(index);
      }
    },
  },
  h('header', {},
    h('span', { class: 'cameo', 'data-testid': 'event-cameo', text: e.cameo }),
    h('span', { class: 'cameo-name', text: e.cameo_name }),
    h('span', { class: 'quad', title: `quad class ${e.quad_class}`,
      text: `Q${e.quad_class} ${quadName(e.quad_class)}` }),
    h('span', { class: 'goldstein', title: 'Goldstein scale',
      text: goldstein(e.goldstein) })),
  h('div', { class: 'dyad' },
    actorBlock('source', e.source),
    h('span', { class: 'arrow', 'aria-hidden': 'true', text: '→' }),
    actorBlock('target', e.target)),
  h('dl', {},
    field('PLOVER', p.type || '—', p.mode ? h('span', { class: 'mode', text: ` (${p.mode})` }) : null),
    field('date', e.date || 'unknown',
      e.date_basis ? h('span', { class: 'basis', text: ` from “${e.date_basis}”` }) : null),
    e.location ? field('where', `${e.location.country || ''} “${e.location.text}”`) : null,
    e.attribution ? field('according to', `${e.attribution.code} “${e.attribution.text}”`) : null,
    flags.length ? field('flags', flags) : null),
  h('blockquote', { class: 'sentence', text: e.sentence || '' }),
  h('div', { class: 'why', 'data-testid': 'event-why' },
    h('span', { class: 'label', text: 'why' }),
    h('ul', {}, mentions.map((m) => h('li', {},
      'verb ', h('q', { text: (m.verb && m.verb.text) || '?' }),
      m.verb && m.verb.lemma ? ` (${m.verb.lemma})` : '',
      ', pattern ', h('code', { text: m.pattern || '?' }),
      ', parser ', h('code', { text: m.parser || '?' }),
      e.mentions && e.mentions.length > 1 && m.sentence_index !== undefined
        ? `, sentence ${m.sentence_index + 1}` : '')))));
  return card;
}
