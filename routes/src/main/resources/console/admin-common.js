'use strict';
// Shared by the console's admin pages: the API with the session's CSRF token, the top bar, small DOM helpers.
// Data is only ever shown with textContent (never as HTML).
window.wadulAdmin = (function () {
  let csrf = null;

  async function api(method, path, body) {
    const headers = {};
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = csrf || '';
    }
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (response.status === 401) {
      window.location.assign('/login');
      throw new Error('not logged in');
    }
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    return { status: response.status, ok: response.ok, data };
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (cls) {
      node.className = cls;
    }
    return node;
  }

  function button(text, label, onClick, cls) {
    const b = el('button', text, cls);
    b.type = 'button';
    if (label) {
      b.setAttribute('aria-label', label);
    }
    b.addEventListener('click', onClick);
    return b;
  }

  // The reply's error(s) as one text: "error", or each field's message on its own line.
  function errorText(reply) {
    const d = reply.data || {};
    if (d.errors) {
      return Object.keys(d.errors).map((k) => d.errors[k]).join('\n');
    }
    return d.error || ('Gagal (' + reply.status + ').');
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  const PAGES = [['accounts', 'Akun'], ['units', 'Unit & orang'], ['routing', 'Rute'], ['audit', 'Audit']];

  // Top bar: the admin pages, who is logged in, logout. Returns the current user.
  async function start(current) {
    const r = await api('GET', '/api/me');
    const me = r.data;
    csrf = me.csrfToken;
    const nav = document.getElementById('nav');
    if (me.role === 'SYSADMIN' || me.role === 'SUPERVISOR') {
      [['/triage', 'Triase'], ['/tickets', 'Cari tiket']].forEach(([href, title]) => {
        const a = el('a', title);
        a.href = href;
        nav.appendChild(a);
      });
    }
    if (me.role === 'SYSADMIN') {
      PAGES.forEach(([page, title]) => {
        const a = el('a', title);
        a.href = '/console/admin/' + page;
        if (page === current) {
          a.setAttribute('aria-current', 'page');
        }
        nav.appendChild(a);
      });
    }
    document.getElementById('who').textContent = me.username + ' \u00b7 ' + me.role;
    document.getElementById('logout').addEventListener('click', async () => {
      await api('POST', '/api/logout', {}).catch(() => null);
      window.location.assign('/login');
    });
    return me;
  }

  function ready() {
    document.body.dataset.ready = 'true';
  }

  return { api, el, button, errorText, clear, start, ready };
})();
