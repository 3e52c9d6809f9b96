// The savings advisor (issue 6): each way to pay less, computed for the
// reader's own scenario as a changed scenario with its new monthly total, or
// the reason it does not apply. Every changed scenario uses docs/cost-model.md#inputs keys only,
// so the page can load it as is ("Apply") and show the advertised total.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "imgcost/budget.hpp"
#include "imgcost/catalog.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/scenario.hpp"
#include "imgcost/sensitivity.hpp"
#include "imgcost/usage_mix.hpp"

namespace imgcost {

// What the advisor assumes where the scenario says nothing. Labels, ranges
// and defaults are in the key registry (Scope::advisor; validate_options).
struct AdvisorOptions {
    // Empty: 1 / acceptance_rate (the drafts are where the rejects happen).
    std::optional<double> drafts_per_final;
    double batch_eligible_share = registry_default("batch_eligible_share", Scope::advisor);
    double cache_reuse = registry_default("cache_reuse", Scope::advisor);
    std::optional<double> monthly_budget;   // USD per month
    std::optional<double> total_budget;     // USD once
    std::vector<UseCase> mix;
};

// Throws InputError naming each option out of range.
void validate_options(const AdvisorOptions& o);

struct Assumption {
    std::string key;
    double value = 0;
    std::string text;
    Unit unit = Unit::count;  // how the page shows the value (a share as %)
};

struct Tactic {
    std::string id, title;
    std::string summary;            // what changes, in the reader's terms
    bool applies = false;           // saves money
    std::string reason;             // why not, when !applies
    bool priced = false;            // an alternative was computed (even one that saves nothing)
    Scenario scenario;              // the changed scenario, when priced
    double monthly_total = 0, saved_per_month = 0, saved_per_year = 0;  // year = 12 × month
    std::vector<Assumption> assumptions;
    std::map<std::string, double> figures;  // tactic-specific, e.g. value_per_point
};

// The six tactics, those that save first (most saved first), then the others.
std::vector<Tactic> savings_tactics(const Scenario& s, const Catalog& c, const AdvisorOptions& o = {});

struct Advice {
    Scenario scenario;
    Estimate baseline;
    std::vector<Tactic> tactics;
    std::optional<BudgetReport> budget;     // when a budget option is set
    std::optional<Sensitivity> sensitivity; // when asked for
    std::optional<MixResult> mix;           // when options.mix is not empty
};

// What a caller wants computed: the page asks for the tactics on each change
// and for the other parts only while they are open.
struct AdviceParts {
    bool budget = true, sensitivity = true, mix = true;
};

Advice advise(const Scenario& s, const Catalog& c, const AdvisorOptions& o = {}, const AdviceParts& parts = {});

}  // namespace imgcost
