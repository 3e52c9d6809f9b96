// docs/pricing-structures.md: the five pricing structures, their tier rules and what `billed_as`
// says, on the hand-made "acme" catalog (tests/support/test_catalog.cpp).
// Every figure below is computed by hand in the comment beside it.
#include <catch2/catch.hpp>

#include <string>

#include "imgcost/pricing.hpp"
#include "support/spec_support.hpp"

using imgcost::graduated_cost;
using imgcost::ImageRequest;
using imgcost::Pricing;
using imgcost::Quote;
using imgcost::Rate;
using imgcost::Structure;
using imgcost::testing::estimate;
using imgcost::testing::expect_input_error;
using imgcost::testing::has_warning;
using imgcost::testing::scenario_for;
using imgcost::testing::test_catalog;

namespace {

const Pricing& pricing_of(const std::string& model) {
    const imgcost::Model* m = test_catalog().find_model(model);
    REQUIRE(m);
    return m->latest_pricing();
}

Quote quote_for(const std::string& model, int width, int height, const std::string& quality = "", int steps = 0,
                double prompt_tokens = 0) {
    return imgcost::quote(pricing_of(model), ImageRequest{width, height, quality, steps, prompt_tokens});
}

double price(const std::string& model, int width, int height, const std::string& quality = "", int steps = 0,
             double prompt_tokens = 0) {
    return quote_for(model, width, height, quality, steps, prompt_tokens).price;
}

}  // namespace

// ---------------------------------------------------------------- per_image

TEST_CASE("per_image: an exact size tier is billed at its price for the requested quality") {
    // acme/tiered: 1024x1024 standard $0.04, hd $0.08; 1792x1024 and 1024x1792 standard $0.08, hd $0.12.
    CHECK(price("acme/tiered", 1024, 1024, "standard") == Approx(0.04));
    CHECK(price("acme/tiered", 1024, 1024, "hd") == Approx(0.08));
    CHECK(price("acme/tiered", 1792, 1024, "standard") == Approx(0.08));
    CHECK(price("acme/tiered", 1792, 1024, "hd") == Approx(0.12));
    CHECK(price("acme/tiered", 1024, 1792, "standard") == Approx(0.08));
    CHECK(price("acme/tiered", 1024, 1792, "hd") == Approx(0.12));
}

TEST_CASE("per_image: billed_as names the size tier and the quality, an exact match has no warning") {
    auto q = quote_for("acme/tiered", 1792, 1024, "hd");
    CHECK(q.billed_as == "1792x1024, hd");
    CHECK(q.warnings.empty());
    CHECK_FALSE(q.estimate);
    CHECK(q.source->url == "https://acme.example/tiered");
    CHECK(q.source->checked == "2026-02-01");
}

TEST_CASE("per_image: a size between exact tiers is billed at the cheapest tier at least as wide and as tall") {
    // 512x512 fits every tier; the cheapest is 1024x1024 at $0.04.
    auto small = quote_for("acme/tiered", 512, 512, "standard");
    CHECK(small.price == Approx(0.04));
    CHECK(small.billed_as == "1024x1024, standard");
    // 1200x1000 is too wide for 1024x1024 and 1024x1792: only 1792x1024 ($0.08) delivers it.
    CHECK(price("acme/tiered", 1200, 1000, "standard") == Approx(0.08));
    CHECK(quote_for("acme/tiered", 1200, 1000, "standard").billed_as == "1792x1024, standard");
    // 1000x1200 is too tall for 1792x1024: billed as 1024x1792 hd, $0.12.
    CHECK(price("acme/tiered", 1000, 1200, "hd") == Approx(0.12));
    CHECK(quote_for("acme/tiered", 1000, 1200, "hd").billed_as == "1024x1792, hd");
}

TEST_CASE("per_image: a request billed as a larger exact size warns that the output must be cropped or resized") {
    auto q = quote_for("acme/tiered", 512, 512, "standard");
    REQUIRE(q.warnings.size() == 1);
    CHECK(q.warnings[0] == "billed as 1024x1024, the nearest size the model returns; crop or resize it to 512x512");
}

TEST_CASE("per_image: a max_pixels tier covers any shape up to its pixel count") {
    // acme/bounded: up to 1048576 px $0.02; up to 2048x2048 $0.06.
    CHECK(price("acme/bounded", 1024, 1024) == Approx(0.02));   // 1048576 px: exactly the bound
    CHECK(price("acme/bounded", 2048, 512) == Approx(0.02));    // 1048576 px, though 2048 wide
    CHECK(price("acme/bounded", 1025, 1024) == Approx(0.06));   // 1049600 px: one column over
    auto q = quote_for("acme/bounded", 2048, 512);
    CHECK(q.billed_as == "up to 1.04858 MP");  // 1048576 / 10^6 = 1.048576, six digits
    CHECK(q.warnings.empty());                 // a bound needs no cropping
}

TEST_CASE("per_image: a max_size tier covers any size no wider and no taller than its bound") {
    CHECK(price("acme/bounded", 2048, 2048) == Approx(0.06));
    CHECK(price("acme/bounded", 1100, 1000) == Approx(0.06));   // 1.1 MP: over the 1048576 px tier
    auto q = quote_for("acme/bounded", 2048, 2048);
    CHECK(q.billed_as == "up to 2048x2048");
    CHECK(q.warnings.empty());
    // The credits model has one max_size tier, 1536x1536.
    CHECK(price("acme/credits", 1536, 1536) == Approx(0.08));
    CHECK(price("acme/credits", 64, 64) == Approx(0.08));
}

TEST_CASE("per_image: when several tiers cover a request the cheapest one is billed") {
    // 1000x1000 (10^6 px) fits both bounded tiers: $0.02 beats $0.06.
    auto q = quote_for("acme/bounded", 1000, 1000);
    CHECK(q.price == Approx(0.02));
    CHECK(q.billed_as == "up to 1.04858 MP");
}

TEST_CASE("per_image: the \"any\" quality matches every quality name and is not repeated in billed_as") {
    // The tiered model's edit pricing is one tier: up to 1792x1792, any quality $0.05.
    const imgcost::Model* m = test_catalog().find_model("acme/tiered");
    REQUIRE(m->edit);
    for (const char* quality : {"standard", "hd", "", "anything"}) {
        INFO("quality '" << quality << "'");
        auto q = imgcost::quote(*m->edit, ImageRequest{1024, 1024, quality, 0, 0});
        CHECK(q.price == Approx(0.05));
        CHECK(q.billed_as == "up to 1792x1792");
    }
}

TEST_CASE("per_image: a quality the tier does not offer is rejected with key quality, naming the tiers offered") {
    expect_input_error([] { quote_for("acme/tiered", 1024, 1024, "ultra"); }, "quality",
                       imgcost::code::quality_not_at_size);
}

TEST_CASE("per_image: through evaluate, an unknown quality is rejected naming the model's known tiers") {
    expect_input_error([] { estimate(scenario_for("acme/tiered", 1024, 1024, "ultra")); }, "quality",
                       imgcost::code::quality_unknown);
    expect_input_error([] { estimate(scenario_for("acme/tokens", 1024, 1024, "hd")); }, "quality",
                       imgcost::code::quality_unknown);
}

TEST_CASE("per_image: a model without quality tiers ignores a quality with a warning") {
    auto e = estimate(scenario_for("acme/bounded", 1024, 1024, "hd"));
    CHECK(e.price_per_generation == Approx(0.02));
    CHECK(has_warning(e, "Bounded has no quality tiers; quality 'hd' was ignored"));
}

TEST_CASE("per_image: no quality given bills the model's default tier") {
    auto e = estimate(scenario_for("acme/tiered"));
    CHECK(e.quality == "standard");
    CHECK(e.price_per_generation == Approx(0.04));
    CHECK(e.billed_as == "1024x1024, standard");
}

TEST_CASE("per_image: a size no tier can deliver is rejected naming the larger side and the largest size") {
    // Neither 1792x1024 nor 1024x1792 covers 1792x1792; of equal pixel counts the first listed is named.
    expect_input_error([] { quote_for("acme/tiered", 1792, 1792, "standard"); }, "width",
                       imgcost::code::size_unsupported);
    // Taller than wide: the key is height.
    expect_input_error([] { quote_for("acme/tiered", 1024, 2048, "standard"); }, "height",
                       imgcost::code::size_unsupported);
    // Bounds: 3000x1024 is over 1048576 px and wider than 2048.
    expect_input_error([] { quote_for("acme/bounded", 3000, 1024); }, "width",
                       imgcost::code::size_unsupported);
    expect_input_error([] { quote_for("acme/credits", 1024, 2048); }, "height",
                       imgcost::code::size_unsupported);
}

TEST_CASE("largest_size names the biggest tier, a pixel bound in MP and pixels, or nothing when unbounded") {
    CHECK(imgcost::largest_size(pricing_of("acme/bounded")) == "2048x2048");
    CHECK(imgcost::largest_size(pricing_of("acme/tokens")) == "1536x1024");
    CHECK(imgcost::largest_size(pricing_of("acme/mp-up")) == "4096x4096");
    CHECK(imgcost::largest_size(pricing_of("acme/mp-exact")).empty());
    CHECK(imgcost::largest_size(pricing_of("acme/gpu")).empty());
    Pricing pixels_only;
    pixels_only.tiers.push_back({imgcost::SizeTier::Kind::max_pixels, 0, 0, 4000000, {{"any", 0.1}}, {}});
    CHECK(imgcost::largest_size(pixels_only) == "4 MP (4000000 pixels)");
}

// ------------------------------------------------------------ per_megapixel

TEST_CASE("per_megapixel exact: price × megapixels of 10^6 pixels, with no rounding") {
    // acme/mp-exact: $0.025/MP.
    CHECK(price("acme/mp-exact", 1000, 1000) == Approx(0.025));        // 1 MP
    CHECK(price("acme/mp-exact", 1024, 1024) == Approx(0.0262144));    // 1.048576 MP × 0.025
    CHECK(price("acme/mp-exact", 2048, 2048) == Approx(0.1048576));    // 4.194304 MP × 0.025
    CHECK(price("acme/mp-exact", 64, 64) == Approx(0.0001024));        // 0.004096 MP × 0.025, no minimum
    CHECK(quote_for("acme/mp-exact", 1024, 1024).billed_as == "1.04858 MP × $0.025/MP");
}

TEST_CASE("per_megapixel rounded up: a started megapixel is billed whole, an exact one is not rounded") {
    // acme/mp-up: $0.025/MP, rounded up, minimum 1 MP, at most 4096x4096.
    CHECK(price("acme/mp-up", 1024, 1024) == Approx(0.05));    // 1.048576 → 2 MP
    CHECK(price("acme/mp-up", 1000, 1000) == Approx(0.025));   // exactly 1 MP stays 1
    CHECK(price("acme/mp-up", 2000, 2000) == Approx(0.1));     // exactly 4 MP stays 4
    CHECK(price("acme/mp-up", 4096, 4096) == Approx(0.425));   // 16.777216 → 17 MP
    CHECK(quote_for("acme/mp-up", 1024, 1024).billed_as == "2 MP (1.04858 rounded up) × $0.025/MP");
    CHECK(quote_for("acme/mp-up", 1000, 1000).billed_as == "1 MP × $0.025/MP");
}

TEST_CASE("per_megapixel minimum: a small image is billed at the minimum megapixels") {
    // acme/mp-up: 512x512 = 0.262144 MP → rounded up and at least 1 MP → $0.025.
    CHECK(price("acme/mp-up", 512, 512) == Approx(0.025));
    CHECK(price("acme/mp-up", 64, 64) == Approx(0.025));
    // Without rounding the minimum alone applies: 0.262144 MP → 0.5 MP minimum × $0.025 = $0.0125.
    Pricing p;
    p.structure = Structure::per_megapixel;
    p.price_per_megapixel = 0.025;
    p.minimum_megapixels = 0.5;
    auto q = imgcost::quote(p, ImageRequest{512, 512, "", 0, 0});
    CHECK(q.price == Approx(0.0125));
    CHECK(q.billed_as == "0.5 MP × $0.025/MP");
    CHECK(imgcost::quote(p, ImageRequest{1000, 1000, "", 0, 0}).price == Approx(0.025));  // above the minimum
}

TEST_CASE("per_megapixel first MP and extra MP, with a megapixel of 2^20 pixels") {
    // acme/mp-first: first MP $0.03, each further MP $0.015, rounded up, 1 MP = 1048576 px.
    CHECK(price("acme/mp-first", 1024, 1024) == Approx(0.03));    // exactly 1 MP of 2^20
    CHECK(price("acme/mp-first", 1000, 1000) == Approx(0.03));    // 0.953674 MP → 1
    CHECK(price("acme/mp-first", 1024, 1025) == Approx(0.045));   // 1.000977 → 2 MP: 0.03 + 0.015
    CHECK(price("acme/mp-first", 2048, 1536) == Approx(0.06));    // 3 MP: 0.03 + 2 × 0.015
    CHECK(price("acme/mp-first", 2048, 2048) == Approx(0.075));   // 4 MP: 0.03 + 3 × 0.015
    CHECK(quote_for("acme/mp-first", 1024, 1024).billed_as == "1 MP: first MP $0.03, then $0.015/MP");
    CHECK(quote_for("acme/mp-first", 1000, 1000).billed_as ==
          "1 MP (0.953674 rounded up): first MP $0.03, then $0.015/MP");
}

TEST_CASE("per_megapixel: a size over the model's max_size is rejected naming the largest size") {
    CHECK(price("acme/mp-up", 4096, 4096) == Approx(0.425));
    expect_input_error([] { quote_for("acme/mp-up", 4097, 4096); }, "width",
                       imgcost::code::size_unsupported);
    expect_input_error([] { quote_for("acme/mp-up", 1024, 4100); }, "height",
                       imgcost::code::size_unsupported);
    // A max_pixels limit on a megapixel price: 2001x2000 = 4002000 px over 4 MP.
    Pricing p;
    p.structure = Structure::per_megapixel;
    p.price_per_megapixel = 0.01;
    p.max_pixels = 4000000;
    CHECK(imgcost::quote(p, ImageRequest{2000, 2000, "", 0, 0}).price == Approx(0.04));
    expect_input_error([&p] { imgcost::quote(p, ImageRequest{2001, 2000, "", 0, 0}); }, "width",
                       imgcost::code::size_unsupported);
}

TEST_CASE("per_megapixel with steps scaling: the price scales by steps over the model's default steps") {
    // acme/mp-steps: $0.01/MP exact, default 28 steps. 1000x1000 = 1 MP.
    CHECK(price("acme/mp-steps", 1000, 1000, "", 28) == Approx(0.01));
    CHECK(price("acme/mp-steps", 1000, 1000, "", 56) == Approx(0.02));   // × 56/28
    CHECK(price("acme/mp-steps", 1000, 1000, "", 14) == Approx(0.005));  // × 14/28
    CHECK(price("acme/mp-steps", 2000, 1000, "", 7) == Approx(0.005));   // 2 MP × 0.01 × 7/28
    CHECK(quote_for("acme/mp-steps", 1000, 1000, "", 56).billed_as == "1 MP × $0.01/MP × 56/28 steps");
    CHECK(quote_for("acme/mp-steps", 1000, 1000, "", 28).billed_as == "1 MP × $0.01/MP");
}

TEST_CASE("per_megapixel with steps scaling: a scenario without steps uses the model's default steps") {
    auto s = scenario_for("acme/mp-steps", 1000, 1000);
    auto e = estimate(s);
    CHECK(e.steps == 28);
    CHECK(e.price_per_generation == Approx(0.01));
    s.steps = 42;  // 0.01 × 42/28 = 0.015
    e = estimate(s);
    CHECK(e.steps == 42);
    CHECK(e.price_per_generation == Approx(0.015));
}

TEST_CASE("Steps on a model whose price does not depend on them are reported and change nothing") {
    auto s = scenario_for("acme/mp-exact", 1000, 1000);
    s.steps = 50;
    auto e = estimate(s);
    CHECK(e.price_per_generation == Approx(0.025));
    CHECK(e.steps == 0);
    CHECK(has_warning(e, "steps do not change the price of MP exact"));
}

// ------------------------------------------------------------- compute_time

TEST_CASE("compute_time: seconds scale with pixels and steps from the reference timing") {
    // acme/gpu: 2 s at 1024x1024 and 28 steps, $0.001 per second.
    CHECK(price("acme/gpu", 1024, 1024, "", 28) == Approx(0.002));     // 2 s
    CHECK(price("acme/gpu", 2048, 1024, "", 28) == Approx(0.004));     // 2× pixels: 4 s
    CHECK(price("acme/gpu", 1024, 1024, "", 56) == Approx(0.004));     // 2× steps: 4 s
    CHECK(price("acme/gpu", 2048, 2048, "", 14) == Approx(0.004));     // 4× pixels, ½ steps: 4 s
    CHECK(price("acme/gpu", 512, 512, "", 14) == Approx(0.00025));     // ¼ pixels, ½ steps: 0.25 s
    CHECK(quote_for("acme/gpu", 1024, 1024, "", 28).billed_as == "≈2 s on Test GPU × $0.001/s (estimate)");
    CHECK(quote_for("acme/gpu", 512, 512, "", 14).billed_as == "≈0.25 s on Test GPU × $0.001/s (estimate)");
}

TEST_CASE("compute_time: the price is flagged as an estimate, with a warning that says how it was scaled") {
    auto q = quote_for("acme/gpu", 1024, 1024, "", 28);
    CHECK(q.estimate);
    REQUIRE(q.warnings.size() == 1);
    CHECK(q.warnings[0] ==
          "compute-time price is an estimate: 2 s at 1024x1024, 28 steps, scaled by pixels and steps");
    auto e = estimate(scenario_for("acme/gpu"));
    CHECK(e.estimate);
    CHECK(e.steps == 28);  // the model's default steps
    CHECK(e.price_per_generation == Approx(0.002));
    CHECK(has_warning(e, "compute-time price is an estimate"));
    // The other structures are not estimates.
    CHECK_FALSE(estimate(scenario_for("acme/tiered")).estimate);
    CHECK_FALSE(estimate(scenario_for("acme/mp-exact")).estimate);
}

// ------------------------------------------------------------------ credits

TEST_CASE("credits: credits per call × price per credit") {
    // acme/credits: 8 credits up to 1536x1536, $0.01 a credit → $0.08.
    auto q = quote_for("acme/credits", 1024, 1024);
    CHECK(q.price == Approx(0.08));
    CHECK(q.billed_as == "up to 1536x1536 (8 credits × $0.01)");
    CHECK(estimate(scenario_for("acme/credits", 1536, 1024)).price_per_generation == Approx(0.08));
}

// ------------------------------------------------------------------- tokens

TEST_CASE("tokens: output tokens × $/1M output plus prompt tokens × $/1M input, at each size and quality") {
    // acme/tokens: $40/1M output, $5/1M input; 50 prompt tokens cost 50 × 5/10^6 = $0.00025.
    CHECK(price("acme/tokens", 1024, 1024, "low", 0, 50) == Approx(0.01113));   // 272 × 40e-6 = 0.01088
    CHECK(price("acme/tokens", 1024, 1024, "high", 0, 50) == Approx(0.16665));  // 4160 × 40e-6 = 0.1664
    CHECK(price("acme/tokens", 1536, 1024, "low", 0, 50) == Approx(0.01625));   // 400 × 40e-6 = 0.016
    CHECK(price("acme/tokens", 1536, 1024, "high", 0, 50) == Approx(0.24857));  // 6208 × 40e-6 = 0.24832
}

TEST_CASE("tokens: the prompt's text tokens are part of the price") {
    CHECK(price("acme/tokens", 1024, 1024, "low", 0, 0) == Approx(0.01088));     // output tokens only
    CHECK(price("acme/tokens", 1024, 1024, "low", 0, 1000) == Approx(0.01588));  // + 1000 × 5e-6
    auto s = scenario_for("acme/tokens", 1024, 1024, "high");
    s.prompt_tokens = 200;  // 0.1664 + 200 × 5e-6 = 0.1674
    CHECK(estimate(s).price_per_generation == Approx(0.1674));
}

TEST_CASE("tokens: billed_as shows both token counts and both rates") {
    CHECK(quote_for("acme/tokens", 1024, 1024, "low", 0, 50).billed_as ==
          "1024x1024, low (272 output tokens × $40/1M + 50 prompt tokens × $5/1M)");
    CHECK(quote_for("acme/tokens", 1536, 1024, "high", 0, 120).billed_as ==
          "1536x1024, high (6208 output tokens × $40/1M + 120 prompt tokens × $5/1M)");
}

TEST_CASE("tokens: sizes follow the tier rule, a tall request the landscape tier cannot cover is rejected") {
    // 1200x1000 is billed as 1536x1024 low: 400 × 40e-6 = $0.016 without a prompt.
    CHECK(price("acme/tokens", 1200, 1000, "low") == Approx(0.016));
    expect_input_error([] { quote_for("acme/tokens", 1024, 1536, "low"); }, "height",
                       imgcost::code::size_unsupported);
}

// --------------------------------------------------------- graduated rates

TEST_CASE("graduated_cost: each rate applies only to the units within its band") {
    // acme/cdn: first 1000 free, $0.085 to 10000, $0.08 above.
    const auto& rates = test_catalog().find_service("acme/cdn")->rates;
    CHECK(graduated_cost(rates, 0) == 0);
    CHECK(graduated_cost(rates, 500) == 0);                    // below the first boundary
    CHECK(graduated_cost(rates, 1000) == 0);                   // at it
    CHECK(graduated_cost(rates, 1001) == Approx(0.085));       // one unit across
    CHECK(graduated_cost(rates, 5000) == Approx(340));         // 4000 × 0.085
    CHECK(graduated_cost(rates, 10000) == Approx(765));        // 9000 × 0.085: at the second boundary
    CHECK(graduated_cost(rates, 12000) == Approx(925));        // 765 + 2000 × 0.08
}

TEST_CASE("graduated_cost: a single open rate is a flat price, and no rates cost nothing") {
    CHECK(graduated_cost({Rate{std::nullopt, 0.02}}, 50) == Approx(1));
    CHECK(graduated_cost({Rate{std::nullopt, 0.02}}, 0) == 0);
    CHECK(graduated_cost({}, 50) == 0);
    // Two bounded bands then an open one: 10 × 1 + 10 × 0.5 + 5 × 0.25 = 16.25.
    CHECK(graduated_cost({Rate{10.0, 1}, Rate{20.0, 0.5}, Rate{std::nullopt, 0.25}}, 25) == Approx(16.25));
}
