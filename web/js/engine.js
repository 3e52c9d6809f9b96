// Loads the wasm core and the bundled catalog, and wraps the bindings so the
// rest of the page deals in objects. All cost logic lives in the core.
import createImgcost from '../imgcost.js';

export class EngineError extends Error {}

export async function loadEngine() {
  const [core, catalogText] = await Promise.all([createImgcost(), fetchCatalog()]);
  const summary = JSON.parse(core.loadCatalog(catalogText));
  if (!summary.ok) throw new EngineError(messages(summary));
  const keys = JSON.parse(core.scenarioKeys());
  return makeEngine(core, summary, keys);
}

async function fetchCatalog() {
  const response = await fetch('catalog.json');
  if (!response.ok) throw new EngineError(`the price catalog could not be loaded (HTTP ${response.status})`);
  return response.text();
}

function messages(reply) {
  return (reply.errors || []).map((e) => e.message).join('; ');
}

function makeEngine(core, summary, keys) {
  const call = (fn, ...args) => JSON.parse(fn(...args));
  const text = (scenario) => JSON.stringify(scenario);
  return {
    summary,
    numericKeys: keys.numeric,
    defaults: keys.defaults,
    estimate: (scenario) => call(core.estimate, text(scenario)),
    compare: (scenario, includeRetired) => call(core.compare, text(scenario), includeRetired, false),
    encodeLink: (scenario, base) => call(core.encodeLink, text(scenario), base),
    decodeLink: (url, fallbackModel) => call(core.decodeLink, url, fallbackModel),
    exportTables: (scenario, format, includeRetired) =>
      call(core.exportTables, text(scenario), format, includeRetired, false),
  };
}
