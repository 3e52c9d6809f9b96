// "How to pay less" (issue 6) on the page, checked against the native CLI:
// a tactic's "Apply" makes the answer show exactly the advertised total (and
// `imgcost estimate` of the tactic's scenario); the budget table, the
// sensitivity curves and break-evens, and the mix equal `imgcost advise`.
// Run: bash scripts/build-site.sh && npm ci && node --test tests/web/
// (needs build/native/cli/imgcost and /usr/bin/chromium).
// Screenshots go to test-results/screenshots/advisor-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { openPage, ready, serveAndLaunch, until, settledUrl } from './browser.mjs';
import { CLI, CLI_ENV, cliEstimate, expectError, parseError, REPO } from './cli.mjs';
import { expectFigures, noBrokenNumbers, sameFigure } from './figures.mjs';

const SITE = process.env.IMGCOST_SITE || `${REPO}/build/site`;
const SHOTS = `${REPO}/test-results/screenshots`;

let site;
let browser;
let stop;

before(async () => ({ site, browser, close: stop } = await serveAndLaunch(SITE)));
after(() => stop?.());

// The reader's day on the page and the CLI's --as-of, whatever day the tests
// run: before the catalog's own date, so that advice priced on the catalog's
// date instead of the reader's differs (a model shut down on 2026-06-30 is still
// in this day's budget).
const DAY = '2026-06-15';

// The CLI's estimate on DAY, unless the scenario names its own date.
const cliEstimateOnDay = (scenario) => cliEstimate({ ...scenario, as_of: scenario.as_of || DAY });

// `imgcost advise` on DAY for a scenario (which may hold "mix"), with extra arguments.
function runAdvise(scenario, extra = []) {
  return spawnSync(CLI, ['advise', '--as-of', DAY, '--scenario', '-', ...extra], { input: JSON.stringify(scenario), encoding: 'utf8', env: CLI_ENV });
}

// Its advice, with budgets.
function cliAdvise(scenario, { budget, totalBudget } = {}) {
  const extra = [];
  if (budget !== undefined) extra.push('--budget', String(budget));
  if (totalBudget !== undefined) extra.push('--total-budget', String(totalBudget));
  const out = runAdvise(scenario, extra);
  if (out.status !== 0) throw new Error(`imgcost advise failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

// The message the CLI gives when it rejects an advise request (exit code 2).
function cliAdviseError(scenario) {
  const out = runAdvise(scenario);
  assert.equal(out.status, 2, `expected imgcost advise to reject ${JSON.stringify(scenario)}`);
  return parseError(out.stderr);
}

// The share link of a scenario, as the page's address (the page's sub-path).
function linkQuery(scenario) {
  const out = spawnSync(CLI, ['link', '--scenario', '-'], { input: JSON.stringify(scenario), encoding: 'utf8', env: CLI_ENV });
  assert.equal(out.status, 0, out.stderr);
  return new URL(out.stdout.trim()).search;
}

// A fresh page on the calculator with the scenario in its address; every
// console error, page error or foreign request fails the test.
async function openCalculator(t, scenario, { width = 1280, query } = {}) {
  // Generous: these tests share two CPUs with the other test files and builds.
  const page = await openPage(t, browser, site, query ?? (scenario ? linkQuery(scenario) : ''), { width, height: 900 }, 60000, { date: DAY });
  await openAdvisor(page);
  return page;
}

// The advisor loads on demand (issue 15): the reader scrolls to it.
async function openAdvisor(page) {
  await page.evaluate(() => document.getElementById('advisor').scrollIntoView());
  await until(() => page.evaluate(() => 'toolsReady' in document.documentElement.dataset && !('toolsBusy' in document.documentElement.dataset)),
    'the advisor module and its first advice', 60000);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const answer = (page) => page.locator('#answer');

async function value(scope, key) {
  const raw = await scope.locator(`[data-result="${key}"]`).first().getAttribute('data-value');
  return raw === null ? undefined : Number(raw);
}

// Waits until the figure keyed `key` shows `expected` (within 1e-12).
async function expectValue(scope, key, expected) {
  let shown;
  await until(async () => {
    shown = await scope.locator(`[data-result="${key}"]`).evaluateAll((n) => n[0]?.dataset.value);
    return shown !== undefined && sameFigure(expected, Number(shown));
  }, `${key} = ${expected} (shown ${shown})`);
}

async function openFold(page, name) {
  await page.locator('#advisor summary').filter({ hasText: name }).click();
}

async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.locator('#advisor').screenshot({ path: `${SHOTS}/advisor-${name}.png`, animations: 'disabled', timeout: 60000 });
}

// A model with a batch discount, rejects, storage and delivery: every tactic has something to say.
// Medium is GPT-Image-1's default tier: the page keeps a default tier implicit, so other models take theirs.
const BATCH_SCENARIO = { model: 'openai/gpt-image-1', acceptance_rate: 0.5,
  storage: 'aws/s3-standard', cdn: 'aws/cloudfront-us', views_per_image: 20 };

// Applies the tactic `id` on the page and checks the answer against what the card and the CLI said.
async function applyTactic(page, scenario, id, { keyboard = false } = {}) {
  const expected = cliAdvise(scenario).tactics.find((x) => x.id === id);
  assert.ok(expected?.applies, `${id} applies to ${JSON.stringify(scenario)}`);
  const card = page.locator(`#tactics [data-tactic="${id}"]`);
  await expectValue(card, `advice.${id}.monthly_total`, expected.monthly_total);
  await expectValue(card, `advice.${id}.saved_per_month`, expected.saved_per_month);
  await expectValue(card, `advice.${id}.saved_per_year`, expected.saved_per_year);
  const advertised = await card.locator(`[data-result="advice.${id}.monthly_total"]`).getAttribute('data-value');
  const button = card.getByRole('button', { name: 'Apply', exact: true });
  assert.equal(await button.getAttribute('aria-describedby'), `tactic-${id}-title`);
  assert.equal(await card.locator(`#tactic-${id}-title`).textContent(), expected.title);
  if (keyboard) {
    await button.focus();
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
  // Exactly the advertised figure, then every figure of the tactic's scenario.
  await until(async () => (await answer(page).locator('[data-result="monthly.total"]').first()
    .getAttribute('data-value')) === advertised, `the monthly total to become ${advertised}`, 10000);
  await expectFigures(answer(page), cliEstimateOnDay(expected.scenario));
  assert.equal(await value(page.locator('#advisor-applied'), 'advice.applied.monthly_total'), Number(advertised));
  return expected;
}

describe('how to pay less', () => {
  test('the tactics are the CLI\'s, sorted by saving; those that do not apply say why', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    const expected = cliAdvise(BATCH_SCENARIO).tactics;
    await until(async () => (await page.locator('#tactics .tactic').count()) === expected.length, 'the tactic cards', 10000);
    for (const x of expected.filter((e) => e.applies))
      await expectValue(page.locator(`[data-tactic="${x.id}"]`), `advice.${x.id}.monthly_total`, x.monthly_total);
    assert.deepEqual(await page.locator('#tactics .tactic').evaluateAll((n) => n.map((c) => c.dataset.tactic)),
      expected.map((x) => x.id));
    const savings = await page.locator('#tactics .tactic.applies').evaluateAll((cards) => cards.map((c) =>
      Number(c.querySelector('[data-result$=".saved_per_month"]').dataset.value)));
    assert.deepEqual(savings, [...savings].sort((a, b) => b - a), 'most saved first');
    // Beside the answer, a link to the advice with the largest single saving.
    await expectValue(answer(page), 'advice.best.saved_per_month', expected.find((x) => x.applies).saved_per_month);
    await answer(page).getByRole('link', { name: /^How to pay less/ }).click();
    assert.match(page.url(), /#advisor$/);

    // A model without batch mode: the batch card gives the core's reason and no figures.
    const plain = { model: 'openai/gpt-image-1.5' };
    const reason = cliAdvise(plain).tactics.find((x) => x.id === 'batch').reason;
    await page.getByLabel('Model', { exact: true }).selectOption(plain.model);
    const card = page.locator('#tactics [data-tactic="batch"]');
    await card.getByText(`Does not apply: ${reason}.`, { exact: true }).waitFor();
    assert.equal(await card.locator('[data-result]').count(), 0);
    assert.equal(await card.getByRole('button').count(), 0);
    await noBrokenNumbers(page);
  });

  test('the advisor runs in a Worker: its module never loads on the page main thread', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    await until(async () => (await page.locator('#tactics .tactic').count()) > 0, 'the tactic cards', 10000);
    const worker = page.workers().find((w) => /tools-worker/.test(w.url()));
    assert.ok(worker, `a tools worker among ${page.workers().map((w) => w.url())}`);
    const fetched = (scope) => scope.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    assert.ok((await fetched(worker)).some((u) => /imgcost-tools[^/]*\.wasm$/.test(u)), 'the worker fetched the tools wasm');
    const own = await fetched(page);
    // (Chromium lists the worker's module scripts on the page's timeline too.)
    assert.ok(!own.some((u) => /imgcost-tools[^/]*\.wasm$/.test(u)), `the page did not: ${own.join(' ')}`);
  });

  test('applying the batch tactic shows exactly the advertised total, in the form and the address bar', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    const before = await value(answer(page), 'monthly.total');
    const tactic = await applyTactic(page, BATCH_SCENARIO, 'batch', { keyboard: true });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'advisor-undo', 'the keyboard lands on Undo');
    assert.equal(await page.getByLabel('Share sent through batch mode').inputValue(), String(tactic.scenario.batch_share * 100));  // in %
    assert.match(await settledUrl(page), /batch_share=0\.5/);
    assert.doesNotMatch(page.url(), /as_of=/, 'an applied tactic keeps the link unpinned, as it was');
    assert.ok(page.url().startsWith(site.url), 'the page stays under its sub-path');
    await shot(page, 'after-apply');

    // The link in the address bar is the applied scenario: a reload shows the same figures.
    await page.reload();
    await ready(page, 60000);
    await expectFigures(answer(page), cliEstimateOnDay(tactic.scenario));
    await openAdvisor(page);

    // Undo goes back to the scenario before.
    await page.locator('[data-tactic="cheapest_comparable_model"]').waitFor();
    await page.locator('[data-tactic="raise_acceptance"]').getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectFigures(answer(page), cliEstimateOnDay(tactic.scenario));
    assert.notEqual(before, await value(answer(page), 'monthly.total'));
    // The next edit of the form ends the "Applied" note.
    await page.getByLabel('Usable images per month').fill('1200');
    await until(async () => page.locator('#advisor-applied').isHidden(), 'the applied note to go', 10000);
  });

  test('applying the cheapest comparable model switches the model and shows the advertised total', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    const tactic = await applyTactic(page, BATCH_SCENARIO, 'cheapest_comparable_model');
    assert.equal(await page.getByLabel('Model', { exact: true }).inputValue(), tactic.scenario.model);
    // The advisor now advises on the new scenario.
    const next = cliAdvise(tactic.scenario).tactics;
    await until(async () => sameFigure(tactic.monthly_total, Number(await page.locator('#tactics').getAttribute('data-monthly-total'))),
      'the advice to follow');
    for (const x of next.filter((e) => e.applies))
      await expectValue(page.locator(`[data-tactic="${x.id}"]`), `advice.${x.id}.monthly_total`, x.monthly_total);
    await noBrokenNumbers(page);
  });

  test('every tactic that applies, applied on the page, shows its advertised total; Undo comes back', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    const baseline = cliEstimateOnDay(BATCH_SCENARIO);
    const ids = cliAdvise(BATCH_SCENARIO).tactics.filter((x) => x.applies).map((x) => x.id);
    assert.ok(ids.length >= 5, `most tactics apply to this scenario (${ids})`);
    for (const id of ids) {
      await applyTactic(page, BATCH_SCENARIO, id);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expectFigures(answer(page), baseline);
      // The advice is for the scenario before again.
      await until(async () => sameFigure(baseline.monthly.total, Number(await page.locator('#tactics').getAttribute('data-monthly-total'))),
        'the advice to come back');
    }
    await noBrokenNumbers(page);
  });

  test('an assumption out of range shows the core\'s message beside its field', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    await openFold(page, 'Assumptions of the tactics');
    const field = page.getByLabel('Share of work that can wait for batch');
    await field.fill('200');  // a % field: 200%
    const message = cliAdviseError({ ...BATCH_SCENARIO, advisor: { batch_eligible_share: 2 } });
    await expectError(page.locator('#a-batch_eligible_share-error'), message);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await noBrokenNumbers(page);
    await field.fill('100');
    const expected = cliAdvise({ ...BATCH_SCENARIO, advisor: { batch_eligible_share: 1 } }).tactics.find((x) => x.id === 'batch');
    await expectValue(page.locator('[data-tactic="batch"]'), 'advice.batch.monthly_total', expected.monthly_total);
    assert.equal(await field.getAttribute('aria-invalid'), null);
  });

  test('a budget: images per month by model as the CLI computes them, and the runway', async (t) => {
    const scenario = { ...BATCH_SCENARIO, monthly_growth: 0.05 };
    const page = await openCalculator(t, scenario);
    await openFold(page, 'What a budget buys');
    await page.getByLabel('Monthly budget ($)').fill('100');
    await page.getByLabel('Total budget ($)').fill('1000');
    const expected = cliAdvise(scenario, { budget: 100, totalBudget: 1000 }).budget;
    assert.ok(expected.models.some((m) => m.model === 'aws/titan-image-generator-v2'), 'on DAY, a model shut down since is still in the budget');
    const table = page.locator('#budget-table');
    await expectValue(table, 'budget.models.0.images_per_month', expected.models[0].images_per_month);
    assert.equal(await table.locator('tbody tr').first().getAttribute('data-model'), expected.models[0].model);
    await expectValue(page.locator('#runway'), 'budget.runway.months', expected.runway.months);
    // The first ten, and the chosen model wherever it ranks.
    const chosen = expected.models.findIndex((m) => m.chosen);
    assert.equal(await table.locator('tbody tr').count(), chosen < 10 ? 10 : 11);
    await expectValue(table.locator('tr.current'), `budget.models.${chosen}.images_per_month`, expected.models[chosen].images_per_month);
    await page.getByRole('button', { name: `Show all ${expected.models.length} models` }).click();
    assert.equal(await table.locator('tbody tr').count(), expected.models.length);
    const shown = await table.locator('[data-result$=".images_per_month"]').evaluateAll((n) => n.map((c) => Number(c.dataset.value)));
    expected.models.forEach((m, i) => assert.ok(sameFigure(m.images_per_month, shown[i]), m.model));

    await page.getByLabel('Monthly budget ($)').fill('-5');
    const message = cliAdviseError({ ...scenario, advisor: { monthly_budget: -5 } });
    await expectError(page.locator('#a-monthly_budget-error'), message);
    await noBrokenNumbers(page);
  });

  test('sensitivity: four curves, the break-evens and the tornado of the CLI', async (t) => {
    const scenario = { model: 'stability/stable-image-core', upscale_share: 1, acceptance_rate: 0.5 };
    const page = await openCalculator(t, scenario);
    await openFold(page, 'How sensitive the bill is');
    const expected = cliAdvise(scenario).sensitivity;
    assert.ok(expected.break_evens.length > 0, 'this scenario has break-evens');
    await page.locator('#acceptance-chart svg').waitFor();
    assert.equal(await page.locator('#acceptance-chart polyline.curve').count(), 4);
    assert.deepEqual(await page.locator('#acceptance-chart polyline.curve').evaluateAll((n) => n.map((c) => c.dataset.model)),
      expected.curves.map((c) => c.model));
    assert.equal(await page.locator('.chart-legend li').count(), 4);
    assert.equal(await page.locator('#acceptance-chart circle.break-even').count(), expected.break_evens.length);
    assert.equal(await page.locator('#break-evens li').count(), expected.break_evens.length);
    for (const [i, b] of expected.break_evens.entries()) {
      await expectValue(page.locator('#break-evens'), `sensitivity.break_evens.${i}.acceptance_rate`, b.acceptance_rate);
      await expectValue(page.locator('#break-evens'), `sensitivity.break_evens.${i}.cost_per_delivered_image`, b.cost_per_delivered_image);
    }
    // The table beside the chart holds every point of every curve.
    for (const [i, c] of expected.curves.entries())
      for (const [p, point] of c.points.entries())
        assert.ok(sameFigure(point.cost_per_delivered_image, await value(page.locator('.curve-table'), `sensitivity.curves.${i}.points.${p}.cost_per_delivered_image`)));
    assert.deepEqual(await page.locator('#tornado-list li').evaluateAll((n) => n.map((li) => li.dataset.key)),
      expected.tornado.map((b) => b.key));
    assert.ok(sameFigure(expected.tornado[0].swing, await value(page.locator('#tornado-list'), 'sensitivity.tornado.0.swing')));
    await noBrokenNumbers(page);
    await shot(page, 'sensitivity');
  });

  test('mix: the total is the sum of the parts and the CLI\'s; names stay text', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    await openFold(page, 'Mix of use cases');
    await page.getByLabel('Name of use case 1').waitFor();
    const name = '<img src=x onerror="window.__pwned=1">Thumbs';
    await page.getByLabel('Name of use case 1').fill(name);
    await page.getByLabel('Share (%) of use case 1').fill('70');
    await page.getByLabel('Share (%) of use case 2').fill('20');
    await page.getByRole('button', { name: 'Add a use case' }).click();
    await page.getByLabel('Name of use case 3').fill('Print');
    await page.getByLabel('Share (%) of use case 3').fill('10');
    await page.getByLabel('Model of use case 3').selectOption('bfl/flux-2-pro');
    await page.getByLabel('Width of use case 3').fill('2048');
    await page.getByLabel('Height of use case 3').fill('2048');
    const mix = [
      { name, share: 0.7, model: 'openai/gpt-image-1', width: 512, height: 512, quality: 'low' },
      { name: 'Hero images', share: 0.2, model: 'openai/gpt-image-1', width: 1024, height: 1024, quality: 'high' },
      { name: 'Print', share: 0.1, model: 'bfl/flux-2-pro', width: 2048, height: 2048 },
    ];
    const expected = cliAdvise({ ...BATCH_SCENARIO, mix }).mix;
    const table = page.locator('#mix-table');
    await expectValue(table, 'mix.total.monthly.total', expected.total.monthly.total);
    const parts = await table.locator('[data-result^="mix.parts."][data-result$=".monthly.total"]')
      .evaluateAll((n) => n.map((c) => Number(c.dataset.value)));
    assert.equal(parts.length, 3);
    expected.parts.forEach((p, i) => assert.ok(sameFigure(p.result.monthly.total, parts[i]), p.name));
    const sum = parts.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - expected.total.monthly.total) <= 1e-9 * expected.total.monthly.total, 'the total is the sum of the parts');
    assert.ok(sameFigure(expected.total.images_per_month, await value(table, 'mix.total.images_per_month')));
    assert.ok(sameFigure(expected.total.annual_total, await value(page.locator('#mix-result'), 'mix.total.annual_total')));
    await table.getByText(name, { exact: true }).waitFor();
    assert.equal(await page.locator('#advisor img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await noBrokenNumbers(page);
    await shot(page, 'mix');

    // Removing a use case leaves shares that no longer add up.
    await page.getByRole('button', { name: 'Remove use case 3' }).click();
    assert.equal(await page.getByLabel('Name of use case 3').count(), 0);
    await expectError(page.locator('#mix-error'), cliAdviseError({ ...BATCH_SCENARIO, mix: mix.slice(0, 2) }));
  });

  test('mix: shares that do not add up to 100% show the core\'s error beside the shares, and no NaN', async (t) => {
    const page = await openCalculator(t, BATCH_SCENARIO);
    await openFold(page, 'Mix of use cases');
    const share = page.getByLabel('Share (%) of use case 1');
    await share.fill('70');
    const message = cliAdviseError({ ...BATCH_SCENARIO, mix: [{ name: 'a', share: 0.7 }, { name: 'b', share: 0.2 }] });
    const box = page.locator('#mix-error');
    await expectError(box, message);
    assert.equal(await share.getAttribute('aria-invalid'), 'true');
    assert.ok((await share.getAttribute('aria-describedby')).split(' ').includes('mix-error'), 'the message describes the share');
    await noBrokenNumbers(page);

    // A share that is not a number: the core names it beside that field.
    await share.fill('abc');
    await page.locator('[id$="-share-error"]').first().getByText(/mix\[0\]\.share/).waitFor();
    await noBrokenNumbers(page);

    await share.fill('80');
    await until(async () => (await share.getAttribute('aria-invalid')) === null, 'the share to be valid again', 10000);
    assert.equal(await box.textContent(), '');
    const expected = cliAdvise({ ...BATCH_SCENARIO, mix: [{ name: 'a', share: 0.8, width: 512, height: 512, quality: 'low' },
      { name: 'b', share: 0.2, quality: 'high' }] }).mix;
    await expectValue(page.locator('#mix-table'), 'mix.total.monthly.total', expected.total.monthly.total);
  });

  test('embedded, the calculator stays compact: no advisor', async (t) => {
    const page = await openCalculator(t, null, { query: `${linkQuery(BATCH_SCENARIO)}&embed=1` });
    assert.equal(await page.locator('#advisor').isVisible(), false);
    assert.equal(await page.locator('#tactics .tactic').count(), 0);
  });

  for (const width of [320, 1280]) {
    test(`every fold open: no sideways scrolling at ${width} px, every input labelled (screenshot)`, async (t) => {
      const page = await openCalculator(t, { model: 'stability/stable-image-core', upscale_share: 1, acceptance_rate: 0.5,
        storage: 'aws/s3-standard', cdn: 'aws/cloudfront-us', views_per_image: 20 }, { width });
      for (const fold of ['Assumptions of the tactics', 'What a budget buys', 'How sensitive the bill is', 'Mix of use cases'])
        await openFold(page, fold);
      await page.getByLabel('Monthly budget ($)').fill('250');
      await page.getByLabel('Total budget ($)').fill('5000');
      await page.locator('#budget-table').waitFor();
      await page.locator('#mix-table').waitFor();
      await page.locator('#tornado-list').waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `at ${width} px the page is ${scrollWidth} px wide`);
      const unlabelled = await page.locator('#advisor input, #advisor select').evaluateAll((inputs) =>
        inputs.filter((i) => !i.labels || i.labels.length === 0 || !i.labels[0].textContent.trim()).map((i) => i.id));
      assert.deepEqual(unlabelled, []);
      // The advisor's names never make the form's labels ambiguous (as the other tests look them up).
      for (const label of ['Acceptance rate', 'Usable images per month', 'Width (px)', 'Height (px)', 'Monthly growth',
        'Edits per delivered image', 'Share of images upscaled', 'Downloads per image', 'File size (MB)'])
        assert.equal(await page.getByLabel(label).count(), 1, label);
      for (const label of ['Model', 'Quality', 'Size'])
        assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, label);
      await noBrokenNumbers(page);
      await shot(page, `${width}`);
    });
  }
});
