// The first-load browser module: what the calculator needs to show its answer,
// the comparison and share links. The advisor and the exports are in
// tools_bindings.cpp, a second module the page loads after the first figure.
#include <emscripten/bind.h>

#include "reply.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/share_link.hpp"

namespace {

using nlohmann::json;
using imgcost::web::loaded;
using imgcost::web::parse_scenario;
using imgcost::web::reply;

std::string estimate(const std::string& scenario) {
    return reply([&] { return json{{"result", imgcost::to_json(imgcost::evaluate(parse_scenario(scenario), loaded().catalog))}}; });
}

std::string compare(const std::string& scenario, bool include_retired, bool include_unverified) {
    return reply([&] {
        imgcost::CompareOptions options{include_retired, include_unverified};
        return json{{"rows", imgcost::to_json(imgcost::compare(parse_scenario(scenario), loaded().catalog, options))}};
    });
}

std::string encode_link(const std::string& scenario, const std::string& base) {
    return reply([&] { return json{{"url", imgcost::encode_link(parse_scenario(scenario), base)}}; });
}

std::string decode_link(const std::string& url, const std::string& fallback_model) {
    return reply([&] {
        imgcost::DecodedLink d = imgcost::decode_link(url, fallback_model);
        return json{{"scenario", imgcost::scenario_to_json(d.scenario)}, {"has_model", d.has_model},
                    {"version", d.version}, {"notices", d.notices}};
    });
}

std::string scenario_keys() {
    return reply([] {
        json keys = json::array();
        for (const auto& r : imgcost::numeric_keys())
            keys.push_back({{"key", r.key}, {"min", r.min}, {"max", r.max}, {"min_exclusive", r.min_exclusive},
                            {"integer", r.integer}, {"range", r.text}});
        return json{{"numeric", keys}, {"defaults", imgcost::scenario_to_json(imgcost::Scenario{}, true)}};
    });
}

}  // namespace

EMSCRIPTEN_BINDINGS(imgcost) {
    emscripten::function("loadCatalog", &imgcost::web::load_catalog);
    emscripten::function("estimate", &estimate);
    emscripten::function("compare", &compare);
    emscripten::function("encodeLink", &encode_link);
    emscripten::function("decodeLink", &decode_link);
    emscripten::function("scenarioKeys", &scenario_keys);
}
