// Quality next to price (docs/catalog.md#quality): leaderboard ratings in the
// catalog, checked by the loader; compare rows carry them with the
// price-quality frontier and honour min_rating; the advisor's "cheapest
// comparable model" never proposes a model rated clearly lower.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/advisor.hpp"
#include "imgcost/catalog_loader.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/share_link.hpp"
#include "support/provider_files.hpp"

namespace {

using nlohmann::json;
using imgcost::testing::at;
using imgcost::testing::check_rejected;
using imgcost::testing::Mutation;
using imgcost::testing::provider_files;

// A hand-made catalog: four per-image models at 1024x1024 with ratings chosen
// so the frontier is plain to see, a reseller rated as its vendor's model, and
// one model without a rating.
//   cheap  $0.01  rating 1000      frontier (cheapest)
//   mid    $0.03  rating 1200      frontier
//   dear   $0.05  rating 1100      beaten by mid (cheaper and rated higher)
//   top    $0.08  rating 1300      frontier (rated highest)
//   resell $0.02  rated as mid     frontier (cheaper than mid at the same rating): mid is then beaten
//   plain  $0.005 not rated        never on the frontier
std::string model(const std::string& id, double price, const std::string& extra) {
    return R"({"id": ")" + id + R"(", "name": ")" + id + R"(", "pricing": [{"effective_from": "2026-01-01",
        "structure": "per_image", "source": {"url": "https://q.example/p", "checked": "2026-11-01", "confidence": "A"},
        "tiers": [{"size": "1024x1024", "prices": {"any": )" +
           std::to_string(price) + "}}]}]" + extra + "}";
}

std::string rated(double rating, double half) {
    return R"(, "quality": [{"leaderboard": "lmarena-text-to-image", "category": "text-to-image", "rating": )" +
           std::to_string(rating) + R"(, "ci_low": )" + std::to_string(rating - half) + R"(, "ci_high": )" +
           std::to_string(rating + half) + R"(, "source": {"url": "https://arena.example/t2i", "as_of": "2026-07-10"}}])";
}

const imgcost::Catalog& quality_catalog(bool with_reseller) {
    static std::map<bool, imgcost::LoadResult> cache;
    auto it = cache.find(with_reseller);
    if (it != cache.end()) return it->second.catalog;
    std::string models = model("q/cheap", 0.01, rated(1000, 5)) + "," + model("q/mid", 0.03, rated(1200, 5)) + "," +
                         model("q/dear", 0.05, rated(1100, 5)) + "," + model("q/top", 0.08, rated(1300, 5)) + "," +
                         model("q/plain", 0.005, "");
    if (with_reseller) models += "," + model("q/resell", 0.02, R"(, "rated_as": "q/mid")");
    std::string text = R"({"format_version": 2, "provider": {"id": "q", "name": "Q", "url": "https://q.example/"},
        "models": [)" + models + "]}";
    auto r = imgcost::load_catalog_text(text, "q.json");
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r.errors.empty());
    return cache.emplace(with_reseller, std::move(r)).first->second.catalog;
}

imgcost::Scenario scenario(const std::string& model) {
    imgcost::Scenario s;
    s.model = model;
    s.as_of = "2026-11-30";
    return s;
}

std::map<std::string, const imgcost::CompareRow*> by_id(const std::vector<imgcost::CompareRow>& rows) {
    std::map<std::string, const imgcost::CompareRow*> out;
    for (const auto& r : rows) out[r.model] = &r;
    return out;
}

}  // namespace

TEST_CASE("Compare rows carry their rating and the price-quality frontier") {
    auto rows = imgcost::compare(scenario("q/cheap"), quality_catalog(false));
    auto row = by_id(rows);
    REQUIRE(row.size() == 5);
    REQUIRE(row["q/mid"]->quality);
    CHECK(row["q/mid"]->quality->rating.rating == 1200);
    CHECK(row["q/mid"]->quality->rating.ci_low == 1195);
    CHECK(row["q/mid"]->quality->rating.as_of == "2026-07-10");
    CHECK_FALSE(row["q/plain"]->quality);
    CHECK(row["q/cheap"]->frontier);
    CHECK(row["q/mid"]->frontier);
    CHECK_FALSE(row["q/dear"]->frontier);  // q/mid is cheaper and rated higher
    CHECK(row["q/top"]->frontier);
    CHECK_FALSE(row["q/plain"]->frontier);  // not rated

    json j = imgcost::to_json(rows);
    for (const auto& r : j) {
        if (r["model"] == "q/plain") {
            CHECK(r["quality"].is_null());
            continue;
        }
        CHECK(r["quality"]["leaderboard"] == "lmarena-text-to-image");
        CHECK(r["quality"]["source"]["url"] == "https://arena.example/t2i");
        CHECK(r["quality"]["votes"].is_null());
        CHECK(r["frontier"].is_boolean());
    }
}

TEST_CASE("A reseller row rated_as its vendor's model shows that rating marked as such and can take its place on the frontier") {
    auto rows = imgcost::compare(scenario("q/cheap"), quality_catalog(true));
    auto row = by_id(rows);
    REQUIRE(row["q/resell"]->quality);
    CHECK(row["q/resell"]->quality->rating.rating == 1200);
    CHECK(row["q/resell"]->quality->rated_as == "q/mid");
    CHECK(row["q/mid"]->quality->rated_as.empty());
    CHECK(row["q/resell"]->frontier);
    CHECK_FALSE(row["q/mid"]->frontier);  // the reseller serves the same model for less
    CHECK(imgcost::to_json(*row["q/resell"]->quality)["rated_as"] == "q/mid");
}

TEST_CASE("min_rating keeps only the rows rated at least that and is a registry key with a link alias") {
    imgcost::Scenario s = scenario("q/cheap");
    s.min_rating = 1100;
    auto rows = imgcost::compare(s, quality_catalog(false));
    std::vector<std::string> ids;
    for (const auto& r : rows) ids.push_back(r.model);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"q/dear", "q/mid", "q/top"});
    CHECK(std::all_of(rows.begin(), rows.end(), [](const auto& r) { return r.quality && r.quality->rating.rating >= 1100; }));

    const imgcost::KeySpec* k = imgcost::find_key("min_rating");
    REQUIRE(k);
    CHECK(std::string(k->label) == "At least rating");
    CHECK(k->unit == imgcost::Unit::count);
    CHECK(k->min == 0);
    CHECK(k->max == 3000);
    CHECK_FALSE(k->essential);
    CHECK(imgcost::find_alias(k->alias) == k);

    json j = imgcost::scenario_to_json(s);
    CHECK(j["min_rating"] == 1100);
    CHECK(imgcost::scenario_from_json(j).min_rating == 1100);
    CHECK(imgcost::decode_link(imgcost::encode_link(s, "https://x.example/")).scenario.min_rating == 1100);
    CHECK_THROWS_AS(imgcost::scenario_from_json(json{{"model", "q/cheap"}, {"min_rating", 3001}}), imgcost::InputError);
    CHECK_THROWS_AS(imgcost::scenario_from_json(json{{"model", "q/cheap"}, {"min_rating", -1}}), imgcost::InputError);
}

TEST_CASE("A bad rating rejects its file with the file and JSON pointer and reason while the others load") {
    // openai.json /models/5 is openai/gpt-image-2: text-to-image first, image-edit second.
    REQUIRE(provider_files().at("openai.json")["models"][5]["id"] == "openai/gpt-image-2");
    REQUIRE(provider_files().at("openai.json")["models"][5]["quality"].size() == 2);
    REQUIRE(provider_files().at("fal.json")["models"][0]["rated_as"] == "bfl/flux-1-dev");
    const std::string q = "/models/5/quality/0";
    const std::vector<Mutation> table = {
        {"a rating without a source", "openai.json", [&](json& j) { at(j, q).erase("source"); }, q + "/source",
         "missing required key 'source'"},
        {"a rating source without a date", "openai.json", [&](json& j) { at(j, q + "/source").erase("as_of"); },
         q + "/source/as_of", "missing required key 'as_of'"},
        {"a rating source without a url", "openai.json", [&](json& j) { at(j, q + "/source").erase("url"); },
         q + "/source/url", "missing required key 'url'"},
        {"a rating date that is not a day", "openai.json", [&](json& j) { at(j, q + "/source/as_of") = "2026-02-30"; },
         q + "/source/as_of", "real day"},
        {"a rating outside its interval", "openai.json", [&](json& j) { at(j, q + "/rating") = 1400; }, q + "/rating",
         "must lie within its interval"},
        {"an interval upside down", "openai.json",
         [&](json& j) {
             at(j, q + "/ci_low") = 1390;
             at(j, q + "/ci_high") = 1370;
         },
         q + "/ci_low", "must not be above ci_high"},
        {"negative votes", "openai.json", [&](json& j) { at(j, q + "/votes") = -1; }, q + "/votes", "from 0"},
        {"an unknown leaderboard", "openai.json", [&](json& j) { at(j, q + "/leaderboard") = "artificial-analysis"; },
         q + "/leaderboard", "unknown leaderboard 'artificial-analysis'"},
        {"a category that is not the leaderboard's", "openai.json",
         [&](json& j) { at(j, q + "/category") = "image-edit"; }, q + "/category", "must be text-to-image"},
        {"two ratings from one leaderboard", "openai.json",
         [&](json& j) { at(j, "/models/5/quality/1") = at(j, q); }, "/models/5/quality/1/leaderboard",
         "duplicate leaderboard"},
        {"an unknown key in a rating", "openai.json", [&](json& j) { at(j, q)["elo"] = 1; }, q + "/elo",
         "unknown key 'elo'"},
        {"rated_as next to its own quality", "openai.json",
         [&](json& j) { at(j, "/models/5")["rated_as"] = "openai/gpt-image-1"; }, "/models/5/rated_as", "not both"},
        {"rated_as naming itself", "fal.json", [&](json& j) { at(j, "/models/0/rated_as") = "fal/flux-1-dev"; },
         "/models/0/rated_as", "another model"},
    };
    for (const auto& m : table) {
        DYNAMIC_SECTION(m.description) { check_rejected(m); }
    }
}

TEST_CASE("rated_as must name a model of the whole catalog checked after every file is loaded") {
    json bundle = {{"bundle_version", 1}, {"files", json::object()}};
    for (const auto& [name, content] : provider_files()) bundle["files"][name] = content;
    at(bundle["files"]["fal.json"], "/models/0/rated_as") = "bfl/flux-9";
    auto r = imgcost::load_catalog_text(bundle.dump(), "bundle.json");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].file == "fal.json");
    CHECK(r.errors[0].path == "/models/0/rated_as");
    CHECK_THAT(r.errors[0].reason, Catch::Contains("rated_as 'bfl/flux-9' is not a model of the catalog"));
    CHECK(r.catalog.find_model("fal/flux-1-dev") == nullptr);
    CHECK(r.catalog.find_model("bfl/flux-1-dev"));
    CHECK(r.catalog.find_model("openai/gpt-image-2"));
}

TEST_CASE("The shipped catalog rates at least 25 callable models on text-to-image each within its interval") {
    auto loaded = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    REQUIRE(loaded.errors.empty());
    auto on = *imgcost::parse_date("2026-11-30");
    int rated = 0;
    for (const auto& m : loaded.catalog.models) {
        const imgcost::QualityRating* q = imgcost::rating_of(m, loaded.catalog, imgcost::default_leaderboard);
        if (!q) continue;
        CHECK(q->ci_low <= q->rating);
        CHECK(q->rating <= q->ci_high);
        if (imgcost::callable(m, on)) ++rated;
    }
    CHECK(rated >= 25);
}

TEST_CASE("The advisor never proposes a model rated clearly lower than a top-rated one") {
    auto loaded = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    const auto& c = loaded.catalog;
    for (const char* id : {"openai/gpt-image-2", "google/gemini-3-pro-image", "google/gemini-3.1-flash-image"}) {
        INFO(id);
        imgcost::Scenario s = scenario(id);
        const imgcost::QualityRating* own = imgcost::rating_of(*c.find_model(id), c, imgcost::default_leaderboard);
        REQUIRE(own);
        for (const auto& t : imgcost::savings_tactics(s, c)) {
            if (t.id != "cheapest_comparable_model" || !t.priced) continue;
            const imgcost::Model* proposed = c.find_model(t.scenario.model);
            REQUIRE(proposed);
            const imgcost::QualityRating* theirs = imgcost::rating_of(*proposed, c, imgcost::default_leaderboard);
            INFO(t.summary);
            if (theirs) {
                CHECK(theirs->ci_high >= own->ci_low);
                CHECK_THAT(t.summary, Catch::Contains("rated "));
                CHECK(t.figures.at("chosen_rating") == own->rating);
            }
        }
    }
    // Without a rating on one side the tier rule stands: a custom model is compared by tier.
    imgcost::Scenario custom = scenario("custom");
    custom.price_per_image = 0.2;
    for (const auto& t : imgcost::savings_tactics(custom, c))
        if (t.id == "cheapest_comparable_model") CHECK(t.figures.count("chosen_rating") == 0);
}

TEST_CASE("The leaderboards are one table with their terms") {
    REQUIRE(imgcost::leaderboards().size() == 2);
    CHECK(imgcost::find_leaderboard("lmarena-text-to-image"));
    CHECK(imgcost::find_leaderboard("lmarena-image-edit"));
    CHECK_FALSE(imgcost::find_leaderboard("lmarena"));
    for (const auto& l : imgcost::leaderboards()) CHECK(std::string(l.licence) == "CC BY 4.0");
    CHECK(imgcost::registry_json()["leaderboards"].size() == 2);
}
