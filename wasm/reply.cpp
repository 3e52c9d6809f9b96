#include "reply.hpp"

#include <string_view>

#include "imgcost/date.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/result_json.hpp"
#include "value_val.hpp"

namespace imgcost::web {

using nlohmann::json;

// A std::function, not a template: as a template, this error handling and the
// dump were instantiated once per binding (2.5 to 8 KB of wasm each).
std::string reply(const std::function<json()>& fn) {
    try {
        json out = fn();
        out["ok"] = true;
        return out.dump();
    } catch (const InputError& e) {
        json out = to_json(e);
        out["ok"] = false;
        return out.dump();
    } catch (const std::exception& e) {
        return json{{"ok", false}, {"errors", {{{"key", ""}, {"code", "internal"}, {"message", e.what()}}}}}.dump();
    }
}

// As a string_view, the parse shares its instantiation with the catalog loader's.
Scenario parse_scenario(const std::string& text) {
    return scenario_from_json(json::parse(std::string_view(text)));
}

// `today` (the browser's date, YYYY-MM-DD) is what statuses and the default
// model are derived for; the core itself never reads a clock.
std::string load_catalog(const emscripten::val& bytes, const std::string& today) {
    return reply([&] {
        load_compact(bytes_from_val(bytes));
        return catalog_summary(loaded(), parse_date(today));
    });
}

}  // namespace imgcost::web
