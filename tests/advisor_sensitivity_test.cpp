// Issue 6, sensitivity: cost per image against acceptance, the break-even
// points where the models' order changes, and the tornado of inputs.
#include <catch2/catch.hpp>

#include <algorithm>

#include "imgcost/evaluation.hpp"
#include "imgcost/sensitivity.hpp"
#include "support/spec_support.hpp"
#include "support/test_catalog.hpp"

using imgcost::Scenario;
using imgcost::testing::advisor_catalog_with;
using imgcost::testing::advisor_test_catalog;

namespace {

// One edit per image. Tiered: $0.04 a try, $0.05 an edit. Thrift draft: $0.01
// a try, $0.10 an edit. Bounded: $0.02 for both (no edit price of its own).
Scenario edited() {
    Scenario s;
    s.model = "acme/tiered";
    s.acceptance_rate = 0.5;
    s.edits_per_image = 1;
    return s;
}

imgcost::Catalog three() { return advisor_catalog_with({"acme/tiered", "thrift/draft", "acme/bounded"}); }

double delivered(const std::string& model, double acceptance) {
    Scenario s = edited();
    s.model = model;
    s.acceptance_rate = acceptance;
    return imgcost::evaluate(s, three()).cost_per_delivered_image;
}

}  // namespace

TEST_CASE("Curves: the chosen model first, cost per image at acceptance 10% to 100%") {
    auto sens = imgcost::sensitivity(edited(), three());
    REQUIRE(sens.curves.size() == 3);
    const auto& chosen = sens.curves[0];
    CHECK(chosen.model == "acme/tiered");
    CHECK(chosen.chosen);
    CHECK(chosen.per_generation == Approx(0.04));
    CHECK(chosen.per_image == Approx(0.05));
    REQUIRE(chosen.points.size() == 10);
    CHECK(chosen.points[0].acceptance_rate == Approx(0.1));
    CHECK(chosen.points[4].cost_per_usable_image == Approx(0.08));
    CHECK(chosen.points[4].cost_per_delivered_image == Approx(0.13));
    CHECK(chosen.points[9].cost_per_delivered_image == Approx(0.09));
}

TEST_CASE("The chosen model and the three cheapest others make four curves") {
    CHECK(imgcost::sensitivity(edited(), advisor_test_catalog()).curves.size() == 4);
}

TEST_CASE("Break-evens: 0.04/a + 0.05 = 0.01/a + 0.10 at a = 0.6, and 0.01/a + 0.10 = 0.02/a + 0.02 at a = 0.125") {
    auto breaks = imgcost::sensitivity(edited(), three()).break_evens;
    REQUIRE(breaks.size() == 2);  // Tiered and Bounded never cross above 10%
    CHECK(breaks[0].acceptance_rate == Approx(0.125));
    CHECK(breaks[0].cost_per_delivered_image == Approx(0.18));
    CHECK(breaks[0].cheaper_below == "thrift/draft");
    CHECK(breaks[0].cheaper_above == "acme/bounded");
    CHECK(breaks[1].acceptance_rate == Approx(0.6));
    CHECK(breaks[1].cost_per_delivered_image == Approx(0.04 / 0.6 + 0.05));
    CHECK(breaks[1].cheaper_below == "thrift/draft");
    CHECK(breaks[1].cheaper_above == "acme/tiered");
}

TEST_CASE("At each break-even the two curves meet, and their order swaps across it") {
    for (const auto& b : imgcost::sensitivity(edited(), three()).break_evens) {
        INFO(b.cheaper_below << " / " << b.cheaper_above << " at " << b.acceptance_rate);
        CHECK(delivered(b.cheaper_below, b.acceptance_rate) == Approx(delivered(b.cheaper_above, b.acceptance_rate)));
        CHECK(delivered(b.cheaper_below, b.acceptance_rate - 0.05) < delivered(b.cheaper_above, b.acceptance_rate - 0.05));
        CHECK(delivered(b.cheaper_below, b.acceptance_rate + 0.05) > delivered(b.cheaper_above, b.acceptance_rate + 0.05));
    }
}

TEST_CASE("Curves k/a with the same per-image part never cross") {
    imgcost::Curve a{"a", "A", false, 0.04, 0.01, {}}, b{"b", "B", false, 0.02, 0.01, {}};
    CHECK(imgcost::break_evens({a, b}).empty());
}

TEST_CASE("Tornado: each input the model lets vary, ±20%, the widest swing first") {
    // $130 a month: 2000 × $0.04 + 1000 × $0.05.
    auto bars = imgcost::tornado(edited(), three());
    REQUIRE(bars.size() >= 3);
    // The model sells three exact sizes: 20% more pixels is not a thing it offers.
    for (const auto& b : bars) CHECK((b.key != "width" && b.key != "height"));
    CHECK(bars[0].key == "images_per_month");
    CHECK(bars[0].swing == Approx(156 - 104));
    CHECK(bars[1].key == "acceptance_rate");
    CHECK(*bars[1].total_at_low == Approx(1000 / 0.4 * 0.04 + 50));
    CHECK(bars[1].swing == Approx(150 - (1000 / 0.6 * 0.04 + 50)));
    CHECK(bars[2].key == "edits_per_image");
    CHECK(bars[2].swing == Approx(20));
    CHECK(std::is_sorted(bars.begin(), bars.end(), [](const auto& x, const auto& y) { return x.swing > y.swing; }));
    for (const auto& b : bars) CHECK((b.key != "months" && b.key != "monthly_growth"));
}

TEST_CASE("Tornado keeps inputs within their range") {
    Scenario s = edited();
    s.acceptance_rate = 0.9;
    for (const auto& b : imgcost::tornado(s, three()))
        if (b.key == "acceptance_rate") CHECK(b.high_value == 1);
}

TEST_CASE("Tornado varies width and height for a model priced up to a size, not for one sold in exact sizes") {
    auto bounded = imgcost::testing::scenario_for("acme/bounded");
    auto keys = [](const std::vector<imgcost::TornadoBar>& bars) {
        std::vector<std::string> out;
        for (const auto& b : bars) out.push_back(b.key);
        return out;
    };
    auto with_bound = keys(imgcost::tornado(bounded, imgcost::testing::test_catalog()));
    CHECK(std::find(with_bound.begin(), with_bound.end(), "width") != with_bound.end());
    auto exact = keys(imgcost::tornado(imgcost::testing::scenario_for("acme/tiered"), imgcost::testing::test_catalog()));
    CHECK(std::find(exact.begin(), exact.end(), "width") == exact.end());
    CHECK(std::find(exact.begin(), exact.end(), "steps") == exact.end());
}
