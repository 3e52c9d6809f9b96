#include "imgcost/evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "imgcost/currency.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/pricing.hpp"
#include "estimate_parts.hpp"
#include "number_text.hpp"

namespace imgcost {

const std::vector<BreakdownLine>& breakdown_lines() {
    static const std::vector<BreakdownLine> lines = {
        {"accepted", "Accepted generations", &Breakdown::accepted},
        {"rejected", "Rejected generations", &Breakdown::rejected},
        {"moderation", "Moderation", &Breakdown::moderation},
        {"edits", "Edits", &Breakdown::edits},
        {"upscales", "Upscales", &Breakdown::upscales},
        {"storage", "Storage", &Breakdown::storage},
        {"delivery", "Delivery", &Breakdown::delivery},
        {"total", "Total", &Breakdown::total},
    };
    return lines;
}

namespace {

// A monthly cost as a function of its quantity: a catalog service's graduated
// rates, a flat override, or nothing.
using CostFn = std::function<double(double)>;

CostFn flat(double price) {
    return [price](double q) { return q * price; };
}

CostFn none() {
    return [](double) { return 0.0; };
}

double unit_price(const CostFn& cost, double quantity) {
    return quantity > 0 ? cost(quantity) / quantity : cost(1.0);
}

const Service& find_service(const Catalog& c, const std::string& key, const std::string& id, ServiceKind kind) {
    const Service* s = c.find_service(id);
    if (!s || s->kind != kind) {
        std::string known;
        for (const auto& other : c.services)
            if (other.kind == kind) known += (known.empty() ? "" : ", ") + other.id;
        throw InputError(key, code::service_unknown,
                         find_key(key)->name() + ": unknown " + service_kind_name(kind) + " service '" + id +
                             "' (known: " + (known.empty() ? "none" : known) + ")");
    }
    return *s;
}

CostFn service_cost(const Catalog& c, const std::string& key, const std::string& id, ServiceKind kind,
                    std::optional<double> override_price, const Date& on, std::vector<std::string>& warnings) {
    if (override_price) return flat(*override_price);
    if (id.empty()) return none();
    const Service& s = find_service(c, key, id, kind);
    // The status's words only when they are shown: a comparison prices each
    // row's services, and built three sets of words a row that no one saw.
    if (!callable_on(s.lifecycle, on)) {
        StatusOn status = service_status(s, on);
        if (status.status == Status::retired)
            warnings.push_back(s.name + " is retired on " + format_date(on) + " (" + status.text + "); its price is historical");
        else
            warnings.push_back(s.name + " is not available on " + format_date(on) + " (" + status.text + ")");
    }
    // The catalog outlives the estimate's costs: no copy of the rates per row.
    const std::vector<Rate>* rates = &s.rates;
    return [rates](double q) { return graduated_cost(*rates, q); };
}

// A service whose first rate is free (CloudFront's first 1 TB a month, say):
// when the month fits inside it, the answer says so rather than showing a
// bare $0.00 (docs/cost-model.md#graduated-service-rates).
void note_free_tier(const char* what, const Catalog& c, const std::string& id, std::optional<double> override_price,
                    double gb, double cost, std::vector<std::string>& warnings) {
    const Service* s = id.empty() || override_price ? nullptr : c.find_service(id);
    if (!s || s->rates.empty() || s->rates.front().price != 0 || !s->rates.front().up_to || gb <= 0 || cost > 0) return;
    warnings.push_back(std::string(what) + " is free: " + number_text(std::round(gb * 100) / 100) +
                       " GB a month is inside the free first " + number_text(*s->rates.front().up_to) +
                       " GB a month of " + s->name);
}

// What the model-specific part of a scenario resolves to.
struct ModelPrices {
    double p = 0, d = 0, p_edit = 0;
    Quote quote;
};

std::string resolve_quality(const Model& m, const Scenario& s, std::vector<std::string>& warnings) {
    if (s.quality.empty()) return m.default_quality;
    if (m.qualities.empty()) {
        warnings.push_back(m.name + " has no quality tiers; quality '" + s.quality + "' was ignored");
        return "";
    }
    if (std::find(m.qualities.begin(), m.qualities.end(), s.quality) == m.qualities.end()) {
        std::string list;
        for (const auto& q : m.qualities) list += (list.empty() ? "" : ", ") + q;
        throw InputError("quality", code::quality_unknown,
                         find_key("quality")->name() + " must be one of " + list + " for " + m.id + " (got '" +
                             s.quality + "')");
    }
    return s.quality;
}

// A model outside its window is still priced, with a warning naming the date
// and the successor.
void describe_status(const Model& m, const Date& on, const StatusOn* known, Estimate& e) {
    StatusOn status = known ? *known : model_status(m, on);
    e.status = status_name(status.status);
    e.status_text = status.text;
    e.successor = m.lifecycle.successor;
    if (status.status == Status::active) return;  // the common case: no words to build
    std::string successor = m.lifecycle.successor.empty() ? "" : "; its successor is " + m.lifecycle.successor;
    std::string day = format_date(on);
    // On the shutdown day itself there is no "before" to name.
    std::string before = m.lifecycle.shutdown == day ? "" : ", before " + day;
    if (status.status == Status::retired)
        e.warnings.push_back(m.name + " was retired on " + m.lifecycle.shutdown + before +
                             ": these prices are history, the model can no longer be called" + successor);
    else if (status.status == Status::not_released)
        e.warnings.push_back(m.name + " is not released yet on " + day + " (released on " + m.lifecycle.released +
                             "): it cannot be called on that date" + successor);
    else if (status.status == Status::deprecated)
        e.warnings.push_back(m.name + " is deprecated on " + day + " (" + status.text + "): plan a replacement");
}

// Edits are billed as generations unless the model lists an edit price. A size
// the edit endpoint cannot take only matters when the scenario has edits.
double edit_price(const Model& m, const ImageRequest& r, double generation_price, bool has_edits) {
    if (!m.edit) return generation_price;
    try {
        return quote(*m.edit, r).price;
    } catch (const InputError& err) {
        if (!has_edits) return generation_price;
        throw InputError("edits_per_image", code::edit_unavailable,
                         find_key("edits_per_image")->name() + ": " + m.name + " cannot edit at this size: " + err.what());
    }
}

ModelPrices catalog_model_prices(const Model& m, const Scenario& s, const Date& on, const StatusOn* status, Estimate& e) {
    describe_status(m, on, status, e);
    PeriodOn period = pricing_on(m, on);
    const Pricing& pricing = period.period->pricing;
    if (!period.warning.empty()) e.warnings.push_back(period.warning);
    e.effective_from = period.period->effective_from;
    e.model_name = m.name;
    e.provider = m.provider;
    e.structure = structure_name(pricing.structure);
    e.quality = resolve_quality(m, s, e.warnings);
    ImageRequest r{s.width, s.height, e.quality, 0, s.prompt_tokens};
    if (uses_steps(pricing)) {
        r.steps = s.steps.value_or(m.default_steps.value_or(pricing.ref_steps));
        e.steps = r.steps;
    } else if (s.steps) {
        e.warnings.push_back("steps do not change the price of " + m.name);
    }
    ModelPrices out;
    out.quote = quote(pricing, r);
    out.p = out.quote.price;
    out.d = m.batch ? m.batch->discount : 0;
    out.p_edit = edit_price(m, r, out.p, s.edits_per_image > 0);
    if (s.batch_share > 0 && !m.batch && !s.batch_discount)
        e.warnings.push_back(m.name + " has no batch mode; batch_share has no effect");
    return out;
}

ModelPrices custom_model_prices(const Scenario& s, Estimate& e) {
    e.model_name = s.custom_name.empty() ? "Custom model" : s.custom_name;
    e.provider = "custom";
    e.structure = "custom";
    e.status = "active";
    e.status_text = "your price";
    e.quality = s.quality;
    ModelPrices out;
    out.p = *s.price_per_image;
    out.p_edit = out.p;
    out.quote.price = out.p;
    out.quote.billed_as = "custom price per image";
    return out;
}

double stored_images(const std::vector<double>& volumes, size_t month_index, double retention) {
    double stored = 0;
    for (int i = 0; i < static_cast<int>(std::ceil(retention)); ++i) {
        if (static_cast<int>(month_index) - i < 0) break;
        stored += std::min(1.0, retention - i) * volumes[month_index - i];
    }
    return stored;
}

struct Costs {
    double a, edits, upscale_share, mb, views;
    double p_eff, p_edit;
    CostFn moderation, upscale, storage, cdn;

    Breakdown month(double images, double stored) const {
        Breakdown b;
        double generations = images / a;
        b.accepted = images * p_eff;
        b.rejected = (generations - images) * p_eff;
        b.moderation = moderation(generations + images * edits);
        b.edits = images * edits * p_edit;
        b.upscales = upscale(images * upscale_share);
        b.storage = storage(stored * mb / 1000);
        b.delivery = cdn(images * views * mb / 1000);
        b.total = b.accepted + b.rejected + b.moderation + b.edits + b.upscales + b.storage + b.delivery;
        return b;
    }
};

// Months 1..months of growth from the scenario's volume, each with its costs
// and the running total: the one walk behind the projection and the year with
// growth.
template <class Visit>
void for_each_month(const Scenario& s, int months, const Costs& costs, Visit visit) {
    std::vector<double> volumes;
    volumes.reserve(static_cast<size_t>(std::max(months, 0)));
    double cumulative = 0;
    // The growth factor is carried from month to month: a pow() per month was
    // a tenth of a comparison's time (every row walks its year with growth).
    double growth = 1;
    for (int k = 1; k <= months; ++k, growth *= 1 + s.monthly_growth) {
        volumes.push_back(s.images_per_month * growth);
        ProjectionMonth pm;
        pm.month = k;
        pm.images = volumes.back();
        pm.stored_images = stored_images(volumes, volumes.size() - 1, s.retention_months);
        pm.cost = costs.month(pm.images, pm.stored_images);
        cumulative += pm.cost.total;
        pm.cumulative = cumulative;
        visit(pm);
    }
}

void fill_projection(const Scenario& s, const Costs& costs, Estimate& e) {
    e.projection.reserve(static_cast<size_t>(std::max(s.months, 0)));
    for_each_month(s, s.months, costs, [&](const ProjectionMonth& pm) { e.projection.push_back(pm); });
}

// Upscales asked for with no upscaler chosen and none of the model's own: the
// cheapest upscaler available that day prices them, and the answer says so,
// rather than leaving the reader without figures (docs/cost-model.md#upscales).
std::string cheapest_upscaler(const Catalog& c, const Scenario& s, const Date& on) {
    const Service* best = nullptr;
    double best_price = 0;
    double upscales = std::max(1.0, s.images_per_month * s.upscale_share);
    for (const auto& service : c.services) {
        if (service.kind != ServiceKind::upscale || !available_on(service, on)) continue;
        std::vector<std::string> ignored;
        double price = unit_price(service_cost(c, "upscaler", service.id, ServiceKind::upscale, std::nullopt, on, ignored),
                                  upscales);
        if (!best || price < best_price) best = &service, best_price = price;
    }
    return best ? best->id : "";
}

CostFn upscale_cost(const Catalog& c, const Scenario& s, std::string upscaler, const Date& on, Estimate& e) {
    if (s.upscale_price) return flat(*s.upscale_price);
    if (upscaler.empty() && s.upscale_share > 0) {
        upscaler = cheapest_upscaler(c, s, on);
        if (upscaler.empty())
            throw InputError("upscaler", code::upscaler_missing,
                             find_key("upscaler")->name() + ": " + e.model_name +
                                 " has no upscale operation of its own and the catalog has none; set an upscale price");
        e.warnings.push_back("upscales are priced with the cheapest upscaler available, " + c.find_service(upscaler)->name +
                             " (" + upscaler + "): " + e.model_name +
                             " has none of its own; choose another under Upscaler");
    }
    if (upscaler.empty()) return none();
    e.upscaler = upscaler;
    return service_cost(c, "upscaler", upscaler, ServiceKind::upscale, std::nullopt, on, e.warnings);
}

}  // namespace

namespace {

// The scenario's model: options.model when the caller has it; none for a custom model.
const Model* model_of(const Scenario& s, const Catalog& c, const EvaluateOptions& options) {
    if (s.model == "custom") return nullptr;
    const Model* model = options.model ? options.model : c.find_model(s.model);
    if (!model)
        throw InputError("model", code::unknown_model,
                         find_key("model")->name() + ": unknown id '" + s.model +
                             "' (imgcost catalog lists the ids; or use custom)");
    return model;
}

}  // namespace

namespace detail {

Estimate priced_generation(const Scenario& s, const Catalog& c, const EvaluateOptions& options) {
    Estimate e;
    e.model = s.model;
    const Date on = evaluation_date(s, c);
    e.as_of = format_date(on);
    const Model* model = model_of(s, c, options);
    ModelPrices mp = model ? catalog_model_prices(*model, s, on, options.status, e) : custom_model_prices(s, e);
    e.billed_as = std::move(mp.quote.billed_as);
    if (mp.quote.source) e.price_source = *mp.quote.source;
    if (auto checked = parse_date(e.price_source.checked)) {
        e.price_age_days = static_cast<int>(days_between(*checked, on));
        e.price_stale = e.price_age_days > stale_after_days;
    }
    e.estimate = mp.quote.estimate;
    for (auto& w : mp.quote.warnings) e.warnings.push_back(std::move(w));
    if (model && s.price_per_image) {
        e.price_overridden = true;
        e.billed_as = "your price " + dollars_text(*s.price_per_image) + " (catalog: " + dollars_text(mp.p) + ", " +
                      e.billed_as + ")";
        mp.p = *s.price_per_image;
        if (!model->edit) mp.p_edit = mp.p;
    }
    e.price_per_generation = mp.p;
    e.batch_discount = s.batch_discount.value_or(mp.d);
    e.effective_price_per_generation = mp.p * (1 - s.batch_share * e.batch_discount);
    e.edit_price = s.edit_price.value_or(mp.p_edit);
    return e;
}

void add_volume_figures(const Scenario& s, const Catalog& c, const EvaluateOptions& options, Estimate& e) {
    const Date on = evaluation_date(s, c);
    const Model* model = model_of(s, c, options);
    // Set again below when they apply: the estimate may hold an earlier volume's.
    e.upscaler.clear();
    e.annual_with_growth = false;
    e.projection.clear();
    Costs costs{s.acceptance_rate, s.edits_per_image, s.upscale_share, s.image_mb, s.views_per_image,
                e.effective_price_per_generation, e.edit_price, {}, {}, {}, {}};
    costs.moderation = service_cost(c, "moderation", s.moderation, ServiceKind::moderation, s.moderation_price, on, e.warnings);
    costs.upscale = upscale_cost(c, s, s.upscaler.empty() && model ? model->upscaler : s.upscaler, on, e);
    costs.storage = service_cost(c, "storage", s.storage, ServiceKind::storage, s.storage_price_gb_month, on, e.warnings);
    costs.cdn = service_cost(c, "cdn", s.cdn, ServiceKind::cdn, s.cdn_price_gb, on, e.warnings);

    double V = s.images_per_month;
    e.generations_per_month = V / s.acceptance_rate;
    e.edit_calls_per_month = V * s.edits_per_image;
    e.upscales_per_month = V * s.upscale_share;
    e.moderation_price = unit_price(costs.moderation, e.generations_per_month + e.edit_calls_per_month);
    e.upscale_price = unit_price(costs.upscale, e.upscales_per_month);
    e.cost_per_usable_image = (e.effective_price_per_generation + e.moderation_price) / s.acceptance_rate;
    e.cost_per_delivered_image = e.cost_per_usable_image + s.edits_per_image * (e.edit_price + e.moderation_price) +
                                 s.upscale_share * e.upscale_price;
    e.monthly = costs.month(V, V * s.retention_months);
    note_free_tier("delivery", c, s.cdn, s.cdn_price_gb, V * s.views_per_image * s.image_mb / 1000, e.monthly.delivery, e.warnings);
    note_free_tier("storage", c, s.storage, s.storage_price_gb_month, V * s.retention_months * s.image_mb / 1000, e.monthly.storage,
                   e.warnings);
    e.annual_total = 12 * e.monthly.total;
    if (V > 0) {
        e.all_in_cost_per_image = e.monthly.total / V;
    } else {
        e.all_in_cost_per_image = 0;
        e.warnings.push_back("no usable images a month: the all-in cost per image is reported as 0");
    }
    if (s.views_per_image > 0 && s.cdn.empty() && !s.cdn_price_gb)
        e.warnings.push_back("downloads per image are set but no delivery service is chosen: delivery is not priced");
    if (s.monthly_growth > 1)
        e.warnings.push_back("monthly growth is " + find_key("monthly_growth")->shown(s.monthly_growth) +
                             " a month: the volume more than doubles every month; check that this is what you meant");
    if (options.projection) fill_projection(s, costs, e);
    if (s.monthly_growth != 0) {
        // Twelve months of the projection, whatever its length, so the year
        // beside the monthly figures is the one the growth gives; the
        // projection already shown is reused when it covers the year.
        if (e.projection.size() >= 12) {
            e.annual_total = e.projection[11].cumulative;
        } else {
            for_each_month(s, 12, costs, [&](const ProjectionMonth& pm) { e.annual_total = pm.cumulative; });
        }
        e.annual_with_growth = true;
    }
}

}  // namespace detail

namespace {

// Every figure in US dollars, the catalog's currency.
Estimate evaluate_in_usd(const Scenario& s, const Catalog& c, const EvaluateOptions& options) {
    Estimate e = detail::priced_generation(s, c, options);
    detail::add_volume_figures(s, c, options, e);
    return e;
}

}  // namespace

Estimate evaluate(const Scenario& s, const Catalog& c, const EvaluateOptions& options) {
    if (!options.validated) validate(s);
    Conversion conversion = conversion_for(s, c);
    // Prices already in dollars need no converted copy of the scenario (a
    // comparison evaluates every row).
    Estimate e = conversion.rate == 1 ? evaluate_in_usd(s, c, options)
                                      : evaluate_in_usd(overrides_in_usd(s, conversion), c, options);
    convert(e, conversion);
    return e;
}

namespace detail {

bool verified_on(const Model& m, const Date& on) {
    return pricing_on(m, on).period->pricing.source.confidence != "unverified";
}

bool listed(const Model& m, const CompareOptions& o, const Date& on) {
    return (o.include_retired || callable_on(m.lifecycle, on)) && (o.include_unverified || verified_on(m, on));
}

}  // namespace detail

bool callable(const Model& m, const Date& on) { return detail::listed(m, CompareOptions{}, on); }

bool available_on(const Service& s, const Date& on) { return callable_on(s.lifecycle, on); }

Scenario reference_scenario(const std::string& model, const std::string& day) {
    Scenario s;
    s.model = model;
    s.as_of = day;
    return s;
}

namespace detail {

// scenario_for_model into `s`, a copy of `base` made for an earlier row:
// a comparison reuses one for every row, since copying the scenario's texts per
// row was a tenth of its time in the page. Every field it may change is set
// again from `base`. The scenario's own model and the date are found once.
void fit_to_model(Scenario& s, const Scenario& base, const Model* own, const Model& m, const Date& on) {
    s.model = m.id;
    const bool negotiated = own == &m;  // negotiated rates belong to the scenario's own model
    s.price_per_image = negotiated ? base.price_per_image : std::nullopt;
    s.edit_price = negotiated ? base.edit_price : std::nullopt;
    s.batch_discount = negotiated ? base.batch_discount : std::nullopt;
    s.upscaler = base.upscaler;
    s.upscale_price = base.upscale_price;
    if (!negotiated && base.upscaler.empty()) {
        // The row's own upscaler, else the one the scenario's model uses; an
        // upscale_price override only holds for the operation it was set for.
        const std::string& own_upscaler = own ? own->upscaler : base.upscaler;
        s.upscaler = m.upscaler.empty() ? own_upscaler : m.upscaler;
        if (s.upscaler != own_upscaler) s.upscale_price.reset();
    }
    const bool has_quality = std::find(m.qualities.begin(), m.qualities.end(), base.quality) != m.qualities.end();
    s.quality = base.quality.empty() || has_quality ? base.quality : std::string();
    s.steps = uses_steps(pricing_on(m, on).period->pricing) ? base.steps : std::nullopt;
}

}  // namespace detail

Scenario scenario_for_model(const Scenario& base, const Model& m, const Catalog& c) {
    Scenario s = base;
    detail::fit_to_model(s, base, c.find_model(base.model), m, evaluation_date(base, c));
    return s;
}

}  // namespace imgcost
