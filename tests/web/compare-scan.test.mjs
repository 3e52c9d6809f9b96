// A comparison you can scan: filters by provider and by name, a header that
// stays in view, an estimate marker, the "12 months with growth" column when
// the scenario grows, and every row after each change, each equal to
// `imgcost compare`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serveAndLaunch, settledUrl } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { cliCompare, cliEstimate, REPO } from './cli.mjs';
import { expectFigures, sameFigure } from './figures.mjs';

let site;
let browser;
let stop;
before(async () => ({ site, browser, close: stop } = await serveAndLaunch(`${REPO}/build/site`)));
after(() => stop?.());

const open = async (t, query = '') => {
  const page = await openPage(t, browser, site, query, { width: 1440, height: 900 });
  await page.locator('#compare-rows tr').first().waitFor();
  return page;
};

const shownModels = (page) => page.locator('#compare-rows tr').evaluateAll((rows) => rows.map((r) => r.dataset.model));

describe('comparison', () => {
  test('filters by provider and by name keep the chosen model and say how many are shown', async (t) => {
    const page = await open(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const all = cliCompare({ model });
    await page.getByLabel('Provider', { exact: true }).selectOption('bfl');
    const expected = all.filter((r) => r.provider === 'bfl' || r.model === model).map((r) => r.model).sort();
    assert.deepEqual((await shownModels(page)).sort(), expected);
    await page.getByText(`${expected.length} of ${all.length} models shown`).waitFor();
    await page.getByLabel('Provider', { exact: true }).selectOption('');
    await page.getByLabel('Model name contains').fill('kontext');
    const kontext = all.filter((r) => `${r.model_name} ${r.model}`.toLowerCase().includes('kontext') || r.model === model);
    assert.deepEqual((await shownModels(page)).sort(), kontext.map((r) => r.model).sort());
  });

  test('the header stays in view and compute-time prices carry an estimate marker', async (t) => {
    // The catalog's one compute-time price (Replicate SDXL, unverified) is
    // listed when chosen; every row the CLI marks as an estimate has the marker.
    const model = 'replicate/sdxl';
    const page = await open(t, `?v=2&model=${encodeURIComponent(model)}`);
    const position = await page.locator('#compare-head th').first().evaluate((th) => getComputedStyle(th).position);
    assert.equal(position, 'sticky');
    const estimates = cliCompare({ model }).filter((r) => r.ok && r.is_estimate).map((r) => r.model);
    assert.ok(estimates.length > 0, 'the CLI marks at least one row as an estimate');
    for (const id of estimates)
      await page.locator(`#compare-rows tr[data-model="${id}"] .badge.estimate`).waitFor();
    const marked = await page.locator('#compare-rows tr:has(.badge.estimate)').evaluateAll((rows) => rows.map((r) => r.dataset.model));
    assert.deepEqual(marked.sort(), [...estimates].sort(), 'only estimates carry the marker');
  });

  test('with growth, a "12 months with growth" column equals the CLI; without, it is not there', async (t) => {
    const page = await open(t);
    assert.equal(await page.getByRole('columnheader', { name: /12 months with growth/ }).count(), 0);
    await page.getByLabel('Monthly growth').fill('10');
    await page.getByRole('columnheader', { name: /12 months with growth/ }).waitFor();
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const rows = cliCompare({ model, monthly_growth: 0.1 }).filter((r) => r.ok).slice(0, 5);
    for (const r of rows) {
      const shown = await page.locator(`#compare-rows tr[data-model="${r.model}"] [data-result="annual_total"]`).getAttribute('data-value');
      assert.ok(Math.abs(Number(shown) - r.annual_total) <= 1e-9 * r.annual_total, `${r.model}: ${shown} vs ${r.annual_total}`);
    }
    await page.getByText('The first 12 months with your monthly growth.').waitFor();
  });

  test('after each change every row shows the figures of imgcost compare, in its order', async (t) => {
    // Rows are redrawn in place when only their figures change: each change
    // must reach every figure of every row, and the new order.
    const page = await open(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const rowsShown = () => page.locator('#compare-rows tr[data-model]').evaluateAll((trs) => trs.map((tr) => ({
      model: tr.dataset.model,
      figures: Object.fromEntries([...tr.querySelectorAll('[data-result]')].map((n) => [n.dataset.result, n.dataset.value])),
    })));
    const keys = ['price_per_generation', 'cost_per_usable_image', 'cost_per_delivered_image', 'monthly_total', 'times_cheapest', 'billed_as'];
    for (const [label, value, scenario] of [['Usable images per month', '12345', { images_per_month: 12345 }],
      ['Acceptance rate', '35%', { images_per_month: 12345, acceptance_rate: 0.35 }]]) {
      await page.getByLabel(label, { exact: true }).fill(value);
      const expected = cliCompare({ model, ...scenario });
      await page.waitForFunction((total) => document.querySelector(`#compare-rows tr[data-model] [data-result="monthly_total"]`)
        ?.dataset.value === String(total), expected[0].monthly_total, { timeout: 10000 });
      const shown = await rowsShown();
      assert.deepEqual(shown.map((r) => r.model), expected.map((r) => r.model), `${label}: the rows in the CLI's order`);
      for (const [i, r] of expected.entries()) {
        if (!r.ok) continue;
        for (const key of keys) {
          const want = r[key];
          const got = shown[i].figures[key];
          assert.ok(sameFigure(want, got), `${label}, ${r.model}, ${key}: page ${got}, CLI ${want}`);
        }
      }
    }
  });

  test('in another currency every figure is the core conversion, formatted for that currency (screenshot with a filter)', async (t) => {
    const page = await open(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
    await expectFigures(page.locator('#answer'), cliEstimate({ model, currency: 'EUR' }));
    await page.locator('#answer').getByText('€').first().waitFor();
    const rows = cliCompare({ model, currency: 'EUR' }).filter((r) => r.ok).slice(0, 5);
    for (const r of rows) {
      const shown = Number(await page.locator(`#compare-rows tr[data-model="${r.model}"] [data-result="monthly_total"]`).getAttribute('data-value'));
      assert.ok(sameFigure(r.monthly_total, shown), r.model);
    }
    assert.match(await settledUrl(page), /currency=EUR/);
    await page.getByLabel('Provider', { exact: true }).selectOption('google');
    mkdirSync(`${REPO}/test-results/screenshots`, { recursive: true });
    await page.locator('#compare').screenshot({ path: `${REPO}/test-results/screenshots/compare-google-eur.png` });
  });
});
