#include "imgcost/comparison.hpp"

#include <algorithm>
#include <numeric>

#include "estimate_parts.hpp"
#include "imgcost/currency.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/share_link.hpp"

namespace imgcost {

const std::vector<const char*>& figure_only_keys() {
    static const std::vector<const char*> keys = {"images_per_month", "acceptance_rate", "views_per_image",
                                                  "image_mb",         "retention_months", "months",
                                                  "monthly_growth",   "moderation_price", "storage_price_gb_month",
                                                  "cdn_price_gb"};
    return keys;
}

namespace {

// The scenario without its figure_only_keys(): what each row's model part is
// priced for.
Scenario request_of(Scenario s) {
    const Scenario defaults;
    s.images_per_month = defaults.images_per_month, s.acceptance_rate = defaults.acceptance_rate;
    s.views_per_image = defaults.views_per_image, s.image_mb = defaults.image_mb;
    s.retention_months = defaults.retention_months, s.months = defaults.months;
    s.monthly_growth = defaults.monthly_growth;
    s.moderation_price = defaults.moderation_price, s.storage_price_gb_month = defaults.storage_price_gb_month;
    s.cdn_price_gb = defaults.cdn_price_gb;
    return s;
}

// Everything the rows' model parts depend on, as text: the request (as its
// link writes it: every scenario key), the day and the options.
std::string request_key(const Scenario& s, const Catalog& c, const CompareOptions& o) {
    return encode_link(request_of(s), "") + "|" + format_date(evaluation_date(s, c)) + "|" +
           (o.include_retired ? "r" : "") + (o.include_unverified ? "u" : "") + "|" + o.leaderboard;
}

// A row's figures are per image and per month; its projection would only cost
// time (the page recomputes every row on each keystroke).
EvaluateOptions row_options(const Model* m, const StatusOn* status) {
    EvaluateOptions o;
    o.projection = false;
    o.validated = true;
    o.model = m;
    o.status = status;
    return o;
}

// Why a row that is not callable on that day is listed: as history.
std::string status_reason(const Model& m, const StatusOn& status, const Date& on) {
    switch (status.status) {
        case Status::retired: return "history: not callable on " + format_date(on) + ", " + status.text;
        case Status::not_released: return "not callable on " + format_date(on) + ", " + status.text;
        default:
            return detail::verified_on(m, on) ? "" : "the price in effect on " + format_date(on) + " is unverified";
    }
}

// The model's rating on the leaderboard, if it has one.
std::optional<RowQuality> quality_of(const Model& m, const Catalog& c, const std::string& leaderboard) {
    std::string via;
    const QualityRating* q = rating_of(m, c, leaderboard, &via);
    return q ? std::optional<RowQuality>(RowQuality{*q, via}) : std::nullopt;
}

// The price-quality frontier among the rows a reader can call at a published
// price (no status_reason) that are rated.
void mark_frontier(std::vector<CompareRow>& rows) {
    auto eligible = [](const CompareRow& r) { return r.ok && r.quality && r.status_reason.empty(); };
    for (auto& r : rows) {
        if (!eligible(r)) continue;
        double cost = r.estimate.cost_per_delivered_image, rating = r.quality->rating.rating;
        r.frontier = std::none_of(rows.begin(), rows.end(), [&](const CompareRow& o) {
            if (&o == &r || !eligible(o)) return false;
            double oc = o.estimate.cost_per_delivered_image, orating = o.quality->rating.rating;
            return oc <= cost && orating >= rating && (oc < cost || orating > rating);
        });
    }
}

}  // namespace

Comparison::Comparison(bool keep) : keep_(keep) {}

void Comparison::clear() {
    key_.clear();
    catalog_ = nullptr;
    rows_.clear();
    kept_.clear();
    figures_only_ = false;
}

const std::vector<CompareRow>& Comparison::update(const Scenario& scenario, const Catalog& catalog,
                                                  const CompareOptions& options) {
    validate(scenario);
    // In dollars and unfiltered only: a converted row or a rating filter
    // would need the figures converted again or the cheapest row found among
    // rows the filter left out.
    const bool keepable = keep_ && conversion_for(scenario, catalog).rate == 1 && !scenario.min_rating;
    std::string key = keepable ? request_key(scenario, catalog, options) : std::string();
    figures_only_ = !key.empty() && key == key_ && &catalog == catalog_ && reprice_figures(scenario, catalog);
    if (!figures_only_) price_all(scenario, catalog, options);
    key_ = std::move(key);
    catalog_ = &catalog;
    rank(scenario);
    return rows_;
}

// The model part once per row, then the figures: the two halves evaluate()
// runs, so that the next update can keep the first.
void Comparison::fill_row(CompareRow& row, Kept& kept, const Scenario& s, const Catalog& c, const Conversion& conversion,
                          const std::string& name, const std::string& provider, const StatusOn& status) {
    row.model = s.model, row.model_name = name, row.provider = provider;
    row.status = status_name(status.status);
    row.status_text = status.text;
    try {
        EvaluateOptions o = row_options(kept.model, kept.model ? &status : nullptr);
        if (conversion.rate == 1) {
            row.estimate = detail::priced_generation(s, c, o);
            kept.model_warnings = row.estimate.warnings.size();
            detail::add_volume_figures(s, c, o, row.estimate);
            convert(row.estimate, conversion);
        } else {
            row.estimate = evaluate(s, c, o);
        }
        row.ok = true;
    } catch (const InputError& err) {
        row.error = err.what();
        row.error_key = err.errors().empty() ? "" : err.errors().front().key;
        row.error_code = err.errors().empty() ? "" : err.errors().front().code;
    }
}

void Comparison::price_all(const Scenario& scenario, const Catalog& c, const CompareOptions& options) {
    rows_.clear();
    kept_.clear();
    rows_.reserve(c.models.size() + 1);
    kept_.reserve(c.models.size() + 1);
    const Model* own = c.find_model(scenario.model);
    const Date on = evaluation_date(scenario, c);
    const Conversion conversion = conversion_for(scenario, c);  // the same for every row
    // Rows are filled where they lie: a row is a whole Estimate, and moving
    // each one in was a sixth of a comparison's time (native profile).
    if (scenario.model == "custom") {
        kept_.push_back({nullptr, 0, 0});
        fill_row(rows_.emplace_back(), kept_.back(), scenario, c, conversion,
                 scenario.custom_name.empty() ? "Custom model" : scenario.custom_name, "custom",
                 StatusOn{Status::active, "your price"});
    }
    Scenario for_row = scenario;
    for (const auto& m : c.models) {
        if (&m != own && !detail::listed(m, options, on)) continue;
        StatusOn status = model_status(m, on);
        detail::fit_to_model(for_row, scenario, own, m, on);
        kept_.push_back({&m, 0, kept_.size()});
        CompareRow& row = rows_.emplace_back();
        fill_row(row, kept_.back(), for_row, c, conversion, m.name, m.provider, status);
        row.status_reason = status_reason(m, status, on);
        row.quality = quality_of(m, c, options.leaderboard);
    }
}

bool Comparison::reprice_figures(const Scenario& scenario, const Catalog& c) {
    const Model* own = c.find_model(scenario.model);
    const Date on = evaluation_date(scenario, c);
    Scenario for_row = scenario;
    for (size_t i = 0; i < rows_.size(); ++i) {
        if (!rows_[i].ok) continue;
        const Kept& kept = kept_[i];
        if (kept.model) detail::fit_to_model(for_row, scenario, own, *kept.model, on);
        Estimate& e = rows_[i].estimate;
        e.warnings.resize(kept.model_warnings);
        try {
            detail::add_volume_figures(kept.model ? for_row : scenario, c, row_options(kept.model, nullptr), e);
        } catch (const InputError&) {
            return false;  // the row would fail, not only change figures: price every row again
        }
    }
    return true;
}

// Cheapest delivered image first, failures last, ties in catalog order; each
// row's multiple of the cheapest and the frontier. The order is found on
// indices and the rows moved once: moving whole Estimates inside the sort was
// a sixth of a comparison's time.
void Comparison::rank(const Scenario& scenario) {
    std::vector<size_t> order(rows_.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        const CompareRow &a = rows_[x], &b = rows_[y];
        if (a.ok != b.ok) return a.ok;
        if (a.ok && a.estimate.cost_per_delivered_image != b.estimate.cost_per_delivered_image)
            return a.estimate.cost_per_delivered_image < b.estimate.cost_per_delivered_image;
        return kept_[x].catalog_order < kept_[y].catalog_order;
    });
    std::vector<CompareRow> rows;
    std::vector<Kept> kept;
    rows.reserve(rows_.size());
    kept.reserve(rows_.size());
    for (size_t i : order) rows.push_back(std::move(rows_[i])), kept.push_back(kept_[i]);
    rows_ = std::move(rows);
    kept_ = std::move(kept);
    double cheapest = 0;
    for (const auto& r : rows_)
        if (r.ok && r.estimate.cost_per_delivered_image > 0) {
            cheapest = r.estimate.cost_per_delivered_image;
            break;
        }
    for (auto& r : rows_) {
        r.times_cheapest = r.ok && cheapest > 0 ? r.estimate.cost_per_delivered_image / cheapest : 0;
        r.frontier = false;
    }
    mark_frontier(rows_);
    if (!scenario.min_rating) return;
    size_t kept_rows = 0;
    for (size_t i = 0; i < rows_.size(); ++i) {
        const CompareRow& r = rows_[i];
        if (!r.quality || r.quality->rating.rating < *scenario.min_rating) continue;
        if (kept_rows != i) rows_[kept_rows] = std::move(rows_[i]), kept_[kept_rows] = kept_[i];
        ++kept_rows;
    }
    rows_.resize(kept_rows);
    kept_.resize(kept_rows);
}

std::vector<CompareRow> compare(const Scenario& scenario, const Catalog& catalog, const CompareOptions& options) {
    Comparison once(false);
    once.update(scenario, catalog, options);
    return once.take();
}

}  // namespace imgcost
