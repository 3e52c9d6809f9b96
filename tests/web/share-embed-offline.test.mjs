// Share links, embed mode, offline use, exports and the page's security
// (issue 5), in Debian's Chromium through playwright-core. The site is served
// under a sub-path (/calc/) as a static host might; the embedding article is
// served from another origin. Figures are checked against the native CLI.
// Run: bash scripts/build-site.sh && npm ci && node --test tests/web/
// (IMGCOST_SITE=DIR tests another built site folder.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { serveAndLaunch, until, ready, settledUrl } from './browser.mjs';
import { TEST_DAY } from './test-day.mjs';
import { serveSite } from './server.mjs';
import { cliCompare, cliEstimate, cliLinkEstimate, REPO } from './cli.mjs';
import { expectFigures, noBrokenNumbers, pageFigures } from './figures.mjs';

const SITE = process.env.IMGCOST_SITE || `${REPO}/build/site`;
const PREFIX = '/calc/';
const SHOTS = `${REPO}/test-results/screenshots`;

let site;
let browser;
let stop;

before(async () => ({ site, browser, close: stop } = await serveAndLaunch(SITE, PREFIX)));
after(() => stop?.());

// A fresh context and page. Every page error, console error, dialog, CSP
// violation or request to another origin than `origin` fails the test.
async function openContext(t, { origins = [new URL(site.url).origin], expectProblems = false, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  const requests = [];
  context.on('request', (r) => {
    requests.push(r.url());
    const url = new URL(r.url());
    const own = origins.includes(url.origin) || url.protocol === 'data:'
      || (url.protocol === 'blob:' && origins.includes(new URL(url.pathname).origin));
    if (!own) problems.push(`foreign request: ${r.url()}`);
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const newPage = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
    return page;
  };
  t.after(async () => {
    await context.close();
    if (!expectProblems) assert.deepEqual(problems, []);
  });
  return { context, newPage, problems, requests };
}

async function openCalculator(t, query = '', options = {}) {
  const ctx = await openContext(t, options);
  const page = await ctx.newPage();
  await page.goto(site.url + query);
  await ready(page);
  return { ...ctx, page };
}

const answer = (page) => page.locator('#answer');

// The scripts the built index.html names (bundled, content-hashed names).
const builtScripts = () => [...readFileSync(`${SITE}/index.html`, 'utf8').matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]);

// The raw numbers of every figure on the page, keyed by data-result.
async function values(scope) {
  // The advisor's figures arrive with the second wasm module, loaded on
  // demand when the reader comes to the advisor.
  await scope.evaluate((n) => (n ? n.ownerDocument : document).getElementById('advisor').scrollIntoView());
  // It runs in a Worker: its figures are on screen when no call is on its way.
  await until(() => scope.evaluate((n) => {
    const { dataset } = (n ? n.ownerDocument : document).documentElement;
    return 'toolsReady' in dataset && !('toolsBusy' in dataset);
  }),
    'the advisor module');
  const shown = await pageFigures(scope);
  return Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, v.value]));
}

// A minimal CSV reader (quoted fields, doubled quotes, CRLF).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const SHARED_LABELS = ['Model', 'Custom model name', 'Width (px)', 'Height (px)', 'Usable images per month',
  'Acceptance rate', 'Edits per delivered image', 'Share of images upscaled', 'Storage service', 'File size (MB)',
  'Retention (months)', 'Delivery (CDN or egress)', 'Downloads per image', 'Months projected', 'Monthly growth',
  'Price per image ($)', 'Edit price per call ($)', 'Storage ($ per GB-month)'];

async function inputsByLabel(page) {
  const out = {};
  for (const label of SHARED_LABELS) out[label] = await page.getByLabel(label, { exact: true }).inputValue();
  return out;
}

describe('share links', () => {
  test('edit, copy the link, open it in a fresh context: same inputs, same figures', async (t) => {
    const { page, context } = await openCalculator(t);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const name = 'Team <b>fine-tune</b> & "co"';
    await page.getByLabel('Model', { exact: true }).selectOption('custom');
    await page.getByLabel('Custom model name').fill(name);
    await page.getByLabel('Price per image ($)').fill('0.031');
    await page.getByLabel('Edit price per call ($)').fill('0.02');
    await page.getByLabel('Edits per delivered image').fill('0.5');
    await page.getByLabel('Acceptance rate').fill('70');
    await page.getByLabel('Usable images per month').fill('3200');
    await page.getByLabel('Storage service').selectOption('aws/s3-standard');
    await page.getByLabel('Storage ($ per GB-month)').fill('0.019');
    await page.getByLabel('Months projected').fill('6');
    await page.getByLabel('Monthly growth').fill('5');
    const scenario = { model: 'custom', custom_name: name, price_per_image: 0.031, edit_price: 0.02, edits_per_image: 0.5,
      acceptance_rate: 0.7, images_per_month: 3200, storage: 'aws/s3-standard', storage_price_gb_month: 0.019,
      months: 6, monthly_growth: 0.05 };
    await expectFigures(answer(page), cliEstimate(scenario));

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied to the clipboard.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.startsWith(site.url), `the link stays under the sub-path: ${link}`);
    assert.match(link, /[?&]v=2(&|$)/);
    assert.match(link, /custom_name=/);
    assert.match(link, /price_per_image=0\.031/);
    assert.match(link, /storage_price_gb_month=0\.019/);
    assert.equal(new URL(link).search, new URL(await settledUrl(page)).search, 'the address bar holds the same scenario');
    assert.deepEqual(cliLinkEstimate(link), cliEstimate(scenario), 'the CLI reads the same scenario from the link');

    const inputs = await inputsByLabel(page);
    const figures = await values(page.locator('body'));
    const fresh = await openContext(t);
    const other = await fresh.newPage();
    await other.goto(link);
    await ready(other);
    await expectFigures(answer(other), cliEstimate(scenario));
    assert.deepEqual(await inputsByLabel(other), inputs);
    assert.deepEqual(await values(other.locator('body')), figures);
    assert.equal(await other.locator('#notices').isHidden(), true, 'a clean link has no notice');
    // The custom name is text, never markup.
    assert.equal(await other.locator('#answer b').count(), 0);
    await other.locator('#answer').getByText(name).first().waitFor();
  });

  test('the clipboard refused: the link is shown selected in a read-only field', async (t) => {
    const { page } = await openCalculator(t, '?v=2&model=openai%2Fdall-e-3&images_per_month=1234');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByLabel('Link to this scenario');
    await field.waitFor();
    assert.equal(await field.getAttribute('readonly'), '');
    const link = await field.inputValue();
    assert.ok(link.startsWith(site.url) && link.includes('images_per_month=1234'), link);
    assert.equal(await field.evaluate((f) => f.selectionEnd - f.selectionStart), link.length, 'the link is selected');
    await page.getByText(/Copy the link from the selected field/).waitFor();
  });

  test('an old-version link (v=1, short keys) opens with the figures of imgcost estimate --link', async (t) => {
    const query = '?v=1&m=openai%2Fdall-e-3&w=1792&h=1024&q=hd&n=2500&a=0.5&mod=openai%2Fomni-moderation-latest'
      + '&st=aws%2Fs3-standard&r=6&views=10&cdn=aws%2Fcloudfront-us&mo=18&g=0.1';
    const { page } = await openCalculator(t, query);
    const expected = cliLinkEstimate(site.url + query);
    assert.equal(expected.model, 'openai/dall-e-3');
    await expectFigures(answer(page), expected);
    assert.equal(await page.getByLabel('Quality', { exact: true }).inputValue(), 'hd');
    assert.equal(await page.getByLabel('Width (px)').inputValue(), '1792');
    assert.equal(await page.getByLabel('Acceptance rate').inputValue(), '50');  // shares are shown in %
    assert.equal(await page.getByLabel('Moderation service').inputValue(), 'openai/omni-moderation-latest');
    assert.equal(await page.locator('#notices').isHidden(), true);
    // The address bar now holds the same scenario in the current format.
    await until(() => /[?&]v=2&/.test(page.url()), 'the link rewritten as v=2');
    assert.deepEqual(cliLinkEstimate(page.url()), expected);
  });

  test('a hostile link: every ignored parameter is named as text, nothing executes, no NaN', async (t) => {
    const img = '<img src=x onerror=window.__pwned=1>';
    const script = '<script>window.__pwned=2</script>';
    const e = encodeURIComponent;
    // 1: a custom model whose name and every service field carry markup.
    const first = `?v=9&model=custom&custom_name=${e(img)}&price_per_image=0.04&quality=${e(script)}`
      + `&upscaler=${e(img)}&moderation=${e(script)}&storage=${e(img)}&cdn=${e(script)}&bogus=1&${e(script)}=${e(img)}`
      + '&acceptance_rate=7&width=99999&images_per_month=-5&months=1e9&steps=abc&monthly_growth=-7';
    // 2: the model itself is markup; the name comes with a catalog model.
    const second = `?model=${e(script)}&custom_name=${e(img)}&quality=${e(img)}&upscale_share=2&image_mb=abc`;
    for (const query of [first, second]) {
      const { page, requests } = await openCalculator(t, query);
      const notices = page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored' });
      await notices.waitFor();
      const text = await notices.innerText();
      const named = query === first
        ? ['quality', 'upscaler', 'moderation', 'storage', 'cdn', 'bogus', 'acceptance_rate', 'width', 'images_per_month',
          'months', 'steps', 'monthly_growth', 'link format version']
        : ['model', 'custom_name', 'quality', 'upscale_share', 'image_mb'];
      for (const key of named) assert.ok(text.includes(key === 'link format version' ? key : `'${key}'`), `notice names ${key}:\n${text}`);
      if (query === second) assert.ok(text.includes(script), 'the payload is quoted as text');
      if (query === first) await page.locator('#answer').getByText(img).first().waitFor();  // the name, as text
      await page.waitForTimeout(400);  // an injected onerror would have fired by now
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal(await page.locator('img[src="x"], #notices *:not(p, ul, li), #answer script').count(), 0);
      assert.deepEqual(await page.locator('script').evaluateAll((all) => all.map((n) => n.getAttribute('src'))),
        builtScripts(), 'only the page\'s own scripts');
      assert.ok(!requests.some((r) => new URL(r).pathname.endsWith('/x')), 'no image was requested from the payload');
      await noBrokenNumbers(page);
      // What the page shows is the core's estimate of what it kept.
      const kept = cliLinkEstimate(await settledUrl(page));
      await expectFigures(answer(page), kept);
    }
  });
});

// An article on another origin (another port) that includes embed.js.
async function serveArticle(calculatorUrl, scenarioQuery) {
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const html = readFileSync(new URL('./fixtures/article.html', import.meta.url), 'utf8')
    .replaceAll('{{CALCULATOR}}', attr(calculatorUrl)).replaceAll('{{SCENARIO}}', attr(scenarioQuery));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/guide/`, close: () => new Promise((ok) => server.close(ok)) };
}

describe('embed mode', () => {
  test('in an article, the frame fits its content, follows it, and links to the full calculator', async (t) => {
    const scenarioQuery = 'v=2&model=openai%2Fdall-e-3&images_per_month=2500&acceptance_rate=0.5';
    const article = await serveArticle(site.url, scenarioQuery);
    t.after(() => article.close());
    // The article's origin and the calculator's: nothing else.
    const ctx = await openContext(t, { origins: [new URL(article.url).origin, new URL(site.url).origin] });
    const page = await ctx.newPage();
    await page.goto(article.url);
    const frameElement = page.locator('iframe');
    const frameSrc = await frameElement.getAttribute('src');
    assert.ok(frameSrc.startsWith(`${site.url}?embed=1&`), frameSrc);
    assert.equal(await frameElement.getAttribute('title'), 'Cost calculator');
    const frame = page.frameLocator('iframe');
    await ready(frame);
    const inner = page.frames().find((f) => f.url().startsWith(site.url));
    const scenario = { model: 'openai/dall-e-3', images_per_month: 2500, acceptance_rate: 0.5 };
    await expectFigures(frame.locator('#answer'), cliEstimate(scenario));

    // No site chrome; the form and the answer are there.
    assert.equal(await frame.locator('.site-header').isVisible(), false);
    assert.equal(await frame.locator('.site-footer').isVisible(), false);
    assert.equal(await frame.locator('#tools').count(), 0);
    assert.equal(await frame.getByLabel('Usable images per month').isVisible(), true);

    const sizes = async () => ({
      frame: await frameElement.evaluate((f) => f.getBoundingClientRect().height),
      content: await inner.evaluate(() => document.documentElement.getBoundingClientRect().height),
    });
    const fitted = async () => {
      const s = await sizes();
      return Math.abs(s.frame - s.content) <= 3 ? s : null;
    };
    const first = await until(fitted, 'the frame to fit its content');
    assert.notEqual(Math.round(first.frame), 640, 'the frame was resized from its initial height');
    assert.equal(await inner.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), true,
      'nothing to scroll inside the frame');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/embed-in-article.png`, fullPage: true });

    // The content grows (the folded inputs open, then a 60-month projection), then shrinks: the frame follows.
    await frame.getByText('More inputs').click();
    const opened = await until(async () => { const s = await fitted(); return s && s.frame > first.frame ? s : null; },
      'the frame to grow with the opened inputs');
    await frame.getByLabel('Months projected').fill('60');
    const grown = await until(async () => { const s = await fitted(); return s && s.frame > opened.frame + 200 ? s : null; },
      'the frame to grow with its content');
    await frame.getByLabel('Months projected').fill('2');
    await until(async () => { const s = await fitted(); return s && s.frame < grown.frame - 200 ? s : null; },
      'the frame to shrink with its content');

    // "Open in full calculator" carries the scenario, without embed mode.
    Object.assign(scenario, { months: 2 });
    await expectFigures(frame.locator('#answer'), cliEstimate(scenario));
    const open = frame.getByRole('link', { name: 'Open in full calculator' });
    assert.equal(await open.getAttribute('target'), '_blank');
    assert.match(await open.getAttribute('rel'), /\bnoopener\b/);
    const href = await until(async () => {
      const h = await open.getAttribute('href');
      return h.includes('months=2') ? h : null;
    }, 'the link to follow the edit');
    assert.ok(href.startsWith(site.url), href);
    assert.doesNotMatch(href, /embed=/);
    assert.deepEqual(cliLinkEstimate(href), cliEstimate(scenario));
    const [full] = await Promise.all([page.waitForEvent('popup'), open.click()]);
    await ready(full);
    await expectFigures(answer(full), cliEstimate(scenario));
    assert.equal(await full.locator('.site-header').isVisible(), true);
  });

  test('the embed dialog prints the iframe and the script snippets of the current scenario', async (t) => {
    const { page } = await openCalculator(t, '?v=2&model=openai%2Fdall-e-3&images_per_month=4321');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this calculator' });
    await dialog.waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/embed-dialog.png` });
    const iframeCode = await dialog.getByLabel('Plain iframe').inputValue();
    const scriptCode = await dialog.getByLabel(/Script/).inputValue();
    const src = /src="([^"]+)"/.exec(iframeCode)[1].replace(/&amp;/g, '&');
    assert.ok(src.startsWith(site.url), src);
    assert.match(src, /embed=1/);
    assert.match(src, /images_per_month=4321/);
    assert.match(scriptCode, new RegExp(`src="${site.url}embed.js"`));
    // Pinned by default to the date the page prices on, so the article keeps its figures.
    const day = await page.locator('#as-of-date').textContent();
    assert.equal(day, TEST_DAY, 'the page reads the tests\' day (test-day.mjs)');
    const data = new URLSearchParams(/data-scenario="([^"]+)"/.exec(scriptCode)[1].replace(/&amp;/g, '&'));
    assert.deepEqual(Object.fromEntries(data), { v: '2', model: 'openai/dall-e-3', images_per_month: '4321', as_of: day });
    assert.match(src, new RegExp(`as_of=${day}`));
    await dialog.getByLabel(/Always current prices/).check();
    const current = new URLSearchParams(/data-scenario="([^"]+)"/.exec(await dialog.getByLabel(/Script/).inputValue())[1].replace(/&amp;/g, '&'));
    assert.deepEqual(Object.fromEntries(current), { v: '2', model: 'openai/dall-e-3', images_per_month: '4321' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    assert.equal(await dialog.isVisible(), false);
  });
});

describe('offline', () => {
  test('after one visit the calculator reloads and computes with the network off', async (t) => {
    const own = await serveSite(SITE, PREFIX);  // its own server: its request log is this test's
    t.after(() => own.close());
    const ctx = await openContext(t, { origins: [new URL(own.url).origin] });
    const page = await ctx.newPage();
    const query = '?v=2&model=openai%2Fdall-e-3&images_per_month=777';
    await page.goto(own.url + query);
    await ready(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      }
    });
    assert.equal(await page.locator('#offline-status').isHidden(), true);
    const date = await page.locator('[data-result="catalog_date"]').getAttribute('data-value');

    await ctx.context.setOffline(true);
    const served = own.requests.length;
    await page.reload();
    await ready(page);
    const scenario = { model: 'openai/dall-e-3', images_per_month: 777 };
    await expectFigures(answer(page), cliEstimate(scenario));
    await page.getByText(`Offline — using the price catalog of ${date}`).waitFor();
    assert.equal(await page.locator('[data-result="catalog_date"]').textContent(), date);

    // Another share link, in a new page, still offline: the query is the scenario.
    const other = await ctx.newPage();
    await other.goto(`${own.url}?v=2&model=openai%2Fdall-e-3&images_per_month=555`);
    await ready(other);
    await expectFigures(answer(other), cliEstimate({ model: 'openai/dall-e-3', images_per_month: 555 }));
    assert.equal(own.requests.length, served, `nothing reached the server while offline: ${own.requests.slice(served)}`);

    // Back online, the notice goes away.
    await ctx.context.setOffline(false);
    await until(async () => page.locator('#offline-status').isHidden(), 'the offline notice to go');
  });

  test('negative control: with service workers blocked, an offline reload fails', async (t) => {
    const { page, context } = await openCalculator(t, '', { serviceWorkers: 'block', expectProblems: true });
    await context.setOffline(true);
    await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
  });

  test('a new deploy replaces the old cache: one cache, the new files', async (t) => {
    const dir = mkdtempSync(`${tmpdir()}/imgcost-deploy-`);
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(SITE, dir, { recursive: true });
    const own = await serveSite(dir, PREFIX);
    t.after(() => own.close());
    const ctx = await openContext(t, { origins: [new URL(own.url).origin] });
    const page = await ctx.newPage();
    await page.goto(own.url);
    await ready(page);
    const controlled = () => page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      }
      return caches.keys();
    });
    const [first] = await controlled();
    assert.match(first, /^imgcost-[0-9a-f]{16}$/);

    // Deploy 2: another page title, so another content hash in sw.js.
    const edit = (file, from, to) => writeFileSync(`${dir}/${file}`, readFileSync(`${dir}/${file}`, 'utf8').replace(from, to));
    edit('index.html', '<title>', '<title>(deploy 2) ');
    edit('sw.js', /const VERSION = "[^"]*";/, 'const VERSION = "feedfacefeedface";');
    const keys = await page.evaluate(async () => {
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
      // The controller changes as the new worker activates; its activate
      // handler then deletes the old caches.
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 100 && (await caches.keys()).length > 1; i++) await new Promise((ok) => setTimeout(ok, 50));
      return caches.keys();
    });
    assert.deepEqual(keys, ['imgcost-feedfacefeedface'], 'the old cache is gone');
    await ctx.context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.match(await page.title(), /^\(deploy 2\)/);
  });

  test('the service worker precaches every file of the site under a content-derived cache name', async () => {
    const sw = readFileSync(`${SITE}/sw.js`, 'utf8');
    const version = /const VERSION = "([0-9a-f]{16})";/.exec(sw);
    assert.ok(version, 'sw.js has a content hash: run scripts/write-service-worker.py at the end of the build');
    // Every file but the on-demand ones (advisor and exports, embed.js for
    // articles, catalog.json for readers: the page loads the compact catalog):
    // the bundled and content-hashed names the build wrote.
    const files = readdirSync(SITE, { recursive: true }).map((f) => String(f).split('\\').join('/'))
      .filter((f) => statSync(`${SITE}/${f}`).isFile() && f !== 'sw.js');
    const onDemand = (f) => /(^|\/)imgcost-tools[^/]*$/.test(f) || f.startsWith('js/advisor') || f.startsWith('js/tools-worker') || f === 'embed.js' || f === 'catalog.json';
    assert.ok(files.some((f) => /^imgcost(\.[0-9a-f]+)?\.wasm$/.test(f)) && files.some((f) => /^catalog\.[0-9a-f]+\.bin$/.test(f)));
    for (const file of ['./', ...files.filter((f) => !onDemand(f))]) assert.ok(sw.includes(`"${file}"`), `sw.js precaches ${file}`);
    for (const file of files.filter(onDemand)) assert.ok(!sw.includes(`"${file}"`), `sw.js leaves ${file} to be fetched on demand`);
  });
});

describe('exports and security', () => {
  test('the comparison CSV equals the table on screen to the cent; answer CSV, Markdown and JSON follow the screen', async (t) => {
    const query = '?v=2&model=stability%2Fstable-image-core&images_per_month=5000&acceptance_rate=0.6'
      + '&edits_per_image=0.3&storage=aws%2Fs3-standard&cdn=aws%2Fcloudfront-us&views_per_image=30';
    const { page } = await openCalculator(t, query);
    await page.getByLabel('Show retired models (history)').check();
    const save = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      return { file: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    };

    const csv = await save('Comparison CSV');
    assert.equal(csv.file, 'imgcost-comparison.csv');
    const rows = parseCsv(csv.text);
    const screen = await page.locator('#compare-rows tr').evaluateAll((trs) => trs.map((tr) => {
      const cell = (key) => {
        const n = tr.querySelector(`[data-result="${key}"]`);
        return n ? { value: Number(n.dataset.value), text: n.textContent } : null;
      };
      return { model: tr.dataset.model, cannot: tr.querySelector('.cannot')?.textContent,
        price_per_generation: cell('price_per_generation'), cost_per_usable_image: cell('cost_per_usable_image'),
        cost_per_delivered_image: cell('cost_per_delivered_image'), monthly_total: cell('monthly_total') };
    }));
    assert.equal(rows.length, screen.length, 'one CSV row per table row');
    assert.equal(rows.length, cliCompare({ model: 'stability/stable-image-core' }, true).length);
    const money = (vs) => page.evaluate((list) => {
      const f = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 2,
        maximumFractionDigits: 2, minimumSignificantDigits: 2, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' });
      return list.map((v) => f.format(v));
    }, vs);
    for (const shown of screen) {
      const row = rows.find((r) => r.model === shown.model);
      assert.ok(row, `${shown.model} is in the CSV`);
      if (shown.cannot !== undefined) {
        assert.equal(row.not_priced_because, shown.cannot);
        continue;
      }
      const keys = ['price_per_generation', 'cost_per_usable_image', 'cost_per_delivered_image', 'monthly_total'];
      const formatted = await money(keys.map((k) => Number(row[k])));
      keys.forEach((k, i) => {
        assert.equal(Math.round(Number(row[k]) * 100), Math.round(shown[k].value * 100), `${shown.model} ${k} to the cent`);
        assert.equal(formatted[i], shown[k].text, `${shown.model} ${k} as printed`);
      });
    }

    const estimate = parseCsv((await save('Answer CSV')).text);
    const onScreen = await values(answer(page));
    for (const key of ['price_per_generation', 'cost_per_usable_image', 'cost_per_delivered_image', 'monthly.total', 'monthly.storage']) {
      const line = estimate.find((r) => r.figure === key);
      assert.ok(Math.abs(Number(line.value) - Number(onScreen[key])) < 0.005, `${key}: CSV ${line.value}, page ${onScreen[key]}`);
    }
    const markdown = await save('Markdown');
    assert.equal(markdown.file, 'imgcost-report.md');
    assert.match(markdown.text, /Stable Image Core/i);
    const total = await page.locator('#answer [data-result="monthly.total"]').first().textContent();
    assert.ok(markdown.text.includes(total.trim()), `the Markdown shows the monthly total ${total}`);
    // The scenario JSON is what the CLI takes: it gives the figures on screen.
    const json = JSON.parse((await save('Scenario JSON')).text);
    assert.equal(json.model, 'stability/stable-image-core');
    assert.equal(json.images_per_month, 5000);
    assert.equal(json.cdn, 'aws/cloudfront-us');
    await expectFigures(answer(page), cliEstimate(json));
    assert.equal((await save('Projection CSV')).file, 'imgcost-projection.csv');
  });

  test('no request leaves the page\'s origin, no inline script or handler, no cookie or storage, no CSP violation', async (t) => {
    const { page, context, requests } = await openCalculator(t);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.getByRole('button', { name: 'Hero image' }).click();
    await page.getByLabel('Model', { exact: true }).selectOption('custom');
    await page.getByLabel('Price per image ($)').fill('0.05');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    await page.getByLabel('Show retired models (history)').check();
    await page.waitForTimeout(300);
    assert.ok(requests.length > 0);
    const origin = new URL(site.url).origin;
    assert.deepEqual(requests.filter((r) => !r.startsWith(`${origin}/`) && !r.startsWith(`blob:${origin}/`)), []);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const rule of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'",
      "style-src 'self'", "object-src 'none'", "base-uri 'self'"]) assert.ok(policy.includes(rule), `CSP has ${rule}`);
    const page_ = await page.evaluate(() => ({
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      handlers: [...document.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.name)).filter((a) => a.startsWith('on')),
      styleAttributes: document.querySelectorAll('[style]').length,
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      csp: window.__csp,
    }));
    assert.deepEqual(page_, { inlineScripts: 0, handlers: [], styleAttributes: 0, cookie: '', localStorage: 0,
      sessionStorage: 0, csp: [] });
    const cookies = await context.cookies();
    assert.deepEqual(cookies, []);
  });
});
