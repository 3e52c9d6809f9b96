// Mix of use cases (issue 6): the scenario's usable images per month split
// across use cases, each with its own model, size and tier, priced by the
// core one by one and in total. Shares are typed in percent and sent as
// fractions; the core checks that they add up (its message shows beside the
// shares). Names are data: they go in as text only.
import { $, debounce, el } from './dom.js';
import { count, money, percent } from './money.js';
import { figure } from './figure.js';
import { readNumber, whenOpen } from './advisor-fields.js';

const MAX_ROWS = 8;
let nextId = 1;

export class MixPart {
  constructor(advisor) {
    this.advisor = advisor;
    this.summary = advisor.engine.summary;
    this.models = new Map(this.summary.models.map((m) => [m.id, m]));
    this.rows = [];
    this.update = whenOpen($('mix-part'), () => this.compute());
    this.soon = debounce(() => this.update(), 200);
    $('mix-rows').addEventListener('input', (event) => {
      if (event.target.name === 'model') this.rows.find((r) => r.node.contains(event.target))?.fillQualities();
      this.soon();
    });
    $('mix-add').addEventListener('click', () => {
      const row = this.addRow({ name: `Use case ${this.rows.length + 1}`, share: '', model: this.baseModel() });
      row.node.querySelector('input').focus();
      this.update();
    });
  }

  baseModel() {
    return this.advisor.scenario?.model || this.summary.models[0]?.id;
  }

  // The first time the fold opens: a small and a large use case on the
  // scenario's model, to edit.
  startRows() {
    const s = this.advisor.scenario || {};
    const m = this.models.get(s.model);
    this.addRow({ name: 'Thumbnails', share: 80, model: s.model, width: 512, height: 512, quality: m?.qualities[0] });
    this.addRow({ name: 'Hero images', share: 20, model: s.model, width: s.width || 1024, height: s.height || 1024,
      quality: m?.qualities[m.qualities.length - 1] });
  }

  refresh() {
    this.update();
  }

  addRow(values) {
    const row = new MixRow(nextId++, this, values);
    this.rows.push(row);
    $('mix-rows').append(row.node);
    this.renumber();
    return row;
  }

  removeRow(row) {
    const i = this.rows.indexOf(row);
    this.rows.splice(i, 1);
    row.node.remove();
    this.renumber();
    (this.rows[Math.min(i, this.rows.length - 1)]?.node.querySelector('button.remove') || $('mix-add')).focus();
    this.update();
  }

  renumber() {
    this.rows.forEach((r, i) => r.setIndex(i, this.rows.length));
    $('mix-add').disabled = this.rows.length >= MAX_ROWS;
  }

  async compute() {
    const scenario = this.advisor.scenario;
    if (!scenario) return;
    if (!this.rows.length && !this.started) {
      this.started = true;
      this.startRows();
    }
    for (const r of this.rows) r.clearErrors();
    $('mix-error').textContent = '';
    if (!this.rows.length) {
      $('mix-result').replaceChildren(el('p', { className: 'hint', text: 'Add a use case to split the volume.' }));
      return;
    }
    const mix = this.rows.map((r) => r.read());
    const reply = await this.advisor.engine.mix(scenario, { mix });
    if (!reply) return;  // superseded by a newer change
    if (!reply.ok) {
      this.showErrors(reply.errors);
      $('mix-part').classList.add('stale');
      return;
    }
    $('mix-part').classList.remove('stale');
    this.showResult(reply.mix);
  }

  // "mix[1].width" goes beside row 2's width; "mix" beside the shares.
  showErrors(errors) {
    const general = [];
    const codes = [];
    for (const { key, code, message } of errors) {
      const match = /^mix\[(\d+)\](?:\.(\w+))?/.exec(key);
      const row = match && this.rows[Number(match[1])];
      if (row) row.showError(match[2], message);
      else {
        general.push(message);
        codes.push(code);
      }
    }
    $('mix-error').textContent = general.join(' ');
    $('mix-error').dataset.codes = codes.join(' ');
    const shares = this.rows.map((r) => r.field('share'));
    for (const input of shares) {
      if (general.length) input.setAttribute('aria-invalid', 'true');
    }
  }

  showResult(mix) {
    const rows = mix.parts.map((p, i) => el('tr', {},
      el('th', { scope: 'row', text: p.name }),
      el('td', { className: 'num' }, figure(`mix.parts.${i}.share`, p.share, percent)),
      el('td', { className: 'num' }, figure(`mix.parts.${i}.images_per_month`, p.scenario.images_per_month, count)),
      el('td', {}, el('span', { className: 'model-name', text: p.result.model_name }),
        el('span', { className: 'provider', text: p.result.billed_as })),
      el('td', { className: 'num' }, figure(`mix.parts.${i}.cost_per_delivered_image`, p.result.cost_per_delivered_image, money)),
      el('td', { className: 'num' }, figure(`mix.parts.${i}.monthly.total`, p.result.monthly.total, money))));
    const t = mix.total;
    rows.push(el('tr', { className: 'total' },
      el('th', { scope: 'row', text: 'Total' }),
      el('td', { className: 'num', text: '' }),
      el('td', { className: 'num' }, figure('mix.total.images_per_month', t.images_per_month, count)),
      el('td', {}, el('span', { className: 'provider' }, 'All-in ', figure('mix.total.all_in_cost_per_image', t.all_in_cost_per_image, money), ' per image')),
      el('td', { className: 'num' }),
      el('td', { className: 'num' }, figure('mix.total.monthly.total', t.monthly.total, money))));
    $('mix-result').replaceChildren(
      el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'The mix priced' },
        el('table', { className: 'mix-table', id: 'mix-table' },
          el('caption', { text: 'Each use case and the mix in total, per month' }),
          el('thead', {}, el('tr', {}, ...['Use case', 'Share', 'Images', 'Model', 'Per delivered image', 'Monthly total']
            .map((h, i) => el('th', { scope: 'col', className: i === 0 || i === 3 ? '' : 'num', text: h })))),
          el('tbody', {}, ...rows))),
      el('p', { className: 'mix-summary' }, 'The mix costs ', figure('mix.total.annual_total', t.annual_total, money, 'strong'),
        ' a year.'));
  }
}

// One use case's inputs. Every input has its own visible label; the use
// case's number is in the label too, for screen readers.
class MixRow {
  constructor(id, part, values) {
    this.id = id;
    this.part = part;
    const fields = [
      this.input('name', 'Name', { type: 'text', maxlength: 60, value: values.name ?? '' }, 'wide'),
      this.input('share', 'Share (%)', { type: 'text', inputmode: 'decimal', value: values.share ?? '' }),
      this.select('model', 'Model', 'wide'),
      this.input('width', 'Width', { type: 'text', inputmode: 'numeric', value: values.width ?? '' }),
      this.input('height', 'Height', { type: 'text', inputmode: 'numeric', value: values.height ?? '' }),
      this.select('quality', 'Quality tier', 'wide'),
    ];
    this.legend = el('legend', {});
    this.remove = el('button', { type: 'button', className: 'advisor-button remove' });
    this.remove.addEventListener('click', () => part.removeRow(this));
    this.general = el('p', { className: 'error', id: `mix-${id}-error` });
    this.node = el('fieldset', { className: 'mix-row', 'data-row': id }, this.legend,
      el('div', { className: 'mix-fields' }, ...fields), this.general, el('p', { className: 'mix-remove' }, this.remove));
    this.fillModels(values.model);
    this.fillQualities(values.quality);
  }

  field(key) {
    return this.node.querySelector(`[name="${key}"]`);
  }

  labelled(key, text, control, wide) {
    const id = `mix-${this.id}-${key}`;
    control.id = id;
    // The shares' sum is checked for the whole mix: its message describes every share.
    control.setAttribute('aria-describedby', key === 'share' ? `${id}-error mix-error` : `${id}-error`);
    return el('div', { className: `field${wide ? ' wide' : ''}`, 'data-key': key },
      el('label', { for: id }, text, el('span', { className: 'visually-hidden row-number' })),
      control, el('p', { className: 'error', id: `${id}-error` }));
  }

  input(key, text, attrs, wide) {
    return this.labelled(key, text, el('input', { name: key, autocomplete: 'off', ...attrs }), wide);
  }

  select(key, text, wide) {
    return this.labelled(key, text, el('select', { name: key }), wide);
  }

  setIndex(i, total) {
    this.legend.textContent = `Use case ${i + 1}`;
    for (const span of this.node.querySelectorAll('.row-number')) span.textContent = ` of use case ${i + 1}`;
    this.remove.textContent = `Remove use case ${i + 1}`;
    this.remove.disabled = total <= 1;
  }

  fillModels(chosen) {
    const select = this.field('model');
    const summary = this.part.summary;
    const names = new Map(summary.providers.map((p) => [p.id, p.name]));
    const groups = new Map();
    for (const m of summary.models) {
      if (m.status === 'retired' && m.id !== chosen) continue;
      if (!groups.has(m.provider)) groups.set(m.provider, el('optgroup', { label: names.get(m.provider) || m.provider }));
      groups.get(m.provider).append(el('option', { value: m.id, text: m.name }));
    }
    select.replaceChildren(...groups.values());
    if (chosen === 'custom') select.append(el('option', { value: 'custom', text: 'Your custom model' }));
    if (chosen) select.value = chosen;
  }

  fillQualities(chosen) {
    const m = this.part.models.get(this.field('model').value);
    const select = this.field('quality');
    const current = chosen ?? select.value;
    const tiers = m ? m.qualities : [];
    select.replaceChildren(el('option', { value: '', text: m?.default_quality ? `Model default (${m.default_quality})` : 'Model default' }),
      ...tiers.map((q) => el('option', { value: q, text: q })));
    select.value = tiers.includes(current) ? current : '';
  }

  // The use case as the core takes it: every value as typed (the core reads
  // the share as a percentage, or names what is wrong), empty keys left out.
  read() {
    const out = { name: this.field('name').value };
    const share = readNumber(this.field('share').value);
    out.share = share ?? 0;  // as typed, a percentage: the core reads it
    out.model = this.field('model').value;
    for (const key of ['width', 'height']) {
      const v = readNumber(this.field(key).value);
      if (v !== undefined) out[key] = v;
    }
    if (this.field('quality').value) out.quality = this.field('quality').value;
    return out;
  }

  clearErrors() {
    for (const box of this.node.querySelectorAll('.error')) box.textContent = '';
    for (const input of this.node.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  }

  showError(key, message) {
    const input = key && this.field(key);
    const box = input ? $(`${input.id}-error`) : this.general;
    box.textContent = box.textContent ? `${box.textContent} ${message}` : message;
    if (input) input.setAttribute('aria-invalid', 'true');
  }
}
