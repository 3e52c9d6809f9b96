// Reading the page's figures (data-result / data-value, docs/interfaces.md#page) and
// comparing them with the CLI's JSON.
import assert from 'node:assert/strict';

const SCALARS = ['model', 'billed_as', 'price_per_generation', 'cost_per_usable_image', 'cost_per_delivered_image',
  'all_in_cost_per_image', 'annual_total', 'effective_price_per_generation', 'batch_discount', 'edit_price',
  'upscale_price', 'moderation_price', 'generations_per_month', 'edit_calls_per_month', 'upscales_per_month'];

// Every figure of an estimate, keyed as the page keys them (monthly.total,
// projection.0.cumulative...).
export function expectedFigures(result) {
  const out = Object.fromEntries(SCALARS.map((k) => [k, result[k]]));
  for (const [k, v] of Object.entries(result.monthly)) out[`monthly.${k}`] = v;
  result.projection.forEach((month, i) => {
    for (const [k, v] of Object.entries(month)) out[`projection.${i}.${k}`] = v;
  });
  return out;
}

export async function pageFigures(scope) {
  return scope.locator('[data-result]').evaluateAll((nodes) => {
    const out = {};
    for (const n of nodes) {
      if (n.dataset.result in out) continue;
      out[n.dataset.result] = { value: n.dataset.value, text: n.textContent };
    }
    return out;
  });
}

// A figure's data-value (text or number) against the CLI's value: numbers within 1e-12
// (relative above 1), anything else as text.
export function sameFigure(expected, value) {
  if (value === undefined) return false;
  if (typeof expected !== 'number') return String(expected) === value;
  return Math.abs(Number(value) - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
}

const same = (expected, shown) => shown !== undefined && sameFigure(expected, shown.value);

function mismatches(expected, shown) {
  const wrong = [];
  for (const [key, value] of Object.entries(expectedFigures(expected))) {
    if (!same(value, shown[key])) wrong.push(`${key}: page ${JSON.stringify(shown[key]?.value)}, CLI ${JSON.stringify(value)}`);
    else if (!shown[key].text.trim()) wrong.push(`${key}: shown empty`);
  }
  if (Object.keys(shown).some((k) => /^projection\.\d+\./.test(k) && !(k in expectedFigures(expected))))
    wrong.push('the page shows more projection months than the CLI');
  return wrong;
}

// Waits (the page recomputes after a short debounce) until every figure on
// the page equals the CLI's, then asserts it with the list of differences.
export async function expectFigures(scope, expected, timeout = 5000) {
  const end = Date.now() + timeout;
  let wrong;
  do {
    wrong = mismatches(expected, await pageFigures(scope));
    if (!wrong.length) return;
    await new Promise((ok) => setTimeout(ok, 50));
  } while (Date.now() < end);
  assert.fail(`figures differ from imgcost estimate:\n  ${wrong.slice(0, 20).join('\n  ')}`);
}

export async function figureValue(scope, key) {
  return Number(await scope.locator(`[data-result="${key}"]`).first().getAttribute('data-value'));
}

// Nothing on the page reads NaN, Infinity, undefined or a negative amount.
export async function noBrokenNumbers(page) {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /\bNaN\b|Infinity|\bundefined\b|-\s?\$|\$\s?-|−\s?\$/);
  const values = await page.locator('[data-result][data-value]').evaluateAll((nodes) =>
    nodes.map((n) => n.dataset.value).filter((v) => v !== '' && !Number.isNaN(Number(v))).map(Number));
  assert.ok(values.every((v) => Number.isFinite(v) && v >= 0), 'every figure is a finite, non-negative number');
}
