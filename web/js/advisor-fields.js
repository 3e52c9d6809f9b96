// Inputs of the advisor's own (assumptions, budgets): read as numbers for the
// core, the core's errors shown beside them; and folds that compute only
// while open.
import { $ } from './dom.js';

// Empty: left out (the core's default); else the text as typed: the core
// reads it by the option's unit ("50" in a % field is 50%) or names what is
// wrong with it.
export function readNumber(raw) {
  const text = raw.trim();
  return text === '' ? undefined : text;
}

// Options read from inputs named by key (id a-<key>).
export function readOptions(keys) {
  const options = {};
  for (const key of keys) {
    const v = readNumber($(`a-${key}`).value);
    if (v !== undefined) options[key] = v;
  }
  return options;
}

// The core's {key, message} errors beside the a-<key> fields; returns the
// messages that have no field here.
export function showOptionErrors(keys, errors) {
  const elsewhere = [];
  for (const key of keys) {
    $(`a-${key}-error`).textContent = '';
    delete $(`a-${key}-error`).dataset.codes;
    $(`a-${key}`).removeAttribute('aria-invalid');
  }
  for (const { key, code, message } of errors) {
    if (!keys.includes(key)) {
      elsewhere.push(message);
      continue;
    }
    const box = $(`a-${key}-error`);
    box.textContent = box.textContent ? `${box.textContent} ${message}` : message;
    box.dataset.codes = `${box.dataset.codes || ''} ${code}`.trim();
    $(`a-${key}`).setAttribute('aria-invalid', 'true');
  }
  return elsewhere;
}

// A section that recomputes only while its <details> is open; opening it
// brings it up to date.
export function whenOpen(details, refresh) {
  let dirty = true;
  details.addEventListener('toggle', () => {
    if (details.open && dirty) {
      dirty = false;
      refresh();
    }
  });
  return () => {
    if (details.open) {
      dirty = false;
      refresh();
    } else {
      dirty = true;
    }
  };
}
