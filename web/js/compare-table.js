// Every model priced for the same scenario (the core's compare), in a table
// sortable by its column headers. Rows that cannot deliver stay last whatever
// the order, and say why.
import { $, el } from './dom.js';
import { money, times } from './money.js';
import { figure, setFigure } from './figure.js';
import { sourceLink } from './sources.js';

const text = (v) => (v === undefined || v === null ? '' : String(v));

const COLUMNS = [
  { key: 'model_name', label: 'Model', kind: 'text' },
  { key: 'price_per_generation', label: 'Per generation', kind: 'number', format: money },
  { key: 'cost_per_usable_image', label: 'Per usable image', kind: 'number', format: money },
  { key: 'cost_per_delivered_image', label: 'Per delivered image', kind: 'number', format: money },
  { key: 'monthly_total', label: 'Monthly total', kind: 'number', format: money },
  // Only when the scenario grows: the first 12 months of its projection.
  { key: 'annual_total', label: '12 months with growth', kind: 'number', format: money, growth: true },
  { key: 'times_cheapest', label: '× the cheapest', kind: 'number', format: times },
  { key: 'billed_as', label: 'Billed as', kind: 'text', format: text },
  { key: 'structure', label: 'Pricing', kind: 'text' },
  { key: 'rating', label: 'Quality', kind: 'number' },
  { key: 'checked', label: 'Source', kind: 'text' },
];

export class CompareTable {
  // onSwitch(modelId): the reader chose a retiring model's successor.
  constructor(onSwitch = () => {}, providers = []) {
    this.onSwitch = onSwitch;
    this.sort = { key: 'cost_per_delivered_image', direction: 'ascending' };
    this.rows = [];
    this.drawn = new Map();  // model id → its row as last drawn: {tr, figures, shape}
    this.current = '';
    this.growth = false;
    $('filter-provider').append(...providers.map((p) => el('option', { value: p.id, text: p.name })));
    for (const id of ['filter-provider', 'filter-name']) $(id).addEventListener('input', () => this.renderBody());
    this.renderHead();
  }

  show(rows, currentModel) {
    this.rows = rows;
    this.current = currentModel;
    const growth = rows.some((r) => r.annual_with_growth);
    if (growth !== this.growth) {
      this.growth = growth;
      this.renderHead();
    }
    this.renderBody();
  }

  columns() {
    return COLUMNS.filter((c) => !c.growth || this.growth);
  }

  // The rows the filters keep (the chosen model always stays).
  visible(rows) {
    const provider = $('filter-provider').value;
    const name = $('filter-name').value.trim().toLowerCase();
    return rows.filter((r) => r.model === this.current || ((!provider || r.provider === provider)
      && (!name || `${r.model_name} ${r.model}`.toLowerCase().includes(name))));
  }

  renderHead() {
    $('compare-head').replaceChildren(...this.columns().map((column) => {
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
    const value = (row) => {
      if (key === 'checked') return row.price_source?.checked || '';
      if (key === 'rating') return row.quality ? row.quality.rating : -Infinity;
      return row[key];
    };
    const difference = (a, b) => (a === b ? 0 : a - b);
    const order = (a, b) => (column.kind === 'number' ? difference(value(a), value(b)) : text(value(a)).localeCompare(text(value(b))));
    return [...this.rows].sort((a, b) => (b.ok - a.ok) || sign * order(a, b)
      || a.cost_per_delivered_image - b.cost_per_delivered_image);
  }

  renderBody() {
    const rows = this.visible(this.sorted());
    const columns = this.columns();
    $('compare-rows').replaceChildren(...rows.map((row) => this.rowElement(row, columns)));
    const filtered = rows.length < this.rows.length;
    $('filter-count').textContent = filtered ? `${rows.length} of ${this.rows.length} models shown` : '';
  }

  // A row as drawn before, with its figures updated, when nothing else in it
  // changed (a change of the scenario mostly changes only the figures); a
  // new one otherwise. Drawing all 120 rows afresh took over 10 ms a change.
  rowElement(row, columns) {
    const shape = JSON.stringify([row.model === this.current, columns.length, row.ok, row.error, row.model_name,
      row.provider, row.status, row.status_text, row.successor, row.is_estimate, row.structure, row.quality,
      row.frontier, row.price_source, row.price_stale]);
    const drawn = this.drawn.get(row.model);
    if (drawn && drawn.shape === shape) {
      for (const [column, node] of drawn.figures) setFigure(node, row[column.key], column.format);
      return drawn.tr;
    }
    const fresh = { ...this.renderRow(row, columns), shape };
    this.drawn.set(row.model, fresh);
    return fresh.tr;
  }

  // The row's element and its figures' nodes, by column.
  renderRow(row, columns) {
    const tr = el('tr', { 'data-model': row.model, className: row.model === this.current ? 'current' : '' },
      el('th', { scope: 'row' }, el('span', { className: 'model-name', text: row.model_name }),
        el('span', { className: 'provider', text: row.provider }, ' ', statusBadge(row, this.onSwitch),
          row.is_estimate ? el('span', { className: 'badge estimate', text: 'estimate', title: 'Priced from compute time: an estimate' }) : null)));
    const figures = [];
    if (!row.ok) {
      tr.append(el('td', { colspan: columns.length - 2, className: 'cannot', text: row.error }),
        el('td', { className: 'col-source' }));
      return { tr, figures };
    }
    for (const column of columns.slice(1, columns.findIndex((c) => c.key === 'billed_as') + 1)) {
      const node = figure(column.key, row[column.key], column.format);
      figures.push([column, node]);
      tr.append(el('td', { className: `${column.kind === 'number' ? 'num' : 'detail'} col-${column.key}`, 'data-label': column.label }, node));
    }
    tr.append(el('td', { className: 'detail', 'data-label': 'Pricing', text: row.structure.replace(/_/g, ' ') }),
      qualityCell(row),
      el('td', { className: 'detail col-source', 'data-label': 'Source' },
        row.price_source ? sourceLink(row.price_source, row.model_name, row.price_stale) : 'your price'));
    return { tr, figures };
  }
}

// The rating with its 95% interval, the board and its date (a link), and
// whether a reseller row borrows its vendor's rating; "not rated" otherwise.
export function ratingText(q) {
  return `${q.rating} ± ${Math.max(q.rating - q.ci_low, q.ci_high - q.rating)}`;
}

function qualityCell(row) {
  const td = el('td', { className: 'num col-quality', 'data-label': 'Quality' });
  const q = row.quality;
  if (!q) {
    td.append(el('span', { className: 'not-rated', text: 'not rated' }));
    return td;
  }
  td.append(
    el('span', { 'data-result': 'rating', 'data-value': String(q.rating), 'data-low': String(q.ci_low),
      'data-high': String(q.ci_high), text: ratingText(q),
      title: `95% interval ${q.ci_low}–${q.ci_high}${q.votes ? `, ${q.votes.toLocaleString('en-US')} votes` : ''}` }),
    ' ',
    el('a', { href: q.source.url, className: 'rating-source', rel: 'noopener', target: '_blank',
      text: `LMArena ${q.source.as_of}` }));
  if (q.rated_as) td.append(el('span', { className: 'rated-as', text: ` (rated as ${q.rated_as})` }));
  if (row.frontier) td.append(' ', el('span', { className: 'badge frontier', text: 'frontier', title: 'On the price-quality frontier: no other model costs less and is rated higher' }));
  return td;
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
