// A classic script in <head>, run before the first paint: an embedded
// calculator (?embed=1) never flashes the site chrome inside an article.
// (embed-mode.js does the rest once the page's modules run.)
if (new URLSearchParams(window.location.search).get('embed') === '1') document.documentElement.classList.add('embed');
