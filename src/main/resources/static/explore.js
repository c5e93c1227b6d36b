// The timeline's filter and the article's entity legend. The pages work without it:
// the filter form then reloads the page, and every highlight still links to its excerpt.
(function () {
  'use strict';
  function has(list, value) {
    return (list || '').split(' ').indexOf(value) >= 0;
  }

  var form = document.getElementById('tl-filter');
  if (form) {
    var entity = form.elements.entity;
    var article = form.elements.article;
    var count = document.getElementById('tl-count');
    var rows = document.querySelectorAll('.tl-item');
    var apply = function () {
      var shown = 0;
      rows.forEach(function (row) {
        var match = (!entity.value || has(row.dataset.entities, entity.value))
          && (!article.value || has(row.dataset.articles, article.value));
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = shown + ' of ' + rows.length + ' items';
      var query = new URLSearchParams();
      if (entity.value) { query.set('entity', entity.value); }
      if (article.value) { query.set('article', article.value); }
      var search = query.toString();
      history.replaceState(null, '', location.pathname + (search ? '?' + search : ''));
    };
    entity.addEventListener('change', apply);
    article.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  }

  var buttons = document.querySelectorAll('button.ent');
  var source = document.querySelector('.source');
  var status = document.getElementById('legend-status');
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
      var first = null;
      var n = 0;
      document.querySelectorAll('a.hl').forEach(function (a) {
        var chosen = on && has(a.dataset.m, button.dataset.entity);
        a.classList.toggle('chosen', chosen);
        if (chosen) { n += 1; first = first || a; }
      });
      source.classList.toggle('choosing', on);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      status.textContent = on ? n + ' highlighted passages name ' + button.textContent.replace(/\s+\d+$/, '') : '';
      if (first) { first.scrollIntoView({block: 'center'}); }
    });
  });
}());
