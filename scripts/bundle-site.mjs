// Bundles the page of a built site (issue 15) and flattens its first load:
//   - the page's ES modules (web/js/) into one minified entry module and the
//     chunks it shares with the on-demand advisor, by esbuild;
//   - style.css, tools.css and advisor.css into one minified stylesheet;
//   - every file the page loads gets a content-hashed name (name.<hash>.ext):
//     the JS, the CSS, both wasm modules and their glue, the compact catalog; a host
//     may then cache them for good (tests/web/server.mjs sends `immutable`);
//   - index.html names them: <meta name="imgcost-core"> and
//     <meta name="imgcost-catalog"> for the early script that fetches the
//     wasm and the catalog from <head> (web/js/early-downloads.js), and
//     <link rel="modulepreload"> for every first-load module, so the browser
//     learns the whole first load from the HTML.
// index.html, sw.js, embed.js and favicon.svg keep their names (articles and
// browsers ask for them by name).
//
// Usage: node scripts/bundle-site.mjs SITE_DIR   (run from the repository)
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const site = process.argv[2];
if (!site) throw new Error('usage: bundle-site.mjs SITE_DIR');
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 10);
const hashed = (name, data) => name.replace(/(\.[a-z]+)$/, `.${hash(data)}$1`);

// Writes `data` under its hashed name, removes `name`, returns the new name.
function emit(name, data) {
  const out = hashed(name, data);
  writeFileSync(join(site, out), data);
  if (out !== name) rmSync(join(site, name), { force: true });
  return out;
}

// The wasm modules, then their glue, which names its wasm file.
const glue = {};
for (const base of ['imgcost', 'imgcost-tools']) {
  const wasm = readFileSync(join(site, `${base}.wasm`));
  const wasmName = hashed(`${base}.wasm`, wasm);
  renameSync(join(site, `${base}.wasm`), join(site, wasmName));
  // Emscripten leaves its glue unminified (whitespace, local names): a third
  // of its gzip size on the first figure's path.
  const source = readFileSync(join(site, `${base}.js`), 'utf8');
  const text = process.env.NO_MINIFY ? source
    : (await esbuild.transform(source, { minify: true, loader: 'js', format: 'esm', target: 'es2022' })).code;
  const quoted = new RegExp(`(["'])${base.replace('-', '\\-')}\\.wasm\\1`, 'g');
  if (!quoted.test(text)) throw new Error(`${base}.js does not name ${base}.wasm`);
  glue[base] = emit(`${base}.js`, text.replace(quoted, `"${wasmName}"`));
}
// The compact catalog the page loads; catalog.json keeps its name (it is
// published for readers, not loaded by the page).
const catalog = emit('catalog.bin', readFileSync(join(site, 'catalog.bin')));

// The page's modules, from web/js into the site's js/ (the copies go).
rmSync(join(site, 'js'), { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: ['web/js/app.js', 'web/js/tools-worker.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: process.env.NO_MINIFY ? false : true,
  target: 'es2022',
  outdir: join(site, 'js'),
  entryNames: '[name].[hash]',
  chunkNames: '[name].[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [{
    name: 'wasm-glue',
    setup(build) {
      // The glue stays its own file (it finds its wasm from import.meta.url).
      build.onResolve({ filter: /^\.\.\/imgcost(-tools)?\.js$/ }, (args) => ({
        path: `../${glue[args.path.slice(3, -3)]}`, external: true,
      }));
    },
  }],
});
const outputs = result.metafile.outputs;
const rel = (path) => path.slice(site.length).replace(/^\/+/, '');
const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint === 'web/js/app.js');
// Every module the entry imports statically, transitively: the first load.
const firstLoad = new Set();
const walk = (out) => {
  for (const i of outputs[out].imports) {
    if (i.kind !== 'import-statement' || i.external || firstLoad.has(i.path)) continue;
    firstLoad.add(i.path);
    walk(i.path);
  }
};
walk(entry);

// The two classic scripts of <head> as one file: one request before the first paint.
const earlyScripts = ['web/js/embed-early.js', 'web/js/early-downloads.js'];
const earlyJs = (await esbuild.transform(earlyScripts.map((f) => readFileSync(f, 'utf8')).join('\n'),
  { minify: true, loader: 'js' })).code;
const early = emit('js/early.js', earlyJs);

const sheets = ['style.css', 'tools.css', 'advisor.css'];
const css = (await esbuild.transform(sheets.map((s) => readFileSync(join(site, s), 'utf8')).join('\n'),
  { loader: 'css', minify: true, legalComments: 'none' })).code;
sheets.forEach((s) => rmSync(join(site, s)));
const style = emit('style.css', css);

const path = join(site, 'index.html');
let html = readFileSync(path, 'utf8');
const swap = (from, to) => {
  if (!html.includes(from)) throw new Error(`index.html: ${from} not found`);
  html = html.replace(from, to);
};
swap('<link rel="stylesheet" href="style.css">\n<link rel="stylesheet" href="tools.css">\n<link rel="stylesheet" href="advisor.css">',
  `<link rel="stylesheet" href="${style}">`);
swap('<script src="js/embed-early.js"></script>\n<script src="js/early-downloads.js"></script>', `<script src="${early}"></script>`);
// The wasm and the catalog are not preloaded: the early script fetches them
// (early-downloads.js) and reads their names here, above it. A preload beside
// that fetch would be a second download.
const wasmFile = readFileSync(join(site, glue.imgcost), 'utf8').match(/"(imgcost\.[0-9a-f]+\.wasm)"/)[1];
swap('<meta name="referrer" content="no-referrer">', '<meta name="referrer" content="no-referrer">\n' +
  `<meta name="imgcost-core" content="${wasmFile}">\n<meta name="imgcost-catalog" content="${catalog}">`);
const preloads = [
  ...[entry, ...firstLoad].map((m) => `<link rel="modulepreload" href="${rel(m)}">`),
  `<link rel="modulepreload" href="${glue.imgcost}">`,
];
// The preloads go after the stylesheet and the classic script that block the
// parser and the first paint, which are small: asked for first, over HTTP/1.1's
// six connections per host they came in behind the wasm, the catalog and the
// modules and held the first paint back by about 50 ms (issue 15). The
// preload scanner still finds the preloads while the parser waits.
swap(`<script src="${early}"></script>`, `<script src="${early}"></script>\n${preloads.join('\n')}`);
swap('<script type="module" src="js/app.js"></script>', `<script type="module" src="${rel(entry)}"></script>`);
// The advisor's Worker (engine.js): named here, fetched only on demand.
const worker = Object.keys(outputs).find((o) => outputs[o].entryPoint === 'web/js/tools-worker.js');
swap('<meta name="referrer" content="no-referrer">', `<meta name="referrer" content="no-referrer">\n<meta name="imgcost-tools-worker" content="${rel(worker)}">`);
writeFileSync(path, html);

const later = Object.keys(outputs).filter((o) => o !== entry && !firstLoad.has(o) && o.endsWith('.js'));
console.log(`bundle: ${rel(entry)} + ${firstLoad.size} first-load chunks, ${later.length} on demand; ${style}; ${catalog}; ${glue.imgcost}, ${glue['imgcost-tools']}`);
