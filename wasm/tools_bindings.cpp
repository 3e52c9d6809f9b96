// The second browser module: the cost advisor and the exports, loaded by the
// page after its first figure so they do not weigh on the first load.
#include <emscripten/bind.h>

#include <string_view>

#include "reader_date.hpp"
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

// Every call takes the reader's date last (`today`, YYYY-MM-DD): a scenario
// without its own date is priced on it, as the page's answer is, not on the
// catalog's date (reader_date.hpp).
imgcost::Scenario priced(const std::string& scenario, const std::string& today) {
    return imgcost::web::on_reader_date(parse_scenario(scenario), today);
}

// format: "estimate-csv", "projection-csv", "compare-csv" or "markdown".
// base: the page's own address, for the report's link back to the scenario.
std::string export_tables(const std::string& scenario, const std::string& format, bool include_retired,
                          bool include_unverified, const std::string& base, const std::string& today) {
    return reply([&] {
        imgcost::Scenario given = parse_scenario(scenario);  // the report's link keeps only a date the reader chose
        imgcost::Scenario s = imgcost::web::on_reader_date(given, today);
        const imgcost::Catalog& c = loaded().catalog;
        auto rows = [&] { return imgcost::compare(s, c, {include_retired, include_unverified}); };
        std::string text;
        if (format == "estimate-csv") text = imgcost::estimate_csv(imgcost::evaluate(s, c));
        else if (format == "projection-csv") text = imgcost::projection_csv(imgcost::evaluate(s, c));
        else if (format == "compare-csv") text = imgcost::compare_csv(rows());
        else if (format == "markdown")
            text = imgcost::report_markdown(imgcost::evaluate(s, c), rows(), &given, imgcost::encode_link(given, base));
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
std::string advise(const std::string& scenario, const std::string& options, const std::string& today) {
    return reply([&] {
        imgcost::Scenario given = parse_scenario(scenario);
        auto advice = imgcost::advise(imgcost::web::on_reader_date(given, today), loaded().catalog, parse_options(options),
                                      {false, false, false});
        // "Apply" loads a tactic's scenario as a link: it keeps only a date the reader chose.
        advice.scenario.as_of = given.as_of;
        for (auto& tactic : advice.tactics) tactic.scenario.as_of = given.as_of;
        return json{{"advice", imgcost::to_json(advice)}};
    });
}

std::string budget(const std::string& scenario, const std::string& options, const std::string& today) {
    return reply([&] {
        auto o = parse_options(options);
        auto report = imgcost::budget_report(priced(scenario, today), loaded().catalog, o.monthly_budget, o.total_budget);
        return json{{"budget", imgcost::to_json(report)}};
    });
}

std::string sensitivity(const std::string& scenario, const std::string& today) {
    return reply([&] { return json{{"sensitivity", imgcost::to_json(imgcost::sensitivity(priced(scenario, today), loaded().catalog))}}; });
}

std::string mix(const std::string& scenario, const std::string& options, const std::string& today) {
    return reply([&] {
        auto o = parse_options(options);
        return json{{"mix", imgcost::to_json(imgcost::evaluate_mix(priced(scenario, today), o.mix, loaded().catalog))}};
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
