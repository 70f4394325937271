// The article view: a stored document (GET /v1/documents/{id}) with its
// highlights and events; ?event= chooses one of them.
import { api } from './api.js';
import { legend, renderArticle } from './article.js';
import { errorBox, h, replace } from './dom.js';

export function docView(id, params) {
  const meta = h('div', { class: 'doc-meta', 'data-testid': 'doc-meta' }, 'Loading…');
  const textEl = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const cardsEl = h('div', { class: 'cards', 'data-testid': 'event-cards' });
  const result = h('section', { class: 'result', hidden: true },
    h('div', { class: 'text-pane' }, legend(), textEl),
    h('div', { class: 'cards-pane' }, cardsEl));
  const view = h('div', { class: 'view doc-view', 'data-testid': 'doc-view' },
    h('p', {}, h('a', { href: '#/explore', text: '← back to Explore' })), meta, result);

  (async () => {
    try {
      const doc = await api.document(id);
      replace(meta,
        h('h2', { text: doc.id }),
        h('p', {},
          `published ${doc.date || 'unknown'}`,
          doc.source ? ` · ${doc.source}` : '',
          doc.url ? [' · ', h('a', { href: doc.url, rel: 'noreferrer', text: doc.url })] : '',
          ` · ${(doc.events || []).length} events`));
      result.hidden = false;
      const select = renderArticle(textEl, cardsEl, doc);
      const wanted = params.get('event');
      const index = (doc.events || []).findIndex((e) => e.event_id === wanted);
      if (index >= 0) select(index, { scrollCard: true });
    } catch (e) {
      replace(meta, errorBox(e));
    }
  })();
  return view;
}
