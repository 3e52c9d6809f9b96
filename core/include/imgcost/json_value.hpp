// A Value (value.hpp) as nlohmann::json and back: the CLI's and the tools
// module's side of the one result format. The page's first-load module never
// links this (it writes Values as JavaScript objects).
#pragma once

#include <nlohmann/json.hpp>

#include "imgcost/value.hpp"

namespace imgcost {

nlohmann::json to_json(const Value& v);
Value value_from_json(const nlohmann::json& j);

}  // namespace imgcost
