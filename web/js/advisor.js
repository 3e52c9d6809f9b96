// "How to pay less" (issue 6): the core's savings tactics for the scenario on
// screen, each with an "Apply" that loads its scenario the way a share link
// does; and, in their own folds, what a budget buys, how sensitive the bill
// is, and a mix of use cases. Every figure is the core's; this module only
// lays them out. Names and reasons go in as text, never as markup.
import { $, debounce, el } from './dom.js';
import { count, currentCurrency, money, percent } from './money.js';
import { nameCurrency } from './custom-prices.js';
import { figure } from './figure.js';
import { isEmbed } from './embed-mode.js';
import { readOptions, showOptionErrors } from './advisor-fields.js';
import { groupKeys, registryField } from './fields.js';
import { BudgetPart } from './advisor-budget.js';
import { SensitivityPart } from './advisor-sensitivity.js';
import { MixPart } from './advisor-mix.js';

export function startAdvisor(page) {
  // An embedded calculator stays compact: the advisor is the full page's.
  if (isEmbed()) return null;
  buildAdvisorFields(page.engine.registry);
  nameCurrency(page.engine.registry, currentCurrency());
  $('advisor').hidden = false;
  return new Advisor(page);
}

// The advisor's inputs, from the registry's advisor groups.
function buildAdvisorFields(registry) {
  for (const [group, box] of [['advisor_assumptions', 'advisor-assumption-fields'], ['advisor_budget', 'advisor-budget-fields']])
    $(box).replaceChildren(...groupKeys(registry, group).map((spec) => registryField(spec, 'a')));
}

class Advisor {
  constructor(page) {
    this.page = page;
    this.engine = page.engine;
    this.scenario = null;
    this.partsSoon = debounce(() => this.refreshParts(), 250);
    this.tacticsSoon = debounce(() => this.refreshTactics(), 250);
    this.assumptionKeys = groupKeys(this.engine.registry, 'advisor_assumptions').map((k) => k.key);
    this.parts = [new BudgetPart(this), new SensitivityPart(this), new MixPart(this)];
    $('advisor-assumptions').addEventListener('input', () => this.tacticsSoon());
    // "Applied …" describes the scenario it loaded: the reader's next edit ends it.
    $('scenario-form').addEventListener('input', () => { $('advisor-applied').hidden = true; });
  }

  // New valid figures are on screen (the page debounces typing already). The
  // tactics follow at once (about 20 ms), so the answer and its advice never
  // disagree; the open folds follow once the inputs settle.
  shown(scenario) {
    this.scenario = scenario;
    this.setStatus('');
    this.refreshTactics();
    this.partsSoon();
  }

  // The form holds an invalid input: the advice stays, marked as older.
  failed() {
    if (this.scenario) this.setStatus('Not updated: this advice is for your last valid inputs.');
  }

  refreshParts() {
    for (const part of this.parts) part.refresh(this.scenario);
  }

  setStatus(message) {
    $('advisor-status').textContent = message;
    $('advisor-status').hidden = !message;
    $('advisor').classList.toggle('stale', Boolean(message));
  }

  async refreshTactics() {
    if (!this.scenario) return;
    const reply = await this.engine.advise(this.scenario, readOptions(this.assumptionKeys));
    if (!reply) return;  // a newer change's advice is on its way
    const elsewhere = showOptionErrors(this.assumptionKeys, reply.ok ? [] : reply.errors);
    if (!reply.ok) {
      if (elsewhere.length) this.setStatus(`Not updated: ${elsewhere.join(' ')}`);
      // An assumption's message shows beside it, so its fold opens.
      if (elsewhere.length < reply.errors.length) $('advisor-assumptions').open = true;
      $('tactics').classList.add('stale');
      return;
    }
    $('tactics').classList.remove('stale');
    this.showTactics(reply.advice);
  }

  showTactics(advice) {
    const { baseline } = advice;
    const cards = advice.tactics.map((t) => tacticCard(t, () => this.apply(t, baseline)));
    $('tactics').replaceChildren(...cards);
    $('tactics').dataset.monthlyTotal = String(baseline.monthly_total);
    this.showTeaser(advice.tactics.find((t) => t.applies));
  }

  // Beside the answer: the largest single saving, linking to the tactics.
  showTeaser(best) {
    const teaser = $('advisor-teaser');
    teaser.hidden = !best;
    if (!best) return;
    teaser.replaceChildren(el('a', { href: '#advisor' }, 'How to pay less: one change saves up to ',
      figure('advice.best.saved_per_month', best.saved_per_month, money), ' a month ↓'));
  }

  // Loads the tactic's scenario through the share-link path; the page then
  // shows its figures and this advisor recomputes for it.
  apply(tactic, baseline) {
    const before = this.scenario;
    if (!this.page.loadScenario(tactic.scenario)) return;
    const undo = el('button', { type: 'button', className: 'advisor-button', id: 'advisor-undo', text: 'Undo' });
    undo.addEventListener('click', () => {
      this.page.loadScenario(before);
      $('advisor-applied').textContent = 'Back to your previous scenario.';
    });
    const box = $('advisor-applied');
    box.replaceChildren(
      el('span', { text: `Applied “${tactic.title}”: the monthly total is now ` }),
      figure('advice.applied.monthly_total', tactic.monthly_total, money, 'strong'),
      el('span', { text: ' (was ' }),
      figure('advice.applied.previous_monthly_total', baseline.monthly_total, money),
      el('span', { text: '). ' }), undo);
    box.hidden = false;
    // The cards were redrawn for the new scenario: keep the keyboard near here.
    undo.focus();
  }
}

function pair(label, value) {
  return el('div', { className: 'tactic-figure' }, el('dt', { text: label }), el('dd', {}, value));
}

// Tactic-specific figures the core adds, in words.
const EXTRA_FIGURES = {
  value_per_point: (v) => ['Each point of acceptance is worth', money(v), 'a month'],
  next_point_value: (v) => ['The next point is worth', money(v), 'a month'],
  draft_price: (v) => ['Each draft costs', money(v), ''],
  finish_price: (v) => ['Finishing the chosen one costs', money(v), ''],
};

function extraFigures(t) {
  const items = [];
  for (const [key, words] of Object.entries(EXTRA_FIGURES)) {
    if (typeof t.figures[key] !== 'number') continue;
    const [before, value, after] = words(t.figures[key]);
    items.push(el('li', {}, `${before} `,
      el('span', { 'data-result': `advice.${t.id}.figures.${key}`, 'data-value': t.figures[key], text: value }),
      after ? ` ${after}.` : '.'));
  }
  return items;
}

// Shown in the assumption's unit, as the core says (shares as %).
function assumptionText(a) {
  const { unit } = a;
  const shown = unit === 'share' ? percent(a.value) : unit === 'money' ? money(a.value) : count(a.value);
  return `${a.text}: ${shown}`;
}

function tacticCard(t, onApply) {
  const titleId = `tactic-${t.id}-title`;
  const card = el('li', { className: `tactic ${t.applies ? 'applies' : 'not-applies'}`, 'data-tactic': t.id });
  card.append(el('h3', { id: titleId, text: t.title }));
  if (!t.applies) {
    card.append(el('p', { className: 'tactic-reason', text: `Does not apply: ${t.reason}.` }));
    return card;
  }
  if (t.summary) card.append(el('p', { className: 'tactic-summary', text: t.summary }));
  card.append(el('dl', { className: 'tactic-figures' },
    pair('New monthly total', figure(`advice.${t.id}.monthly_total`, t.monthly_total, money)),
    pair('Saved per month', figure(`advice.${t.id}.saved_per_month`, t.saved_per_month, money)),
    pair('Saved per year', figure(`advice.${t.id}.saved_per_year`, t.saved_per_year, money))));
  const extras = extraFigures(t);
  if (extras.length) card.append(el('ul', { className: 'tactic-extras' }, ...extras));
  if (t.assumptions.length) {
    card.append(el('p', { className: 'tactic-assumes', text: 'Assumes:' }),
      el('ul', { className: 'tactic-assumptions' }, ...t.assumptions.map((a) => el('li', { text: assumptionText(a) }))));
  }
  // Named "Apply", described by the tactic's title (a name holding the title
  // would make it a second "label" for the inputs it mentions).
  const button = el('button', { type: 'button', className: 'advisor-button apply', 'aria-describedby': titleId, text: 'Apply' });
  button.addEventListener('click', onApply);
  card.append(el('p', { className: 'tactic-apply' }, button));
  return card;
}
