// Custom prices: negotiated rates that replace catalog prices (SPEC §1
// overrides), and the price of a custom model. The fields are part of the
// scenario form, so the form reads them like any other input.
import { $, el } from './dom.js';

const OVERRIDES = [
  ['price_per_image', 'Price per image ($)', 'Replaces the catalog price of one generation. Required for a custom model.'],
  ['edit_price', 'Edit price per call ($)', 'Default: the model’s edit price, else its generation price.'],
  ['upscale_price', 'Upscale price ($ per upscale)', 'Default: the upscaler’s catalog price.'],
  ['batch_discount', 'Batch discount', '0.5 = batch mode costs half.'],
  ['moderation_price', 'Moderation price per call ($)', 'Default: the moderation service’s price.'],
  ['storage_price_gb_month', 'Storage ($ per GB-month)', 'Default: the storage service’s price.'],
  ['cdn_price_gb', 'Delivery ($ per GB)', 'Default: the delivery service’s price.'],
];

export const OVERRIDE_KEYS = OVERRIDES.map(([key]) => key);

export function buildOverrideFields() {
  const box = $('override-fields');
  for (const [key, label, hint] of OVERRIDES) box.append(overrideField(key, label, hint));
}

function overrideField(key, label, hint) {
  const id = `f-${key}`;
  return el('div', { className: 'field', 'data-key': key },
    el('label', { for: id, text: label }),
    el('input', { id, name: key, type: 'text', inputmode: 'decimal', autocomplete: 'off',
      'aria-describedby': `${id}-hint ${id}-error` }),
    el('p', { className: 'hint', id: `${id}-hint`, text: hint }),
    el('p', { className: 'error', id: `${id}-error` }));
}

// Shows how many custom prices are in use, and opens the section for a
// custom model, whose price lives there.
export function reflectOverrides(scenario) {
  const used = OVERRIDE_KEYS.filter((key) => scenario[key] !== undefined).length;
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
