// Pictures for the record (issue 14's closing note, the README's page
// section), run on demand, not in CI:
//   bash scripts/build-site.sh && node tests/web/screenshots.mjs
// writes into docs/screenshots/, in light and in dark:
//   embed-375-<scheme>.png         the embed on a 375 px phone, its first screen
//   compare-1440-eur-<scheme>.png  the comparison at 1440 px, one provider, in euros
// The tests (widths-schemes.test.mjs) check what these show; this only takes
// the pictures, so it asserts no more than that they show what they claim.
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { ready, serveAndLaunch } from './browser.mjs';
import { REPO } from './cli.mjs';

const OUT = `${REPO}/docs/screenshots`;
const EMBED = '?embed=1&model=openai%2Fgpt-image-2&images_per_month=5000&acceptance_rate=0.6';
const PROVIDER = 'Google (Gemini API / Vertex AI)';

// On the machine's clock: the screenshots show the page as it is on the day they are taken.
const { site, browser, close } = await serveAndLaunch(`${REPO}/build/site`, undefined, { day: null });
mkdirSync(OUT, { recursive: true });
const saved = [];
try {
  for (const colorScheme of ['light', 'dark']) {
    // (a) The embed as an article reader sees it on a phone: the first screen only.
    const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, colorScheme,
      isMobile: true, hasTouch: true });
    const embed = await phone.newPage();
    await embed.goto(site.url + EMBED);
    await ready(embed);
    await embed.waitForLoadState('networkidle');
    saved.push(`${OUT}/embed-375-${colorScheme}.png`);
    await embed.screenshot({ path: saved.at(-1) });
    await phone.close();

    // (b) The comparison on a wide screen, filtered to one provider, in euros.
    const wide = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await wide.newPage();
    await page.goto(`${site.url}?v=2&model=openai%2Fgpt-image-2&images_per_month=5000&acceptance_rate=0.6`);
    await ready(page);
    await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
    await page.getByLabel('Provider', { exact: true }).selectOption({ label: PROVIDER });
    const compare = page.getByRole('region', { name: 'Every provider, same scenario' }).first();
    await compare.getByText(/\d+ of \d+ models shown/).waitFor();
    await compare.getByRole('cell').filter({ hasText: '€' }).first().waitFor();
    // From the heading to the table's last row (the filtered table fits the
    // screen); the prose under it ("Not in the comparison") is left out.
    await compare.evaluate((n) => n.scrollIntoView({ block: 'start' }));
    const section = await compare.boundingBox();
    const table = await compare.getByRole('region', { name: 'Every provider, same scenario' }).boundingBox();
    saved.push(`${OUT}/compare-1440-eur-${colorScheme}.png`);
    await page.screenshot({ path: saved.at(-1), clip: { x: section.x, y: section.y, width: section.width,
      height: table.y + table.height + 16 - section.y } });
    await wide.close();
  }
} finally {
  await close();
}
for (const file of saved) {
  const kb = statSync(file).size / 1024;
  console.log(`${file.replace(`${REPO}/`, '')}: ${kb.toFixed(0)} KB`);
  assert.ok(kb <= 200, `${file} is over 200 KB`);
}
