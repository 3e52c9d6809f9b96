// Share links on the page (issue 5): the scenario in the address bar is kept
// by state.js through the core's codec; this module checks a decoded link
// against what the page can hold, copies links, and prints embed snippets.
// Everything taken from a link goes into the page as text, never as HTML.
import { $, el } from './dom.js';
import { defaultModel } from './state.js';
import { today } from './engine.js';

const SERVICE_WORDS = { upscaler: 'an upscaler', moderation: 'a moderation service', storage: 'a storage service',
  cdn: 'a delivery service' };

// Quotes a value from a link for a notice: short, and only ever text.
export function quote(value) {
  const text = String(value);
  return `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;
}

// A decoded link's model must be in this price catalog (or "custom"): the
// codec cannot know the catalog, the page does. An unknown one falls back to
// the page's default model, with a notice.
export function fitToCatalog(scenario, summary) {
  const notices = [];
  const known = summary.models.some((m) => m.id === scenario.model) || scenario.model === 'custom';
  if (known) return { scenario, notices };
  const fallback = defaultModel(summary);
  notices.push(`ignored 'model': ${quote(scenario.model)} is not a model in this price catalog; showing ${fallback}`);
  return { scenario: { ...scenario, model: fallback }, notices };
}

// After the form was filled from a link: every value the form could not hold
// (a tier the model lacks, an unknown service, a field the model does not
// use) is named, so nothing from a link is dropped silently.
export function unheldNotices(scenario, form) {
  const notices = [];
  const model = form.model;
  for (const [key, value] of Object.entries(scenario)) {
    if (key === 'model' || value === undefined || value === null || value === '') continue;
    const input = $(`f-${key}`);
    if (!input) continue;
    const field = input.closest('.field');
    if (field && field.hidden) {
      notices.push(key === 'custom_name'
        ? `ignored 'custom_name': only a custom model has a name (the model is ${model})`
        : `ignored '${key}': ${model} does not use it`);
    } else if (input.tagName === 'SELECT' && input.value !== String(value)) {
      const what = key === 'quality' ? `a quality tier of ${model}` : `${SERVICE_WORDS[key] || 'a choice'} in this price catalog`;
      notices.push(`ignored '${key}': ${quote(value)} is not ${what}`);
    }
  }
  return notices;
}

// The absolute link of a scenario: the page's own address (whatever sub-path
// it is served from) with the core's query. embed=1 is never part of it.
export function shareUrl(engine, scenario, { embed = false } = {}) {
  const reply = engine.encodeLink(scenario, '');
  return reply.ok ? absoluteUrl(reply.url, { embed }) : '';
}

// The absolute form of the core's relative link.
export function absoluteUrl(relative, { embed = false } = {}) {
  if (!relative) return '';
  const url = new URL(relative, window.location.href);
  url.hash = '';
  if (embed) url.searchParams.set('embed', '1');
  return url.href;
}

// The calculator's folder (for embed.js), from the page's own address.
export function siteUrl() {
  const url = new URL('./', window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function iframeSnippet(embedUrl) {
  return `<iframe src="${attr(embedUrl)}" title="Image generation cost calculator" loading="lazy" `
    + 'style="width:100%;height:900px;border:0"></iframe>';
}

export function scriptSnippet(site, query) {
  return `<script src="${attr(`${site}embed.js`)}" data-scenario="${attr(query)}" async></script>`;
}

// Copies text; when the clipboard is refused, shows it selected in a
// read-only field so the reader can copy it by hand.
export async function copyText(text, statusBox, fallbackField, what) {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    if (fallbackField.tagName === 'INPUT') fallbackField.hidden = true;
    statusBox.textContent = `${what} copied to the clipboard.`;
  } catch {
    fallbackField.value = text;
    fallbackField.hidden = false;
    fallbackField.focus();
    fallbackField.select();
    statusBox.textContent = `Copy the ${what.toLowerCase()} from the selected field (Ctrl+C or ⌘C).`;
  }
}

// Wires the full page's "Copy link" and "Embed" buttons (index.html, by id);
// returns what goes beside them: the link's fallback field, the status line
// and the Embed dialog.
export function wireShareTools(engine, getScenario) {
  const status = el('p', { className: 'tools-status', id: 'share-status', role: 'status', 'aria-live': 'polite' });
  const fallback = el('input', { type: 'text', readonly: true, id: 'share-link-field', className: 'copy-field',
    'aria-label': 'Link to this scenario', hidden: true });
  const copy = $('copy-link');
  copy.addEventListener('click', () => copyText(shareUrl(engine, getScenario()), status, fallback, 'Link'));

  const dialog = buildEmbedDialog(engine, getScenario);
  const embed = $('open-embed');
  embed.addEventListener('click', () => dialog.open());
  copy.disabled = false;
  embed.disabled = false;
  return [fallback, status, dialog.node];
}

function buildEmbedDialog(engine, getScenario) {
  const status = el('p', { className: 'tools-status', role: 'status', 'aria-live': 'polite' });
  const frameCode = el('textarea', { id: 'embed-iframe-code', readonly: true, rows: 4, spellcheck: 'false' });
  const scriptCode = el('textarea', { id: 'embed-script-code', readonly: true, rows: 4, spellcheck: 'false' });
  const copyFrame = el('button', { type: 'button', text: 'Copy iframe code' });
  const copyScript = el('button', { type: 'button', text: 'Copy script code' });
  const close = el('button', { type: 'button', text: 'Close', value: 'close' });
  // An article should not change under its author: pinned to a date by default.
  const pinned = el('input', { type: 'radio', name: 'embed-pin', id: 'embed-pinned', checked: true });
  const current = el('input', { type: 'radio', name: 'embed-pin', id: 'embed-current' });
  const pinnedLabel = el('label', { for: 'embed-pinned' });
  const pinChoice = el('fieldset', { className: 'embed-pin' }, el('legend', { text: 'Prices in the article' }),
    el('div', {}, pinned, ' ', pinnedLabel),
    el('div', {}, current, ' ', el('label', { for: 'embed-current', text: 'Always current prices (the figures follow every catalog update)' })));
  const node = el('dialog', { id: 'embed-dialog', className: 'embed-dialog', 'aria-labelledby': 'embed-dialog-title' },
    el('h2', { id: 'embed-dialog-title', text: 'Embed this calculator' }),
    el('p', { className: 'hint', text: 'Paste one of these into an article. Both open the calculator on the scenario you see now; the script also keeps the frame as tall as its content.' }),
    pinChoice,
    el('label', { for: 'embed-script-code', text: 'Script (recommended, fits its height)' }), scriptCode, copyScript,
    el('label', { for: 'embed-iframe-code', text: 'Plain iframe' }), frameCode, copyFrame,
    status, el('p', {}, close));
  copyFrame.addEventListener('click', () => copyText(frameCode.value, status, frameCode, 'Iframe code'));
  copyScript.addEventListener('click', () => copyText(scriptCode.value, status, scriptCode, 'Script code'));
  close.addEventListener('click', () => node.close());
  const fill = () => {
    const shown = getScenario();
    const day = shown.as_of || today();
    pinnedLabel.textContent = `Keep the prices of ${day} (recommended for articles)`;
    const { as_of: _dropped, ...unpinned } = shown;
    const scenario = pinned.checked ? { ...shown, as_of: day } : unpinned;
    frameCode.value = iframeSnippet(shareUrl(engine, scenario, { embed: true }));
    scriptCode.value = scriptSnippet(siteUrl(), new URL(shareUrl(engine, scenario)).search.slice(1));
  };
  pinned.addEventListener('change', fill);
  current.addEventListener('change', fill);
  return {
    node,
    open() {
      fill();
      status.textContent = '';
      node.showModal();
    },
  };
}
