// A figure on the page: its formatted text, with data-result (its JSON key)
// and data-value (the raw number), docs/interfaces.md#page.
import { el } from './dom.js';

// One figure: the formatted text, the JSON key and the raw value.
export function figure(key, value, format, tag = 'span') {
  return setFigure(el(tag, { 'data-result': key }), value, format);
}

// A figure's node (from figure()) showing a new value.
export function setFigure(node, value, format) {
  if (value === undefined || value === null || value === false) node.removeAttribute('data-value');
  else node.setAttribute('data-value', value === true ? '' : String(value));
  node.textContent = format(value);
  return node;
}
