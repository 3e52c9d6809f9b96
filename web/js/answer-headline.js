// The answer's headline: the summary, the main figures, where the price comes
// from and the warnings; what a change paints in its own task, and a share
// link before the page is built (issue 15).
import { $, el } from './dom.js';
import { figure } from './figure.js';
import { money, setCurrency } from './money.js';
import { renderPinned } from './pinned.js';
import { sourceLink } from './sources.js';

const MAIN_FIGURES = [
  ['price_per_generation', 'Price per generation', 'One call at the chosen size and quality.'],
  ['cost_per_usable_image', 'Cost per usable image', 'Every kept image pays for the rejected tries too.'],
  ['cost_per_delivered_image', 'Cost per delivered image', 'Plus its edits and upscales.'],
  ['all_in_cost_per_image', 'All-in cost per image', 'The monthly total per image: moderation, storage and delivery included.'],
  ['monthly.total', 'Monthly total', ''],
  ['annual_total', 'Annual total', 'Twelve months at this volume.'],
];

// The headline figures and their date. A pinned link's notice is above them,
// so it comes with them, or they would move down when it came; its button
// works once onUseToday is given (the page is built).
export function paintHeadline(result, today, onUseToday) {
  setCurrency(result.currency);
  renderHeadline(result);
  renderPinned(result, today, onUseToday);
  $('as-of-date').textContent = result.as_of;
  $('result-body').hidden = false;
}

// The summary, the main figures and the warnings.
export function renderHeadline(result) {
  renderSummary(result);
  renderFigures(result);
  renderWarnings(result.warnings);
}

function renderSummary(r) {
  $('summary').replaceChildren(
    el('strong', { text: r.model_name }), ': ',
    el('strong', { text: money(r.cost_per_delivered_image) }), ' per delivered image, ',
    el('strong', { text: money(r.monthly.total) }), ' a month.');
  // On phones the answer is below the form: this bar keeps it in sight.
  const bar = $('answer-bar');
  bar.replaceChildren(el('span', {}, figure('cost_per_delivered_image', r.cost_per_delivered_image, money), ' per image'),
    el('span', {}, figure('monthly.total', r.monthly.total, money), ' a month'), el('span', { className: 'go', text: 'See the answer ↓' }));
  bar.hidden = false;
}

function renderFigures(r) {
  const items = MAIN_FIGURES.map(([key, label, steadyNote]) => {
    const value = key === 'monthly.total' ? r.monthly.total : r[key];
    // One annual figure: with growth it is the projection's first 12 months.
    const note = key === 'annual_total' && r.annual_with_growth ? 'The first 12 months with your monthly growth.' : steadyNote;
    return el('div', { className: `figure figure-${key.replace('.', '-')}` },
      el('dt', { text: label }),
      el('dd', {}, figure(key, value, money, 'span'), note && el('span', { className: 'note', text: note }),
        key === 'price_per_generation' && priceProvenance(r)));
  });
  $('figures').replaceChildren(...items);
}

// Where the price comes from: the tier or rule that billed it, and its source.
function priceProvenance(r) {
  const parts = [el('span', { className: 'note' }, 'Billed as ', figure('billed_as', r.billed_as, String))];
  if (r.is_estimate) parts.push(el('span', { className: 'badge', text: 'estimate' }));
  if (r.price_overridden) parts.push(el('span', { className: 'badge', text: 'custom price' }));
  if (r.price_source) parts.push(sourceLink(r.price_source, r.model_name, r.price_stale));
  return parts;
}

function renderWarnings(warnings) {
  $('warnings').replaceChildren(...warnings.map((w) => el('li', { text: w })));
}
