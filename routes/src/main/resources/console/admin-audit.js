'use strict';
// The admin audit (SYSADMIN): newest first, filtered by target, older pages on demand.
(async function () {
  const A = window.wadulAdmin;
  const $ = (id) => document.getElementById(id);
  await A.start('audit');
  let oldest = 0;

  function pretty(json) {
    if (json === null || json === undefined) {
      return '-';
    }
    try {
      return JSON.stringify(JSON.parse(json), null, 1);
    } catch (e) {
      return json;
    }
  }

  async function load(more) {
    if (!more) {
      oldest = 0;
      A.clear($('audit'));
    }
    const target = $('audit-target').value.trim();
    const query = '?before=' + oldest + (target ? '&target=' + encodeURIComponent(target) : '');
    const r = await A.api('GET', '/api/admin/audit' + query);
    const rows = r.data || [];
    rows.forEach((a) => {
      const tr = A.el('tr');
      tr.appendChild(A.el('td', a.at.replace('T', ' ').replace('Z', '')));
      tr.appendChild(A.el('td', a.actor + ' (' + a.actorRole + ')'));
      tr.appendChild(A.el('td', a.action));
      tr.appendChild(A.el('td', a.target));
      const before = A.el('td');
      before.appendChild(A.el('pre', pretty(a.before), 'json'));
      tr.appendChild(before);
      const after = A.el('td');
      after.appendChild(A.el('pre', pretty(a.after), 'json'));
      tr.appendChild(after);
      $('audit').appendChild(tr);
      oldest = a.id;
    });
    $('audit-more').hidden = rows.length < 100;
  }

  $('audit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load(false);
  });
  $('audit-more').addEventListener('click', () => load(true));
  await load(false);
  A.ready();
})();
