// The first-load browser module: one call per job (docs/interfaces.md#bindings).
// `recompute` returns everything the page shows after a change (the answer, the
// comparison rows, the share link) from one parse of the scenario. The advisor
// and the exports are in tools_bindings.cpp, a second module loaded on demand.
#include <emscripten/bind.h>

#include <string_view>

#include "reply.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/history.hpp"
#include "imgcost/market_trend.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/share_link.hpp"

namespace {

using nlohmann::json;
using imgcost::web::loaded;
using imgcost::web::parse_scenario;
using imgcost::web::reply;

struct View {
    imgcost::CompareOptions compare;
    std::string base;
    std::string today;  // the browser's date: the as_of of a scenario that names none
};

View parse_view(const std::string& text) {
    View v;
    if (text.empty()) return v;
    json j = json::parse(std::string_view(text));
    v.compare.include_retired = j.value("include_retired", false);
    v.compare.include_unverified = j.value("include_unverified", false);
    v.compare.leaderboard = j.value("leaderboard", std::string(imgcost::default_leaderboard));
    if (!imgcost::find_leaderboard(v.compare.leaderboard))
        throw imgcost::InputError("leaderboard", imgcost::code::out_of_range,
                                  "unknown leaderboard '" + v.compare.leaderboard + "'");
    v.base = j.value("base", "");
    v.today = j.value("today", "");
    return v;
}

// A pinned link's figures at today's prices, for "At today's prices: …".
json at_today(imgcost::Scenario s, const std::string& today) {
    s.as_of = today;
    try {
        imgcost::Estimate e = imgcost::evaluate(s, loaded().catalog, {false});
        return {{"as_of", e.as_of}, {"monthly_total", e.monthly.total},
                {"cost_per_delivered_image", e.cost_per_delivered_image}, {"status", e.status}};
    } catch (const imgcost::InputError& e) {
        return {{"as_of", today}, {"error", e.what()}};
    }
}

// A scenario the chosen model cannot price (a size it lacks, say) still has a
// comparison and a link: ok is false with the errors, rows and url are there.
std::string recompute(const std::string& scenario_text, const std::string& view_text) {
    return reply([&] {
        imgcost::Scenario s = parse_scenario(scenario_text);
        View view = parse_view(view_text);
        // A link keeps only a date the reader chose; the figures use today otherwise.
        imgcost::Scenario priced = s;
        if (priced.as_of.empty()) priced.as_of = view.today;
        json out = {{"rows", imgcost::to_json(imgcost::compare(priced, loaded().catalog, view.compare))},
                    {"url", imgcost::encode_link(s, view.base)},
                    {"scenario", imgcost::scenario_to_json(s)}};  // as the core read it: numbers, shares as fractions
        try {
            out["result"] = imgcost::to_json(imgcost::evaluate(priced, loaded().catalog));
            if (priced.model != "custom") out["history"] = imgcost::to_json(imgcost::price_history(priced, loaded().catalog));
            if (!s.as_of.empty() && s.as_of != view.today) out["today"] = at_today(priced, view.today);
        } catch (const imgcost::InputError& e) {
            out["errors"] = imgcost::to_json(e)["errors"];
        }
        return out;
    });
}

// A link on demand (Copy link, Embed, Apply): the page's changes get theirs from recompute.
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

// Where image pricing is heading, up to the reader's date (not per change).
std::string trend(const std::string& today) {
    return reply([&] {
        auto to = imgcost::parse_date(today);
        if (!to) throw imgcost::InputError("as_of", imgcost::code::bad_date, "today must be a date YYYY-MM-DD");
        return json{{"trend", imgcost::to_json(imgcost::market_trend(loaded().catalog, 2022, *to))}};
    });
}

// The key registry, the breakdown's lines, the money rule and the defaults:
// what the page builds its form and labels from.
std::string keys() {
    return reply([] {
        json j = imgcost::registry_json();
        j["defaults"] = imgcost::scenario_to_json(imgcost::Scenario{}, true);
        return j;
    });
}

}  // namespace

EMSCRIPTEN_BINDINGS(imgcost) {
    emscripten::function("loadCatalog", &imgcost::web::load_catalog);
    emscripten::function("recompute", &recompute);
    emscripten::function("encodeLink", &encode_link);
    emscripten::function("decodeLink", &decode_link);
    emscripten::function("keys", &keys);
    emscripten::function("trend", &trend);
}
