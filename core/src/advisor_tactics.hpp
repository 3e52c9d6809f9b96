// The advisor's tactics, one function each; advisor.cpp runs them in turn.
// Every tactic states its change as docs/cost-model.md#inputs keys and is priced by evaluate().
#pragma once

#include <string>
#include <vector>

#include "imgcost/advisor.hpp"
#include "imgcost/money_format.hpp"

namespace imgcost::tactics {

// `changed` priced against the baseline: applies when it saves money. A
// changed scenario the core rejects yields a tactic that does not apply, with
// the core's message as the reason.
Tactic priced(const std::string& id, const std::string& title, const Estimate& base, const Scenario& changed,
              const Catalog& c);
Tactic not_applicable(const std::string& id, const std::string& title, const std::string& reason);
// The priced option with the lowest monthly total, or null.
const Tactic* cheapest(const std::vector<Tactic>& options);

// A monthly amount for reasons and summaries, e.g. "$1234.50".
// A share as a percentage, e.g. "50%".
std::string percent(double share);

Tactic draft_then_finish(const Scenario& s, const Estimate& base, const Catalog& c, const AdvisorOptions& o);
Tactic cheapest_comparable_model(const Scenario& s, const Estimate& base, const Catalog& c);
Tactic raise_acceptance(const Scenario& s, const Estimate& base, const Catalog& c);
Tactic batch(const Scenario& s, const Estimate& base, const Catalog& c, const AdvisorOptions& o);
Tactic cache_reuse(const Scenario& s, const Estimate& base, const Catalog& c, const AdvisorOptions& o);
Tactic storage_and_delivery(const Scenario& s, const Estimate& base, const Catalog& c);

}  // namespace imgcost::tactics
