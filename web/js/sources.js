// Where each price comes from: the model's price (from the estimate) and
// every catalog service the scenario uses, each with its source and date.
import { $, el } from './dom.js';

const SERVICE_KEYS = [['upscaler', 'Upscale'], ['moderation', 'Moderation'], ['storage', 'Storage'], ['cdn', 'Delivery']];

// `of` names the price for screen readers, where many links read "Source".
// A price not re-checked for 180 days (the core's `price_stale`) says so.
export function sourceLink(source, of = '', stale = false) {
  return el('span', { className: 'source' },
    el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, 'Source',
      of && el('span', { className: 'visually-hidden', text: ` of the ${of} price` })),
    ` checked ${source.checked}, grade ${source.confidence}`,
    stale ? el('span', { className: 'stale-price', text: ' · not re-checked for over 180 days' }) : null);
}

export function renderPricesUsed(result, scenario, summary) {
  const items = [priceItem(result.model_name, result.price_source, result.price_overridden, result.price_stale)];
  const services = new Map(summary.services.map((s) => [s.id, s]));
  for (const [key, role] of SERVICE_KEYS) {
    const id = key === 'upscaler' ? result.upscaler : scenario[key];
    const service = services.get(id);
    if (service && (key !== 'upscaler' || result.upscales_per_month > 0)) items.push(priceItem(`${role}: ${service.name}`, service.source));
  }
  $('prices-used').replaceChildren(...items);
}

function priceItem(name, source, custom = false, stale = false) {
  return el('li', {}, el('span', { className: 'price-name', text: name }), ' ',
    source && !custom ? sourceLink(source, name, stale) : el('span', { className: 'source', text: 'your price' }));
}

// Providers the catalog knows but cannot price, and why.
export function renderNotAvailable(summary) {
  const rows = summary.not_available;
  if (!rows.length) return;
  $('not-available').replaceChildren(el('h3', { text: 'Not in the comparison' }),
    el('ul', {}, ...rows.map((r) => el('li', {}, el('strong', { text: r.name }), `: ${r.reason} `, sourceLink(r.source, r.name)))));
}
