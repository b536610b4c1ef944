'use strict';
// What wadul learned: the model (version, examples, when trained, calibration, labels by source), the labels with a
// search and a remove button per label, and the place names taught (status, remove; add one by hand).
(function () {
  const C = window.Console;
  const $ = C.$;
  const SOURCES = { import: 'impor riwayat', triage: 'triase', alih: 'ALIH petugas', selesai: 'SELESAI petugas',
    ticket: 'halaman tiket', console: 'ditambah di sini' };
  const STATUS = { active: 'dipakai', ambiguous: 'ambigu (tidak dipakai)', official: 'nama resmi (tidak dipakai)',
    too_general: 'terlalu umum (tidak dipakai)', unknown_desa: 'desa tidak dikenal' };
  const place = C.placePicker('pn-');
  let categories = {};
  let next = null;

  function say(id, text, good) {
    $(id).textContent = text;
    $(id).className = 'status ' + (good ? 'good' : 'bad');
  }

  function fact(dl, label, value) {
    dl.appendChild(C.el('dt', label));
    dl.appendChild(C.el('dd', value === null || value === undefined || value === '' ? '-' : String(value)));
  }

  function pct(x) {
    return x === null || x === undefined ? 'belum ada' : Math.round(x * 1000) / 10 + '%';
  }

  async function loadModel() {
    const r = await C.api('GET', '/api/learn/model');
    const dl = $('model');
    C.clear(dl);
    if (!r.ok) {
      fact(dl, 'Galat', C.errorText(r));
      return false;
    }
    categories = r.data.categories;
    const m = r.data.model;
    if (m) {
      fact(dl, 'Versi', 'v' + m.version);
      fact(dl, 'Contoh', m.examples + ' teks berlabel');
      fact(dl, 'Dilatih', new Date(m.trainedAt).toLocaleString('id-ID'));
      fact(dl, 'Kalibrasi', 'yakin bila benar \u2265 ' + pct(m.share) + (m.calibrated ? '' : ' (belum terkalibrasi: '
        + 'aturan kata kunci memutus)'));
      fact(dl, 'Ambang (aturan setuju)', m.agreeThreshold === null ? 'belum ada' : m.agreeThreshold.toFixed(2));
      fact(dl, 'Ambang (model saja)', m.aloneThreshold === null ? 'belum ada' : m.aloneThreshold.toFixed(2));
    } else {
      fact(dl, 'Versi', 'belum ada model: aturan kata kunci memutus sendiri');
    }
    const parts = Object.entries(r.data.labelsBySource).map(([s, n]) => (SOURCES[s] || s) + ' ' + n);
    fact(dl, 'Label', r.data.labels + (parts.length ? ' (' + parts.join(', ') + ')' : ''));
    return true;
  }

  function removeButton(label, path, after) {
    const b = C.el('button', 'Hapus', 'danger');
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.addEventListener('click', async () => {
      const r = await C.api('POST', path, {});
      after(r);
    });
    return b;
  }

  async function loadLabels(more) {
    const q = new URLSearchParams();
    [['q', 'l-q'], ['category', 'l-category'], ['source', 'l-source']].forEach(([k, id]) => {
      if ($(id).value) {
        q.set(k, $(id).value);
      }
    });
    if (more && next) {
      q.set('before', next);
    }
    const r = await C.api('GET', '/api/learn/labels?' + q);
    if (!r.ok) {
      say('label-status', C.errorText(r), false);
      return;
    }
    const body = $('labels');
    if (!more) {
      C.clear(body);
    }
    r.data.labels.forEach((l) => {
      const tr = C.el('tr');
      tr.dataset.id = l.id;
      tr.appendChild(C.el('td', String(l.id)));
      tr.appendChild(C.el('td', C.shortTime(l.createdAt)));
      tr.appendChild(C.el('td', SOURCES[l.source] || l.source));
      tr.appendChild(C.el('td', l.categoryName || l.category));
      tr.appendChild(C.el('td', l.text));
      const td = C.el('td');
      td.appendChild(removeButton('Hapus label ' + l.id, '/api/learn/labels/' + l.id + '/remove', (res) => {
        if (res.ok) {
          tr.remove();
          say('label-status', 'Label ' + l.id + ' dihapus; model dilatih ulang tanpa label itu.', true);
          loadModel();
        } else {
          say('label-status', C.errorText(res), false);
        }
      }));
      tr.appendChild(td);
      body.appendChild(tr);
    });
    next = r.data.next;
    $('labels-more').hidden = !next;
    if (!more && r.data.labels.length === 0) {
      say('label-status', 'Tidak ada label yang cocok.', true);
    }
  }

  async function loadPlaces() {
    const r = await C.api('GET', '/api/learn/places');
    const body = $('places');
    C.clear(body);
    if (!r.ok) {
      say('place-status', C.errorText(r), false);
      return;
    }
    r.data.places.forEach((p) => {
      const tr = C.el('tr');
      tr.dataset.id = p.id;
      tr.appendChild(C.el('td', p.name));
      tr.appendChild(C.el('td', p.desa + ', ' + p.kecamatan));
      tr.appendChild(C.el('td', STATUS[p.status] || p.status, p.status === 'active' ? 'good' : 'bad'));
      tr.appendChild(C.el('td', SOURCES[p.source] || p.source));
      tr.appendChild(C.el('td', p.createdBy));
      tr.appendChild(C.el('td', C.shortTime(p.createdAt)));
      const td = C.el('td');
      td.appendChild(removeButton('Hapus nama tempat ' + p.name, '/api/learn/places/' + p.id + '/remove', (res) => {
        if (res.ok) {
          say('place-status', 'Nama tempat "' + p.name + '" dihapus.', true);
          loadPlaces();
        } else {
          say('place-status', C.errorText(res), false);
        }
      }));
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  $('label-search').addEventListener('submit', (e) => {
    e.preventDefault();
    loadLabels(false);
  });
  $('labels-more').addEventListener('click', () => loadLabels(true));
  $('place-add').addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = await C.api('POST', '/api/learn/places', { name: $('pn-name').value, desa: place.value().desa });
    if (!r.ok) {
      say('place-status', C.errorText(r), false);
      return;
    }
    say('place-status', 'Nama tempat "' + r.data.name + '" ditambahkan untuk desa ' + r.data.desa + '.', true);
    $('pn-name').value = '';
    place.set('', '', '', '');
    loadPlaces();
  });

  (async function init() {
    await C.start();
    if (await loadModel()) {
      Object.entries(categories).forEach(([code, name]) => {
        const o = C.el('option', name);
        o.value = code;
        $('l-category').appendChild(o);
      });
      await Promise.all([loadLabels(false), loadPlaces()]);
    }
    document.body.dataset.ready = 'true';
  })();
})();
