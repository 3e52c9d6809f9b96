// The prerendered answer (scripts/prerender.mjs, docs/building.md#prerender):
// the default page shows the default scenario's figures before any wasm runs,
// and they are the native core's for the date they were written; a share link
// never shows them, and paints its own headline before the page is built; the
// core's own answer replaces them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ready, serveAndLaunch } from './browser.mjs';
import { cliEstimate, cliJson, cliLinkEstimate, REPO } from './cli.mjs';
import { expectedFigures, expectFigures, pageFigures, sameFigure } from './figures.mjs';

const SITE = process.env.IMGCOST_SITE || `${REPO}/build/site`;
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

// A page that records what is on screen at the moment a link's answer is
// marked painted (data-answered), before the rest of the page is built.
async function watchFirstAnswer(t, width = 375) {
  const context = await browser.newContext({ viewport: { width, height: width < 900 ? 740 : 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.addInitScript(() => new MutationObserver((_, observer) => {
    const root = document.documentElement;
    if (!root.hasAttribute('data-answered')) return;
    observer.disconnect();
    const figures = {};
    for (const n of document.querySelectorAll('#answer-bar [data-result], #answer [data-result]')) {
      // The default's details stay in the page, unseen, until the link's own are drawn.
      if (!n.checkVisibility({ visibilityProperty: true })) continue;
      if (!(n.dataset.result in figures)) figures[n.dataset.result] = { value: n.dataset.value, text: n.textContent };
    }
    window.firstAnswer = { ready: root.hasAttribute('data-ready'), formBuilt: Boolean(document.getElementById('f-model')),
      bar: getComputedStyle(document.getElementById('answer-bar')).visibility, figures };
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-answered'] }));
  return page;
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

  test('a share link paints its own headline before the page builds its form, with the CLI figures', async (t) => {
    const query = '?v=2&model=google%2Fimagen-4-fast&images_per_month=5000&acceptance_rate=0.6&currency=EUR';
    const expected = expectedFigures(cliLinkEstimate(site.url + query));
    // A phone shows the answer bar; a desktop the answer, over the default's
    // details, which must not show.
    for (const width of [375, 1440]) {
      const page = await watchFirstAnswer(t, width);
      await page.goto(site.url + query);
      await ready(page);
      const first = await page.evaluate(() => window.firstAnswer);
      assert.ok(first, `${width} px: the link answer was painted on its own`);
      assert.equal(first.ready, false);
      assert.equal(first.formBuilt, false);
      if (width < 900) assert.equal(first.bar, 'visible');
      for (const key of ['cost_per_delivered_image', 'monthly.total']) {
        assert.ok(first.figures[key], `${width} px: ${key} is shown`);
        assert.ok(first.figures[key].text.includes('€'), `${key} in euros: ${first.figures[key].text}`);
      }
      for (const [key, shown] of Object.entries(first.figures)) {
        if (!(key in expected)) continue;
        const want = expected[key];
        assert.ok(sameFigure(want, shown.value), `${width} px: ${key}: first paint ${shown.value}, CLI ${want}`);
      }
      // The page built afterwards shows the same figures, and the rest.
      await expectFigures(page.locator('#answer'), cliLinkEstimate(site.url + query));
    }
  });

  test('a link the core cannot price at once (no model, or one the catalog lacks) paints nothing early', async (t) => {
    for (const query of ['?v=2&images_per_month=555', '?v=2&model=nobody%2Fno-model&images_per_month=555']) {
      const page = await watchFirstAnswer(t);
      await page.goto(site.url + query);
      await ready(page);
      assert.equal(await page.evaluate(() => window.firstAnswer), undefined, query);
      // The page then prices the catalog's default model and says so.
      const shown = await pageFigures(page.locator('#answer'));
      await expectFigures(page.locator('#answer'), cliEstimate({ model: shown.model.value, images_per_month: 555 }));
    }
  });

  test('nothing on screen moves when the page takes over (1440 px)', async (t) => {
    // Each of these once moved:
    // - Share and export came in above the answer once the core was up: they
    //   pushed it 89 px down.
    // - A share link's headline cleared the default's details, so the
    //   comparison came up under it, and the link's details pushed it away.
    // - The prices used, not prerendered, pushed the details 27 px down.
    // - A pinned link's notice, drawn with the details, pushed the answer down.
    const queries = ['', '?v=2&model=google%2Fimagen-4-fast&images_per_month=5000&acceptance_rate=0.6',
      '?v=2&model=google%2Fimagen-4-fast&images_per_month=5000&as_of=2026-06-01'];
    for (const query of queries) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      t.after(() => context.close());
      const page = await context.newPage();
      // The default page's wasm is held until a frame has shown the prerendered
      // answer: on a busy machine the core could otherwise take over before
      // the first frame, and there would be no place to compare with.
      let painted;
      const answerPainted = new Promise((resolve) => { painted = resolve; });
      await page.exposeFunction('answerPainted', () => painted());
      await page.route(/\/imgcost\.\w+\.wasm$/, async (route) => {
        if (!query) await answerPainted;
        await route.continue();
      });
      await page.addInitScript(() => {
        window.placesOf = () => Object.fromEntries([['the answer', '#summary'], ['how it was computed', '.details-figures'],
          ['the comparison', '#compare']].map(([name, selector]) => [name, document.querySelector(selector)?.getBoundingClientRect().top]));
        // Each part's place when it was first on screen, before the core took
        // over: the default page's answer from its first frame (parts the parser
        // has not reached yet are taken in a later frame: no place yet is not a
        // move); a link's from the moment its headline is painted (data-answered).
        window.firstPlaces = {};
        const record = () => {
          for (const [name, top] of Object.entries(window.placesOf()))
            if (top !== undefined && !(name in window.firstPlaces)) window.firstPlaces[name] = top;
          if ('the answer' in window.firstPlaces) window.answerPainted();
        };
        const everyFrame = () => {
          if (document.documentElement.hasAttribute('data-ready')) return;
          record();
          requestAnimationFrame(everyFrame);
        };
        if (!window.location.search) requestAnimationFrame(everyFrame);
        else new MutationObserver(() => document.documentElement.hasAttribute('data-answered') && record())
          .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-answered'] });
      });
      await page.goto(site.url + query);
      await ready(page);
      await page.getByRole('button', { name: 'Copy link' }).and(page.locator(':enabled')).waitFor();
      await page.locator('#breakdown-rows tr').first().waitFor({ state: 'attached' });
      const [first, last] = await page.evaluate(() => [window.firstPlaces, window.placesOf()]);
      const where = query || 'default page';
      assert.equal(typeof first?.['the answer'], 'number', `${where}: the answer was painted`);
      for (const [name, now] of Object.entries(last)) {
        const top = first[name];  // undefined: not on the page before the core took over
        if ((top === undefined || top >= 900) && now >= 900) continue;  // out of sight, or not yet there, and out of sight now
        assert.equal(now, top, `${where}: ${name} moved from y = ${top} to ${now}`);
      }
    }
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
