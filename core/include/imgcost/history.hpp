// A model's price history for one configuration (`imgcost history`): what one
// generation cost in each price period of the catalog.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/catalog.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

struct HistoryPoint {
    std::string from;          // the period's effective_from
    std::string to;            // the next period's effective_from; empty for the last (current) period
    bool ok = false;
    double price_per_generation = 0;
    std::string billed_as;
    Source source;
    std::string error;         // when this period's pricing cannot deliver the configuration
};

struct PriceHistory {
    std::string model, model_name, quality;
    int width = 0, height = 0;
    Lifecycle lifecycle;
    std::vector<HistoryPoint> points;  // oldest first
};

// Uses the scenario's model, width, height, quality, steps and prompt_tokens.
// Throws InputError for an unknown model ("model") or a quality it does not offer.
PriceHistory price_history(const Scenario& s, const Catalog& c);

// {"model", "model_name", "width", "height", "quality", "points": [{"from", "to" (null
// for the current period), "price_per_generation", "billed_as", "source"}...]}, plus
// "shutdown" and "successor" when the catalog knows them.
nlohmann::json to_json(const PriceHistory& h);

}  // namespace imgcost
