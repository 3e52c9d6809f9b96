// Issue 6, the savings advisor: each tactic's changed scenario and figures,
// computed by hand on the test catalog (support/test_catalog.cpp).
#include <catch2/catch.hpp>

#include "imgcost/advisor.hpp"
#include "imgcost/advisor_json.hpp"
#include "imgcost/alternatives.hpp"
#include "imgcost/catalog_loader.hpp"
#include "imgcost/errors.hpp"
#include "support/test_catalog.hpp"

using imgcost::AdvisorOptions;
using imgcost::Catalog;
using imgcost::Scenario;
using imgcost::Tactic;
using imgcost::testing::advisor_catalog_with;
using imgcost::testing::advisor_test_catalog;

namespace {

Tactic tactic(const std::string& id, const Scenario& s, const Catalog& c, const AdvisorOptions& o = {}) {
    for (const auto& t : imgcost::savings_tactics(s, c, o))
        if (t.id == id) return t;
    FAIL("no tactic " << id);
    return {};
}

Scenario tiered(const std::string& quality, double acceptance) {
    Scenario s;
    s.model = "acme/tiered";
    s.quality = quality;
    s.images_per_month = 1000;
    s.acceptance_rate = acceptance;
    return s;
}

}  // namespace

TEST_CASE("Raising acceptance from 50% to 60% at $0.04 saves 2000 × 0.04 − 1000 / 0.6 × 0.04 = $13.33 a month") {
    auto t = tactic("raise_acceptance", tiered("standard", 0.5), advisor_catalog_with({"acme/tiered"}));
    REQUIRE(t.applies);
    CHECK(t.scenario.acceptance_rate == Approx(0.6));
    CHECK(t.monthly_total == Approx(1000 / 0.6 * 0.04));
    CHECK(t.saved_per_month == Approx(80 - 1000 / 0.6 * 0.04));
    CHECK(t.saved_per_year == Approx(12 * (80 - 1000 / 0.6 * 0.04)));
    CHECK(t.figures.at("value_per_point") == Approx((80 - 1000 / 0.6 * 0.04) / 10));
    CHECK(t.figures.at("next_point_value") == Approx(80 - 1000 / 0.51 * 0.04));  // the 51st point
}

TEST_CASE("Acceptance is raised at most to 100%, and not at all when every generation is accepted") {
    auto near = tactic("raise_acceptance", tiered("standard", 0.95), advisor_catalog_with({"acme/tiered"}));
    CHECK(near.scenario.acceptance_rate == Approx(1));
    CHECK(near.figures.at("points") == Approx(5));
    auto full = tactic("raise_acceptance", tiered("standard", 1), advisor_catalog_with({"acme/tiered"}));
    CHECK_FALSE(full.applies);
    CHECK(full.reason.find("already kept") != std::string::npos);
}

TEST_CASE("Batch: half of 2000 generations at 50% off saves 1000 × $0.02 = $20 a month") {
    auto t = tactic("batch", tiered("standard", 0.5), advisor_catalog_with({"acme/tiered"}));
    REQUIRE(t.applies);
    CHECK(t.scenario.batch_share == Approx(0.5));
    CHECK(t.monthly_total == Approx(60));
    CHECK(t.saved_per_month == Approx(20));
    CHECK(t.assumptions.at(0).key == "batch_eligible_share");

    AdvisorOptions most;
    most.batch_eligible_share = 0.8;  // 2000 × 0.04 × (1 − 0.8 × 0.5) = 48
    CHECK(tactic("batch", tiered("standard", 0.5), advisor_catalog_with({"acme/tiered"}), most).monthly_total ==
          Approx(48));
}

TEST_CASE("Batch does not apply to a model without batch mode, or when the share that can wait is already batched") {
    Scenario bounded;
    bounded.model = "acme/bounded";
    auto none = tactic("batch", bounded, advisor_test_catalog());
    CHECK_FALSE(none.applies);
    CHECK(none.reason == "Bounded has no batch mode");

    Scenario batched = tiered("standard", 1);
    batched.batch_share = 0.5;
    auto already = tactic("batch", batched, advisor_test_catalog());
    CHECK_FALSE(already.applies);
    CHECK(already.reason.find("already sending 50%") != std::string::npos);
}

TEST_CASE("Cache reuse of 10%: 900 images generated and stored, the same bytes delivered") {
    Scenario s = tiered("standard", 1);
    s.storage = "acme/storage";      // 1000 × 12 × 1.5 MB = 18 GB × $0.02 = $0.36
    s.cdn = "acme/cdn-flat";         // 1000 × 10 × 1.5 MB = 15 GB × $0.08 = $1.20
    s.views_per_image = 10;
    auto t = tactic("cache_reuse", s, advisor_test_catalog());
    REQUIRE(t.applies);
    CHECK(t.scenario.images_per_month == Approx(900));
    CHECK(t.scenario.views_per_image == Approx(10 / 0.9));
    // 900 × 0.04 + 900 × 12 × 0.0015 × 0.02 + the same $1.20 of delivery
    CHECK(t.monthly_total == Approx(36 + 0.324 + 1.2));
    CHECK(t.saved_per_month == Approx(41.56 - 37.524));
    CHECK(imgcost::evaluate(t.scenario, advisor_test_catalog()).monthly.delivery == Approx(1.2));
}

TEST_CASE("Storage and delivery: the thrift pair beats every Acme pair, and pairs never mix providers") {
    Scenario s = tiered("standard", 1);
    s.storage = "acme/storage";
    s.cdn = "acme/cdn-flat";
    s.views_per_image = 10;
    auto t = tactic("storage_delivery", s, advisor_test_catalog());
    REQUIRE(t.applies);
    CHECK(t.scenario.storage == "thrift/storage");
    CHECK(t.scenario.cdn == "thrift/egress");
    // 18 GB × $0.01, 15 GB × $0 against $0.36 + $1.20
    CHECK(t.saved_per_month == Approx(0.36 + 1.2 - 0.18));

    s.cdn.clear();
    s.views_per_image = 0;
    auto storage_only = tactic("storage_delivery", s, advisor_test_catalog());
    CHECK(storage_only.scenario.storage == "thrift/storage");
    CHECK(storage_only.scenario.cdn.empty());
    CHECK(storage_only.saved_per_month == Approx(0.18));

    s.storage.clear();
    auto none = tactic("storage_delivery", s, advisor_test_catalog());
    CHECK_FALSE(none.applies);
    CHECK(none.reason == "no storage or delivery is priced in this scenario");
}

TEST_CASE("Cheapest comparable model: the top tier of one model is compared with the top tier of the others") {
    Catalog c = advisor_catalog_with({"acme/tiered", "acme/tokens"});
    Scenario high;
    high.model = "acme/tokens";
    high.quality = "high";  // 4160 × $40/1M + 50 × $5/1M = $0.16665, the dearer of two tiers
    auto t = tactic("cheapest_comparable_model", high, c);
    REQUIRE(t.applies);
    CHECK(t.scenario.model == "acme/tiered");
    CHECK(t.scenario.quality == "hd");
    CHECK(t.monthly_total == Approx(80));
    CHECK(t.saved_per_month == Approx(166.65 - 80));
    CHECK(t.figures.at("tier_rank") == Approx(1));

    Scenario low = high;
    low.quality = "low";  // $0.01113: Tiered's cheapest tier, standard, costs $0.04
    auto none = tactic("cheapest_comparable_model", low, c);
    CHECK_FALSE(none.applies);
    CHECK(none.reason == "already the cheapest callable model at a comparable tier (next: Tiered at $40.00 a month)");
}

TEST_CASE("Cheapest comparable model skips retired and unverified prices") {
    // Old ($0.01, retired) and Rumoured ($0.001, unverified) are not callable;
    // GPU seconds at 2 s × $0.001 is.
    auto t = tactic("cheapest_comparable_model", tiered("hd", 1), advisor_test_catalog());
    REQUIRE(t.applies);
    CHECK(t.scenario.model == "acme/gpu");
    CHECK(t.monthly_total == Approx(2));
    CHECK(t.saved_per_month == Approx(78));
}

TEST_CASE("Draft then upscale: 4 drafts at 512x512 on GPU seconds and one $0.02 upscale beat 4 hd generations") {
    // 4000 × 0.5 s × $0.001 + 1000 × $0.02 = $22 against 4000 × $0.08 = $320.
    auto t = tactic("draft_then_finish", tiered("hd", 0.25), advisor_test_catalog());
    REQUIRE(t.applies);
    CHECK(t.scenario.model == "acme/gpu");
    CHECK(t.scenario.width == 512);
    CHECK(t.scenario.height == 512);
    CHECK(t.scenario.upscale_share == 1);
    CHECK(t.scenario.upscaler == "acme/upscale");
    CHECK(t.monthly_total == Approx(22));
    CHECK(t.saved_per_month == Approx(298));
    CHECK(t.saved_per_year == Approx(3576));
    CHECK(t.figures.at("drafts_per_final") == Approx(4));
}

TEST_CASE("Draft then re-render: drafts at standard, the chosen one again at hd, counted as one edit call") {
    Scenario s = tiered("hd", 0.25);
    s.upscale_share = 0.1;  // prints are upscaled already, so no small drafts
    auto t = tactic("draft_then_finish", s, advisor_catalog_with({"acme/tiered"}));
    REQUIRE(t.applies);
    CHECK(t.scenario.quality == "standard");
    CHECK(t.scenario.edits_per_image == 1);
    CHECK(t.scenario.edit_price == Approx(0.08));
    // 4000 × $0.04 + 1000 × $0.08 + 100 × $0.02 against 4000 × $0.08 + $2
    CHECK(t.monthly_total == Approx(242));
    CHECK(t.saved_per_month == Approx(80));

    AdvisorOptions two;
    two.drafts_per_final = 2;
    auto fewer = tactic("draft_then_finish", s, advisor_catalog_with({"acme/tiered"}), two);
    CHECK(fewer.scenario.acceptance_rate == Approx(0.5));
    CHECK(fewer.monthly_total == Approx(2000 * 0.04 + 80 + 2));
}

TEST_CASE("Drafting that costs more does not apply, and says what it would cost") {
    Scenario s;
    s.model = "acme/bounded";  // one tier; drafts at 512x512 still cost $0.02, plus a $0.02 upscale
    auto t = tactic("draft_then_finish", s, advisor_catalog_with({"acme/bounded"}));
    CHECK_FALSE(t.applies);
    CHECK(t.reason == "it would cost $40.00 a month against $20.00 now");
}

TEST_CASE("Tactics that save come first, most saved first") {
    Scenario s = tiered("hd", 0.25);
    s.storage = "acme/storage";
    auto list = imgcost::savings_tactics(s, advisor_test_catalog());
    REQUIRE(list.size() == 6);
    for (size_t i = 1; i < list.size(); ++i) {
        if (list[i].applies) CHECK(list[i - 1].saved_per_month >= list[i].saved_per_month);
        if (list[i].applies) CHECK(list[i - 1].applies);
    }
}

TEST_CASE("Apply: every tactic's scenario, read back from its JSON, costs the advertised total") {
    Scenario s = tiered("hd", 0.4);
    s.storage = "acme/storage";
    s.cdn = "acme/cdn";
    s.views_per_image = 3;
    s.moderation = "acme/graduated-moderation";
    auto advice = imgcost::advise(s, advisor_test_catalog());
    auto j = imgcost::to_json(advice);
    int priced = 0;
    for (const auto& t : j["tactics"]) {
        if (!t["priced"].get<bool>()) continue;
        ++priced;
        Scenario applied = imgcost::scenario_from_json(t["scenario"]);
        CHECK(imgcost::evaluate(applied, advisor_test_catalog()).monthly.total == Approx(t["monthly_total"].get<double>()));
        CHECK(t["saved_per_month"].get<double>() == Approx(j["baseline"]["monthly_total"].get<double>() -
                                                           t["monthly_total"].get<double>()));
    }
    CHECK(priced >= 5);
}

TEST_CASE("Alternatives are priced as compare() prices them, negotiated rates staying with their model") {
    Scenario s = tiered("hd", 0.5);
    s.price_per_image = 0.03;
    s.upscale_share = 0.5;
    auto rows = imgcost::compare(s, imgcost::testing::test_catalog());
    auto priced = imgcost::priced_models(s, imgcost::testing::test_catalog());
    size_t ok = 0;
    for (const auto& r : rows)
        if (r.ok) {
            REQUIRE(ok < priced.size());
            CHECK(priced[ok].model == r.model);
            CHECK(priced[ok].estimate.monthly.total == Approx(r.estimate.monthly.total));
            ++ok;
        }
    CHECK(ok == priced.size());
}

TEST_CASE("Advisor options out of range are rejected naming the option") {
    try {
        imgcost::advisor_options_from_json({{"cache_reuse", 1.5}, {"drafts", 2}, {"mix", {{{"name", "x"}}}}});
        FAIL("no error");
    } catch (const imgcost::InputError& e) {
        std::vector<std::string> keys;
        for (const auto& f : e.errors()) keys.push_back(f.key);
        CHECK(keys == std::vector<std::string>{"drafts", "mix[0].share"});
    }
    try {
        imgcost::advisor_options_from_json({{"cache_reuse", 1.5}});
        FAIL("no error");
    } catch (const imgcost::InputError& e) {
        CHECK(e.errors().at(0).code == imgcost::code::out_of_range);
        CHECK(e.errors().at(0).message == "Share of requests a cache can serve (cache_reuse) must be from 0% to 99% (got 150%)");
    }
}

TEST_CASE("Every tactic prices a real-catalog scenario without error") {
    auto loaded = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    Scenario s;
    s.model = "openai/gpt-image-1.5";
    s.quality = "high";
    s.acceptance_rate = 0.5;
    s.storage = "aws/s3-standard";
    s.cdn = "aws/cloudfront-us";
    s.views_per_image = 200;
    auto list = imgcost::savings_tactics(s, loaded.catalog);
    for (const auto& t : list) {
        INFO(t.id << ": " << t.reason);
        if (t.id != "batch") CHECK(t.applies);
    }
}
