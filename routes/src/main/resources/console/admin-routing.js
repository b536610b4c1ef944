'use strict';
// The routing table (SYSADMIN): edit rules, defaults and the triage unit; preview the change on the last
// complaints; save (applied to the next complaint without a restart); download it as routing.yaml.
(async function () {
  const A = window.wadulAdmin;
  const $ = (id) => document.getElementById(id);
  await A.start('routing');
  let categories = {};
  let kecamatan = {};

  function categorySelect(value, label) {
    const s = document.createElement('select');
    s.setAttribute('aria-label', label);
    Object.keys(categories).forEach((code) => {
      const o = A.el('option', code + ' - ' + categories[code]);
      o.value = code;
      s.appendChild(o);
    });
    s.value = value || Object.keys(categories)[0];
    s.className = 'category';
    return s;
  }

  function input(value, cls, label, list) {
    const i = document.createElement('input');
    i.value = value;
    i.className = cls;
    i.setAttribute('aria-label', label);
    if (list) {
      i.setAttribute('list', list);
    }
    return i;
  }

  function ruleRow(rule) {
    const n = $('rules').children.length + 1;
    const tr = A.el('tr', null, 'rule');
    const c = A.el('td');
    c.appendChild(categorySelect(rule.category, 'Kategori aturan ' + n));
    tr.appendChild(c);
    const k = A.el('td');
    const place = input(rule.kecamatan || '*', 'kecamatan', 'Kecamatan aturan ' + n, 'kecamatan-options');
    const name = A.el('span', kecamatan[rule.kecamatan] || '', 'muted');
    place.addEventListener('input', () => { name.textContent = kecamatan[place.value.trim()] || ''; });
    k.appendChild(place);
    k.appendChild(document.createTextNode(' '));
    k.appendChild(name);
    tr.appendChild(k);
    const u = A.el('td');
    u.appendChild(input((rule.units || []).join(', '), 'units', 'Unit aturan ' + n));
    tr.appendChild(u);
    const d = A.el('td');
    d.appendChild(A.button('Hapus', 'Hapus aturan ' + n, () => tr.remove(), 'danger'));
    tr.appendChild(d);
    $('rules').appendChild(tr);
    return tr;
  }

  function defaultRow(category, units) {
    const n = $('defaults').children.length + 1;
    const tr = A.el('tr', null, 'default');
    const c = A.el('td');
    c.appendChild(categorySelect(category, 'Kategori bawaan ' + n));
    tr.appendChild(c);
    const u = A.el('td');
    u.appendChild(input((units || []).join(', '), 'units', 'Unit bawaan ' + n));
    tr.appendChild(u);
    const d = A.el('td');
    d.appendChild(A.button('Hapus', 'Hapus bawaan ' + n, () => tr.remove(), 'danger'));
    tr.appendChild(d);
    $('defaults').appendChild(tr);
    return tr;
  }

  function table() {
    const rules = Array.from($('rules').querySelectorAll('tr.rule')).map((tr) => ({
      category: tr.querySelector('.category').value,
      kecamatan: tr.querySelector('.kecamatan').value.trim(),
      units: tr.querySelector('.units').value.split(/[,\s]+/).filter((x) => x)
    }));
    const defaults = {};
    $('defaults').querySelectorAll('tr.default').forEach((tr) => {
      defaults[tr.querySelector('.category').value] = tr.querySelector('.units').value.split(/[,\s]+/).filter((x) => x);
    });
    return { triage: $('triage').value, rules, defaults };
  }

  async function load() {
    const r = await A.api('GET', '/api/admin/routing');
    const t = r.data;
    categories = t.categories;
    kecamatan = t.kecamatan;
    A.clear($('kecamatan-options'));
    Object.keys(kecamatan).forEach((code) => {
      const o = A.el('option', kecamatan[code]);
      o.value = code;
      $('kecamatan-options').appendChild(o);
    });
    A.clear($('triage'));
    t.units.forEach((u) => {
      const o = A.el('option', u.code + ' - ' + u.name);
      o.value = u.code;
      $('triage').appendChild(o);
    });
    $('triage').value = t.triage;
    A.clear($('rules'));
    t.rules.forEach(ruleRow);
    A.clear($('defaults'));
    Object.keys(t.defaults).forEach((c) => defaultRow(c, t.defaults[c]));
  }

  function showPreview(p) {
    $('preview-box').hidden = false;
    $('preview-summary').textContent = p.changed + ' dari ' + p.total
      + ' pengaduan terakhir akan masuk ke unit lain.';
    A.clear($('preview-moves'));
    p.moves.forEach((m) => {
      const tr = A.el('tr');
      tr.appendChild(A.el('td', m.from.join(', ')));
      tr.appendChild(A.el('td', m.to.join(', ')));
      tr.appendChild(A.el('td', m.complaints));
      $('preview-moves').appendChild(tr);
    });
    A.clear($('preview-units'));
    Object.keys(p.units).forEach((code) => {
      const c = p.units[code];
      if (c.now !== c.proposed) {
        const tr = A.el('tr');
        tr.appendChild(A.el('td', code));
        tr.appendChild(A.el('td', c.now));
        tr.appendChild(A.el('td', c.proposed));
        $('preview-units').appendChild(tr);
      }
    });
  }

  $('add-rule').addEventListener('click', () => ruleRow({}).querySelector('select').focus());
  $('add-default').addEventListener('click', () => defaultRow(null, []).querySelector('select').focus());
  $('preview').addEventListener('click', async () => {
    $('routing-error').textContent = '';
    $('routing-result').textContent = '';
    const r = await A.api('POST', '/api/admin/routing/preview', table());
    if (r.ok) {
      showPreview(r.data);
      $('preview-summary').focus();
    } else {
      $('routing-error').textContent = A.errorText(r);
    }
  });
  $('save').addEventListener('click', async () => {
    $('routing-error').textContent = '';
    $('routing-result').textContent = '';
    const r = await A.api('POST', '/api/admin/routing', table());
    if (r.ok) {
      $('routing-result').textContent = 'Tabel rute disimpan dan berlaku untuk pengaduan berikutnya.';
      await load();
    } else {
      $('routing-error').textContent = A.errorText(r);
    }
  });

  await load();
  A.ready();
})();
