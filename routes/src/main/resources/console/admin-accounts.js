'use strict';
// Accounts of every role (SYSADMIN): create (an OFFICER is linked to a person), deactivate/activate, reset the
// password, unlock, end sessions. Every action is a button named with its account, reachable with Tab.
(async function () {
  const A = window.wadulAdmin;
  const $ = (id) => document.getElementById(id);
  await A.start('accounts');

  function roleChanged() {
    const role = $('acc-role').value;
    $('station-box').hidden = !(role === 'OPERATOR' || role === 'ADMIN');
    $('person-box').hidden = role !== 'OFFICER';
  }
  $('acc-role').addEventListener('change', roleChanged);

  async function loadPeople() {
    const r = await A.api('GET', '/api/admin/people');
    A.clear($('acc-person'));
    (r.data || []).filter((p) => p.active).forEach((p) => {
      const o = A.el('option', p.name + ' (' + p.number + ')');
      o.value = String(p.id);
      $('acc-person').appendChild(o);
    });
  }

  async function act(username, path, done) {
    $('list-result').textContent = '';
    const r = await A.api('POST', '/api/operators/' + encodeURIComponent(username) + '/' + path, {});
    $('list-result').textContent = r.ok ? done(r.data) : A.errorText(r);
    await load();
  }

  async function load() {
    const r = await A.api('GET', '/api/operators');
    const body = $('accounts');
    A.clear(body);
    (r.data || []).forEach((a) => {
      const tr = A.el('tr', null, a.active ? '' : 'inactive');
      tr.dataset.username = a.username;
      tr.appendChild(A.el('td', a.username));
      tr.appendChild(A.el('td', a.role));
      tr.appendChild(A.el('td', a.station || '-'));
      tr.appendChild(A.el('td', a.active ? 'aktif' : 'nonaktif'));
      const actions = A.el('td', null, 'actions');
      const name = a.username;
      actions.appendChild(a.active
        ? A.button('Nonaktifkan', 'Nonaktifkan ' + name, () => act(name, 'deactivate', () => name + ' dinonaktifkan.'), 'danger')
        : A.button('Aktifkan', 'Aktifkan ' + name, () => act(name, 'activate', () => name + ' diaktifkan.')));
      actions.appendChild(A.button('Sandi baru', 'Sandi baru untuk ' + name, () => act(name, 'password',
        (d) => 'Sandi baru ' + name + ' (tampil sekali): ' + d.password)));
      actions.appendChild(A.button('Buka kunci', 'Buka kunci ' + name, () => act(name, 'unlock',
        () => name + ' dapat mencoba masuk lagi.')));
      actions.appendChild(A.button('Akhiri sesi', 'Akhiri sesi ' + name, () => act(name, 'end-sessions',
        (d) => d.ended + ' sesi ' + name + ' diakhiri.')));
      tr.appendChild(actions);
      body.appendChild(tr);
    });
  }

  $('account-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('acc-error').textContent = '';
    $('acc-result').textContent = '';
    const role = $('acc-role').value;
    const body = { username: $('acc-username').value, role };
    if (role === 'OPERATOR' || role === 'ADMIN') {
      body.station = $('acc-station').value;
    }
    if (role === 'OFFICER' && $('acc-person').value) {
      body.person = Number($('acc-person').value);
    }
    if ($('acc-password').value) {
      body.password = $('acc-password').value;
    }
    const r = await A.api('POST', '/api/operators', body);
    if (r.ok) {
      $('acc-result').textContent = 'Akun ' + r.data.username + ' dibuat.'
        + (r.data.password ? ' Kata sandi (tampil sekali): ' + r.data.password : '');
      $('acc-username').value = '';
      $('acc-password').value = '';
      $('acc-username').focus();
      await load();
    } else {
      $('acc-error').textContent = A.errorText(r);
    }
  });

  roleChanged();
  await Promise.all([load(), loadPeople()]);
  A.ready();
})();
