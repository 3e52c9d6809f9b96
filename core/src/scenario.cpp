#include "imgcost/scenario.hpp"

#include <algorithm>
#include <cmath>

#include "imgcost/errors.hpp"
#include "imgcost/input_text.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/money_format.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

using Getter = std::optional<double> (*)(const Scenario&);
using Setter = void (*)(Scenario&, double);

// Where each numeric key lives in the Scenario; what the key means, its range
// and default are in the key registry.
struct NumericMember {
    const char* key;
    Getter get;
    Setter set;
};

#define IMGCOST_PLAIN(member) \
    {#member, [](const Scenario& s) -> std::optional<double> { return s.member; }, \
     [](Scenario& s, double v) { s.member = static_cast<decltype(s.member)>(v); }}
#define IMGCOST_OPTIONAL(member) \
    {#member, [](const Scenario& s) -> std::optional<double> { \
         return s.member ? std::optional<double>(*s.member) : std::nullopt; }, \
     [](Scenario& s, double v) { s.member = static_cast<typename decltype(s.member)::value_type>(v); }}

const std::vector<NumericMember>& numeric_members() {
    static const std::vector<NumericMember> table = {
        IMGCOST_PLAIN(width), IMGCOST_PLAIN(height), IMGCOST_OPTIONAL(steps), IMGCOST_PLAIN(images_per_month),
        IMGCOST_PLAIN(acceptance_rate), IMGCOST_PLAIN(edits_per_image), IMGCOST_PLAIN(upscale_share),
        IMGCOST_PLAIN(batch_share), IMGCOST_PLAIN(image_mb), IMGCOST_PLAIN(retention_months),
        IMGCOST_PLAIN(views_per_image), IMGCOST_PLAIN(prompt_tokens), IMGCOST_PLAIN(months),
        IMGCOST_PLAIN(monthly_growth), IMGCOST_OPTIONAL(price_per_image), IMGCOST_OPTIONAL(edit_price),
        IMGCOST_OPTIONAL(upscale_price), IMGCOST_OPTIONAL(batch_discount), IMGCOST_OPTIONAL(moderation_price),
        IMGCOST_OPTIONAL(storage_price_gb_month), IMGCOST_OPTIONAL(cdn_price_gb), IMGCOST_OPTIONAL(fx_rate), IMGCOST_OPTIONAL(min_rating),
    };
    return table;
}
#undef IMGCOST_PLAIN
#undef IMGCOST_OPTIONAL

struct TextMember {
    const char* key;
    std::string Scenario::*member;
};

const std::vector<TextMember>& text_members() {
    static const std::vector<TextMember> table = {
        {"model", &Scenario::model},         {"custom_name", &Scenario::custom_name},
        {"quality", &Scenario::quality},     {"upscaler", &Scenario::upscaler},
        {"moderation", &Scenario::moderation}, {"storage", &Scenario::storage},
        {"cdn", &Scenario::cdn},             {"as_of", &Scenario::as_of},
        {"currency", &Scenario::currency},
    };
    return table;
}

const NumericMember* numeric_member(const std::string& key) {
    for (const auto& m : numeric_members())
        if (key == m.key) return &m;
    return nullptr;
}

const TextMember* text_member(const std::string& key) {
    for (const auto& m : text_members())
        if (key == m.key) return &m;
    return nullptr;
}

// A key whose given value was already rejected is not reported again as missing.
void check_cross_fields(const Scenario& s, std::vector<FieldError>& errors) {
    auto reported = [&errors](const char* key) {
        return std::any_of(errors.begin(), errors.end(), [key](const FieldError& e) { return e.key == key; });
    };
    if (s.model.empty() && !reported("model"))
        errors.push_back({"model", code::required,
                          find_key("model")->name() + " is required: a catalog id such as openai/gpt-image-2, or custom"});
    if (!s.currency.empty() && !is_currency_code(s.currency) && !reported("currency"))
        errors.push_back({"currency", code::currency_unknown,
                          find_key("currency")->name() + " must be a currency code of three capital letters such as EUR (got '" +
                              s.currency + "')"});
    if (std::string problem = as_of_problem(s.as_of); !problem.empty() && !reported("as_of"))
        errors.push_back({"as_of", code::bad_date, problem});
    if (s.model == "custom" && !s.price_per_image && !reported("price_per_image")) {
        const KeySpec& k = *find_key("price_per_image");
        errors.push_back({"price_per_image", code::required,
                          k.name(s.currency) + " is required when the model is custom (" + k.range_text(s.currency) + ")"});
    }
}

// A number, or text as people type it (input_text.hpp): "30%", "20k", "$0.05".
// `currency`: the one the scenario's own prices are typed in, for messages.
void read_number(const KeySpec& k, const NumericMember& m, const Value& value, Scenario& s,
                 std::vector<FieldError>& errors, std::string_view currency) {
    std::optional<double> typed;
    if (value.is_number()) typed = value.number();
    else if (value.is_text()) typed = read_typed_number(k, value.text());
    if (!typed) {
        errors.push_back({k.key, code::wrong_type, range_message(k, value.dump(), currency)});
        return;
    }
    double v = *typed;
    if (auto e = check_number(k, v, currency)) errors.push_back(std::move(*e));
    else m.set(s, v);
}

void read_text(const KeySpec& k, const TextMember& m, const Value& value, Scenario& s,
               std::vector<FieldError>& errors) {
    if (!value.is_text())
        errors.push_back({k.key, code::wrong_type, k.name() + " must be text (got " + value.dump() + ")"});
    else if (value.text().size() > k.max_length)
        errors.push_back({k.key, code::too_long,
                          k.name() + " must be at most " + std::to_string(k.max_length) + " characters"});
    else
        s.*m.member = value.text();
}

}  // namespace

std::string range_message(const KeySpec& k, const std::string& got, std::string_view currency) {
    return k.name(currency) + " must be " + k.range_text(currency) + " (got " + got + ")";
}

std::optional<FieldError> check_number(const KeySpec& k, double v, std::string_view currency) {
    bool low = k.min_exclusive ? !(v > k.min) : !(v >= k.min);
    if (!std::isfinite(v) || low || !(v <= k.max) || (k.integer && std::floor(v) != v))
        return FieldError{k.key, code::out_of_range,
                          range_message(k, k.unit == Unit::share ? k.shown(v) : number_text(v), currency)};
    if (k.min_exclusive && v < k.floor)
        return FieldError{k.key, code::too_small,
                          k.name() + " must be at least " + number_text(k.floor) + " (got " + number_text(v) +
                              "): a smaller share is too small to price"};
    return std::nullopt;
}

Scenario::Scenario() {
    for (const auto& k : key_registry())
        if (k.scope == Scope::scenario && k.default_number)
            if (const NumericMember* m = numeric_member(k.key)) m->set(*this, *k.default_number);
}

Scenario scenario_from_value(const Value& j) {
    if (!j.is_object())
        throw InputError("scenario", code::not_an_object, "The scenario must be a JSON object of keys and values");
    Scenario s;
    std::vector<FieldError> errors;
    const Value* currency_value = j.find("currency");
    std::string currency = currency_value && currency_value->is_text() ? currency_value->text() : "";
    for (const auto& [key, value] : j.members()) {
        if (value.is_null()) continue;
        const KeySpec* k = find_key(key);
        const NumericMember* n = numeric_member(key);
        const TextMember* t = text_member(key);
        if (k && n) read_number(*k, *n, value, s, errors, currency);
        else if (k && t) read_text(*k, *t, value, s, errors);
        else errors.push_back({key, code::unknown_key, "unknown key '" + key + "' (imgcost keys lists the keys)"});
    }
    check_cross_fields(s, errors);
    if (!errors.empty()) throw InputError(std::move(errors));
    return s;
}

void validate(const Scenario& s) {
    std::vector<FieldError> errors;
    for (const auto& m : numeric_members()) {
        auto v = m.get(s);
        if (!v) continue;
        if (auto e = check_number(*find_key(m.key), *v, s.currency)) errors.push_back(std::move(*e));
    }
    check_cross_fields(s, errors);
    if (!errors.empty()) throw InputError(std::move(errors));
}

Value scenario_to_value(const Scenario& s, bool all) {
    static const Scenario defaults;
    Value j = Value::object();
    for (const auto& m : text_members())
        if (all || m.key == std::string("model") || s.*m.member != defaults.*m.member) j[m.key] = s.*m.member;
    for (const auto& m : numeric_members()) {
        auto v = m.get(s);
        if (!v || !(all || v != m.get(defaults))) continue;
        if (find_key(m.key)->integer) j[m.key] = static_cast<long long>(*v);
        else j[m.key] = *v;
    }
    return j;
}

}  // namespace imgcost
