'use strict';
// One ticket with its whole timeline (events and every SMS with its delivery state), and, for triage staff, the
// actions: reassign, place, note, reply to the citizen, reopen, close, split out of its incident. Keys: u, p, n,
// b, k, t, i focus an action; Enter runs it. A place corrected teaches the place names in the text (see /learn).
(function () {
  const C = window.Console;
  const $ = C.$;
  const number = new URLSearchParams(window.location.search).get('n') || '';
  let units = [];
  const picker = C.unitPicker($('r-unit'), $('r-unit-list'), $('r-chips'), () => units);
  const place = C.placePicker('p-');

  function say(text, good) {
    $('status').textContent = text;
    $('status').className = 'status ' + (good ? 'good' : 'bad');
  }

  function fact(dl, label, value) {
    dl.appendChild(C.el('dt', label));
    dl.appendChild(C.el('dd', value === null || value === undefined || value === '' ? '-' : String(value)));
  }

  function show(t) {
    $('t-number').textContent = t.ticket;
    document.title = 'Tiket ' + t.ticket + ' - WADUL';
    const badges = $('t-badges');
    C.clear(badges);
    if (t.urgent) {
      badges.appendChild(C.el('span', 'DARURAT', 'badge urgent'));
    }
    if (t.secret) {
      badges.appendChild(C.el('span', 'RAHASIA', 'badge secret'));
    }
    const facts = $('t-facts');
    C.clear(facts);
    fact(facts, 'Status', t.stateLabel);
    fact(facts, 'Saluran', t.channel + (t.station ? ' (' + t.station + ')' : ''));
    fact(facts, 'Kategori', t.category);
    fact(facts, 'Tempat', [t.desa, t.kecamatan].filter((x) => x).join(', '));
    fact(facts, 'Pelapor', (t.citizenName ? t.citizenName + ' ' : '') + (t.citizen || ''));
    fact(facts, 'Masuk', C.shortTime(t.createdAt));
    fact(facts, 'Batas waktu', C.shortTime(t.dueAt));
    $('t-text').textContent = t.text;
    const list = $('t-units');
    C.clear(list);
    t.units.forEach((u) => list.appendChild(C.el('li', u.name + (u.active ? '' : ' (sudah dialihkan)'))));
    $('t-merges').textContent = (t.mergedInto ? 'Digabung ke tiket ' + t.mergedInto + '. ' : '')
      + (t.mergedFrom.length ? 'Tiket yang digabung ke sini: ' + t.mergedFrom.join(', ') + '.' : '');
    showIncident(t);
    const timeline = $('timeline');
    C.clear(timeline);
    t.timeline.forEach((e) => {
      const li = C.el('li', null, e.type);
      li.appendChild(C.el('span', C.shortTime(e.at), 'when'));
      if (e.type === 'sms') {
        li.appendChild(C.el('span', 'SMS ke ' + e.to, 'kind'));
        li.appendChild(C.el('span', '[' + e.state + (e.sentAt ? ' ' + C.shortTime(e.sentAt) : '')
          + (e.error ? ': ' + e.error : '') + '] '));
        li.appendChild(C.el('span', e.text));
      } else {
        li.appendChild(C.el('span', e.kind, 'kind'));
        li.appendChild(C.el('span', (e.actor || '') + (e.unit ? ' \u00b7 ' + e.unit : '') + ' '));
        li.appendChild(C.el('span', e.detail || ''));
        if (e.rule) {
          li.appendChild(C.el('span', ' (' + e.rule + ')', 'muted'));
        }
      }
      timeline.appendChild(li);
    });
    $('actions').hidden = !t.mayAct;
    picker.set(t.units.filter((u) => u.active).map((u) => ({ code: u.code, name: u.name })));
  }

  // The incident: its other tickets (those the caller may know of), each a link to its page.
  function showIncident(t) {
    const i = t.incident;
    $('incident').hidden = !i;
    $('split').hidden = !i || !t.mayAct;
    const list = $('i-tickets');
    C.clear(list);
    if (!i) {
      return;
    }
    $('i-summary').textContent = i.reports + ' laporan' + (i.first && i.first !== t.ticket
      ? ', laporan pertama ' + i.first : (i.first ? ', ini laporan pertama' : ''));
    i.tickets.forEach((o) => {
      const li = document.createElement('li');
      const a = C.el('a', o.ticket);
      a.href = '/ticket?n=' + encodeURIComponent(o.ticket);
      li.appendChild(a);
      li.appendChild(C.el('span', ' ' + o.stateLabel + ' \u00b7 ' + C.shortTime(o.createdAt)
        + (o.text ? ' \u00b7 ' + o.text : ''), 'muted'));
      list.appendChild(li);
    });
  }

  async function load() {
    const r = await C.api('GET', '/api/tickets/' + encodeURIComponent(number));
    if (!r.ok) {
      $('t-number').textContent = number;
      $('t-text').textContent = C.errorText(r);
      return false;
    }
    show(r.data);
    return true;
  }

  async function act(action, body, done, input) {
    const r = await C.api('POST', '/api/tickets/' + encodeURIComponent(number) + '/' + action, body);
    if (!r.ok) {
      say(C.errorText(r), false);
      return;
    }
    show(r.data);
    say(done, true);
    if (input) {
      input.value = '';
    }
  }

  function on(form, fn) {
    $(form).addEventListener('submit', (e) => {
      e.preventDefault();
      fn();
    });
  }
  on('reassign-form', () => act('reassign', { units: picker.codes(), note: $('r-note').value },
    'Tiket dialihkan.', $('r-note')));
  on('place-form', () => act('place', place.value(), 'Tempat disimpan.'));
  on('note-form', () => act('note', { text: $('n-text').value }, 'Catatan disimpan.', $('n-text')));
  on('reply-form', () => act('reply', { text: $('b-text').value }, 'Balasan dikirim ke warga.', $('b-text')));
  on('reopen-form', () => act('reopen', { note: $('o-note').value }, 'Tiket dibuka kembali.', $('o-note')));
  on('close-form', () => act('close', { reason: $('c-reason').value }, 'Tiket ditutup.', $('c-reason')));
  $('split').addEventListener('click', () => act('split', {}, 'Tiket dipisahkan dari insiden.'));

  const focusKeys = { u: 'r-unit', p: 'p-kecamatan', n: 'n-text', b: 'b-text', k: 'o-note', t: 'c-reason', i: 'split' };
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      document.activeElement.blur();
      return;
    }
    if (e.target.matches('input, select, textarea') || e.altKey || e.ctrlKey || e.metaKey) {
      return;
    }
    if (focusKeys[e.key] && !$('actions').hidden) {
      e.preventDefault();
      $(focusKeys[e.key]).focus();
    }
  });

  (async function init() {
    await C.start();
    const r = await C.api('GET', '/api/units');
    units = r.data || [];
    await load();
    document.body.dataset.ready = 'true';
  })();
})();
