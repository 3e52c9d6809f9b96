// Loads the wasm core and the bundled catalog, and wraps the bindings so the
// rest of the page deals in objects. All cost logic lives in the core.
//
// Two modules: imgcost.js (the answer, the comparison, links) is the first
// load; imgcost-tools.js (advisor, exports) is fetched by loadTools() once the
// first figure is on screen; call its functions once that promise resolved.
import createImgcost from '../imgcost.js';
import { setMoneyRule } from './money.js';

export class EngineError extends Error {}

// The reader's date, YYYY-MM-DD in their time zone: what the page prices on
// unless a link names a date.
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function loadEngine() {
  const [core, catalog] = await Promise.all([createImgcost(), fetchCatalog()]);
  const summary = core.loadCatalog(catalog, today());
  if (!summary.ok) throw new EngineError(messages(summary));
  const registry = core.keys();
  setMoneyRule(registry.money);
  return makeEngine(core, summary, registry, catalog);
}

async function createTools(catalog) {
  const { default: createImgcostTools } = await import('../imgcost-tools.js');
  const tools = await createImgcostTools();
  const loaded = JSON.parse(tools.loadCatalog(catalog, today()));
  if (!loaded.ok) throw new EngineError(messages(loaded));
  return tools;
}

// The compact catalog (docs/catalog.md#compact), as bytes for both modules.
async function fetchCatalog() {
  // The build names the catalog by its content (scripts/bundle-site.mjs) and
  // preloads it; the preload says its name.
  const name = document.querySelector('link[data-catalog]')?.getAttribute('href') || 'catalog.bin';
  const response = await fetch(name);
  if (!response.ok) throw new EngineError(`the price catalog could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function messages(reply) {
  return (reply.errors || []).map((e) => e.message).join('; ');
}

// Every call into the first-load module goes through core(); tests read the
// count (document.documentElement.dataset.coreCalls) to hold the page to one
// call per input change. The advisor's calls (the tools module) are its own.
let coreCalls = 0;

// The first-load module answers with objects; the tools module with JSON text.
function makeEngine(core, summary, registry, catalog) {
  const call = (fn, ...args) => JSON.parse(fn(...args));
  const coreCall = (fn, ...args) => {
    coreCalls += 1;
    document.documentElement.dataset.coreCalls = String(coreCalls);
    return fn(...args);
  };
  const text = (scenario) => JSON.stringify(scenario);
  let tools = null;
  let toolsReady = null;
  const tool = (name, ...args) => {
    if (!tools) throw new EngineError(`${name} needs the tools module: await loadTools() first`);
    return call(tools[name], ...args);
  };
  return {
    summary,
    registry,
    defaults: registry.defaults,
    // Everything the page shows after a change, from one parse of the
    // scenario: {result | errors, rows, url}.
    recompute: (scenario, view = {}) => coreCall(core.recompute, scenario, { today: today(), ...view }),
    encodeLink: (scenario, base) => coreCall(core.encodeLink, scenario, base),
    trend: () => coreCall(core.trend, today()),
    decodeLink: (url, fallbackModel) => coreCall(core.decodeLink, url, fallbackModel),
    loadTools() {
      toolsReady ??= createTools(catalog).then((t) => { tools = t; });
      return toolsReady;
    },
    exportTables: (scenario, format, includeRetired) =>
      tool('exportTables', text(scenario), format, includeRetired, false, window.location.href.split(/[?#]/)[0]),
    // The advisor (issue 6): options as in advisor_json.hpp, {} for the defaults.
    advise: (scenario, options = {}) => tool('advise', text(scenario), text(options)),
    budget: (scenario, options) => tool('budget', text(scenario), text(options)),
    sensitivity: (scenario) => tool('sensitivity', text(scenario)),
    mix: (scenario, options) => tool('mix', text(scenario), text(options)),
  };
}
