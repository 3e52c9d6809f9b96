// The first visit (issue 15): every file is downloaded once, by the page or by
// the service worker's precache, never both (the worker takes what the page
// fetched from the HTTP cache); the advisor and exports module is fetched only
// when the reader asks for it, and never by an embed (?embed=1).
// Counted at the server, so requests of the page and of the worker both count.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, until, ready } from './browser.mjs';
import { serveSite } from './server.mjs';
import { REPO } from './cli.mjs';

const SITE = process.env.IMGCOST_SITE || `${REPO}/build/site`;
const PREFIX = '/calc/';
const ON_DEMAND = /(^|\/)(imgcost-tools|advisor|tools-worker)[^/]*\.(js|wasm)$/;

let browser;
before(async () => { browser = await launchChromium(); });
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
});
