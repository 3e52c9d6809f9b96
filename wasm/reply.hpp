// The tools module's reply format (advisor, exports): JSON text in, JSON text
// out, so no exception and no 64-bit integer crosses into JavaScript
// (docs/building.md#bigint, docs/building.md#binding-errors). Every reply is
// {"ok": true, ...} or {"ok": false, "errors": [{key, code, message}]}. The
// first-load module answers with objects instead (value_val.hpp).
#pragma once

#include <functional>
#include <string>

#include <emscripten/val.h>
#include <nlohmann/json.hpp>

#include "loaded.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost::web {

std::string reply(const std::function<nlohmann::json()>& fn);

Scenario parse_scenario(const std::string& text);

// Loads the compact catalog (a Uint8Array) into this module; replies with the
// catalog summary.
std::string load_catalog(const emscripten::val& bytes, const std::string& today);

}  // namespace imgcost::web
