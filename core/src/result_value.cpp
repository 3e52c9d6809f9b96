#include "imgcost/result_value.hpp"

#include "imgcost/key_registry.hpp"
#include "imgcost/money_format.hpp"
#include "json_fields.hpp"

namespace imgcost {

namespace {

using detail::put;

// What a writer function writes, as a Value.
template <class Write>
Value built(const Write& write) {
    ValueBuilder b;
    write(b);
    return b.take();
}

Value breakdown_value(const Breakdown& b) {
    Value j = Value::object();
    for (const auto& line : breakdown_lines()) j.add(line.key, b.*line.member);
    return j;
}

}  // namespace

void write(ValueWriter& w, const Source& s) {
    w.begin_object();
    put<Source>(w, s, {}, {{"url", &Source::url}, {"checked", &Source::checked}, {"confidence", &Source::confidence}});
    if (!s.note.empty()) w.member("note", s.note);
    w.end_object();
}

Value to_value(const Source& s) { return built([&](ValueWriter& w) { write(w, s); }); }

void write(ValueWriter& w, const RowQuality& q) {
    const QualityRating& r = q.rating;
    w.begin_object();
    w.member("rating", r.rating), w.member("ci_low", r.ci_low), w.member("ci_high", r.ci_high);
    w.key("votes");
    if (r.votes) w.integer(*r.votes);
    else w.null();
    w.member("leaderboard", r.leaderboard), w.member("category", r.category);
    w.key("source");
    w.begin_object();
    w.member("url", r.url), w.member("as_of", r.as_of);
    w.end_object();
    if (!r.note.empty()) w.member("note", r.note);
    if (!q.rated_as.empty()) w.member("rated_as", q.rated_as);
    w.end_object();
}

Value to_value(const RowQuality& q) { return built([&](ValueWriter& w) { write(w, q); }); }

Value leaderboards_value() {
    Value out = Value::array();
    for (const auto& l : leaderboards())
        out.push_back({{"id", l.id}, {"category", l.category}, {"name", l.name}, {"url", l.url},
                       {"licence", l.licence}, {"attribution", l.attribution}});
    return out;
}

Value to_value(const Estimate& e) {
    Value projection = Value::array();
    for (const auto& m : e.projection) {
        Value row = breakdown_value(m.cost);
        row.add("month", m.month);
        put<ProjectionMonth>(row, m,
                             {{"images", &ProjectionMonth::images},
                              {"stored_images", &ProjectionMonth::stored_images},
                              {"cumulative", &ProjectionMonth::cumulative}});
        projection.push_back(std::move(row));
    }
    Value j = Value::object();
    put<Estimate>(j, e,
                  {{"price_per_generation", &Estimate::price_per_generation},
                   {"batch_discount", &Estimate::batch_discount},
                   {"effective_price_per_generation", &Estimate::effective_price_per_generation},
                   {"moderation_price", &Estimate::moderation_price},
                   {"edit_price", &Estimate::edit_price},
                   {"upscale_price", &Estimate::upscale_price},
                   {"generations_per_month", &Estimate::generations_per_month},
                   {"edit_calls_per_month", &Estimate::edit_calls_per_month},
                   {"upscales_per_month", &Estimate::upscales_per_month},
                   {"cost_per_usable_image", &Estimate::cost_per_usable_image},
                   {"cost_per_delivered_image", &Estimate::cost_per_delivered_image},
                   {"all_in_cost_per_image", &Estimate::all_in_cost_per_image},
                   {"annual_total", &Estimate::annual_total}},
                  {{"model", &Estimate::model},
                   {"model_name", &Estimate::model_name},
                   {"provider", &Estimate::provider},
                   {"structure", &Estimate::structure},
                   {"status", &Estimate::status},
                   {"status_text", &Estimate::status_text},
                   {"as_of", &Estimate::as_of},
                   {"quality", &Estimate::quality},
                   {"billed_as", &Estimate::billed_as}});
    j.add("price_overridden", e.price_overridden);
    j.add("annual_with_growth", e.annual_with_growth);
    j.add("currency", e.currency);
    j.add("fx_rate", e.fx_rate);
    if (!e.fx_date.empty()) j.add("fx_date", e.fx_date);
    j.add("is_estimate", e.estimate);
    j.add("monthly", breakdown_value(e.monthly));
    j.add("projection", std::move(projection));
    j.add("warnings", e.warnings);
    if (!e.successor.empty()) j.add("successor", e.successor);
    if (!e.effective_from.empty()) j.add("effective_from", e.effective_from);
    if (e.steps) j.add("steps", e.steps);
    if (!e.upscaler.empty()) j.add("upscaler", e.upscaler);
    if (!e.price_source.url.empty()) {
        j.add("price_source", to_value(e.price_source));
        j.add("price_age_days", e.price_age_days);
        j.add("price_stale", e.price_stale);
    }
    return j;
}

namespace {

// What a row's model costs per generation: the same while only volumes
// change (a kept comparison, comparison.hpp).
void write_model_part(ValueWriter& w, const CompareRow& r) {
    const Estimate& e = r.estimate;
    w.member("price_per_generation", e.price_per_generation);
    put<Estimate>(w, e, {},
                  {{"billed_as", &Estimate::billed_as}, {"structure", &Estimate::structure},
                   {"tier", &Estimate::quality}});
    w.member("is_estimate", e.estimate);
    if (!e.price_source.url.empty()) {
        w.key("price_source");
        write(w, e.price_source);
        w.member("price_stale", e.price_stale);
    }
    if (!e.effective_from.empty()) w.member("effective_from", e.effective_from);
    if (!e.successor.empty()) w.member("successor", e.successor);
}

// What the volumes give: all a kept comparison's update may change in a row.
void write_figures(ValueWriter& w, const CompareRow& r) {
    const Estimate& e = r.estimate;
    put<Estimate>(w, e,
                  {{"cost_per_usable_image", &Estimate::cost_per_usable_image},
                   {"cost_per_delivered_image", &Estimate::cost_per_delivered_image},
                   {"all_in_cost_per_image", &Estimate::all_in_cost_per_image}},
                  {});
    w.member("monthly_total", e.monthly.total);
    w.member("annual_total", e.annual_total);
    w.member("annual_with_growth", e.annual_with_growth);
    w.member("times_cheapest", r.times_cheapest);
    w.member("warnings", e.warnings);
    w.member("frontier", r.frontier);
}

void write_row(ValueWriter& w, const CompareRow& r) {
    w.begin_object();
    put<CompareRow>(w, r, {},
                    {{"model", &CompareRow::model}, {"model_name", &CompareRow::model_name},
                     {"provider", &CompareRow::provider}, {"status", &CompareRow::status},
                     {"status_text", &CompareRow::status_text}});
    if (!r.status_reason.empty()) w.member("status_reason", r.status_reason);
    w.member("ok", r.ok);
    if (r.ok) {
        write_model_part(w, r);
        write_figures(w, r);
    } else {
        w.member("frontier", r.frontier);
        w.member("error", r.error);
        w.member("error_key", r.error_key);
        w.member("error_code", r.error_code);
    }
    // The row's rating (docs/catalog.md#quality); the quality tier it is priced at is `tier`.
    w.key("quality");
    if (r.quality) write(w, *r.quality);
    else w.null();
    w.end_object();
}

}  // namespace

void write(ValueWriter& w, const std::vector<CompareRow>& rows) {
    w.begin_array(rows.size());
    for (const auto& r : rows) write_row(w, r);
    w.end_array();
}

Value to_value(const std::vector<CompareRow>& rows) { return built([&](ValueWriter& w) { write(w, rows); }); }

void write_figures(ValueWriter& w, const std::vector<CompareRow>& rows) {
    w.begin_array(rows.size());
    for (const auto& r : rows) {
        w.begin_object();
        w.member("model", r.model);
        if (r.ok) write_figures(w, r);
        w.end_object();
    }
    w.end_array();
}

namespace {

Value key_value(const KeySpec& k) {
    Value j = {{"key", k.key},
                        {"label", k.label},
                        {"unit", unit_name(k.unit)},
                        {"scope", k.scope == Scope::scenario ? "scenario" : "advisor"},
                        {"group", k.group},
                        {"essential", k.essential},
                        {"description", k.description},
                        {"alias", k.alias},
                        {"required", k.required},
                        {"range", k.range_text()},
                        {"default_text", k.default_words()}};
    if (k.numeric()) {
        j.add("min", k.min), j.add("max", k.max), j.add("min_exclusive", k.min_exclusive), j.add("integer", k.integer);
        if (k.floor > 0) j.add("floor", k.floor);
        j.add("default", k.default_number ? Value(*k.default_number) : Value());
    } else {
        j.add("max_length", k.max_length);
        j.add("default", k.default_number ? Value() : Value(std::string()));
    }
    return j;
}

}  // namespace

Value registry_value() {
    Value keys = Value::array(), groups = Value::array(),
                   lines = Value::array();
    for (const auto& k : key_registry()) keys.push_back(key_value(k));
    for (const auto& g : form_groups())
        groups.push_back({{"id", g.id}, {"legend", g.legend}, {"scope", g.scope == Scope::scenario ? "scenario" : "advisor"}});
    for (const auto& l : breakdown_lines()) lines.push_back({{"key", l.key}, {"label", l.label}});
    return {{"keys", keys}, {"groups", groups}, {"breakdown", lines}, {"money", money_rule_value()},
            {"leaderboards", leaderboards_value()}};
}

Value money_rule_value() {
    MoneyRule r = money_rule();
    return {{"minimumFractionDigits", r.min_fraction_digits},
            {"maximumFractionDigits", r.max_fraction_digits},
            {"minimumSignificantDigits", r.min_significant_digits},
            {"maximumSignificantDigits", r.max_significant_digits},
            {"roundingPriority", r.rounding_priority}};
}

Value to_value(const InputError& e) {
    Value list = Value::array();
    for (const auto& f : e.errors()) {
        Value item = Value::object();
        put<FieldError>(item, f, {}, {{"key", &FieldError::key}, {"code", &FieldError::code}, {"message", &FieldError::message}});
        list.push_back(std::move(item));
    }
    Value j = Value::object();
    j.add("errors", std::move(list));
    return j;
}

}  // namespace imgcost
