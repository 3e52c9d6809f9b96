// A Value (imgcost/value.hpp) as a JavaScript object and back: how the
// first-load module answers the page with objects instead of JSON text, so
// it links no JSON library (docs/interfaces.md#bindings).
#pragma once

#include <functional>

#include <emscripten/val.h>

#include "imgcost/value.hpp"

namespace imgcost::web {

emscripten::val to_val(const Value& v);
// What the page passes (a scenario, a view): numbers, text, booleans, null,
// arrays and plain objects; anything else reads as null.
Value value_from_val(const emscripten::val& v);

// Runs fn and returns its answer with "ok": true, or {"ok": false, "errors":
// [{key, code, message}]}: no exception crosses into JavaScript
// (docs/building.md#binding-errors).
emscripten::val reply_object(const std::function<Value()>& fn);

}  // namespace imgcost::web
