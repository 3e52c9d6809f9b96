// How sensitive the bill is (issue 6): the core's cost curves against the
// acceptance rate for the chosen model and the three cheapest others, the
// acceptance rates where their order changes, and the inputs that move the
// monthly total most when each is 20% lower or higher. The chart has a list
// and a table beside it with the same figures. Computed only while open.
import { $, el } from './dom.js';
import { count, money, percent } from './money.js';
import { figure } from './figure.js';
import { whenOpen } from './advisor-fields.js';
import { acceptanceChart, tornadoChart } from './advisor-charts.js';

// Each tornado bar carries its input's label and unit from the key registry.
const inputValue = (bar, v) => (bar.unit === 'share' ? percent(v) : bar.unit === 'money' ? money(v) : count(v));

export class SensitivityPart {
  constructor(advisor) {
    this.advisor = advisor;
    this.update = whenOpen($('sensitivity-part'), () => this.compute());
  }

  refresh() {
    this.update();
  }

  async compute() {
    const scenario = this.advisor.scenario;
    if (!scenario) return;
    const reply = await this.advisor.engine.sensitivity(scenario);
    if (!reply) return;  // superseded by a newer change
    if (!reply.ok) {
      $('sensitivity-part').classList.add('stale');
      return;
    }
    $('sensitivity-part').classList.remove('stale');
    const s = reply.sensitivity;
    const names = new Map(s.curves.map((c) => [c.model, c.model_name]));
    const chart = el('div', { className: 'chart', id: 'acceptance-chart' });
    acceptanceChart(chart, s.curves, s.break_evens, names);
    const tornado = el('div', { className: 'chart', id: 'tornado-chart' });
    tornadoChart(tornado, s.tornado, s.monthly_total);
    $('sensitivity-result').replaceChildren(
      el('h3', { id: 'acceptance-title', text: 'Cost per delivered image against the acceptance rate' }),
      el('p', { className: 'hint', text: 'Each try is paid for, so a lower acceptance rate raises the cost of every kept image; edits and upscales are paid once per delivered image. Your model and the three cheapest others for your scenario.' }),
      chart, legend(s.curves),
      el('h4', { id: 'break-even-title', text: 'Where the order changes' }),
      breakEvenList(s.break_evens, names),
      curveTable(s.curves),
      el('h3', { id: 'tornado-title', text: 'What moves the monthly total most' }),
      el('p', { className: 'hint' }, 'Each input 20% lower and 20% higher, the others as they are; the line marks your monthly total of ',
        figure('sensitivity.monthly_total', s.monthly_total, money), '.'),
      tornado, tornadoList(s.tornado));
  }
}

function legend(curves) {
  return el('ul', { className: 'chart-legend', 'aria-label': 'Legend' }, ...curves.map((c, i) =>
    el('li', { 'data-model': c.model },
      el('span', { className: `swatch series-${i}`, 'aria-hidden': 'true' }),
      el('span', { text: c.model_name }),
      c.chosen ? el('span', { className: 'note-inline', text: ' (your model)' }) : null)));
}

function breakEvenList(breakEvens, names) {
  if (!breakEvens.length) {
    return el('p', { id: 'break-evens', className: 'break-evens none',
      text: 'None: between 10% and 100% acceptance these models keep the same order.' });
  }
  return el('ul', { id: 'break-evens', className: 'break-evens', 'aria-labelledby': 'break-even-title' },
    ...breakEvens.map((b, i) => el('li', { 'data-break-even': i },
      'At ', figure(`sensitivity.break_evens.${i}.acceptance_rate`, b.acceptance_rate, percent, 'strong'), ' acceptance both cost ',
      figure(`sensitivity.break_evens.${i}.cost_per_delivered_image`, b.cost_per_delivered_image, money), ' per delivered image: ',
      el('span', { text: names.get(b.cheaper_below) || b.cheaper_below }), ' is cheaper below it, ',
      el('span', { text: names.get(b.cheaper_above) || b.cheaper_above }), ' above it.')));
}

function curveTable(curves) {
  const rates = curves[0]?.points.map((p) => p.acceptance_rate) || [];
  return el('details', { className: 'curve-values' },
    el('summary', { text: 'The curves as a table' }),
    el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Cost per delivered image by share of generations accepted' },
      el('table', { className: 'curve-table' },
        el('caption', { className: 'visually-hidden', text: 'Cost per delivered image by acceptance rate and model' }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Acceptance' }),
          ...curves.map((c) => el('th', { scope: 'col', className: 'num', text: c.model_name })))),
        el('tbody', {}, ...rates.map((rate, p) => el('tr', {},
          el('th', { scope: 'row', text: percent(rate) }),
          ...curves.map((c, i) => el('td', { className: 'num' },
            figure(`sensitivity.curves.${i}.points.${p}.cost_per_delivered_image`, c.points[p].cost_per_delivered_image, money)))))))));
}

function tornadoList(bars) {
  return el('ol', { className: 'tornado-list', id: 'tornado-list', 'aria-labelledby': 'tornado-title' }, ...bars.map((b, i) => {
    const name = el('strong', { text: b.label });
    const values = ` ${inputValue(b, b.low_value)} to ${inputValue(b, b.high_value)} (now ${inputValue(b, b.value)}): `;
    if (b.error) return el('li', { 'data-key': b.key }, name, values, el('span', { className: 'note-inline', text: b.error }));
    const total = (which) => (typeof b[which] === 'number'
      ? figure(`sensitivity.tornado.${i}.${which}`, b[which], money) : el('span', { text: 'not a valid scenario' }));
    return el('li', { 'data-key': b.key }, name, values, 'monthly total ', total('total_at_low'), ' to ', total('total_at_high'),
      ', a swing of ', figure(`sensitivity.tornado.${i}.swing`, b.swing, money), '.');
  }));
}
