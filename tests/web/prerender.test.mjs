// The prerendered answer (scripts/prerender.mjs, docs/building.md#prerender):
// the default page shows the default scenario's figures before any wasm runs,
// and they are the native core's for the date they were written; a share link
// never shows them; the core's own answer replaces them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ready, serveAndLaunch } from './browser.mjs';
import { cliEstimate, cliJson, REPO } from './cli.mjs';
import { expectFigures, pageFigures } from './figures.mjs';

const SITE = `${REPO}/build/site`;
let site;
let browser;
let stop;

before(async () => ({ site, browser, close: stop } = await serveAndLaunch(SITE)));
after(() => stop?.());

// A page whose wasm never arrives: what a reader sees before the core runs.
async function withoutCore(t, query, viewport = { width: 375, height: 740 }) {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(site.url + query);
  await page.locator('#answer').waitFor({ state: 'attached' });
  return page;
}

// The default scenario as the CLI prices it on the prerender's date.
function defaultAnswer(date) {
  const model = cliJson('catalog', '--as-of', date).default_model;
  return cliEstimate({ model, as_of: date });
}

describe('the prerendered answer', () => {
  test('the default page shows the native core figures for the date it was built, without wasm', async (t) => {
    const page = await withoutCore(t, '', { width: 1440, height: 900 });
    const date = await page.locator('#answer').getAttribute('data-prerendered');
    assert.match(date ?? '', /^\d{4}-\d{2}-\d{2}$/);
    const expected = defaultAnswer(date);
    await expectFigures(page.locator('#answer'), expected);
    assert.equal(await page.locator('#summary').isVisible(), true);
    assert.match(await page.locator('#summary').textContent(), /per delivered image/);
    // On a phone the answer sits under a form not built yet: its sticky bar
    // carries the figures from the first paint, and nothing jumps.
    for (const query of ['', '?embed=1']) {
      const phone = await withoutCore(t, query);
      const bar = phone.locator('#answer-bar [data-result="monthly.total"]');
      assert.equal(await bar.isVisible(), true, `the answer bar ${query}`);
      assert.equal(Number(await bar.getAttribute('data-value')), expected.monthly.total);
      assert.equal(await phone.locator('#summary').isVisible(), false, `the answer column waits ${query}`);
    }
  });

  test('a share link never shows the default answer while its own is computed', async (t) => {
    const page = await withoutCore(t, '?v=2&model=openai%2Fdall-e-3&images_per_month=555');
    assert.equal(await page.locator('#summary').isVisible(), false);
    assert.equal(await page.locator('#result-body').isVisible(), false);
    assert.equal(await page.locator('#answer-bar').isVisible(), false);
  });

  test('the core replaces the prerendered answer with its own', async (t) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    t.after(() => context.close());
    const page = await context.newPage();
    await page.goto(site.url);
    await ready(page);
    assert.equal(await page.locator('#answer').getAttribute('data-prerendered'), null);
    const shown = await pageFigures(page.locator('#answer'));
    const today = cliEstimate({ model: shown.model.value });
    await expectFigures(page.locator('#answer'), today);
  });
});
