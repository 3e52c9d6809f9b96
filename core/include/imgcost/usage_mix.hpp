// Mix mode: one monthly volume split across use cases (thumbnails, hero
// images, print assets...), each with its own model, size and tier.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/catalog.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

struct UseCase {
    std::string name;
    double share = 0;           // of the scenario's images_per_month; the shares add up to 1
    nlohmann::json keys;        // scenario keys that differ from the base scenario
};

struct UseCaseEstimate {
    std::string name;
    double share = 0;
    Scenario scenario;
    Estimate estimate;
};

struct MixResult {
    std::vector<UseCaseEstimate> parts;
    double images_per_month = 0;
    Breakdown monthly;                       // the sum of the parts
    double annual_total = 0, all_in_cost_per_image = 0;
    std::vector<ProjectionMonth> projection; // month by month sums
};

// Each use case is the base scenario with its own keys on top and V × share
// images; a use case that changes model follows compare()'s rule for prices
// negotiated for the base model. Errors name the use case: "mix[1].width".
MixResult evaluate_mix(const Scenario& base, const std::vector<UseCase>& mix, const Catalog& c);

}  // namespace imgcost
