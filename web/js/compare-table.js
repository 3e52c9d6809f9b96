// Every model priced for the same scenario (the core's compare), in a table
// sortable by its column headers. Rows that cannot deliver stay last whatever
// the order, and say why.
import { $, el } from './dom.js';
import { money, times } from './money.js';
import { figure, sourceLink } from './results.js';

const text = (v) => (v === undefined || v === null ? '' : String(v));

const COLUMNS = [
  { key: 'model_name', label: 'Model', kind: 'text' },
  { key: 'price_per_generation', label: 'Per generation', kind: 'number', format: money },
  { key: 'cost_per_usable_image', label: 'Per usable image', kind: 'number', format: money },
  { key: 'cost_per_delivered_image', label: 'Per delivered image', kind: 'number', format: money },
  { key: 'monthly_total', label: 'Monthly total', kind: 'number', format: money },
  { key: 'times_cheapest', label: '× the cheapest', kind: 'number', format: times },
  { key: 'billed_as', label: 'Billed as', kind: 'text', format: text },
  { key: 'structure', label: 'Pricing', kind: 'text' },
  { key: 'checked', label: 'Source', kind: 'text' },
];

export class CompareTable {
  // onSwitch(modelId): the reader chose a retiring model's successor.
  constructor(onSwitch = () => {}) {
    this.onSwitch = onSwitch;
    this.sort = { key: 'cost_per_delivered_image', direction: 'ascending' };
    this.rows = [];
    this.current = '';
    this.renderHead();
  }

  show(rows, currentModel) {
    this.rows = rows;
    this.current = currentModel;
    this.renderBody();
  }

  renderHead() {
    $('compare-head').replaceChildren(...COLUMNS.map((column) => {
      const sorted = this.sort.key === column.key;
      const arrow = sorted ? (this.sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
      const button = el('button', { type: 'button', className: 'sort' }, column.label,
        el('span', { className: 'arrow', 'aria-hidden': 'true', text: arrow }));
      button.addEventListener('click', () => this.sortBy(column.key));
      return el('th', { scope: 'col', 'aria-sort': sorted ? this.sort.direction : undefined,
        className: column.kind === 'number' ? 'num' : '' }, button);
    }));
  }

  sortBy(key) {
    const same = this.sort.key === key;
    this.sort = { key, direction: same && this.sort.direction === 'ascending' ? 'descending' : 'ascending' };
    this.renderHead();
    this.renderBody();
    $('compare-head').querySelector(`th[aria-sort] button`).focus();
  }

  sorted() {
    const { key, direction } = this.sort;
    const column = COLUMNS.find((c) => c.key === key);
    const sign = direction === 'ascending' ? 1 : -1;
    const value = (row) => (key === 'checked' ? row.price_source?.checked || '' : row[key]);
    const order = (a, b) => (column.kind === 'number' ? value(a) - value(b) : text(value(a)).localeCompare(text(value(b))));
    return [...this.rows].sort((a, b) => (b.ok - a.ok) || sign * order(a, b)
      || a.cost_per_delivered_image - b.cost_per_delivered_image);
  }

  renderBody() {
    $('compare-rows').replaceChildren(...this.sorted().map((row) => this.renderRow(row)));
  }

  renderRow(row) {
    const tr = el('tr', { 'data-model': row.model, className: row.model === this.current ? 'current' : '' },
      el('th', { scope: 'row' }, el('span', { className: 'model-name', text: row.model_name }),
        el('span', { className: 'provider', text: row.provider }, ' ', statusBadge(row, this.onSwitch))));
    if (!row.ok) {
      tr.append(el('td', { colspan: COLUMNS.length - 2, className: 'cannot', text: row.error }),
        el('td', { className: 'col-source' }));
      return tr;
    }
    for (const column of COLUMNS.slice(1, 7)) {
      tr.append(el('td', { className: `${column.kind === 'number' ? 'num' : 'detail'} col-${column.key}`, 'data-label': column.label },
        figure(column.key, row[column.key], column.format)));
    }
    tr.append(el('td', { className: 'detail', 'data-label': 'Pricing', text: row.structure.replace(/_/g, ' ') }),
      el('td', { className: 'detail col-source', 'data-label': 'Source' },
        row.price_source ? sourceLink(row.price_source, row.model_name, row.price_stale) : 'your price'));
    return tr;
  }
}

// Only a model that needs attention (deprecated, retired, not yet released)
// gets a badge, with its dates ("shuts down on 2026-12-01, in 1 day") and its
// successor one click away.
function statusBadge(row, onSwitch) {
  if (row.status === 'active') return null;
  const badge = el('span', { className: `badge status-${row.status}`, text: row.status_text || row.status });
  if (!row.successor) return badge;
  const go = el('button', { type: 'button', className: 'successor', text: `Switch to ${row.successor}` });
  go.addEventListener('click', () => onSwitch(row.successor));
  return el('span', {}, badge, ' ', go);
}
