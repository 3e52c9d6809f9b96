// The first visit (issue 15): every file is downloaded once, by the page or by
// the service worker's precache, never both (the worker takes what the page
// fetched from the HTTP cache); the advisor and exports module is fetched only
// when the reader asks for it, and never by an embed (?embed=1).
// Counted at the server, so requests of the page and of the worker both count.
// The wasm core and the catalog are asked for from <head>, while the page is
// parsed (web/js/early-downloads.js), and a host that cannot stream the wasm
// still gets the figures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, until, ready } from './browser.mjs';
import { TEST_DAY } from './test-day.mjs';
import { serveSite } from './server.mjs';
import { cliLinkEstimate, REPO } from './cli.mjs';
import { expectFigures } from './figures.mjs';

const SITE = process.env.IMGCOST_SITE || `${REPO}/build/site`;
const PREFIX = '/calc/';
const ON_DEMAND = /(^|\/)(imgcost-tools|advisor|tools-worker)[^/]*\.(js|wasm)$/;

let browser;
before(async () => { browser = await launchChromium({ day: TEST_DAY }); });
after(() => browser?.close());

// The site's file behind each request the server got: { file: count }.
function downloads(server) {
  const files = {};
  for (const path of server.requests) {
    const file = path.slice(PREFIX.length) || 'index.html';
    files[file] = (files[file] || 0) + 1;
  }
  return files;
}

async function firstVisit(t, query) {
  const server = await serveSite(SITE, PREFIX);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(async () => { await context.close(); await server.close(); });
  const page = await context.newPage();
  await page.goto(server.url + query);
  await ready(page, 60000);
  // The worker registers once the page is idle, precaches, then takes control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  await page.waitForTimeout(300);
  return { server, page };
}

function assertOnce(files) {
  const twice = Object.entries(files).filter(([, n]) => n > 1);
  assert.deepEqual(twice, [], `downloaded more than once: ${JSON.stringify(twice)} of ${JSON.stringify(files)}`);
}

describe('first visit', () => {
  for (const [name, query] of [['the default page', ''], ['a share link', '?v=2&model=openai%2Fdall-e-3&images_per_month=777']]) {
    test(`${name}: every file downloaded once, page and service worker together; the advisor on demand`, async (t) => {
      const { server, page } = await firstVisit(t, query);
      const files = downloads(server);
      assertOnce(files);
      for (const needed of [/^index\.html$/, /^sw\.js$/, /^catalog[.\w]*\.bin$/, /^imgcost[.\w]*\.wasm$/])
        assert.ok(Object.keys(files).some((f) => needed.test(f)), `${needed} was fetched`);
      assert.deepEqual(Object.keys(files).filter((f) => ON_DEMAND.test(f)), [], 'no advisor code before it is asked for');

      // The reader comes to the advisor: its module is fetched, once.
      await page.evaluate(() => document.getElementById('advisor').scrollIntoView());
      await until(() => page.evaluate(() => 'toolsReady' in document.documentElement.dataset), 'the advisor', 60000);
      await page.locator('#tactics li').first().waitFor();
      const later = downloads(server);
      assertOnce(later);
      assert.ok(Object.keys(later).some((f) => /imgcost-tools[^/]*\.wasm$/.test(f)), 'the tools module came on demand');
    });
  }

  test('an embed (?embed=1) never loads the advisor or the tools module', async (t) => {
    const { server, page } = await firstVisit(t, '?embed=1&v=2&model=openai%2Fdall-e-3');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(1000);
    const files = downloads(server);
    assertOnce(files);
    assert.deepEqual(Object.keys(files).filter((f) => ON_DEMAND.test(f)), [], 'no advisor or tools code in an embed');
  });

  test('the wasm core and the catalog are requested from <head>, while the page is still parsed', async (t) => {
    // Started by the page's module instead, they would wait for the whole
    // document to be parsed and the module to run (issue 15).
    const server = await serveSite(SITE, PREFIX);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    t.after(async () => { await context.close(); await server.close(); });
    const page = await context.newPage();
    await page.goto(`${server.url}?v=2&model=openai%2Fdall-e-3&images_per_month=777`);
    await ready(page);
    const timing = await page.evaluate(() => {
      const started = (pattern) => performance.getEntriesByType('resource')
        .find((e) => pattern.test(new URL(e.name).pathname))?.startTime;
      return { parsed: performance.getEntriesByType('navigation')[0].domInteractive,
        wasm: started(/\/imgcost\.\w+\.wasm$/), catalog: started(/\/catalog\.\w+\.bin$/) };
    });
    assert.ok(timing.wasm < timing.parsed, `the wasm at ${timing.wasm} ms, parsing done at ${timing.parsed} ms`);
    assert.ok(timing.catalog < timing.parsed, `the catalog at ${timing.catalog} ms, parsing done at ${timing.parsed} ms`);
  });

  test('a host that serves the wasm under another type: the page computes all the same', async (t) => {
    // Streaming compilation needs application/wasm; the early compile fails
    // and the page falls back to compiling the downloaded bytes.
    const server = await serveSite(SITE, PREFIX);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    t.after(async () => { await context.close(); await server.close(); });
    await context.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    const link = `${server.url}?v=2&model=openai%2Fdall-e-3&images_per_month=777`;
    await page.goto(link);
    await ready(page);
    await expectFigures(page.locator('#answer'), cliLinkEstimate(link));
    assert.deepEqual(problems, []);
  });
});
