'use strict';
// The unit queue: the officer's units' open tickets, earliest deadline first, each with what the citizen was told.
// The actions are the officer's SMS commands (PROSES, SELESAI, TOLAK, ALIH) plus an internal note; keyboard first:
// j/k move, p/s/t/a/n focus an action, Enter runs it, Esc returns to the queue. Triage staff see the escalated
// tickets and open them on the ticket page.
(function () {
  const C = window.Console;
  const $ = C.$;
  let tickets = [];
  let index = 0;
  let units = [];
  let mayAct = false;
  const picker = C.unitPicker($('a-unit'), $('a-unit-list'), $('a-chips'), () => units);

  function current() {
    return tickets[index];
  }

  function say(text, good) {
    $('status').textContent = text;
    $('status').className = 'status ' + (good ? 'good' : 'bad');
  }

  function overdue(t) {
    return t.dueAt && new Date(t.dueAt) < new Date();
  }

  function badges(node, t) {
    C.clear(node);
    if (t.urgent) {
      node.appendChild(C.el('span', 'DARURAT', 'badge urgent'));
    }
    if (t.secret) {
      node.appendChild(C.el('span', 'RAHASIA', 'badge secret'));
    }
    if (overdue(t)) {
      node.appendChild(C.el('span', 'LEWAT BATAS', 'badge urgent'));
    }
  }

  function renderQueue(total) {
    const list = $('queue');
    C.clear(list);
    $('count').textContent = '(' + total + ')';
    $('empty').hidden = tickets.length > 0;
    tickets.forEach((t, i) => {
      const li = C.el('li');
      li.id = 'q-' + t.ticket;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === index));
      const b = C.el('span');
      badges(b, t);
      li.appendChild(b);
      li.appendChild(C.el('strong', t.ticket));
      li.appendChild(C.el('span', ' \u00b7 ' + t.stateLabel + ' \u00b7 batas ' + C.shortTime(t.dueAt), 'muted'));
      li.appendChild(C.el('span', (t.text || t.category || '').slice(0, 120), 'snippet'));
      li.addEventListener('click', () => (mayAct ? select(i) : openTicket(t)));
      list.appendChild(li);
    });
  }

  function openTicket(t) {
    window.location.assign('/ticket?n=' + encodeURIComponent(t.ticket));
  }

  function fact(dl, label, value) {
    dl.appendChild(C.el('dt', label));
    dl.appendChild(C.el('dd', value === null || value === undefined || value === '' ? '-' : String(value)));
  }

  function entry(list, at, kind, text) {
    const li = C.el('li');
    li.appendChild(C.el('span', C.shortTime(at), 'when'));
    li.appendChild(C.el('span', kind, 'kind'));
    li.appendChild(C.el('span', text || ''));
    list.appendChild(li);
  }

  function show(t) {
    $('detail').hidden = false;
    $('d-number').textContent = t.ticket;
    badges($('d-badges'), t);
    const facts = $('d-facts');
    C.clear(facts);
    fact(facts, 'Status', t.stateLabel);
    fact(facts, 'Unit Anda', t.unit ? t.unit.name : '');
    fact(facts, 'Di unit', (t.activeUnits || []).map((u) => u.name).join(', '));
    fact(facts, 'Kategori', t.category);
    fact(facts, 'Tempat', [t.desa, t.kecamatan].filter((x) => x).join(', '));
    fact(facts, 'Pelapor', (t.citizenName ? t.citizenName + ' ' : '') + (t.citizen || 'tanpa nomor'));
    fact(facts, 'Masuk', C.shortTime(t.createdAt));
    fact(facts, 'Batas waktu', C.shortTime(t.dueAt)
      + (t.escalations > 0 ? ' (sudah diingatkan ' + t.escalations + 'x)' : ''));
    $('d-text').textContent = t.text;
    const told = $('d-told');
    C.clear(told);
    t.told.forEach((o) => entry(told, o.at, 'SMS [' + o.state + ']', o.text));
    if (t.told.length === 0) {
      told.appendChild(C.el('li', 'Belum ada SMS ke warga.', 'muted'));
    }
    const timeline = $('d-timeline');
    C.clear(timeline);
    (t.timeline || []).forEach((e) => {
      if (e.type === 'sms') {
        entry(timeline, e.at, 'SMS ke ' + e.to, '[' + e.state + '] ' + e.text);
      } else {
        entry(timeline, e.at, e.kind, (e.actor || '') + (e.unit ? ' \u00b7 ' + e.unit : '') + ' ' + (e.detail || ''));
      }
    });
  }

  async function select(i) {
    index = Math.max(0, Math.min(i, tickets.length - 1));
    Array.from($('queue').children).forEach((li, n) => li.setAttribute('aria-selected', String(n === index)));
    const t = current();
    if (!t || !mayAct) {
      $('detail').hidden = true;
      return;
    }
    const li = $('q-' + t.ticket);
    if (li) {
      li.scrollIntoView({ block: 'nearest' });
    }
    ['p-note', 's-note', 't-reason', 'n-text'].forEach((id) => { $(id).value = ''; });
    picker.set([]);
    show(t);
    const r = await C.api('GET', '/api/queue/' + encodeURIComponent(t.ticket));
    if (r.ok && current() === t) {
      show(r.data);
    }
  }

  async function load(keepIndex) {
    const r = await C.api('GET', '/api/queue');
    if (!r.ok) {
      say(C.errorText(r), false);
      return;
    }
    tickets = r.data.tickets;
    mayAct = r.data.mayAct;
    $('units').textContent = r.data.units.length ? 'Unit: ' + r.data.units.map((u) => u.name).join(', ')
      : (mayAct ? '' : 'Tiket yang sudah diingatkan (lewat batas waktu); buka untuk bertindak.');
    renderQueue(r.data.total);
    await select(keepIndex ? index : 0);
  }

  async function act(action, body, input) {
    const t = current();
    if (!t) {
      return;
    }
    const r = await C.api('POST', '/api/queue/' + encodeURIComponent(t.ticket) + '/' + action, body);
    if (!r.ok) {
      say(t.ticket + ': ' + C.errorText(r), false);
      return;
    }
    if (input) {
      input.value = '';
    }
    await load(true);
    $('queue').focus();
    // said once the list is reloaded and has the focus again: the officer (and a test) may go on at once
    say(r.data.reply, true);
  }

  function on(form, fn) {
    $(form).addEventListener('submit', (e) => {
      e.preventDefault();
      fn();
    });
  }
  on('proses-form', () => act('proses', { note: $('p-note').value }, $('p-note')));
  on('selesai-form', () => act('selesai', { note: $('s-note').value }, $('s-note')));
  on('tolak-form', () => act('tolak', { reason: $('t-reason').value }, $('t-reason')));
  on('note-form', () => act('note', { text: $('n-text').value }, $('n-text')));
  on('alih-form', () => act('alih', { units: picker.codes() }));

  const focusKeys = { p: 'p-note', s: 's-note', t: 't-reason', a: 'a-unit', n: 'n-text' };
  document.addEventListener('keydown', (e) => {
    const typing = e.target.matches('input, select, textarea');
    if (e.key === 'Escape') {
      $('queue').focus();
      return;
    }
    if (typing || e.altKey || e.ctrlKey || e.metaKey) {
      return;
    }
    if (e.key === 'j' || e.key === 'ArrowDown') {
      e.preventDefault();
      select(index + 1);
    } else if (e.key === 'k' || e.key === 'ArrowUp') {
      e.preventDefault();
      select(index - 1);
    } else if ((e.key === 'o' || e.key === 'Enter') && current() && !mayAct) {
      openTicket(current());
    } else if (focusKeys[e.key] && current() && mayAct) {
      e.preventDefault();
      $(focusKeys[e.key]).focus();
    }
  });

  (async function init() {
    const me = await C.start();
    if (me.role !== 'OFFICER') {
      $('nav').appendChild(C.el('a', 'Triase')).href = '/triage';
      $('nav').appendChild(C.el('a', 'Cari tiket')).href = '/tickets';
    }
    const r = await C.api('GET', '/api/units');
    units = r.data || [];
    await load(false);
    $('queue').focus();
    document.body.dataset.ready = 'true';
  })();
})();
