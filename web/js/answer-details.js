// The answer below its headline: the detail figures, the monthly breakdown and
// the projection, each figure with data-result and data-value like the
// headline's (docs/interfaces.md#page).
import { $, el } from './dom.js';
import { count, money, percent } from './money.js';
import { breakdownChart, projectionChart } from './charts.js';
import { renderHeadline } from './answer-headline.js';
import { figure } from './figure.js';

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

// The whole answer, as the prerender writes it (scripts/prerender.mjs).
export function renderResult(result) {
  renderHeadline(result);
  renderResultDetails(result);
}

// The rest, painted just after (web/js/app.js).
export function renderResultDetails(result) {
  renderDetails(result);
  renderBreakdown(result.monthly);
  renderProjection(result.projection);
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
