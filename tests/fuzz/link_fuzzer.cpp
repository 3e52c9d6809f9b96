// Share-link text -> decode_link. A link never throws except for naming no
// usable model; what it decodes is a valid scenario that survives
// encode -> decode unchanged, and every notice can be sent to the page as JSON.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "imgcost/share_link.hpp"

using namespace imgcost;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Catalog& catalog = fuzz::shipped_catalog();
    if (size == 0) return 0;
    // The first byte picks the fallback model, so both decode paths are reached.
    std::string fallback = data[0] & 1 ? "openai/dall-e-3" : "";
    std::string url(reinterpret_cast<const char*>(data + 1), size - 1);
    DecodedLink d;
    try {
        d = decode_link(url, fallback);
    } catch (const InputError& e) {
        fuzz::check_input_error(e);
        fuzz::check(fallback.empty() || e.errors().front().key == "model", "decode_link threw with a fallback model");
        return 0;
    }
    validate(d.scenario);
    // What the bindings send to the page: must serialize.
    (void)nlohmann::json{{"scenario", scenario_to_json(d.scenario)}, {"notices", d.notices}}.dump();

    std::string again = encode_link(d.scenario, "https://example.test/calc/");
    fuzz::check(again.size() <= max_link_length, "encode_link made a link longer than decode_link reads");
    DecodedLink back = decode_link(again, "");
    fuzz::check(back.notices.empty(), "a re-encoded link has notices: " + (back.notices.empty() ? "" : back.notices[0]));
    fuzz::check(scenario_to_json(back.scenario, true) == scenario_to_json(d.scenario, true),
                "encode(decode(x)) does not decode to the same scenario: " + again);
    try {
        fuzz::check_estimate(evaluate(d.scenario, catalog));
    } catch (const InputError& e) {
        fuzz::check_input_error(e);
    }
    return 0;
}
