// The calculator's figures of speed and size (issue 7):
//   first load: every file the page fetches until its first figure, raw and
//           gzip -9; the whole first visit (service worker precache included)
//           and any file downloaded twice; time from navigation to the first
//           computed figure over 15 cold loads, for the default page and a
//           share link, idle and with two busy-looping processes; one input
//           change to the next painted frame;
//   native: `imgcost compare` over the whole catalog, as a process (start, load
//           the price sheets, price every model, print), median of N runs;
//   wasm:   the page's recompute in headless Chromium on the built site,
//           median of 1000 calls, each after a volume change (the rows kept,
//           their figures sent) and each after a tier change (every row again);
//   memory: the wasm heap before and after 10,000 recomputes (should be flat).
// Run through tests/bench/bench.sh, which builds what this needs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../web/browser.mjs';
import { serveSite } from '../web/server.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'build/native/cli/imgcost');
const SITE = process.env.BENCH_SITE || join(REPO, 'build/site');  // BENCH_SITE: another built site
const RUNS = Number(process.env.BENCH_RUNS || 21);
const CALLS = 1000;
const SCENARIO = {
  model: 'openai/gpt-image-1', quality: 'high', width: 1024, height: 1024, images_per_month: 20000,
  acceptance_rate: 0.5, edits_per_image: 0.5, moderation: 'openai/omni-moderation-latest',
  storage: 'aws/s3-standard', cdn: 'aws/cloudfront-us', views_per_image: 40, months: 24, monthly_growth: 0.05,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(3)} ms`;

function nativeCompare() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the native preset first`);
  const dir = mkdtempSync(join(tmpdir(), 'imgcost-bench-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(SCENARIO));
  const times = [];
  let rows = 0;
  try {
    for (let i = 0; i < RUNS + 1; ++i) {
      const start = process.hrtime.bigint();
      const r = spawnSync(CLI, ['compare', '--scenario', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`imgcost compare failed: ${r.stderr}`);
      rows = JSON.parse(r.stdout).models.length;
      if (i > 0) times.push(elapsed);  // the first run warms the file cache
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

async function wasmCompare() {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('build/site is missing: run scripts/build-site.sh');
  const site = await serveSite(SITE);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The site's own module and catalog, loaded the way the page loads them,
    // without the page's UI work in the timings.
    await page.goto(`${site.url}index.html`);
    return await page.evaluate(async ({ scenario, calls }) => {
      // The build names the glue and the catalog by their content: the page's
      // preload and meta say which (a site from before the early downloads
      // preloaded the catalog).
      const glue = document.querySelector('link[rel="modulepreload"][href^="imgcost"]').getAttribute('href');
      const catalog = document.querySelector('meta[name="imgcost-catalog"]')?.content
        ?? document.querySelector('link[rel="preload"][href^="catalog"]').getAttribute('href');
      const { default: createImgcost } = await import(`./${glue}`);
      const core = await createImgcost();
      const today = new Date().toISOString().slice(0, 10);
      // A site built before issue 15's compact catalog (BENCH_SITE) loads
      // catalog JSON and answers in JSON text; the current one loads the
      // compact catalog's bytes and answers with objects.
      const compact = catalog.endsWith('.bin');
      const response = await fetch(catalog);
      const data = compact ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      // Reading the catalog and making its summary: one call before the
      // share-link split (issue 15), two since.
      const summaryCall = Boolean(core.catalogSummary);
      const load = () => {
        if (!compact) return JSON.parse(core.loadCatalog(data, today));
        if (!summaryCall) return core.loadCatalog(data, today);
        const read = core.loadCatalog(data);
        return read.ok ? core.catalogSummary(today) : read;
      };
      let t0 = performance.now();
      const loaded = load();
      const loadCatalogFirst = performance.now() - t0;
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const loads = [];
      for (let i = 0; i < 21; ++i) {
        t0 = performance.now();
        load();
        loads.push(performance.now() - t0);
      }
      loads.sort((a, b) => a - b);
      const text = JSON.stringify(scenario);
      // What the page calls once per input change: the answer, the comparison and
      // the link (a fresh scenario object each time, as the form makes). Each
      // call is a change: of the volume (images a month, the page's usual
      // keystroke, whose rows the core keeps and sends as figures only), or of
      // the tier (every row priced and sent again).
      let flip = 0;
      const changed = (change) => {
        const s = JSON.parse(text);
        flip ^= 1;
        if (change === 'volume') s.images_per_month += flip;
        else s.quality = flip ? 'high' : 'medium';
        return s;
      };
      const recompute = (change) => (compact ? core.recompute(changed(change), { today })
        : JSON.parse(core.recompute(JSON.stringify(changed(change)), JSON.stringify({ today }))));
      const first = recompute('tier');
      if (!first.ok) throw new Error(JSON.stringify(first.errors));
      const timed = (change) => {
        for (let i = 0; i < 50; ++i) recompute(change);  // warm-up: tiers-up the wasm code
        // Timer resolution in a page is coarse (5-100 µs): time batches of 10.
        const batch = 10, perCall = [];
        for (let i = 0; i < calls / batch; ++i) {
          const t0 = performance.now();
          for (let k = 0; k < batch; ++k) recompute(change);
          perCall.push((performance.now() - t0) / batch);
        }
        perCall.sort((a, b) => a - b);
        return { median: perCall[Math.floor(perCall.length / 2)], min: perCall[0], max: perCall[perCall.length - 1] };
      };
      const volume = timed('volume');
      const tier = timed('tier');
      const heap = () => core.HEAP8.buffer.byteLength;
      const before = heap();
      for (let i = 0; i < 10000; ++i) recompute(i % 10 ? 'volume' : 'tier');
      const after = heap();
      return {
        rows: first.rows.length,
        compact,
        loadCatalogFirst,
        loadCatalogMedian: loads[10],
        volume,
        tier,
        heapBefore: before,
        heapAfter: after,
      };
    }, { scenario: SCENARIO, calls: CALLS });
  } finally {
    await browser.close();
    await site.close();
  }
}

// 15: the first figure moves by ±30 ms between loads; over 7 loads the
// median still moved by 15 ms between runs of the same build.
const COLD_LOADS = 15;
const SHARE_LINK = '?v=2&model=google%2Fimagen-4-fast&images_per_month=5000&acceptance_rate=0.6';

// Records, in the page, when the first figure is on screen (ms since
// navigation) and when the core has taken over (data-ready). On the default
// page the first figure is the prerendered one (scripts/prerender.mjs); under
// a share link that one is hidden ("linked") and only the core's counts: the
// link's headline, which app.js paints before the rest (data-answered).
// "On screen" is its first paint: the page's first contentful paint when the
// figure was in the page by then (the prerendered one, from the HTML), else
// the start of the frame that draws it (requestAnimationFrame after it
// entered the page; drawing that frame takes a few ms more). __inPage is
// when it entered the page, which for the prerendered figure is while the
// HTML is parsed, well before the first paint.
function watchFirstFigure() {
  new MutationObserver((_, observer) => {
    const root = document.documentElement;
    const shown = !root.classList.contains('linked') || root.hasAttribute('data-ready') || root.hasAttribute('data-answered');
    if (window.__inPage === undefined && shown && document.querySelector('[data-result="cost_per_usable_image"][data-value]')) {
      window.__inPage = performance.now();
      requestAnimationFrame(() => { window.__frame = performance.now(); });
    }
    if (root.hasAttribute('data-ready')) {
      window.__ready = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const siteFile = (site, url) => new URL(url).pathname.slice(new URL(site.url).pathname.length) || 'index.html';
const sizes = (path) => {
  const body = readFileSync(join(SITE, path));
  return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

// Two processes that keep both cores busy while `fn` runs.
async function underLoad(fn) {
  const burners = [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  try {
    await new Promise((ok) => setTimeout(ok, 300));
    return await fn();
  } finally {
    for (const b of burners) b.kill('SIGKILL');
  }
}

// Navigation to the first figure and to the core's first answer over
// COLD_LOADS cold loads (fresh context: no HTTP cache, no service worker), and
// the files the first figure needed: for a prerendered figure the HTML and
// what blocks its rendering; for the core's, every file fetched before it.
async function coldLoads(browser, site, query) {
  const times = [];
  const ready = [];
  const entered = [];
  let before = [];
  for (let i = 0; i < COLD_LOADS; ++i) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(watchFirstFigure);
    await page.goto(site.url + query);
    await page.waitForFunction(() => window.__ready !== undefined && window.__frame !== undefined, null, { timeout: 60000 });
    const [first, core, inPage] = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      return [fcp !== undefined && fcp >= window.__inPage ? fcp : window.__frame, window.__ready, window.__inPage];
    });
    times.push(first);
    ready.push(core);
    entered.push(inPage);
    // A share link's first figure is the core's even when it comes before
    // the rest of the page (data-answered): every file fetched before it counts.
    before = await page.evaluate((t) => {
      const prerendered = !document.documentElement.classList.contains('linked');
      return performance.getEntriesByType('resource')
        .filter((r) => (prerendered ? r.renderBlockingStatus === 'blocking' : r.startTime < t)).map((r) => r.name);
    }, inPage);
    await context.close();
  }
  const files = [...new Set(['index.html', ...before.map((u) => siteFile(site, u))])];
  return { times, median: median(times), inPage: median(entered), ready: { times: ready, median: median(ready) }, files: files.map(sizes) };
}

// Cumulative layout shift of a cold load until a second after the core took
// over (Layout Instability API): how far the page jumps while it loads.
async function layoutShift(browser, site, query, viewport) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.url + query);
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 60000 });
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return cls;
}

const SHIFT_CASES = [['phone 375 px, default page', '', { width: 375, height: 740 }],
  ['phone 375 px, embed', '?embed=1', { width: 375, height: 740 }],
  ['phone 375 px, share link', SHARE_LINK, { width: 375, height: 740 }],
  ['desktop 1440 px, default page', '', { width: 1440, height: 900 }],
  ['desktop 1440 px, share link', SHARE_LINK, { width: 1440, height: 900 }]];

// The whole first visit, service worker included: every file the server sends
// until the worker controls the page (its precache done), and any sent twice.
async function firstVisit(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = site.requests.length;
  await page.goto(site.url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 60000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  await page.waitForTimeout(500);
  // One input change to painted figures (median of 21 changes of a select):
  // `frame` is the change, the core's recompute and the headline's DOM update
  // until the next frame starts (its requestAnimationFrame); `all` goes on
  // until the rest of the reply (details, charts, comparison), drawn after
  // that frame, is done.
  const change = await page.evaluate(async () => {
    const select = [...document.querySelectorAll('#scenario-form select')].find((s) => s.id !== 'f-model' && s.options.length > 1 && !/width|height|size/.test(s.name + s.id));
    const frame = [];
    const all = [];
    const handler = [];
    const nextTask = () => new Promise((ok) => setTimeout(ok, 0));
    for (let i = 0; i < 21; ++i) {
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      const t0 = performance.now();
      select.dispatchEvent(new Event('input', { bubbles: true }));
      handler.push(performance.now() - t0);  // the page's own work, in the change's task
      await new Promise((ok) => requestAnimationFrame(ok));
      frame.push(performance.now() - t0);
      await nextTask();
      await nextTask();
      all.push(performance.now() - t0);
    }
    const mid = (xs) => [...xs].sort((a, b) => a - b)[10];
    return { median: mid(frame), max: Math.max(...frame), all: mid(all), handler: mid(handler), field: select.name, id: select.id };
  });
  // The same through the keyboard, as the browser measures it (Event Timing,
  // as for Interaction to Next Paint): events that took 16 ms or more from the
  // key press to the next paint; the browser does not report shorter ones.
  await page.evaluate((id) => {
    window.__slow = [];
    new PerformanceObserver((list) => window.__slow.push(...list.getEntries()
      .filter((e) => e.name === 'keydown').map((e) => e.duration)))
      .observe({ type: 'event', durationThreshold: 16 });
    document.getElementById(id).focus();
  }, change.id);
  for (let i = 0; i < 21; ++i) {
    await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(300);
  change.slow = await page.evaluate(() => window.__slow);
  const paths = site.requests.slice(from).map((p) => p.slice(new URL(site.url).pathname.length) || 'index.html');
  await context.close();
  const counts = {};
  for (const p of paths) counts[p] = (counts[p] || 0) + 1;
  return { files: Object.keys(counts).map(sizes), twice: Object.entries(counts).filter(([, n]) => n > 1), change };
}

async function pageFigures() {
  const site = await serveSite(SITE);
  const browser = await launchChromium();
  try {
    const idle = { page: await coldLoads(browser, site, ''), link: await coldLoads(browser, site, SHARE_LINK) };
    const busy = await underLoad(async () => ({
      page: await coldLoads(browser, site, ''), link: await coldLoads(browser, site, SHARE_LINK) }));
    const visit = await firstVisit(browser, site);
    const shifts = [];
    for (const [label, query, viewport] of SHIFT_CASES) shifts.push([label, await layoutShift(browser, site, query, viewport)]);
    return { idle, busy, visit, shifts };
  } finally {
    await browser.close();
    await site.close();
  }
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);
function printFiles(rows) {
  for (const r of rows) console.log(`  ${r.path.padEnd(36)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip`);
}
function printTimes(label, f, target = ' [target ≤ 200 ms idle]') {
  const s = [...f.times].sort((a, b) => a - b);
  const entered = f.inPage === undefined ? '' : `; in the page at ${ms(f.inPage)}`;
  console.log(`  ${label.padEnd(34)} median ${ms(f.median)} (min ${ms(s[0])}, max ${ms(s[s.length - 1])}${entered})${target}`);
}

function printPage(p) {
  for (const [label, loads] of [['default page', p.idle.page], ['share link', p.idle.link]]) {
    const files = loads.files;
    console.log(`bytes the first figure needed, ${label} (gzip -9 of each file):`);
    printFiles(files);
    console.log(`  ${'total'.padEnd(36)} ${kb(sum(files, 'raw')).padStart(9)} raw ${kb(sum(files, 'gzip')).padStart(9)} gzip [target ≤ 80 KB gzip]`);
  }
  const first = p.idle.page.files;
  const whole = p.visit.files;
  const rest = whole.filter((f) => !first.some((x) => x.path === f.path));
  console.log('whole first visit, service worker precache included (files fetched after the first figure):');
  printFiles(rest);
  console.log(`  ${'total'.padEnd(36)} ${kb(sum(whole, 'raw')).padStart(9)} raw ${kb(sum(whole, 'gzip')).padStart(9)} gzip [target ≤ 200 KB gzip], ` +
    `files downloaded twice: ${p.visit.twice.length ? JSON.stringify(p.visit.twice) : 'none'}`);
  console.log(`first figure on screen (default page: prerendered; share link: the core's), ${COLD_LOADS} cold loads each:`);
  printTimes('default page, idle', p.idle.page);
  printTimes('share link, idle', p.idle.link);
  printTimes('default page, 2 busy processes', p.busy.page);
  printTimes('share link, 2 busy processes', p.busy.link);
  console.log("the core's first answer (the page takes input), same loads:");
  printTimes('default page, idle', p.idle.page.ready, '');
  printTimes('default page, 2 busy processes', p.busy.page.ready, '');
  console.log('layout shift while loading (CLS until 1 s after the core took over; good is ≤ 0.1):');
  for (const [label, cls] of p.shifts) console.log(`  ${label.padEnd(34)} ${cls.toFixed(3)}`);
  const c = p.visit.change;
  console.log(`one input change (${c.field}) to the frame with its figures: median ${ms(c.median)} (max ${ms(c.max)}) ` +
    `[target: within a frame, 16.7 ms]; of it the page's own work in the change's task (recompute, headline): median ${ms(c.handler)}; ` +
    `until the whole reply is drawn: median ${ms(c.all)}`);
  const slow = [...c.slow].sort((a, b) => a - b);
  console.log(`  21 key presses on that select (Event Timing, key press to the next paint, in steps of 8 ms): ` +
    `${slow.length} took 16 ms or more${slow.length ? ` (median ${slow[slow.length >> 1]} ms, max ${slow[slow.length - 1]} ms)` : ''}`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() || 'unknown CPU'}, node ${process.version}`;
console.log(`imgcost bench, ${new Date().toISOString()}, ${machine}, load average ${loadavg()[0].toFixed(1)}`);
printPage(await pageFigures());
const n = nativeCompare();
console.log(`native CLI compare (${n.rows} rows, process incl. catalog load), ${RUNS} runs: median ${ms(n.median)} ` +
  `(min ${ms(n.min)}, max ${ms(n.max)})`);
const w = await wasmCompare();
console.log(`wasm loadCatalog (${w.compact ? 'compact catalog read, then its summary as an object' : 'catalog JSON, summary as JSON'}) in Chromium: ` +
  `first ${ms(w.loadCatalogFirst)}, then median of 21 ${ms(w.loadCatalogMedian)}`);
console.log(`wasm recompute in Chromium (${w.rows} rows, ${w.compact ? 'objects' : 'JSON'} in and out), ${CALLS} recomputes each: ` +
  `after a volume change (images a month) median ${ms(w.volume.median)} (min ${ms(w.volume.min)}, max ${ms(w.volume.max)}) [target ≤ 0.5 ms]; ` +
  `after a tier change (every row priced again) median ${ms(w.tier.median)} (min ${ms(w.tier.min)}, max ${ms(w.tier.max)})`);
console.log(`wasm memory: ${w.heapBefore} bytes before, ${w.heapAfter} after 10,000 recomputes (one in ten a tier change) ` +
  `(${w.heapAfter === w.heapBefore ? 'flat' : 'GREW'})`);
