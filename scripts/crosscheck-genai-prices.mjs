#!/usr/bin/env node
// Cross-checks the catalog's token rates against an independent registry,
// @pydantic/genai-prices (its bundled data: no network). For every
// token-priced model, the price period in force on the as-of date is compared
// rate by rate with the genai-prices model of the table below:
//
//   output_price_per_million      vs  output_image_mtok (else output_mtok)
//   input_text_price_per_million  vs  input_mtok
//
// The catalog has no image-input rate; genai-prices' input_image_mtok is shown
// for information. Rates are read, never combined: no price per image here.
//
// A difference is accepted only when the period acknowledges it with a reason:
//   "crosscheck": {"genai_prices": "why the catalog differs"}
// An acknowledgement on a period that no longer differs is reported too
// (remove it). Exit 0: no unacknowledged finding; 1: findings; 2: cannot run.
//
//   node scripts/crosscheck-genai-prices.mjs [--as-of YYYY-MM-DD] [--catalog DIR] [--json]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Catalog id -> genai-prices provider and model id, or null with the reason
// there is no counterpart. Every token-priced catalog model must be listed.
export const MAPPING = {
  'openai/gpt-image-1': { provider: 'openai', model: 'gpt-image-1' },
  'openai/gpt-image-1.5': { provider: 'openai', model: 'gpt-image-1.5' },
  'openai/gpt-image-2': { provider: 'openai', model: 'gpt-image-2' },
  'openai/gpt-image-2.5-sunburst': null,
  'openai/gpt-image-2.6-sunburst': null,
  'openai/gpt-image-2.6-flare': null,
  // genai-prices has no Azure image rates of its own: its azure provider
  // falls back to OpenAI's data, so these compare Azure's sheet with OpenAI's rates.
  'azure/gpt-image-1': { provider: 'azure', model: 'gpt-image-1' },
  'azure/gpt-image-1-mini': { provider: 'azure', model: 'gpt-image-1-mini' },
  'azure/gpt-image-1.5': { provider: 'azure', model: 'gpt-image-1.5' },
  'azure/gpt-image-2': { provider: 'azure', model: 'gpt-image-2' },
  'google/gemini-2.5-flash-image': { provider: 'google', model: 'gemini-2.5-flash-image' },
  'google/gemini-3-pro-image': { provider: 'google', model: 'gemini-3-pro-image' },
  'google/gemini-3.1-flash-image': { provider: 'google', model: 'gemini-3.1-flash-image' },
  'google/gemini-3.1-flash-lite-image': { provider: 'google', model: 'gemini-3.1-flash-lite-image' },
};

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/crosscheck-genai-prices.mjs [--as-of YYYY-MM-DD] [--catalog DIR] [--json]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { asOf: new Date().toISOString().slice(0, 10), catalog: path.join(REPO, 'pricing-data'), json: false };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--as-of' && i + 1 < argv.length) opts.asOf = argv[++i];
    else if (a === '--catalog' && i + 1 < argv.length) opts.catalog = path.resolve(argv[++i]);
    else usage(`unknown or incomplete argument '${a}'`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf) || Number.isNaN(Date.parse(`${opts.asOf}T00:00:00Z`)))
    usage(`--as-of must be a date YYYY-MM-DD (got '${opts.asOf}')`);
  return opts;
}

export class CannotRun extends Error {}

async function loadRegistry() {
  const require = createRequire(import.meta.url);
  let entry;
  try {
    entry = require.resolve('@pydantic/genai-prices');
  } catch {
    throw new CannotRun('@pydantic/genai-prices is not installed: run npm ci (it is a devDependency)');
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8'));
  const lib = await import('@pydantic/genai-prices');
  return { lib, version: pkg.version };
}

// The catalog's token-priced models with the period in force on asOf.
function tokenModels(folder, asOf) {
  const files = fs.statSync(folder).isDirectory()
    ? fs.readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('schema.json') && f !== 'defaults.json').sort()
    : [path.basename(folder)];
  const dir = fs.statSync(folder).isDirectory() ? folder : path.dirname(folder);
  const out = [];
  for (const file of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const model of doc.models || []) {
      const periods = (model.pricing || []).filter((p) => p.effective_from <= asOf);
      const period = periods[periods.length - 1];
      if (period && period.structure === 'tokens') out.push({ file, id: model.id, period });
    }
  }
  return out;
}

// A genai-prices rate: a number, or a TieredPrices (its base, the first tier).
function rate(value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && typeof value.base === 'number') return value.base;
  return undefined;
}

const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export async function crosscheck({ asOf, catalog }) {
  const { lib, version } = await loadRegistry();
  const timestamp = new Date(`${asOf}T12:00:00Z`);
  const result = { as_of: asOf, genai_prices_version: version, compared: [], no_counterpart: [], findings: [], acknowledged: [] };
  for (const { file, id, period } of tokenModels(catalog, asOf)) {
    const ack = period.crosscheck && period.crosscheck.genai_prices;
    if (!(id in MAPPING)) {
      result.findings.push({ id, file, problem: `not in the mapping table of scripts/crosscheck-genai-prices.mjs (add it, or null when genai-prices has no counterpart)` });
      continue;
    }
    const target = MAPPING[id];
    if (target === null) {
      result.no_counterpart.push({ id });
      if (ack) result.findings.push({ id, file, problem: `acknowledges a difference but has no genai-prices counterpart: remove crosscheck.genai_prices` });
      continue;
    }
    const found = lib.calcPrice({}, target.model, { providerId: target.provider, timestamp });
    if (!found) {
      const d = { id, file, rate: 'model', catalog: 'priced', genai_prices: `no price for ${target.provider} ${target.model}` };
      (ack ? result.acknowledged : result.findings).push(ack ? { ...d, reason: ack } : { ...d, problem: d.genai_prices });
      continue;
    }
    const mp = found.model_price;
    const outputKey = rate(mp.output_image_mtok) !== undefined ? 'output_image_mtok' : 'output_mtok';
    const pairs = [
      ['output_price_per_million', period.output_price_per_million, outputKey, rate(mp[outputKey])],
      ['input_text_price_per_million', period.input_text_price_per_million, 'input_mtok', rate(mp.input_mtok)],
    ];
    const entry = {
      id, file, effective_from: period.effective_from,
      genai_prices: `${found.provider.id} ${found.model.id}`,
      via_fallback: found.provider.id !== target.provider ? found.provider.id : undefined,
      rates: [], image_input_mtok: rate(mp.input_image_mtok),
    };
    let differs = false;
    for (const [catalogKey, catalogValue, gpKey, gpValue] of pairs) {
      const agree = gpValue !== undefined && same(catalogValue, gpValue);
      entry.rates.push({ catalog_key: catalogKey, catalog: catalogValue, genai_prices_key: gpKey, genai_prices: gpValue ?? null, agree });
      if (!agree) {
        differs = true;
        const d = { id, file, rate: catalogKey, catalog: catalogValue, genai_prices_key: gpKey, genai_prices: gpValue ?? null };
        if (ack) result.acknowledged.push({ ...d, reason: ack });
        else result.findings.push({ ...d, problem: `${catalogKey} ${catalogValue} differs from genai-prices ${gpKey} ${gpValue ?? '(none)'}` });
      }
    }
    if (ack && !differs)
      result.findings.push({ id, file, problem: `acknowledges a difference ("${ack}") but the rates agree now: remove crosscheck.genai_prices` });
    result.compared.push(entry);
  }
  result.ok = result.findings.length === 0;
  return result;
}

export function format(r) {
  const lines = [`Cross-check of the catalog's token rates against @pydantic/genai-prices ${r.genai_prices_version} (as of ${r.as_of})`];
  for (const c of r.compared) {
    const via = c.via_fallback ? ` (its ${c.genai_prices.split(' ')[0]} data)` : '';
    const rates = c.rates.map((x) => `${x.catalog_key.replace('_price_per_million', '')} ${x.catalog}${x.agree ? ' =' : ' ≠'} ${x.genai_prices_key} ${x.genai_prices ?? '(none)'}`).join(', ');
    const img = c.image_input_mtok !== undefined ? `; image input ${c.image_input_mtok}/1M in genai-prices, not in the catalog` : '';
    lines.push(`  ${c.id.padEnd(36)} ${c.genai_prices}${via}: ${rates}${img}`);
  }
  if (r.no_counterpart.length) lines.push(`  no genai-prices counterpart: ${r.no_counterpart.map((n) => n.id).join(', ')}`);
  for (const a of r.acknowledged)
    lines.push(`  acknowledged ${a.id} ${a.rate}: catalog ${a.catalog}, genai-prices ${a.genai_prices_key || ''} ${a.genai_prices} (${a.reason})`);
  for (const f of r.findings) lines.push(`  DIFFERENCE ${f.id} (${f.file}): ${f.problem}`);
  lines.push(r.ok
    ? `  ${r.compared.length} models compared, no unacknowledged difference.`
    : `  ${r.findings.length} unacknowledged finding(s): fix the catalog or acknowledge with "crosscheck": {"genai_prices": "reason"} on the price period (docs/catalog.md#crosscheck).`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  let r;
  try {
    r = await crosscheck(opts);
  } catch (e) {
    process.stderr.write(`crosscheck-genai-prices: ${e.message}\n`);
    process.exit(2);
  }
  console.log(opts.json ? JSON.stringify(r, null, 2) : format(r));
  process.exit(r.ok ? 0 : 1);
}
