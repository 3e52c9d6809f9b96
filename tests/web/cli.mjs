// The native CLI as the oracle: the page must print what `imgcost` prints.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_DAY } from './test-day.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = process.env.IMGCOST_CLI || `${REPO}/build/native/cli/imgcost`;
// The CLI's today is the pages' (test-day.mjs).
export const CLI_ENV = { ...process.env, IMGCOST_TODAY: TEST_DAY };

function run(args, scenario) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with cmake --workflow --preset native`);
  return spawnSync(CLI, [...args, '--scenario', '-'], { input: JSON.stringify(scenario), encoding: 'utf8', env: CLI_ENV });
}

function json(args, scenario) {
  const out = run(args, scenario);
  if (out.status !== 0) throw new Error(`imgcost ${args.join(' ')} failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

export const cliEstimate = (scenario) => json(['estimate'], scenario);

// `imgcost estimate --link`: the figures a share link gives.
export const cliLinkEstimate = (link) => cliJson('estimate', '--link', link);

// The estimate as `--format markdown` prints it (money in the scenario's currency).
export function cliMarkdown(scenario) {
  const out = run(['estimate', '--format', 'markdown'], scenario);
  if (out.status !== 0) throw new Error(`imgcost estimate --format markdown failed: ${out.stderr}`);
  return out.stdout;
}

// Commands that take no scenario: history, trend, report.
export function cliJson(...args) {
  const out = spawnSync(CLI, args, { encoding: 'utf8', env: CLI_ENV });
  if (out.status !== 0) throw new Error(`imgcost ${args.join(' ')} failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

export const cliCompare = (scenario, includeRetired = false) =>
  json(['compare', ...(includeRetired ? ['--include-retired'] : [])], scenario).models;

// The message the CLI gives for a scenario it rejects (exit code 2).
export function cliError(scenario) {
  const out = run(['estimate'], scenario);
  if (out.status !== 2) throw new Error(`expected imgcost to reject ${JSON.stringify(scenario)}, got exit ${out.status}`);
  return parseError(out.stderr);
}

// "imgcost: <message> [<code>]" -> {message, code}: tests match the code.
export function parseError(stderr) {
  const m = stderr.trim().split('\n')[0].match(/^imgcost: (.*) \[([a-z_.]+)\]$/);
  if (!m) throw new Error(`not an imgcost error line: ${stderr}`);
  return { message: m[1], code: m[2] };
}

// Waits until the error box holds the core's error with this code, and its
// text names the input (the message itself is the core's, shown as is).
export async function expectError(box, { message, code }) {
  await box.and(box.page().locator(`[data-codes~="${code}"]`)).waitFor();
  const text = await box.textContent();
  if (!text.includes(message)) throw new Error(`expected the error box to show "${message}", it shows "${text}"`);
}
