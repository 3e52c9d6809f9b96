// Scenario JSON -> scenario_from_json -> validate -> evaluate and compare
// against the shipped catalog. Every input must either be rejected with an
// InputError naming a key, or produce only finite, non-negative figures.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "imgcost/scenario.hpp"

using namespace imgcost;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Catalog& catalog = fuzz::shipped_catalog();
    nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return 0;
    Scenario s;
    try {
        s = scenario_from_json(j);
    } catch (const InputError& e) {
        fuzz::check_input_error(e);
        return 0;
    }
    validate(s);  // accepted by the reader, so it must pass validation: a throw here is a crash
    // The compact form must read back to the same scenario (links and the page rely on it).
    fuzz::check(scenario_to_json(scenario_from_json(scenario_to_json(s)), true) == scenario_to_json(s, true),
                "scenario_to_json does not round-trip");
    try {
        fuzz::check_estimate(evaluate(s, catalog));
    } catch (const InputError& e) {
        fuzz::check_input_error(e);
    }
    fuzz::check_compare(s, catalog);
    return 0;
}
