// Issue 6, mix mode: one volume split across use cases, each priced on its own.
#include <catch2/catch.hpp>

#include "imgcost/advisor_json.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/usage_mix.hpp"
#include "support/test_catalog.hpp"

using imgcost::Scenario;
using imgcost::UseCase;
using imgcost::testing::advisor_test_catalog;

namespace {

Scenario base() {
    Scenario s;
    s.model = "acme/tiered";
    s.images_per_month = 1000;
    return s;
}

// 700 thumbnails on Bounded at $0.02, 300 hero images at 1792x1024 hd at $0.12.
std::vector<UseCase> thumbs_and_heroes() {
    return {{"thumbnail", 0.7, {{"model", "acme/bounded"}, {"width", 512}, {"height", 512}}},
            {"hero", 0.3, {{"quality", "hd"}, {"width", 1792}, {"height", 1024}}}};
}

}  // namespace

TEST_CASE("Mix: 700 thumbnails at $0.02 and 300 hero images at $0.12 cost $14 + $36 = $50 a month") {
    auto mix = imgcost::evaluate_mix(base(), thumbs_and_heroes(), advisor_test_catalog());
    REQUIRE(mix.parts.size() == 2);
    CHECK(mix.parts[0].scenario.images_per_month == Approx(700));
    CHECK(mix.parts[0].estimate.monthly.total == Approx(14));
    CHECK(mix.parts[1].scenario.images_per_month == Approx(300));
    CHECK(mix.parts[1].estimate.billed_as.rfind("1792x1024, hd", 0) == 0);
    CHECK(mix.parts[1].estimate.monthly.total == Approx(36));
    CHECK(mix.monthly.total == Approx(50));
    CHECK(mix.monthly.accepted == Approx(50));
    CHECK(mix.annual_total == Approx(600));
    CHECK(mix.all_in_cost_per_image == Approx(0.05));
}

TEST_CASE("Mix totals are the sums of the parts, line by line and month by month") {
    Scenario s = base();
    s.acceptance_rate = 0.5;
    s.storage = "acme/storage";
    s.monthly_growth = 0.05;
    s.retention_months = 3;
    auto mix = imgcost::evaluate_mix(s, thumbs_and_heroes(), advisor_test_catalog());
    const auto& a = mix.parts[0].estimate;
    const auto& b = mix.parts[1].estimate;
    CHECK(mix.monthly.rejected == Approx(a.monthly.rejected + b.monthly.rejected));
    CHECK(mix.monthly.storage == Approx(a.monthly.storage + b.monthly.storage));
    CHECK(mix.monthly.total == Approx(a.monthly.total + b.monthly.total));
    REQUIRE(mix.projection.size() == 12);
    for (size_t k = 0; k < 12; ++k) {
        CHECK(mix.projection[k].images == Approx(a.projection[k].images + b.projection[k].images));
        CHECK(mix.projection[k].cost.total == Approx(a.projection[k].cost.total + b.projection[k].cost.total));
    }
    CHECK(mix.projection[11].cumulative == Approx(a.projection[11].cumulative + b.projection[11].cumulative));
}

TEST_CASE("Mix shares must add up to 1") {
    auto mix = thumbs_and_heroes();
    mix[1].share = 0.2;
    try {
        imgcost::evaluate_mix(base(), mix, advisor_test_catalog());
        FAIL("no error");
    } catch (const imgcost::InputError& e) {
        CHECK(e.errors().at(0).key == "mix");
        CHECK(e.errors().at(0).code == imgcost::code::mix_shares);
    }
}

TEST_CASE("A bad key in a use case is named with its place in the mix") {
    auto mix = thumbs_and_heroes();
    mix[1].keys["width"] = 99999;
    try {
        imgcost::evaluate_mix(base(), mix, advisor_test_catalog());
        FAIL("no error");
    } catch (const imgcost::InputError& e) {
        CHECK(e.errors().at(0).key == "mix[1].width");
        CHECK(e.errors().at(0).code == imgcost::code::out_of_range);
        CHECK(e.errors().at(0).message.rfind("mix[1] (hero): Width (px) (width) must be", 0) == 0);
    }
}

TEST_CASE("Mix from JSON options, as the CLI and the page send it") {
    auto options = imgcost::advisor_options_from_json(nlohmann::json::parse(R"({"mix": [
        {"name": "thumbnail", "share": 0.7, "model": "acme/bounded", "width": 512, "height": 512},
        {"name": "hero", "share": 0.3, "quality": "hd", "width": 1792, "height": 1024}]})"));
    auto j = imgcost::to_json(imgcost::evaluate_mix(base(), options.mix, advisor_test_catalog()));
    CHECK(j["total"]["monthly"]["total"].get<double>() == Approx(50));
    CHECK(j["parts"][0]["name"] == "thumbnail");
    CHECK(j["parts"][1]["result"]["monthly"]["total"].get<double>() == Approx(36));
    CHECK(j["total"]["projection"].size() == 12);
}
