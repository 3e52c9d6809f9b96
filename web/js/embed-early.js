// A classic script in <head>, run before the first paint: an embedded
// calculator (?embed=1) never flashes the site chrome inside an article.
// (embed-mode.js does the rest once the page's modules run.)
// A share link's scenario is not the default one the answer was prerendered
// for (scripts/prerender.mjs): "linked" hides that answer until the core has
// priced the link (app.js then sets data-answered, before the rest of the
// page is built).
{
  const params = new URLSearchParams(window.location.search);
  if (params.get('embed') === '1') document.documentElement.classList.add('embed');
  if ([...params.keys()].some((key) => key !== 'embed')) document.documentElement.classList.add('linked');
}
