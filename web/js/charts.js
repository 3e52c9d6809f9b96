// SVG charts of figures the core computed: the monthly breakdown as bars,
// and the projection month by month. Sizes scale through the viewBox; colours
// come from CSS classes so both themes apply.
import { svg } from './dom.js';
import { money } from './money.js';

const WIDTH = 360;

function frame(height, label) {
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, className: 'chart-svg' },
    svg('title', { text: label }));
}

// Ratio of a value to the largest, 0 when every value is 0.
function share(value, largest) {
  return largest > 0 ? value / largest : 0;
}

export function breakdownChart(container, lines, monthly) {
  const row = 26;
  const labelWidth = 130;
  const valueWidth = 72;
  const barSpace = WIDTH - labelWidth - valueWidth;
  const largest = Math.max(...lines.map(([key]) => monthly[key]));
  const chart = frame(lines.length * row + 4, `Monthly breakdown, total ${money(monthly.total)}`);
  lines.forEach(([key, label], i) => {
    const y = i * row + 4;
    const width = Math.max(share(monthly[key], largest) * barSpace, monthly[key] > 0 ? 1.5 : 0);
    chart.append(
      svg('text', { x: 0, y: y + 15, className: 'chart-label', text: label.replace(' generations', '') }),
      svg('rect', { x: labelWidth, y: y + 3, width: width.toFixed(2), height: row - 10, rx: 2, className: `bar bar-${key}` }),
      svg('text', { x: WIDTH, y: y + 15, className: 'chart-value', 'text-anchor': 'end', text: money(monthly[key]) }));
  });
  container.replaceChildren(chart);
}

export function projectionChart(container, projection) {
  const height = 170;
  const top = 22;
  const bottom = 24;
  const plot = height - top - bottom;
  const largest = Math.max(...projection.map((m) => m.total));
  const step = WIDTH / Math.max(projection.length, 1);
  const chart = frame(height, `Monthly total over ${projection.length} months, up to ${money(largest)}`);
  chart.append(
    svg('text', { x: 0, y: 14, className: 'chart-label', text: `Monthly total (largest ${money(largest)})` }),
    svg('line', { x1: 0, x2: WIDTH, y1: top + plot, y2: top + plot, className: 'axis' }));
  projection.forEach((m, i) => {
    const h = share(m.total, largest) * plot;
    chart.append(svg('rect', {
      x: (i * step + step * 0.15).toFixed(2), y: (top + plot - h).toFixed(2),
      width: (step * 0.7).toFixed(2), height: h.toFixed(2), className: 'bar bar-total',
    }, svg('title', { text: `Month ${m.month}: ${money(m.total)}` })));
  });
  for (const i of monthTicks(projection.length)) {
    chart.append(svg('text', { x: ((i + 0.5) * step).toFixed(2), y: height - 6, 'text-anchor': 'middle',
      className: 'chart-label', text: `M${projection[i].month}` }));
  }
  container.replaceChildren(chart);
}

// A few month labels that never overlap: first, last and evenly between.
function monthTicks(n) {
  if (n <= 12) return [...Array(n).keys()];
  const every = Math.ceil(n / 8);
  const ticks = [];
  for (let i = 0; i < n; i += every) ticks.push(i);
  ticks[ticks.length - 1] = n - 1;
  return ticks;
}
