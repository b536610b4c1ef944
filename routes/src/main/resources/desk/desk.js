'use strict';
// The call-in desk page. Keyboard first: Tab moves through the form, Enter submits (Shift+Enter: new line in
// the complaint), arrow keys + Enter pick from the place lists. Data is only ever shown with textContent.
(function () {
  const $ = (id) => document.getElementById(id);
  let csrf = null;
  let me = null;

  // ---- API -------------------------------------------------------------------------------------------------
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
      // the session ended: keep what is typed (restored after the next login), then log in again
      saveDraft();
      window.location.assign('/login');
      throw new Error('not logged in');
    }
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    return { status: response.status, ok: response.ok, data };
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

  // ---- autocomplete (ARIA combobox) ---------------------------------------------------------------------------
  function combobox(input, list, source, onChoose) {
    let items = [];
    let active = -1;
    input.dataset.code = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      active = index;
      Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
      if (index >= 0 && list.children[index]) {
        input.setAttribute('aria-activedescendant', list.children[index].id);
        list.children[index].scrollIntoView({ block: 'nearest' });
      }
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
      const query = input.value.trim();
      const found = await source(query);
      if (found === null) {
        return;
      }
      items = found;
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
    input.addEventListener('focus', () => {
      if (!input.dataset.code) {
        refreshSoon();
      }
    });
    input.addEventListener('keydown', (e) => {
      const open = !list.hidden && items.length > 0;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open) {
          refresh();
        } else {
          highlight(Math.min(active + 1, items.length - 1));
        }
      } else if (e.key === 'ArrowUp' && open) {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && open) {
        e.preventDefault();
        choose(active >= 0 ? active : 0);
      } else if (e.key === 'Tab' && open && input.value.trim() !== '') {
        choose(active >= 0 ? active : 0);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', () => {
      const typed = input.value.trim().toLowerCase();
      if (!input.dataset.code && typed) {
        const exact = items.findIndex((item) => item.name.toLowerCase() === typed);
        if (exact >= 0) {
          choose(exact);
        }
      }
      close();
    });
    return {
      reset() {
        input.value = '';
        input.dataset.code = '';
        items = [];
        clear(list);
        close();
      }
    };
  }

  const kecamatan = combobox($('kecamatan'), $('kecamatan-list'), async (q) => {
    const r = await api('GET', '/api/kecamatan?q=' + encodeURIComponent(q));
    return r.ok ? r.data : [];
  }, () => {
    desa.reset();
    suggestSoon();
    saveDraftSoon();
  });

  const desa = combobox($('desa'), $('desa-list'), async (q) => {
    const code = $('kecamatan').dataset.code;
    if (!code) {
      return [];
    }
    const r = await api('GET', '/api/desa?kecamatan=' + encodeURIComponent(code) + '&q=' + encodeURIComponent(q));
    return r.ok ? r.data : [];
  }, () => {
    suggestSoon();
    saveDraftSoon();
  });

  // ---- live suggestion and similar open complaints ------------------------------------------------------------
  let lastSuggestion = null;
  let suggestSeq = 0;

  async function suggest() {
    const text = $('text').value.trim();
    if (text.length < 10) {
      showSuggestion(null);
      return;
    }
    const seq = ++suggestSeq;
    // the operator's category, when chosen, decides the suggested units (that category's in this kecamatan)
    const r = await api('POST', '/api/suggest', {
      text, kecamatan: $('kecamatan').dataset.code || null, desa: $('desa').dataset.code || null,
      category: $('category').value || null
    });
    if (seq !== suggestSeq || !r.ok) {
      return;
    }
    showSuggestion(r.data);
    fillPlaceFromText(r.data);
    loadSimilar();
  }
  const suggestSoon = debounce(suggest, 350);

  // The caller named the place in the complaint and the operator has not chosen one: take it (still editable).
  function fillPlaceFromText(s) {
    const kec = $('kecamatan');
    if (!s.kecamatan || kec.value.trim() || document.activeElement === kec) {
      return;
    }
    kec.value = s.kecamatan.name;
    kec.dataset.code = s.kecamatan.code;
    if (s.desa && !$('desa').value.trim()) {
      $('desa').value = s.desa.name;
      $('desa').dataset.code = s.desa.code;
    }
    saveDraftSoon();
  }

  function showSuggestion(s) {
    lastSuggestion = s;
    if (!s) {
      ['s-category', 's-units', 's-place', 's-confident'].forEach((id) => { $(id).textContent = '\u2013'; });
      $('s-category').classList.remove('urgent');
      return;
    }
    $('s-category').textContent = s.categoryName + (s.urgent ? ' \u2022 MENDESAK' : '');
    $('s-category').classList.toggle('urgent', !!s.urgent);
    $('s-units').textContent = s.units.map((u) => u.name).join(', ') || '\u2013';
    const place = [];
    if (s.kecamatan) {
      place.push('Kec. ' + s.kecamatan.name);
    }
    if (s.desa) {
      place.push('Desa ' + s.desa.name);
    }
    $('s-place').textContent = place.join(', ') || 'tidak disebut';
    $('s-confident').textContent = $('category').value ? 'Kategori dipilih operator'
      : (s.confident ? 'Yakin' : 'Kurang yakin: ke meja triase Kominfo');
  }

  async function loadSimilar() {
    const category = $('category').value || (lastSuggestion && lastSuggestion.category);
    const desaCode = $('desa').dataset.code;
    const list = $('similar');
    const select = $('link');
    const chosen = select.value;
    if (!category || !desaCode) {
      return;
    }
    const r = await api('GET', '/api/similar?category=' + encodeURIComponent(category)
      + '&desa=' + encodeURIComponent(desaCode));
    if (!r.ok) {
      return;
    }
    clear(list);
    while (select.options.length > 1) {
      select.remove(1);
    }
    if (r.data.length === 0) {
      list.appendChild(el('li', 'Tidak ada pengaduan serupa yang terbuka.', 'muted'));
    }
    r.data.forEach((t) => {
      const li = el('li');
      li.appendChild(el('strong', t.ticket));
      li.appendChild(el('span', ' ' + t.stateLabel + ' \u00b7 ' + shortTime(t.createdAt), 'muted'));
      // another channel's or station's ticket comes without its text: say where it is from instead
      const summary = t.own ? t.text
        : (t.channel === 'sms' ? 'Lewat SMS' : 'Dari stasiun lain') + ' \u00b7 ' + [t.desa, t.kecamatan]
          .filter((p) => p).join(', ');
      li.appendChild(el('div', summary));
      list.appendChild(li);
      const option = el('option', t.ticket + ' \u2013 ' + summary.slice(0, 60));
      option.value = t.ticket;
      select.appendChild(option);
    });
    select.value = Array.from(select.options).some((o) => o.value === chosen) ? chosen : '';
  }

  // ---- the form ---------------------------------------------------------------------------------------------
  const form = $('call-form');
  const FIELDS = ['name', 'phone', 'kecamatan', 'desa', 'text', 'category', 'units', 'linkTicket'];
  const FOCUS_OF = { units: 'unit', linkTicket: 'link' };

  function showErrors(errors) {
    FIELDS.forEach((f) => {
      const span = $('err-' + f);
      span.textContent = (errors && errors[f]) || '';
      const input = $(FOCUS_OF[f] || f);
      if (errors && errors[f]) {
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
    });
    const first = FIELDS.find((f) => errors && errors[f]);
    if (first) {
      $(FOCUS_OF[first] || first).focus();
    }
  }

  let submitting = false;
  async function submit() {
    if (submitting) {
      return;
    }
    if (correcting) {
      submitCorrection();
      return;
    }
    submitting = true;
    $('form-error').textContent = '';
    const body = {
      name: $('name').value,
      phone: $('phone').value,
      consentSms: $('consent').checked,
      kecamatan: $('kecamatan').dataset.code || ($('kecamatan').value.trim() ? $('kecamatan').value : null),
      desa: $('desa').dataset.code || ($('desa').value.trim() ? $('desa').value : null),
      text: $('text').value,
      urgent: $('urgent').checked,
      anonymous: $('anonymous').checked,
      secret: $('secret').checked,
      emergency: $('emergency').checked,
      category: $('category').value || null,
      units: $('unit').value ? [$('unit').value] : [],
      linkTicket: $('link').value || null
    };
    try {
      const r = await api('POST', '/api/calls', body);
      if (r.status === 201) {
        showErrors(null);
        showTicket(r.data);
        resetForm();
        clearDraft();
        loadCalls();
      } else if (r.status === 400 && r.data && r.data.errors) {
        showErrors(r.data.errors);
      } else if (r.status === 403) {
        await loadMe();
        $('form-error').textContent = (r.data && r.data.error) || 'Ditolak. Coba kirim lagi.';
      } else {
        $('form-error').textContent = (r.data && r.data.error) || 'Gagal menyimpan. Coba lagi.';
      }
    } catch (e) {
      $('form-error').textContent = 'Server tidak dapat dihubungi. Data belum tersimpan; coba lagi.';
    } finally {
      submitting = false;
    }
  }

  function showTicket(t) {
    $('ticket-number').textContent = t.ticket;
    const info = [];
    info.push(t.linked ? 'Digabung ke tiket yang sudah ada' : (t.duplicate ? 'Pengaduan sama sudah tercatat' : 'Tiket baru'));
    if (t.urgent) {
      info.push('MENDESAK');
    }
    if (t.triage) {
      info.push('Masuk meja triase Kominfo (kategori belum pasti)');
    }
    $('ticket-info').textContent = info.join(' \u00b7 ');
    $('ticket-display').hidden = false;
  }

  function resetForm() {
    form.reset();
    kecamatan.reset();
    desa.reset();
    showSuggestion(null);
    clear($('similar'));
    $('similar').appendChild(el('li', 'Pilih desa dan ketik keluhan.', 'muted'));
    while ($('link').options.length > 1) {
      $('link').remove(1);
    }
    $('emergency-box').hidden = true;
    $('draft-status').textContent = '';
    $('text-count').textContent = '0';
    $('name').focus();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  $('text').addEventListener('input', () => {
    $('text-count').textContent = String($('text').value.length);
    suggestSoon();
  });
  // Enter on a checkbox or select submits too: the whole form runs on Tab and Enter.
  form.querySelectorAll('input[type=checkbox], select').forEach((node) => {
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        submit();
      }
    });
  });
  $('emergency').addEventListener('change', () => {
    const on = $('emergency').checked;
    $('emergency-box').hidden = !on;
    if (on) {
      $('urgent').checked = true;
    }
  });
  $('category').addEventListener('change', () => {
    loadSimilar();
    suggestSoon();
  });

  // ---- the draft: a half-typed call survives a session expiry (kept in this tab, per operator) ---------------
  const CHECKS = ['consent', 'urgent', 'anonymous', 'secret', 'emergency'];

  function draftKey() {
    return me ? 'wadul.desk.draft.' + me.username : null;
  }

  function saveDraft() {
    const key = draftKey();
    if (!key || correcting) {
      return;
    }
    const d = {
      name: $('name').value, phone: $('phone').value, text: $('text').value,
      kecamatan: { name: $('kecamatan').value, code: $('kecamatan').dataset.code || '' },
      desa: { name: $('desa').value, code: $('desa').dataset.code || '' },
      category: $('category').value, unit: $('unit').value, checks: {}
    };
    CHECKS.forEach((c) => { d.checks[c] = $(c).checked; });
    const empty = !d.name.trim() && !d.phone.trim() && !d.text.trim() && !d.kecamatan.name.trim();
    try {
      if (empty) {
        sessionStorage.removeItem(key);
      } else {
        sessionStorage.setItem(key, JSON.stringify(d));
      }
    } catch (e) {
      // storage full or disabled: the desk works without the draft
    }
  }
  const saveDraftSoon = debounce(saveDraft, 200);

  function clearDraft() {
    const key = draftKey();
    if (key) {
      sessionStorage.removeItem(key);
    }
  }

  function restoreDraft() {
    const key = draftKey();
    let d = null;
    try {
      d = key ? JSON.parse(sessionStorage.getItem(key) || 'null') : null;
    } catch (e) {
      d = null;
    }
    if (!d) {
      return false;
    }
    $('name').value = d.name || '';
    $('phone').value = d.phone || '';
    $('text').value = d.text || '';
    $('text-count').textContent = String($('text').value.length);
    $('kecamatan').value = (d.kecamatan && d.kecamatan.name) || '';
    $('kecamatan').dataset.code = (d.kecamatan && d.kecamatan.code) || '';
    $('desa').value = (d.desa && d.desa.name) || '';
    $('desa').dataset.code = (d.desa && d.desa.code) || '';
    $('category').value = d.category || '';
    $('unit').value = d.unit || '';
    CHECKS.forEach((c) => { $(c).checked = !!(d.checks && d.checks[c]); });
    $('emergency-box').hidden = !$('emergency').checked;
    $('draft-status').textContent = 'Draf panggilan yang belum terkirim dipulihkan.';
    suggestSoon();
    return true;
  }
  form.addEventListener('input', saveDraftSoon);
  form.addEventListener('change', saveDraftSoon);

  // ---- correcting or withdrawing a call shortly after logging it ----------------------------------------------
  let correcting = null;

  function startCorrection(c) {
    saveDraft();
    correcting = c.ticket;
    resetForm();
    $('form-title').textContent = 'Koreksi panggilan ' + c.ticket;
    $('submit').textContent = 'Simpan koreksi';
    $('cancel-correction').hidden = false;
    $('text').value = c.text || '';
    $('text-count').textContent = String($('text').value.length);
    $('kecamatan').value = c.kecamatanName || '';
    $('kecamatan').dataset.code = c.kecamatanCode || '';
    $('desa').value = c.desaName || '';
    $('desa').dataset.code = c.desaCode || '';
    $('category').value = c.category || '';
    $('draft-status').textContent = '';
    suggestSoon();
    $('text').focus();
  }

  function endCorrection() {
    correcting = null;
    $('form-title').textContent = 'Panggilan baru';
    $('submit').textContent = 'Kirim & beri nomor tiket';
    $('cancel-correction').hidden = true;
    resetForm();
    restoreDraft();
  }
  $('cancel-correction').addEventListener('click', endCorrection);

  async function submitCorrection() {
    submitting = true;
    const ticket = correcting;
    $('form-error').textContent = '';
    try {
      const r = await api('POST', '/api/calls/' + encodeURIComponent(ticket) + '/correct', {
        text: $('text').value,
        category: $('category').value || null,
        kecamatan: $('kecamatan').dataset.code || ($('kecamatan').value.trim() ? $('kecamatan').value : null),
        desa: $('desa').dataset.code || ($('desa').value.trim() ? $('desa').value : null)
      });
      if (r.ok) {
        showErrors(null);
        endCorrection();
        $('calls-status').textContent = 'Koreksi tiket ' + ticket + ' tersimpan dan dikirim ke unit.';
        loadCalls();
      } else if (r.status === 400 && r.data && r.data.errors) {
        showErrors(r.data.errors);
      } else {
        $('form-error').textContent = (r.data && r.data.error) || 'Koreksi gagal. Coba lagi.';
      }
    } catch (e) {
      $('form-error').textContent = 'Server tidak dapat dihubungi. Koreksi belum tersimpan; coba lagi.';
    } finally {
      submitting = false;
    }
  }

  // Withdrawing needs a second press of the same button: no dialog, the keyboard stays where it is. The first
  // press is remembered across the list's refreshes.
  const armed = new Set();
  function withdrawButton(c) {
    const button = el('button', armed.has(c.ticket) ? 'Yakin tarik? Tekan lagi' : 'Tarik');
    button.type = 'button';
    button.dataset.action = 'withdraw';
    button.setAttribute('aria-label', 'Tarik panggilan ' + c.ticket);
    button.addEventListener('click', async () => {
      if (!armed.has(c.ticket)) {
        armed.add(c.ticket);
        button.textContent = 'Yakin tarik? Tekan lagi';
        return;
      }
      armed.delete(c.ticket);
      const r = await api('POST', '/api/calls/' + encodeURIComponent(c.ticket) + '/withdraw', {});
      $('calls-status').textContent = r.ok ? 'Panggilan ' + c.ticket + ' ditarik; tiket dibatalkan dan unit diberi tahu.'
        : ((r.data && r.data.error) || 'Gagal menarik panggilan.');
      loadCalls();
    });
    return button;
  }

  function correctButton(c) {
    const button = el('button', 'Koreksi');
    button.type = 'button';
    button.dataset.action = 'correct';
    button.setAttribute('aria-label', 'Koreksi panggilan ' + c.ticket);
    button.addEventListener('click', () => startCorrection(c));
    return button;
  }

  // ---- follow-up list ---------------------------------------------------------------------------------------
  function shortTime(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    return d.toLocaleString('id-ID', { day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  let callsSeq = 0;
  async function loadCalls() {
    const seq = ++callsSeq;
    const q = $('search').value.trim();
    const r = await api('GET', '/api/calls?scope=' + encodeURIComponent($('scope').value)
      + (q ? '&q=' + encodeURIComponent(q) : ''));
    if (seq !== callsSeq || !r.ok) {
      return;
    }
    const body = $('calls');
    // a refresh keeps the keyboard on the same row button
    const focused = body.contains(document.activeElement) ? document.activeElement.getAttribute('aria-label') : null;
    clear(body);
    if (r.data.length === 0) {
      const tr = el('tr');
      const td = el('td', q ? 'Tiket tidak ditemukan.' : 'Belum ada panggilan.', 'muted');
      td.colSpan = 6;
      tr.appendChild(td);
      body.appendChild(tr);
    }
    r.data.forEach((c) => {
      if (c.kind === 'sms') {
        body.appendChild(smsRow(c));
        return;
      }
      const tr = el('tr');
      tr.dataset.ticket = c.ticket;
      if (c.urgent) {
        tr.className = 'urgent-row';
      }
      const ticket = el('td');
      ticket.appendChild(el('strong', c.ticket, 'mono'));
      if (c.linked) {
        ticket.appendChild(el('div', 'digabung', 'muted'));
      }
      if (c.withdrawn) {
        ticket.appendChild(el('div', 'ditarik', 'muted'));
      } else if (c.correctedAt) {
        ticket.appendChild(el('div', 'dikoreksi', 'muted'));
      }
      if (c.editableUntil && new Date(c.editableUntil) > new Date()) {
        const actions = el('div', null, 'actions');
        actions.appendChild(correctButton(c));
        actions.appendChild(withdrawButton(c));
        actions.appendChild(el('div', 'bisa diubah s.d. ' + shortTime(c.editableUntil), 'muted'));
        ticket.appendChild(actions);
      }
      tr.appendChild(ticket);
      tr.appendChild(el('td', shortTime(c.createdAt)));
      tr.appendChild(el('td', c.station + ' / ' + c.operator));
      const text = el('td');
      const flags = [];
      if (c.emergency) { flags.push('DARURAT'); }
      if (c.urgent) { flags.push('MENDESAK'); }
      if (c.anonymous) { flags.push('ANONIM'); }
      if (c.secret) { flags.push('RAHASIA'); }
      if (flags.length) {
        text.appendChild(el('div', flags.join(' \u00b7 '), 'flags'));
      }
      if (c.callerName) {
        text.appendChild(el('div', c.callerName, 'muted'));
      }
      text.appendChild(el('div', c.text, 'call-text'));
      tr.appendChild(text);
      tr.appendChild(el('td', c.stateLabel));
      const notes = el('td');
      if (c.notes.length === 0) {
        notes.appendChild(el('span', 'belum ada', 'muted'));
      }
      c.notes.forEach((n) => {
        notes.appendChild(el('div', shortTime(n.at) + ' ' + (n.unit || '') + ' ' + n.kind
          + (n.detail ? ': ' + n.detail : '')));
      });
      tr.appendChild(notes);
      body.appendChild(tr);
    });
    if (focused) {
      const again = Array.from(body.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === focused);
      if (again) {
        again.focus();
      }
    }
    $('refreshed').textContent = 'diperbarui ' + new Date().toLocaleTimeString('id-ID');
  }
  // An SMS ticket of the station's area: category, place, state and the units' steps; never the text or the number.
  function smsRow(t) {
    const tr = el('tr', null, 'sms-row' + (t.urgent ? ' urgent-row' : ''));
    tr.dataset.ticket = t.ticket;
    const ticket = el('td');
    ticket.appendChild(el('strong', t.ticket, 'mono'));
    ticket.appendChild(el('div', 'SMS warga', 'muted'));
    tr.appendChild(ticket);
    tr.appendChild(el('td', shortTime(t.createdAt)));
    tr.appendChild(el('td', [t.desa, t.kecamatan].filter((p) => p).join(', ') || 'lokasi belum jelas'));
    const option = Array.from($('category').options).find((o) => o.value === t.category);
    tr.appendChild(el('td', (t.urgent ? 'MENDESAK \u00b7 ' : '') + (option ? option.textContent : t.category)));
    tr.appendChild(el('td', t.stateLabel));
    const notes = el('td');
    if (t.notes.length === 0) {
      notes.appendChild(el('span', 'belum ada', 'muted'));
    }
    t.notes.forEach((n) => notes.appendChild(el('div', shortTime(n.at) + ' ' + (n.unit || '') + ' ' + n.kind)));
    tr.appendChild(notes);
    return tr;
  }

  $('scope').addEventListener('change', loadCalls);
  $('search').addEventListener('input', debounce(loadCalls, 300));
  $('search').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      loadCalls();
    }
  });

  // ---- admin: accounts --------------------------------------------------------------------------------------
  async function loadOperators() {
    const r = await api('GET', '/api/operators');
    if (!r.ok) {
      return;
    }
    const body = $('operators');
    clear(body);
    r.data.forEach((o) => {
      const tr = el('tr');
      tr.dataset.username = o.username;
      tr.appendChild(el('td', o.username));
      tr.appendChild(el('td', o.role === 'ADMIN' ? 'Admin' : 'Operator'));
      tr.appendChild(el('td', o.station));
      tr.appendChild(el('td', o.active ? 'ya' : 'tidak'));
      const actions = el('td', null, 'actions');
      if (o.username !== me.username) {
        actions.appendChild(actionButton(o, o.active ? 'deactivate' : 'activate',
          o.active ? 'Nonaktifkan' : 'Aktifkan'));
      }
      actions.appendChild(actionButton(o, 'password', 'Reset sandi'));
      actions.appendChild(actionButton(o, 'unlock', 'Buka kunci'));
      actions.appendChild(actionButton(o, 'end-sessions', 'Akhiri sesi'));
      tr.appendChild(actions);
      body.appendChild(tr);
    });
  }

  const DONE = {
    deactivate: (o) => 'Akun ' + o.username + ' dinonaktifkan; sesinya diakhiri.',
    activate: (o) => 'Akun ' + o.username + ' diaktifkan kembali.',
    password: (o, d) => 'Kata sandi ' + o.username + ' diganti; sesinya diakhiri. Kata sandi baru (catat sekarang, '
      + 'hanya ditampilkan sekali): ' + d.password,
    unlock: (o) => 'Percobaan masuk ' + o.username + ' yang gagal dilupakan; ia bisa langsung masuk lagi.',
    'end-sessions': (o, d) => d.ended + ' sesi ' + o.username + ' diakhiri.'
  };

  // A native button: Tab reaches it, Enter and Space press it.
  function actionButton(o, action, label) {
    const button = el('button', label);
    button.type = 'button';
    button.dataset.action = action;
    button.setAttribute('aria-label', label + ' ' + o.username);
    button.addEventListener('click', async () => {
      const r = await api('POST', '/api/operators/' + encodeURIComponent(o.username) + '/' + action, {});
      if (r.ok) {
        $('op-status').textContent = DONE[action](o, r.data);
        await loadOperators();
        const again = document.querySelector('#operators tr[data-username="' + CSS.escape(o.username)
          + '"] button[data-action]');
        if (again) {
          again.focus();
        }
      } else {
        $('op-status').textContent = (r.data && (r.data.error || (r.data.errors && Object.values(r.data.errors)
          .join(' ')))) || 'Gagal. Coba lagi.';
      }
    });
    return button;
  }

  $('operator-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('op-created').textContent = '';
    const r = await api('POST', '/api/operators', {
      username: $('op-username').value, role: $('op-role').value,
      station: $('op-station').value, password: $('op-password').value
    });
    ['username', 'role', 'station', 'password'].forEach((f) => {
      $('err-op-' + f).textContent = (r.data && r.data.errors && r.data.errors[f]) || '';
    });
    if (r.status === 201) {
      $('op-created').textContent = 'Akun ' + r.data.username + ' dibuat.'
        + (r.data.password ? ' Kata sandi (catat sekarang, hanya ditampilkan sekali): ' + r.data.password : '');
      $('operator-form').reset();
      $('op-station').value = me.station;
      loadOperators();
    } else if (!(r.data && r.data.errors)) {
      $('op-created').textContent = (r.data && r.data.error) || 'Gagal membuat akun.';
    }
  });

  // ---- admin: the station's area (its SMS tickets join the follow-up list) ----------------------------------
  let area = [];

  function showArea() {
    const list = $('area');
    clear(list);
    if (area.length === 0) {
      list.appendChild(el('li', 'Seluruh kabupaten', 'muted'));
    }
    area.forEach((k) => {
      const li = el('li', k.name + ' ');
      const button = el('button', 'Hapus');
      button.type = 'button';
      button.setAttribute('aria-label', 'Hapus kecamatan ' + k.name);
      button.addEventListener('click', () => saveArea(area.filter((a) => a.code !== k.code).map((a) => a.code)));
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  async function loadArea() {
    const r = await api('GET', '/api/station/area');
    if (r.ok) {
      area = r.data;
      showArea();
    }
  }

  async function saveArea(codes) {
    const r = await api('POST', '/api/station/area', { kecamatan: codes });
    if (r.ok) {
      area = r.data;
      showArea();
      $('area-status').textContent = 'Wilayah stasiun disimpan.';
      loadCalls();
    } else {
      $('area-status').textContent = (r.data && (r.data.error || (r.data.errors && Object.values(r.data.errors)
        .join(' ')))) || 'Gagal menyimpan wilayah.';
    }
  }

  const areaPicker = combobox($('area-kecamatan'), $('area-kecamatan-list'), async (q) => {
    const r = await api('GET', '/api/kecamatan?q=' + encodeURIComponent(q));
    return r.ok ? r.data : [];
  }, (item) => {
    if (item && !area.some((a) => a.code === item.code)) {
      saveArea(area.map((a) => a.code).concat(item.code)).then(() => areaPicker.reset());
    }
  });

  // ---- start ------------------------------------------------------------------------------------------------
  async function loadMe() {
    const r = await api('GET', '/api/me');
    me = r.data;
    csrf = me.csrfToken;
    $('who').textContent = me.username + ' \u00b7 ' + me.station + (me.role === 'ADMIN' ? ' \u00b7 admin' : '');
  }

  async function loadChoices(path, select) {
    const r = await api('GET', path);
    if (r.ok) {
      const chosen = select.value;
      while (select.options.length > 1) {
        select.remove(1);
      }
      r.data.forEach((c) => {
        const option = el('option', c.name);
        option.value = c.code;
        select.appendChild(option);
      });
      select.value = Array.from(select.options).some((o) => o.value === chosen) ? chosen : '';
    }
  }
  // the units follow the console's routing changes: read again whenever the operator opens the list
  $('unit').addEventListener('focus', () => loadChoices('/api/units', $('unit')));

  $('logout').addEventListener('click', async () => {
    await api('POST', '/api/logout', {}).catch(() => null);
    window.location.assign('/login');
  });

  (async function init() {
    await loadMe();
    await Promise.all([loadChoices('/api/categories', $('category')), loadChoices('/api/units', $('unit'))]);
    restoreDraft();
    loadCalls();
    setInterval(loadCalls, 15000);
    if (me.role === 'ADMIN') {
      $('admin').hidden = false;
      $('op-station').value = me.station;
      loadOperators();
      loadArea();
    }
    document.body.dataset.ready = 'true';
  })();
})();
