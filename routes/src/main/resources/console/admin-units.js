'use strict';
// Units and people (SYSADMIN). A person may belong to several units; changes apply without a restart.
(async function () {
  const A = window.wadulAdmin;
  const $ = (id) => document.getElementById(id);
  await A.start('units');
  let units = [];
  let people = [];
  let editingUnit = null;
  let editingPerson = null;

  function newUnit() {
    editingUnit = null;
    $('unit-code').disabled = false;
    $('unit-code').value = '';
    $('unit-name').value = '';
    $('unit-sees').value = 'never';
    $('unit-active').checked = true;
    $('unit-mode').textContent = 'Unit baru. Pilih "Ubah" pada tabel untuk mengubah unit.';
  }

  function editUnit(u) {
    editingUnit = u.code;
    $('unit-code').value = u.code;
    $('unit-code').disabled = true;
    $('unit-name').value = u.name;
    $('unit-sees').value = u.seesCitizenNumber;
    $('unit-active').checked = u.active;
    $('unit-mode').textContent = 'Mengubah unit ' + u.code + '.';
    $('unit-name').focus();
  }

  function newPerson() {
    editingPerson = null;
    $('person-name').value = '';
    $('person-number').value = '';
    $('person-active').checked = true;
    $('person-units').querySelectorAll('input').forEach((c) => { c.checked = false; });
    $('person-mode').textContent = 'Orang baru.';
  }

  function editPerson(p) {
    editingPerson = p.id;
    $('person-name').value = p.name;
    $('person-number').value = p.number;
    $('person-active').checked = p.active;
    $('person-units').querySelectorAll('input').forEach((c) => { c.checked = p.units.includes(c.value); });
    $('person-mode').textContent = 'Mengubah ' + p.name + '.';
    $('person-name').focus();
  }

  function render() {
    const names = {};
    people.forEach((p) => { names[p.id] = p.name; });
    A.clear($('units'));
    units.forEach((u) => {
      const tr = A.el('tr', null, u.active ? '' : 'inactive');
      tr.dataset.code = u.code;
      tr.appendChild(A.el('td', u.code));
      tr.appendChild(A.el('td', u.name));
      tr.appendChild(A.el('td', u.seesCitizenNumber));
      tr.appendChild(A.el('td', u.members.map((id) => names[id] || id).join(', ')));
      tr.appendChild(A.el('td', u.active ? 'aktif' : 'nonaktif'));
      const td = A.el('td', null, 'actions');
      td.appendChild(A.button('Ubah', 'Ubah unit ' + u.code, () => editUnit(u)));
      tr.appendChild(td);
      $('units').appendChild(tr);
    });
    const box = $('person-units');
    box.querySelectorAll('label').forEach((l) => l.remove());
    units.filter((u) => u.active).forEach((u) => {
      const label = A.el('label', null, 'check');
      const c = document.createElement('input');
      c.type = 'checkbox';
      c.value = u.code;
      label.appendChild(c);
      label.appendChild(document.createTextNode(' ' + u.code));
      box.appendChild(label);
    });
    A.clear($('people'));
    people.forEach((p) => {
      const tr = A.el('tr', null, p.active ? '' : 'inactive');
      tr.dataset.number = p.number;
      tr.appendChild(A.el('td', p.name));
      tr.appendChild(A.el('td', p.number));
      tr.appendChild(A.el('td', p.units.join(', ')));
      tr.appendChild(A.el('td', p.active ? 'aktif' : 'nonaktif'));
      const td = A.el('td', null, 'actions');
      td.appendChild(A.button('Ubah', 'Ubah ' + p.name, () => editPerson(p)));
      tr.appendChild(td);
      $('people').appendChild(tr);
    });
  }

  async function load() {
    const [u, p] = await Promise.all([A.api('GET', '/api/admin/units'), A.api('GET', '/api/admin/people')]);
    units = u.data || [];
    people = p.data || [];
    render();
  }

  $('unit-new').addEventListener('click', () => { newUnit(); $('unit-code').focus(); });
  $('person-new').addEventListener('click', () => { newPerson(); $('person-name').focus(); });

  $('unit-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('unit-error').textContent = '';
    $('unit-result').textContent = '';
    const body = { name: $('unit-name').value, seesCitizenNumber: $('unit-sees').value, active: $('unit-active').checked };
    let r;
    if (editingUnit) {
      r = await A.api('POST', '/api/admin/units/' + encodeURIComponent(editingUnit), body);
    } else {
      body.code = $('unit-code').value;
      r = await A.api('POST', '/api/admin/units', body);
    }
    if (r.ok) {
      $('unit-result').textContent = 'Unit ' + r.data.code + ' disimpan.';
      await load();
      newUnit();
    } else {
      $('unit-error').textContent = A.errorText(r);
    }
  });

  $('person-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('person-error').textContent = '';
    $('person-result').textContent = '';
    const chosen = Array.from($('person-units').querySelectorAll('input:checked')).map((c) => c.value);
    const body = { name: $('person-name').value, number: $('person-number').value,
      active: $('person-active').checked, units: chosen };
    const r = editingPerson === null ? await A.api('POST', '/api/admin/people', body)
      : await A.api('POST', '/api/admin/people/' + editingPerson, body);
    if (r.ok) {
      $('person-result').textContent = r.data.name + ' disimpan (' + (r.data.units.join(', ') || 'tanpa unit') + ').';
      await load();
      newPerson();
    } else {
      $('person-error').textContent = A.errorText(r);
    }
  });

  await load();
  A.ready();
})();
