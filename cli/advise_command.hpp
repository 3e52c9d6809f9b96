// `imgcost advise`: the savings advisor, budget, sensitivity and mix mode for
// one scenario (issue 6).
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/catalog.hpp"

namespace imgcost::cli {

// `input` is a scenario object that may also carry "mix" (the use cases) and
// "advisor" (the advisor's options); --budget and --total-budget in `options`
// set the budgets. Returns what the command prints.
nlohmann::json advise_command(const nlohmann::json& input, const Catalog& catalog,
                              const std::map<std::string, std::string>& options);

// The command's part of `imgcost --help`.
std::string advise_help();

}  // namespace imgcost::cli
