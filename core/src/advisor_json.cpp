#include "imgcost/advisor_json.hpp"

#include <algorithm>

#include "imgcost/errors.hpp"
#include "imgcost/input_text.hpp"
#include "imgcost/result_json.hpp"

namespace imgcost {

namespace {

using nlohmann::json;

std::string option_name(const char* key) {
    const KeySpec* k = find_key(key, Scope::advisor);
    return k ? k->name() : key;
}

// A number, or text as people type it ("50%", "$200", "20k"): read by the
// option's unit in the key registry.
std::optional<double> typed(const json& j, const char* key, std::vector<FieldError>& errors) {
    if (!j.contains(key) || j[key].is_null()) return std::nullopt;
    const KeySpec* k = find_key(key, Scope::advisor);
    std::optional<double> v;
    if (j[key].is_number()) v = j[key].get<double>();
    else if (j[key].is_string() && k) v = read_typed_number(*k, j[key].get_ref<const std::string&>());
    if (!v) errors.push_back({key, code::wrong_type, option_name(key) + " must be " + (k ? k->range_text() : "a number") +
                                                        " (got " + j[key].dump() + ")"});
    return v;
}

void read_number(const json& j, const char* key, std::vector<FieldError>& errors, double& into) {
    if (auto v = typed(j, key, errors)) into = *v;
}

void read_optional(const json& j, const char* key, std::vector<FieldError>& errors, std::optional<double>& into) {
    if (auto v = typed(j, key, errors)) into = *v;
}

// A use case's share typed as a percentage ("70" or "70%"), as every share is.
std::optional<double> typed_share(const json& v) {
    KeySpec share;
    share.unit = Unit::share;
    return read_typed_number(share, v.get_ref<const std::string&>());
}

UseCase read_use_case(const json& j, size_t i, std::vector<FieldError>& errors) {
    std::string label = "mix[" + std::to_string(i) + "]";
    UseCase u;
    u.name = "use case " + std::to_string(i + 1);
    if (!j.is_object()) {
        errors.push_back({label, code::wrong_type, label + " must be an object of scenario keys with a name and a share"});
        return u;
    }
    for (const auto& item : j.items()) {
        if (item.key() == "name" && item.value().is_string())
            u.name = item.value().get<std::string>();
        else if (item.key() == "share" && item.value().is_number())
            u.share = item.value().get<double>();
        else if (item.key() == "share" && item.value().is_string() && typed_share(item.value()))
            u.share = *typed_share(item.value());
        else if (item.key() == "name" || item.key() == "share")
            errors.push_back({label + "." + item.key(), code::wrong_type, label + "." + item.key() + " has the wrong type (got " +
                                                            item.value().dump() + ")"});
        else
            u.keys[item.key()] = item.value();
    }
    if (!j.contains("share"))
        errors.push_back({label + ".share", code::required, label + ".share is required: its part of the usable images per month"});
    return u;
}

json assumptions_json(const std::vector<Assumption>& list) {
    json out = json::array();
    // An advisor option's unit is the registry's; the tactic says the others.
    for (const auto& a : list) {
        const KeySpec* k = find_key(a.key, Scope::advisor);
        out.push_back({{"key", a.key}, {"value", a.value}, {"text", a.text}, {"unit", unit_name(k ? k->unit : a.unit)}});
    }
    return out;
}

// An estimate-shaped view of summed figures, so the mix total prints the same
// monthly and projection rows as an estimate.
json summed_rows(const Breakdown& monthly, const std::vector<ProjectionMonth>& projection) {
    Estimate e;
    e.monthly = monthly;
    e.projection = projection;
    json j = to_json(e);
    return {{"monthly", j["monthly"]}, {"projection", j["projection"]}};
}

}  // namespace

AdvisorOptions advisor_options_from_json(const json& j) {
    if (j.is_null()) return {};
    if (!j.is_object()) throw InputError("options", code::not_an_object, "The advisor options must be a JSON object");

    AdvisorOptions o;
    std::vector<FieldError> errors;
    for (const auto& item : j.items())
        if (item.key() != "mix" && !find_key(item.key(), Scope::advisor))
            errors.push_back({item.key(), code::unknown_key, "unknown advisor option '" + item.key() + "' (imgcost keys lists them)"});
    read_optional(j, "drafts_per_final", errors, o.drafts_per_final);
    read_number(j, "batch_eligible_share", errors, o.batch_eligible_share);
    read_number(j, "cache_reuse", errors, o.cache_reuse);
    read_optional(j, "monthly_budget", errors, o.monthly_budget);
    read_optional(j, "total_budget", errors, o.total_budget);
    if (j.contains("mix") && !j["mix"].is_array())
        errors.push_back({"mix", code::wrong_type, "mix must be an array of use cases"});
    else if (j.contains("mix"))
        for (size_t i = 0; i < j["mix"].size(); ++i) o.mix.push_back(read_use_case(j["mix"][i], i, errors));
    if (!errors.empty()) throw InputError(std::move(errors));
    validate_options(o);
    return o;
}

json to_json(const Tactic& t) {
    json j = {{"id", t.id},           {"title", t.title},       {"summary", t.summary},
              {"applies", t.applies}, {"priced", t.priced},     {"assumptions", assumptions_json(t.assumptions)},
              {"figures", t.figures}};
    if (!t.applies) j["reason"] = t.reason;
    if (t.priced) {
        j["scenario"] = scenario_to_json(t.scenario);
        j["monthly_total"] = t.monthly_total;
        j["saved_per_month"] = t.saved_per_month;
        j["saved_per_year"] = t.saved_per_year;
    }
    return j;
}

json to_json(const BudgetReport& b) {
    json models = json::array();
    for (const auto& a : b.models) {
        json m = {{"model", a.model},     {"model_name", a.model_name},       {"chosen", a.chosen},
                  {"unlimited", a.unlimited}, {"monthly_total", a.monthly_total},
                  {"cost_per_delivered_image", a.cost_per_delivered_image}};
        if (!a.unlimited) m["images_per_month"] = a.images_per_month;
        models.push_back(m);
    }
    json j = {{"models", models}};
    if (b.monthly_budget) j["monthly_budget"] = *b.monthly_budget;
    if (b.runway) {
        const Runway& r = *b.runway;
        j["runway"] = {{"total_budget", r.total_budget}, {"beyond_horizon", r.beyond_horizon}, {"horizon", r.horizon}};
        if (r.beyond_horizon)
            j["runway"]["spent_in_horizon"] = r.spent_in_horizon;
        else
            j["runway"]["months"] = r.months;
    }
    return j;
}

json to_json(const Sensitivity& s) {
    json curves = json::array(), breaks = json::array(), bars = json::array();
    for (const auto& c : s.curves) {
        json points = json::array();
        for (const auto& p : c.points)
            points.push_back({{"acceptance_rate", p.acceptance_rate}, {"cost_per_usable_image", p.cost_per_usable_image},
                              {"cost_per_delivered_image", p.cost_per_delivered_image}});
        curves.push_back({{"model", c.model}, {"model_name", c.model_name}, {"chosen", c.chosen},
                          {"per_generation", c.per_generation}, {"per_image", c.per_image}, {"points", points}});
    }
    for (const auto& b : s.break_evens)
        breaks.push_back({{"acceptance_rate", b.acceptance_rate}, {"cost_per_delivered_image", b.cost_per_delivered_image},
                          {"cheaper_below", b.cheaper_below}, {"cheaper_above", b.cheaper_above}});
    for (const auto& t : s.tornado) {
        const KeySpec* k = find_key(t.key);
        json bar = {{"key", t.key},         {"label", k ? k->label : t.key}, {"unit", k ? unit_name(k->unit) : "count"},
                    {"value", t.value},     {"low_value", t.low_value},      {"high_value", t.high_value},
                    {"swing", t.swing}};
        if (t.total_at_low) bar["total_at_low"] = *t.total_at_low;
        if (t.total_at_high) bar["total_at_high"] = *t.total_at_high;
        if (!t.error.empty()) bar["error"] = t.error;
        bars.push_back(bar);
    }
    return {{"monthly_total", s.monthly_total}, {"curves", curves}, {"break_evens", breaks}, {"tornado", bars}};
}

json to_json(const MixResult& m) {
    json parts = json::array();
    for (const auto& p : m.parts) {
        json result = to_json(p.estimate);
        result.erase("projection");  // the mix's own projection sums them
        parts.push_back({{"name", p.name}, {"share", p.share}, {"scenario", scenario_to_json(p.scenario)},
                         {"result", result}});
    }
    json total = summed_rows(m.monthly, m.projection);
    total["images_per_month"] = m.images_per_month;
    total["annual_total"] = m.annual_total;
    total["all_in_cost_per_image"] = m.all_in_cost_per_image;
    return {{"parts", parts}, {"total", total}};
}

json to_json(const Advice& a) {
    const Estimate& e = a.baseline;
    json tactics = json::array();
    for (const auto& t : a.tactics) tactics.push_back(to_json(t));
    json j = {{"scenario", scenario_to_json(a.scenario)},
              {"baseline",
               {{"model", e.model}, {"model_name", e.model_name}, {"quality", e.quality}, {"billed_as", e.billed_as},
                {"cost_per_delivered_image", e.cost_per_delivered_image}, {"monthly_total", e.monthly.total},
                {"annual_total", e.annual_total}}},
              {"tactics", tactics}};
    if (a.sensitivity) j["sensitivity"] = to_json(*a.sensitivity);
    if (a.budget) j["budget"] = to_json(*a.budget);
    if (a.mix) j["mix"] = to_json(*a.mix);
    return j;
}

}  // namespace imgcost
