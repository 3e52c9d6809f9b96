// The calculator's figures of speed and size (issue 7):
//   first load: every file the page fetches until its first figure, raw and
//           gzip -9, and the deferred tools module; time from navigation to
//           the first computed figure over 5 cold loads;
//   native: `imgcost compare` over the whole catalog, as a process (start, load
//           the price sheets, price every model, print), median of N runs;
//   wasm:   the page's recompute, core.compare() with its JSON in and out,
//           in headless Chromium on the built site, median of 1000 calls;
//   memory: the wasm heap before and after 10,000 recomputes (should be flat).
// Run through tests/bench/bench.sh, which builds what this needs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../web/browser.mjs';
import { serveSite } from '../web/server.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO, 'build/native/cli/imgcost');
const SITE = join(REPO, 'build/site');
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
      const { default: createImgcost } = await import('./imgcost.js');
      const core = await createImgcost();
      const loaded = JSON.parse(core.loadCatalog(await (await fetch('catalog.json')).text()));
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const text = JSON.stringify(scenario);
      const recompute = () => JSON.parse(core.compare(JSON.stringify(JSON.parse(text)), false, false));
      const first = recompute();
      if (!first.ok) throw new Error(JSON.stringify(first.errors));
      for (let i = 0; i < 50; ++i) recompute();  // warm-up: tiers-up the wasm code
      // Timer resolution in a page is coarse (5-100 µs): time batches of 10.
      const batch = 10, perCall = [];
      for (let i = 0; i < calls / batch; ++i) {
        const t0 = performance.now();
        for (let k = 0; k < batch; ++k) recompute();
        perCall.push((performance.now() - t0) / batch);
      }
      const heap = () => core.HEAP8.buffer.byteLength;
      const before = heap();
      for (let i = 0; i < 10000; ++i) recompute();
      const after = heap();
      perCall.sort((a, b) => a - b);
      return {
        rows: first.rows.length,
        median: perCall[Math.floor(perCall.length / 2)],
        min: perCall[0],
        max: perCall[perCall.length - 1],
        heapBefore: before,
        heapAfter: after,
      };
    }, { scenario: SCENARIO, calls: CALLS });
  } finally {
    await browser.close();
    await site.close();
  }
}

const COLD_LOADS = 5;

// Records, in the page, when the first figure gets its value (ms since navigation).
function watchFirstFigure() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-result="cost_per_usable_image"][data-value]')) {
      window.__firstFigure = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function firstLoad() {
  const site = await serveSite(SITE);
  const browser = await launchChromium();
  const times = [];
  let files = [];
  try {
    for (let i = 0; i < COLD_LOADS; ++i) {
      const context = await browser.newContext({ serviceWorkers: 'block' });  // cold: no cache, no worker
      const page = await context.newPage();
      await page.addInitScript(watchFirstFigure);
      await page.goto(site.url);
      await page.waitForFunction(() => window.__firstFigure !== undefined &&
        document.documentElement.dataset.toolsReady !== undefined);
      times.push(await page.evaluate(() => window.__firstFigure));
      files = await page.evaluate(() => performance.getEntriesByType('resource')
        .map((r) => ({ url: r.name, start: r.startTime })));
      await context.close();
    }
    const firstFigure = median(times);
    const seen = new Set();
    const rows = [{ url: site.url + 'index.html', start: 0 }, ...files].map(({ url, start }) => {
      const path = new URL(url).pathname.slice('/imgcost/'.length) || 'index.html';
      const body = readFileSync(join(SITE, path));
      // The tools module is requested right after the first figure, in the same task.
      const deferred = path.startsWith('imgcost-tools.') || start > firstFigure;
      return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, deferred };
    }).filter((r) => !seen.has(r.path) && seen.add(r.path));  // a file fetched twice is transferred once here
    return { times, firstFigure, rows };
  } finally {
    await browser.close();
    await site.close();
  }
}

function printFirstLoad(f) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const sum = (rows, key) => rows.reduce((a, r) => a + r[key], 0);
  console.log('first load (files fetched before the first figure; gzip -9 of each file):');
  for (const r of f.rows.filter((x) => !x.deferred)) console.log(`  ${r.path.padEnd(28)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip`);
  const first = f.rows.filter((x) => !x.deferred);
  console.log(`  ${'total'.padEnd(28)} ${kb(sum(first, 'raw')).padStart(9)} raw ${kb(sum(first, 'gzip')).padStart(9)} gzip [target ≤ 100 KB gzip]`);
  const later = f.rows.filter((x) => x.deferred);
  console.log(`after the first figure (tools module): ${later.map((r) => `${r.path} ${kb(r.gzip)} gzip`).join(', ')}`);
  const sorted = [...f.times].sort((a, b) => a - b);
  console.log(`first computed figure, ${f.times.length} cold loads: median ${ms(f.firstFigure)} ` +
    `(min ${ms(sorted[0])}, max ${ms(sorted[sorted.length - 1])}) [target ≤ 200 ms]`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() || 'unknown CPU'}, node ${process.version}`;
console.log(`imgcost bench, ${new Date().toISOString()}, ${machine}, load average ${loadavg()[0].toFixed(1)}`);
printFirstLoad(await firstLoad());
const n = nativeCompare();
console.log(`native CLI compare (${n.rows} rows, process incl. catalog load), ${RUNS} runs: median ${ms(n.median)} ` +
  `(min ${ms(n.min)}, max ${ms(n.max)})`);
const w = await wasmCompare();
console.log(`wasm compare in Chromium (${w.rows} rows, JSON in and out), ${CALLS} recomputes: median ${ms(w.median)} ` +
  `(min ${ms(w.min)}, max ${ms(w.max)}) [target ≤ 1 ms]`);
console.log(`wasm memory: ${w.heapBefore} bytes before, ${w.heapAfter} after 10,000 recomputes ` +
  `(${w.heapAfter === w.heapBefore ? 'flat' : 'GREW'})`);
