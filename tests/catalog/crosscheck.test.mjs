// scripts/crosscheck-genai-prices.mjs: the shipped catalog agrees with the
// bundled @pydantic/genai-prices data (or acknowledges why not); a changed
// rate, a stale acknowledgement and an unmapped token model are findings.
// Run: node --test tests/catalog/crosscheck.test.mjs (after npm ci; offline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(REPO, 'scripts/crosscheck-genai-prices.mjs');
const DATA = path.join(REPO, 'pricing-data');
const AS_OF = '2026-11-30';

function run(catalog) {
  const out = spawnSync(process.execPath, [SCRIPT, '--as-of', AS_OF, '--catalog', catalog, '--json'], { encoding: 'utf8' });
  return { status: out.status, result: out.stdout ? JSON.parse(out.stdout) : null, stderr: out.stderr };
}

// A copy of the catalog with `edit(openaiDocument)` applied to openai.json.
function catalogWith(edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imgcost-xcheck-'));
  for (const f of fs.readdirSync(DATA)) if (f.endsWith('.json')) fs.copyFileSync(path.join(DATA, f), path.join(dir, f));
  const file = path.join(dir, 'openai.json');
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(doc);
  fs.writeFileSync(file, JSON.stringify(doc));
  return dir;
}

const period = (doc, id) => doc.models.find((m) => m.id === id).pricing.at(-1);

test('the shipped catalog has no unacknowledged difference', () => {
  const { status, result, stderr } = run(DATA);
  assert.equal(status, 0, stderr + JSON.stringify(result?.findings));
  assert.ok(result.compared.length >= 8);
  assert.deepEqual(result.findings, []);
  assert.ok(result.no_counterpart.some((n) => n.id === 'openai/gpt-image-2.6-flare'));
});

test('a rate that differs is a finding, with both values', () => {
  const { status, result } = run(catalogWith((doc) => { period(doc, 'openai/gpt-image-1.5').output_price_per_million = 40; }));
  assert.equal(status, 1);
  assert.equal(result.findings.length, 1);
  assert.equal(result.findings[0].id, 'openai/gpt-image-1.5');
  assert.equal(result.findings[0].catalog, 40);
  assert.equal(result.findings[0].genai_prices, 32);
});

test('an acknowledged difference passes and is listed with its reason', () => {
  const { status, result } = run(catalogWith((doc) => {
    const p = period(doc, 'openai/gpt-image-1.5');
    p.output_price_per_million = 40;
    p.crosscheck = { genai_prices: 'test: the registry lists another rate' };
  }));
  assert.equal(status, 0);
  assert.equal(result.acknowledged.length, 1);
  assert.equal(result.acknowledged[0].reason, 'test: the registry lists another rate');
});

test('an acknowledgement where the rates agree is a finding', () => {
  const { status, result } = run(catalogWith((doc) => {
    period(doc, 'openai/gpt-image-1.5').crosscheck = { genai_prices: 'no longer true' };
  }));
  assert.equal(status, 1);
  assert.match(result.findings[0].problem, /agree now/);
});

test('a token-priced model missing from the mapping table is a finding', () => {
  const { status, result } = run(catalogWith((doc) => {
    const copy = structuredClone(doc.models.find((m) => m.id === 'openai/gpt-image-2'));
    copy.id = 'openai/gpt-image-9';
    doc.models.push(copy);
  }));
  assert.equal(status, 1);
  assert.match(result.findings[0].problem, /mapping table/);
});
