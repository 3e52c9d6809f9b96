// The second browser module: the cost advisor and the exports, loaded by the
// page after its first figure so they do not weigh on the first load.
#include <emscripten/bind.h>

#include <string_view>

#include "reply.hpp"
#include "imgcost/advisor_json.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/export_tables.hpp"
#include "imgcost/share_link.hpp"

namespace {

using nlohmann::json;
using imgcost::web::loaded;
using imgcost::web::parse_scenario;
using imgcost::web::reply;

// format: "estimate-csv", "projection-csv", "compare-csv" or "markdown".
// base: the page's own address, for the report's link back to the scenario.
std::string export_tables(const std::string& scenario, const std::string& format, bool include_retired,
                          bool include_unverified, const std::string& base) {
    return reply([&] {
        imgcost::Scenario s = parse_scenario(scenario);
        const imgcost::Catalog& c = loaded().catalog;
        auto rows = [&] { return imgcost::compare(s, c, {include_retired, include_unverified}); };
        std::string text;
        if (format == "estimate-csv") text = imgcost::estimate_csv(imgcost::evaluate(s, c));
        else if (format == "projection-csv") text = imgcost::projection_csv(imgcost::evaluate(s, c));
        else if (format == "compare-csv") text = imgcost::compare_csv(rows());
        else if (format == "markdown")
            text = imgcost::report_markdown(imgcost::evaluate(s, c), rows(), &s, imgcost::encode_link(s, base));
        else throw imgcost::InputError("format", imgcost::code::unknown_format,
                                       "format must be estimate-csv, projection-csv, compare-csv or markdown");
        return json{{"text", text}};
    });
}

// Advisor options (AdvisorOptions in advisor.hpp); "" or "null" for the defaults.
imgcost::AdvisorOptions parse_options(const std::string& text) {
    return imgcost::advisor_options_from_json(text.empty() ? json() : json::parse(std::string_view(text)));
}

// The tactics only: the budget, the sensitivity and the mix have their own
// calls, made while their part of the page is open.
std::string advise(const std::string& scenario, const std::string& options) {
    return reply([&] {
        auto advice = imgcost::advise(parse_scenario(scenario), loaded().catalog, parse_options(options), {false, false, false});
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

EMSCRIPTEN_BINDINGS(imgcost_tools) {
    emscripten::function("loadCatalog", &imgcost::web::load_catalog);
    emscripten::function("exportTables", &export_tables);
    emscripten::function("advise", &advise);
    emscripten::function("budget", &budget);
    emscripten::function("sensitivity", &sensitivity);
    emscripten::function("mix", &mix);
}
