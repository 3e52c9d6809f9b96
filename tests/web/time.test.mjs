// Prices in time on the page, checked against the CLI: a pinned link keeps its
// date's figures and shows today's beside them; the price history step chart's
// table equals `imgcost history`; the market view's table equals `imgcost trend`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serveAndLaunch, settledUrl } from './browser.mjs';
import { cliEstimate, cliJson, REPO } from './cli.mjs';
import { expectFigures, figureValue, noBrokenNumbers, sameFigure } from './figures.mjs';

const SITE = `${REPO}/build/site`;
let site;
let browser;
let stop;

before(async () => ({ site, browser, close: stop } = await serveAndLaunch(SITE)));
after(() => stop?.());

const open = (t, query = '') => openPage(t, browser, site, query);


describe('prices in time', () => {
  test('a pinned link keeps its date\'s figures, shows today\'s beside them, and switches to today', async (t) => {
    // FLUX.2 [flex] cost $0.06 a megapixel until 2026-01-28, $0.05 since.
    const pinned = { model: 'bfl/flux-2-flex', as_of: '2026-01-01', images_per_month: 1000 };
    const page = await open(t, '?v=2&model=bfl%2Fflux-2-flex&as_of=2026-01-01');
    await expectFigures(page.locator('#answer'), cliEstimate(pinned));
    await page.getByText('Prices as of 2026-01-01', { exact: false }).first().waitFor();
    const now = cliEstimate({ model: 'bfl/flux-2-flex' });
    assert.ok(sameFigure(now.monthly.total, await figureValue(page.locator('#pinned'), 'today.monthly_total')));
    const then = cliEstimate(pinned).monthly.total;
    assert.notEqual(now.monthly.total, then, 'the price changed between the two dates');
    // The change is the core's, as a share of the pinned total, shown rounded.
    const change = page.locator('#pinned [data-result="today.change"]');
    assert.ok(sameFigure((now.monthly.total - then) / then, Number(await change.getAttribute('data-value'))));
    assert.equal(await change.textContent(), '-17%');
    await page.reload();  // the link keeps the date
    await expectFigures(page.locator('#answer'), cliEstimate(pinned));
    await page.getByRole('button', { name: 'Use today’s prices' }).click();
    await expectFigures(page.locator('#answer'), now);
    assert.doesNotMatch(await settledUrl(page), /as_of=/);
    await noBrokenNumbers(page);
  });

  test('the price history table equals imgcost history, one row per price period', async (t) => {
    const page = await open(t, '?v=2&model=bfl%2Fflux-2-flex');
    const expected = cliJson('history', 'bfl/flux-2-flex', '--width', '1024', '--height', '1024').points;
    assert.ok(expected.length >= 2, 'FLUX.2 [flex] has a price change');
    const history = page.locator('#history');
    await history.locator('svg').waitFor();
    const rows = history.locator('tbody tr');
    assert.equal(await rows.count(), expected.length);
    for (const [i, point] of expected.entries()) {
      assert.ok(sameFigure(point.price_per_generation, await figureValue(history, `history.${i}.price_per_generation`)));
      assert.equal(await rows.nth(i).locator('td').first().textContent(), point.from);
    }
  });

  test('the market view\'s table equals imgcost trend, quarter by quarter', async (t) => {
    const page = await open(t);
    const expected = cliJson('trend').quarters;
    assert.ok(expected.length > 0);
    const market = page.getByRole('region', { name: 'Where image pricing is heading' });
    await market.locator('tbody tr').first().waitFor();
    assert.equal(await market.locator('tbody tr').count(), expected.length);
    for (const [i, q] of expected.entries()) {
      for (const key of ['cheapest', 'median', 'dearest']) {
        assert.ok(sameFigure(q[key], await figureValue(page.locator('#market'), `trend.${i}.${key}`)), `${q.quarter} ${key}`);
      }
    }
    await page.getByRole('img', { name: /Price of one image from/ }).waitFor();
  });
});
