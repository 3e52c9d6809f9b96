#include "imgcost/result_value.hpp"

#include "imgcost/key_registry.hpp"
#include "imgcost/money_format.hpp"
#include "json_fields.hpp"

namespace imgcost {

namespace {

using detail::put;

Value breakdown_value(const Breakdown& b) {
    Value j = Value::object();
    for (const auto& line : breakdown_lines()) j.add(line.key, b.*line.member);
    return j;
}

}  // namespace

Value to_value(const Source& s) {
    Value j = Value::object();
    put<Source>(j, s, {}, {{"url", &Source::url}, {"checked", &Source::checked}, {"confidence", &Source::confidence}});
    if (!s.note.empty()) j.add("note", s.note);
    return j;
}

Value to_value(const RowQuality& q) {
    const QualityRating& r = q.rating;
    Value j = {{"rating", r.rating},
                        {"ci_low", r.ci_low},
                        {"ci_high", r.ci_high},
                        {"votes", r.votes ? Value(*r.votes) : Value()},
                        {"leaderboard", r.leaderboard},
                        {"category", r.category},
                        {"source", {{"url", r.url}, {"as_of", r.as_of}}}};
    if (!r.note.empty()) j.add("note", r.note);
    if (!q.rated_as.empty()) j.add("rated_as", q.rated_as);
    return j;
}

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

Value to_value(const std::vector<CompareRow>& rows) {
    Value out = Value::array();
    for (const auto& r : rows) {
        Value j = Value::object();
        put<CompareRow>(j, r, {},
                        {{"model", &CompareRow::model}, {"model_name", &CompareRow::model_name},
                         {"provider", &CompareRow::provider}, {"status", &CompareRow::status},
                         {"status_text", &CompareRow::status_text}});
        if (!r.status_reason.empty()) j.add("status_reason", r.status_reason);
        j.add("ok", r.ok);
        j.add("frontier", r.frontier);
        if (r.ok) {
            const Estimate& e = r.estimate;
            put<Estimate>(j, e,
                          {{"price_per_generation", &Estimate::price_per_generation},
                           {"cost_per_usable_image", &Estimate::cost_per_usable_image},
                           {"cost_per_delivered_image", &Estimate::cost_per_delivered_image},
                           {"all_in_cost_per_image", &Estimate::all_in_cost_per_image}},
                          {{"billed_as", &Estimate::billed_as}, {"structure", &Estimate::structure},
                           {"tier", &Estimate::quality}});
            j.add("monthly_total", e.monthly.total);
            j.add("annual_total", e.annual_total);
            j.add("annual_with_growth", e.annual_with_growth);
            j.add("times_cheapest", r.times_cheapest);
            j.add("is_estimate", e.estimate);
            j.add("warnings", e.warnings);
            if (!e.price_source.url.empty()) {
                j.add("price_source", to_value(e.price_source));
                j.add("price_stale", e.price_stale);
            }
            if (!e.effective_from.empty()) j.add("effective_from", e.effective_from);
            if (!e.successor.empty()) j.add("successor", e.successor);
        } else {
            j.add("error", r.error);
            j.add("error_key", r.error_key);
            j.add("error_code", r.error_code);
        }
        // The row's rating (docs/catalog.md#quality); the quality tier it is priced at is `tier`.
        j.add("quality", r.quality ? to_value(*r.quality) : Value());
        out.push_back(std::move(j));
    }
    return out;
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
