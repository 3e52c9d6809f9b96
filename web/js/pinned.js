// A link pinned to a date (docs/cost-model.md#prices-as-of-a-date): the date
// its figures are priced on, and what today's prices make of the same scenario
// (the core's at_today).
import { $, el } from './dom.js';
import { figure } from './figure.js';
import { change, money } from './money.js';

// "Prices as of 2026-06-01" and, when that is not today, what today's prices
// would make of the same scenario, with a one-click switch to them (disabled
// without onUseToday: the page is not built yet).
export function renderPinned(result, today, onUseToday) {
  const box = $('pinned');
  if (!today || today.error || !result) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const button = el('button', { type: 'button', id: 'use-today', text: 'Use today’s prices', disabled: !onUseToday });
  if (onUseToday) button.addEventListener('click', onUseToday);
  box.replaceChildren(
    el('span', {}, 'Prices as of ', figure('as_of', result.as_of, String, 'strong'), '. '),
    el('span', {}, `At today’s prices (${today.as_of}): `, figure('today.monthly_total', today.monthly_total, money, 'strong'),
      ' a month (', figure('today.change', today.change, change), '). '),
    button);
  box.hidden = false;
}
