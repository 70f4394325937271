// A small element builder: text always goes in as text, never as HTML.

/**
 * Creates an element. `attrs` keys: "class", "text", "dataset" (an object),
 * "on<event>" (a listener), any other key an attribute (skipped when null,
 * undefined or false). Children: nodes, strings, or arrays of them; null and
 * false are skipped.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...any} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** Removes every child of `el` and appends `children`. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An error box: the API's error code and message. */
export function errorBox(error, testid = 'error') {
  const code = error && error.code ? error.code : 'error';
  const message = error && error.message ? error.message : String(error);
  return h('div', { class: 'error', role: 'alert', 'data-testid': testid },
    h('strong', { text: code }), ': ', message);
}
