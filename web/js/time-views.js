// Prices in time (docs/cost-model.md#market-trend): the chosen model's price
// history as a step chart, and where image pricing is heading, quarter by
// quarter (a pinned link's notice is pinned.js). Every figure is the core's;
// charts have a table beside them with the same figures.
import { $, el, svg } from './dom.js';
import { usd } from './money.js';
import { figure } from './figure.js';

const WIDTH = 360;

// The chosen model's price for this configuration, period by period.
export function renderHistory(history) {
  const section = $('history');
  const points = (history?.points || []).filter((p) => typeof p.price_per_generation === 'number');
  section.hidden = points.length === 0;
  if (!points.length) {
    $('history-chart').replaceChildren();
    $('history-rows').replaceChildren();
    return;
  }
  $('history-title').textContent = `Price over time: ${history.model_name}, ${history.width}×${history.height}${history.quality ? `, ${history.quality}` : ''}`;
  $('history-chart').replaceChildren(stepChart(points));
  $('history-rows').replaceChildren(...points.map((p, i) => el('tr', {},
    el('td', { text: p.from }), el('td', { text: p.to || 'now' }),
    el('td', { className: 'num' }, figure(`history.${i}.price_per_generation`, p.price_per_generation, usd)),
    el('td', {}, el('a', { href: p.source.url, target: '_blank', rel: 'noopener noreferrer', text: `Source (${p.source.confidence})` })))));
}

function stepChart(points) {
  const height = 150;
  const top = 20;
  const plot = height - top - 22;
  const largest = Math.max(...points.map((p) => p.price_per_generation));
  const days = (d) => Date.parse(`${d}T00:00:00Z`) / 86400000;
  const start = days(points[0].from);
  const end = Math.max(days(points[points.length - 1].to || points[points.length - 1].from) + 30, start + 30);
  const x = (d) => ((days(d) - start) / (end - start)) * WIDTH;
  const y = (v) => top + plot - (largest > 0 ? (v / largest) * plot : 0);
  let path = '';
  points.forEach((p, i) => {
    const x0 = x(p.from);
    const x1 = p.to ? x(p.to) : WIDTH;
    path += `${i ? 'L' : 'M'}${x0.toFixed(1)},${y(p.price_per_generation).toFixed(1)}L${x1.toFixed(1)},${y(p.price_per_generation).toFixed(1)}`;
  });
  const label = `Price per generation from ${points[0].from}, ${points.length} price period${points.length > 1 ? 's' : ''}`;
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, className: 'chart-svg' },
    svg('title', { text: label }),
    svg('text', { x: 0, y: 12, className: 'chart-label', text: `Per generation (largest ${usd(largest)})` }),
    svg('line', { x1: 0, x2: WIDTH, y1: top + plot, y2: top + plot, className: 'axis' }),
    svg('path', { d: path, className: 'step', fill: 'none' }),
    svg('text', { x: 0, y: height - 6, className: 'chart-label', text: points[0].from }),
    svg('text', { x: WIDTH, y: height - 6, className: 'chart-label', 'text-anchor': 'end', text: 'now' }));
}

// Cheapest, median and dearest image quarter by quarter, as lines and a table.
export function renderTrend(trend) {
  const quarters = trend?.quarters || [];
  $('market').hidden = quarters.length === 0;
  if (!quarters.length) return;
  $('market-note').textContent = `One ${trend.image}, over the models callable on each quarter’s first day at that day’s price. `
    + `${trend.models_without_release} catalog models have no known release date and are left out.`;
  $('market-chart').replaceChildren(trendChart(quarters));
  $('market-rows').replaceChildren(...quarters.map((q, i) => el('tr', {},
    el('th', { scope: 'row', text: q.quarter }),
    el('td', { className: 'num', text: String(q.models) }),
    el('td', { className: 'num' }, figure(`trend.${i}.cheapest`, q.cheapest, usd)),
    el('td', { className: 'num' }, figure(`trend.${i}.median`, q.median, usd)),
    el('td', { className: 'num' }, figure(`trend.${i}.dearest`, q.dearest, usd)))));
}

function trendChart(quarters) {
  const height = 170;
  const top = 20;
  const plot = height - top - 22;
  const largest = Math.max(...quarters.map((q) => q.dearest));
  const step = WIDTH / Math.max(quarters.length - 1, 1);
  const y = (v) => top + plot - (largest > 0 ? (v / largest) * plot : 0);
  const line = (key) => quarters.map((q, i) => `${(i * step).toFixed(1)},${y(q[key]).toFixed(1)}`).join(' ');
  const label = `Price of one image from ${quarters[0].quarter} to ${quarters[quarters.length - 1].quarter}: cheapest, median and dearest`;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, className: 'chart-svg' },
    svg('title', { text: label }),
    svg('text', { x: 0, y: 12, className: 'chart-label', text: `Per image (largest ${usd(largest)})` }),
    svg('line', { x1: 0, x2: WIDTH, y1: top + plot, y2: top + plot, className: 'axis' }));
  for (const key of ['dearest', 'median', 'cheapest'])
    chart.append(svg('polyline', { points: line(key), className: `trend trend-${key}`, fill: 'none', 'data-series': key }));
  chart.append(svg('text', { x: 0, y: height - 6, className: 'chart-label', text: quarters[0].quarter }),
    svg('text', { x: WIDTH, y: height - 6, className: 'chart-label', 'text-anchor': 'end', text: quarters[quarters.length - 1].quarter }));
  return chart;
}
