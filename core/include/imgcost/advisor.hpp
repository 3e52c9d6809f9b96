// The savings advisor (issue 6): each way to pay less, computed for the
// reader's own scenario as a changed scenario with its new monthly total, or
// the reason it does not apply. Every changed scenario uses SPEC §1 keys only,
// so the page can load it as is ("Apply") and show the advertised total.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "imgcost/budget.hpp"
#include "imgcost/catalog.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/scenario.hpp"
#include "imgcost/sensitivity.hpp"
#include "imgcost/usage_mix.hpp"

namespace imgcost {

// What the advisor assumes where the scenario says nothing. Each has a
// documented default and a range (validate_options).
struct AdvisorOptions {
    // Drafts generated per delivered image; default 1 / acceptance_rate (the
    // drafts are where the rejects happen). 1..1000.
    std::optional<double> drafts_per_final;
    // Share of generations that can wait for a batch result (up to 24 h). 0..1.
    double batch_eligible_share = 0.5;
    // Share of requests a cache can serve with an image made before. 0..0.99.
    double cache_reuse = 0.1;
    std::optional<double> monthly_budget;   // USD per month, 0..1e12
    std::optional<double> total_budget;     // USD once, 0..1e15
    std::vector<UseCase> mix;
};

// Throws InputError naming each option out of range.
void validate_options(const AdvisorOptions& o);

struct Assumption {
    std::string key;
    double value = 0;
    std::string text;
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
    Sensitivity sensitivity;
    std::optional<MixResult> mix;           // when options.mix is not empty
};

Advice advise(const Scenario& s, const Catalog& c, const AdvisorOptions& o = {});

}  // namespace imgcost
