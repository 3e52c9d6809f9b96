#!/usr/bin/env node
// The price catalog report, printed for people: providers and models, the
// share of each confidence grade, prices not checked for 180 days, models
// shutting down in the next 90 days, and each model's price for a 1024x1024
// image at its default tier. Every figure comes from the core
// (`imgcost report`, docs/catalog.md#report); this script only lays it out.
//
//   node scripts/catalog-report.mjs [--as-of YYYY-MM-DD] [--catalog DIR]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

function main() {
  const args = process.argv.slice(2);
  const r = report(args);
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
    ? table(r.shutting_down.map((s) => [s.id, s.shutdown, `in ${s.in_days} days`, s.successor || '—']), ['id', 'shutdown', 'when', 'successor'])
    : '  none');
  console.log(section('Price of a 1024x1024 image at the default tier (the core\'s figure)'));
  console.log(table(r.rows.map((m) => [m.id, m.status, m.structure, m.ok ? `$${m.price_per_generation}` : '—',
    m.ok ? m.billed_as : m.error, m.confidence || '']), ['id', 'status', 'structure', 'price', 'billed as', 'conf']));
}

main();
