// Quality next to price, used as a person does: the comparison's "Quality"
// column, the "At least rating" filter, the "Price against quality" chart and
// its table must show what `imgcost compare` prints for the same scenario.
// Run: bash scripts/build-site.sh && npm ci && node --test tests/web/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serveAndLaunch, settledUrl } from './browser.mjs';
import { cliCompare, REPO } from './cli.mjs';
import { sameFigure } from './figures.mjs';

const SITE = `${REPO}/build/site`;

let site;
let browser;
let stop;

before(async () => ({ site, browser, close: stop } = await serveAndLaunch(SITE)));
after(() => stop?.());

const openCalculator = (t) => openPage(t, browser, site);

const plotted = (rows) => rows.filter((r) => r.ok && r.quality && r.cost_per_delivered_image > 0 && !r.status_reason);

async function qualityCells(page) {
  return new Map(await page.locator('#compare-rows tr[data-model]').evaluateAll((trs) => trs.map((tr) => {
    const cell = tr.querySelector('.col-quality');
    const rating = cell?.querySelector('[data-result="rating"]');
    return [tr.dataset.model, rating ? Number(rating.dataset.value) : cell ? cell.textContent.trim() : null];
  })));
}

describe('quality next to price', () => {
  test('the Quality column shows each row\'s rating from imgcost compare, "not rated" otherwise, and sorts', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const expected = cliCompare({ model });
    const cells = await qualityCells(page);
    let rated = 0;
    for (const row of expected.filter((r) => r.ok)) {
      if (row.quality) {
        rated += 1;
        assert.equal(cells.get(row.model), row.quality.rating, row.model);
      } else {
        assert.equal(cells.get(row.model), 'not rated', row.model);
      }
    }
    assert.ok(rated >= 25, `${rated} rated rows`);
    const first = expected.find((r) => r.quality);
    const cell = page.locator(`#compare-rows tr[data-model="${first.model}"] .col-quality`);
    assert.match(await cell.textContent(), new RegExp(`${first.quality.rating} ± \\d+`));
    assert.equal(await cell.getByRole('link').getAttribute('href'), first.quality.source.url);
    assert.match(await cell.getByRole('link').textContent(), new RegExp(first.quality.source.as_of));

    const header = page.getByRole('columnheader', { name: /Quality/ });
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const shown = await page.locator('#compare-rows [data-result="rating"]').evaluateAll((s) => s.map((x) => Number(x.dataset.value)));
    assert.deepEqual(shown, [...shown].sort((a, b) => b - a));
    assert.equal(shown.length, rated);
  });

  test('"At least rating" keeps the rows imgcost compare keeps with min_rating', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const expected = cliCompare({ model, min_rating: 1200 });
    assert.ok(expected.length > 0 && expected.every((r) => r.quality.rating >= 1200));
    await page.getByLabel('At least rating').fill('1200');
    await page.waitForFunction((n) => document.querySelectorAll('#compare-rows tr').length === n, expected.length);
    const models = await page.locator('#compare-rows tr[data-model]').evaluateAll((trs) => trs.map((tr) => tr.dataset.model));
    assert.deepEqual(new Set(models), new Set(expected.map((r) => r.model)));
    const points = page.getByRole('group', { name: /Price against quality/ }).getByRole('button');
    assert.equal(await points.count(), plotted(expected).length);
    assert.match(await settledUrl(page), /min_rating=1200/);
  });

  test('the chart "Price against quality" and its table equal imgcost compare; a point switches the model', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const expected = plotted(cliCompare({ model }));
    const section = page.getByRole('region', { name: 'Price against quality', exact: true });
    const points = section.getByRole('group', { name: /Price against quality/ }).getByRole('button');
    assert.equal(await points.count(), expected.length);

    const table = section.getByRole('table', { name: 'Price against quality, as a table' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      model: tr.dataset.model,
      cost: Number(tr.querySelector('[data-result="cost_per_delivered_image"]').dataset.value),
      rating: Number(tr.querySelector('[data-result="rating"]').dataset.value),
      frontier: tr.cells[4].textContent === 'yes',
    })));
    assert.equal(rows.length, expected.length);
    for (const row of expected) {
      const shown = rows.find((r) => r.model === row.model);
      assert.ok(shown, row.model);
      assert.ok(sameFigure(row.cost_per_delivered_image, shown.cost), row.model);
      assert.equal(shown.rating, row.quality.rating, row.model);
      assert.equal(shown.frontier, row.frontier, row.model);
    }
    assert.ok(expected.some((r) => r.frontier));
    const frontierPoints = await section.locator('#quality-chart .point.frontier').count();
    assert.equal(frontierPoints, expected.filter((r) => r.frontier).length);
    if (expected.some((r) => r.model === model)) {
      assert.equal(await section.locator('#quality-chart .point.chosen').getAttribute('data-model'), model);
    }

    const attribution = await section.locator('#quality-attribution').textContent();
    assert.match(attribution, /Ratings: LMArena, CC BY 4\.0, as of \d{4}-\d{2}-\d{2}/);
    for (const date of new Set(expected.map((r) => r.quality.source.as_of))) assert.ok(attribution.includes(date), date);

    const other = expected.find((r) => r.model !== model);
    const point = section.locator(`#quality-chart [data-model="${other.model}"]`);
    assert.equal(await point.getAttribute('role'), 'button');
    assert.match(await point.getAttribute('aria-label'), new RegExp(`rated ${other.quality.rating} ±`));
    await point.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.getElementById('f-model').value === id, other.model);
    await page.waitForFunction((id) => document.querySelector('#quality-chart .point.chosen')?.dataset.model === id, other.model);
  });
});
