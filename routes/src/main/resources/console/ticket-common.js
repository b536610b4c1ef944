'use strict';
// Shared by the console's triage and ticket pages: the API with the session's CSRF token, DOM helpers (data is
// only ever shown with textContent), the place autocomplete (ARIA combobox) and the unit chooser.
window.Console = (function () {
  const $ = (id) => document.getElementById(id);
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

  /** The error of a refused request as one line. */
  function errorText(r) {
    if (r.data && r.data.errors) {
      return Object.values(r.data.errors).join(' ');
    }
    return (r.data && r.data.error) || 'Gagal (' + r.status + ').';
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), ms);
    };
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (cls) {
      node.className = cls;
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function shortTime(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    return d.toLocaleString('id-ID', { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  /** An input with a list of choices from {@code source(query)}; Arrow keys + Enter (or Tab) choose. */
  function combobox(input, list, source, onChoose) {
    let items = [];
    let active = -1;
    input.dataset.code = '';
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    }
    function highlight(index) {
      active = index;
      Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    }
    function choose(index) {
      const item = items[index];
      if (!item) {
        return false;
      }
      input.value = item.name;
      input.dataset.code = item.code;
      close();
      onChoose(item);
      return true;
    }
    async function refresh() {
      const found = await source(input.value.trim());
      items = found || [];
      clear(list);
      items.forEach((item, i) => {
        const li = el('li', item.name);
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(i);
        });
        list.appendChild(li);
      });
      if (items.length > 0 && document.activeElement === input) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        highlight(0);
      } else {
        close();
      }
    }
    const refreshSoon = debounce(refresh, 120);
    input.addEventListener('input', () => {
      input.dataset.code = '';
      onChoose(null);
      refreshSoon();
    });
    input.addEventListener('keydown', (e) => {
      const open = !list.hidden && items.length > 0;
      if (e.key === 'ArrowDown' && open) {
        e.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (e.key === 'ArrowUp' && open) {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && open && !e.ctrlKey) {
        e.preventDefault();
        e.stopPropagation();
        choose(active >= 0 ? active : 0);
      } else if (e.key === 'Tab' && open && input.value.trim() !== '') {
        choose(active >= 0 ? active : 0);
      } else if (e.key === 'Escape' && open) {
        e.stopPropagation();
        close();
      }
    });
    input.addEventListener('focus', () => input.select());
    input.addEventListener('blur', () => close());
    return {
      set(code, name) {
        input.value = name || '';
        input.dataset.code = code || '';
        items = [];
        clear(list);
        close();
      }
    };
  }

  /** kecamatan + desa inputs with the desk's autocomplete APIs. */
  function placePicker(prefix) {
    const desa = combobox($(prefix + 'desa'), $(prefix + 'desa-list'), async (q) => {
      const code = $(prefix + 'kecamatan').dataset.code;
      if (!code) {
        return [];
      }
      const r = await api('GET', '/api/desa?kecamatan=' + encodeURIComponent(code) + '&q=' + encodeURIComponent(q));
      return r.ok ? r.data : [];
    }, () => {});
    const kecamatan = combobox($(prefix + 'kecamatan'), $(prefix + 'kecamatan-list'), async (q) => {
      const r = await api('GET', '/api/kecamatan?q=' + encodeURIComponent(q));
      return r.ok ? r.data : [];
    }, () => desa.set('', ''));
    return {
      set(kecCode, kecName, desaCode, desaName) {
        kecamatan.set(kecCode, kecName);
        desa.set(desaCode, desaName);
      },
      value() {
        return { kecamatan: $(prefix + 'kecamatan').dataset.code || null, desa: $(prefix + 'desa').dataset.code || null };
      }
    };
  }

  /**
   * Several units: type in the input, Enter (or Tab) adds the highlighted unit as a chip; Backspace in the empty
   * input removes the last chip.
   */
  function unitPicker(input, list, chips, allUnits) {
    let chosen = [];
    function render() {
      clear(chips);
      chosen.forEach((u) => {
        const chip = el('span', u.name, 'chip');
        chip.dataset.code = u.code;
        chips.appendChild(chip);
      });
    }
    const box = combobox(input, list, async (q) => {
      const query = q.toLowerCase();
      return allUnits().filter((u) => !chosen.some((c) => c.code === u.code)
        && (u.name.toLowerCase().includes(query) || u.code.toLowerCase().includes(query))).slice(0, 10);
    }, (item) => {
      if (item) {
        chosen.push(item);
        render();
        box.set('', '');
      }
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Backspace' && input.value === '' && chosen.length > 0) {
        chosen.pop();
        render();
      }
    });
    return {
      set(units) {
        chosen = units.slice();
        render();
      },
      codes() {
        return chosen.map((u) => u.code);
      }
    };
  }

  async function start() {
    const r = await api('GET', '/api/me');
    csrf = r.data.csrfToken;
    if ($('who')) {
      $('who').textContent = r.data.username + ' \u00b7 ' + r.data.role.toLowerCase();
    }
    if ($('logout')) {
      $('logout').addEventListener('click', async () => {
        await api('POST', '/api/logout', {}).catch(() => null);
        window.location.assign('/login');
      });
    }
    return r.data;
  }

  return { $, api, errorText, el, clear, shortTime, combobox, placePicker, unitPicker, start };
})();
