// The same scenario run by other catalog models: the advisor, the budget and
// the sensitivity chart all weigh the reader's model against the catalog.
#pragma once

#include <string>
#include <vector>

#include "imgcost/catalog.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

// callable() and scenario_for_model() are in evaluation.hpp: compare() uses them too.

struct PricedModel {
    std::string model, model_name;
    bool chosen = false;       // the scenario's own model
    Scenario scenario;
    Estimate estimate;         // its projection stops after month 1
};

// The scenario's own model and every callable model that can price it, sorted
// by cost_per_delivered_image (compare()'s order); models that cannot deliver
// the scenario are left out.
std::vector<PricedModel> priced_models(const Scenario& s, const Catalog& c);

// A model's quality tiers at the scenario's size, cheapest first: quality
// name (empty for a single-tier model) and price per generation. Tiers the
// model does not offer at that size are left out.
struct TierPrice {
    std::string quality;
    double price = 0;
};
std::vector<TierPrice> tier_ladder(const Scenario& s, const Model& m, const Catalog& c);

// The monthly total alone, without the projection (the solvers call it often).
double monthly_total(const Scenario& s, const Catalog& c);

}  // namespace imgcost
