// The JSON form of the advisor's results and the JSON form of its options:
// what `imgcost advise` prints and what the page's bindings exchange.
#pragma once

#include <nlohmann/json.hpp>

#include "imgcost/advisor.hpp"

namespace imgcost {

// {"drafts_per_final", "batch_eligible_share", "cache_reuse", "monthly_budget",
//  "total_budget", "mix": [{"name", "share", <scenario keys>...}]}, every key
// optional. Throws InputError naming each bad key (mix entries as "mix[i].key").
AdvisorOptions advisor_options_from_json(const nlohmann::json& j);

nlohmann::json to_json(const Tactic& t);
nlohmann::json to_json(const BudgetReport& b);
nlohmann::json to_json(const Sensitivity& s);
nlohmann::json to_json(const MixResult& m);
nlohmann::json to_json(const Advice& a);

}  // namespace imgcost
