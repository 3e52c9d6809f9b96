// One test per finding of the libFuzzer harnesses (tests/fuzz/), each on the
// smallest input that showed it. The harnesses' seed corpora keep the original
// inputs (tests/fuzz/corpus/*/regression-*).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/scenario.hpp"
#include "imgcost/share_link.hpp"
#include "support/spec_support.hpp"

using nlohmann::json;

namespace {

const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD

bool valid_json_text(const json& j) {
    try {
        (void)j.dump();
        return true;
    } catch (const json::type_error&) {
        return false;
    }
}

}  // namespace

// F1 (link fuzzer): a link whose key or value percent-decodes to bytes that are
// not UTF-8 was quoted as is in a notice (or read into custom_name); the
// bindings' reply then failed in json::dump with type_error 316, so the page got
// "[json.exception.type_error.316] invalid UTF-8 byte" instead of the notices.
TEST_CASE("Fuzz F1: a link with bytes that are not UTF-8 decodes to text that can be sent as JSON") {
    auto d = imgcost::decode_link("http://x/?model=acme/tiered&heigh\x93\xC2\xCE=1&colour=%FF%FE", "");
    REQUIRE(d.notices.size() == 2);
    CHECK(valid_json_text(json(d.notices)));
    CHECK_THAT(d.notices[0] + d.notices[1], Catch::Contains("unknown key 'heigh" + replacement));

    d = imgcost::decode_link("http://x/?model=custom&price_per_image=1&custom_name=caf%E9%20%C3%A9", "");
    CHECK(d.scenario.custom_name == "caf" + replacement + " \xC3\xA9");  // a valid é is kept
    CHECK(valid_json_text(imgcost::scenario_to_json(d.scenario)));
    // Overlong forms and surrogates are not UTF-8 either.
    d = imgcost::decode_link("http://x/?model=custom&price_per_image=1&custom_name=%C0%AF%ED%A0%80", "");
    CHECK(d.scenario.custom_name == replacement + replacement + replacement + replacement + replacement);
}

// F2 (catalog fuzzer): a price sheet that is not valid JSON because of a byte
// that is not UTF-8 is rejected with nlohmann's parse error, which quotes that
// byte; catalog_summary (the page's loadCatalog reply) then failed to dump.
TEST_CASE("Fuzz F2: the summary of a catalog whose file held bytes that are not UTF-8 can be sent as JSON") {
    auto loaded = imgcost::load_catalog_text("{\"format_version\": 1, \"provider\": \"\x9C\"}", "broken.json");
    REQUIRE(loaded.errors.size() == 1);
    CHECK_THAT(loaded.errors[0].reason, Catch::StartsWith("not valid JSON"));
    json summary = imgcost::catalog_summary(loaded);
    REQUIRE(valid_json_text(summary));
    CHECK_THAT(summary["load_errors"][0]["reason"].get<std::string>(), Catch::Contains(replacement));
}

// F3 (catalog fuzzer): a number too large for a double makes json::parse throw
// out_of_range (406), not parse_error, and add_catalog_text catches only
// parse_error: the exception escapes load_catalog_text, so one bad file fails
// the whole catalog (CLI exit 1; the page keeps no catalog) instead of being
// rejected alone. Fix belongs in catalog_loader.cpp (catch json::exception there).
TEST_CASE("Fuzz F3: a price sheet holding a number too large for a double is rejected, not thrown") {
    imgcost::LoadResult loaded;
    REQUIRE_NOTHROW(loaded = imgcost::load_catalog_text(
                        R"({"format_version": 2, "provider": {"id": "big", "name": "Big", "url": "https://big.example/"},
                            "models": [], "services": [{"id": "big/s", "name": "S", "kind": "storage", "price": 2e308,
                            "source": {"url": "https://big.example/p", "checked": "2026-01-01", "confidence": "A"}}]})",
                        "big.json"));
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].file == "big.json");
}

// F4 (scenario fuzzer): acceptance_rate = 1e-300 passed "greater than 0", and
// V / a overflowed: generations_per_month, rejected and total were Infinity.
TEST_CASE("Fuzz F4: an acceptance rate so small that V / a overflows is rejected, and the smallest accepted one stays "
          "finite") {
    imgcost::testing::expect_input_error(
        [] { imgcost::scenario_from_json(json{{"model", "acme/tiered"}, {"acceptance_rate", 1e-300}}); },
        "acceptance_rate", imgcost::code::too_small);
    imgcost::Scenario s = imgcost::testing::scenario_for("acme/tiered");
    s.acceptance_rate = 1e-300;
    imgcost::testing::expect_input_error([&s] { imgcost::validate(s); }, "acceptance_rate", imgcost::code::too_small);

    // Every other key at its largest, too.
    s.acceptance_rate = 0.0001;
    s.images_per_month = 1e12, s.monthly_growth = 10, s.months = 60, s.edits_per_image = 1000;
    s.upscale_share = 1, s.upscale_price = 1e6, s.price_per_image = 1e6, s.moderation_price = 1e6;
    s.image_mb = 10000, s.retention_months = 600, s.views_per_image = 1e9;
    s.storage_price_gb_month = 1e6, s.cdn_price_gb = 1e6;
    auto e = imgcost::evaluate(s, imgcost::testing::test_catalog());
    for (double v : {e.generations_per_month, e.cost_per_delivered_image, e.monthly.rejected, e.monthly.total,
                     e.projection.back().cost.total, e.projection.back().cumulative})
        CHECK(std::isfinite(v));
}
