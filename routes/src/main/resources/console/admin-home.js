'use strict';
// Landing page of the office's accounts whose own pages are elsewhere in the console.
(async function () {
  const A = window.wadulAdmin;
  const me = await A.start('home');
  document.getElementById('home-text').textContent = 'Anda masuk sebagai ' + me.username + ' (' + me.role
      + '). Halaman untuk peran ini (antrean triase, antrean unit) ada di konsol.';
  A.ready();
})();
