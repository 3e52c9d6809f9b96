// Custom prices: negotiated rates that replace catalog prices
// (docs/cost-model.md#overrides), and the price of a custom model. The fields
// are built with the rest of the form from the key registry.
import { $ } from './dom.js';
import { currencySymbol } from './money.js';

// The override keys: the registry's "custom_prices" group.
export function overrideKeys(registry) {
  return registry.keys.filter((k) => k.group === 'custom_prices').map((k) => k.key);
}

// Shows how many custom prices are in use, and opens the section for a
// custom model, whose price lives there.
export function reflectOverrides(scenario, keys) {
  const used = keys.filter((key) => scenario[key] !== undefined).length;
  $('custom-count').textContent = used ? `(${used} in use)` : '';
  if (scenario.model === 'custom') $('custom-prices').open = true;
}

// Shows the catalog price each override would replace, as a placeholder.
export function showCatalogPrices(result, formatMoney) {
  const catalog = {
    price_per_image: result.price_overridden ? undefined : result.price_per_generation,
    edit_price: result.edit_price,
    upscale_price: result.upscale_price,
    moderation_price: result.moderation_price,
  };
  for (const [key, value] of Object.entries(catalog)) {
    $(`f-${key}`).placeholder = value > 0 ? `catalog: ${formatMoney(value)}` : '';
  }
}

// Custom prices and the advisor's budgets are typed in the chosen currency
// (the core converts prices to dollars before pricing and compares budgets
// with converted totals, docs/cost-model.md#currency), so the labels and
// allowed ranges of money fields name that currency, not the registry's "$"
// (the catalog's own currency, which the CLI's --help describes).
export function nameCurrency(registry, code) {
  const symbol = currencySymbol(code || 'USD');
  for (const spec of registry.keys.filter((k) => k.unit === 'money')) {
    for (const field of document.querySelectorAll(`.field[data-key="${spec.key}"]`)) {
      for (const node of [field.querySelector('label'), field.querySelector('.range')]) {
        if (!node) continue;
        node.dataset.dollars ??= node.textContent;
        node.textContent = node.dataset.dollars.replaceAll('$', symbol);
      }
    }
  }
}
