// docs/cost-model.md formulas, with figures computed by hand.
#include <catch2/catch.hpp>

#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "support/test_catalog.hpp"

using imgcost::evaluate;
using imgcost::Scenario;
using imgcost::testing::test_catalog;

TEST_CASE("$0.04 per generation at 1 in 3 accepted is $0.12 per usable image") {
    Scenario s;
    s.model = "acme/tiered";
    s.acceptance_rate = 1.0 / 3;
    auto e = evaluate(s, test_catalog());
    CHECK(e.price_per_generation == Approx(0.04));
    CHECK(e.cost_per_usable_image == Approx(0.12));
}

TEST_CASE("A request is billed at the cheapest exact size tier that can deliver it") {
    Scenario s;
    s.model = "acme/tiered";
    s.width = 1200, s.height = 1000, s.quality = "hd";
    auto e = evaluate(s, test_catalog());
    CHECK(e.price_per_generation == Approx(0.12));
    CHECK(e.billed_as.rfind("1792x1024, hd", 0) == 0);
}

TEST_CASE("Monthly breakdown: 1000 images at 50% acceptance, batch, moderation and edits") {
    Scenario s;
    s.model = "acme/tiered";
    s.images_per_month = 1000;
    s.acceptance_rate = 0.5;
    s.batch_share = 0.5;          // p_eff = 0.04 × (1 − 0.5 × 0.5) = 0.03
    s.moderation = "acme/moderation";  // m = 0.001
    s.edits_per_image = 1;        // p_edit = 0.05
    auto e = evaluate(s, test_catalog());
    CHECK(e.effective_price_per_generation == Approx(0.03));
    CHECK(e.monthly.accepted == Approx(30));
    CHECK(e.monthly.rejected == Approx(30));
    CHECK(e.monthly.moderation == Approx(3));  // (2000 + 1000) × 0.001
    CHECK(e.monthly.edits == Approx(50));
    CHECK(e.monthly.total == Approx(113));
    CHECK(e.cost_per_usable_image == Approx(0.062));               // (0.03 + 0.001) / 0.5
    CHECK(e.cost_per_delivered_image == Approx(0.062 + 0.051));    // + 1 × (0.05 + 0.001)
    CHECK(e.all_in_cost_per_image == Approx(0.113));
}

TEST_CASE("An acceptance rate above 1 is rejected naming the key and its range") {
    Scenario s;
    s.model = "acme/tiered";
    s.acceptance_rate = 1.5;
    try {
        evaluate(s, test_catalog());
        FAIL("no error");
    } catch (const imgcost::InputError& e) {
        REQUIRE(e.errors().size() == 1);
        CHECK(e.errors()[0].key == "acceptance_rate");
        CHECK(e.errors()[0].code == imgcost::code::out_of_range);
        CHECK(e.errors()[0].message == "Acceptance rate (acceptance_rate) must be more than 0% and at most 100% (got 150%)");
    }
}

TEST_CASE("Projection: storage accumulates over the retention window") {
    Scenario s;
    s.model = "acme/tiered";
    s.images_per_month = 100;
    s.retention_months = 3;
    s.months = 4;
    s.storage = "acme/storage";
    auto e = evaluate(s, test_catalog());
    REQUIRE(e.projection.size() == 4);
    CHECK(e.projection[0].stored_images == Approx(100));
    CHECK(e.projection[2].stored_images == Approx(300));
    CHECK(e.projection[3].stored_images == Approx(300));
    CHECK(e.projection[3].cost.storage == Approx(300 * 1.5 / 1000 * 0.02));
}
