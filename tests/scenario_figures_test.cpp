// docs/cost-model.md: every figure of an estimate, computed by hand on the "acme" test
// catalog (tests/support/test_catalog.cpp). acme/tiered costs $0.04 at
// 1024x1024 standard, edits $0.05, has its own upscaler ($0.02) and a 50% batch
// discount; acme/bounded costs $0.02 and has no edit price, upscaler or batch.
#include <catch2/catch.hpp>

#include <cmath>

#include "support/spec_support.hpp"

using imgcost::Estimate;
using imgcost::Scenario;
using imgcost::testing::estimate;
using imgcost::testing::expect_input_error;
using imgcost::testing::has_warning;
using imgcost::testing::scenario_for;

namespace {

void check_all_finite(const Estimate& e) {
    for (double v : {e.price_per_generation, e.effective_price_per_generation, e.moderation_price, e.edit_price,
                     e.upscale_price, e.cost_per_usable_image, e.cost_per_delivered_image, e.all_in_cost_per_image,
                     e.monthly.accepted, e.monthly.rejected, e.monthly.moderation, e.monthly.edits,
                     e.monthly.upscales, e.monthly.storage, e.monthly.delivery, e.monthly.total, e.annual_total})
        CHECK(std::isfinite(v));
    for (const auto& m : e.projection) CHECK(std::isfinite(m.cumulative));
}

}  // namespace

TEST_CASE("price_per_generation is the catalog price for the model, size and quality") {
    CHECK(estimate(scenario_for("acme/tiered")).price_per_generation == Approx(0.04));
    CHECK(estimate(scenario_for("acme/tiered", 1792, 1024, "hd")).price_per_generation == Approx(0.12));
    CHECK(estimate(scenario_for("acme/bounded")).price_per_generation == Approx(0.02));
}

TEST_CASE("p_eff = p × (1 − batch_share × d) with the model's batch discount") {
    auto s = scenario_for("acme/tiered");
    s.batch_share = 1;  // 0.04 × (1 − 1 × 0.5) = 0.02
    auto e = estimate(s);
    CHECK(e.batch_discount == Approx(0.5));
    CHECK(e.effective_price_per_generation == Approx(0.02));
    CHECK(e.cost_per_usable_image == Approx(0.02));
    s.batch_share = 0.2;  // 0.04 × (1 − 0.2 × 0.5) = 0.036
    CHECK(estimate(s).effective_price_per_generation == Approx(0.036));
    s.batch_share = 0;    // no batch: p_eff = p
    CHECK(estimate(s).effective_price_per_generation == Approx(0.04));
}

TEST_CASE("batch_discount overrides the model's discount") {
    auto s = scenario_for("acme/tiered");
    s.batch_share = 1;
    s.batch_discount = 0.2;  // 0.04 × (1 − 0.2) = 0.032
    auto e = estimate(s);
    CHECK(e.batch_discount == Approx(0.2));
    CHECK(e.effective_price_per_generation == Approx(0.032));
    CHECK(e.monthly.accepted == Approx(32));  // 1000 × 0.032
}

TEST_CASE("A model without batch mode ignores batch_share with a warning") {
    auto s = scenario_for("acme/bounded");
    s.batch_share = 1;
    auto e = estimate(s);
    CHECK(e.batch_discount == 0);
    CHECK(e.effective_price_per_generation == Approx(0.02));
    CHECK(has_warning(e, "Bounded has no batch mode; batch_share has no effect"));
    // A negotiated batch_discount gives it one: 0.02 × (1 − 0.5 × 0.4) = 0.016, and no warning.
    s.batch_share = 0.5;
    s.batch_discount = 0.4;
    e = estimate(s);
    CHECK(e.effective_price_per_generation == Approx(0.016));
    CHECK_FALSE(has_warning(e, "no batch mode"));
}

TEST_CASE("Flat moderation is paid on every generation and every edit") {
    auto s = scenario_for("acme/tiered");
    s.images_per_month = 2000;
    s.acceptance_rate = 0.8;           // G = 2500
    s.moderation = "acme/moderation";  // $0.001 a call
    auto e = estimate(s);
    CHECK(e.generations_per_month == Approx(2500));
    CHECK(e.moderation_price == Approx(0.001));
    CHECK(e.monthly.moderation == Approx(2.5));          // 2500 × 0.001
    CHECK(e.cost_per_usable_image == Approx(0.05125));   // (0.04 + 0.001) / 0.8
    s.edits_per_image = 0.5;                              // E = 1000: (2500 + 1000) × 0.001
    CHECK(estimate(s).monthly.moderation == Approx(3.5));
}

TEST_CASE("Graduated moderation: the month's calls are billed by band and m is the average per call") {
    auto s = scenario_for("acme/tiered");
    s.images_per_month = 1000;
    s.acceptance_rate = 0.5;                      // G = 2000 calls
    s.moderation = "acme/graduated-moderation";   // first 1000 free, then $0.0015
    auto e = estimate(s);
    CHECK(e.monthly.moderation == Approx(1.5));        // (2000 − 1000) × 0.0015
    CHECK(e.moderation_price == Approx(0.00075));      // 1.5 / 2000
    CHECK(e.cost_per_usable_image == Approx(0.0815));  // (0.04 + 0.00075) / 0.5
    s.acceptance_rate = 1;                            // 1000 calls: all in the free band
    e = estimate(s);
    CHECK(e.monthly.moderation == 0);
    CHECK(e.moderation_price == 0);
}

TEST_CASE("moderation_price overrides the catalog moderation price per call") {
    auto s = scenario_for("acme/tiered");
    s.acceptance_rate = 0.5;                      // G = 2000
    s.moderation = "acme/graduated-moderation";
    s.moderation_price = 0.002;                    // flat: 2000 × 0.002
    auto e = estimate(s);
    CHECK(e.moderation_price == Approx(0.002));
    CHECK(e.monthly.moderation == Approx(4));
    s.moderation.clear();                          // an override alone is enough
    CHECK(estimate(s).monthly.moderation == Approx(4));
}

TEST_CASE("p_edit is the model's edit price, or p when the model has none") {
    auto s = scenario_for("acme/tiered", 1024, 1024, "hd");
    s.edits_per_image = 2;  // E = 2000
    auto e = estimate(s);
    CHECK(e.edit_price == Approx(0.05));            // the edit tier, any quality
    CHECK(e.edit_calls_per_month == Approx(2000));
    CHECK(e.monthly.edits == Approx(100));          // 2000 × 0.05
    CHECK(e.cost_per_delivered_image == Approx(0.18));  // 0.08 + 2 × 0.05
    s = scenario_for("acme/bounded");
    s.edits_per_image = 2;
    e = estimate(s);
    CHECK(e.edit_price == Approx(0.02));            // billed as generations
    CHECK(e.monthly.edits == Approx(40));           // 2000 × 0.02
    CHECK(e.cost_per_delivered_image == Approx(0.06));  // 0.02 + 2 × 0.02
}

TEST_CASE("A size the edit endpoint cannot take is an error only when the scenario has edits") {
    // The test catalog with acme/tiered's edits limited to 1024x1024.
    imgcost::Catalog c = imgcost::testing::test_catalog();
    imgcost::Model* tiered = nullptr;
    for (auto& m : c.models)
        if (m.id == "acme/tiered") tiered = &m;
    REQUIRE(tiered);
    tiered->edit->tiers.front().width = 1024;
    tiered->edit->tiers.front().height = 1024;
    auto s = scenario_for("acme/tiered", 1792, 1024);
    CHECK(imgcost::evaluate(s, c).edit_price == Approx(0.08));  // unused: billed as a generation
    s.edits_per_image = 1;
    expect_input_error([&s, &c] { imgcost::evaluate(s, c); }, "edits_per_image",
                       imgcost::code::edit_unavailable);
}

TEST_CASE("edit_price overrides p_edit, price_per_image moves p_edit only for a model without edit prices") {
    auto s = scenario_for("acme/tiered");
    s.edits_per_image = 1;
    s.edit_price = 0.03;
    CHECK(estimate(s).monthly.edits == Approx(30));  // 1000 × 0.03
    s = scenario_for("acme/tiered");
    s.edits_per_image = 1;
    s.price_per_image = 0.01;
    CHECK(estimate(s).edit_price == Approx(0.05));   // its own edit price stays
    s = scenario_for("acme/bounded");
    s.edits_per_image = 1;
    s.price_per_image = 0.01;
    CHECK(estimate(s).edit_price == Approx(0.01));   // edits are generations at the negotiated price
}

TEST_CASE("Upscales use the model's own upscaler: U = V × upscale_share at p_up") {
    auto s = scenario_for("acme/tiered");
    s.upscale_share = 0.5;  // U = 500
    auto e = estimate(s);
    CHECK(e.upscaler == "acme/upscale");
    CHECK(e.upscale_price == Approx(0.02));
    CHECK(e.upscales_per_month == Approx(500));
    CHECK(e.monthly.upscales == Approx(10));               // 500 × 0.02
    CHECK(e.cost_per_delivered_image == Approx(0.05));     // 0.04 + 0.5 × 0.02
}

TEST_CASE("An explicit upscaler id prices the upscales of a model without its own") {
    auto s = scenario_for("acme/bounded");
    s.upscale_share = 0.25;  // U = 250
    s.upscaler = "acme/upscale";
    auto e = estimate(s);
    CHECK(e.upscaler == "acme/upscale");
    CHECK(e.monthly.upscales == Approx(5));               // 250 × 0.02
    CHECK(e.cost_per_delivered_image == Approx(0.025));   // 0.02 + 0.25 × 0.02
}

TEST_CASE("upscale_share above 0 with no upscaler chosen and none of the model's own is priced with the cheapest "
          "available upscaler, and the answer says so") {
    auto s = scenario_for("acme/bounded");
    s.upscale_share = 0.1;
    auto e = estimate(s);
    CHECK(e.upscaler == "acme/upscale");  // the test catalog's only upscaler, 0.02 each
    CHECK(e.monthly.upscales == Approx(1000 * 0.1 * 0.02));
    CHECK(imgcost::testing::has_warning(e, "cheapest upscaler available, Acme upscale (acme/upscale)"));
    s.upscale_share = 0;  // no upscales: no upscaler needed
    CHECK(estimate(s).monthly.upscales == 0);
}

TEST_CASE("upscale_price overrides the upscaler's price, and is enough without an upscaler") {
    auto s = scenario_for("acme/bounded");
    s.upscale_share = 0.1;  // U = 100
    s.upscale_price = 0.1;
    auto e = estimate(s);
    CHECK(e.upscale_price == Approx(0.1));
    CHECK(e.monthly.upscales == Approx(10));  // 100 × 0.1
    s = scenario_for("acme/tiered");
    s.upscale_share = 1;    // U = 1000, the own upscaler at a negotiated $0.005
    s.upscale_price = 0.005;
    CHECK(estimate(s).monthly.upscales == Approx(5));
}

TEST_CASE("Storage in steady state is V × R × image_mb / 1000 GB at $/GB-month") {
    auto s = scenario_for("acme/tiered");
    s.storage = "acme/storage";  // $0.02/GB-month; 1000 × 12 × 1.5 / 1000 = 18 GB
    auto e = estimate(s);
    CHECK(e.monthly.storage == Approx(0.36));  // 18 × 0.02
    s.retention_months = 3;
    s.image_mb = 4;              // 1000 × 3 × 4 / 1000 = 12 GB
    CHECK(estimate(s).monthly.storage == Approx(0.24));
    s.storage_price_gb_month = 0.023;  // the override: 12 × 0.023
    CHECK(estimate(s).monthly.storage == Approx(0.276));
    s.storage.clear();           // no storage chosen, no override: nothing
    s.storage_price_gb_month.reset();
    CHECK(estimate(s).monthly.storage == 0);
}

TEST_CASE("Delivery is V × views × image_mb / 1000 GB through the CDN's graduated rates") {
    auto s = scenario_for("acme/tiered");
    s.cdn = "acme/cdn";          // first 1000 GB free, $0.085 to 10000 GB, $0.08 above
    s.images_per_month = 10000;
    s.views_per_image = 100;     // 10000 × 100 × 1.5 / 1000 = 1500 GB
    CHECK(estimate(s).monthly.delivery == Approx(42.5));    // 500 × 0.085
    s.images_per_month = 100000; // 15000 GB: 9000 × 0.085 + 5000 × 0.08
    CHECK(estimate(s).monthly.delivery == Approx(1165));
    s.images_per_month = 5000;   // 750 GB: all free
    CHECK(estimate(s).monthly.delivery == 0);
}

TEST_CASE("Delivery with a flat CDN price, and the cdn_price_gb override") {
    auto s = scenario_for("acme/tiered");
    s.cdn = "acme/cdn-flat";     // $0.08/GB
    s.images_per_month = 10000;
    s.views_per_image = 100;     // 1500 GB
    CHECK(estimate(s).monthly.delivery == Approx(120));
    s.cdn_price_gb = 0.05;       // 1500 × 0.05
    CHECK(estimate(s).monthly.delivery == Approx(75));
}

TEST_CASE("Views without a CDN are not priced and say so") {
    auto s = scenario_for("acme/tiered");
    s.views_per_image = 10;
    auto e = estimate(s);
    CHECK(e.monthly.delivery == 0);
    CHECK(has_warning(e, "downloads per image are set but no delivery service is chosen: delivery is not priced"));
}

TEST_CASE("A full scenario: every breakdown line, the total, all_in and the annual total") {
    auto s = scenario_for("acme/tiered");
    s.images_per_month = 1000;
    s.acceptance_rate = 0.8;         // G = 1250
    s.batch_share = 0.5;             // p_eff = 0.04 × 0.75 = 0.03
    s.moderation = "acme/moderation";
    s.edits_per_image = 0.5;         // E = 500 at 0.05
    s.upscale_share = 0.2;           // U = 200 at 0.02
    s.storage = "acme/storage";      // 18 GB × 0.02
    s.cdn = "acme/cdn-flat";
    s.views_per_image = 10;          // 1000 × 10 × 1.5 / 1000 = 15 GB × 0.08
    auto e = estimate(s);
    CHECK(e.generations_per_month == Approx(1250));
    CHECK(e.edit_calls_per_month == Approx(500));
    CHECK(e.upscales_per_month == Approx(200));
    CHECK(e.monthly.accepted == Approx(30));      // 1000 × 0.03
    CHECK(e.monthly.rejected == Approx(7.5));     // 250 × 0.03
    CHECK(e.monthly.moderation == Approx(1.75));  // (1250 + 500) × 0.001
    CHECK(e.monthly.edits == Approx(25));         // 500 × 0.05
    CHECK(e.monthly.upscales == Approx(4));       // 200 × 0.02
    CHECK(e.monthly.storage == Approx(0.36));
    CHECK(e.monthly.delivery == Approx(1.2));
    CHECK(e.monthly.total == Approx(69.81));
    CHECK(e.cost_per_usable_image == Approx(0.03875));     // (0.03 + 0.001) / 0.8
    CHECK(e.cost_per_delivered_image == Approx(0.06825));  // + 0.5 × (0.05 + 0.001) + 0.2 × 0.02
    CHECK(e.all_in_cost_per_image == Approx(0.06981));     // 69.81 / 1000
    CHECK(e.annual_total == Approx(837.72));               // 12 × 69.81
}

TEST_CASE("Zero images a month: every monthly figure is 0, all_in is 0 with a warning, and nothing is NaN") {
    auto s = scenario_for("acme/tiered");
    s.images_per_month = 0;
    s.acceptance_rate = 0.5;
    s.moderation = "acme/graduated-moderation";
    s.storage = "acme/storage";
    s.cdn = "acme/cdn";
    s.views_per_image = 3;
    s.edits_per_image = 1;
    s.upscale_share = 0.5;
    auto e = estimate(s);
    check_all_finite(e);
    CHECK(e.monthly.total == 0);
    CHECK(e.monthly.accepted == 0);
    CHECK(e.monthly.storage == 0);
    CHECK(e.annual_total == 0);
    CHECK(e.all_in_cost_per_image == 0);
    CHECK(has_warning(e, "no usable images a month: the all-in cost per image is reported as 0"));
    // The per-image prices do not depend on V: (0.04 + 0) / 0.5 + 1 × 0.05 + 0.5 × 0.02.
    CHECK(e.cost_per_usable_image == Approx(0.08));
    CHECK(e.cost_per_delivered_image == Approx(0.14));
    REQUIRE(e.projection.size() == 12);
    CHECK(e.projection.back().cumulative == 0);
}

TEST_CASE("price_per_image overrides the catalog price and billed_as shows both") {
    auto s = scenario_for("acme/tiered");
    s.price_per_image = 0.03;
    auto e = estimate(s);
    CHECK(e.price_overridden);
    CHECK(e.price_per_generation == Approx(0.03));
    CHECK(e.cost_per_usable_image == Approx(0.03));
    CHECK(e.billed_as == "your price $0.03 (catalog: $0.04, 1024x1024, standard)");
    CHECK_FALSE(estimate(scenario_for("acme/tiered")).price_overridden);
}

TEST_CASE("A custom model is priced by price_per_image alone") {
    Scenario s;
    s.model = "custom";
    s.custom_name = "Our GPU box";
    s.price_per_image = 0.005;
    s.edits_per_image = 1;
    auto e = estimate(s);
    CHECK(e.model_name == "Our GPU box");
    CHECK(e.structure == "custom");
    CHECK(e.billed_as == "custom price per image");
    CHECK(e.price_per_generation == Approx(0.005));
    CHECK(e.edit_price == Approx(0.005));              // edits are generations
    CHECK(e.monthly.total == Approx(10));              // 1000 × 0.005 + 1000 × 0.005
    s.custom_name.clear();
    CHECK(estimate(s).model_name == "Custom model");
}

TEST_CASE("A custom model without price_per_image is rejected naming price_per_image") {
    Scenario s;
    s.model = "custom";
    expect_input_error([&s] { estimate(s); }, "price_per_image",
                       imgcost::code::required);
}

TEST_CASE("A custom model has no upscaler of its own: upscales take the cheapest available, or the one chosen") {
    Scenario s;
    s.model = "custom";
    s.price_per_image = 0.01;
    s.upscale_share = 0.5;
    CHECK(estimate(s).upscaler == "acme/upscale");
    s.upscaler = "acme/upscale";  // 500 × 0.02
    CHECK(estimate(s).monthly.upscales == Approx(10));
}

TEST_CASE("A retired model can still be estimated, with a warning that its prices are history") {
    auto e = estimate(scenario_for("acme/old"));
    CHECK(e.status == "retired");
    CHECK(e.price_per_generation == Approx(0.01));
    CHECK(e.status_text == "retired 2025-12-01; successor acme/tiered");
    CHECK(has_warning(e, "Old was retired on 2025-12-01, before 2026-03-01: these prices are history, the model can no "
                         "longer be called; its successor is acme/tiered"));
}

TEST_CASE("A deprecated model is estimated with a warning to plan a replacement") {
    auto e = estimate(scenario_for("acme/tokens"));
    CHECK(e.status == "deprecated");
    CHECK(e.status_text == "shuts down on 2027-01-01, in 306 days");
    CHECK(has_warning(e, "Tokens is deprecated on 2026-03-01 (shuts down on 2027-01-01, in 306 days): plan a replacement"));
    CHECK_FALSE(has_warning(estimate(scenario_for("acme/tiered")), "deprecated"));
}

TEST_CASE("An unknown model id is rejected naming model") {
    expect_input_error([] { estimate(scenario_for("acme/nope")); }, "model", imgcost::code::unknown_model);
}

TEST_CASE("Unknown or wrong-kind service ids are rejected naming the key and the known ids") {
    auto s = scenario_for("acme/tiered");
    s.moderation = "acme/nope";
    expect_input_error([&s] { estimate(s); }, "moderation",
                       imgcost::code::service_unknown);
    s = scenario_for("acme/tiered");
    s.storage = "acme/cdn";  // a CDN is not a storage service
    expect_input_error([&s] { estimate(s); }, "storage",
                       imgcost::code::service_unknown);
    s = scenario_for("acme/tiered");
    s.cdn = "acme/storage";
    expect_input_error([&s] { estimate(s); }, "cdn",
                       imgcost::code::service_unknown);
    s = scenario_for("acme/tiered");
    s.upscaler = "acme/moderation";
    s.upscale_share = 0.5;
    expect_input_error([&s] { estimate(s); }, "upscaler",
                       imgcost::code::service_unknown);
}

TEST_CASE("Each estimate carries the price's source and the model's identity") {
    auto e = estimate(scenario_for("acme/tokens", 1536, 1024, "high"));
    CHECK(e.model == "acme/tokens");
    CHECK(e.model_name == "Tokens");
    CHECK(e.provider == "acme");
    CHECK(e.structure == "tokens");
    CHECK(e.quality == "high");
    CHECK(e.price_source.url == "https://acme.example/tokens");
    CHECK(e.price_source.checked == "2026-03-01");
}


TEST_CASE("Currency: every money figure converted at the catalog's reference rate, custom prices typed in that currency") {
    imgcost::Catalog c = imgcost::testing::test_catalog();
    c.fx = imgcost::FxSnapshot{"2026-08-21", "EUR", {{"USD", 1.25}, {"GBP", 0.8}}, {}};
    auto s = scenario_for("acme/tiered");
    s.acceptance_rate = 0.5;
    auto usd = imgcost::evaluate(s, c);
    s.currency = "EUR";  // 1 USD = 1 / 1.25 EUR
    auto eur = imgcost::evaluate(s, c);
    CHECK(eur.currency == "EUR");
    CHECK(eur.fx_date == "2026-08-21");
    CHECK(eur.cost_per_delivered_image == Approx(usd.cost_per_delivered_image / 1.25));
    CHECK(eur.monthly.total == Approx(usd.monthly.total / 1.25));
    CHECK(eur.projection.back().cumulative == Approx(usd.projection.back().cumulative / 1.25));
    s.currency = "GBP";  // 0.8 / 1.25 GBP per USD
    CHECK(imgcost::evaluate(s, c).monthly.total == Approx(usd.monthly.total * 0.8 / 1.25));
    // A negotiated price typed in pounds stays that many pounds.
    s.price_per_image = 0.03;
    CHECK(imgcost::evaluate(s, c).price_per_generation == Approx(0.03));
    // The reader's own rate replaces the catalog's.
    s.price_per_image.reset();
    s.fx_rate = 2;
    CHECK(imgcost::evaluate(s, c).monthly.total == Approx(usd.monthly.total * 2));
    CHECK(imgcost::evaluate(s, c).fx_date.empty());
}

TEST_CASE("Currency: a code with no rate and no rate of the reader's own is rejected naming currency") {
    imgcost::Catalog c = imgcost::testing::test_catalog();
    c.fx = imgcost::FxSnapshot{"2026-08-21", "EUR", {{"USD", 1.25}}, {}};
    auto s = scenario_for("acme/tiered");
    s.currency = "XYZ";
    expect_input_error([&] { imgcost::evaluate(s, c); }, "currency", imgcost::code::currency_unknown);
    s.currency = "euro";
    expect_input_error([&] { imgcost::validate(s); }, "currency", imgcost::code::currency_unknown);
    s.currency = "XYZ";
    s.fx_rate = 3;
    CHECK(imgcost::evaluate(s, c).currency == "XYZ");
}
