// A Value (imgcost/value.hpp) as a JavaScript object and back: how the
// first-load module answers the page with objects instead of JSON text, so
// it links no JSON library (docs/interfaces.md#bindings).
#pragma once

#include <functional>
#include <string>

#include <emscripten/val.h>

#include "imgcost/value.hpp"
#include "imgcost/value_writer.hpp"

namespace imgcost::web {

emscripten::val to_val(const Value& v);
// What `write` writes, as a JavaScript value, with no Value built on the way
// (the comparison's rows, value_writer.hpp).
emscripten::val written_val(const std::function<void(ValueWriter&)>& write);
// What the page passes (a scenario, a view): numbers, text, booleans, null,
// arrays and plain objects; anything else reads as null.
Value value_from_val(const emscripten::val& v);

// The bytes of a Uint8Array, copied into the wasm heap by one TypedArray.set:
// embind's std::string conversion copies a typed array a byte at a time in
// JavaScript, which for the 34 KB catalog took several milliseconds on a
// cold page, on a share link's first figure's path.
std::string bytes_from_val(const emscripten::val& array);

// Runs fn and returns its answer with "ok": true, or {"ok": false, "errors":
// [{key, code, message}]}: no exception crosses into JavaScript
// (docs/building.md#binding-errors).
emscripten::val reply_object(const std::function<Value()>& fn);

}  // namespace imgcost::web
