// What a budget buys (issue 6): the core's images per month for a monthly
// budget on every callable model (the cheapest first, the rest on request),
// and how many months a total budget lasts for the chosen model under its
// growth. Computed only while the fold is open.
import { $, debounce, el } from './dom.js';
import { count, money } from './money.js';
import { figure } from './figure.js';
import { readOptions, showOptionErrors, whenOpen } from './advisor-fields.js';

const KEYS = ['monthly_budget', 'total_budget'];
const FIRST_ROWS = 10;

export class BudgetPart {
  constructor(advisor) {
    this.advisor = advisor;
    this.showAll = false;
    this.update = whenOpen($('budget-part'), () => this.compute());
    const soon = debounce(() => this.update(), 200);
    for (const key of KEYS) $(`a-${key}`).addEventListener('input', soon);
  }

  refresh() {
    this.update();
  }

  async compute() {
    const scenario = this.advisor.scenario;
    if (!scenario) return;
    const options = readOptions(KEYS);
    if (Object.keys(options).length === 0) {
      showOptionErrors(KEYS, []);
      $('runway').textContent = '';
      $('budget-result').replaceChildren(el('p', { className: 'hint', text: 'Type a monthly or a total budget.' }));
      return;
    }
    const reply = await this.advisor.engine.budget(scenario, options);
    if (!reply) return;  // superseded by a newer change
    const elsewhere = showOptionErrors(KEYS, reply.ok ? [] : reply.errors);
    if (!reply.ok) {
      $('budget-part').classList.add('stale');
      if (elsewhere.length) $('runway').textContent = elsewhere.join(' ');
      return;
    }
    $('budget-part').classList.remove('stale');
    this.showRunway(reply.budget.runway, scenario);
    this.showModels(reply.budget);
  }

  showRunway(runway, scenario) {
    const box = $('runway');
    if (!runway) {
      box.replaceChildren();
      return;
    }
    const growth = scenario.monthly_growth ? ' with its monthly growth' : '';
    if (runway.beyond_horizon) {
      box.replaceChildren(`${money(runway.total_budget)} lasts beyond ${runway.horizon} months for your model${growth}: those months cost `,
        figure('budget.runway.spent_in_horizon', runway.spent_in_horizon, money, 'strong'), '.');
    } else {
      box.replaceChildren(`${money(runway.total_budget)} lasts `,
        figure('budget.runway.months', runway.months, count, 'strong'), ` months for your model${growth}.`);
    }
  }

  showModels(budget) {
    const box = $('budget-result');
    if (budget.monthly_budget === undefined) {
      box.replaceChildren();
      return;
    }
    const rows = budget.models.map((m, i) => ({ m, i }));
    const chosen = rows.find((r) => r.m.chosen);
    let shown = this.showAll ? rows : rows.slice(0, FIRST_ROWS);
    // The chosen model is always there, even when it is not among the cheapest.
    if (chosen && !shown.includes(chosen)) shown = [...shown, chosen];
    const caption = `Images per month that ${money(budget.monthly_budget)} a month buys`;
    const table = el('table', { className: 'budget-table', id: 'budget-table' },
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: 'Model' }),
        el('th', { scope: 'col', className: 'num', text: 'Images per month' }),
        el('th', { scope: 'col', className: 'num', text: 'Per delivered image' }))),
      el('tbody', {}, ...shown.map(({ m, i }) => budgetRow(m, i))));
    const parts = [el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption }, table)];
    if (rows.length > FIRST_ROWS) {
      const toggle = el('button', { type: 'button', className: 'advisor-button', id: 'budget-more', 'aria-expanded': String(this.showAll),
        text: this.showAll ? `Show the ${FIRST_ROWS} that buy most` : `Show all ${rows.length} models` });
      toggle.addEventListener('click', () => {
        this.showAll = !this.showAll;
        this.showModels(budget);
        $('budget-more').focus();
      });
      parts.push(el('p', {}, toggle));
    }
    box.replaceChildren(...parts);
  }
}

function budgetRow(m, i) {
  const images = m.unlimited
    ? el('span', { 'data-result': `budget.models.${i}.images_per_month`, text: 'any volume' })
    : figure(`budget.models.${i}.images_per_month`, m.images_per_month, count);
  return el('tr', { className: m.chosen ? 'current' : '', 'data-model': m.model },
    el('th', { scope: 'row' }, el('span', { className: 'model-name', text: m.model_name }),
      el('span', { className: 'provider', text: m.chosen ? `${m.model} · your model` : m.model })),
    el('td', { className: 'num' }, images),
    el('td', { className: 'num' }, figure(`budget.models.${i}.cost_per_delivered_image`, m.cost_per_delivered_image, money)));
}
