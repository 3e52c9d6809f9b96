// What every browser test and the benchmark share: Debian's Chromium, started
// so that it opens no connection of its own (docs/building.md#chromium), and a polling wait.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveSite } from './server.mjs';
import { noonOn, TEST_DAY } from './test-day.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

// day (YYYY-MM-DD): every page of every context the browser opens reads that
// day on its clock; none: the machine's clock (the benchmark).
export async function launchChromium({ day } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  if (day) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      await fixDate(context, day);
      return context;
    };
  }
  return browser;
}

// Every frame of the context reads noon on `day` from Date; timers and
// performance run as ever (Playwright's clock would replace performance,
// whose entries the loading tests read). A later call wins.
export function fixDate(context, day) {
  return context.addInitScript((now) => {
    const Real = Date;
    function FixedDate(...args) {
      if (!new.target) return new Real(now).toString();
      return args.length ? new Real(...args) : new Real(now);
    }
    FixedDate.prototype = Real.prototype;
    FixedDate.now = () => now;
    FixedDate.parse = Real.parse;
    FixedDate.UTC = Real.UTC;
    globalThis.Date = FixedDate;
  }, noonOn(day).getTime());
}

// The built site served on localhost (under `prefix`) and a browser whose
// pages live on `day` (TEST_DAY unless given; null: the machine's clock), for
// one test file: call it from before(), and close() from after().
export async function serveAndLaunch(siteDir, prefix, { day = TEST_DAY } = {}) {
  assert.ok(existsSync(`${siteDir}/index.html`), `${siteDir} is missing: run scripts/build-site.sh first`);
  const site = await serveSite(siteDir, prefix);
  const browser = await launchChromium({ day });
  return { site, browser, close: async () => { await browser.close(); await site.close(); } };
}

// A fresh page on the calculator at `query` (relative to the site), once the
// core has answered (waiting up to readyTimeout ms). A page error, a console
// error or a request that leaves the site fails the test when it ends.
// date (YYYY-MM-DD): the reader's day on the page's clock, instead of the
// browser's (a test on another day than TEST_DAY).
export async function openPage(t, browser, site, query = '', viewport = { width: 1280, height: 900 }, readyTimeout = 30000, { date } = {}) {
  const context = await browser.newContext({ viewport });
  if (date) await fixDate(context, date);
  const page = await context.newPage();
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
