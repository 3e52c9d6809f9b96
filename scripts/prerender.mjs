// Writes the default scenario's answer into a built site's index.html
// (issue 15, docs/building.md#prerender), so the first paint of the default
// page already shows correct figures before any script or wasm has loaded.
//
// The figures are the native core's (`imgcost estimate`, as of the build
// date); the markup is the page's own (web/js/answer-details.js, run here over a
// linkedom document), so the wasm's answer replaces it with the same text
// when the page takes over. The page marks the answer `data-prerendered`
// with the date; a share link (any query other than embed=1) hides it until
// the core has priced the link (web/js/embed-early.js).
//
// Usage: node scripts/prerender.mjs SITE_DIR CLI [AS_OF]   (run from the repository)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const [site, cli, asOfArg] = process.argv.slice(2);
if (!site || !cli) throw new Error('usage: prerender.mjs SITE_DIR CLI [AS_OF]');

const run = (args, input) => JSON.parse(execFileSync(cli, args, { input, encoding: 'utf8' }));
const asOf = asOfArg || run(['catalog']).as_of;
const summary = run(['catalog', '--as-of', asOf]);
const model = summary.default_model;
const result = run(['estimate', '--scenario', '-', '--as-of', asOf], JSON.stringify({ model }));
const registry = run(['keys']);

// The reader's locale is unknown at build time: the prerender writes en-US,
// and the page formats in the reader's locale once it takes over.
const BrowserNumberFormat = Intl.NumberFormat;
Intl.NumberFormat = function NumberFormat(locale, options) {
  return new BrowserNumberFormat(locale ?? 'en-US', options);
};

const path = join(site, 'index.html');
const { document, window } = parseHTML(readFileSync(path, 'utf8'));
Object.assign(globalThis, { document, Node: window.Node });
const { setMoneyRule } = await import('../web/js/money.js');
const { renderResult, setBreakdownLines } = await import('../web/js/answer-details.js');
const { buildPresetButtons } = await import('../web/js/presets.js');
const { renderPricesUsed } = await import('../web/js/sources.js');
setMoneyRule(registry.money);
setBreakdownLines(registry.breakdown);
renderResult(result);
// The page lists the prices used with the details: written here too, so the
// details under them do not move down when the page takes over.
const defaults = Object.fromEntries(registry.keys.filter((k) => k.scope === 'scenario').map((k) => [k.key, k.default]));
renderPricesUsed(result, { ...defaults, model }, summary);
// The use-case buttons above the form, so the form does not move when the page
// builds them again (their clicks are wired then).
buildPresetButtons(summary, () => model, () => {});
document.getElementById('result-body').hidden = false;
document.getElementById('as-of-date').textContent = result.as_of;
document.getElementById('embed-date').textContent = result.as_of;
document.getElementById('answer').setAttribute('data-prerendered', result.as_of);
writeFileSync(path, document.toString());
console.log(`prerendered ${model} as of ${result.as_of}: ${result.cost_per_delivered_image} per delivered image`);
