// Past projects while a teacher writes (issue 14): a pause in typing in the panel's field asks Shamy again
// (POST /search/like with the form's CSRF token) and puts the list it draws in place. The text is only sent,
// never kept. Without this script the panel keeps the list drawn for what was saved.
(function () {
  'use strict';
  var panel = document.getElementById('past-projects');
  if (!panel || !panel.dataset.likeField || !window.fetch) {
    return;
  }
  var field = document.querySelector('textarea[name="' + panel.dataset.likeField + '"]');
  var form = field && field.form;
  var token = form && form.querySelector('input[name="_csrf"]');
  var list = document.getElementById('past-projects-list');
  if (!field || !token || !list) {
    return;
  }
  var PAUSE_MS = 700;
  var timer = null;
  var asked = field.value.trim();
  var inFlight = null;

  function words(text) {
    return text.split(/\s+/).filter(function (w) { return w.length > 0; }).length;
  }

  function ask() {
    var text = field.value.trim();
    if (words(text) < 3 || text === asked) {
      return;
    }
    asked = text;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    panel.setAttribute('aria-busy', 'true');
    fetch(panel.dataset.likeUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html' },
      body: new URLSearchParams({ text: text, _csrf: token.value }),
      signal: inFlight.signal
    }).then(function (response) {
      // the list, or the list's own message (a text too long: 400; search busy: 503); anything else (a sign-in
      // page after the session ended) leaves the list as it was
      if (response.redirected || (!response.ok && response.status !== 400 && response.status !== 503)) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      list.innerHTML = html;
      panel.dataset.asked = String(words(text));
    }).catch(function () {
      // a failed or superseded request leaves the list as it was
    }).finally(function () {
      panel.removeAttribute('aria-busy');
    });
  }

  field.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, PAUSE_MS);
  });
}());
