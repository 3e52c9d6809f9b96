// The first-load browser module: one call per job (docs/interfaces.md#bindings).
// `recompute` returns everything the page shows after a change (the answer, the
// comparison rows, the share link) from one reading of the scenario. Answers
// are JavaScript objects built from the core's Values (value_val.hpp) and the
// catalog comes in compact (loaded.hpp), so this module links no JSON library
// (issue 15). The advisor and the exports are in tools_bindings.cpp, a second
// module loaded on demand.
#include <emscripten/bind.h>

#include "loaded.hpp"
#include "reader_date.hpp"
#include "value_val.hpp"
#include "imgcost/at_today.hpp"
#include "imgcost/comparison.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/history.hpp"
#include "imgcost/market_trend.hpp"
#include "imgcost/result_value.hpp"
#include "imgcost/share_link.hpp"

namespace {

using emscripten::val;
using imgcost::Value;
using imgcost::web::loaded;
using imgcost::web::reply_object;
using imgcost::web::value_from_val;

// The scenario as the page holds it (values may be typed text, docs/interfaces.md#typed-input).
imgcost::Scenario read_scenario(const val& scenario) { return imgcost::scenario_from_value(value_from_val(scenario)); }

struct View {
    imgcost::CompareOptions compare;
    std::string base;
    std::string today;  // the browser's date: the as_of of a scenario that names none
    bool rows = true;   // false: the answer and the link only (a share link's first figure)
};

std::string text_of(const Value& j, const char* key, const std::string& fallback = "") {
    const Value* v = j.find(key);
    return v && v->is_text() ? v->text() : fallback;
}

// A true/false member; `fallback` when it is missing or not a boolean.
bool flag_of(const Value& j, const char* key, bool fallback = false) {
    const Value* v = j.find(key);
    return v && v->type() == Value::Type::boolean ? v->boolean() : fallback;
}

View read_view(const val& view) {
    View v;
    Value j = value_from_val(view);
    v.compare.include_retired = flag_of(j, "include_retired");
    v.compare.include_unverified = flag_of(j, "include_unverified");
    v.compare.leaderboard = text_of(j, "leaderboard", imgcost::default_leaderboard);
    if (!imgcost::find_leaderboard(v.compare.leaderboard))
        throw imgcost::InputError("leaderboard", imgcost::code::out_of_range,
                                  "unknown leaderboard '" + v.compare.leaderboard + "'");
    v.base = text_of(j, "base");
    v.today = text_of(j, "today");
    v.rows = flag_of(j, "rows", true);
    return v;
}

// The comparison the page's changes update: kept between calls, so that a
// change of volume prices only the rows' figures again (comparison.hpp).
imgcost::Comparison& kept_comparison() {
    static imgcost::Comparison comparison;
    return comparison;
}

// A scenario the chosen model cannot price (a size it lacks, say) still has a
// comparison and a link: ok is false with the errors, rows and url are there.
// The rows are written straight into the reply (written_val), not built as a
// Value first: that was a fifth of a recompute. When the comparison kept the
// last reply's rows, only their figures go (row_figures, in the rows' new
// order), which the page writes into the rows it holds (web/js/engine.js).
val recompute(const val& scenario, const val& view_in) {
    const std::vector<imgcost::CompareRow>* rows = nullptr;
    val reply = reply_object([&] {
        imgcost::Scenario s = read_scenario(scenario);
        View view = read_view(view_in);
        // A link keeps only a date the reader chose; the figures use today otherwise.
        imgcost::Scenario priced = imgcost::web::on_reader_date(s, view.today);
        if (view.rows) rows = &kept_comparison().update(priced, loaded().catalog, view.compare);
        // Members are moved in: an initializer list would copy each reply part.
        Value out = Value::object();
        out["url"] = imgcost::encode_link(s, view.base);
        out["scenario"] = imgcost::scenario_to_value(s);  // as the core read it: numbers, shares as fractions
        try {
            imgcost::Estimate e = imgcost::evaluate(priced, loaded().catalog);
            out["result"] = imgcost::to_value(e);
            if (view.rows && priced.model != "custom") out["history"] = imgcost::to_value(imgcost::price_history(priced, loaded().catalog));
            if (!s.as_of.empty() && s.as_of != view.today)
                out["today"] = imgcost::to_value(imgcost::at_today(priced, e.monthly.total, loaded().catalog, view.today));
        } catch (const imgcost::InputError& e) {
            out["errors"] = *imgcost::to_value(e).find("errors");
        }
        return out;
    });
    if (!rows) return reply;
    if (!reply["ok"].as<bool>()) {
        kept_comparison().clear();  // the page never saw these rows: the next reply sends them whole
    } else if (kept_comparison().figures_only()) {
        reply.set("row_figures", imgcost::web::written_val([&](imgcost::ValueWriter& w) { imgcost::write_figures(w, *rows); }));
    } else {
        reply.set("rows", imgcost::web::written_val([&](imgcost::ValueWriter& w) { imgcost::write(w, *rows); }));
    }
    return reply;
}

// A link on demand (Copy link, Embed, Apply): the page's changes get theirs from recompute.
val encode_link(const val& scenario, const std::string& base) {
    return reply_object([&] { return Value{{"url", imgcost::encode_link(read_scenario(scenario), base)}}; });
}

val decode_link(const std::string& url, const std::string& fallback_model) {
    return reply_object([&] {
        imgcost::DecodedLink d = imgcost::decode_link(url, fallback_model);
        return Value{{"scenario", imgcost::scenario_to_value(d.scenario)}, {"has_model", d.has_model},
                     {"version", d.version}, {"notices", d.notices}};
    });
}

// Where image pricing is heading, up to the reader's date (not per change).
val trend(const std::string& today) {
    return reply_object([&] {
        auto to = imgcost::parse_date(today);
        if (!to) throw imgcost::InputError("as_of", imgcost::code::bad_date, "today must be a date YYYY-MM-DD");
        return Value{{"trend", imgcost::to_value(imgcost::market_trend(loaded().catalog, 2022, *to))}};
    });
}

// The key registry, the breakdown's lines, the money rule and the defaults:
// what the page builds its form and labels from.
val keys() {
    return reply_object([] {
        Value j = imgcost::registry_value();
        j["defaults"] = imgcost::scenario_to_value(imgcost::Scenario{}, true);
        return j;
    });
}

// How money is rounded for display (Intl options): apart from keys() because a
// share link's first figure needs it and keys() builds the whole registry
// (about 8 ms cold, on that figure's path).
val money_rule() {
    return reply_object([] { return imgcost::money_rule_value(); });
}

// bytes: the compact catalog (a Uint8Array), read once for every later call.
// The summary is its own call: a share link's first figure does not need it
// (building and handing it over was half of a cold load's catalog time).
val load_catalog(const val& bytes) {
    return reply_object([&] {
        kept_comparison().clear();  // its rows point into the catalog being replaced
        imgcost::web::load_compact(imgcost::web::bytes_from_val(bytes));
        return Value::object();
    });
}

// What the page builds its form, filters and dates from; today: the reader's
// date, which statuses and the default model are derived for (the core never
// reads a clock).
val catalog_summary(const std::string& today) {
    return reply_object([&] { return imgcost::catalog_summary_value(loaded(), imgcost::parse_date(today)); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(imgcost) {
    emscripten::function("loadCatalog", &load_catalog);
    emscripten::function("catalogSummary", &catalog_summary);
    emscripten::function("recompute", &recompute);
    emscripten::function("encodeLink", &encode_link);
    emscripten::function("decodeLink", &decode_link);
    emscripten::function("keys", &keys);
    emscripten::function("moneyRule", &money_rule);
    emscripten::function("trend", &trend);
}
