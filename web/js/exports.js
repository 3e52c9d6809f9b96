// Exports of what is on screen: the core writes every table (CSV at full
// precision, Markdown as the page formats money); this module only saves them.
import { $, el } from './dom.js';

const EXPORTS = [
  { id: 'export-compare-csv', format: 'compare-csv', file: 'imgcost-comparison.csv', type: 'text/csv' },
  { id: 'export-estimate-csv', format: 'estimate-csv', file: 'imgcost-answer.csv', type: 'text/csv' },
  { id: 'export-projection-csv', format: 'projection-csv', file: 'imgcost-projection.csv', type: 'text/csv' },
  { id: 'export-markdown', format: 'markdown', file: 'imgcost-report.md', type: 'text/markdown' },
  { id: 'export-json', format: 'json', file: 'imgcost-scenario.json', type: 'application/json' },
];

export function download(text, file, type) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = el('a', { href: url, download: file, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Wires the page's export buttons (index.html, by id). getState() ->
// {scenario, includeRetired}: the scenario whose figures are on screen and
// whether the comparison shows retired models.
export function wireExportButtons(engine, getState, status) {
  for (const x of EXPORTS) {
    const button = $(x.id);
    button.disabled = false;
    button.addEventListener('click', async () => {
      const { scenario, includeRetired } = getState();
      if (x.format !== 'json') await engine.loadTools();
      if (x.format === 'json') {
        download(`${JSON.stringify(scenario, null, 2)}\n`, x.file, x.type);
      } else {
        const reply = await engine.exportTables(scenario, x.format, includeRetired);
        if (!reply) return;  // a later click's export replaces this one
        if (!reply.ok) {
          status.textContent = `Export failed: ${reply.errors.map((e) => e.message).join(' ')}`;
          return;
        }
        download(reply.text, x.file, x.type);
      }
      status.textContent = `Saved ${x.file}.`;
    });
  }
}
