// The advisor and its wasm module (imgcost-tools), loaded on demand (issue 15):
// when the reader comes near the "How to pay less" section or follows a link
// to it (the exports load the module themselves on their first click). An
// embed (?embed=1) never loads them. Once loaded the advisor prices what is on
// screen and follows every change, as before.
import { $ } from './dom.js';
import { isEmbed } from './embed-mode.js';

export function advisorOnDemand(page) {
  const ready = () => { document.documentElement.dataset.toolsReady = ''; };  // tests wait for every figure
  if (isEmbed()) {
    ready();  // an embed has no advisor: every figure is on screen
    return () => Promise.resolve();
  }
  const section = $('advisor');
  const status = $('advisor-status');
  section.hidden = false;
  status.textContent = 'Loading the advisor…';
  status.hidden = false;
  let loading = null;
  const load = () => {
    loading ??= Promise.all([page.engine.loadTools(), import('./advisor.js')])
      .then(([, { startAdvisor }]) => {
        page.advisor = startAdvisor(page);
        if (page.shown) page.advisor?.shown(page.shown);
        else status.hidden = true;
        ready();
      })
      .catch((error) => {
        loading = null;  // offline before the first load: try again later
        status.textContent = `The advisor could not be loaded (${error.message}).`;
        console.warn('imgcost tools:', error);
      });
    return loading;
  };
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    }, { rootMargin: '600px 0px' });
    observer.observe(section);
  } else {
    load();
  }
  const byLink = () => { if (window.location.hash === '#advisor') load(); };
  window.addEventListener('hashchange', byLink);
  byLink();
  return load;
}
