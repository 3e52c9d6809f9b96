// docs/cost-model.md#comparison and docs/interfaces.md#cli, comparison: every callable catalog model priced for one
// scenario, sorted by cost_per_delivered_image, failures reported per model
// and last. Figures by hand on the "acme" test catalog at 1024x1024 with the
// defaults of docs/cost-model.md#inputs (a = 1, no extras), so each row's cost is its price:
//   gpu 0.002 (2 s × $0.001), mp-steps 0.01048576 (1.048576 MP × $0.01),
//   tokens 0.01113 (272 × 40e-6 + 50 × 5e-6), bounded 0.02,
//   mp-exact 0.0262144 (1.048576 × 0.025), mp-first 0.03 (1 MP of 2^20),
//   tiered 0.04, mp-up 0.05 (2 MP rounded up), credits 0.08 (8 × $0.01);
//   old 0.01 (retired) and rumour 0.001 (unverified) only when asked for.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/spec_support.hpp"

using imgcost::CompareOptions;
using imgcost::CompareRow;
using imgcost::Scenario;
using imgcost::testing::scenario_for;
using imgcost::testing::test_catalog;

namespace {

std::vector<CompareRow> compare(const Scenario& s, const CompareOptions& options = {}) {
    return imgcost::compare(s, test_catalog(), options);
}

std::vector<std::string> ids(const std::vector<CompareRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.model);
    return out;
}

const CompareRow& row(const std::vector<CompareRow>& rows, const std::string& model) {
    for (const auto& r : rows)
        if (r.model == model) return r;
    FAIL("no row for " << model);
    return rows.front();
}

double cost(const std::vector<CompareRow>& rows, const std::string& model) {
    const CompareRow& r = row(rows, model);
    REQUIRE(r.ok);
    return r.estimate.cost_per_delivered_image;
}

}  // namespace

TEST_CASE("compare prices every active model and sorts by cost per delivered image") {
    auto rows = compare(scenario_for("acme/tiered"));
    CHECK(ids(rows) == std::vector<std::string>{"acme/gpu", "acme/mp-steps", "acme/tokens", "acme/bounded",
                                                "acme/mp-exact", "acme/mp-first", "acme/tiered", "acme/mp-up",
                                                "acme/credits"});
    CHECK(cost(rows, "acme/gpu") == Approx(0.002));
    CHECK(cost(rows, "acme/mp-steps") == Approx(0.01048576));
    CHECK(cost(rows, "acme/tokens") == Approx(0.01113));
    CHECK(cost(rows, "acme/bounded") == Approx(0.02));
    CHECK(cost(rows, "acme/mp-exact") == Approx(0.0262144));
    CHECK(cost(rows, "acme/mp-first") == Approx(0.03));
    CHECK(cost(rows, "acme/tiered") == Approx(0.04));
    CHECK(cost(rows, "acme/mp-up") == Approx(0.05));
    CHECK(cost(rows, "acme/credits") == Approx(0.08));
    for (const auto& r : rows) CHECK(r.ok);
}

TEST_CASE("compare rows carry each model's name, provider and status") {
    auto rows = compare(scenario_for("acme/tiered"));
    const auto& tokens = row(rows, "acme/tokens");
    CHECK(tokens.model_name == "Tokens");
    CHECK(tokens.provider == "acme");
    CHECK(tokens.status == "deprecated");
    CHECK(row(rows, "acme/gpu").status == "active");
}

TEST_CASE("times_cheapest is each row's cost over the cheapest row's") {
    auto rows = compare(scenario_for("acme/tiered"));
    CHECK(row(rows, "acme/gpu").times_cheapest == Approx(1));
    CHECK(row(rows, "acme/bounded").times_cheapest == Approx(10));    // 0.02 / 0.002
    CHECK(row(rows, "acme/tiered").times_cheapest == Approx(20));     // 0.04 / 0.002
    CHECK(row(rows, "acme/credits").times_cheapest == Approx(40));    // 0.08 / 0.002
}

TEST_CASE("A size a model cannot deliver is reported on that model's row, after the priced rows") {
    // 2048x2048: tiered (largest 1792x1024), credits (1536x1536) and tokens
    // (1536x1024) cannot deliver it; the others are priced:
    //   gpu 8 s × 0.001 = 0.008, mp-steps 4.194304 × 0.01, bounded 0.06,
    //   mp-first 4 MP = 0.03 + 3 × 0.015, mp-exact 4.194304 × 0.025, mp-up 5 MP × 0.025.
    auto rows = compare(scenario_for("acme/tiered", 2048, 2048));
    CHECK(ids(rows) == std::vector<std::string>{"acme/gpu", "acme/mp-steps", "acme/bounded", "acme/mp-first",
                                                "acme/mp-exact", "acme/mp-up", "acme/tiered", "acme/credits",
                                                "acme/tokens"});
    CHECK(cost(rows, "acme/gpu") == Approx(0.008));
    CHECK(cost(rows, "acme/mp-steps") == Approx(0.04194304));
    CHECK(cost(rows, "acme/bounded") == Approx(0.06));
    CHECK(cost(rows, "acme/mp-first") == Approx(0.075));
    CHECK(cost(rows, "acme/mp-exact") == Approx(0.1048576));
    CHECK(cost(rows, "acme/mp-up") == Approx(0.125));
    const auto& tiered = row(rows, "acme/tiered");
    CHECK_FALSE(tiered.ok);
    CHECK(tiered.error_key == "width");
    CHECK(tiered.error_code == imgcost::code::size_unsupported);
    CHECK(tiered.times_cheapest == 0);
    for (const char* id : {"acme/credits", "acme/tokens"}) {
        CHECK(row(rows, id).error_key == "width");
        CHECK(row(rows, id).error_code == imgcost::code::size_unsupported);
    }
}

TEST_CASE("Retired and unverified models are left out unless asked for") {
    auto s = scenario_for("acme/tiered");
    auto rows = compare(s);
    CHECK(rows.size() == 9);
    for (const auto& r : rows) {
        CHECK(r.model != "acme/old");
        CHECK(r.model != "acme/rumour");
    }
    auto with_retired = compare(s, {true, false});
    CHECK(with_retired.size() == 10);
    CHECK(ids(with_retired)[1] == "acme/old");  // 0.01: after gpu, before mp-steps
    CHECK(row(with_retired, "acme/old").status == "retired");
    auto with_unverified = compare(s, {false, true});
    CHECK(with_unverified.size() == 10);
    CHECK(ids(with_unverified)[0] == "acme/rumour");  // 0.001: the cheapest
    CHECK(row(with_unverified, "acme/gpu").times_cheapest == Approx(2));  // 0.002 / 0.001
    CHECK(compare(s, {true, true}).size() == 11);
}

TEST_CASE("The scenario's own model is compared even when it is retired or unverified") {
    auto rows = compare(scenario_for("acme/old"));
    CHECK(rows.size() == 10);
    CHECK(cost(rows, "acme/old") == Approx(0.01));
    rows = compare(scenario_for("acme/rumour"));
    CHECK(rows.size() == 10);
    CHECK(ids(rows)[0] == "acme/rumour");
}

TEST_CASE("A quality a model lacks falls back to that model's default tier") {
    auto rows = compare(scenario_for("acme/tiered", 1024, 1024, "hd"));
    CHECK(row(rows, "acme/tiered").estimate.quality == "hd");
    CHECK(cost(rows, "acme/tiered") == Approx(0.08));
    CHECK(row(rows, "acme/tokens").estimate.quality == "low");  // no "hd": its default
    CHECK(cost(rows, "acme/tokens") == Approx(0.01113));
    rows = compare(scenario_for("acme/tokens", 1024, 1024, "high"));
    CHECK(cost(rows, "acme/tokens") == Approx(0.16665));        // 4160 × 40e-6 + 50 × 5e-6
    CHECK(row(rows, "acme/tiered").estimate.quality == "standard");
    CHECK(cost(rows, "acme/tiered") == Approx(0.04));
    // A model without tiers is priced without a quality and without a warning.
    CHECK(row(rows, "acme/bounded").estimate.warnings.empty());
}

TEST_CASE("Price overrides apply only to the scenario's own model") {
    auto s = scenario_for("acme/tiered");
    s.price_per_image = 0.001;
    s.edits_per_image = 1;
    s.edit_price = 0.001;
    auto rows = compare(s);
    CHECK(ids(rows)[0] == "acme/tiered");
    CHECK(cost(rows, "acme/tiered") == Approx(0.002));   // 0.001 + 1 × 0.001
    CHECK(cost(rows, "acme/bounded") == Approx(0.04));   // 0.02 + 1 × 0.02: its own prices
    CHECK(cost(rows, "acme/gpu") == Approx(0.004));      // 0.002 + 1 × 0.002
    CHECK(row(rows, "acme/gpu").times_cheapest == Approx(2));
    CHECK_FALSE(row(rows, "acme/bounded").estimate.price_overridden);
}

TEST_CASE("A batch_discount override applies only to the scenario's own model") {
    auto s = scenario_for("acme/tiered");
    s.batch_share = 1;
    s.batch_discount = 0.9;  // tiered: 0.04 × 0.1 = 0.004
    auto rows = compare(s);
    CHECK(cost(rows, "acme/tiered") == Approx(0.004));
    CHECK(cost(rows, "acme/bounded") == Approx(0.02));   // no batch mode, no discount
    CHECK(imgcost::testing::has_warning(row(rows, "acme/bounded").estimate, "has no batch mode"));
}

TEST_CASE("The scenario's services and their overrides apply to every row") {
    auto s = scenario_for("acme/tiered");
    s.moderation_price = 0.01;  // + 0.01 per generation on every row
    auto rows = compare(s);
    CHECK(cost(rows, "acme/tiered") == Approx(0.05));
    CHECK(cost(rows, "acme/bounded") == Approx(0.03));
    CHECK(cost(rows, "acme/gpu") == Approx(0.012));
}

TEST_CASE("Rows without an upscaler of their own use the scenario model's upscaler") {
    auto s = scenario_for("acme/tiered");
    s.upscale_share = 1;  // + 0.02 through acme/upscale
    auto rows = compare(s);
    CHECK(cost(rows, "acme/tiered") == Approx(0.06));
    CHECK(cost(rows, "acme/bounded") == Approx(0.04));
    CHECK(row(rows, "acme/bounded").estimate.upscaler == "acme/upscale");
    s.upscale_price = 0.01;  // negotiated for that operation: every row that uses it
    rows = compare(s);
    CHECK(cost(rows, "acme/tiered") == Approx(0.05));
    CHECK(cost(rows, "acme/bounded") == Approx(0.03));
}

TEST_CASE("A custom model is one more row, and its price does not leak into the others") {
    Scenario s;
    s.model = "custom";
    s.custom_name = "Our GPU box";
    s.price_per_image = 0.005;
    auto rows = compare(s);
    CHECK(rows.size() == 10);
    const auto& custom = row(rows, "custom");
    CHECK(custom.model_name == "Our GPU box");
    CHECK(custom.provider == "custom");
    CHECK(cost(rows, "custom") == Approx(0.005));
    CHECK(ids(rows)[1] == "custom");  // after gpu (0.002), before mp-steps
    CHECK(cost(rows, "acme/bounded") == Approx(0.02));
}

TEST_CASE("compare rejects an invalid scenario as a whole") {
    auto s = scenario_for("acme/tiered");
    s.acceptance_rate = 0;
    imgcost::testing::expect_input_error([&s] { compare(s); }, "acceptance_rate",
                                         imgcost::code::out_of_range);
}

TEST_CASE("Each row is priced as its model would be alone: nothing one row sets carries into the next") {
    // compare() fits one scenario to each model in turn (fit_to_model); a
    // negotiated price, a quality or steps one model takes must not reach the rows after it.
    const imgcost::Catalog& c = test_catalog();
    for (const auto& own : c.models) {
        Scenario s = scenario_for(own.id);
        s.price_per_image = 0.5, s.edit_price = 0.25, s.batch_discount = 0.5, s.batch_share = 1;
        s.edits_per_image = 1, s.upscale_share = 0.5, s.steps = 30;
        if (!own.qualities.empty()) s.quality = own.qualities.back();
        CompareOptions all;
        all.include_retired = all.include_unverified = true;
        for (const CompareRow& r : compare(s, all)) {
            const imgcost::Model* m = c.find_model(r.model);
            REQUIRE(m);
            INFO(own.id << " compared with " << r.model);
            try {
                imgcost::Estimate alone = imgcost::evaluate(imgcost::scenario_for_model(s, *m, c), c);
                REQUIRE(r.ok);
                CHECK(r.estimate.cost_per_delivered_image == alone.cost_per_delivered_image);
                CHECK(r.estimate.billed_as == alone.billed_as);
                CHECK(r.estimate.price_overridden == (m == &own));
                // The row's status is found once, to list it, and handed to the evaluation.
                CHECK(r.estimate.status == alone.status);
                CHECK(r.estimate.status_text == alone.status_text);
                CHECK(r.estimate.warnings == alone.warnings);
            } catch (const imgcost::InputError& e) {
                CHECK_FALSE(r.ok);
                CHECK(r.error == std::string(e.what()));
            }
        }
    }
}
