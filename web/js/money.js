// Money and counts in the reader's locale. Money follows the core's one rule
// (docs/interfaces.md#money, handed over by setMoneyRule() when the core
// loads): sub-cent prices keep two significant digits ($0.0027), larger sums
// keep cents ($1,234.57).
// Formats are made when first used and kept (one per currency), not on
// every change.
let rule = {};
let currency = 'USD';
const formats = new Map();
const format = (name, options) => {
  if (!formats.has(name)) formats.set(name, new Intl.NumberFormat(undefined, options));
  return formats.get(name);
};
const moneyFormat = (code) => format(`money ${code}`, { style: 'currency', currency: code, ...rule });

// The first number format in a page loads the locale's data: app.js makes
// one while the core is still loading, so the first figure does not wait.
export function loadLocaleData() {
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(1);
}

export function setMoneyRule(moneyRule) {
  rule = moneyRule;
  formats.clear();
}

// The currency the core converted the figures to (the answer's `currency`),
// shown in the reader's locale.
export function setCurrency(code) {
  currency = code || 'USD';
}
export const currentCurrency = () => currency;

// The core never returns a non-finite or negative cost; this guard keeps a
// broken reply from ever painting NaN or Infinity on the page.
const usable = (v) => typeof v === 'number' && Number.isFinite(v);

export const money = (v) => (usable(v) && v >= 0 ? moneyFormat(currency).format(v) : '—');
// Catalog figures that stay in US dollars (price history, the market trend).
export const usd = (v) => (usable(v) && v >= 0 ? moneyFormat('USD').format(v) : '—');
export const count = (v) => (usable(v) ? format('count', { maximumFractionDigits: 2 }).format(v) : '—');
export const times = (v) => (usable(v) && v > 0 ? `${format('ratio', { maximumSignificantDigits: 2 }).format(v)}×` : '—');
export const percent = (v) => (usable(v) ? format('percent', { style: 'percent', maximumFractionDigits: 1 }).format(v) : '—');
// A change as a share (−0.1667): "−17%", "+5%", "0%".
export const change = (v) =>
  (usable(v) ? format('change', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(v) : '—');

// The sign of a currency in the reader's locale ("€", "£", "CHF"), for
// labels that name the currency of what is typed.
export const currencySymbol = (code) =>
  format(`sign ${code}`, { style: 'currency', currency: code }).formatToParts(0)
    .find((p) => p.type === 'currency')?.value || code;
