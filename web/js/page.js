// The page: wires the form, the answer and the comparison to the core.
// Every figure comes from the core's replies; this file only routes them.
// app.js starts it once the core is loaded (and a share link's headline is painted).
import { $, debounce, el, whenIdle } from './dom.js';
import { ScenarioForm } from './form.js';
import { paintHeadline } from './answer-headline.js';
import { renderResultDetails, setBreakdownLines } from './answer-details.js';
import { CompareTable } from './compare-table.js';
import { renderQuality } from './quality-chart.js';
import { nameCurrency, overrideKeys, reflectOverrides, showCatalogPrices } from './custom-prices.js';
import { buildPresetButtons } from './presets.js';
import { writeUrl } from './state.js';
import { linkScenario, startTools, unheldNotices } from './tools.js';
import { money } from './money.js';
import { advisorOnDemand } from './on-demand.js';
import { renderNotAvailable, renderPricesUsed } from './sources.js';
import { renderHistory, renderTrend } from './time-views.js';

// The page built over the loaded core; it takes over the answer.
export function startPage(engine) {
  new Page(engine).start();
}

class Page {
  constructor(engine) {
    this.engine = engine;
    this.hasResult = false;
    this.overrides = overrideKeys(engine.registry);
    setBreakdownLines(engine.registry.breakdown);
    this.form = new ScenarioForm(engine.summary, engine.registry);
    this.table = new CompareTable((id) => this.switchModel(id), engine.summary.providers.filter((p) => engine.summary.models.some((m) => m.provider === p.id)));
    this.scheduleUpdate = debounce(() => this.update(), 150);
  }

  start() {
    showCatalog(this.engine.summary);
    renderNotAvailable(this.engine.summary);
    buildPresetButtons(this.engine.summary, () => this.form.model, (values) => this.applyPreset(values));
    const { scenario, notices } = linkScenario(this.engine);
    this.form.write({ ...this.engine.defaults, ...scenario });
    showNotices([...notices, ...unheldNotices(scenario, this.form)]);
    // A link that carries a negotiated price shows it, not only its count.
    if (this.overrides.some((key) => scenario[key] !== undefined)) $('custom-prices').open = true;
    this.tools = startTools(this);
    $('scenario-form').addEventListener('input', (event) => this.onInput(event));
    $('scenario-form').addEventListener('submit', (event) => event.preventDefault());
    $('show-retired').addEventListener('change', () => this.update());
    discardPrerender();
    this.update();
    document.documentElement.dataset.ready = '';
    $('load-status').hidden = true;
    // The market view is the catalog's, not the scenario's: computed once,
    // when the page is idle after its first figure.
    whenIdle(() => {
      const trend = this.engine.trend();
      if (trend.ok) renderTrend(trend.trend);
    }, 1000);
    // The advisor (its JS and its wasm module) loads on demand; it then prices
    // what is shown.
    advisorOnDemand(this);
  }

  onInput(event) {
    const target = event.target;
    if (target.id === 'f-model') this.form.applyModel();
    if (target.name === 'width' || target.name === 'height') this.form.syncSizeChoice();
    if (target.tagName === 'SELECT') this.update();
    else this.scheduleUpdate();
  }

  // A preset replaces the inputs but keeps the model and any custom prices.
  applyPreset(values) {
    const current = this.form.read();
    const kept = Object.fromEntries(Object.entries(current)
      .filter(([key]) => key === 'model' || key === 'custom_name' || this.overrides.includes(key)));
    this.form.write({ ...this.engine.defaults, ...kept, ...values });
    this.update();
  }

  // One call into the core per change: the answer, the comparison and the
  // share link come back together. The headline figures paint in this task;
  // the rest of the reply (details, charts, the comparison) follows after
  // that frame, so a change shows within a frame (issue 15).
  update() {
    const scenario = this.form.read();
    reflectOverrides(scenario, this.overrides);
    const reply = this.engine.recompute(scenario, { include_retired: $('show-retired').checked });
    const ok = reply.ok && reply.result;
    // What the page keeps is the core's reading of the form (numbers, shares
    // as fractions), so the advisor, exports and links all start from it.
    if (ok) this.showResult(reply);
    else this.showFailure(reply.errors);
    this.afterFrame(() => {
      if (ok) this.showResultDetails(reply);
      this.showCompare(reply, scenario);
    });
  }

  // Runs fn after the next frame has painted, unless a newer change came first
  // (it schedules its own).
  afterFrame(fn) {
    const seq = (this.frameSeq = (this.frameSeq || 0) + 1);
    requestAnimationFrame(() => setTimeout(() => { if (seq === this.frameSeq) fn(); }));
  }

  switchModel(id) {
    this.form.write({ ...this.engine.defaults, ...this.form.read(), model: id });
    this.update();
    $('answer').scrollIntoView({ block: 'start' });
  }

  // A pinned link's date is dropped: the figures follow today's prices.
  useToday() {
    const scenario = this.form.read();
    delete scenario.as_of;
    this.form.write({ ...this.engine.defaults, ...scenario });
    this.update();
  }

  showResult({ scenario, result, url, today }) {
    this.form.clearErrors();
    paintHeadline(result, today, () => this.useToday());
    // The form says what the figures used: the currency of typed prices, the fallback upscaler.
    nameCurrency(this.engine.registry, result.currency);
    this.form.showUpscalerUsed(result);
    this.hasResult = true;
    setStale('answer', 'result-status', '');
    writeUrl(url);
    this.shown = scenario;
  }

  // The answer below its headline figures, from the same reply.
  showResultDetails({ scenario, result, url, history }) {
    renderResultDetails(result);
    renderPricesUsed(result, scenario, this.engine.summary);
    showCatalogPrices(result, money);
    renderHistory(history);
    // A link's details now replace the default's, which kept their place (style.css).
    document.documentElement.dataset.details = '';
    this.tools?.shown(scenario, url, result.as_of);
    this.advisor?.shown(scenario);
  }

  // A scenario from the advisor's "Apply", taken the way a share link is: put
  // in the address bar by the core's codec, then read back from it.
  loadScenario(scenario) {
    const reply = this.engine.encodeLink(scenario, '');
    if (!reply.ok) return false;
    window.history.replaceState(null, '', reply.url + window.location.hash);
    const { scenario: linked, notices } = linkScenario(this.engine);
    this.form.write({ ...this.engine.defaults, ...linked });
    showNotices([...notices, ...unheldNotices(linked, this.form)]);
    this.update();
    return true;
  }

  // The field keeps the core's message; the answer keeps the last valid
  // figures, marked as such, so nothing on the page is ever NaN or empty.
  showFailure(errors) {
    this.form.showErrors(errors);
    const why = errors.map((e) => e.message).join(' ');
    const message = this.hasResult
      ? `Not updated: these figures are for your last valid inputs. ${why}`
      : `No answer yet. ${why}`;
    setStale('answer', 'result-status', message);
    this.advisor?.failed();
  }

  showCompare(reply, scenario) {
    if (reply.ok) {
      this.table.show(reply.rows, scenario.model);
      renderQuality(reply.rows, scenario.model, (id) => this.switchModel(id), this.engine.registry.leaderboards);
      setStale('compare', 'compare-status', '');
    } else {
      setStale('compare', 'compare-status', 'Not updated: the comparison is for your last valid inputs.');
    }
  }
}

function setStale(sectionId, statusId, message) {
  $(sectionId).classList.toggle('stale', Boolean(message));
  if (sectionId === 'answer') $('answer-bar').classList.toggle('stale', Boolean(message));
  $(statusId).textContent = message;
  $(statusId).hidden = !message;
}

// The default scenario's answer written in at build time (scripts/prerender.mjs)
// gives way to the core's, in the same task, so nothing paints in between: a
// link the core cannot price shows no answer rather than the default's. A
// link's details stay the default's, hidden, until its own are drawn (style.css).
function discardPrerender() {
  $('answer').removeAttribute('data-prerendered');
  $('result-body').hidden = true;
  $('summary').replaceChildren();
  $('answer-bar').hidden = true;
}

function showCatalog(summary) {
  const date = $('catalog-date');
  date.textContent = summary.catalog_date;
  date.dataset.value = summary.catalog_date;
  $('checked-from').textContent = summary.checked_from;
  $('footer-date').textContent = summary.catalog_date;
  $('load-errors').replaceChildren(...summary.load_errors.map((e) =>
    el('li', { text: `A price sheet was left out: ${e.text}` })));
}

// What the address bar asked for but could not be used, as plain text.
function showNotices(notices) {
  const box = $('notices');
  box.hidden = notices.length === 0;
  box.replaceChildren(el('p', { text: 'Some parts of the link were ignored:' }),
    el('ul', {}, ...notices.map((n) => el('li', { text: n }))));
}
