// dyad's page: the Code view (#/code), the Explore view (#/explore?filters)
// and stored articles (#/doc/ID?event=EVENT_ID), routed by the URL's hash.
import './style.css';

import { api } from './api.js';
import { codeView } from './code-view.js';
import { docView } from './doc-view.js';
import { h, replace } from './dom.js';
import { exploreView } from './explore-view.js';

const main = document.getElementById('main');
const tabs = {
  code: document.querySelector('[data-testid="tab-code"]'),
  explore: document.querySelector('[data-testid="tab-explore"]'),
};

// The Code view keeps its text and results while the user looks elsewhere.
let code = null;
let explore = null;

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const [section, ...rest] = path.split('/');
  if (explore) {
    explore.destroy();
    explore = null;
  }
  for (const [name, tab] of Object.entries(tabs)) {
    const on = name === (section === 'doc' ? 'explore' : section || 'code');
    tab.classList.toggle('active', on);
    if (on) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (section === 'explore') {
    explore = exploreView(params, (next) => {
      const q = next.toString();
      location.hash = `#/explore${q ? `?${q}` : ''}`;
    });
    replace(main, explore.el);
  } else if (section === 'doc' && rest.length) {
    replace(main, docView(decodeURIComponent(rest.join('/')), params));
  } else {
    if (!code) code = codeView();
    replace(main, code);
  }
}

window.addEventListener('hashchange', route);
route();

api.version().then(
  (v) => replace(document.getElementById('version'), `${v.name} ${v.version} · API ${v.api}`),
  () => replace(document.getElementById('version'), h('span', { text: 'the API does not answer' })),
);
