// The scenario form: built from the core's key registry (fields.js), fills its
// choices from the catalog summary (only what the chosen model supports),
// reads it back as a scenario object, and shows the core's {key, code,
// message} errors beside their fields.
import { $, el } from './dom.js';
import { percent } from './money.js';
import { groupKeys, registryField } from './fields.js';
import { isEmbed } from './embed-mode.js';

const SERVICE_SELECTS = { upscaler: 'upscale', moderation: 'moderation', storage: 'storage', cdn: 'cdn' };
const STATUS_SUFFIX = { deprecated: ' (deprecated)', retired: ' (retired)', not_released: ' (not yet released)' };
// Usual sizes of pixel-priced models: [aspect ratio, width, height].
const COMMON_SIZES = [['1:1', 1024, 1024], ['1:1', 512, 512], ['1:1', 2048, 2048], ['3:2', 1216, 832],
  ['2:3', 832, 1216], ['16:9', 1344, 768], ['9:16', 768, 1344], ['4:3', 1152, 896], ['3:4', 896, 1152]];

export class ScenarioForm {
  constructor(summary, registry) {
    this.form = $('scenario-form');
    this.summary = summary;
    this.models = new Map(summary.models.map((m) => [m.id, m]));
    const scenarioKeys = registry.keys.filter((k) => k.scope === 'scenario');
    this.numeric = new Map(scenarioKeys.filter((k) => 'min' in k).map((k) => [k.key, k]));
    this.hints = new Map(scenarioKeys.map((k) => [k.key, k.description]));
    buildGroups(registry);
    this.fillModelSelect();
    this.fillServiceSelects();
    this.fillCurrencies();
    // 'input' fires before the form's own listener sees the event, so the
    // new width and height are in place when the page recomputes.
    $('f-size').addEventListener('input', () => this.applySizeChoice());
  }

  get model() {
    return $('f-model').value;
  }

  modelInfo() {
    return this.models.get(this.model);
  }

  fillModelSelect() {
    const select = $('f-model');
    const byProvider = new Map();
    for (const m of this.summary.models) {
      if (!byProvider.has(m.provider)) byProvider.set(m.provider, []);
      byProvider.get(m.provider).push(m);
    }
    const names = new Map(this.summary.providers.map((p) => [p.id, p.name]));
    for (const [provider, models] of byProvider) {
      const group = el('optgroup', { label: names.get(provider) || provider });
      for (const m of models) group.append(el('option', { value: m.id, text: m.name + (STATUS_SUFFIX[m.status] || '') }));
      select.append(group);
    }
    select.append(el('optgroup', { label: 'Your own' }, el('option', { value: 'custom', text: 'Custom model…' })));
  }

  // US dollars (the catalog's own, left out of links) and every currency of
  // the catalog's dated reference rates.
  fillCurrencies() {
    const select = $('f-currency');
    const names = new Intl.DisplayNames(undefined, { type: 'currency' });
    const codes = (this.summary.fx?.currencies || ['USD']).filter((c) => c !== 'USD');
    select.append(el('option', { value: '', text: `USD — ${names.of('USD')}` }),
      ...codes.map((c) => el('option', { value: c, text: `${c} — ${names.of(c)}` })));
    if (this.summary.fx) this.setHint('currency', `Reference rates of ${this.summary.fx.date} (European Central Bank).`);
  }

  fillServiceSelects() {
    for (const [name, kind] of Object.entries(SERVICE_SELECTS)) {
      const select = $(`f-${name}`);
      select.append(el('option', { value: '', text: 'None' }));
      for (const s of this.summary.services.filter((x) => x.kind === kind))
        select.append(el('option', { value: s.id, text: s.name + (STATUS_SUFFIX[s.status] || '') }));
    }
  }

  // A model-specific hint, or the registry's description when there is none.
  setHint(key, text) {
    const hint = $(`f-${key}-hint`);
    (hint.querySelector('.hint-text') || hint).textContent = text || this.hints.get(key) || '';
  }

  // Offers the chosen model's own sizes, tiers, steps and batch mode.
  applyModel() {
    const m = this.modelInfo();
    const custom = this.model === 'custom';
    this.show('custom_name', custom);
    this.fillSizes(m);
    this.fillQualities(m);
    this.show('steps', Boolean(m && m.uses_steps));
    $('f-steps').placeholder = m && m.default_steps ? String(m.default_steps) : '';
    this.show('prompt_tokens', Boolean(m && m.structure === 'tokens'));
    // A custom model's batch discount is the reader's (Custom prices), so its
    // batch share is always an input, as the CLI reads it.
    const batch = Boolean(m && m.has_batch) || custom;
    this.show('batch_share', batch);
    $('batch-none').hidden = batch;
    this.setHint('batch_share', m && m.has_batch
      ? `Batch mode costs ${percent(m.batch_discount)} less; results arrive later.`
      : custom ? 'Set your batch discount under Custom prices.' : '');
    this.describeModel(m, custom);
    this.describeUpscaler(m);
  }

  describeModel(m, custom) {
    if (custom) this.setHint('model', 'A model of your own: give its name and its price per image.');
    else this.setHint('model', m ? `${m.structure.replace(/_/g, ' ')} pricing · ${m.status}` : '');
  }

  describeUpscaler(m) {
    const own = m && m.upscaler ? this.summary.services.find((s) => s.id === m.upscaler) : null;
    $('f-upscaler').options[0].textContent = own ? `The model's own (${own.name})` : 'None';
  }

  // A model with exact sizes offers those; one priced by pixels or by a size
  // bound gets common sizes by aspect ratio (the core still says when one is
  // too large for it).
  fillSizes(m) {
    const exact = m ? m.sizes : [];
    const choices = exact.length ? exact.map((s) => [s, s.replace('x', ' × ')]) : (m ? COMMON_SIZES : []).map(commonSize);
    const select = $('f-size');
    select.replaceChildren(...choices.map(([value, text]) => el('option', { value, text })));
    select.append(el('option', { value: '', text: 'Other size (width × height below)' }));
    this.show('size', choices.length > 0);
    $('f-size-hint').textContent = exact.length ? 'The sizes this model offers.' : (m ? 'Common sizes by aspect ratio.' : '');
    let limit = '';
    if (m) limit = exact.length ? `Largest: ${m.largest_size}.` : `Any size up to ${m.largest_size}.`;
    this.setHint('width', limit);
    this.syncSizeChoice();
  }

  fillQualities(m) {
    const qualities = m ? m.qualities : [];
    const select = $('f-quality');
    const current = select.value;
    select.replaceChildren(...qualities.map((q) => el('option', { value: q, text: q })));
    select.value = qualities.includes(current) ? current : (m && m.default_quality) || qualities[0] || '';
    this.show('quality', qualities.length > 0);
    this.setHint('quality', qualities.length ? `Default: ${m.default_quality}.` : '');
  }

  applySizeChoice() {
    const value = $('f-size').value;
    if (!value) return;
    const [w, h] = value.split('x');
    $('f-width').value = w;
    $('f-height').value = h;
  }

  // Shows the size list's entry for the typed width × height, or "other".
  syncSizeChoice() {
    const select = $('f-size');
    const typed = `${$('f-width').value.trim()}x${$('f-height').value.trim()}`;
    select.value = [...select.options].some((o) => o.value === typed) ? typed : '';
  }

  show(key, visible) {
    const field = this.form.querySelector(`.field[data-key="${key}"]`);
    if (field) field.hidden = !visible;
  }

  fields() {
    return [...this.form.elements].filter((e) => e.name && !e.disabled);
  }

  // The form as a scenario: empty fields are left out (the core's default),
  // numbers that do not parse go to the core as text so it names the problem.
  read() {
    const scenario = {};
    for (const field of this.fields()) {
      if (field.closest('.field')?.hidden) continue;
      const raw = field.value.trim();
      if (raw === '') continue;
      // As typed: the core reads "30%", "20k" or "20,000" by the key's unit.
      scenario[field.name] = raw;
    }
    const m = this.modelInfo();
    if (m && scenario.quality === m.default_quality) delete scenario.quality;
    return scenario;
  }

  // Fills every field from a scenario (defaults merged in by the caller).
  write(scenario) {
    $('f-model').value = this.models.has(scenario.model) || scenario.model === 'custom' ? scenario.model : $('f-model').value;
    for (const field of this.fields()) {
      if (field.name === 'model' || field.name === 'quality') continue;
      const v = scenario[field.name];
      field.value = v === undefined || v === null ? '' : shownValue(this.numeric.get(field.name), v);
    }
    this.applyModel();
    this.writeQuality(scenario.quality);
    this.syncSizeChoice();
  }

  // A tier the model lacks (an old or edited link) is named in a notice and
  // left out of the scenario, so the core prices the model's default tier:
  // the control shows that tier rather than going blank.
  writeQuality(quality) {
    const select = $('f-quality');
    if (!quality) return;
    if ([...select.options].some((o) => o.value === quality)) select.value = quality;
    else select.value = this.modelInfo()?.default_quality || select.options[0]?.value || '';
  }

  // With no upscaler chosen and none of the model's own, the core prices
  // upscales with the cheapest available one and says so; the empty choice
  // then names it, so the control shows the upscaler the figures use.
  showUpscalerUsed(result) {
    const m = this.modelInfo();
    if (m?.upscaler) return;  // describeUpscaler() already names the model's own
    const select = $('f-upscaler');
    const used = !select.value && result.upscaler ? this.summary.services.find((s) => s.id === result.upscaler) : null;
    select.options[0].textContent = used ? `Cheapest available (${used.name})` : 'None';
  }

  // Marks each field the core named; returns the messages with no field here.
  showErrors(errors) {
    this.clearErrors();
    const elsewhere = [];
    for (const { key, code, message } of errors) {
      const input = $(`f-${key}`);
      const box = $(`f-${key}-error`);
      if (!input || !box || input.closest('.field')?.hidden) {
        elsewhere.push(message);
        continue;
      }
      box.textContent = box.textContent ? `${box.textContent} ${message}` : message;
      box.dataset.codes = `${box.dataset.codes || ''} ${code}`.trim();
      input.setAttribute('aria-invalid', 'true');
      input.closest('details')?.setAttribute('open', '');
    }
    return elsewhere;
  }

  clearErrors() {
    for (const box of this.form.querySelectorAll('.error')) {
      box.textContent = '';
      delete box.dataset.codes;
    }
    for (const input of this.form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  }
}

// One fieldset per scenario group of the registry; the custom prices fold
// away; the size list (a view of width × height, not a key) sits before them.
// The registry's essential inputs come first (the answer needs nothing else);
// every other group folds under "More inputs", open on the full page and
// closed in an embed, where the reader's first screen is the answer.
function buildGroups(registry) {
  const essentials = el('fieldset', { 'data-group': 'essentials' }, el('legend', { text: 'Model, size and volume' }));
  for (const spec of registry.keys.filter((k) => k.scope === 'scenario' && k.essential)) {
    if (spec.key === 'width') essentials.append(sizeField());
    essentials.append(registryField(spec));
  }
  const more = el('details', { className: 'more-inputs', id: 'more-inputs', open: !isEmbed() },
    el('summary', { text: 'More inputs' }));
  $('form-groups').append(essentials, more);
  const box = more;
  for (const group of registry.groups.filter((g) => g.scope === 'scenario')) {
    const fields = groupKeys(registry, group.id).filter((spec) => !spec.essential).map((spec) => registryField(spec));
    if (!fields.length) continue;
    if (group.id === 'custom_prices') {
      box.append(el('details', { className: 'custom-prices', id: 'custom-prices' },
        el('summary', {}, `${group.legend} `, el('span', { id: 'custom-count', className: 'count' })),
        el('p', { className: 'hint', text: 'Negotiated rates replace catalog prices for the chosen model. Leave a field empty to use the catalog price. To price a model that is not in the catalog, choose “Custom model” above and give its price per image here.' }),
        el('div', { className: 'override-fields', id: 'override-fields' }, ...fields)));
      continue;
    }
    const set = el('fieldset', { 'data-group': group.id }, el('legend', { text: group.legend }));
    if (group.id === 'batch') set.append(el('p', { className: 'hint', id: 'batch-none', text: 'This model has no batch mode.' }));
    set.append(...fields);
    box.append(set);
  }
  $('f-custom_name').closest('.field').hidden = true;
}

function sizeField() {
  return el('div', { className: 'field', 'data-key': 'size' },
    el('label', { for: 'f-size', text: 'Size' }),
    el('select', { id: 'f-size', 'aria-describedby': 'f-size-hint' }),
    el('p', { className: 'hint', id: 'f-size-hint' }));
}

// A share (a fraction in the core and in links) is shown as a percentage.
function shownValue(spec, v) {
  if (spec?.unit === 'share' && typeof v === 'number') return String(Number((v * 100).toPrecision(12)));
  return String(v);
}

function commonSize([ratio, width, height]) {
  const megapixels = (width * height / 1e6).toFixed(2);
  return [`${width}x${height}`, `${ratio} · ${width} × ${height} (${megapixels} MP)`];
}
