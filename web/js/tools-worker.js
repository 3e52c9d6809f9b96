// The advisor and exports module (imgcost-tools) runs in this Worker, off the
// page's main thread (issue 15): typing never waits for advice, a budget, the
// sensitivity charts or an export. The page talks to it through engine.js:
// {id, fn, args} in, {id, reply} or {id, error} out; replies are parsed here.
import createImgcostTools from '../imgcost-tools.js';

let tools = null;

async function run(fn, args) {
  if (fn === 'start') {
    tools = await createImgcostTools();
    return JSON.parse(tools.loadCatalog(...args));
  }
  if (!tools) throw new Error(`${fn} before start`);
  return JSON.parse(tools[fn](...args));
}

self.onmessage = async ({ data: { id, fn, args } }) => {
  try {
    self.postMessage({ id, reply: await run(fn, args) });
  } catch (error) {
    self.postMessage({ id, error: error.message || String(error) });
  }
};
