// Readable links always agree with the CLI: random valid scenarios (a fixed
// seed, so every run is the same), custom models with batch among them, are
// written with `imgcost link`, opened on the page, and every figure must equal
// `imgcost estimate --link` of the same link.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { serveAndLaunch, ready } from './browser.mjs';
import { REPO } from './cli.mjs';
import { expectFigures } from './figures.mjs';

const CLI = process.env.IMGCOST_CLI || `${REPO}/build/native/cli/imgcost`;
let site;
let browser;
let stop;
before(async () => ({ site, browser, close: stop } = await serveAndLaunch(`${REPO}/build/site`)));
after(() => stop?.());

// mulberry32: a small seeded generator.
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cli(args, input) {
  const out = spawnSync(CLI, args, { input, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`imgcost ${args.join(' ')}: ${out.stderr}`);
  return out.stdout;
}

function scenarios(count) {
  const rnd = random(20261130);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const round = (v, step) => Math.round(v / step) * step;
  const models = ['openai/gpt-image-2', 'google/gemini-3.1-flash-image', 'bfl/flux-2-pro', 'ideogram/ideogram-4', 'custom'];
  const out = [];
  for (let i = 0; i < count; ++i) {
    const model = i < 2 ? 'custom' : pick(models);
    const s = { model, images_per_month: round(100 + rnd() * 50000, 1), acceptance_rate: round(0.2 + rnd() * 0.8, 0.01),
      edits_per_image: round(rnd() * 2, 0.1), monthly_growth: round(rnd() * 0.2, 0.01), months: 1 + Math.floor(rnd() * 24),
      image_mb: round(0.1 + rnd() * 3, 0.1), retention_months: Math.floor(rnd() * 24) };
    if (model === 'custom') Object.assign(s, { custom_name: `Model ${i}`, price_per_image: round(0.001 + rnd() * 0.1, 0.001),
      batch_share: round(rnd(), 0.05), batch_discount: 0.5 });
    else if (model === 'google/gemini-3.1-flash-image' || model === 'openai/gpt-image-2') s.batch_share = round(rnd(), 0.05);
    out.push(s);
  }
  return out;
}

describe('links', () => {
  for (const [i, scenario] of scenarios(8).entries()) {
    test(`random scenario ${i + 1} (${scenario.model}): the page equals imgcost estimate --link on every figure`, async (t) => {
      const link = cli(['link', '--scenario', '-', '--base', site.url], JSON.stringify(scenario)).trim();
      assert.doesNotMatch(link, /e%2B|e\+/, 'whole numbers are written as integers');
      const expected = JSON.parse(cli(['estimate', '--link', link]));
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      t.after(() => context.close());
      const page = await context.newPage();
      await page.goto(link);
      await ready(page);
      await expectFigures(page.locator('#answer'), expected);
    });
  }
});
