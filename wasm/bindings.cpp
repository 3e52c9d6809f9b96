// The page's only door into the core: JSON text in, JSON text out, so no
// exception and no 64-bit integer crosses into JavaScript (TOOLCHAIN.md 9, 10).
// Every reply is {"ok": true, ...} or {"ok": false, "errors": [{key, message}]}.
#include <emscripten/bind.h>

#include <functional>

#include "imgcost/advisor_json.hpp"
#include "imgcost/catalog_loader.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/export_tables.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/share_link.hpp"

namespace {

using nlohmann::json;

imgcost::LoadResult& loaded() {
    static imgcost::LoadResult catalog;
    return catalog;
}

// A std::function, not a template: as a template, this error handling and the
// dump were instantiated once per binding (2.5 to 8 KB of wasm each).
std::string reply(const std::function<json()>& fn) {
    try {
        json out = fn();
        out["ok"] = true;
        return out.dump();
    } catch (const imgcost::InputError& e) {
        json out = imgcost::to_json(e);
        out["ok"] = false;
        return out.dump();
    } catch (const std::exception& e) {
        return json{{"ok", false}, {"errors", {{{"key", ""}, {"message", e.what()}}}}}.dump();
    }
}

imgcost::Scenario parse_scenario(const std::string& text) {
    return imgcost::scenario_from_json(json::parse(text));
}

std::string load_catalog(const std::string& text) {
    return reply([&] {
        loaded() = imgcost::load_catalog_text(text, "catalog.json");
        return imgcost::catalog_summary(loaded());
    });
}

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

// format: "estimate-csv", "projection-csv", "compare-csv" or "markdown".
std::string export_tables(const std::string& scenario, const std::string& format, bool include_retired,
                          bool include_unverified) {
    return reply([&] {
        imgcost::Scenario s = parse_scenario(scenario);
        const imgcost::Catalog& c = loaded().catalog;
        auto rows = [&] { return imgcost::compare(s, c, {include_retired, include_unverified}); };
        std::string text;
        if (format == "estimate-csv") text = imgcost::estimate_csv(imgcost::evaluate(s, c));
        else if (format == "projection-csv") text = imgcost::projection_csv(imgcost::evaluate(s, c));
        else if (format == "compare-csv") text = imgcost::compare_csv(rows());
        else if (format == "markdown") text = imgcost::report_markdown(imgcost::evaluate(s, c), rows());
        else throw imgcost::InputError("format", "format must be estimate-csv, projection-csv, compare-csv or markdown");
        return json{{"text", text}};
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

// Advisor options (AdvisorOptions in advisor.hpp); "" or "null" for the defaults.
imgcost::AdvisorOptions parse_options(const std::string& text) {
    return imgcost::advisor_options_from_json(text.empty() ? json() : json::parse(text));
}

std::string advise(const std::string& scenario, const std::string& options) {
    return reply([&] {
        auto advice = imgcost::advise(parse_scenario(scenario), loaded().catalog, parse_options(options));
        return json{{"advice", imgcost::to_json(advice)}};
    });
}

std::string budget(const std::string& scenario, const std::string& options) {
    return reply([&] {
        auto o = parse_options(options);
        auto report = imgcost::budget_report(parse_scenario(scenario), loaded().catalog, o.monthly_budget, o.total_budget);
        return json{{"budget", imgcost::to_json(report)}};
    });
}

std::string sensitivity(const std::string& scenario) {
    return reply([&] { return json{{"sensitivity", imgcost::to_json(imgcost::sensitivity(parse_scenario(scenario), loaded().catalog))}}; });
}

std::string mix(const std::string& scenario, const std::string& options) {
    return reply([&] {
        auto o = parse_options(options);
        return json{{"mix", imgcost::to_json(imgcost::evaluate_mix(parse_scenario(scenario), o.mix, loaded().catalog))}};
    });
}

}  // namespace

EMSCRIPTEN_BINDINGS(imgcost) {
    emscripten::function("loadCatalog", &load_catalog);
    emscripten::function("estimate", &estimate);
    emscripten::function("compare", &compare);
    emscripten::function("encodeLink", &encode_link);
    emscripten::function("decodeLink", &decode_link);
    emscripten::function("scenarioKeys", &scenario_keys);
    emscripten::function("exportTables", &export_tables);
    emscripten::function("advise", &advise);
    emscripten::function("budget", &budget);
    emscripten::function("sensitivity", &sensitivity);
    emscripten::function("mix", &mix);
}
