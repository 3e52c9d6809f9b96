// Money and counts in the reader's locale. Money follows the core's one rule
// (docs/interfaces.md#money, handed over by setMoneyRule() when the core
// loads): sub-cent prices keep two significant digits ($0.0027), larger sums
// keep cents ($1,234.57).
let rule = {};
let currency = 'USD';
let moneyFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency });
let usdFormat = moneyFormat;

export function setMoneyRule(moneyRule) {
  rule = moneyRule;
  usdFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', ...rule });
  setCurrency(currency);
}

// The currency the core converted the figures to (the answer's `currency`),
// shown in the reader's locale.
export function setCurrency(code) {
  currency = code || 'USD';
  moneyFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency, ...rule });
}
export const currentCurrency = () => currency;
const countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const ratioFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 2 });
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

// The core never returns a non-finite or negative cost; this guard keeps a
// broken reply from ever painting NaN or Infinity on the page.
const usable = (v) => typeof v === 'number' && Number.isFinite(v);

export const money = (v) => (usable(v) && v >= 0 ? moneyFormat.format(v) : '—');
// Catalog figures that stay in US dollars (price history, the market trend).
export const usd = (v) => (usable(v) && v >= 0 ? usdFormat.format(v) : '—');
export const count = (v) => (usable(v) ? countFormat.format(v) : '—');
export const times = (v) => (usable(v) && v > 0 ? `${ratioFormat.format(v)}×` : '—');
export const percent = (v) => (usable(v) ? percentFormat.format(v) : '—');

// The sign of a currency in the reader's locale ("€", "£", "CHF"), for
// labels that name the currency of what is typed.
export const currencySymbol = (code) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).formatToParts(0)
    .find((p) => p.type === 'currency')?.value || code;
