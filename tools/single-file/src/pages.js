// Which prerendered page the link names, decided in <head> before anything paints. A link to
// a view the app renders (`#/nl/selection?…`) hides the pages and shows the loader until the
// app has started, so that view never flashes the agenda first. Once the app has removed the
// pages (mount::app_has_started) this does nothing more.
(function () {
  "use strict";
  var BA_PAGES = /*BA_PAGES*/[];
  var root = document.documentElement;
  root.classList.add('ba-js');
  function routePath() {
    var path = location.hash.replace(/^#/, '').split('?')[0];
    if (path === '' || path === '/') return BA_PAGES[0];
    if (/^\/(nl|en)\/?$/.test(path)) return '/' + path.slice(1, 3) + '/agenda';
    return path;
  }
  function pageOf(path) {
    for (var i = 0; i < BA_PAGES.length; i++) {
      if (path === BA_PAGES[i] || path.indexOf(BA_PAGES[i] + '/') === 0) return BA_PAGES[i];
    }
    return null;
  }
  window.baShowPage = function () {
    var pages = document.getElementById('ba-prerendered');
    if (!pages && document.readyState !== 'loading') return;
    var path = routePath();
    var lang = /^\/en(\/|$)/.test(path) ? 'en' : 'nl';
    var page = pageOf(path);
    root.classList.toggle('ba-route-app', !page);
    root.lang = lang;
    // Without the app, a view it renders shows the agenda with a notice of what it needs.
    if (!page && root.classList.contains('ba-no-wasm')) page = '/' + lang + '/agenda';
    if (!pages) return;
    var all = pages.querySelectorAll('.ba-prerendered__page');
    for (var i = 0; i < all.length; i++) {
      all[i].classList.toggle('ba-current', all[i].id === page);
      all[i].hidden = all[i].id !== page;
    }
    var target = path !== page && document.getElementById(path);
    if (target && target.scrollIntoView) target.scrollIntoView();
  };
  window.baShowPage();
  window.addEventListener('hashchange', window.baShowPage);
})();
