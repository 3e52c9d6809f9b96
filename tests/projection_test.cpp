// docs/cost-model.md#projection, projection: month k = 1..months, V_k = V × (1 + g)^(k−1); every
// per-image cost scales with V_k; stored images in month k are
// V_(k−R+1) + … + V_k, months before 1 counting 0. Figures by hand on the
// "acme" test catalog (acme/tiered: $0.04 a generation, $0.05 an edit,
// upscaler $0.02; acme/storage $0.02/GB-month; acme/cdn-flat $0.08/GB).
#include <catch2/catch.hpp>

#include <vector>

#include "support/spec_support.hpp"

using imgcost::Estimate;
using imgcost::Scenario;
using imgcost::testing::estimate;
using imgcost::testing::scenario_for;

namespace {

Scenario growing(double images, double growth, int months) {
    auto s = scenario_for("acme/tiered");
    s.images_per_month = images;
    s.monthly_growth = growth;
    s.months = months;
    return s;
}

std::vector<double> images_by_month(const Estimate& e) {
    std::vector<double> out;
    for (const auto& m : e.projection) out.push_back(m.images);
    return out;
}

std::vector<double> stored_by_month(const Estimate& e) {
    std::vector<double> out;
    for (const auto& m : e.projection) out.push_back(m.stored_images);
    return out;
}

// Matches a month-by-month series, each value within Catch's default margin.
auto months_are(std::vector<double> expected) {
    return Catch::Matchers::Approx(expected);
}

}  // namespace

TEST_CASE("Projection: one row per month, numbered 1 to months") {
    auto e = estimate(growing(1000, 0, 5));
    REQUIRE(e.projection.size() == 5);
    for (int k = 1; k <= 5; ++k) CHECK(e.projection[k - 1].month == k);
    CHECK(estimate(growing(1000, 0, 1)).projection.size() == 1);
    CHECK(estimate(growing(1000, 0, 60)).projection.size() == 60);
}

TEST_CASE("Projection: positive growth compounds, V_k = V × (1 + g)^(k−1)") {
    // 1000, 1100, 1210, 1331.
    CHECK_THAT(images_by_month(estimate(growing(1000, 0.1, 4))), months_are({1000, 1100, 1210, 1331}));
}

TEST_CASE("Projection: negative growth shrinks the volume month by month") {
    // g = −0.5: halves every month.
    CHECK_THAT(images_by_month(estimate(growing(1000, -0.5, 4))), months_are({1000, 500, 250, 125}));
}

TEST_CASE("Projection: growth −1 leaves only month 1") {
    auto e = estimate(growing(1000, -1, 3));
    CHECK_THAT(images_by_month(e), months_are({1000, 0, 0}));
    CHECK(e.projection[0].cost.total == Approx(40));  // 1000 × 0.04
    CHECK(e.projection[1].cost.total == 0);
    CHECK(e.projection[2].cumulative == Approx(40));
}

TEST_CASE("Projection: month 1 is V and month 60 is V × (1 + g)^59") {
    auto e = estimate(growing(1000, 0.01, 60));
    REQUIRE(e.projection.size() == 60);
    CHECK(e.projection.front().images == 1000);
    CHECK(e.projection.back().images == Approx(1798.7096025387));  // 1000 × 1.01^59
    // Generations are priced per month: month 60 costs 1798.71 × 0.04.
    CHECK(e.projection.back().cost.accepted == Approx(71.948384));
}

TEST_CASE("Projection: stored images sum the last R months, months before 1 counting 0") {
    auto s = growing(100, 1, 5);  // 100, 200, 400, 800, 1600
    s.retention_months = 2;
    CHECK_THAT(stored_by_month(estimate(s)), months_are({100, 300, 600, 1200, 2400}));
    s.retention_months = 3;        // 100, 100+200, 100+200+400, 200+400+800, 400+800+1600
    CHECK_THAT(stored_by_month(estimate(s)), months_are({100, 300, 700, 1400, 2800}));
    s.retention_months = 12;       // longer than the projection: everything so far
    CHECK_THAT(stored_by_month(estimate(s)), months_are({100, 300, 700, 1500, 3100}));
}

TEST_CASE("Projection: with growth −1 the month-1 images stay stored for R months, then nothing") {
    auto s = growing(1000, -1, 5);
    s.retention_months = 3;
    s.storage = "acme/storage";
    auto e = estimate(s);
    CHECK_THAT(stored_by_month(e), months_are({1000, 1000, 1000, 0, 0}));
    CHECK(e.projection[2].cost.storage == Approx(0.03));  // 1000 × 1.5 / 1000 GB × 0.02
    CHECK(e.projection[2].cost.total == Approx(0.03));    // no generations, only storage
    CHECK(e.projection[3].cost.total == 0);
}

TEST_CASE("Projection: retention 0 stores nothing") {
    auto s = growing(1000, 0.1, 3);
    s.retention_months = 0;
    s.storage = "acme/storage";
    auto e = estimate(s);
    CHECK_THAT(stored_by_month(e), months_are({0, 0, 0}));
    for (const auto& m : e.projection) CHECK(m.cost.storage == 0);
    CHECK(e.monthly.storage == 0);
}

TEST_CASE("Projection: a fractional retention counts the oldest month by its fraction") {
    // The rule of stored_images (core/src/evaluation.cpp): R = 2.5 months keeps
    // V_k + V_(k−1) + 0.5 × V_(k−2), so the steady state is V × R like the
    // monthly breakdown's.
    auto s = growing(100, 0, 4);
    s.retention_months = 2.5;
    CHECK_THAT(stored_by_month(estimate(s)), months_are({100, 200, 250, 250}));
    s.monthly_growth = 1;          // 100, 200, 400, 800
    CHECK_THAT(stored_by_month(estimate(s)), months_are({100, 300, 650, 1300}));
    s.monthly_growth = 0;
    s.retention_months = 0.5;      // half of this month's images
    CHECK_THAT(stored_by_month(estimate(s)), months_are({50, 50, 50, 50}));
}

TEST_CASE("Projection: each month's breakdown lines scale with that month's images") {
    auto s = growing(1000, 0.1, 2);  // V_1 = 1000, V_2 = 1100
    s.acceptance_rate = 0.5;
    s.moderation = "acme/moderation";  // $0.001
    s.edits_per_image = 1;             // $0.05
    s.upscale_share = 0.5;             // $0.02
    s.storage = "acme/storage";        // $0.02/GB-month
    s.retention_months = 2;
    s.cdn = "acme/cdn-flat";           // $0.08/GB
    s.views_per_image = 2;
    auto e = estimate(s);
    REQUIRE(e.projection.size() == 2);
    const auto& m1 = e.projection[0].cost;
    CHECK(m1.accepted == Approx(40));      // 1000 × 0.04
    CHECK(m1.rejected == Approx(40));      // (2000 − 1000) × 0.04
    CHECK(m1.moderation == Approx(3));     // (2000 + 1000) × 0.001
    CHECK(m1.edits == Approx(50));         // 1000 × 0.05
    CHECK(m1.upscales == Approx(10));      // 500 × 0.02
    CHECK(m1.storage == Approx(0.03));     // 1000 stored × 1.5 MB = 1.5 GB × 0.02
    CHECK(m1.delivery == Approx(0.24));    // 1000 × 2 × 1.5 MB = 3 GB × 0.08
    CHECK(m1.total == Approx(143.27));
    const auto& m2 = e.projection[1].cost;
    CHECK(e.projection[1].images == Approx(1100));
    CHECK(e.projection[1].stored_images == Approx(2100));
    CHECK(m2.accepted == Approx(44));      // 1100 × 0.04
    CHECK(m2.rejected == Approx(44));      // (2200 − 1100) × 0.04
    CHECK(m2.moderation == Approx(3.3));   // (2200 + 1100) × 0.001
    CHECK(m2.edits == Approx(55));         // 1100 × 0.05
    CHECK(m2.upscales == Approx(11));      // 550 × 0.02
    CHECK(m2.storage == Approx(0.063));    // 2100 × 1.5 MB = 3.15 GB × 0.02
    CHECK(m2.delivery == Approx(0.264));   // 1100 × 2 × 1.5 MB = 3.3 GB × 0.08
    CHECK(m2.total == Approx(157.627));
}

TEST_CASE("Projection: the cumulative total is the running sum of the monthly totals") {
    auto s = growing(1000, 0.1, 3);  // 40, 44, 48.4 at $0.04
    auto e = estimate(s);
    CHECK(e.projection[0].cumulative == Approx(40));
    CHECK(e.projection[1].cumulative == Approx(84));
    CHECK(e.projection[2].cumulative == Approx(132.4));
}

TEST_CASE("Projection: graduated rates apply to each month's own quantity") {
    // acme/cdn: the first 1000 GB of each month are free. 10000 images × 100
    // views × 1.5 MB = 1500 GB in month 1 (500 billed), 3000 GB in month 2.
    auto s = growing(10000, 1, 2);
    s.cdn = "acme/cdn";
    s.views_per_image = 100;
    auto e = estimate(s);
    CHECK(e.projection[0].cost.delivery == Approx(42.5));  // 500 × 0.085
    CHECK(e.projection[1].cost.delivery == Approx(170));   // 2000 × 0.085
}

TEST_CASE("Projection with no growth: month 1 equals the monthly breakdown but for storage, which builds up") {
    auto s = growing(1000, 0, 4);
    s.acceptance_rate = 0.5;
    s.moderation = "acme/moderation";
    s.edits_per_image = 1;
    s.upscale_share = 0.5;
    s.cdn = "acme/cdn-flat";
    s.views_per_image = 2;
    s.storage = "acme/storage";
    s.retention_months = 3;
    auto e = estimate(s);
    const auto& m1 = e.projection[0].cost;
    CHECK(m1.accepted == Approx(e.monthly.accepted));
    CHECK(m1.rejected == Approx(e.monthly.rejected));
    CHECK(m1.moderation == Approx(e.monthly.moderation));
    CHECK(m1.edits == Approx(e.monthly.edits));
    CHECK(m1.upscales == Approx(e.monthly.upscales));
    CHECK(m1.delivery == Approx(e.monthly.delivery));
    // The monthly breakdown is the steady state: R = 3 months of images, 4.5 GB
    // × 0.02 = 0.09; month 1 holds one month's, 1.5 GB × 0.02 = 0.03.
    CHECK(e.monthly.storage == Approx(0.09));
    CHECK(m1.storage == Approx(0.03));
    CHECK(e.monthly.total == Approx(143.33));  // 40 + 40 + 3 + 50 + 10 + 0.09 + 0.24
    CHECK(m1.total == Approx(143.27));
    // From month R on, the month is the steady state in every line.
    CHECK(e.projection[2].cost.storage == Approx(0.09));
    CHECK(e.projection[2].cost.total == Approx(e.monthly.total));
    CHECK(e.projection[3].cost.total == Approx(143.33));
}

TEST_CASE("Projection: without storage, month 1 with g = 0 is exactly the monthly breakdown") {
    auto s = growing(1000, 0, 12);
    s.acceptance_rate = 0.25;
    s.moderation = "acme/graduated-moderation";  // 4000 calls: 3000 × 0.0015 = 4.5
    auto e = estimate(s);
    CHECK(e.monthly.total == Approx(164.5));       // 1000 × 0.04 + 3000 × 0.04 + 4.5
    CHECK(e.projection[0].cost.total == Approx(164.5));
    CHECK(e.projection[11].cumulative == Approx(1974));  // 12 × 164.5
    CHECK(e.annual_total == Approx(1974));
}

TEST_CASE("Projection: growth above +100% a month is priced, with a warning that names it") {
    auto s = imgcost::testing::scenario_for("acme/tiered");
    s.monthly_growth = 1.5;
    auto e = imgcost::evaluate(s, imgcost::testing::test_catalog());
    CHECK(imgcost::testing::has_warning(e, "monthly growth is 150% a month"));
    s.monthly_growth = 1;  // doubling: no warning
    CHECK_FALSE(imgcost::testing::has_warning(imgcost::evaluate(s, imgcost::testing::test_catalog()), "monthly growth"));
}

TEST_CASE("Projection: with growth the annual total is the projection's first 12 months, at a steady volume 12 months of the steady state") {
    auto s = imgcost::testing::scenario_for("acme/tiered");
    s.monthly_growth = 0.1;
    s.months = 3;  // the year does not depend on the projection's length
    auto e = imgcost::evaluate(s, imgcost::testing::test_catalog());
    s.months = 12;
    auto year = imgcost::evaluate(s, imgcost::testing::test_catalog());
    CHECK(e.annual_with_growth);
    CHECK(e.annual_total == Approx(year.projection.back().cumulative));
    CHECK(e.annual_total > 12 * e.monthly.total);
    s.monthly_growth = 0;
    auto steady = imgcost::evaluate(s, imgcost::testing::test_catalog());
    CHECK_FALSE(steady.annual_with_growth);
    CHECK(steady.annual_total == Approx(12 * steady.monthly.total));
}
