// The Explore view: the store's events through GET /v1/events, /v1/stats and
// /v1/dyads, filtered alike: a table, a timeline and an actor network.
import { api } from './api.js';
import { errorBox, h, replace } from './dom.js';
import { actorLabel, goldstein, plover, QUADS, quadName } from './events.js';

const PAGE = 25;
const FILTERS = ['actor', 'dyad', 'root', 'from', 'to', 'text'];
const ROOTS = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'],
  ['04', 'Consult'], ['05', 'Engage in diplomatic cooperation'],
  ['06', 'Engage in material cooperation'], ['07', 'Provide aid'], ['08', 'Yield'],
  ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'], ['12', 'Reject'],
  ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'],
  ['20', 'Use unconventional mass violence'],
];

/** The link of a stored event to its article view. */
export function articleHref(row) {
  const q = row.event_id ? `?event=${encodeURIComponent(row.event_id)}` : '';
  return `#/doc/${encodeURIComponent(row.doc_id)}${q}`;
}

// Goldstein -10 (red) .. 0 (grey) .. +10 (green).
function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [140, 140, 140];
  const end = t < 0 ? [197, 27, 45] : [26, 152, 80];
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * Math.abs(t)));
  return `rgb(${c.join(',')})`;
}

/**
 * @param {URLSearchParams} params the filters, offset and period from the URL
 * @param {(params: URLSearchParams) => void} navigate changes the URL
 */
export function exploreView(params, navigate) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || '']));
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const by = params.get('by') || 'month';

  const inputs = {
    actor: h('input', { name: 'actor', value: filters.actor, placeholder: 'RUS, USAGOV', size: 10 }),
    dyad: h('input', { name: 'dyad', value: filters.dyad, placeholder: 'USA-RUS', size: 10 }),
    root: h('select', { name: 'root' }, h('option', { value: '', text: 'any' }),
      ROOTS.map(([code, name]) => h('option', {
        value: code, text: `${code} ${name}`, selected: code === filters.root,
      }))),
    from: h('input', { name: 'from', value: filters.from, placeholder: 'YYYY[-MM[-DD]]', size: 11 }),
    to: h('input', { name: 'to', value: filters.to, placeholder: 'YYYY[-MM[-DD]]', size: 11 }),
    text: h('input', { name: 'text', value: filters.text, placeholder: 'sarin OR chlorine', size: 16 }),
  };
  const period = h('select', { name: 'by', 'data-testid': 'stats-by' },
    ['day', 'week', 'month', 'year'].map((p) => h('option', { value: p, text: p, selected: p === by })));

  const form = h('form', {
    class: 'filters', 'data-testid': 'explore-filters',
    onsubmit: (ev) => {
      ev.preventDefault();
      const next = new URLSearchParams();
      for (const k of FILTERS) if (inputs[k].value.trim()) next.set(k, inputs[k].value.trim());
      next.set('by', period.value);
      navigate(next);
    },
  },
  FILTERS.map((k) => h('label', {}, `${k} `, inputs[k])),
  h('label', {}, 'timeline by ', period),
  h('button', { type: 'submit', 'data-testid': 'explore-apply', text: 'Apply' }));

  const status = h('div', { class: 'status', 'data-testid': 'explore-status' });
  const table = h('div', { class: 'table-wrap', 'data-testid': 'events-table' });
  const chartBox = h('div', { class: 'chart-box' });
  const networkBox = h('div', { class: 'network', 'data-testid': 'network' });
  const panels = h('div', { class: 'explore-panels' },
    h('section', { class: 'panel' }, h('h2', { text: 'Events per period, by quad class' }), chartBox),
    h('section', { class: 'panel' },
      h('h2', { text: 'Actor network' }),
      h('p', { class: 'hint', text: 'Edges: dyads; thicker for more events; red for conflict, green for cooperation (mean Goldstein).' }),
      networkBox));
  const view = h('div', { class: 'view explore-view', 'data-testid': 'explore-view' },
    form, status, panels, h('section', { class: 'panel' }, h('h2', { text: 'Events' }), table));

  const page = (newOffset) => {
    const next = new URLSearchParams(params);
    if (newOffset > 0) next.set('offset', String(newOffset));
    else next.delete('offset');
    navigate(next);
  };

  let chart = null;
  let cy = null;
  // Set when the user leaves the view; answers that arrive later draw nothing.
  let destroyed = false;
  load();
  return { el: view, destroy };

  function destroy() {
    destroyed = true;
    if (chart) chart.destroy();
    if (cy) cy.destroy();
  }

  async function load() {
    replace(status, 'Loading…');
    const [events, stats, dyads] = await Promise.allSettled([
      api.events({ ...filters, limit: PAGE, offset }),
      api.stats({ ...filters, by }),
      api.dyads({ ...filters, limit: 60 }),
    ]);
    if (destroyed) return;
    const failed = [events, stats, dyads].find((r) => r.status === 'rejected');
    if (failed && failed.reason && failed.reason.code === 'no_store') {
      replace(status, h('div', { class: 'error no-store', role: 'alert', 'data-testid': 'no-store' },
        h('strong', { text: 'No store. ' }), failed.reason.message,
        h('p', { text: 'Start the server with a store (dyad serve --db FILE) and add documents '
          + '(POST /v1/documents or dyad ingest) to explore them here.' })));
      panels.hidden = true;
      table.closest('section').hidden = true;
      return;
    }
    replace(status, failed ? errorBox(failed.reason) : '');
    if (events.status === 'fulfilled') renderTable(events.value);
    else replace(table, errorBox(events.reason));
    if (stats.status === 'fulfilled') await renderChart(stats.value);
    else replace(chartBox, errorBox(stats.reason));
    if (dyads.status === 'fulfilled') await renderNetwork(dyads.value);
    else replace(networkBox, errorBox(dyads.reason));
  }

  function renderTable(answer) {
    const rows = answer.events || [];
    const head = ['date', 'source', 'target', 'CAMEO', 'event', 'PLOVER', 'Goldstein', 'quad',
      'mentions', 'articles', 'sentence', ''];
    const body = rows.map((r) => h('tr', { 'data-testid': 'event-row', dataset: { cameo: r.cameo, id: r.id } },
      h('td', { class: 'date', text: r.date || '' }),
      h('td', { title: actorLabel(r.source), text: r.source ? r.source.code : '' }),
      h('td', { title: actorLabel(r.target), text: r.target ? r.target.code : '—' }),
      h('td', { class: 'cameo', text: r.cameo }),
      h('td', { class: 'event', text: r.cameo_name }),
      h('td', { text: plover(r).type || '' }),
      h('td', { class: 'num', text: goldstein(r.goldstein) }),
      h('td', { title: quadName(r.quad_class), text: `Q${r.quad_class}` }),
      h('td', { class: 'num', text: r.num_mentions }),
      h('td', { class: 'num', text: r.num_articles }),
      h('td', { class: 'sentence', title: r.sentence, text: r.sentence }),
      h('td', {}, h('a', { href: articleHref(r), 'data-testid': 'event-article-link', text: 'article' }))));
    const nextOffset = answer.next_offset;
    replace(table,
      rows.length
        ? h('table', { class: 'events' },
          h('thead', {}, h('tr', {}, head.map((t) => h('th', { text: t })))),
          h('tbody', {}, body))
        : h('p', { class: 'empty', 'data-testid': 'no-rows', text: 'No stored event matches.' }),
      h('div', { class: 'pager' },
        h('button', { type: 'button', disabled: offset === 0, 'data-testid': 'page-prev',
          onclick: () => page(Math.max(0, offset - PAGE)), text: '← previous' }),
        h('span', { text: rows.length ? `events ${offset + 1}–${offset + rows.length}` : '' }),
        h('button', { type: 'button', disabled: nextOffset === null || nextOffset === undefined,
          'data-testid': 'page-next', onclick: () => page(nextOffset), text: 'next →' })));
  }

  async function renderChart(answer) {
    const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } =
      await import('chart.js');
    if (destroyed) return;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    const rows = answer.rows || [];
    const canvas = h('canvas', { 'data-testid': 'timeline-chart', role: 'img',
      'aria-label': `events per ${answer.by || by}, stacked by quad class` });
    replace(chartBox, h('div', { class: 'chart' }, canvas),
      answer.imprecise ? h('p', { class: 'hint',
        text: `${answer.imprecise} events with a date less precise than a ${answer.by || by} are not counted.` }) : null);
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.period),
        datasets: QUADS.map((q, i) => ({
          label: q.name,
          backgroundColor: q.color,
          data: rows.map((r) => (r.quad || [])[i] || 0),
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  async function renderNetwork(answer) {
    const { default: cytoscape } = await import('cytoscape');
    if (destroyed) return;
    const dyadRows = (answer.dyads || []).filter((d) => d.source && d.target);
    if (!dyadRows.length) {
      networkBox.dataset.nodes = '0';
      replace(networkBox, h('p', { class: 'empty', text: 'No dyads to draw.' }));
      return;
    }
    const weight = new Map();
    for (const d of dyadRows) {
      weight.set(d.source, (weight.get(d.source) || 0) + d.events);
      weight.set(d.target, (weight.get(d.target) || 0) + d.events);
    }
    const most = Math.max(...dyadRows.map((d) => d.events));
    const heaviest = Math.max(...weight.values());
    const elements = [
      ...[...weight].map(([code, w]) => ({
        data: { id: `n:${code}`, label: code, size: 18 + 30 * Math.sqrt(w / heaviest) },
      })),
      ...dyadRows.map((d, i) => ({
        data: {
          id: `e${i}`, source: `n:${d.source}`, target: `n:${d.target}`,
          width: 1 + 9 * Math.sqrt(d.events / most),
          color: goldsteinColor(d.goldstein_mean),
          label: `${d.events}`,
        },
      })),
    ];
    replace(networkBox);
    cy = cytoscape({
      container: networkBox,
      elements,
      layout: { name: weight.size > 2 ? 'cose' : 'circle', animate: false, padding: 20 },
      style: [
        { selector: 'node', style: {
          label: 'data(label)', width: 'data(size)', height: 'data(size)',
          'background-color': '#3d5a80', color: '#1b2a3a', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 3 } },
        { selector: 'edge', style: {
          width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)',
          'font-size': 9, color: '#555', 'text-background-color': '#fff',
          'text-background-opacity': 0.8 } },
      ],
    });
    networkBox.dataset.nodes = String(cy.nodes().length);
    networkBox.dataset.edges = String(cy.edges().length);
  }
}
