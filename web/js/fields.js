// Form fields generated from the core's key registry (docs/interfaces.md#keys):
// every input's label, hint, range and default come from the core, so the page
// never describes a key by hand. Catalog ids and tiers are selects (filled by
// form.js from the catalog); numbers and names are text inputs.
import { el } from './dom.js';

const SELECT_KEYS = new Set(['model', 'quality', 'upscaler', 'moderation', 'storage', 'cdn', 'currency']);
const DECIMAL = { pixels: 'numeric', months: 'numeric' };

// The field of one registry key: label, control, hint and error box, with
// ids `${prefix}-${key}`, `-hint` and `-error`.
export function registryField(spec, prefix = 'f') {
  const id = `${prefix}-${spec.key}`;
  const describedBy = `${id}-hint ${id}-error`;
  const control = SELECT_KEYS.has(spec.key)
    ? el('select', { id, name: spec.key, 'aria-describedby': describedBy })
    : el('input', {
      id, name: spec.key, type: 'text', autocomplete: 'off', 'aria-describedby': describedBy,
      inputmode: spec.unit === 'text' ? undefined : (spec.integer ? 'numeric' : DECIMAL[spec.unit] || 'decimal'),
      maxlength: spec.unit === 'text' && spec.max_length ? spec.max_length : undefined,
      placeholder: typeof spec.default === 'number' ? (spec.unit === 'share' ? String(spec.default * 100) : String(spec.default)) : undefined,
    });
  return el('div', { className: 'field', 'data-key': spec.key, 'data-unit': spec.unit },
    el('label', { for: id, text: spec.label }),
    spec.unit === 'share' ? el('span', { className: 'with-unit' }, control, el('span', { className: 'unit', 'aria-hidden': 'true', text: '%' })) : control,
    el('p', { className: 'hint', id: `${id}-hint` },
      el('span', { className: 'hint-text', text: spec.description }),
      spec.range && spec.unit !== 'text' && spec.unit !== 'catalog id'
        ? el('span', { className: 'range', text: ` Allowed: ${spec.range}. Empty: ${spec.default_text}.` }) : null),
    el('p', { className: 'error', id: `${id}-error` }));
}

// The keys of one form group, in registry order.
export function groupKeys(registry, group) {
  return registry.keys.filter((k) => k.group === group);
}
