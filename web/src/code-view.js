// The Code view: an article pasted or uploaded, coded by POST /v1/code.
import { api } from './api.js';
import { legend, renderArticle } from './article.js';
import { errorBox, h, replace } from './dom.js';

/** Today's date in the browser's time zone, YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function codeView() {
  const textarea = h('textarea', {
    id: 'article', name: 'text', rows: 12, required: true, spellcheck: 'false',
    placeholder: 'Paste a news article here, or choose a file.',
    'data-testid': 'article-input',
  });
  const file = h('input', {
    type: 'file', id: 'article-file', accept: '.txt,.text,.md,text/plain',
    'data-testid': 'article-file',
    onchange: async () => {
      const f = file.files && file.files[0];
      if (f) textarea.value = await f.text();
    },
  });
  const date = h('input', { type: 'date', id: 'date', name: 'date', value: today(),
    'data-testid': 'date-input' });
  const mode = h('select', { id: 'mode', name: 'mode', 'data-testid': 'mode-select' },
    h('option', { value: 'fast', text: 'fast (shallow parse)' }),
    h('option', { value: 'accurate', text: 'accurate (Link Grammar)' }));
  const button = h('button', { type: 'submit', 'data-testid': 'code-button', text: 'Code' });
  const status = h('p', { class: 'status', 'data-testid': 'status', 'aria-live': 'polite' });
  const textEl = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  const cardsEl = h('div', { class: 'cards', 'data-testid': 'event-cards' });
  const result = h('section', { class: 'result', hidden: true, 'data-testid': 'result' },
    h('div', { class: 'text-pane' }, legend(), textEl),
    h('div', { class: 'cards-pane' }, cardsEl));

  const form = h('form', {
    class: 'code-form',
    onsubmit: async (ev) => {
      ev.preventDefault();
      const text = textarea.value;
      if (!text.trim()) {
        replace(status, errorBox({ code: 'invalid_argument', message: 'the text is empty' }));
        return;
      }
      button.disabled = true;
      replace(status, 'Coding…');
      try {
        const doc = await api.code(text, date.value || null, mode.value);
        const n = doc.events.length;
        replace(status, `${n} event${n === 1 ? '' : 's'}, ${doc.actors.length} actor mentions, `
          + `${doc.times.length} time expressions in ${doc.sentences.length} sentences `
          + `(${doc.mode} mode, published ${doc.date || 'unknown'}).`);
        result.hidden = false;
        renderArticle(textEl, cardsEl, { ...doc, text });
      } catch (e) {
        result.hidden = true;
        replace(status, errorBox(e));
      } finally {
        button.disabled = false;
      }
    },
  },
  h('label', { for: 'article', class: 'wide', text: 'Article' }),
  textarea,
  h('div', { class: 'controls' },
    h('label', {}, 'or upload ', file),
    h('label', {}, 'published ', date),
    h('label', {}, 'mode ', mode),
    button));

  return h('div', { class: 'view code-view', 'data-testid': 'code-view' }, form, status, result);
}
