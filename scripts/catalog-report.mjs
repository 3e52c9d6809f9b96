#!/usr/bin/env node
// The price catalog data report: providers, models (id, status, structure,
// headline price), services, the share of prices by confidence grade, and
// every price whose as_of date is older than the staleness limit.
//
//   node scripts/catalog-report.mjs [--today YYYY-MM-DD] [--days N] [--dir pricing-data]
//
// No dependencies. Reads pricing-data/*.json (except schema.json) as they are;
// run the core's loader or the schema check for validation.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function usage(message) {
  if (message) console.error(`catalog-report: ${message}`);
  console.error('usage: node scripts/catalog-report.mjs [--today YYYY-MM-DD] [--days N] [--dir DIR]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { dir: path.resolve(HERE, '..', 'pricing-data'), days: 180, today: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--today') opts.today = value();
    else if (a.startsWith('--today=')) opts.today = a.slice(8);
    else if (a === '--days') opts.days = Number(value());
    else if (a.startsWith('--days=')) opts.days = Number(a.slice(7));
    else if (a === '--dir') opts.dir = path.resolve(value());
    else if (a.startsWith('--dir=')) opts.dir = path.resolve(a.slice(6));
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument '${a}'`);
  }
  if (!Number.isInteger(opts.days) || opts.days < 0) usage('--days must be a whole number of days');
  if (opts.today === null) opts.today = new Date().toISOString().slice(0, 10);
  if (!isDate(opts.today)) usage(`--today must be a date YYYY-MM-DD (got '${opts.today}')`);
  return opts;
}

function isDate(s) {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const dayNumber = (s) => Math.round(Date.parse(`${s}T00:00:00Z`) / 86400000);

// ---------------------------------------------------------------- reading

function readCatalog(dir) {
  let names;
  try {
    // Provider files only: not the schemas, not defaults.json (catalog format v2).
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('schema.json') && f !== 'defaults.json').sort();
  } catch (e) {
    usage(`cannot read ${dir}: ${e.message}`);
  }
  const files = [];
  const problems = [];
  for (const name of names) {
    try {
      files.push({ name, data: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) });
    } catch (e) {
      problems.push(`${name}: not readable JSON (${e.message})`);
    }
  }
  return { files, problems };
}

// ---------------------------------------------------------------- money and headline prices

function money(x) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '?';
  // Four significant digits, trailing zeros dropped, but always cents: $0.30, $0.03871, $0.000975.
  let s = Number(Math.abs(x).toPrecision(4)).toFixed(8).replace(/0+$/, '');
  const [whole, frac = ''] = s.split('.');
  s = `${whole}.${frac.padEnd(2, '0')}`;
  return (x < 0 ? '-$' : '$') + s;
}

const tierLabel = (t) => t.size ?? (t.max_size ? `≤${t.max_size}` : `≤${(t.max_pixels / 1e6).toFixed(2)} MP`);
const tierFits = (t, w, h) => {
  if (t.size || t.max_size) {
    const [tw, th] = (t.size ?? t.max_size).split('x').map(Number);
    return w <= tw && h <= th;
  }
  return w * h <= t.max_pixels;
};

function tierAmount(pricing, tier, quality) {
  const amounts = tier.prices ?? tier.credits ?? tier.output_tokens ?? {};
  let a = quality && quality in amounts ? amounts[quality] : amounts.any;
  if (a === undefined && !quality && Object.keys(amounts).length === 1) a = Object.values(amounts)[0];
  if (a === undefined) return undefined;
  if (pricing.structure === 'credits') return a * pricing.price_per_credit;
  if (pricing.structure === 'tokens')
    return (a * pricing.output_price_per_million + 50 * pricing.input_text_price_per_million) / 1e6;
  return a;
}

// A one-line summary of a pricing block and its price for a 1024x1024 image
// (default quality, 50 prompt tokens, default steps), as the core bills it.
// Catalog format v2: pricing is a list of price periods, oldest first; the last is the current price.
function latestPricing(model) {
  return Array.isArray(model.pricing) ? model.pricing[model.pricing.length - 1] ?? {} : model.pricing ?? {};
}

// The status on `today`, derived from the lifecycle dates as the core does (lifecycle.hpp).
function statusOn(entry, today) {
  const l = entry.lifecycle ?? {};
  if (l.released && today < l.released) return 'not_released';
  if (l.shutdown && today >= l.shutdown) return 'retired';
  if ((l.deprecated && today >= l.deprecated) || l.shutdown) return 'deprecated';
  return 'active';
}

function headline(model) {
  const p = latestPricing(model);
  const q = model.default_quality ?? '';
  const W = 1024, H = 1024;
  switch (p.structure) {
    case 'per_image':
    case 'credits':
    case 'tokens': {
      const tiers = Array.isArray(p.tiers) ? p.tiers : [];
      let best;
      for (const t of tiers) {
        if (!tierFits(t, W, H)) continue;
        const price = tierAmount(p, t, q);
        if (price !== undefined && (!best || price < best.price)) best = { price, t };
      }
      const rule =
        p.structure === 'credits' ? ` (credits × ${money(p.price_per_credit)})`
        : p.structure === 'tokens' ? ` (${money(p.output_price_per_million)}/1M out, ${money(p.input_text_price_per_million)}/1M text in)`
        : '';
      const where = best ? `${tierLabel(best.t)}${q ? ', ' + q : ''}` : 'no 1024x1024 tier';
      return `${best ? money(best.price) : '—'} @ ${where}${rule}`;
    }
    case 'per_megapixel': {
      const ppm = p.pixels_per_megapixel ?? 1e6;
      let mp = (W * H) / ppm;
      if (p.rounding === 'up') mp = Math.ceil(mp - 1e-9);
      mp = Math.max(mp, p.minimum_megapixels ?? 0);
      const price = p.first_megapixel_price !== undefined
        ? p.first_megapixel_price * Math.min(mp, 1) + p.price_per_megapixel * Math.max(mp - 1, 0)
        : p.price_per_megapixel * mp;
      const rate = p.first_megapixel_price !== undefined
        ? `${money(p.first_megapixel_price)} first MP + ${money(p.price_per_megapixel)}/MP`
        : `${money(p.price_per_megapixel)}/MP`;
      const unit = ppm === 1048576 ? ', MP = 1024²' : '';
      const steps = p.steps_scaling ? `, × steps/${model.default_steps}` : '';
      return `${money(price)} @ 1024x1024 (${rate}, ${p.rounding}${unit}${steps})`;
    }
    case 'compute_time': {
      const r = p.reference ?? {};
      const seconds = r.seconds * ((W * H) / (r.width * r.height)) * ((model.default_steps ?? r.steps) / r.steps);
      return `≈${money(seconds * p.price_per_second)} @ 1024x1024 (${money(p.price_per_second)}/s on ${p.hardware}, estimate)`;
    }
    default:
      return `unknown structure '${p.structure}'`;
  }
}

function serviceRate(s) {
  if (s.price !== undefined) return money(s.price);
  if (!Array.isArray(s.rates)) return '?';
  let below = 0;
  return s.rates
    .map((r) => {
      const part = r.up_to !== undefined ? `${money(r.price)} to ${r.up_to.toLocaleString('en-US')}` : `${money(r.price)} above ${below.toLocaleString('en-US')}`;
      below = r.up_to ?? below;
      return part;
    })
    .join('; ');
}
const SERVICE_UNIT = { moderation: 'per image', storage: 'per GB-month', cdn: 'per GB', upscale: 'per image' };

// ---------------------------------------------------------------- prices (every dated source)

// Every price in the catalog with its source: a model's pricing (or a size
// tier's own source), its edit pricing, its batch discount, a service.
function collectPrices(files, today) {
  const prices = [];
  for (const { name, data } of files) {
    const provider = data?.provider?.id ?? name;
    for (const m of data?.models ?? []) {
      const status = statusOn(m, today);
      const periods = (Array.isArray(m.pricing) ? m.pricing : [m.pricing]).filter(Boolean)
        .map((block) => [`pricing from ${block.effective_from ?? '?'}`, block]);
      for (const [what, block] of [...periods, ['edit', m.edit]]) {
        if (!block) continue;
        prices.push({ provider, id: m.id, status, what, source: block.source ?? {} });
        for (const [i, t] of (block.tiers ?? []).entries())
          if (t.source) prices.push({ provider, id: m.id, status, what: `${what} tier ${i} (${tierLabel(t)})`, source: t.source });
      }
      if (m.batch) prices.push({ provider, id: m.id, status, what: 'batch discount', source: m.batch.source ?? {} });
    }
    for (const s of data?.services ?? [])
      prices.push({ provider, id: s.id, status: statusOn(s, today), what: `${s.kind} service`, source: s.source ?? {} });
  }
  return prices;
}

// ---------------------------------------------------------------- text layout

function table(rows, header) {
  const all = header ? [header, ...rows] : rows;
  const widths = [];
  for (const r of all) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, String(c).length)));
  const line = (r) => r.map((c, i) => (i === r.length - 1 ? String(c) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  const out = [];
  if (header) out.push(line(header), line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) out.push(line(r));
  return out.map((l) => '  ' + l).join('\n');
}

function section(title) {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

// ---------------------------------------------------------------- report

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { files, problems } = readCatalog(opts.dir);
  const models = files.flatMap(({ name, data }) => (data.models ?? []).map((m) => ({ ...m, file: name })));
  const services = files.flatMap(({ name, data }) => (data.services ?? []).map((s) => ({ ...s, file: name })));
  const unavailable = files.flatMap(({ data }) => (data.not_available ?? []).map((u) => ({ ...u, provider: data.provider?.id })));
  const prices = collectPrices(files, opts.today);

  console.log('imgcost price catalog report');
  console.log(`catalog: ${opts.dir}`);
  console.log(`today: ${opts.today}; stale means checked more than ${opts.days} days before today`);
  console.log(`${files.length} provider files, ${models.length} models, ${services.length} services, ${unavailable.length} not available, ${prices.length} dated prices`);
  for (const p of problems) console.log(`PROBLEM: ${p}`);

  section('Providers');
  console.log(table(
    files.map(({ name, data }) => [
      data.provider?.id ?? '?', data.provider?.name ?? '?', name,
      `${(data.models ?? []).length} models`, `${(data.services ?? []).length} services`,
      (data.not_available ?? []).length ? `${data.not_available.length} not available` : '',
    ]),
    ['id', 'name', 'file', 'models', 'services', ''],
  ));

  section('Models (headline: price of one 1024x1024 image at the default quality)');
  for (const { data } of files) {
    const list = data.models ?? [];
    if (!list.length) continue;
    console.log(`\n${data.provider?.name ?? data.provider?.id}`);
    console.log(table(
      list.map((m) => [
        m.id,
        statusOn(m, opts.today) + (m.lifecycle?.shutdown ? ` ${m.lifecycle.shutdown}` : ''),
        latestPricing(m).structure ?? '?',
        latestPricing(m).source?.confidence ?? '?',
        headline(m) + (m.batch ? `; batch −${Math.round(m.batch.discount * 100)}%` : '') + (m.edit ? '; edit priced' : '') +
          (m.upscaler ? `; upscaler ${m.upscaler}` : ''),
      ]),
      ['id', 'status', 'structure', 'conf', 'headline price'],
    ));
  }

  section('Services');
  console.log(table(
    services.map((s) => [s.id, s.kind, s.source?.confidence ?? '?', `${serviceRate(s)} ${SERVICE_UNIT[s.kind] ?? ''}`]),
    ['id', 'kind', 'conf', 'price'],
  ));

  if (unavailable.length) {
    section('Not available as an API (never priced)');
    for (const u of unavailable) console.log(`  ${u.provider}: ${u.name}: ${u.reason}`);
  }

  section('Share of prices by confidence grade');
  const grades = ['A', 'B', 'C', 'unverified'];
  const count = (list, g) => list.filter((p) => p.source.confidence === g).length;
  const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
  console.log(table(
    [...grades, 'other/missing'].map((g) => {
      const n = g === 'other/missing' ? prices.filter((p) => !grades.includes(p.source.confidence)).length : count(prices, g);
      return [g, String(n), pct(n, prices.length), '#'.repeat(Math.round((40 * n) / Math.max(prices.length, 1)))];
    }),
    ['grade', 'prices', 'share', ''],
  ));
  console.log('\n  by provider (A / B / C / unverified):');
  console.log(table(files.map(({ data }) => {
    const mine = prices.filter((p) => p.provider === data.provider?.id);
    return [data.provider?.id ?? '?', grades.map((g) => count(mine, g)).join(' / '), `${mine.length} prices`];
  })));

  section(`Stale prices: checked before ${new Date((dayNumber(opts.today) - opts.days) * 86400000).toISOString().slice(0, 10)} (${opts.days} days before ${opts.today})`);
  const today = dayNumber(opts.today);
  const stale = prices
    .map((p) => ({ ...p, age: isDate(p.source.checked) ? today - dayNumber(p.source.checked) : Infinity }))
    .filter((p) => p.age > opts.days)
    .sort((a, b) => b.age - a.age || a.id.localeCompare(b.id));
  if (!stale.length) console.log('  none');
  else {
    console.log(table(
      stale.map((p) => [p.id, p.status, p.what, p.source.checked ?? 'no date', Number.isFinite(p.age) ? `${p.age} days` : 'bad date', p.source.confidence ?? '?', p.source.url ?? '']),
      ['id', 'status', 'price', 'checked', 'age', 'conf', 'source'],
    ));
    const history = stale.filter((p) => p.status === 'retired').length;
    console.log(`\n  ${stale.length} of ${prices.length} prices are stale` +
      (history ? ` (${history} of them belong to retired models, kept as history).` : '.'));
  }
}

main();
