// The compact catalog (docs/catalog.md#compact): what the page loads is the
// real catalog, loaded and checked by the native loader, written compactly
// and read back without a JSON parser. Read back, it gives the same figures
// as the loaded catalog for every kind of answer; bytes that are not a whole
// compact catalog of this version are refused with a clear message.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/catalog_compact.hpp"
#include "imgcost/catalog_loader.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/history.hpp"
#include "imgcost/market_trend.hpp"
#include "imgcost/result_json.hpp"

namespace {

using nlohmann::json;

const imgcost::LoadResult& loaded() {
    static const imgcost::LoadResult l = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    return l;
}

const std::string& blob() {
    static const std::string b = imgcost::write_compact(loaded().catalog);
    return b;
}

const imgcost::Catalog& round_trip() {
    static const imgcost::Catalog c = imgcost::read_compact(blob());
    return c;
}

imgcost::Scenario scenario(const json& j) { return imgcost::scenario_from_json(j); }

// Every figure of an answer, as the CLI prints it.
std::string estimate_text(const imgcost::Scenario& s, const imgcost::Catalog& c) {
    try {
        return imgcost::to_json(imgcost::evaluate(s, c)).dump();
    } catch (const imgcost::InputError& e) {
        return imgcost::to_json(e).dump();
    }
}

std::string compare_text(const imgcost::Scenario& s, const imgcost::Catalog& c, const imgcost::CompareOptions& o) {
    return imgcost::to_json(imgcost::compare(s, c, o)).dump();
}

// Every "note" and "notes" text removed (an answer writes "notes" even when
// empty): what Prose::drop leaves out.
json prose_free(const json& j) {
    if (j.is_object()) {
        json out = json::object();
        for (const auto& [k, v] : j.items())
            if (!((k == "note" || k == "notes") && v.is_string())) out[k] = prose_free(v);
        return out;
    }
    if (j.is_array()) {
        json out = json::array();
        for (const auto& v : j) out.push_back(prose_free(v));
        return out;
    }
    return j;
}

const std::vector<json>& scenarios() {
    static const std::vector<json> list = {
        {{"model", "google/gemini-3.1-flash-image"}, {"as_of", "2026-11-30"}},
        // Retired by now, priced on a day it was callable, with edits, upscales, services and growth.
        {{"model", "openai/dall-e-3"}, {"as_of", "2024-06-01"}, {"width", 1792}, {"height", 1024}, {"quality", "hd"},
         {"edits_per_image", 1}, {"upscale_share", 0.5}, {"moderation", "openai/omni-moderation-latest"},
         {"storage", "aws/s3-standard"}, {"cdn", "aws/cloudfront-us"}, {"monthly_growth", 0.1}, {"months", 12}},
        // The same model after its shutdown: an error, the same either way.
        {{"model", "openai/dall-e-3"}, {"as_of", "2026-11-30"}},
        // Several price periods, a per-megapixel price.
        {{"model", "bfl/flux-2-flex"}, {"as_of", "2026-06-01"}, {"width", 1536}, {"height", 1024}},
        // Tokens, batch, in euros at the catalog's reference rate.
        {{"model", "openai/gpt-image-2"}, {"as_of", "2026-11-30"}, {"currency", "EUR"}, {"batch_share", 0.5},
         {"prompt_tokens", 200}},
        // A custom model with the reader's own rate and prices.
        {{"model", "custom"}, {"custom_name", "Ours"}, {"price_per_image", 0.03}, {"currency", "GBP"},
         {"fx_rate", 0.8}, {"as_of", "2026-11-30"}, {"min_rating", 1100}},
    };
    return list;
}

}  // namespace

TEST_CASE("Compact catalog: the real catalog read back gives the same answers, comparisons, history and trend") {
    REQUIRE(loaded().errors.empty());
    const imgcost::Catalog& original = loaded().catalog;
    const imgcost::Catalog& back = round_trip();
    REQUIRE(back.models.size() == original.models.size());
    for (const json& j : scenarios()) {
        INFO(j.dump());
        imgcost::Scenario s = scenario(j);
        CHECK(estimate_text(s, back) == estimate_text(s, original));
        for (bool retired : {false, true})
            for (const std::string board : {"lmarena-text-to-image", "lmarena-image-edit"}) {
                imgcost::CompareOptions o{retired, retired, board};
                CHECK(compare_text(s, back, o) == compare_text(s, original, o));
            }
        if (s.model != "custom")
            CHECK(imgcost::to_json(imgcost::price_history(s, back)).dump() ==
                  imgcost::to_json(imgcost::price_history(s, original)).dump());
    }
    for (const char* day : {"2023-01-01", "2026-11-30"}) {
        imgcost::Date on = *imgcost::parse_date(day);
        CHECK(imgcost::to_json(imgcost::market_trend(back, 2022, on)).dump() ==
              imgcost::to_json(imgcost::market_trend(original, 2022, on)).dump());
        imgcost::LoadResult read{back, {}};
        CHECK(imgcost::catalog_summary(read, on).dump() == imgcost::catalog_summary(loaded(), on).dump());
    }
}

TEST_CASE("Compact catalog: every field survives, so writing the read-back catalog gives the same bytes") {
    CHECK(imgcost::write_compact(round_trip()) == blob());
    CHECK(round_trip().default_models == loaded().catalog.default_models);
    REQUIRE(round_trip().fx);
    CHECK(round_trip().fx->rates == loaded().catalog.fx->rates);
}

TEST_CASE("Compact catalog: without prose it keeps every figure, source and grade and drops only the notes") {
    std::string small = imgcost::write_compact(loaded().catalog, imgcost::Prose::drop);
    CHECK(small.size() < blob().size() / 2);
    imgcost::Catalog back = imgcost::read_compact(small);
    for (const auto& m : back.models) {
        CHECK(m.notes.empty());
        for (const auto& p : m.prices) CHECK(p.pricing.source.note.empty());
    }
    for (const auto& s : back.services) CHECK(s.notes.empty());
    CHECK(back.fx->source.note.empty());
    imgcost::Date on = *imgcost::parse_date("2026-11-30");
    imgcost::LoadResult read{back, {}};
    CHECK(prose_free(imgcost::catalog_summary(read, on)) == prose_free(imgcost::catalog_summary(loaded(), on)));
    for (const json& j : scenarios()) {
        INFO(j.dump());
        imgcost::Scenario s = scenario(j);
        CHECK(prose_free(json::parse(estimate_text(s, back))) == prose_free(json::parse(estimate_text(s, loaded().catalog))));
        imgcost::CompareOptions o{true, true, "lmarena-text-to-image"};
        CHECK(prose_free(json::parse(compare_text(s, back, o))) == prose_free(json::parse(compare_text(s, loaded().catalog, o))));
    }
}

TEST_CASE("Compact catalog: a truncated blob is refused as cut short, at any length") {
    const std::string& b = blob();
    for (size_t n = 9; n < b.size(); n += (n < 400 ? 1 : 997)) {
        INFO("cut at " << n << " of " << b.size());
        CHECK_THROWS_WITH(imgcost::read_compact(std::string_view(b).substr(0, n)), Catch::Contains("cut short"));
    }
    CHECK_THROWS_WITH(imgcost::read_compact(std::string_view(b).substr(0, b.size() - 1)), Catch::Contains("cut short"));
}

TEST_CASE("Compact catalog: another format version, another file or trailing bytes are refused by name") {
    std::string b = blob();
    b[8] = static_cast<char>(imgcost::compact_format_version + 1);
    CHECK_THROWS_WITH(imgcost::read_compact(b), Catch::Contains("format version 2") &&
                                                    Catch::Contains("this build reads version 1"));
    CHECK_THROWS_AS(imgcost::read_compact(b), imgcost::CompactCatalogError);
    CHECK_THROWS_WITH(imgcost::read_compact(R"({"bundle_version": 1})"), Catch::Contains("not a compact catalog"));
    CHECK_THROWS_WITH(imgcost::read_compact(""), Catch::Contains("not a compact catalog"));
    CHECK_THROWS_WITH(imgcost::read_compact(blob() + "x"), Catch::Contains("does not end where its content does"));
}
