// Use-case presets: sensible inputs for common jobs. They fill the form only;
// the model stays, and its own tiers decide what "cheapest" or "best" means.
import { $, el } from './dom.js';

const first = (m) => m?.qualities[0];
const last = (m) => m?.qualities[m.qualities.length - 1];
const standard = (m) => m?.default_quality;

// The model's largest exact size, for jobs that want as many pixels as it offers.
function largest(m, fallback) {
  const match = /^(\d+)x(\d+)$/.exec(m?.largest_size || '');
  return match ? { width: Number(match[1]), height: Number(match[2]) } : fallback;
}

export const PRESETS = [
  {
    id: 'thumbnail', label: 'Thumbnail',
    values: (m) => ({ width: 512, height: 512, quality: first(m), images_per_month: 5000, acceptance_rate: 0.9,
      image_mb: 0.08, retention_months: 12, views_per_image: 50, storage: 'cloudflare/r2-standard', cdn: 'cloudflare/r2-egress' }),
  },
  {
    id: 'hero', label: 'Hero image',
    values: (m) => ({ width: 1536, height: 1024, quality: last(m), images_per_month: 60, acceptance_rate: 0.25,
      edits_per_image: 1, image_mb: 1.2, retention_months: 24, views_per_image: 20000,
      storage: 'aws/s3-standard', cdn: 'aws/cloudfront-us' }),
  },
  {
    id: 'print', label: 'Print-ready asset',
    values: (m) => ({ ...largest(m, { width: 2048, height: 2048 }), quality: last(m), images_per_month: 100,
      acceptance_rate: 0.5, edits_per_image: 0.5, upscale_share: 1, image_mb: 12, retention_months: 60,
      views_per_image: 2, storage: 'aws/s3-standard' }),
  },
  {
    id: 'catalog', label: 'Product catalog, overnight batch',
    values: (m) => ({ width: 1024, height: 1024, quality: standard(m), images_per_month: 20000, acceptance_rate: 0.8,
      batch_share: 1, moderation: 'openai/omni-moderation-latest', image_mb: 0.5, retention_months: 24,
      views_per_image: 100, storage: 'cloudflare/r2-standard', cdn: 'cloudflare/r2-egress' }),
  },
];

// Buttons that call apply(values) with the preset's inputs for the current
// model; service ids the catalog lacks are dropped rather than failing.
export function buildPresetButtons(summary, currentModel, apply) {
  const services = new Set(summary.services.map((s) => s.id));
  const serviceKeys = ['upscaler', 'moderation', 'storage', 'cdn'];
  const buttons = PRESETS.map((preset) => {
    const button = el('button', { type: 'button', className: 'preset', text: preset.label });
    button.addEventListener('click', () => {
      const values = preset.values(summary.models.find((m) => m.id === currentModel()));
      for (const key of serviceKeys) if (values[key] && !services.has(values[key])) delete values[key];
      apply(values);
    });
    return button;
  });
  $('preset-buttons').replaceChildren(...buttons);
}
