// Embed mode (?embed=1): the calculator inside an article's <iframe>. No site
// chrome, the form and the answer, a link to the full calculator carrying the
// scenario, and the content's height posted to the article (web/embed.js
// listens) whenever it changes.
import { $ } from './dom.js';

export const isEmbed = () => new URLSearchParams(window.location.search).get('embed') === '1';

// The content's own height. documentElement.scrollHeight never drops below
// the frame's height, so a frame sized by it could grow but never shrink;
// the root element's box is the content's height whatever the frame's.
export function contentHeight() {
  const root = document.documentElement;
  return Math.ceil(Math.max(root.getBoundingClientRect().height, document.body.getBoundingClientRect().bottom));
}

export function postSize() {
  if (window.parent === window) return;
  // The height is not a secret and the article's origin is not known here.
  window.parent.postMessage({ type: 'imgcost:size', height: contentHeight() }, '*');
}

// Called as early as possible (before the core loads) so the chrome never
// flashes inside the article.
export function enterEmbedMode() {
  document.documentElement.classList.add('embed');
  let last = -1;
  const report = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    postSize();
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
  report();
}

// The bar above the form (in index.html, shown in embeds only): the prices'
// date and "Open in full calculator".
export function embedBar(catalogDate) {
  const link = $('open-full');
  const date = $('embed-date');
  if (date.textContent === '…') date.textContent = catalogDate;
  return {
    setLink: (href) => { if (href) link.href = href; },
    setDate: (day) => { if (day) date.textContent = day; },
  };
}
