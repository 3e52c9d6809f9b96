// "Price against quality": every rated, priced row of the comparison as a
// point (x: cost per delivered image on a log scale, y: its leaderboard
// rating), the price-quality frontier the core marked joined by a line, the
// chosen model ringed. Each point is a button that switches the model; the
// table beside it holds the same figures. Attribution follows the ratings'
// licence (docs/catalog.md#quality).
import { $, el, svg } from './dom.js';
import { money } from './money.js';
import { ratingText } from './compare-table.js';

const WIDTH = 360;
const HEIGHT = 240;
const PAD = { left: 40, right: 10, top: 24, bottom: 30 };

// The rows the chart can place: priced, rated, listed at a published price.
export function chartRows(rows) {
  return rows.filter((r) => r.ok && r.quality && r.cost_per_delivered_image > 0 && !r.status_reason);
}

export function renderQuality(rows, current, onSwitch, leaderboards = []) {
  const points = chartRows(rows);
  $('quality-empty').hidden = points.length > 0;
  renderChart(points, current, onSwitch);
  renderTable(points, current);
  renderAttribution(points, leaderboards);
}

function renderChart(points, current, onSwitch) {
  const box = $('quality-chart');
  if (!points.length) {
    box.replaceChildren();
    return;
  }
  const costs = points.map((p) => Math.log10(p.cost_per_delivered_image));
  const ratings = points.map((p) => p.quality.rating);
  const [x0, x1] = padded(Math.min(...costs), Math.max(...costs), 0.1);
  const [y0, y1] = padded(Math.min(...ratings), Math.max(...ratings), 10);
  const px = (cost) => PAD.left + ((Math.log10(cost) - x0) / (x1 - x0)) * (WIDTH - PAD.left - PAD.right);
  const py = (rating) => HEIGHT - PAD.bottom - ((rating - y0) / (y1 - y0)) * (HEIGHT - PAD.top - PAD.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, className: 'chart-svg quality-svg',
    role: 'group', 'aria-label': 'Price against quality: cost per delivered image (log scale) against rating' });
  chart.append(
    svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom, className: 'axis' }),
    svg('line', { x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: HEIGHT - PAD.bottom, className: 'axis' }),
    svg('text', { x: (WIDTH + PAD.left) / 2, y: HEIGHT - 4, 'text-anchor': 'middle', className: 'chart-label',
      text: 'Cost per delivered image (log scale)' }),
    svg('text', { x: 4, y: 11, className: 'chart-label', text: 'Rating' }));
  for (const decade of decades(x0, x1)) {
    chart.append(svg('text', { x: px(decade).toFixed(1), y: HEIGHT - PAD.bottom + 12, 'text-anchor': 'middle',
      className: 'chart-label', text: money(decade) }));
  }
  for (const r of [y0, (y0 + y1) / 2, y1].map(Math.round)) {
    chart.append(svg('text', { x: PAD.left - 4, y: py(r).toFixed(1), 'text-anchor': 'end', className: 'chart-label', text: String(r) }));
  }
  const frontier = points.filter((p) => p.frontier).sort((a, b) => a.cost_per_delivered_image - b.cost_per_delivered_image);
  if (frontier.length > 1) {
    chart.append(svg('polyline', { className: 'frontier-line',
      points: frontier.map((p) => `${px(p.cost_per_delivered_image).toFixed(1)},${py(p.quality.rating).toFixed(1)}`).join(' ') }));
  }
  for (const p of points) {
    const chosen = p.model === current;
    const label = `${p.model_name} (${p.provider}): ${money(p.cost_per_delivered_image)} per delivered image, rated ${ratingText(p.quality)}${p.frontier ? ', on the frontier' : ''}${chosen ? ', chosen' : ''}`;
    const point = svg('g', { role: 'button', tabindex: '0', 'aria-label': label, 'data-model': p.model,
      className: `point${p.frontier ? ' frontier' : ''}${chosen ? ' chosen' : ''}`, 'aria-pressed': chosen ? 'true' : 'false' },
    svg('title', { text: label }),
    svg('line', { x1: px(p.cost_per_delivered_image).toFixed(1), x2: px(p.cost_per_delivered_image).toFixed(1),
      y1: py(p.quality.ci_low).toFixed(1), y2: py(p.quality.ci_high).toFixed(1), className: 'interval' }),
    svg('circle', { cx: px(p.cost_per_delivered_image).toFixed(1), cy: py(p.quality.rating).toFixed(1), r: chosen ? 6 : 4 }));
    const go = () => { if (!chosen) onSwitch(p.model); };
    point.addEventListener('click', go);
    point.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        go();
      }
    });
    chart.append(point);
  }
  box.replaceChildren(chart);
}

function renderTable(points, current) {
  const sorted = [...points].sort((a, b) => a.cost_per_delivered_image - b.cost_per_delivered_image);
  $('quality-rows').replaceChildren(...sorted.map((p) => el('tr', { 'data-model': p.model, className: p.model === current ? 'current' : '' },
    el('th', { scope: 'row', text: p.model_name }),
    el('td', { className: 'num' }, el('span', { 'data-result': 'cost_per_delivered_image', 'data-value': String(p.cost_per_delivered_image), text: money(p.cost_per_delivered_image) })),
    el('td', { className: 'num' }, el('span', { 'data-result': 'rating', 'data-value': String(p.quality.rating), text: String(p.quality.rating) })),
    el('td', { className: 'num', text: `${p.quality.ci_low}–${p.quality.ci_high}` }),
    el('td', { text: p.frontier ? 'yes' : 'no' }),
    el('td', { text: p.quality.rated_as ? `as ${p.quality.rated_as}` : '' }))));
}

// "Ratings: LMArena, CC BY 4.0, as of <date>": the board dates of the ratings shown.
function renderAttribution(points, leaderboards) {
  const dates = [...new Set(points.map((p) => p.quality.source.as_of))].sort();
  const board = leaderboards.find((l) => l.id === points[0]?.quality.leaderboard) || leaderboards[0];
  const box = $('quality-attribution');
  if (!dates.length) {
    box.replaceChildren();
    return;
  }
  box.replaceChildren(`Ratings: LMArena, ${board?.licence || 'CC BY 4.0'}, as of ${joinDates(dates)} (`,
    el('a', { href: board?.url || 'https://arena.ai/leaderboard', rel: 'noopener', target: '_blank', text: board?.name || 'LMArena' }),
    '; mapping to catalog ids is ours).');
}

function joinDates(dates) {
  return dates.length < 2 ? dates.join('') : `${dates.slice(0, -1).join(', ')} and ${dates[dates.length - 1]}`;
}

function padded(low, high, margin) {
  return high - low < margin ? [low - margin, high + margin] : [low - (high - low) * 0.06, high + (high - low) * 0.06];
}

// Powers of ten (and their halves on narrow spans) inside the log range.
function decades(x0, x1) {
  const out = [];
  for (let e = Math.ceil(x0); e <= Math.floor(x1); e++) out.push(10 ** e);
  if (out.length < 2) {
    for (let e = Math.floor(x0); e <= Math.ceil(x1); e++) {
      const v = 3 * 10 ** e;
      if (Math.log10(v) >= x0 && Math.log10(v) <= x1) out.push(v);
    }
  }
  return out.sort((a, b) => a - b);
}
