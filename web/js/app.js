// The page's entry: loads the core, paints a share link's headline as soon as
// the core has priced it (issue 15), and hands over to the page (page.js).
// page.js is imported statically: loaded on demand (after a link's headline,
// or beside the core), it cut 13 KB gzip from what a share link's first
// figure fetched, but in A/B runs the first figure did not come sooner and
// the page took over 41-54 ms later.
import { loadEngine } from './engine.js';
import { paintHeadline } from './answer-headline.js';
import { $ } from './dom.js';
import { loadLocaleData } from './money.js';
import { startPage } from './page.js';

// A share link's answer, painted before the page builds its form and its
// comparison: the prerendered answer is the default scenario's and stays
// hidden ("linked"), so a link's first figure would otherwise wait for the
// whole page (issue 15). The core prices the link as the page then will
// (the comparison is left out of this call); a link it cannot price waits.
// The link is read without a fallback model, as the catalog summary is not
// made yet: one without a model, or with one the catalog lacks, is not priced
// here, and the page names what it used instead once it is built.
async function paintLinkAnswer(engine) {
  const link = engine.decodeLink(window.location.href, '');
  if (!link.ok) return;
  // The core fills in what the link leaves at its default.
  const reply = engine.recompute(link.scenario, { rows: false });
  if (!reply.ok || !reply.result) return;
  paintHeadline(reply.result, reply.today, null);  // its button works once the page is built
  document.documentElement.dataset.answered = '';
  await afterPaint();
}

// After the next frame (or a moment, where frames are not drawn: a hidden tab).
const afterPaint = () => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 100);
});

async function main() {
  try {
    const loading = loadEngine();
    loadLocaleData();  // while the wasm compiles and the catalog arrives
    const engine = await loading;
    if (document.documentElement.classList.contains('linked')) await paintLinkAnswer(engine);
    startPage(engine);
  } catch (error) {
    $('load-status').textContent = `The calculator could not start: ${error.message}`;
    $('load-status').classList.add('failed');
  }
}

main();
