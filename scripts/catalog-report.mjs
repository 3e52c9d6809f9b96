#!/usr/bin/env node
// The price catalog report, printed for people: providers and models, the
// share of each confidence grade, prices not checked for 180 days, models
// shutting down in the next 90 days, and each model's price for a 1024x1024
// image at its default tier. Every figure comes from the core
// (`imgcost report`, docs/catalog.md#report); this script only lays it out.
// It ends with the cross-check of the token rates against @pydantic/genai-prices
// (scripts/crosscheck-genai-prices.mjs).
//
//   node scripts/catalog-report.mjs [--as-of YYYY-MM-DD] [--catalog DIR]
//                                   [--fail-stale-share 0.05] [--fail-crosscheck]
//
// --fail-stale-share S exits 1 when more than the share S (0..1) of the
// sources of prices in effect is stale; --fail-crosscheck exits 1 when the cross-check has a
// finding or cannot run. Without them the report only prints.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crosscheck, format as formatCrosscheck } from './crosscheck-genai-prices.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = process.env.IMGCOST_CLI || path.join(REPO, 'build/native/cli/imgcost');

function report(args) {
  const out = spawnSync(CLI, ['report', ...args], { encoding: 'utf8' });
  if (out.error) throw new Error(`cannot run ${CLI} (build it with: cmake --workflow --preset native): ${out.error.message}`);
  if (out.status !== 0) {
    process.stderr.write(out.stderr);
    process.exit(out.status);
  }
  return JSON.parse(out.stdout);
}

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function section(title) {
  return `\n${title}\n${'='.repeat(title.length)}`;
}

const percent = (n, total) => `${total ? ((100 * n) / total).toFixed(1) : '0.0'}%`;

function options(argv) {
  const opts = { reportArgs: [], failStaleShare: null, failCrosscheck: false, asOf: null, catalog: null };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--fail-crosscheck') opts.failCrosscheck = true;
    else if (a === '--fail-stale-share') {
      const v = Number(argv[++i]);
      if (!(v >= 0 && v <= 1)) {
        process.stderr.write(`--fail-stale-share must be a share from 0 to 1 (got '${argv[i]}')\n`);
        process.exit(2);
      }
      opts.failStaleShare = v;
    } else {
      if (a === '--as-of') opts.asOf = argv[i + 1];
      if (a === '--catalog') opts.catalog = argv[i + 1];
      opts.reportArgs.push(a);
    }
  }
  return opts;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const r = report(opts.reportArgs);
  console.log(`imgcost catalog report as of ${r.as_of}`);
  console.log(`${r.providers} provider files, ${r.models} models, ${r.services} services, ${r.not_available} not available`);
  console.log(section('Models by provider'));
  console.log(table(Object.entries(r.models_by_provider), ['provider', 'models']));
  console.log(section(`Confidence of ${r.dated_sources} dated sources`));
  console.log(table(Object.entries(r.grades).map(([g, n]) => [g, n, percent(n, r.dated_sources)]), ['grade', 'sources', 'share']));
  console.log(section(`Stale: prices in effect checked more than 180 days before ${r.as_of}`));
  console.log(table(r.stale.map((s) => [s.id, s.where, s.checked, `${s.age_days} days`, s.confidence, s.url]),
    ['id', 'price', 'checked', 'age', 'conf', 'source']));
  console.log(`\n  ${r.stale.length} of ${r.current_sources} sources of prices in effect are stale (${percent(r.stale.length, r.current_sources)});`
    + ` ${r.stale_history} of ${r.history_sources} sources of retired models' historical prices are older too.`);
  console.log(section('Shutting down in the next 90 days'));
  console.log(r.shutting_down.length
    ? table(r.shutting_down.map((s) => [s.id, s.shutdown, `in ${s.in_days} day${s.in_days === 1 ? "" : "s"}`, s.successor || '—']), ['id', 'shutdown', 'when', 'successor'])
    : '  none');
  console.log(section('Price of a 1024x1024 image at the default tier (the core\'s figure)'));
  console.log(table(r.rows.map((m) => [m.id, m.status, m.structure, m.ok ? `$${m.price_per_generation}` : '—',
    m.ok ? m.billed_as : m.error, m.confidence || '']), ['id', 'status', 'structure', 'price', 'billed as', 'conf']));

  console.log(section('Cross-check against @pydantic/genai-prices'));
  let checked = null;
  try {
    checked = await crosscheck({ asOf: r.as_of, catalog: path.resolve(opts.catalog || path.join(REPO, 'pricing-data')) });
    console.log(formatCrosscheck(checked));
  } catch (e) {
    console.log(`  not run: ${e.message}`);
  }

  const failures = [];
  if (opts.failStaleShare !== null && r.current_sources && r.stale.length / r.current_sources > opts.failStaleShare)
    failures.push(`${r.stale.length} of ${r.current_sources} sources of prices in effect (${percent(r.stale.length, r.current_sources)}) were checked more than 180 days ago: more than the allowed ${(100 * opts.failStaleShare).toFixed(1)}%`);
  if (opts.failCrosscheck && (!checked || !checked.ok))
    failures.push(checked ? `the cross-check against genai-prices has ${checked.findings.length} unacknowledged finding(s)` : 'the cross-check against genai-prices could not run');
  if (failures.length) {
    for (const f of failures) process.stderr.write(`FAIL: ${f}\n`);
    process.exit(1);
  }
}

await main();
