// The key registry: the one table where every scenario key and advisor option
// is described (docs/interfaces.md#keys). Validation and its messages,
// `imgcost --help`, `imgcost keys`, the bindings' key list and the page's form
// all come from it, so a new input is described here and nowhere else.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imgcost {

// How a value is read, shown and typed.
enum class Unit {
    money,       // dollars (per call, per GB...)
    share,       // a fraction 0..1, shown as a percentage
    count,       // a plain quantity (images, calls, tokens, steps)
    pixels,
    megabytes,   // 10^6 bytes
    months,
    date,        // ISO 8601, YYYY-MM-DD
    catalog_id,  // a catalog model or service id
    text,        // free text or a tier name
};
const char* unit_name(Unit u);

enum class Scope { scenario, advisor };

struct KeySpec {
    const char* key = "";
    const char* label = "";          // as a person reads it: "Acceptance rate"
    Unit unit = Unit::count;
    Scope scope = Scope::scenario;
    const char* group = "";          // form group id (see form_groups())
    bool essential = false;          // on the first screen; else under "More inputs"
    const char* description = "";    // one line, for hints and --help
    const char* alias = "";          // v1 share-link alias ("" for none)
    // Numbers: the allowed range. A "floor" above an exclusive minimum keeps
    // products finite (acceptance 1e-300 would make V / a infinite).
    double min = 0, max = 0;
    bool min_exclusive = false;
    bool integer = false;
    double floor = 0;
    std::optional<double> default_number;  // empty: no fixed default (see default_text)
    // Text keys: the default value; for keys whose default depends on the
    // model (quality, steps...), how people read it ("the model's default tier").
    const char* default_text = "";
    size_t max_length = 0;      // text keys
    bool required = false;

    bool numeric() const { return unit != Unit::catalog_id && unit != Unit::text && unit != Unit::date; }
    // The allowed range in words: "a whole number from 64 to 16384",
    // "more than 0 and at most 1". Money is in `currency` (empty: US dollars),
    // the currency a scenario's own prices are typed in.
    std::string range_text(std::string_view currency = "") const;
    // A value in the key's unit, as people read it: "30%", "$0.05", "EUR 0.05", "1 trillion".
    std::string shown(double v, std::string_view currency = "") const;
    // The default in words, for hints and --help.
    std::string default_words() const;
    // "Acceptance rate (acceptance_rate)": how every message names the key;
    // a money label names `currency` when it is not US dollars
    // ("Price per image (EUR) (price_per_image)").
    std::string name(std::string_view currency = "") const;
};

struct FormGroup {
    const char* id;
    const char* legend;
    Scope scope;
};

// Every key, in form order.
const std::vector<KeySpec>& key_registry();
const std::vector<FormGroup>& form_groups();
// nullptr when the key is not in the registry.
const KeySpec* find_key(std::string_view key, Scope scope = Scope::scenario);
// The registry default of a numeric key (0 when it has none).
double registry_default(std::string_view key, Scope scope = Scope::scenario);
// The registry key a v1 link alias stands for (nullptr when none).
const KeySpec* find_alias(std::string_view alias);

}  // namespace imgcost
