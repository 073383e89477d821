// The portal's own script, as old CMSs have it: no framework. Today's date, the A- / A / A+
// text size (the html font size, so the lamtheo widgets scale with the page), the contrast
// switch, the menu button on phones, and lists fetched only when their <details> opens.
// Choices are remembered in localStorage.
(function () {
  var root = document.documentElement;
  var steps = [87.5, 100, 112.5, 125, 137.5, 150];
  var normal = 1;

  function remembered(key, fallback) {
    try {
      var value = localStorage.getItem(key);
      return value === null ? fallback : value;
    } catch {
      return fallback;
    }
  }
  function remember(key, value) {
    try {
      localStorage.setItem(key, String(value));
    } catch {
      // Private mode: the choice lasts until the page closes.
    }
  }

  var size = Math.min(steps.length - 1, Math.max(0, Number(remembered('portal-font-step', normal)) || 0));
  function applySize() {
    root.style.fontSize = size === normal ? '' : steps[size] + '%';
    remember('portal-font-step', size);
  }

  var contrast = remembered('portal-contrast', 'off') === 'on';
  function applyContrast() {
    root.classList.toggle('contrast', contrast);
    var button = document.getElementById('contrast');
    if (button) button.setAttribute('aria-pressed', String(contrast));
    remember('portal-contrast', contrast ? 'on' : 'off');
  }

  root.classList.add('js');
  applySize();
  applyContrast();

  document.addEventListener('DOMContentLoaded', function () {
    var today = document.getElementById('today');
    if (today) {
      var now = new Date();
      var weekday = now.toLocaleDateString('vi-VN', { weekday: 'long' });
      var date = now.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
      today.textContent = weekday.charAt(0).toUpperCase() + weekday.slice(1) + ', ngày ' + date;
    }

    document.querySelectorAll('[data-font]').forEach(function (button) {
      button.addEventListener('click', function () {
        var change = Number(button.getAttribute('data-font'));
        size = change === 0 ? normal : Math.min(steps.length - 1, Math.max(0, size + change));
        applySize();
      });
    });

    applyContrast();
    document.getElementById('contrast').addEventListener('click', function () {
      contrast = !contrast;
      applyContrast();
    });

    // A widget inside <details class="lazy"> carries data-src instead of src: its data (the
    // big list is megabytes) is fetched when a visitor opens the details, not on every visit.
    // A link to that widget's view (#lamtheo-<id>=…, written by url-state) opens it at once.
    document.querySelectorAll('details.lazy').forEach(function (details) {
      function load() {
        if (!details.open) return;
        details.querySelectorAll('[data-src]').forEach(function (widget) {
          if (!widget.hasAttribute('src')) widget.setAttribute('src', widget.getAttribute('data-src'));
        });
      }
      details.addEventListener('toggle', load);
      details.querySelectorAll('[data-src][id]').forEach(function (widget) {
        if (location.hash.indexOf('lamtheo-' + widget.id + '=') !== -1) details.open = true;
      });
      load();
    });

    var menu = document.getElementById('menu');
    var toggle = menu.querySelector('.menu-toggle');
    toggle.addEventListener('click', function () {
      var open = !menu.classList.contains('open');
      menu.classList.toggle('open', open);
      toggle.setAttribute('aria-expanded', String(open));
    });
    menu.querySelectorAll('#menu-list a').forEach(function (link) {
      link.addEventListener('click', function () {
        menu.classList.remove('open');
        toggle.setAttribute('aria-expanded', 'false');
      });
    });
  });
})();
