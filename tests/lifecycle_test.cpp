// Time in the catalog (docs/catalog.md#lifecycle): dates, the status a model
// has on a day (derived from its lifecycle dates), the price period in effect,
// the default model, the scenario's as_of, and the comparison as of a day.
// Every date is fixed: nothing here reads the clock.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/at_today.hpp"
#include "imgcost/catalog_loader.hpp"
#include "imgcost/date.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/history.hpp"
#include "imgcost/json_value.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/share_link.hpp"
#include "support/spec_support.hpp"

namespace {

using imgcost::Date;
using imgcost::Status;
using nlohmann::json;

Date day(const char* text) {
    auto d = imgcost::parse_date(text);
    REQUIRE(d);
    return *d;
}

// A hand-made timeline: prices change, models are released, deprecated and
// shut down around 2026-12-01.
const imgcost::LoadResult& timeline() {
    static const imgcost::LoadResult loaded = [] {
        imgcost::LoadResult r = imgcost::load_catalog_text(R"json({
  "format_version": 2,
  "provider": {"id": "tl", "name": "Timeline", "url": "https://tl.example/"},
  "services": [
    {"id": "tl/old-storage", "name": "Old storage", "kind": "storage", "price": 0.01,
     "lifecycle": {"shutdown": "2026-01-01"},
     "source": {"url": "https://tl.example/storage", "checked": "2025-06-01", "confidence": "A"}}
  ],
  "models": [
    {"id": "tl/current", "name": "Current", "lifecycle": {"released": "2025-01-01"},
     "pricing": [
       {"effective_from": "2025-01-01", "structure": "per_image",
        "source": {"url": "https://tl.example/2025", "checked": "2025-02-01", "confidence": "A"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.04}}]},
       {"effective_from": "2026-06-01", "structure": "per_image",
        "source": {"url": "https://tl.example/2026", "checked": "2026-11-20", "confidence": "A"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.03}}, {"max_size": "2048x2048", "prices": {"any": 0.06}}]}]},
    {"id": "tl/sunset", "name": "Sunset",
     "lifecycle": {"released": "2024-01-01", "deprecated": "2026-09-01", "shutdown": "2026-12-01", "successor": "tl/current",
                   "source": {"url": "https://tl.example/deprecations", "checked": "2026-09-02", "confidence": "A"}},
     "pricing": [{"effective_from": "2024-01-01", "structure": "per_image",
        "source": {"url": "https://tl.example/sunset", "checked": "2026-09-02", "confidence": "A"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.02}}]}]},
    {"id": "tl/future", "name": "Future", "lifecycle": {"released": "2026-12-02"},
     "pricing": [{"effective_from": "2026-12-02", "structure": "per_image",
        "source": {"url": "https://tl.example/future", "checked": "2026-11-25", "confidence": "B"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.05}}]}]},
    {"id": "tl/gone", "name": "Gone", "lifecycle": {"shutdown": "2025-05-01", "successor": "tl/sunset"},
     "pricing": [{"effective_from": "2023-01-01", "structure": "per_image",
        "source": {"url": "https://tl.example/gone", "checked": "2023-01-01", "confidence": "B"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.01}}]}]},
    {"id": "tl/late", "name": "Late notice", "lifecycle": {"released": "2024-06-01", "deprecated": "2026-12-02"},
     "pricing": [{"effective_from": "2024-06-01", "structure": "per_image",
        "source": {"url": "https://tl.example/late", "checked": "2026-11-20", "confidence": "C"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.035}}]}]},
    {"id": "tl/rumour", "name": "Rumour",
     "pricing": [{"effective_from": "2026-01-01", "structure": "per_image",
        "source": {"url": "https://tl.example/rumour", "checked": "2026-11-20", "confidence": "unverified"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.001}}]}]}
  ]
})json", "tl.json");
        imgcost::add_catalog_text(r, R"({"format_version": 2, "default_models": ["tl/future", "tl/current"]})", "defaults.json");
        imgcost::check_references(r);
        return r;
    }();
    for (const auto& e : loaded.errors) FAIL(e.to_string());
    return loaded;
}

const imgcost::Catalog& tl() { return timeline().catalog; }
const imgcost::Model& model(const char* id) {
    const imgcost::Model* m = tl().find_model(id);
    REQUIRE(m);
    return *m;
}

imgcost::Scenario on(const char* id, const char* as_of) {
    imgcost::Scenario s;
    s.model = id;
    s.as_of = as_of;
    return s;
}

std::vector<std::string> ids(const std::vector<imgcost::CompareRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.model);
    std::sort(out.begin(), out.end());
    return out;
}

const imgcost::CompareRow& row(const std::vector<imgcost::CompareRow>& rows, const std::string& id) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.model == id; });
    REQUIRE(it != rows.end());
    return *it;
}

}  // namespace

TEST_CASE("Dates: only real days in YYYY-MM-DD are read") {
    for (const char* good : {"2026-11-30", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"}) {
        INFO(good);
        REQUIRE(imgcost::parse_date(good));
        CHECK(imgcost::format_date(*imgcost::parse_date(good)) == good);
    }
    for (const char* bad : {"2026-02-30", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
                            "2026-01-00", "2026-2-03", " 2026-02-03", "2026-02-03x", "2026/02/03", "yesterday", "",
                            "20260203", "2026-02-3"}) {
        INFO(bad);
        CHECK_FALSE(imgcost::parse_date(bad));
    }
}

TEST_CASE("Dates: comparison, adding days and years, days between") {
    CHECK(day("2026-11-30") < day("2026-12-01"));
    CHECK(day("2026-12-01") > day("2026-11-30"));
    CHECK(day("2027-01-01") > day("2026-12-31"));
    CHECK(day("2026-12-01") == day("2026-12-01"));
    CHECK(imgcost::add_days(day("2026-12-31"), 1) == day("2027-01-01"));
    CHECK(imgcost::add_days(day("2024-02-28"), 1) == day("2024-02-29"));
    CHECK(imgcost::add_days(day("2026-03-01"), -1) == day("2026-02-28"));
    CHECK(imgcost::days_between(day("2026-11-30"), day("2026-12-01")) == 1);
    CHECK(imgcost::days_between(day("2026-03-01"), day("2027-01-01")) == 306);
    CHECK(imgcost::days_between(day("2026-12-01"), day("2026-11-30")) == -1);
    CHECK(imgcost::add_years(day("2024-02-29"), 5) == day("2029-02-28"));
    CHECK(imgcost::add_years(day("2026-11-30"), 5) == day("2031-11-30"));
    CHECK(Date::from_days(0) == day("1970-01-01"));
    for (long long n = -800000; n <= 800000; n += 997) CHECK(Date::from_days(n).days() == n);
    CHECK(imgcost::relative_days_text(1) == "in 1 day");
    CHECK(imgcost::relative_days_text(12) == "in 12 days");
    CHECK(imgcost::relative_days_text(0) == "today");
    CHECK(imgcost::relative_days_text(-3) == "3 days ago");
}

TEST_CASE("Status is derived from the lifecycle dates at each boundary") {
    imgcost::Lifecycle full{"2026-01-10", "2026-03-01", "2026-04-01", "", std::nullopt};
    CHECK(imgcost::lifecycle_status(full, day("2026-01-09")) == Status::not_released);
    // A known shutdown ahead makes it deprecated from its release on.
    CHECK(imgcost::lifecycle_status(full, day("2026-01-10")) == Status::deprecated);
    CHECK(imgcost::lifecycle_status(full, day("2026-03-31")) == Status::deprecated);
    CHECK(imgcost::lifecycle_status(full, day("2026-04-01")) == Status::retired);
    CHECK(imgcost::lifecycle_status(full, day("2030-01-01")) == Status::retired);

    imgcost::Lifecycle announced{"2026-01-10", "2026-03-01", "", "", std::nullopt};
    CHECK(imgcost::lifecycle_status(announced, day("2026-02-28")) == Status::active);
    CHECK(imgcost::lifecycle_status(announced, day("2026-03-01")) == Status::deprecated);
    CHECK(imgcost::lifecycle_status(announced, day("2036-03-01")) == Status::deprecated);

    imgcost::Lifecycle unknown{};
    CHECK(imgcost::lifecycle_status(unknown, day("2020-01-01")) == Status::active);
    CHECK(imgcost::callable_on(unknown, day("2020-01-01")));
    CHECK(imgcost::callable_on(full, day("2026-03-31")));
    CHECK_FALSE(imgcost::callable_on(full, day("2026-04-01")));
    CHECK_FALSE(imgcost::callable_on(full, day("2026-01-09")));
}

TEST_CASE("Status text says when, how soon and what replaces it") {
    const auto& sunset = model("tl/sunset");
    auto s = imgcost::model_status(sunset, day("2026-11-30"));
    CHECK(s.status == Status::deprecated);
    CHECK(s.text == "shuts down on 2026-12-01, in 1 day; successor tl/current");
    CHECK(imgcost::model_status(sunset, day("2026-11-20")).text == "shuts down on 2026-12-01, in 11 days; successor tl/current");
    s = imgcost::model_status(sunset, day("2026-12-01"));
    CHECK(s.status == Status::retired);
    CHECK(s.text == "retired 2026-12-01; successor tl/current");
    CHECK(imgcost::model_status(model("tl/future"), day("2026-11-30")).text ==
          "not yet released: released on 2026-12-02, in 2 days");
    CHECK(imgcost::model_status(model("tl/future"), day("2026-12-02")).text == "active; released on 2026-12-02");
    CHECK(imgcost::model_status(model("tl/late"), day("2026-12-02")).text == "deprecated since 2026-12-02");
    CHECK(imgcost::model_status(model("tl/rumour"), day("2026-12-02")).text == "active");
    auto storage = imgcost::service_status(*tl().find_service("tl/old-storage"), day("2026-11-30"));
    CHECK(storage.status == Status::retired);
    CHECK(storage.text == "retired 2026-01-01");
}

TEST_CASE("pricing_on: the last period that took effect on or before the day, before the first the first with a warning") {
    const auto& current = model("tl/current");
    REQUIRE(current.prices.size() == 2);
    auto p = imgcost::pricing_on(current, day("2026-05-31"));
    CHECK(p.period->effective_from == "2025-01-01");
    CHECK(p.warning.empty());
    CHECK(imgcost::pricing_on(current, day("2026-06-01")).period->effective_from == "2026-06-01");
    CHECK(imgcost::pricing_on(current, day("2031-01-01")).period->effective_from == "2026-06-01");
    CHECK(imgcost::pricing_on(current, day("2025-01-01")).period->effective_from == "2025-01-01");
    p = imgcost::pricing_on(current, day("2024-12-31"));
    CHECK(p.period->effective_from == "2025-01-01");
    CHECK_THAT(p.warning, Catch::Contains("2025-01-01") && Catch::Contains("2024-12-31"));

    CHECK(imgcost::evaluate(on("tl/current", "2026-05-31"), tl()).price_per_generation == Approx(0.04));
    auto e = imgcost::evaluate(on("tl/current", "2026-06-01"), tl());
    CHECK(e.price_per_generation == Approx(0.03));
    CHECK(e.effective_from == "2026-06-01");
    CHECK(e.price_source.url == "https://tl.example/2026");
    CHECK(e.price_source.checked == "2026-11-20");
    CHECK(e.as_of == "2026-06-01");
    // A size only the newer period offers.
    auto big = on("tl/current", "2026-05-31");
    big.width = big.height = 2048;
    imgcost::testing::expect_input_error([&] { imgcost::evaluate(big, tl()); }, "width", imgcost::code::size_unsupported);
    big.as_of = "2026-06-01";
    CHECK(imgcost::evaluate(big, tl()).price_per_generation == Approx(0.06));
}

TEST_CASE("A pinned scenario at today's prices: its figures and its change as a share of the pinned monthly total") {
    // Current cost $0.04 an image until 2026-06-01, $0.03 since: 25% less.
    imgcost::Scenario pinned = on("tl/current", "2026-01-01");
    pinned.images_per_month = 1000;
    const double then = imgcost::evaluate(pinned, tl()).monthly.total;
    REQUIRE(then == Approx(40));
    imgcost::AtToday now = imgcost::at_today(pinned, then, tl(), "2026-11-30");
    CHECK(now.error.empty());
    CHECK(now.as_of == "2026-11-30");
    CHECK(now.monthly_total == Approx(30));
    CHECK(now.cost_per_delivered_image == Approx(0.03));
    CHECK(now.change == Approx(-0.25));
    CHECK(now.status == "active");
    json j = imgcost::to_json(imgcost::to_value(now));
    CHECK(j == json{{"as_of", "2026-11-30"}, {"monthly_total", now.monthly_total},
                    {"cost_per_delivered_image", now.cost_per_delivered_image}, {"change", now.change}, {"status", "active"}});

    SECTION("a pinned total of 0 states no change") {
        CHECK(imgcost::at_today(pinned, 0, tl(), "2026-11-30").change == 0);
    }
    SECTION("a scenario today's prices cannot price names why, and has no figures") {
        // 2048x2048 is offered from 2026-06-01 only: pinned after, priced on a day before.
        imgcost::Scenario large = on("tl/current", "2026-07-01");
        large.width = large.height = 2048;
        imgcost::AtToday back = imgcost::at_today(large, 60, tl(), "2025-06-01");
        CHECK(back.as_of == "2025-06-01");
        CHECK_THAT(back.error, Catch::Contains("2048"));
        CHECK(imgcost::to_json(imgcost::to_value(back)) == json{{"as_of", "2025-06-01"}, {"error", back.error}});
    }
}

TEST_CASE("A model outside its window is still priced, with a warning naming the date and the successor") {
    auto gone = imgcost::evaluate(on("tl/gone", "2026-11-30"), tl());
    CHECK(gone.status == "retired");
    CHECK(gone.price_per_generation == Approx(0.01));
    CHECK(imgcost::testing::has_warning(gone, "Gone was retired on 2025-05-01, before 2026-11-30"));
    // On its shutdown day: retired, and not "before" that same day.
    auto last_day = imgcost::evaluate(on("tl/gone", "2025-05-01"), tl());
    CHECK(last_day.status == "retired");
    CHECK(imgcost::testing::has_warning(last_day, "Gone was retired on 2025-05-01: these prices are history"));
    CHECK(imgcost::testing::has_warning(gone, "its successor is tl/sunset"));
    CHECK(gone.successor == "tl/sunset");

    auto future = imgcost::evaluate(on("tl/future", "2026-11-30"), tl());
    CHECK(future.status == "not_released");
    CHECK(future.price_per_generation == Approx(0.05));
    CHECK(imgcost::testing::has_warning(future, "Future is not released yet on 2026-11-30 (released on 2026-12-02)"));

    auto sunset = imgcost::evaluate(on("tl/sunset", "2026-11-30"), tl());
    CHECK(sunset.status == "deprecated");
    CHECK(sunset.status_text == "shuts down on 2026-12-01, in 1 day; successor tl/current");
    CHECK(imgcost::testing::has_warning(sunset, "Sunset is deprecated on 2026-11-30 (shuts down on 2026-12-01, in 1 day; "
                                                "successor tl/current): plan a replacement"));

    auto storage = on("tl/current", "2026-11-30");
    storage.storage = "tl/old-storage";
    CHECK(imgcost::testing::has_warning(imgcost::evaluate(storage, tl()), "Old storage is retired on 2026-11-30"));

    json j = imgcost::to_json(sunset);
    CHECK(j["status"] == "deprecated");
    CHECK(j["status_text"] == "shuts down on 2026-12-01, in 1 day; successor tl/current");
    CHECK(j["as_of"] == "2026-11-30");
    CHECK(j["effective_from"] == "2024-01-01");
    CHECK(j["successor"] == "tl/current");
    CHECK(j["price_source"]["checked"] == "2026-09-02");
    CHECK_FALSE(j["price_source"].contains("as_of"));
    CHECK_FALSE(j.contains("status_date"));
}

TEST_CASE("compare lists the models callable on the day, and --include-retired adds the others as history") {
    auto scenario = on("tl/current", "2026-11-30");
    CHECK(ids(imgcost::compare(scenario, tl())) == std::vector<std::string>{"tl/current", "tl/late", "tl/sunset"});
    scenario.as_of = "2026-12-02";
    CHECK(ids(imgcost::compare(scenario, tl())) == std::vector<std::string>{"tl/current", "tl/future", "tl/late"});
    scenario.as_of = "2025-06-01";
    auto rows = imgcost::compare(scenario, tl());
    CHECK(ids(rows) == std::vector<std::string>{"tl/current", "tl/late", "tl/sunset"});
    CHECK(row(rows, "tl/current").estimate.price_per_generation == Approx(0.04));
    CHECK(row(rows, "tl/sunset").status == "deprecated");  // its shutdown was already known
    CHECK(row(rows, "tl/late").status == "active");

    scenario.as_of = "2026-12-02";
    rows = imgcost::compare(scenario, tl(), {true, false});
    CHECK(ids(rows) == std::vector<std::string>{"tl/current", "tl/future", "tl/gone", "tl/late", "tl/sunset"});
    const auto& sunset = row(rows, "tl/sunset");
    CHECK(sunset.ok);
    CHECK(sunset.status == "retired");
    CHECK(sunset.status_text == "retired 2026-12-01; successor tl/current");
    CHECK(sunset.status_reason == "history: not callable on 2026-12-02, retired 2026-12-01; successor tl/current");
    CHECK(row(rows, "tl/late").status == "deprecated");
    CHECK(row(rows, "tl/late").status_reason.empty());

    scenario.as_of = "2026-11-30";
    rows = imgcost::compare(scenario, tl(), {true, false});
    CHECK(ids(rows) == std::vector<std::string>{"tl/current", "tl/future", "tl/gone", "tl/late", "tl/sunset"});
    CHECK(row(rows, "tl/future").status == "not_released");
    CHECK(row(rows, "tl/future").status_reason ==
          "not callable on 2026-11-30, not yet released: released on 2026-12-02, in 2 days");
    json j = imgcost::to_json(rows);
    auto future = std::find_if(j.begin(), j.end(), [](const json& r) { return r["model"] == "tl/future"; });
    REQUIRE(future != j.end());
    CHECK((*future)["status"] == "not_released");
    CHECK((*future)["status_reason"] == "not callable on 2026-11-30, not yet released: released on 2026-12-02, in 2 days");
    CHECK((*future)["effective_from"] == "2026-12-02");
    CHECK((*future)["price_source"]["checked"] == "2026-11-25");
    auto late = std::find_if(j.begin(), j.end(), [](const json& r) { return r["model"] == "tl/late"; });
    CHECK((*late)["status_text"] == "active; released on 2024-06-01");
    CHECK_FALSE(late->contains("status_reason"));

    // The unverified price only with include_unverified, whatever the day.
    rows = imgcost::compare(scenario, tl(), {true, true});
    CHECK(row(rows, "tl/rumour").status_reason == "the price in effect on 2026-11-30 is unverified");
    // The scenario's own model is always listed.
    CHECK(ids(imgcost::compare(on("tl/gone", "2026-11-30"), tl())) ==
          std::vector<std::string>{"tl/current", "tl/gone", "tl/late", "tl/sunset"});
}

TEST_CASE("The default model on a day: the first of default_models active that day") {
    CHECK(tl().default_models == std::vector<std::string>{"tl/future", "tl/current"});
    CHECK(imgcost::default_model(tl(), day("2026-11-30")) == "tl/current");
    CHECK(imgcost::default_model(tl(), day("2026-12-02")) == "tl/future");
    json summary = imgcost::catalog_summary(timeline(), day("2026-12-02"));
    CHECK(summary["default_model"] == "tl/future");
    CHECK(summary["default_models"] == json{"tl/future", "tl/current"});
    CHECK(summary["as_of"] == "2026-12-02");
    auto m = std::find_if(summary["models"].begin(), summary["models"].end(),
                          [](const json& x) { return x["id"] == "tl/sunset"; });
    CHECK((*m)["status"] == "retired");
    CHECK((*m)["lifecycle"] == json{{"released", "2024-01-01"}, {"deprecated", "2026-09-01"}, {"shutdown", "2026-12-01"},
                                    {"successor", "tl/current"},
                                    {"source", {{"url", "https://tl.example/deprecations"}, {"checked", "2026-09-02"},
                                                {"confidence", "A"}}}});
    CHECK(imgcost::catalog_summary(timeline(), day("2026-11-30"))["default_model"] == "tl/current");
    // Without a date: the catalog's own date (its newest checked date).
    CHECK(imgcost::catalog_summary(timeline())["as_of"] == "2026-11-25");
    // Without defaults: the first model active that day.
    imgcost::Catalog bare = tl();
    bare.default_models.clear();
    CHECK(imgcost::default_model(bare, day("2026-11-30")) == "tl/current");
}

TEST_CASE("as_of: a real day from 2020-01-01 to 5 years after today, named in the error") {
    for (const char* bad : {"2026-02-30", "yesterday", "2019-12-31", "2026-1-01", "01/12/2026"}) {
        INFO(bad);
        imgcost::testing::expect_input_error(
            [&] { imgcost::scenario_from_json(json{{"model", "tl/current"}, {"as_of", bad}}); }, "as_of",
            imgcost::code::bad_date);
    }
    imgcost::testing::expect_input_error(
        [] { imgcost::scenario_from_json(json{{"model", "tl/current"}, {"as_of", 20261130}}); }, "as_of", imgcost::code::wrong_type);
    CHECK(imgcost::scenario_from_json(json{{"model", "tl/current"}, {"as_of", "2020-01-01"}}).as_of == "2020-01-01");

    imgcost::Scenario s = on("tl/current", "2031-12-01");
    imgcost::testing::expect_input_error([&] { imgcost::resolve_as_of(s, day("2026-11-30")); }, "as_of",
                                         imgcost::code::bad_date);
    s.as_of = "2031-11-30";
    imgcost::resolve_as_of(s, day("2026-11-30"));
    CHECK(s.as_of == "2031-11-30");
    s.as_of = "";
    imgcost::resolve_as_of(s, day("2026-11-30"));
    CHECK(s.as_of == "2026-11-30");
    // An empty as_of in the core: the catalog's date, never the clock.
    CHECK(imgcost::evaluate(on("tl/current", ""), tl()).as_of == "2026-11-25");
    imgcost::Scenario invalid = on("tl/current", "2026-02-30");
    imgcost::testing::expect_input_error([&] { imgcost::evaluate(invalid, tl()); }, "as_of", imgcost::code::bad_date);
}

TEST_CASE("Share links carry as_of and read it back, and a bad one is ignored with a notice") {
    imgcost::Scenario s = on("tl/current", "2026-06-01");
    std::string url = imgcost::encode_link(s, "https://example.org/calc/");
    CHECK_THAT(url, Catch::Contains("as_of=2026-06-01"));
    auto back = imgcost::decode_link(url);
    CHECK(back.scenario.as_of == "2026-06-01");
    CHECK(back.notices.empty());
    CHECK_THAT(imgcost::encode_link(on("tl/current", ""), "https://example.org/"), !Catch::Contains("as_of"));
    auto bad = imgcost::decode_link("https://example.org/?v=2&model=tl%2Fcurrent&as_of=2026-02-30");
    CHECK(bad.scenario.as_of.empty());
    REQUIRE(bad.notices.size() == 1);
    CHECK_THAT(bad.notices[0], Catch::Contains("ignored 'as_of'") && Catch::Contains("2020-01-01"));
}

TEST_CASE("history: one point per price period for one configuration, the current one open-ended") {
    imgcost::Scenario s = on("tl/current", "");
    auto h = imgcost::price_history(s, tl());
    REQUIRE(h.points.size() == 2);
    CHECK(h.points[0].from == "2025-01-01");
    CHECK(h.points[0].to == "2026-06-01");
    CHECK(h.points[0].price_per_generation == Approx(0.04));
    CHECK(h.points[1].from == "2026-06-01");
    CHECK(h.points[1].to.empty());
    CHECK(h.points[1].price_per_generation == Approx(0.03));
    json j = imgcost::to_json(h);
    CHECK(j["model"] == "tl/current");
    CHECK(j["points"][0]["to"] == "2026-06-01");
    CHECK(j["points"][1]["to"].is_null());
    CHECK(j["points"][1]["billed_as"] == "up to 1024x1024");
    CHECK(j["points"][1]["source"]["url"] == "https://tl.example/2026");

    s.width = s.height = 2048;  // only the newer period offers it
    h = imgcost::price_history(s, tl());
    CHECK_FALSE(h.points[0].ok);
    CHECK_THAT(h.points[0].error, Catch::Contains("1024x1024"));
    CHECK(h.points[1].price_per_generation == Approx(0.06));
    CHECK(imgcost::to_json(h)["points"][0]["price_per_generation"].is_null());

    auto sunset = imgcost::to_json(imgcost::price_history(on("tl/sunset", ""), tl()));
    CHECK(sunset["shutdown"] == "2026-12-01");
    CHECK(sunset["successor"] == "tl/current");
    imgcost::testing::expect_input_error([] { imgcost::price_history(on("tl/none", ""), tl()); }, "model", imgcost::code::unknown_model);
}
