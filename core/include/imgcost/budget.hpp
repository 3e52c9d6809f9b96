// Budget: the forward model run backwards. What a monthly budget buys with
// each model, and how long a fixed sum lasts under the projection's growth.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "imgcost/catalog.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

// Usable images per month that `budget` dollars a month pay for under the
// scenario. The monthly total is 0 at V = 0 and rises piecewise-linearly with V
// (graduated service rates bend it), so the root is found exactly: on one
// linear piece the interpolation step lands on it. Empty when the budget
// covers any volume the scenario accepts (zero marginal cost, or beyond 1e12).
std::optional<double> images_for_budget(const Scenario& s, const Catalog& c, double budget);

struct Affordable {
    std::string model, model_name;
    bool chosen = false;
    bool unlimited = false;          // no volume exhausts the budget
    double images_per_month = 0;     // when !unlimited
    double monthly_total = 0;        // the forward model at that volume (≤ budget)
    double cost_per_delivered_image = 0;
};

// Months a fixed sum lasts: whole months plus the fraction of the next one.
struct Runway {
    double total_budget = 0;
    bool beyond_horizon = false;     // still money left after `horizon` months
    int horizon = 60;                // the projection's longest run (docs/cost-model.md#inputs)
    double months = 0;               // when !beyond_horizon
    double spent_in_horizon = 0;     // what the horizon costs in all
};

struct BudgetReport {
    std::optional<double> monthly_budget;
    std::vector<Affordable> models;  // most images first
    std::optional<Runway> runway;
};

// What the budgets given buy: per model for a monthly budget, the runway of a total one.
BudgetReport budget_report(const Scenario& s, const Catalog& c, std::optional<double> monthly_budget,
                           std::optional<double> total_budget);

// Every callable model's volume for the monthly budget (sorted, most first).
std::vector<Affordable> affordable_by_model(const Scenario& s, const Catalog& c, double monthly_budget);

// How long `total_budget` lasts for the scenario's own model, month 1 at V,
// growing by monthly_growth, storage accumulating as in the projection.
Runway runway(const Scenario& s, const Catalog& c, double total_budget);

}  // namespace imgcost
