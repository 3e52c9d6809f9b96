// The imgcost command-line tool: reads a scenario, prints JSON results.
// Exit codes: 0 ok, 2 bad input, 1 any other failure.
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "advise_command.hpp"
#include "help_text.hpp"
#include "imgcost/catalog_compact.hpp"
#include "imgcost/catalog_loader.hpp"
#include "imgcost/catalog_report.hpp"
#include "imgcost/market_trend.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/export_tables.hpp"
#include "imgcost/history.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/share_link.hpp"

namespace {

using nlohmann::json;

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct Failure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Args {
    std::string command;
    std::vector<std::string> positional;         // after the command (history MODEL)
    std::map<std::string, std::string> options;  // --name value
    std::map<std::string, bool> flags;           // --name
};

Args parse_args(int argc, char** argv) {
    static const std::vector<std::string> valued = {"--scenario", "--catalog", "--link", "--base", "--format",
                                                   "--budget", "--total-budget", "--as-of", "--width", "--height",
                                                   "--quality", "--min-rating", "--leaderboard"};
    static const std::vector<std::string> flags = {"--include-retired", "--include-unverified", "--help", "--compact"};
    Args a;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (std::find(valued.begin(), valued.end(), arg) != valued.end()) {
            if (i + 1 >= argc) throw UsageError(arg + " needs a value");
            a.options[arg] = argv[++i];
        } else if (std::find(flags.begin(), flags.end(), arg) != flags.end()) {
            a.flags[arg] = true;
        } else if (a.command.empty() && arg.rfind("--", 0) != 0) {
            a.command = arg;
        } else if (a.command == "history" && a.positional.empty() && arg.rfind("--", 0) != 0) {
            a.positional.push_back(arg);
        } else {
            throw UsageError("unknown argument '" + arg + "' (see imgcost --help)");
        }
    }
    return a;
}

std::string read_input(const std::string& path) {
    if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(path, std::ios::binary);
    if (!in) throw UsageError("--scenario: cannot read '" + path + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

json read_scenario_json(const Args& a) {
    if (a.options.count("--link")) return imgcost::scenario_to_json(imgcost::decode_link(a.options.at("--link")).scenario);
    if (!a.options.count("--scenario")) throw UsageError(a.command + " needs --scenario FILE|- (see imgcost --help)");
    try {
        return json::parse(read_input(a.options.at("--scenario")));
    } catch (const json::exception& e) {  // also numbers beyond a double (out_of_range)
        throw UsageError(std::string("--scenario: not valid JSON: ") + e.what());
    }
}

imgcost::Scenario read_scenario(const Args& a) {
    if (a.options.count("--link")) return imgcost::decode_link(a.options.at("--link")).scenario;
    return imgcost::scenario_from_json(read_scenario_json(a));
}

// The only clock the tool reads: today's date in UTC, or IMGCOST_TODAY
// (YYYY-MM-DD) where a run must not depend on the day it runs, as the tests'
// (it moves the clock, unlike --as-of, which dates the scenario). The core
// takes dates explicitly.
imgcost::Date today() {
    if (const char* fixed = std::getenv("IMGCOST_TODAY")) {
        if (auto day = imgcost::parse_date(fixed)) return *day;
        throw UsageError(std::string("IMGCOST_TODAY must be a date YYYY-MM-DD (got '") + fixed + "')");
    }
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return imgcost::Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}

// The day to price on: --as-of, else the scenario's (or link's) as_of, else today.
void apply_as_of(const Args& a, imgcost::Scenario& s) {
    if (a.options.count("--as-of")) {
        std::string problem = imgcost::as_of_problem(a.options.at("--as-of"), today());
        if (!problem.empty()) throw imgcost::InputError("as_of", imgcost::code::bad_date, "--as-of: " + problem);
        s.as_of = a.options.at("--as-of");
    }
    imgcost::resolve_as_of(s, today());
}

imgcost::Date as_of_flag_or_today(const Args& a) {
    imgcost::Scenario s;
    s.model = "custom";
    apply_as_of(a, s);
    return *imgcost::parse_date(s.as_of);
}

int parse_size(const Args& a, const char* flag, int fallback) {
    if (!a.options.count(flag)) return fallback;
    const std::string& text = a.options.at(flag);
    const imgcost::KeySpec& key = *imgcost::find_key(flag + 2);
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0')
        throw imgcost::InputError(key.key, imgcost::code::wrong_type, imgcost::range_message(key, "'" + text + "'"));
    if (auto e = imgcost::check_number(key, v)) throw imgcost::InputError({*e});
    return static_cast<int>(v);
}

imgcost::LoadResult load_catalog(const Args& a, const char* argv0) {
    std::string path = a.options.count("--catalog") ? a.options.at("--catalog") : imgcost::find_default_catalog(argv0);
    if (path.empty()) throw Failure("no price catalog found: pass --catalog DIR or set IMGCOST_CATALOG");
    imgcost::LoadResult loaded = imgcost::load_catalog_path(path);
    for (const auto& e : loaded.errors) std::cerr << "imgcost: catalog: rejected " << e.to_string() << "\n";
    if (loaded.catalog.models.empty()) throw Failure("the catalog at '" + path + "' has no usable models");
    return loaded;
}

int run(const Args& a, const char* argv0) {
    if (a.flags.count("--help") || a.command == "help" || a.command.empty()) {
        std::cout << imgcost::cli::help_text();
        return a.command.empty() && !a.flags.count("--help") ? 2 : 0;
    }
    if (a.command == "link") {
        std::string base = a.options.count("--base") ? a.options.at("--base") : imgcost::default_link_base();
        std::cout << imgcost::encode_link(read_scenario(a), base) << "\n";
        return 0;
    }
    if (a.command == "keys") {
        std::cout << imgcost::registry_json().dump(2) << "\n";
        return 0;
    }
    if (a.command == "trend") {
        std::cout << imgcost::to_json(imgcost::market_trend(load_catalog(a, argv0).catalog, 2022, as_of_flag_or_today(a))).dump(2)
                  << "\n";
        return 0;
    }
    if (a.command == "report") {
        imgcost::ReportOptions options{as_of_flag_or_today(a)};
        std::cout << imgcost::to_json(imgcost::catalog_report(load_catalog(a, argv0).catalog, options)).dump(2) << "\n";
        return 0;
    }
    if (a.command == "catalog" && a.flags.count("--compact")) {
        // What the page loads (docs/catalog.md#compact): this loader is its only
        // validator, so a rejected file stops the site build instead of
        // leaving a model out of the page unnoticed.
        imgcost::LoadResult loaded = load_catalog(a, argv0);
        if (!loaded.errors.empty()) throw Failure("the compact catalog is written only from a catalog with no rejected file");
        std::cout << imgcost::write_compact(loaded.catalog, imgcost::Prose::drop) << std::flush;
        return 0;
    }
    if (a.command == "catalog") {
        imgcost::Date on = as_of_flag_or_today(a);
        std::cout << imgcost::catalog_summary(load_catalog(a, argv0), on).dump(2) << "\n";
        return 0;
    }
    if (a.command == "history") {
        if (a.positional.empty()) throw UsageError("history needs a model id: imgcost history MODEL [--width W --height H --quality Q]");
        imgcost::Scenario s;
        s.model = a.positional.front();
        s.width = parse_size(a, "--width", s.width);
        s.height = parse_size(a, "--height", s.height);
        if (a.options.count("--quality")) s.quality = a.options.at("--quality");
        imgcost::LoadResult loaded = load_catalog(a, argv0);
        std::cout << imgcost::to_json(imgcost::price_history(s, loaded.catalog)).dump(2) << "\n";
        return 0;
    }
    if (a.command == "advise") {
        json input = read_scenario_json(a);
        if (input.is_object()) {
            imgcost::Scenario dated;
            dated.model = "custom";
            if (input.contains("as_of") && input["as_of"].is_string()) dated.as_of = input["as_of"].get<std::string>();
            apply_as_of(a, dated);
            input["as_of"] = dated.as_of;
        }
        std::cout << imgcost::cli::advise_command(input, load_catalog(a, argv0).catalog, a.options).dump(2) << "\n";
        return 0;
    }
    if (a.command != "estimate" && a.command != "compare")
        throw UsageError("unknown command '" + a.command +
                         "' (estimate, compare, advise, history, trend, link, catalog, report, keys; see imgcost --help)");
    std::string format = a.options.count("--format") ? a.options.at("--format") : "json";
    if (format != "json" && format != "csv" && format != "markdown")
        throw UsageError("--format must be json, csv or markdown (got '" + format + "')");
    imgcost::Scenario scenario = read_scenario(a);
    apply_as_of(a, scenario);
    if (a.options.count("--min-rating")) {
        const imgcost::KeySpec& key = *imgcost::find_key("min_rating");
        const std::string& text = a.options.at("--min-rating");
        char* end = nullptr;
        double v = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0')
            throw imgcost::InputError(key.key, imgcost::code::wrong_type, imgcost::range_message(key, "'" + text + "'"));
        if (auto e = imgcost::check_number(key, v)) throw imgcost::InputError({*e});
        scenario.min_rating = v;
    }
    imgcost::LoadResult loaded = load_catalog(a, argv0);
    if (a.command == "estimate") {
        imgcost::Estimate estimate = imgcost::evaluate(scenario, loaded.catalog);
        if (a.options.count("--link")) {
            auto decoded = imgcost::decode_link(a.options.at("--link"));
            for (const auto& n : decoded.notices) estimate.warnings.push_back("link: " + n);
        }
        if (format == "csv")
            std::cout << imgcost::estimate_csv(estimate) << "\r\n" << imgcost::projection_csv(estimate);
        else if (format == "markdown")
            std::cout << imgcost::report_markdown(estimate, {}, &scenario, imgcost::encode_link(scenario, imgcost::default_link_base()));
        else
            std::cout << imgcost::to_json(estimate).dump(2) << "\n";
    } else {
        imgcost::CompareOptions options;
        options.include_retired = a.flags.count("--include-retired") > 0;
        options.include_unverified = a.flags.count("--include-unverified") > 0;
        if (a.options.count("--leaderboard")) {
            options.leaderboard = a.options.at("--leaderboard");
            if (!imgcost::find_leaderboard(options.leaderboard)) {
                std::string known;
                for (const auto& l : imgcost::leaderboards()) known += (known.empty() ? "" : ", ") + std::string(l.id);
                throw UsageError("--leaderboard must be one of " + known + " (got '" + options.leaderboard + "')");
            }
        }
        auto rows = imgcost::compare(scenario, loaded.catalog, options);
        if (format == "csv")
            std::cout << imgcost::compare_csv(rows);
        else if (format == "markdown")
            std::cout << imgcost::report_markdown(imgcost::evaluate(scenario, loaded.catalog), rows, &scenario,
                                                  imgcost::encode_link(scenario, imgcost::default_link_base()));
        else
            std::cout << json{{"scenario", imgcost::scenario_to_json(scenario)}, {"models", imgcost::to_json(rows)}}.dump(2)
                      << "\n";
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_args(argc, argv), argv[0]);
    } catch (const imgcost::InputError& e) {
        for (const auto& f : e.errors()) std::cerr << "imgcost: " << f.message << " [" << f.code << "]\n";
        return 2;
    } catch (const UsageError& e) {
        std::cerr << "imgcost: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "imgcost: " << e.what() << "\n";
        return 1;
    }
}
