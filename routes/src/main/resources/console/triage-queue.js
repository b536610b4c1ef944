'use strict';
// The triage queue: unsure complaints of every channel, urgent then oldest first, with the system's suggestion
// and why. Keyboard first (the keys are listed on the page): j/k move, c/p/u choose, Ctrl+Enter releases,
// m/s/a merge, spam and ask, Esc returns to the queue.
(function () {
  const C = window.Console;
  const $ = C.$;
  let tickets = [];
  let index = 0;
  let units = [];
  const place = C.placePicker('t-');
  const unitPicker = C.unitPicker($('unit'), $('unit-list'), $('chips'), () => units);

  function current() {
    return tickets[index];
  }

  function say(text, good) {
    $('status').textContent = text;
    $('status').className = 'status ' + (good ? 'good' : 'bad');
  }

  function renderQueue() {
    const list = $('queue');
    C.clear(list);
    $('count').textContent = '(' + tickets.length + ')';
    $('empty').hidden = tickets.length > 0;
    tickets.forEach((t, i) => {
      const li = C.el('li');
      li.id = 'q-' + t.ticket;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === index));
      if (t.urgent) {
        li.appendChild(C.el('span', 'DARURAT', 'badge urgent'));
      }
      if (t.secret) {
        li.appendChild(C.el('span', 'RAHASIA', 'badge secret'));
      }
      if (t.suggestion.answered) {
        li.appendChild(C.el('span', 'DIJAWAB', 'badge answered'));
      }
      li.appendChild(C.el('strong', t.ticket));
      li.appendChild(C.el('span', ' \u00b7 ' + t.channel + ' \u00b7 ' + C.shortTime(t.createdAt), 'muted'));
      li.appendChild(C.el('span', (t.text || '').slice(0, 120), 'snippet'));
      li.addEventListener('click', () => select(i));
      list.appendChild(li);
    });
  }

  function fact(dl, label, value) {
    dl.appendChild(C.el('dt', label));
    dl.appendChild(C.el('dd', value === null || value === undefined || value === '' ? '-' : String(value)));
  }

  function select(i) {
    index = Math.max(0, Math.min(i, tickets.length - 1));
    Array.from($('queue').children).forEach((li, n) => li.setAttribute('aria-selected', String(n === index)));
    const t = current();
    $('detail').hidden = !t;
    if (!t) {
      return;
    }
    const li = $('q-' + t.ticket);
    if (li) {
      li.scrollIntoView({ block: 'nearest' });
    }
    const s = t.suggestion;
    $('d-number').textContent = t.ticket;
    const badges = $('d-badges');
    C.clear(badges);
    if (t.urgent) {
      badges.appendChild(C.el('span', 'DARURAT', 'badge urgent'));
    }
    if (t.secret) {
      badges.appendChild(C.el('span', 'RAHASIA', 'badge secret'));
    }
    $('d-open').href = '/ticket?n=' + encodeURIComponent(t.ticket);
    $('d-meta').textContent = t.channel + (t.station ? ' ' + t.station : '') + ' \u00b7 masuk '
      + C.shortTime(t.createdAt) + ' \u00b7 pelapor ' + (t.citizenName ? t.citizenName + ' ' : '')
      + (t.citizen || 'tanpa nomor') + (s.asked > 0 ? ' \u00b7 sudah ditanya ' + s.asked + 'x' : '');
    $('d-text').textContent = t.text + (s.answers.length ? '\n\nJawaban warga: ' + s.answers.join(' / ') : '');
    const why = $('d-why');
    C.clear(why);
    fact(why, 'Kategori', s.categoryName + ' (' + s.category + ')');
    fact(why, 'Tempat', s.place || 'belum jelas');
    fact(why, 'Unit menurut tabel', s.units.map((u) => u.name).join(', '));
    fact(why, 'Skor', s.score.toFixed(2) + (s.confident ? ' (yakin)' : ' (tidak yakin)'));
    fact(why, 'Kata yang cocok', s.matched.join(', '));
    fact(why, 'Tempat dalam teks', s.placeFound || 'tidak ditemukan');
    fact(why, 'Aturan', s.rule);
    $('category').value = s.category;
    place.set(t.kecamatanCode, t.kecamatan, t.desaCode, t.desa);
    unitPicker.set(s.units);
    $('merge-into').value = '';
    $('spam-days').value = '0';
    $('ask-text').value = '';
  }

  async function load(keepIndex) {
    const r = await C.api('GET', '/api/triage');
    if (!r.ok) {
      say(C.errorText(r), false);
      return;
    }
    tickets = r.data.tickets;
    renderQueue();
    select(keepIndex ? index : 0);
  }

  async function decide(action, body, done) {
    const t = current();
    if (!t) {
      return;
    }
    const r = await C.api('POST', '/api/triage/' + encodeURIComponent(t.ticket) + '/' + action, body);
    if (!r.ok) {
      say(t.ticket + ': ' + C.errorText(r), false);
      return;
    }
    say(done(t), true);
    await load(true);
    $('queue').focus();
  }

  function release() {
    const p = place.value();
    decide('release', { category: $('category').value, kecamatan: p.kecamatan, desa: p.desa, units: unitPicker.codes() },
      (t) => 'Tiket ' + t.ticket + ' diteruskan ke unit.');
  }

  $('release-form').addEventListener('submit', (e) => {
    e.preventDefault();
    release();
  });
  $('merge-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const into = $('merge-into').value.trim();
    decide('merge', { into }, (t) => 'Tiket ' + t.ticket + ' digabung ke ' + into.toUpperCase() + '.');
  });
  $('spam-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const days = parseInt($('spam-days').value || '0', 10);
    decide('spam', { blockDays: isNaN(days) ? -1 : days },
      (t) => 'Tiket ' + t.ticket + ' ditandai spam' + (days > 0 ? ', nomor diblokir ' + days + ' hari.' : '.'));
  });
  $('ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    decide('ask', { text: $('ask-text').value }, (t) => 'Pertanyaan untuk warga tiket ' + t.ticket + ' dikirim.');
  });

  ['merge-into', 'spam-days', 'ask-text'].forEach((id) => $(id).addEventListener('focus', () => $(id).select()));

  const focusKeys = { c: 'category', p: 't-kecamatan', u: 'unit', m: 'merge-into', s: 'spam-days', a: 'ask-text' };
  document.addEventListener('keydown', (e) => {
    const typing = e.target.matches('input, select, textarea');
    if (e.key === 'Enter' && e.ctrlKey) {
      e.preventDefault();
      release();
      return;
    }
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
    } else if (e.key === 'r') {
      e.preventDefault();
      release();
    } else if (e.key === 'o' && current()) {
      window.location.assign('/ticket?n=' + encodeURIComponent(current().ticket));
    } else if (focusKeys[e.key] && current()) {
      e.preventDefault();
      $(focusKeys[e.key]).focus();
    }
  });

  (async function init() {
    await C.start();
    const [cats, us] = await Promise.all([C.api('GET', '/api/categories'), C.api('GET', '/api/units')]);
    (cats.data || []).forEach((c) => {
      const option = C.el('option', c.name);
      option.value = c.code;
      $('category').appendChild(option);
    });
    units = us.data || [];
    await load(false);
    $('queue').focus();
    document.body.dataset.ready = 'true';
  })();
})();
