// Offline use: registers the service worker (sw.js, relative, so the site
// works from any sub-path) and says when the page is offline and which
// catalog date it computes with.
import { el, whenIdle } from './dom.js';

// Called before the first figure: the worker is registered once the page has
// loaded and the browser is idle, so its install never competes with the
// first figure, and it finds every file the page fetched in the HTTP cache
// (sw.js: nothing is downloaded twice).
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const register = () => whenIdle(() => {
    // A failure (no secure context, a blocked worker) only loses offline use.
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }, 2000);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

export function buildOfflineStatus(catalogDate) {
  const box = el('p', { id: 'offline-status', className: 'offline-status', role: 'status', 'aria-live': 'polite' });
  const show = () => {
    const offline = navigator.onLine === false;
    box.hidden = !offline;
    box.textContent = offline ? `Offline — using the price catalog of ${catalogDate}` : '';
  };
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
  show();
  return box;
}
