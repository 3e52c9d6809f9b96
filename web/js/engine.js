// Loads the wasm core and the bundled catalog, and wraps the bindings so the
// rest of the page deals in objects. All cost logic lives in the core.
//
// Two modules: imgcost.js (the answer, the comparison, links) is the first
// load; imgcost-tools.js (advisor, exports) is fetched by loadTools() on
// demand and runs in a Worker: its functions return promises of replies
// (null for a reply a newer call of the same function superseded).
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
  const early = window.imgcostEarly;  // early-downloads.js
  const [core, catalog] = await Promise.all([createCore(early?.wasm), fetchCatalog(early?.catalog)]);
  const loaded = core.loadCatalog(catalog);
  if (!loaded.ok) throw new EngineError(messages(loaded));
  const { ok, ...rule } = core.moneyRule();  // ok is the reply's, not an Intl option
  setMoneyRule(rule);
  return makeEngine(core, catalog);
}

// The tools module in its Worker (tools-worker.js). The build names the
// worker by its content and says its name in <meta name="imgcost-tools-worker">.
async function createTools(catalog) {
  const name = document.querySelector('meta[name="imgcost-tools-worker"]')?.content;
  const worker = new Worker(name || new URL('./tools-worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 0;
  worker.onmessage = ({ data: { id, reply, error } }) => {
    const { resolve, reject } = pending.get(id);
    pending.delete(id);
    if (error === undefined) resolve(reply);
    else reject(new EngineError(error));
  };
  worker.onerror = (event) => {
    for (const { reject } of pending.values()) reject(new EngineError(event.message || 'the tools worker failed'));
    pending.clear();
  };
  const call = (fn, ...args) => new Promise((resolve, reject) => {
    pending.set(++nextId, { resolve, reject });
    worker.postMessage({ id: nextId, fn, args });
  });
  const loaded = await call('start', catalog, today());
  if (!loaded.ok) throw new EngineError(messages(loaded));
  return call;
}

// The first-load module, instantiated from the one early-downloads.js
// compiled while the page was parsed. Without it, or if that failed (a host
// that serves .wasm under another type cannot stream it), the glue fetches
// and compiles the wasm itself.
async function createCore(early) {
  const compiled = early && await early.catch(() => null);
  if (!compiled) return createImgcost();
  return new Promise((resolve, reject) => {
    createImgcost({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), reject);
        return {};
      },
    }).then(resolve, reject);
  });
}

// The compact catalog (docs/catalog.md#compact), as bytes for both modules:
// the download early-downloads.js started, else (or if it failed) its own.
async function fetchCatalog(early) {
  const bytes = early && await early.catch(() => null);
  if (bytes) return new Uint8Array(bytes);
  // The build names the catalog by its content (scripts/bundle-site.mjs).
  const name = document.querySelector('meta[name="imgcost-catalog"]')?.content || 'catalog.bin';
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
function makeEngine(core, catalog) {
  const coreCall = (fn, ...args) => {
    coreCalls += 1;
    document.documentElement.dataset.coreCalls = String(coreCalls);
    return fn(...args);
  };
  const text = (scenario) => JSON.stringify(scenario);
  let tools = null;
  let toolsReady = null;
  // A tool's reply, or null when a newer call of the same tool was made
  // meanwhile: each tool has one consumer, which shows only the latest.
  // data-tools-busy counts the calls on their way (tests wait for none).
  const latest = {};
  let busy = 0;
  const setBusy = (change) => {
    busy += change;
    if (busy) document.documentElement.dataset.toolsBusy = String(busy);
    else delete document.documentElement.dataset.toolsBusy;
  };
  const tool = async (name, ...args) => {
    if (!tools) throw new EngineError(`${name} needs the tools module: await loadTools() first`);
    const seq = (latest[name] = (latest[name] || 0) + 1);
    setBusy(1);
    try {
      // The reader's date last: a scenario without one is priced on it, as the answer is.
      const reply = await tools(name, ...args, today());
      return seq === latest[name] ? reply : null;
    } finally {
      setBusy(-1);
    }
  };
  let summary = null;
  let registry = null;
  // The comparison's rows the page holds, by model. When only volumes changed
  // the core sends just their figures (row_figures, in the new order), which
  // are written into these rows instead of every row being built again (issue 15).
  let rowsByModel = new Map();
  const withRows = (reply) => {
    if (reply.rows) {
      rowsByModel = new Map(reply.rows.map((row) => [row.model, row]));
    } else if (reply.row_figures) {
      reply.rows = reply.row_figures.map((figures) => Object.assign(rowsByModel.get(figures.model), figures));
      delete reply.row_figures;
    }
    return reply;
  };
  return {
    // The catalog summary (models, providers, services, dates) as of the
    // reader's date, made on first use: after a share link's first figure.
    get summary() {
      if (!summary) {
        const reply = coreCall(core.catalogSummary, today());
        if (!reply.ok) throw new EngineError(messages(reply));
        summary = reply;
      }
      return summary;
    },
    // The key registry, the breakdown's lines, the money rule and the
    // defaults: what the form is built from, made on first use, after a
    // share link's first figure.
    get registry() {
      registry ??= core.keys();
      return registry;
    },
    get defaults() {
      return this.registry.defaults;
    },
    // Everything the page shows after a change, from one parse of the
    // scenario: {result | errors, rows, url}.
    recompute: (scenario, view = {}) => withRows(coreCall(core.recompute, scenario, { today: today(), ...view })),
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
