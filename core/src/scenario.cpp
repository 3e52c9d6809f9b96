#include "imgcost/scenario.hpp"

#include <algorithm>
#include <cmath>

#include "imgcost/errors.hpp"
#include "imgcost/lifecycle.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

using Getter = std::optional<double> (*)(const Scenario&);
using Setter = void (*)(Scenario&, double);

struct NumericField {
    KeyRange range;
    Getter get;
    Setter set;
};

#define IMGCOST_PLAIN(member) \
    [](const Scenario& s) -> std::optional<double> { return s.member; }, \
    [](Scenario& s, double v) { s.member = static_cast<decltype(s.member)>(v); }
#define IMGCOST_OPTIONAL(member) \
    [](const Scenario& s) -> std::optional<double> { \
        return s.member ? std::optional<double>(*s.member) : std::nullopt; }, \
    [](Scenario& s, double v) { s.member = static_cast<typename decltype(s.member)::value_type>(v); }

// Upper bounds beyond SPEC's "≥ 0" keep every product finite (no Infinity can
// reach the page) while staying far above any real budget.
const std::vector<NumericField>& fields() {
    static const std::vector<NumericField> table = {
        {{"width", 64, 16384, false, true, "64..16384"}, IMGCOST_PLAIN(width)},
        {{"height", 64, 16384, false, true, "64..16384"}, IMGCOST_PLAIN(height)},
        {{"steps", 1, 500, false, true, "1..500"}, IMGCOST_OPTIONAL(steps)},
        {{"images_per_month", 0, 1e12, false, false, "0..1e12"}, IMGCOST_PLAIN(images_per_month)},
        {{"acceptance_rate", 0, 1, true, false, "0 < a ≤ 1"}, IMGCOST_PLAIN(acceptance_rate)},
        {{"edits_per_image", 0, 1000, false, false, "0..1000"}, IMGCOST_PLAIN(edits_per_image)},
        {{"upscale_share", 0, 1, false, false, "0..1"}, IMGCOST_PLAIN(upscale_share)},
        {{"batch_share", 0, 1, false, false, "0..1"}, IMGCOST_PLAIN(batch_share)},
        {{"image_mb", 0, 10000, false, false, "0..10000"}, IMGCOST_PLAIN(image_mb)},
        {{"retention_months", 0, 600, false, false, "0..600"}, IMGCOST_PLAIN(retention_months)},
        {{"views_per_image", 0, 1e9, false, false, "0..1e9"}, IMGCOST_PLAIN(views_per_image)},
        {{"prompt_tokens", 0, 1e6, false, false, "0..1e6"}, IMGCOST_PLAIN(prompt_tokens)},
        {{"months", 1, 60, false, true, "1..60"}, IMGCOST_PLAIN(months)},
        {{"monthly_growth", -1, 10, false, false, "-1..10"}, IMGCOST_PLAIN(monthly_growth)},
        {{"price_per_image", 0, 1e6, false, false, "0..1e6"}, IMGCOST_OPTIONAL(price_per_image)},
        {{"edit_price", 0, 1e6, false, false, "0..1e6"}, IMGCOST_OPTIONAL(edit_price)},
        {{"upscale_price", 0, 1e6, false, false, "0..1e6"}, IMGCOST_OPTIONAL(upscale_price)},
        {{"batch_discount", 0, 1, false, false, "0..1"}, IMGCOST_OPTIONAL(batch_discount)},
        {{"moderation_price", 0, 1e6, false, false, "0..1e6"}, IMGCOST_OPTIONAL(moderation_price)},
        {{"storage_price_gb_month", 0, 1e6, false, false, "0..1e6"},
         IMGCOST_OPTIONAL(storage_price_gb_month)},
        {{"cdn_price_gb", 0, 1e6, false, false, "0..1e6"}, IMGCOST_OPTIONAL(cdn_price_gb)},
    };
    return table;
}
#undef IMGCOST_PLAIN
#undef IMGCOST_OPTIONAL

struct TextField {
    const char* key;
    std::string Scenario::*member;
    size_t max_length;
};

const std::vector<TextField>& text_fields() {
    static const std::vector<TextField> table = {
        {"model", &Scenario::model, 120},       {"custom_name", &Scenario::custom_name, 80},
        {"quality", &Scenario::quality, 40},    {"upscaler", &Scenario::upscaler, 120},
        {"moderation", &Scenario::moderation, 120}, {"storage", &Scenario::storage, 120},
        {"cdn", &Scenario::cdn, 120},           {"as_of", &Scenario::as_of, 10},
    };
    return table;
}

// An exclusive minimum still needs a floor: acceptance_rate = 1e-300 passes
// "greater than 0", yet V / a overflows to Infinity. The published range stays
// as SPEC words it; a value between the minimum and the floor gets its own message.
double smallest_accepted(const KeyRange& r) {
    return r.min_exclusive && std::string(r.key) == "acceptance_rate" ? 0.0001 : r.min;
}

std::string range_message(const KeyRange& r, const std::string& got) {
    std::string rule;
    if (r.integer)
        rule = "a whole number from " + number_text(r.min) + " to " + number_text(r.max);
    else if (r.min_exclusive)
        rule = "a number greater than " + number_text(r.min) + " and at most " + number_text(r.max);
    else
        rule = "a number from " + number_text(r.min) + " to " + number_text(r.max);
    return std::string(r.key) + " must be " + rule + " (got " + got + ")";
}

std::string range_message(const KeyRange& r, double got) {
    if (got > r.min && got < smallest_accepted(r))
        return std::string(r.key) + " must be at least " + number_text(smallest_accepted(r)) + " (got " +
               number_text(got) + "): a smaller share is too small to price";
    return range_message(r, number_text(got));
}

bool in_range(const KeyRange& r, double v) {
    if (!std::isfinite(v)) return false;
    if (r.min_exclusive ? !(v > r.min && v >= smallest_accepted(r)) : !(v >= r.min)) return false;
    if (!(v <= r.max)) return false;
    return !r.integer || std::floor(v) == v;
}

// A key whose given value was already rejected is not reported again as missing.
void check_cross_fields(const Scenario& s, std::vector<FieldError>& errors) {
    auto reported = [&errors](const char* key) {
        return std::any_of(errors.begin(), errors.end(), [key](const FieldError& e) { return e.key == key; });
    };
    if (s.model.empty() && !reported("model"))
        errors.push_back({"model", "model is required: a catalog id such as openai/dall-e-3, or custom"});
    if (std::string problem = as_of_problem(s.as_of); !problem.empty() && !reported("as_of"))
        errors.push_back({"as_of", problem});
    if (s.model == "custom" && !s.price_per_image && !reported("price_per_image"))
        errors.push_back({"price_per_image", "price_per_image is required when model is custom "
                                             "(a number from 0 to 1e+06)"});
}

}  // namespace

const std::vector<KeyRange>& numeric_keys() {
    static const std::vector<KeyRange> keys = [] {
        std::vector<KeyRange> out;
        for (const auto& f : fields()) out.push_back(f.range);
        return out;
    }();
    return keys;
}

const std::vector<const char*>& text_keys() {
    static const std::vector<const char*> keys = [] {
        std::vector<const char*> out;
        for (const auto& f : text_fields()) out.push_back(f.key);
        return out;
    }();
    return keys;
}

Scenario scenario_from_json(const nlohmann::json& j) {
    if (!j.is_object()) throw InputError("scenario", "scenario must be a JSON object of keys and values");
    Scenario s;
    std::vector<FieldError> errors;
    for (const auto& [key, value] : j.items()) {
        if (value.is_null()) continue;
        bool known = false;
        for (const auto& f : fields()) {
            if (key != f.range.key) continue;
            known = true;
            if (!value.is_number())
                errors.push_back({key, range_message(f.range, value.dump())});
            else if (!in_range(f.range, value.get<double>()))
                errors.push_back({key, range_message(f.range, value.get<double>())});
            else
                f.set(s, value.get<double>());
        }
        for (const auto& f : text_fields()) {
            if (key != f.key) continue;
            known = true;
            if (!value.is_string())
                errors.push_back({key, key + " must be a string (got " + value.dump() + ")"});
            else if (value.get_ref<const std::string&>().size() > f.max_length)
                errors.push_back({key, key + " must be at most " + std::to_string(f.max_length) + " characters"});
            else
                s.*f.member = value.get<std::string>();
        }
        if (!known) errors.push_back({key, "unknown key '" + key + "' (see imgcost --help for the keys)"});
    }
    check_cross_fields(s, errors);
    if (!errors.empty()) throw InputError(std::move(errors));
    return s;
}

void validate(const Scenario& s) {
    std::vector<FieldError> errors;
    for (const auto& f : fields()) {
        auto v = f.get(s);
        if (v && !in_range(f.range, *v)) errors.push_back({f.range.key, range_message(f.range, *v)});
    }
    check_cross_fields(s, errors);
    if (!errors.empty()) throw InputError(std::move(errors));
}

nlohmann::json scenario_to_json(const Scenario& s, bool all) {
    static const Scenario defaults;
    nlohmann::json j = nlohmann::json::object();
    for (const auto& f : text_fields())
        if (all || f.key == std::string("model") || s.*f.member != defaults.*f.member) j[f.key] = s.*f.member;
    for (const auto& f : fields()) {
        auto v = f.get(s);
        if (!v) continue;
        if (all || v != f.get(defaults)) {
            if (f.range.integer)
                j[f.range.key] = static_cast<long long>(*v);
            else
                j[f.range.key] = *v;
        }
    }
    return j;
}

}  // namespace imgcost
