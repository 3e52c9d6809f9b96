// Issue 14's "Done when": each of its seven points driven by labels and roles,
// at 320, 375 and 1440 px, in light and in dark. One embed page (point 1) and
// one full page (points 2-7) per combination, each checked against the native
// CLI. Both schemes also check what a palette can break: every visible text
// (the answer figures, error text, inputs, the comparison's markers by name)
// keeps a WCAG AA contrast against what it is drawn on, and nothing scrolls
// sideways. `node tests/web/screenshots.mjs` takes the pictures for the record.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ready, serveAndLaunch, settledUrl, until } from './browser.mjs';
import { cliCompare, cliEstimate, cliJson, cliLinkEstimate, cliMarkdown, REPO } from './cli.mjs';
import { expectFigures } from './figures.mjs';

let site;
let browser;
let stop;
before(async () => ({ site, browser, close: stop } = await serveAndLaunch(`${REPO}/build/site`)));
after(() => stop?.());

const MODEL = 'openai/gpt-image-2';  // no upscaler of its own: point 3 needs that
// Every key name of the registry with an underscore: words for people never show one.
const KEY_NAMES = cliJson('keys').keys.map((k) => k.key).filter((k) => k.includes('_'));

// A context per page: viewport, colour scheme, and a touch screen at phone widths.
// A page error, a console error or a request leaving the site fails the test.
async function open(t, query, width, colorScheme) {
  const phone = width < 900;
  const context = await browser.newContext({ viewport: { width, height: phone ? 640 : 900 }, colorScheme,
    isMobile: phone, hasTouch: phone, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(site.url)) problems.push(`foreign request: ${r.url()}`);
  });
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, []);
  });
  await page.goto(site.url + query);
  await ready(page);  // the core's answer, not the prerendered default
  return { page, requests };
}

// The first of a figure's copies that is visible (the phone's answer bar, or
// the answer itself on a wide screen).
const shownFigure = (page, key) => page.locator(`[data-result="${key}"]:visible`).first();

const insideFirstScreen = (locator) => locator.evaluate((n) => {
  const r = n.getBoundingClientRect();
  return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
});

// WCAG contrast of a node's text against the first opaque background behind
// it (defined in the page: the sweep below runs it on every node).
function contrastOf(node) {
  const rgba = (c) => {
    const m = c.match(/^rgba?\(([^)]+)\)$/);
    if (!m) throw new Error(`unexpected colour ${c}`);
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const luminance = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let back = [255, 255, 255, 1];
  for (let n = node; n; n = n.parentElement) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) { back = c; break; }
  }
  const [r, g, b, a] = rgba(getComputedStyle(node).color);
  const text = [r, g, b].map((v, i) => v * a + back[i] * (1 - a));
  const [hi, lo] = [luminance(text), luminance(back)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function readable(locator, what) {
  const ratio = await locator.evaluate(contrastOf);
  assert.ok(ratio >= 4.5, `${what}: contrast ${ratio.toFixed(2)}:1 is below 4.5:1`);
}

// Every visible text on the page: 4.5:1, or 3:1 for large text (24 px, or
// bold from 18.66 px), as WCAG AA asks.
async function everyTextReadable(page, where) {
  const low = await page.evaluate((source) => {
    const contrast = new Function(`return (${source})`)();
    const out = [];
    for (const n of document.querySelectorAll('body *')) {
      if (![...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim())) continue;
      if (!n.checkVisibility() || n.closest(':disabled')) continue;
      const style = getComputedStyle(n);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const ratio = contrast(n);
      if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)}:1 "${n.textContent.trim().slice(0, 40)}" (${n.tagName.toLowerCase()}.${n.className})`);
    }
    return out;
  }, contrastOf.toString());
  assert.deepEqual(low, [], `${where}: text below WCAG AA contrast`);
}

// The page follows the colour scheme: a dark page in dark, a light one in light.
async function expectScheme(page, scheme) {
  const dark = await page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    return (r + g + b) / 3 < 64;
  });
  assert.equal(dark, scheme === 'dark', `the page is drawn ${scheme}`);
}

// Against the screen's width, not innerWidth: a phone browser zooms out to
// fit a page that is too wide, and innerWidth grows with it.
async function noSidewaysScroll(page, width, where) {
  const scroll = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(scroll <= width, `${where}: the page is ${scroll} px wide on a ${width} px screen`);
}

// The text that describes a control to assistive technology (its hint and its error).
const description = (control) => control.evaluate((n) => (n.getAttribute('aria-describedby') || '').split(/\s+/)
  .map((id) => document.getElementById(id)?.textContent || '').join(' '));

// The error shown for a control (found through its description, as a screen reader does).
const errorOf = (page, control) => control.evaluate((n) => (n.getAttribute('aria-describedby') || '').split(/\s+/)
  .map((id) => document.getElementById(id)).find((e) => e?.classList.contains('error'))?.id)
  .then((id) => page.locator(`[id="${id}"]`));

const labelled = (page, label) => page.getByLabel(label, { exact: true });
const volume = (page) => labelled(page, 'Usable images per month');

describe('each point of issue 14 at every width, light and dark', () => {
  for (const width of [320, 375, 1440]) {
    for (const scheme of ['light', 'dark']) {
      test(`embed at ${width} px, ${scheme}: the answer on the first screen, the rest folded, no advisor code`, async (t) => {
        const scenario = { model: MODEL, images_per_month: 5000, acceptance_rate: 0.6 };
        const { page, requests } = await open(t, `?embed=1&model=${encodeURIComponent(MODEL)}&images_per_month=5000&acceptance_rate=0.6`, width, scheme);
        await expectScheme(page, scheme);
        const expected = cliEstimate(scenario);
        for (const [key, value] of [['cost_per_delivered_image', expected.cost_per_delivered_image], ['monthly.total', expected.monthly.total]]) {
          const figure = shownFigure(page, key);
          await until(async () => Number(await figure.getAttribute('data-value')) === value, `${key} = ${value}`);
          assert.ok(await insideFirstScreen(figure), `${key} is inside the first screen of the frame`);
          await readable(figure, key);
        }
        // On a phone the essential inputs come next; a wide frame shows the form beside the answer.
        for (const label of width < 900 ? ['Model', 'Usable images per month', 'Acceptance rate'] : ['Model'])
          assert.ok(await insideFirstScreen(labelled(page, label)), `${label} is inside the first screen`);
        const more = page.locator('details').filter({ has: page.getByText('More inputs', { exact: true }) });
        assert.equal(await more.getAttribute('open'), null, '"More inputs" is closed');
        assert.equal(await labelled(page, 'Months projected').isVisible(), false);
        assert.equal(await page.getByRole('heading', { name: 'How to pay less' }).isVisible(), false);
        // Typing further down, the answer follows; on a phone its bar stays in
        // view. (A wide frame is sized to its content, so its answer sits
        // beside the form and the article scrolls both: nothing to stick.)
        await volume(page).fill('8000');
        await page.getByText('More inputs', { exact: true }).click();
        await labelled(page, 'Downloads per image').scrollIntoViewIfNeeded();
        const after = shownFigure(page, 'monthly.total');
        const total = cliEstimate({ ...scenario, images_per_month: 8000 }).monthly.total;
        await until(async () => Number(await after.getAttribute('data-value')) === total, 'the total for 8000 images');
        if (width < 900) assert.ok(await insideFirstScreen(after), 'the monthly total stays in view while typing further down');
        assert.deepEqual(requests.filter((u) => /imgcost-tools|advisor|tools-worker/.test(u)), [], 'no advisor or tools code requested');
        await noSidewaysScroll(page, width, 'the embed');
        await everyTextReadable(page, 'the embed');
      });

      test(`full page at ${width} px, ${scheme}: typed inputs, errors, links, comparison, currency and words`, async (t) => {
        // (4) A link with a quality the model lacks: the control shows the tier the figures use.
        const { page } = await open(t, `?v=2&model=${encodeURIComponent(MODEL)}&quality=bogus&images_per_month=5000`, width, scheme);
        await expectScheme(page, scheme);
        await page.getByText(/ignored 'quality': 'bogus'/).waitFor();
        const used = cliEstimate({ model: MODEL, images_per_month: 5000 });
        assert.equal(await labelled(page, 'Quality').inputValue(), used.quality, 'the Quality control shows the tier priced');
        const answer = page.getByRole('region', { name: 'The answer' });
        await expectFigures(answer, used);
        await noSidewaysScroll(page, width, 'the page as loaded');

        // (2) Inputs as people type them: "30%" and "30" in a % field, "20k" and "20,000".
        const base = { model: MODEL };
        const acceptance = labelled(page, 'Acceptance rate');
        const volume = labelled(page, 'Usable images per month');
        for (const [control, typed, scenario] of [
          [acceptance, '30%', { images_per_month: 5000, acceptance_rate: 0.3 }],
          [acceptance, '', { images_per_month: 5000 }],
          [acceptance, '30', { images_per_month: 5000, acceptance_rate: 0.3 }],
          [volume, '20k', { images_per_month: 20000, acceptance_rate: 0.3 }],
          [volume, '', { acceptance_rate: 0.3 }],
          [volume, '20,000', { images_per_month: 20000, acceptance_rate: 0.3 }],
        ]) {
          await control.fill(typed);
          await expectFigures(answer, cliEstimate({ ...base, ...scenario }));
          assert.equal((await (await errorOf(page, control)).textContent()).trim(), '', `"${typed}" is accepted`);
        }
        Object.assign(base, { images_per_month: 20000, acceptance_rate: 0.3 });
        const growth = labelled(page, 'Monthly growth');
        await growth.fill('150');
        await answer.getByText(/monthly growth is 150% a month/).waitFor();
        await growth.fill('');
        await until(async () => !(await answer.getByText(/monthly growth is 150%/).count()), 'the growth warning gone');

        // (3) An error names the field's label, readably; upscaling without an
        // upscaler keeps the answer updating with the cheapest one, and says so.
        await acceptance.fill('abc');
        const error = await errorOf(page, acceptance);
        await error.getByText(/^Acceptance rate\b/).waitFor();
        assert.match(await description(acceptance), /Acceptance rate .*must be/);
        assert.equal(await acceptance.getAttribute('aria-invalid'), 'true');
        await readable(error, 'the error text');
        await readable(acceptance, 'a text input');
        await acceptance.fill('30');
        await labelled(page, 'Share of images upscaled').fill('20');
        Object.assign(base, { upscale_share: 0.2 });
        const upscaled = cliEstimate(base);
        await expectFigures(answer, upscaled);
        assert.ok(upscaled.upscaler, 'the core picked an upscaler');
        const [warning] = upscaled.warnings.filter((w) => w.includes('cheapest upscaler'));
        await answer.getByText(warning, { exact: true }).waitFor();
        const upscaler = await labelled(page, 'Upscaler').locator('option:checked').textContent();
        const name = upscaler.match(/^Cheapest available \((.+)\)$/)?.[1];
        assert.ok(name && warning.includes(`${name} (${upscaled.upscaler})`), `the Upscaler control names the one used: ${upscaler}`);

        // (6) Currency: EUR, figures in € equal to the CLI's, printed as its
        // Markdown prints them; custom prices are typed, and labelled, in €.
        await labelled(page, 'Currency').selectOption('EUR');
        Object.assign(base, { currency: 'EUR' });
        await expectFigures(answer, cliEstimate(base));
        const perImage = shownFigure(page, 'cost_per_delivered_image');
        assert.match(await perImage.textContent(), /€/);
        await readable(perImage, 'the cost per delivered image');
        await readable(shownFigure(page, 'monthly.total'), 'the monthly total');
        const markdown = cliMarkdown(base);
        for (const [key, row] of [['cost_per_delivered_image', 'Cost per delivered image'], ['monthly.total', 'Monthly: Total']]) {
          const printed = markdown.match(new RegExp(`\\| ${row} \\| EUR ([\\d.,]+) \\|`))?.[1];
          const shown = (await answer.locator(`[data-result="${key}"]`).first().textContent()).replace(/[€\s]/g, '');
          assert.equal(shown, printed, `${row}: the page prints what imgcost --format markdown prints`);
        }
        for (const label of ['Price per image (€)', 'Edit price per call (€)', 'Storage (€ per GB-month)'])
          assert.equal(await labelled(page, label).count(), 1, `the custom price field reads "${label}"`);
        assert.equal(await page.getByLabel(/\(\$/).count(), 0, 'no money field says $ under EUR');
        const customPrices = page.getByText(/^Custom prices/);
        await customPrices.click();
        const pricePerImage = labelled(page, 'Price per image (€)');
        await pricePerImage.fill('0.03');
        Object.assign(base, { price_per_image: 0.03 });
        await expectFigures(answer, cliEstimate(base));

        // (4) The round trip: the link holds readable numbers, and opening it
        // shows the values the core used, with the CLI's figures.
        const link = await settledUrl(page);
        assert.match(link, /price_per_image=0\.03(&|$)/);
        assert.match(link, /images_per_month=20000(&|$)/);
        assert.match(link, /acceptance_rate=0\.3(&|$)/);
        assert.match(link, /currency=EUR/);
        await page.goto(link);
        await ready(page);
        await expectFigures(answer, cliLinkEstimate(link));
        // A link that carries a custom price opens its fold, which says so.
        await page.getByText('Custom prices (1 in use)').waitFor();
        assert.equal(await labelled(page, 'Price per image (€)').isVisible(), true, 'the custom price is in view');
        for (const [label, value] of [['Acceptance rate', '30'], ['Usable images per month', '20000'],
          ['Share of images upscaled', '20'], ['Currency', 'EUR'], ['Price per image (€)', '0.03'], ['Quality', used.quality]])
          assert.equal(await labelled(page, label).inputValue(), value, `${label} after the round trip`);

        // (5) The comparison: provider filter, a header in view, grade and estimate marker.
        await pricePerImage.fill('');
        delete base.price_per_image;
        await expectFigures(answer, cliEstimate(base));
        // The section and, inside it, the table's scrolling region share the heading as their name.
        const compare = page.getByRole('region', { name: 'Every provider, same scenario' }).first();
        const table = compare.getByRole('region', { name: 'Every provider, same scenario' });
        const head = table.getByRole('columnheader', { name: /Per delivered image/ });
        await table.scrollIntoViewIfNeeded();
        await table.getByRole('row').nth(20).waitFor();
        await table.hover();
        await page.mouse.wheel(0, 1500);
        await until(() => table.evaluate((n) => n.scrollTop > 0 || window.scrollY > 0), 'the comparison scrolled');
        if (width >= 900) {
          // A wide table keeps its header at the top of its scrolling region.
          assert.ok(await table.evaluate((n) => n.scrollTop > 0), 'the rows scrolled under the header');
          const [box, region] = [await head.boundingBox(), await table.boundingBox()];
          assert.ok(box && Math.abs(box.y - region.y) <= 2, `the header stays at the top of the table (${box?.y} vs ${region.y})`);
          assert.ok(await insideFirstScreen(head), 'the header is in view');
        } else {
          // A phone shows a card per model under a row of sort buttons.
          assert.ok(await head.count(), 'the sort buttons are there');
        }
        const estimateModel = 'replicate/sdxl';  // priced from compute time: an estimate
        await labelled(page, 'Model').selectOption(estimateModel);
        await labelled(page, 'Provider').selectOption({ label: 'Replicate' });
        const rows = cliCompare({ ...base, model: estimateModel });
        const kept = rows.filter((r) => r.provider === 'replicate' || r.model === estimateModel);
        await compare.getByText(`${kept.length} of ${rows.length} models shown`).waitFor();
        const shownRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
        assert.equal(await shownRows.count(), kept.length);
        const estimateRow = shownRows.filter({ hasText: rows.find((r) => r.model === estimateModel).model_name });
        const marker = estimateRow.getByText('estimate', { exact: true });
        await marker.scrollIntoViewIfNeeded();
        assert.ok(await marker.isVisible(), 'the estimate marker is visible');
        await readable(marker, 'the estimate marker');
        const graded = kept.find((r) => r.ok && r.price_source?.confidence === 'A');
        const grade = shownRows.filter({ hasText: graded.model_name }).first().getByText(`grade ${graded.price_source.confidence}`);
        await grade.scrollIntoViewIfNeeded();
        assert.ok(await grade.isVisible(), 'the grade is visible');
        await readable(grade, 'the grade');
        await labelled(page, 'Model').selectOption(MODEL);
        await labelled(page, 'Provider').selectOption({ label: 'All providers' });

        // (7) Words: the Markdown report carries the page's labels, the inputs
        // and the link; the advisor speaks in labels, never in key names.
        const [download] = await Promise.all([page.waitForEvent('download'),
          page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
        const report = readFileSync(await download.path(), 'utf8');
        assert.match(report, /\| Acceptance rate \| 30% \|/);
        assert.match(report, /\| Currency \| EUR \|/);
        assert.ok(report.includes(new URL(await settledUrl(page)).search.slice(1)), 'the report carries the share link');
        const prose = report.replace(/<[^>]*>|\(<[^>]*>\)/g, '');
        assert.deepEqual(KEY_NAMES.filter((k) => prose.includes(k)), [], 'no key names in the report');
        const advisor = page.getByRole('heading', { name: 'How to pay less' });
        await advisor.scrollIntoViewIfNeeded();
        const tactics = page.getByRole('list', { name: 'How to pay less' }).getByRole('listitem');
        await until(async () => (await tactics.count()) >= 3, 'the tactics');
        // Budgets are compared with figures in the chosen currency: typed in it too.
        for (const label of ['Monthly budget (€)', 'Total budget (€)'])
          assert.equal(await labelled(page, label).count(), 1, `the advisor's field reads "${label}"`);
        const advice = (await tactics.allTextContents()).join(' ');
        assert.match(advice, /acceptance rate/i);
        assert.deepEqual(KEY_NAMES.filter((k) => advice.includes(k)), [], 'no key names in the advice');
        await noSidewaysScroll(page, width, 'the page with the advisor');
        await everyTextReadable(page, 'the page with the advisor');
      });
    }
  }
});
