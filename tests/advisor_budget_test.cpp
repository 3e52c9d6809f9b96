// Issue 6, budget: the forward model run backwards, checked by running it forwards again.
#include <catch2/catch.hpp>

#include "imgcost/alternatives.hpp"
#include "imgcost/budget.hpp"
#include "imgcost/catalog_loader.hpp"
#include "support/test_catalog.hpp"

using imgcost::Scenario;
using imgcost::testing::advisor_catalog_with;
using imgcost::testing::advisor_test_catalog;

namespace {

Scenario tiered(double acceptance) {
    Scenario s;
    s.model = "acme/tiered";
    s.acceptance_rate = acceptance;
    return s;
}

double total_at(Scenario s, double images, const imgcost::Catalog& c) {
    s.images_per_month = images;
    return imgcost::evaluate(s, c).monthly.total;
}

}  // namespace

TEST_CASE("$100 a month at $0.04 per generation and 1 in 2 accepted buys 1250 usable images") {
    auto images = imgcost::images_for_budget(tiered(0.5), advisor_test_catalog(), 100);
    REQUIRE(images);
    CHECK(*images == Approx(1250));
    CHECK(total_at(tiered(0.5), *images, advisor_test_catalog()) == Approx(100));
}

TEST_CASE("A budget the doubling search meets exactly is a volume, not unlimited") {
    // $0.04 / 0.5 = $0.08 per usable image: 1000 → $80, 2000 → $160; $160 is met exactly at 2000.
    auto images = imgcost::images_for_budget(tiered(0.5), advisor_test_catalog(), 160);
    REQUIRE(images);
    CHECK(*images == Approx(2000));
}

TEST_CASE("A graduated rate bends the total: the first 1000 moderation calls are free") {
    // 0.08 V + 0.0015 × (2V − 1000) = 100  →  V = 101.5 / 0.083
    Scenario s = tiered(0.5);
    s.moderation = "acme/graduated-moderation";
    auto images = imgcost::images_for_budget(s, advisor_test_catalog(), 100);
    REQUIRE(images);
    CHECK(*images == Approx(101.5 / 0.083));
    CHECK(total_at(s, *images, advisor_test_catalog()) == Approx(100).epsilon(1e-12));
}

TEST_CASE("Round trip: the volume a budget buys costs the budget, for every callable model") {
    auto loaded = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    Scenario s;
    s.model = "openai/gpt-image-1.5";
    s.acceptance_rate = 0.6;
    s.edits_per_image = 0.5;
    s.moderation = "google/cloud-vision-safesearch";
    s.storage = "aws/s3-standard";
    s.cdn = "aws/cloudfront-us";
    s.views_per_image = 50;
    for (double budget : {0.5, 250.0, 40000.0})
        for (const auto& a : imgcost::affordable_by_model(s, loaded.catalog, budget)) {
            INFO(a.model << " at $" << budget);
            REQUIRE_FALSE(a.unlimited);
            CHECK(a.monthly_total == Approx(budget).epsilon(1e-9));
        }
}

TEST_CASE("A model with zero marginal cost affords any volume") {
    Scenario free;
    free.model = "custom";
    free.price_per_image = 0;
    CHECK_FALSE(imgcost::images_for_budget(free, advisor_test_catalog(), 100));
    auto rows = imgcost::affordable_by_model(free, advisor_test_catalog(), 100);
    REQUIRE(rows.front().model == "custom");
    CHECK(rows.front().unlimited);
}

TEST_CASE("A budget of 0 buys nothing") {
    CHECK(*imgcost::images_for_budget(tiered(1), advisor_test_catalog(), 0) == 0);
}

TEST_CASE("Models are listed by the volume the budget buys, most first") {
    auto rows = imgcost::affordable_by_model(tiered(1), advisor_catalog_with({"acme/tiered", "acme/bounded"}), 100);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].model == "acme/bounded");
    CHECK(rows[0].images_per_month == Approx(5000));  // $100 / $0.02
    CHECK(rows[1].model == "acme/tiered");
    CHECK(rows[1].chosen);
    CHECK(rows[1].images_per_month == Approx(2500));  // $100 / $0.04
}

TEST_CASE("$150 lasts 3.33 months at $40 a month growing 10% a month") {
    // Months cost 40, 44, 48.40, 53.24: $132.40 after three, then 17.60 / 53.24 of the fourth.
    Scenario s = tiered(1);
    s.monthly_growth = 0.1;
    auto r = imgcost::runway(s, advisor_test_catalog(), 150);
    CHECK_FALSE(r.beyond_horizon);
    CHECK(r.months == Approx(3 + 17.6 / 53.24));
}

TEST_CASE("A fund that outlasts the 60-month horizon says so") {
    auto r = imgcost::runway(tiered(1), advisor_test_catalog(), 1e6);
    CHECK(r.beyond_horizon);
    CHECK(r.horizon == 60);
    CHECK(r.spent_in_horizon == Approx(60 * 40));
}
