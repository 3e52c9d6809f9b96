// Share links, embed mode, offline status and exports (issue 5), attached to
// the page by app.js: linkScenario() when it starts, startTools() once the
// core is up, and tools.shown(scenario) each time new figures are on screen.
import { $, el } from './dom.js';
import { readScenario } from './state.js';
import { absoluteUrl, fitToCatalog, unheldNotices, wireShareTools } from './share.js';
import { embedBar, enterEmbedMode, isEmbed } from './embed-mode.js';
import { buildOfflineStatus, registerServiceWorker } from './offline.js';
import { wireExportButtons } from './exports.js';

export { unheldNotices };

// Before anything is drawn: an embedded calculator never shows the site chrome.
if (isEmbed()) enterEmbedMode();

// The scenario of the address bar, its model checked against the catalog.
export function linkScenario(engine) {
  const { scenario, notices } = readScenario(engine);
  const fitted = fitToCatalog(scenario, engine.summary);
  return { scenario: fitted.scenario, notices: [...notices, ...fitted.notices] };
}

export function startTools(page) {
  const { engine } = page;
  const date = engine.summary.catalog_date;
  const current = () => page.shown || page.form.read();
  registerServiceWorker();
  $('notices').before(buildOfflineStatus(date));

  if (isEmbed()) {
    $('tools').remove();  // the full page's share and export buttons
    const bar = embedBar(date);
    return {
      shown: (scenario, url, asOf) => {
        bar.setLink(absoluteUrl(url));
        bar.setDate(asOf);
      },
    };
  }

  $('embed-bar').remove();  // in the page for embeds only
  const status = el('p', { className: 'tools-status', id: 'export-status', role: 'status', 'aria-live': 'polite' });
  wireExportButtons(engine, () => ({ scenario: current(), includeRetired: $('show-retired').checked }), status);
  $('tools').append(...wireShareTools(engine, current), status);
  return { shown: () => {} };
}
