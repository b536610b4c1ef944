'use strict';
// Search every ticket (every channel). Only what the API returns for this role is shown; triage staff may also
// search by the citizen's number.
(function () {
  const C = window.Console;
  const $ = C.$;
  const place = C.placePicker('s-');
  let page = 0;
  let total = 0;
  const size = 25;

  function query() {
    const p = place.value();
    const params = new URLSearchParams();
    const add = (name, value) => {
      if (value) {
        params.set(name, value);
      }
    };
    add('ticket', $('q-ticket').value.trim());
    add('text', $('q-text').value.trim());
    add('kecamatan', p.kecamatan);
    add('desa', p.desa);
    add('category', $('q-category').value);
    add('state', $('q-state').value);
    add('unit', $('q-unit').value);
    add('from', $('q-from').value);
    add('to', $('q-to').value);
    add('citizen', $('citizen-field').hidden ? '' : $('q-citizen').value.trim());
    params.set('page', String(page));
    params.set('size', String(size));
    return params.toString();
  }

  async function search() {
    const r = await C.api('GET', '/api/tickets?' + query());
    const body = $('results');
    C.clear(body);
    if (!r.ok) {
      $('summary').textContent = C.errorText(r);
      return;
    }
    total = r.data.total;
    $('summary').textContent = total === 0 ? 'Tidak ada tiket yang cocok.'
      : 'Tiket ' + (r.data.offset + 1) + '-' + (r.data.offset + r.data.tickets.length) + ' dari ' + total + '.';
    r.data.tickets.forEach((t) => {
      const tr = C.el('tr');
      const number = C.el('td');
      if (t.full) {
        const a = C.el('a', t.ticket);
        a.href = '/ticket?n=' + encodeURIComponent(t.ticket);
        number.appendChild(a);
      } else {
        number.textContent = t.ticket;
      }
      if (t.urgent) {
        number.appendChild(C.el('span', ' DARURAT', 'badge urgent'));
      }
      if (t.secret) {
        number.appendChild(C.el('span', ' RAHASIA', 'badge secret'));
      }
      tr.appendChild(number);
      tr.appendChild(C.el('td', C.shortTime(t.createdAt)));
      tr.appendChild(C.el('td', t.channel + (t.station ? ' (' + t.station + ')' : '')));
      tr.appendChild(C.el('td', t.category));
      tr.appendChild(C.el('td', [t.desa, t.kecamatan].filter((x) => x).join(', ')));
      tr.appendChild(C.el('td', t.stateLabel));
      tr.appendChild(C.el('td', t.text ? t.text.slice(0, 140) : '(tidak ditampilkan)'));
      tr.appendChild(C.el('td', t.citizen || ''));
      body.appendChild(tr);
    });
    $('prev').disabled = page === 0;
    $('next').disabled = (page + 1) * size >= total;
  }

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    page = 0;
    search();
  });
  $('prev').addEventListener('click', () => {
    if (page > 0) {
      page--;
      search();
    }
  });
  $('next').addEventListener('click', () => {
    if ((page + 1) * size < total) {
      page++;
      search();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.target.matches('input, select, textarea')) {
      return;
    }
    if (e.key === '/') {
      e.preventDefault();
      $('q-ticket').focus();
    } else if (e.key === '[') {
      $('prev').click();
    } else if (e.key === ']') {
      $('next').click();
    }
  });

  async function options(path, select) {
    const r = await C.api('GET', path);
    (r.data || []).forEach((c) => {
      const option = C.el('option', c.name);
      option.value = c.code;
      select.appendChild(option);
    });
  }

  (async function init() {
    const me = await C.start();
    $('citizen-field').hidden = !(me.role === 'SUPERVISOR' || me.role === 'SYSADMIN');
    await Promise.all([options('/api/categories', $('q-category')), options('/api/units', $('q-unit'))]);
    await search();
    $('q-ticket').focus();
    document.body.dataset.ready = 'true';
  })();
})();
