// What both browser modules share: the loaded catalog and the reply format.
// JSON text in, JSON text out, so no exception and no 64-bit integer crosses
// into JavaScript (docs/building.md#bigint, docs/building.md#binding-errors). Every reply is {"ok": true, ...} or
// {"ok": false, "errors": [{key, message}]}.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost::web {

LoadResult& loaded();

std::string reply(const std::function<nlohmann::json()>& fn);

Scenario parse_scenario(const std::string& text);

// Loads the catalog bundle into this module; replies with the catalog summary.
std::string load_catalog(const std::string& text, const std::string& today);

}  // namespace imgcost::web
