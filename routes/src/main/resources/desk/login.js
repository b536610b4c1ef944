'use strict';
// Login page of the call-in desk: posts the credentials as JSON, then opens the desk.
(function () {
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const body = {
      username: document.getElementById('username').value,
      password: document.getElementById('password').value
    };
    try {
      const response = await fetch('/api/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(body)
      });
      if (response.ok) {
        window.location.assign('/');
        return;
      }
      const data = await response.json().catch(() => ({}));
      error.textContent = data.error || 'Gagal masuk.';
      document.getElementById('password').select();
    } catch (e) {
      error.textContent = 'Server tidak dapat dihubungi.';
    }
  });
})();
