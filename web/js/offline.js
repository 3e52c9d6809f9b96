// Offline use: registers the service worker (sw.js, relative, so the site
// works from any sub-path) and says when the page is offline and which
// catalog date it computes with.
import { el } from './dom.js';

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // A failure (no secure context, a blocked worker) only loses offline use.
  navigator.serviceWorker.register('sw.js').catch(() => {});
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
