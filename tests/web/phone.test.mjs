// The calculator as an article reader on a phone meets it: in an embed at 320
// and 375 px the first screen holds the answer (cost per delivered image and
// the monthly total) and the essential inputs, the other inputs are folded,
// the summary stays in view while typing, and no advisor code is loaded.
// Light and dark, with screenshots for the record.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { serveAndLaunch, ready } from './browser.mjs';
import { cliEstimate, REPO } from './cli.mjs';

const SHOTS = `${REPO}/test-results/screenshots`;
let site;
let browser;
let stop;
before(async () => ({ site, browser, close: stop } = await serveAndLaunch(`${REPO}/build/site`)));
after(() => stop?.());

async function embed(t, width, colorScheme) {
  const context = await browser.newContext({ viewport: { width, height: 640 }, colorScheme, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  t.after(() => context.close());
  await page.goto(`${site.url}?embed=1&model=openai%2Fgpt-image-2&images_per_month=5000&acceptance_rate=0.6`);
  await ready(page);
  return { page, requests };
}

const insideFirstScreen = (locator) => locator.evaluate((n) => {
  const r = n.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
});

describe('phone', () => {
  for (const width of [320, 375]) {
    for (const scheme of ['light', 'dark']) {
      test(`embed at ${width} px (${scheme}): the answer and the essential inputs on the first screen`, async (t) => {
        const { page, requests } = await embed(t, width, scheme);
        const expected = cliEstimate({ model: 'openai/gpt-image-2', images_per_month: 5000, acceptance_rate: 0.6 });
        const bar = page.locator('#answer-bar');
        for (const [key, value] of [['cost_per_delivered_image', expected.cost_per_delivered_image], ['monthly.total', expected.monthly.total]]) {
          const figure = bar.locator(`[data-result="${key}"]`);
          assert.ok(await insideFirstScreen(figure), `${key} is on the first screen`);
          assert.ok(Math.abs(Number(await figure.getAttribute('data-value')) - value) <= 1e-12 * Math.max(1, value));
        }
        for (const label of ['Model', 'Usable images per month', 'Acceptance rate']) {
          assert.ok(await insideFirstScreen(page.getByLabel(label, { exact: true })), `${label} is on the first screen`);
        }
        assert.equal(await page.locator('#more-inputs').getAttribute('open'), null, 'the other inputs are folded');
        assert.equal(await page.getByLabel('Months projected').isVisible(), false);
        // Typing further down keeps the summary in view.
        await page.getByLabel('Usable images per month').fill('8000');
        await page.locator('#more-inputs > summary').click();
        await page.getByLabel('Downloads per image').scrollIntoViewIfNeeded();
        assert.ok(await insideFirstScreen(bar), 'the summary stays in view');
        assert.ok(!requests.some((u) => /imgcost-tools|advisor|tools-worker/.test(u)), 'no advisor code in an embed');
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
        assert.ok(scroll, 'no sideways scrolling');
        mkdirSync(SHOTS, { recursive: true });
        await page.waitForTimeout(400);  // past the debounce, so the shot shows the new figures
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${SHOTS}/embed-${width}-${scheme}.png` });
      });
    }
  }
});
