// SVG charts of the advisor's figures, drawn from the core's numbers only:
// cost per delivered image against the acceptance rate (one line per model,
// the break-evens marked), and the tornado of inputs moved ±20%. Sizes scale
// through the viewBox; colours come from CSS classes (series-0..3).
import { svg } from './dom.js';
import { money, percent } from './money.js';

const WIDTH = 360;

function frame(height, label) {
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, className: 'chart-svg advisor-chart' },
    svg('title', { text: label }));
}

const fixed = (v) => v.toFixed(2);

// curves: the core's sensitivity curves; names: model id -> name.
export function acceptanceChart(container, curves, breakEvens, names) {
  const height = 230;
  const left = 58;
  const right = 16;
  const top = 14;
  const bottom = 34;
  const plotW = WIDTH - left - right;
  const plotH = height - top - bottom;
  const costs = curves.flatMap((c) => c.points.map((p) => p.cost_per_delivered_image));
  const largest = Math.max(...costs, 0);
  const smallest = Math.min(...costs, largest);
  // Models an order of magnitude apart share one chart on a log scale, so the
  // cheap ones are not flattened on the axis; a free model keeps it linear.
  const log = smallest > 0 && largest / smallest > 8;
  const x = (a) => left + ((a - 0.1) / 0.9) * plotW;
  const y = log
    ? (cost) => top + plotH - (Math.log(cost / smallest) / Math.log(largest / smallest)) * plotH
    : (cost) => top + plotH - (largest > 0 ? cost / largest : 0) * plotH;
  const ticks = log
    ? [0, 1 / 3, 2 / 3, 1].map((t) => smallest * (largest / smallest) ** t)
    : [0, 0.5, 1].map((t) => largest * t);
  const scale = log ? ', log scale' : '';
  const chart = frame(height, `Cost per delivered image by share of generations accepted, ${curves.length} models${scale}`);
  chart.classList.add('acceptance-chart');
  chart.dataset.scale = log ? 'log' : 'linear';
  for (const value of ticks) {
    chart.append(
      svg('line', { x1: left, x2: WIDTH - right, y1: fixed(y(value)), y2: fixed(y(value)), className: 'chart-grid' }),
      svg('text', { x: left - 4, y: fixed(y(value) + 4), 'text-anchor': 'end', className: 'chart-label small', text: money(value) }));
  }
  for (const a of [0.1, 0.2, 0.4, 0.6, 0.8, 1]) {
    chart.append(svg('text', { x: fixed(x(a)), y: height - bottom + 16, 'text-anchor': 'middle', className: 'chart-label small',
      text: percent(a) }));
  }
  chart.append(
    svg('line', { x1: left, x2: WIDTH - right, y1: top + plotH, y2: top + plotH, className: 'axis' }),
    svg('text', { x: left + plotW / 2, y: height - 2, 'text-anchor': 'middle', className: 'chart-label small', text: `Acceptance rate${log ? ' (cost on a log scale)' : ''}` }));
  curves.forEach((curve, i) => {
    const points = curve.points.map((p) => `${fixed(x(p.acceptance_rate))},${fixed(y(p.cost_per_delivered_image))}`).join(' ');
    chart.append(svg('polyline', { points, className: `curve series-${i}${curve.chosen ? ' chosen' : ''}`, 'data-model': curve.model },
      svg('title', { text: names.get(curve.model) || curve.model })));
  });
  breakEvens.forEach((b) => {
    chart.append(svg('circle', { cx: fixed(x(b.acceptance_rate)), cy: fixed(y(b.cost_per_delivered_image)), r: 4.5, className: 'break-even' },
      svg('title', { text: `Break-even at ${percent(b.acceptance_rate)}: ${money(b.cost_per_delivered_image)}` })));
  });
  container.replaceChildren(chart);
}

// bars: the core's tornado (largest swing first); base: the monthly total.
// Each bar carries its input's label from the core's key registry.
export function tornadoChart(container, bars, base) {
  const row = 24;
  const labelWidth = 118;
  const valueWidth = 64;
  const plotW = WIDTH - labelWidth - valueWidth - 8;
  const totals = bars.flatMap((b) => [b.total_at_low, b.total_at_high]).filter((v) => typeof v === 'number');
  const lo = Math.min(base, ...totals);
  const hi = Math.max(base, ...totals);
  const x = (v) => labelWidth + (hi > lo ? (v - lo) / (hi - lo) : 0.5) * plotW;
  const height = bars.length * row + 8;
  const chart = frame(height, `Monthly total with each input 20% lower and higher, around ${money(base)}`);
  bars.forEach((b, i) => {
    const yTop = i * row + 4;
    chart.append(svg('text', { x: 0, y: yTop + 15, className: 'chart-label small', text: b.label }));
    const ends = [b.total_at_low, b.total_at_high].filter((v) => typeof v === 'number');
    if (ends.length) {
      const from = x(Math.min(base, ...ends));
      const to = x(Math.max(base, ...ends));
      chart.append(svg('rect', { x: fixed(from), y: yTop + 4, width: fixed(Math.max(to - from, 1.5)), height: row - 10, rx: 2,
        className: 'bar tornado-bar' }));
    }
    chart.append(svg('text', { x: WIDTH, y: yTop + 15, 'text-anchor': 'end', className: 'chart-value', text: money(b.swing) }));
  });
  chart.append(svg('line', { x1: fixed(x(base)), x2: fixed(x(base)), y1: 0, y2: height, className: 'base-line' }));
  container.replaceChildren(chart);
}
