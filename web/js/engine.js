// Loads the wasm core and the bundled catalog, and wraps the bindings so the
// rest of the page deals in objects. All cost logic lives in the core.
//
// Two modules: imgcost.js (the answer, the comparison, links) is the first
// load; imgcost-tools.js (advisor, exports) is fetched by loadTools() once the
// first figure is on screen; call its functions once that promise resolved.
import createImgcost from '../imgcost.js';

export class EngineError extends Error {}

export async function loadEngine() {
  const [core, catalogText] = await Promise.all([createImgcost(), fetchCatalog()]);
  const summary = JSON.parse(core.loadCatalog(catalogText));
  if (!summary.ok) throw new EngineError(messages(summary));
  const keys = JSON.parse(core.scenarioKeys());
  return makeEngine(core, summary, keys, catalogText);
}

async function createTools(catalogText) {
  const { default: createImgcostTools } = await import('../imgcost-tools.js');
  const tools = await createImgcostTools();
  const loaded = JSON.parse(tools.loadCatalog(catalogText));
  if (!loaded.ok) throw new EngineError(messages(loaded));
  return tools;
}

async function fetchCatalog() {
  const response = await fetch('catalog.json');
  if (!response.ok) throw new EngineError(`the price catalog could not be loaded (HTTP ${response.status})`);
  return response.text();
}

function messages(reply) {
  return (reply.errors || []).map((e) => e.message).join('; ');
}

function makeEngine(core, summary, keys, catalogText) {
  const call = (fn, ...args) => JSON.parse(fn(...args));
  const text = (scenario) => JSON.stringify(scenario);
  let tools = null;
  let toolsReady = null;
  const tool = (name, ...args) => {
    if (!tools) throw new EngineError(`${name} needs the tools module: await loadTools() first`);
    return call(tools[name], ...args);
  };
  return {
    summary,
    numericKeys: keys.numeric,
    defaults: keys.defaults,
    estimate: (scenario) => call(core.estimate, text(scenario)),
    compare: (scenario, includeRetired) => call(core.compare, text(scenario), includeRetired, false),
    encodeLink: (scenario, base) => call(core.encodeLink, text(scenario), base),
    decodeLink: (url, fallbackModel) => call(core.decodeLink, url, fallbackModel),
    loadTools() {
      toolsReady ??= createTools(catalogText).then((t) => { tools = t; });
      return toolsReady;
    },
    exportTables: (scenario, format, includeRetired) =>
      tool('exportTables', text(scenario), format, includeRetired, false),
    // The advisor (issue 6): options as in advisor_json.hpp, {} for the defaults.
    advise: (scenario, options = {}) => tool('advise', text(scenario), text(options)),
    budget: (scenario, options) => tool('budget', text(scenario), text(options)),
    sensitivity: (scenario) => tool('sensitivity', text(scenario)),
    mix: (scenario, options) => tool('mix', text(scenario), text(options)),
  };
}
