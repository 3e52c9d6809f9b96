// A scenario: every input of the cost model (docs/cost-model.md#inputs), read
// from and written to the JSON keys the CLI, links and page use. Labels,
// ranges and defaults are in the key registry (key_registry.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/value.hpp"

namespace imgcost {

// Every member starts at its registry default (Scenario()).
struct Scenario {
    Scenario();
    std::string model;                       // catalog id, or "custom"
    std::string custom_name;                 // display name of a custom model
    std::string as_of;
    std::string currency;                    // ISO 4217; empty: USD
    std::optional<double> fx_rate;           // units of currency per USD; empty: the catalog's rate                       // ISO date the scenario is priced on; empty: the caller's today
    int width = 0, height = 0;
    std::string quality;                     // empty: the model's default tier
    std::optional<int> steps;                // empty: the model's default
    double images_per_month = 0;
    double acceptance_rate = 0;
    double edits_per_image = 0;
    double upscale_share = 0;
    std::string upscaler;                    // empty: the model's own upscaler
    double batch_share = 0;
    std::string moderation, storage, cdn;    // service ids, may be empty
    double image_mb = 0;
    double retention_months = 0;
    double views_per_image = 0;
    double prompt_tokens = 0;
    int months = 0;
    std::optional<double> min_rating;        // compare: only models rated at least this (empty: all)
    double monthly_growth = 0;
    // Overrides replace catalog prices (negotiated rates, or a custom model).
    std::optional<double> price_per_image, edit_price, upscale_price, batch_discount,
        moderation_price, storage_price_gb_month, cdn_price_gb;
};

// "Label (key) must be <range> (got <got>)".
std::string range_message(const KeySpec& k, const std::string& got, std::string_view currency = "");
// The error for a number outside k's range, if it is.
std::optional<FieldError> check_number(const KeySpec& k, double v, std::string_view currency = "");

// Reads a scenario from JSON (or the same object as a Value: the page's object,
// a link's parameters). Unknown keys, wrong types and out-of-range values are
// all reported at once in an InputError naming each key and its range.
Scenario scenario_from_value(const Value& j);
Scenario scenario_from_json(const nlohmann::json& j);

// Checks every range rule; throws InputError listing each bad key.
void validate(const Scenario& s);

// The keys that differ from the defaults (the compact form a link carries);
// with all = true, every key.
Value scenario_to_value(const Scenario& s, bool all = false);
nlohmann::json scenario_to_json(const Scenario& s, bool all = false);

}  // namespace imgcost
