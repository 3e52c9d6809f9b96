// A scenario: every input of the cost model (SPEC §1), with its range and
// default, read from and written to the JSON keys the CLI, links and page use.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace imgcost {

struct Scenario {
    std::string model;                       // catalog id, or "custom"
    std::string custom_name;                 // display name of a custom model
    std::string as_of;                       // ISO date the scenario is priced on; empty: the caller's today
    int width = 1024, height = 1024;
    std::string quality;                     // empty: the model's default tier
    std::optional<int> steps;                // empty: the model's default
    double images_per_month = 1000;
    double acceptance_rate = 1;
    double edits_per_image = 0;
    double upscale_share = 0;
    std::string upscaler;                    // empty: the model's own upscaler
    double batch_share = 0;
    std::string moderation, storage, cdn;    // service ids, may be empty
    double image_mb = 1.5;
    double retention_months = 12;
    double views_per_image = 0;
    double prompt_tokens = 50;
    int months = 12;
    double monthly_growth = 0;
    // Overrides replace catalog prices (negotiated rates, or a custom model).
    std::optional<double> price_per_image, edit_price, upscale_price, batch_discount,
        moderation_price, storage_price_gb_month, cdn_price_gb;
};

// The range rule of one numeric scenario key, for messages, forms and links.
struct KeyRange {
    const char* key;
    double min, max;
    bool min_exclusive;
    bool integer;
    const char* text;   // the allowed range as people read it, e.g. "0 < a ≤ 1"
};
const std::vector<KeyRange>& numeric_keys();
const std::vector<const char*>& text_keys();

// Reads a scenario from JSON. Unknown keys, wrong types and out-of-range values
// are all reported at once in an InputError naming each key and its range.
Scenario scenario_from_json(const nlohmann::json& j);

// Checks every range rule; throws InputError listing each bad key.
void validate(const Scenario& s);

// The keys that differ from the defaults (the compact form a link carries);
// with all = true, every key.
nlohmann::json scenario_to_json(const Scenario& s, bool all = false);

}  // namespace imgcost
