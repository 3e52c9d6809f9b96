// The calculator page, used as a person does (labels, roles, visible text),
// checked against the native CLI: the page's figures must equal
// `imgcost estimate` / `imgcost compare` for the same scenario.
// Run: bash scripts/build-site.sh && npm ci && node --test tests/web/
// (needs build/native/cli/imgcost and /usr/bin/chromium).
// Screenshots go to test-results/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openPage, serveAndLaunch, settledUrl } from './browser.mjs';
import { cliCompare, cliError, cliEstimate, expectError, REPO } from './cli.mjs';
import { expectFigures, figureValue, noBrokenNumbers, sameFigure } from './figures.mjs';

const SITE = `${REPO}/build/site`;
const SHOTS = `${REPO}/test-results/screenshots`;

let site;
let browser;
let stop;

before(async () => ({ site, browser, close: stop } = await serveAndLaunch(SITE)));
after(() => stop?.());

// A fresh page on the calculator; every console error, page error or foreign request fails the test.
const openCalculator = (t, width = 1280) => openPage(t, browser, site, '', { width, height: 900 });

const answer = (page) => page.locator('#answer');

describe('calculator page', () => {
  test('the default scenario shows the figures of imgcost estimate', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    await expectFigures(answer(page), cliEstimate({ model }));
    await assert.doesNotReject(page.getByText(/Prices as of \d{4}-\d{2}-\d{2}/).waitFor());
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
    await noBrokenNumbers(page);
  });

  test('each input change crosses into the core once: answer, comparison and link from one call', async (t) => {
    const page = await openCalculator(t);
    // The market view's one call comes once the page is idle after its first figure.
    await page.locator('#market tbody tr').first().waitFor({ state: 'attached' });
    const calls = async () => Number(await page.evaluate(() => document.documentElement.dataset.coreCalls));
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    for (const [label, value, scenario] of [
      ['Usable images per month', '2500', { model, images_per_month: 2500 }],
      ['Acceptance rate', '50', { model, images_per_month: 2500, acceptance_rate: 0.5 }],
    ]) {
      const before = await calls();
      await page.getByLabel(label, { exact: true }).fill(value);
      await expectFigures(answer(page), cliEstimate(scenario));
      await page.waitForTimeout(300);  // past the debounce: no late second call
      assert.equal(await calls() - before, 1, `one core call for a change of ${label}`);
      assert.match(await settledUrl(page), new RegExp(`images_per_month=2500`), 'the link came with the same call');
    }
    const before = await calls();
    await page.getByLabel('Model', { exact: true }).selectOption('openai/dall-e-3');
    await expectFigures(answer(page), cliEstimate({ model: 'openai/dall-e-3', images_per_month: 2500, acceptance_rate: 0.5 }));
    await page.waitForTimeout(300);
    assert.equal(await calls() - before, 1, 'one core call for a change of model');
  });

  test('model, size, quality, acceptance rate and volume change the figures as the CLI says', async (t) => {
    const page = await openCalculator(t);
    const scenario = { model: 'openai/dall-e-3' };
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'DALL·E 3 (retired)' });
    await expectFigures(answer(page), cliEstimate(scenario));
    const standard = await figureValue(answer(page), 'price_per_generation');

    await page.getByLabel('Size', { exact: true }).selectOption({ label: '1792 × 1024' });
    await expectFigures(answer(page), cliEstimate(Object.assign(scenario, { width: 1792, height: 1024 })));

    await page.getByLabel('Quality', { exact: true }).selectOption('hd');
    await expectFigures(answer(page), cliEstimate(Object.assign(scenario, { quality: 'hd' })));
    assert.ok(await figureValue(answer(page), 'price_per_generation') > standard, 'hd costs more than standard');

    await page.getByLabel('Acceptance rate').fill('40');
    await expectFigures(answer(page), cliEstimate(Object.assign(scenario, { acceptance_rate: 0.4 })));

    await page.getByLabel('Usable images per month').fill('2500');
    await expectFigures(answer(page), cliEstimate(Object.assign(scenario, { images_per_month: 2500 })));
    await noBrokenNumbers(page);
  });

  test('a pixel-priced model offers sizes by aspect ratio, priced as the CLI prices them', async (t) => {
    const page = await openCalculator(t);
    await page.getByLabel('Model', { exact: true }).selectOption('bfl/flux-2-pro');
    await page.getByLabel('Size', { exact: true }).selectOption({ label: '16:9 · 1344 × 768 (1.03 MP)' });
    await expectFigures(answer(page), cliEstimate({ model: 'bfl/flux-2-pro', width: 1344, height: 768 }));
    await page.getByLabel('Size', { exact: true }).selectOption({ label: '1:1 · 2048 × 2048 (4.19 MP)' });
    await expectFigures(answer(page), cliEstimate({ model: 'bfl/flux-2-pro', width: 2048, height: 2048 }));
  });

  test('every other input reaches the core: edits, upscales, services, growth', async (t) => {
    const page = await openCalculator(t);
    const scenario = { model: 'stability/stable-image-core', edits_per_image: 0.5, upscale_share: 0.25,
      moderation: 'google/cloud-vision-safesearch', storage: 'aws/s3-standard', cdn: 'aws/cloudfront-us',
      views_per_image: 40, retention_months: 6, image_mb: 2, months: 18, monthly_growth: 0.1 };
    await page.getByLabel('Model', { exact: true }).selectOption('stability/stable-image-core');
    await page.getByLabel('Edits per delivered image').fill('0.5');
    await page.getByLabel('Share of images upscaled').fill('25');
    await page.getByLabel('Moderation service').selectOption('google/cloud-vision-safesearch');
    await page.getByLabel('Storage service').selectOption('aws/s3-standard');
    await page.getByLabel('Delivery (CDN or egress)').selectOption('aws/cloudfront-us');
    await page.getByLabel('Downloads per image').fill('40');
    await page.getByLabel('Retention (months)').fill('6');
    await page.getByLabel('File size (MB)').fill('2');
    await page.getByLabel('Months projected').fill('18');
    await page.getByLabel('Monthly growth').fill('10');
    await expectFigures(answer(page), cliEstimate(scenario));
  });

  test('a preset fills the form and the figures follow', async (t) => {
    const page = await openCalculator(t);
    await page.getByRole('button', { name: 'Product catalog, overnight batch' }).click();
    assert.equal(await page.getByLabel('Usable images per month').inputValue(), '20000');
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    await expectFigures(answer(page), cliEstimate({ model, width: 1024, height: 1024, images_per_month: 20000,
      acceptance_rate: 0.8, batch_share: 1, moderation: 'openai/omni-moderation-latest', image_mb: 0.5, retention_months: 24,
      views_per_image: 100, storage: 'cloudflare/r2-standard', cdn: 'cloudflare/r2-egress' }));
  });

  test('the comparison lists every callable model and sorts by its headers', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const expected = cliCompare({ model });
    const rows = page.locator('#compare-rows tr');
    assert.equal(await rows.count(), expected.length);
    const shown = await tableValues(page, 'cost_per_delivered_image');
    for (const row of expected.filter((r) => r.ok))
      assert.ok(sameFigure(row.cost_per_delivered_image, shown.get(row.model)), row.model);
    assert.equal(shown.size, expected.filter((r) => r.ok).length);

    const header = page.getByRole('columnheader', { name: /Per delivered image/ });
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    await header.getByRole('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.deepEqual(await columnNumbers(page, 'cost_per_delivered_image'),
      [...shown.values()].sort((a, b) => b - a));

    const byModel = page.getByRole('columnheader', { name: /^Model/ });
    await byModel.getByRole('button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await byModel.getAttribute('aria-sort'), 'ascending');
    assert.equal(await header.getAttribute('aria-sort'), null);
    const names = await page.locator('#compare-rows tr .model-name').allTextContents();
    const okNames = names.slice(0, shown.size);
    assert.deepEqual(okNames, [...okNames].sort((a, b) => a.localeCompare(b)));

    await page.getByLabel('Show retired models (history)').check();
    await waitForRowCount(page, cliCompare({ model }, true).length);
    await assert.doesNotReject(page.locator('#compare-rows .status-retired').first().waitFor());
  });

  test('rows that cannot deliver the size say why', async (t) => {
    const page = await openCalculator(t);
    await page.getByLabel('Model', { exact: true }).selectOption('openai/gpt-image-2');  // up to 3840x2160
    await page.getByLabel('Width (px)').fill('4096');
    await page.getByLabel('Height (px)').fill('4096');
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const failing = cliCompare({ model, width: 4096, height: 4096 }).filter((r) => !r.ok);
    assert.ok(failing.length > 0);
    const row = page.locator(`#compare-rows tr[data-model="${failing[0].model}"]`);
    await assert.doesNotReject(row.getByText(failing[0].error, { exact: true }).waitFor());
    // The chosen model cannot deliver it either: its field says why, in the core's words.
    const message = cliError({ model, width: 4096, height: 4096 });
    await expectError(page.locator('#f-width-error'), message);
    await noBrokenNumbers(page);
  });

  test('an invalid input shows the core message beside its field and no NaN anywhere', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    const before = await figureValue(answer(page), 'cost_per_usable_image');
    const field = page.getByLabel('Acceptance rate');
    await field.fill('150');  // a % field: 150%
    const message = cliError({ model, acceptance_rate: 1.5 });
    const errorBox = page.locator('#f-acceptance_rate-error');
    await expectError(errorBox, message);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const describedBy = (await field.getAttribute('aria-describedby')).split(' ');
    assert.ok(describedBy.includes(await errorBox.getAttribute('id')), 'the message describes the field');
    await assert.doesNotReject(page.getByText(/last valid inputs/).first().waitFor());
    assert.equal(await figureValue(answer(page), 'cost_per_usable_image'), before, 'the last valid answer stays');
    await noBrokenNumbers(page);

    await field.fill('abc');
    await expectError(errorBox, cliError({ model, acceptance_rate: 'abc' }));
    await noBrokenNumbers(page);

    await field.fill('50%');
    await expectFigures(answer(page), cliEstimate({ model, acceptance_rate: 0.5 }));
    assert.equal(await field.getAttribute('aria-invalid'), null);
  });

  test('zero images a month reports 0 and says so, never NaN', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    await page.getByLabel('Usable images per month').fill('0');
    const expected = cliEstimate({ model, images_per_month: 0 });
    await expectFigures(answer(page), expected);
    for (const warning of expected.warnings) await page.getByText(warning, { exact: true }).waitFor();
    await noBrokenNumbers(page);
  });

  test('a custom price changes the result', async (t) => {
    const page = await openCalculator(t);
    const model = await page.getByLabel('Model', { exact: true }).inputValue();
    await page.locator('summary').filter({ hasText: 'Custom prices' }).click();
    await page.getByLabel('Price per image ($)', { exact: true }).fill('0.0123');
    await page.getByLabel('Storage ($ per GB-month)').fill('0.02');
    await page.getByLabel('Storage service').selectOption('aws/s3-standard');
    await expectFigures(answer(page), cliEstimate({ model, price_per_image: 0.0123, storage_price_gb_month: 0.02,
      storage: 'aws/s3-standard' }));
    await assert.doesNotReject(page.getByText('(2 in use)').waitFor());
  });

  test('a custom model is priced, and its name is shown as text, never as markup', async (t) => {
    const page = await openCalculator(t);
    const name = '<img src=x onerror="window.__pwned=1">Acme';
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Custom model…' });
    await page.getByLabel('Custom model name').fill(name);
    await page.getByLabel('Price per image ($)', { exact: true }).fill('0.02');
    await expectFigures(answer(page), cliEstimate({ model: 'custom', custom_name: name, price_per_image: 0.02 }));
    await assert.doesNotReject(page.locator('#summary').getByText(name).waitFor());
    await assert.doesNotReject(page.locator('#compare-rows').getByText(name, { exact: true }).waitFor());
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  test('the address bar keeps the scenario: a reload shows the same inputs and figures', async (t) => {
    const page = await openCalculator(t);
    const scenario = { model: 'openai/dall-e-3', quality: 'hd', acceptance_rate: 0.5 };
    await page.getByLabel('Model', { exact: true }).selectOption('openai/dall-e-3');
    await page.getByLabel('Quality', { exact: true }).selectOption('hd');
    await page.getByLabel('Acceptance rate').fill('50');
    await expectFigures(answer(page), cliEstimate(scenario));
    assert.ok(page.url().startsWith(site.url), 'the page stays under its sub-path');
    await page.reload();
    await page.locator('#answer [data-result="cost_per_delivered_image"]').waitFor();
    assert.equal(await page.getByLabel('Model', { exact: true }).inputValue(), 'openai/dall-e-3');
    assert.equal(await page.getByLabel('Acceptance rate').inputValue(), '50');  // shares are shown in %
    await expectFigures(answer(page), cliEstimate(scenario));
  });

  test('no sideways scrolling from 320 px phones to desktops', async (t) => {
    const page = await openCalculator(t, 320);
    for (const width of [320, 480, 700, 899, 900, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `at ${width} px the page is ${scrollWidth} px wide`);
    }
  });

  for (const width of [1280, 375]) {
    test(`looks right at ${width} px (screenshot)`, async (t) => {
      const page = await openCalculator(t, width);
      // A scenario with several cost lines, so the charts have something to show.
      await page.getByRole('button', { name: 'Hero image' }).click();
      await page.getByRole('link', { name: /^Source of the Delivery: Amazon CloudFront/ }).waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `no sideways scrolling (page is ${scrollWidth} px wide)`);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/calculator-${width}.png` });
      await page.screenshot({ path: `${SHOTS}/calculator-${width}-full.png`, fullPage: true });
    });
  }
});

async function tableValues(page, key) {
  const pairs = await page.locator(`#compare-rows tr[data-model]`).evaluateAll((trs, k) => trs
    .map((tr) => [tr.dataset.model, tr.querySelector(`[data-result="${k}"]`)?.dataset.value])
    .filter(([, v]) => v !== undefined)
    .map(([m, v]) => [m, Number(v)]), key);
  return new Map(pairs);
}

async function columnNumbers(page, key) {
  return page.locator(`#compare-rows [data-result="${key}"]`).evaluateAll((cells) => cells.map((c) => Number(c.dataset.value)));
}

async function waitForRowCount(page, n) {
  await page.waitForFunction((count) => document.querySelectorAll('#compare-rows tr').length === count, n);
}
