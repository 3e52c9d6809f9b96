// The answer: every figure of the core's estimate, each carrying
// data-result (its JSON key) and data-value (the raw number), docs/interfaces.md#page.
import { $, el } from './dom.js';
import { count, money, percent } from './money.js';
import { breakdownChart, projectionChart } from './charts.js';

const MAIN_FIGURES = [
  ['price_per_generation', 'Price per generation', 'One call at the chosen size and quality.'],
  ['cost_per_usable_image', 'Cost per usable image', 'Every kept image pays for the rejected tries too.'],
  ['cost_per_delivered_image', 'Cost per delivered image', 'Plus its edits and upscales.'],
  ['all_in_cost_per_image', 'All-in cost per image', 'The monthly total per image: moderation, storage and delivery included.'],
  ['monthly.total', 'Monthly total', ''],
  ['annual_total', 'Annual total', 'Twelve months at this volume.'],
];

const DETAIL_FIGURES = [
  ['effective_price_per_generation', 'Price per generation after batch discount', money],
  ['batch_discount', 'Batch discount', percent],
  ['edit_price', 'Edit price per call', money],
  ['upscale_price', 'Upscale price per image', money],
  ['moderation_price', 'Moderation price per call', money],
  ['generations_per_month', 'Generations per month', count],
  ['edit_calls_per_month', 'Edit calls per month', count],
  ['upscales_per_month', 'Upscales per month', count],
];

// The breakdown's lines and labels are the core's (docs/cost-model.md#breakdown),
// handed over once the core is loaded; `total` is shown on its own.
let BREAKDOWN_LINES = [];
let PROJECTION_COLUMNS = [];

export function setBreakdownLines(lines) {
  BREAKDOWN_LINES = lines.filter((l) => l.key !== 'total').map((l) => [l.key, l.label]);
  PROJECTION_COLUMNS = projectionColumns();
}

function projectionColumns() {
  return [
    ['month', 'Month', count],
    ['images', 'Images', count],
    ['stored_images', 'Stored images', count],
    ...BREAKDOWN_LINES.map(([key, label]) => [key, label.replace(' generations', ''), money]),
    ['total', 'Total', money],
    ['cumulative', 'Cumulative', money],
  ];
}

// One figure: the formatted text, the JSON key and the raw value.
export function figure(key, value, format, tag = 'span') {
  return setFigure(el(tag, { 'data-result': key }), value, format);
}

// A figure's node (from figure()) showing a new value.
export function setFigure(node, value, format) {
  if (value === undefined || value === null || value === false) node.removeAttribute('data-value');
  else node.setAttribute('data-value', value === true ? '' : String(value));
  node.textContent = format(value);
  return node;
}

// The whole answer, as the prerender writes it (scripts/prerender.mjs).
export function renderResult(result) {
  renderHeadline(result);
  renderResultDetails(result);
}

// What a change must update within its frame: the summary, the main figures
// and the warnings.
export function renderHeadline(result) {
  renderSummary(result);
  renderFigures(result);
  renderWarnings(result.warnings);
}

// The rest, painted just after (web/js/app.js).
export function renderResultDetails(result) {
  renderDetails(result);
  renderBreakdown(result.monthly);
  renderProjection(result.projection);
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

// `of` names the price for screen readers, where many links read "Source".
// A price not re-checked for 180 days (the core's `price_stale`) says so.
export function sourceLink(source, of = '', stale = false) {
  return el('span', { className: 'source' },
    el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, 'Source',
      of && el('span', { className: 'visually-hidden', text: ` of the ${of} price` })),
    ` checked ${source.checked}, grade ${source.confidence}`,
    stale ? el('span', { className: 'stale-price', text: ' · not re-checked for over 180 days' }) : null);
}

function renderDetails(r) {
  const rows = [
    ['model', 'Model id', r.model],
    ['structure', 'Pricing structure', r.structure.replace(/_/g, ' ')],
    r.quality && ['quality', 'Quality tier', r.quality],
    r.steps && ['steps', 'Steps', r.steps],
    r.upscaler && ['upscaler', 'Upscaler', r.upscaler],
  ].filter(Boolean).map(([key, label, text]) => detail(label, figure(key, r[key], () => String(text))));
  for (const [key, label, format] of DETAIL_FIGURES) rows.push(detail(label, figure(key, r[key], format)));
  $('detail-figures').replaceChildren(...rows);
}

function detail(label, value) {
  return el('div', { className: 'figure' }, el('dt', { text: label }), el('dd', {}, value));
}

function renderWarnings(warnings) {
  $('warnings').replaceChildren(...warnings.map((w) => el('li', { text: w })));
}

function renderBreakdown(monthly) {
  breakdownChart($('breakdown-chart'), BREAKDOWN_LINES, monthly);
  const rows = BREAKDOWN_LINES.map(([key, label]) =>
    el('tr', {}, el('th', { scope: 'row', text: label }),
      el('td', { className: 'num' }, figure(`monthly.${key}`, monthly[key], money))));
  rows.push(el('tr', { className: 'total' }, el('th', { scope: 'row', text: 'Total' }),
    el('td', { className: 'num' }, figure('monthly.total', monthly.total, money))));
  $('breakdown-rows').replaceChildren(...rows);
}

function renderProjection(projection) {
  projectionChart($('projection-chart'), projection);
  $('projection-head').replaceChildren(el('tr', {},
    ...PROJECTION_COLUMNS.map(([, label], i) => el('th', { scope: 'col', className: i ? 'num' : '', text: label }))));
  $('projection-rows').replaceChildren(...projection.map((month, i) => el('tr', {},
    ...PROJECTION_COLUMNS.map(([key, , format], c) =>
      el(c ? 'td' : 'th', { className: c ? 'num' : '', scope: c ? undefined : 'row' },
        figure(`projection.${i}.${key}`, month[key], format))))));
}
