// The scenario <-> URL, through the core's share-link codec (one format for
// the page, the CLI and tests). Relative URLs only: the site may live under a
// sub-path. Issue 5 (share links) builds on this module.
import { whenIdle } from './dom.js';
import { isEmbed } from './embed-mode.js';

// The scenario the address bar describes, and the notices for what it ignored.
export function readScenario(engine) {
  const fallback = defaultModel(engine.summary);
  const reply = engine.decodeLink(window.location.href, fallback);
  if (!reply.ok) return { scenario: { model: fallback }, notices: reply.errors.map((e) => e.message) };
  return { scenario: reply.scenario, notices: reply.notices };
}

// Keeps a valid scenario's link (the core's, from recompute) in the address
// bar without adding history entries. Chromium's replaceState took 10-40 ms
// per call on a busy machine, longer than a frame (issue 15), so the address
// follows once the page is idle, the last of a burst of changes only
// (data-address-pending says one is due, for tests).
let pendingUrl = null;

export function writeUrl(url) {
  if (!url) return;
  const scheduled = pendingUrl !== null;
  pendingUrl = url;
  if (scheduled) return;
  document.documentElement.dataset.addressPending = '';
  whenIdle(flushUrl, 300);
}

function flushUrl() {
  const url = pendingUrl;
  pendingUrl = null;
  delete document.documentElement.dataset.addressPending;
  // An embedded calculator stays embedded when its frame reloads.
  const embed = isEmbed() ? '&embed=1' : '';
  const next = url + embed + window.location.hash;
  if (next !== window.location.search + window.location.hash) window.history.replaceState(null, '', next);
}

// The page's starting model: the catalog's default (defaults.json, resolved by
// the core for the reader's date), else the first active model. No model id is
// written in the page's code: models come and go with the catalog.
export function defaultModel(summary) {
  const preferred = summary.models.find((m) => m.id === summary.default_model && m.status !== 'retired');
  const active = summary.models.find((m) => m.status === 'active');
  return (preferred || active || summary.models[0] || { id: 'custom' }).id;
}
