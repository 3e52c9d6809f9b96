// What every browser test and the benchmark share: Debian's Chromium, started
// so that it opens no connection of its own (docs/building.md#chromium), and a polling wait.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveSite } from './server.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// The built site served on localhost (under `prefix`) and a browser, for one
// test file: call it from before(), and close() from after().
export async function serveAndLaunch(siteDir, prefix) {
  assert.ok(existsSync(`${siteDir}/index.html`), `${siteDir} is missing: run scripts/build-site.sh first`);
  const site = await serveSite(siteDir, prefix);
  const browser = await launchChromium();
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}

// A fresh page on the calculator at `query` (relative to the site), once the
// core has answered (waiting up to readyTimeout ms). A page error, a console
// error or a request that leaves the site fails the test when it ends.
// date (YYYY-MM-DD): the reader's day on the page's clock, for tests that
// compare with the CLI on a fixed --as-of, whatever day they run.
export async function openPage(t, browser, site, query = '', viewport = { width: 1280, height: 900 }, readyTimeout = 30000, { date } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (date) await page.clock.setFixedTime(new Date(`${date}T12:00:00`));
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => !r.url().startsWith(site.url) && problems.push(`foreign request: ${r.url()}`));
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, []);
  });
  await page.goto(site.url + query);
  await ready(page, readyTimeout);
  return page;
}

// Waits until the core has taken over the page (app.js sets data-ready after
// its first answer): before that, figures on the page may be the prerendered
// default answer (scripts/prerender.mjs), not the scenario of the address.
export async function ready(page, timeout = 30000) {
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout });
}

// The page writes the address bar once it is idle (web/js/state.js): this
// waits for the last change's link, then returns the page's address.
export async function settledUrl(page) {
  await page.locator('html:not([data-address-pending])').waitFor({ state: 'attached' });
  return page.url();
}

// Waits until fn() is truthy (polling), then returns its value.
export async function until(fn, what, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
