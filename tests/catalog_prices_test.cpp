// The real price catalog (pricing-data/*.json) against the research table
// (the sources named in pricing-data/*.json; docs/catalog.md#sources). Each case names the
// figure it checks; token-priced models say whether they are checked against
// the vendor's published per-image figure (within 2%) or the token formula.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/scenario.hpp"

namespace {

const imgcost::LoadResult& loaded() {
    static const imgcost::LoadResult result = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    return result;
}

const imgcost::Catalog& real_catalog() {
    const auto& r = loaded();
    for (const auto& e : r.errors) UNSCOPED_INFO("catalog error: " << e.to_string());
    REQUIRE(r.errors.empty());
    return r.catalog;
}

imgcost::Scenario request(const std::string& model, int width, int height, const std::string& quality = "") {
    imgcost::Scenario s;
    s.model = model;
    s.width = width;
    s.height = height;
    s.quality = quality;
    return s;
}

imgcost::Estimate estimate(const imgcost::Scenario& s) {
    INFO("model " << s.model << " " << s.width << "x" << s.height << " quality '" << s.quality << "'");
    return imgcost::evaluate(s, real_catalog());
}

double price(const std::string& model, int width, int height, const std::string& quality = "") {
    return estimate(request(model, width, height, quality)).price_per_generation;
}

// A token-priced model with no prompt: only the image-output tokens remain, which
// is what the vendors' published per-image figures describe.
double price_without_prompt(const std::string& model, int width, int height, const std::string& quality) {
    auto s = request(model, width, height, quality);
    s.prompt_tokens = 0;
    return estimate(s).price_per_generation;
}

// The token formula: output tokens × $/1M output + prompt tokens × $/1M text input.
double token_formula(double output_tokens, double output_per_million, double prompt_tokens, double input_per_million) {
    return output_tokens * output_per_million / 1e6 + prompt_tokens * input_per_million / 1e6;
}

constexpr double kPublished = 0.02;  // published per-image figures vs the token formula

}  // namespace

// ---------------------------------------------------------------- the catalog as a whole

TEST_CASE("The real catalog loads every provider file without errors") {
    const auto& c = real_catalog();
    for (const char* provider : {"openai", "google", "stability", "bfl", "fal", "replicate", "together", "aws",
                                 "ideogram", "recraft", "runware", "cloudflare", "midjourney"}) {
        INFO(provider);
        CHECK(std::any_of(c.providers.begin(), c.providers.end(), [&](const auto& p) { return p.id == provider; }));
    }
    CHECK(c.models.size() >= 90);
    CHECK(c.services.size() >= 14);
}

TEST_CASE("Every catalog model prices a 1024x1024 image at its default quality, with a dated source") {
    const auto& c = real_catalog();
    for (const auto& m : c.models) {
        auto e = estimate(request(m.id, 1024, 1024));
        INFO(m.id << " billed as " << e.billed_as);
        CHECK(e.price_per_generation > 0);
        CHECK(e.price_per_generation < 1);
        CHECK_FALSE(e.price_source.url.empty());
        CHECK(e.price_source.checked.size() == 10);
        CHECK((e.price_source.confidence == "A" || e.price_source.confidence == "B" ||
               e.price_source.confidence == "C" || e.price_source.confidence == "unverified"));
    }
}

TEST_CASE("Midjourney is listed as not available and never priced (pricing-data/midjourney.json)") {
    const auto& c = real_catalog();
    CHECK(std::any_of(c.not_available.begin(), c.not_available.end(),
                      [](const auto& u) { return u.provider == "midjourney" && u.name == "Midjourney"; }));
    CHECK(std::none_of(c.models.begin(), c.models.end(), [](const auto& m) { return m.provider == "midjourney"; }));
}

// ---------------------------------------------------------------- OpenAI (pricing-data/openai.json)

TEST_CASE("DALL·E 2 costs $0.016 / $0.018 / $0.020 at 256, 512 and 1024 px (pricing-data/openai.json)") {
    CHECK(price("openai/dall-e-2", 256, 256) == Approx(0.016));
    CHECK(price("openai/dall-e-2", 512, 512) == Approx(0.018));
    CHECK(price("openai/dall-e-2", 1024, 1024) == Approx(0.020));
}

TEST_CASE("DALL·E 2 bills a 300x300 request as the 512x512 image (cheapest tier that covers it)") {
    auto e = estimate(request("openai/dall-e-2", 300, 300));
    CHECK(e.price_per_generation == Approx(0.018));
    CHECK(e.billed_as.find("512x512") != std::string::npos);
}

TEST_CASE("DALL·E 3 standard costs $0.04 square and $0.08 wide or tall (pricing-data/openai.json)") {
    CHECK(price("openai/dall-e-3", 1024, 1024, "standard") == Approx(0.04));
    CHECK(price("openai/dall-e-3", 1792, 1024, "standard") == Approx(0.08));
    CHECK(price("openai/dall-e-3", 1024, 1792, "standard") == Approx(0.08));
}

TEST_CASE("DALL·E 3 hd costs $0.08 square (pricing-data/openai.json)") {
    CHECK(price("openai/dall-e-3", 1024, 1024, "hd") == Approx(0.08));
}

TEST_CASE("DALL·E 3 hd 1792x1024 costs $0.12 per image (pricing-data/openai.json)") {
    CHECK(price("openai/dall-e-3", 1792, 1024, "hd") == Approx(0.12));
    CHECK(price("openai/dall-e-3", 1024, 1792, "hd") == Approx(0.12));
}

TEST_CASE("DALL·E 3 defaults to standard quality") {
    auto e = estimate(request("openai/dall-e-3", 1024, 1024));
    CHECK(e.quality == "standard");
    CHECK(e.price_per_generation == Approx(0.04));
}

TEST_CASE("DALL·E 3 hd 1200x1000 is billed as the 1792x1024 image, $0.12 (cheapest-tier rule)") {
    auto e = estimate(request("openai/dall-e-3", 1200, 1000, "hd"));
    CHECK(e.price_per_generation == Approx(0.12));
    CHECK(e.billed_as.find("1792x1024") != std::string::npos);
}

TEST_CASE("DALL·E 3 cannot deliver 2000x1000: no size tier covers it") {
    CHECK_THROWS_AS(estimate(request("openai/dall-e-3", 2000, 1000, "hd")), imgcost::InputError);
}

TEST_CASE("DALL·E 3 is retired, so its estimate carries a warning") {
    auto e = estimate(request("openai/dall-e-3", 1024, 1024));
    CHECK(e.status == "retired");
    CHECK_FALSE(e.warnings.empty());
}

TEST_CASE("GPT-Image-1 output tokens at $40/1M give the published per-image estimates (pricing-data/openai.json)") {
    SECTION("published per-image figures, within 2% (no prompt tokens)") {
        CHECK(price_without_prompt("openai/gpt-image-1", 1024, 1024, "low") == Approx(0.011).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1024, 1536, "low") == Approx(0.016).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1536, 1024, "low") == Approx(0.016).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1024, 1024, "medium") == Approx(0.042).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1024, 1536, "medium") == Approx(0.063).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1536, 1024, "medium") == Approx(0.063).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1024, 1024, "high") == Approx(0.167).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1024, 1536, "high") == Approx(0.25).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1", 1536, 1024, "high") == Approx(0.25).epsilon(kPublished));
    }
    SECTION("token formula, exactly: 272 tokens x $40/1M + 50 prompt tokens x $5/1M") {
        CHECK(price("openai/gpt-image-1", 1024, 1024, "low") == Approx(token_formula(272, 40, 50, 5)));
        CHECK(price("openai/gpt-image-1", 1536, 1024, "high") == Approx(token_formula(6208, 40, 50, 5)));
    }
}

TEST_CASE("GPT-Image-1 has a 50% Batch API discount (pricing-data/openai.json, per-model support C)") {
    auto s = request("openai/gpt-image-1", 1024, 1024, "medium");
    s.batch_share = 1;
    auto e = estimate(s);
    CHECK(e.batch_discount == Approx(0.5));
    CHECK(e.effective_price_per_generation == Approx(e.price_per_generation * 0.5));
}

TEST_CASE("GPT-Image-1-mini uses its published per-image prices (pricing-data/openai.json)") {
    CHECK(price("openai/gpt-image-1-mini", 1024, 1024, "low") == Approx(0.005));
    CHECK(price("openai/gpt-image-1-mini", 1024, 1024, "medium") == Approx(0.011));
    CHECK(price("openai/gpt-image-1-mini", 1024, 1024, "high") == Approx(0.036));
    CHECK(price("openai/gpt-image-1-mini", 1536, 1024, "medium") == Approx(0.015));
    CHECK(price("openai/gpt-image-1-mini", 1024, 1536, "high") == Approx(0.052));
}

TEST_CASE("GPT-Image-1.5 at $32/1M matches its published per-image estimates (pricing-data/openai.json)") {
    SECTION("published per-image figures, within 2% (no prompt tokens); low 1024x1024 within the figure's rounding") {
        // 272 x $32/1M = $0.008704, which OpenAI publishes rounded to $0.009 (3.3% off,
        // but within the half-tenth-of-a-cent rounding of a three-decimal figure).
        CHECK(price_without_prompt("openai/gpt-image-1.5", 1024, 1024, "low") == Approx(0.009).margin(0.0005));
        CHECK(price_without_prompt("openai/gpt-image-1.5", 1024, 1536, "low") == Approx(0.013).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1.5", 1024, 1024, "medium") == Approx(0.034).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1.5", 1024, 1536, "medium") == Approx(0.05).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1.5", 1024, 1024, "high") == Approx(0.133).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-1.5", 1024, 1536, "high") == Approx(0.20).epsilon(kPublished));
    }
    SECTION("token formula, exactly: 1056 tokens x $32/1M + 50 prompt tokens x $5/1M") {
        CHECK(price("openai/gpt-image-1.5", 1024, 1024, "medium") == Approx(token_formula(1056, 32, 50, 5)));
    }
}

TEST_CASE("GPT-Image-2 has its own output-token counts at $30/1M, and portrait and landscape are cheaper than square (r1 audit 2026-11-30)") {
    SECTION("published per-image figures at 1024x1536 and 1536x1024 (no prompt tokens)") {
        CHECK(price_without_prompt("openai/gpt-image-2", 1024, 1536, "low") == Approx(0.005).margin(0.0005));
        CHECK(price_without_prompt("openai/gpt-image-2", 1024, 1536, "medium") == Approx(0.041).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-2", 1536, 1024, "medium") == Approx(0.041).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-2", 1536, 1024, "high") == Approx(0.165).epsilon(kPublished));
    }
    SECTION("token formula, exactly") {
        CHECK(price("openai/gpt-image-2", 1024, 1536, "high") == Approx(token_formula(5488, 30, 50, 5)));
        CHECK(price("openai/gpt-image-2", 3840, 2160, "high") == Approx(token_formula(13342, 30, 50, 5)));
    }
    SECTION("a square 1024x1024 request is billed at the square size's published $0.006 / $0.053 / $0.211, "
            "though the portrait size costs less: the vendor bills the size asked for") {
        CHECK(price_without_prompt("openai/gpt-image-2", 1024, 1024, "low") == Approx(0.006).margin(0.0005));
        CHECK(price_without_prompt("openai/gpt-image-2", 1024, 1024, "medium") == Approx(0.053).epsilon(kPublished));
        CHECK(price_without_prompt("openai/gpt-image-2", 1024, 1024, "high") == Approx(0.211).epsilon(kPublished));
        CHECK(price("openai/gpt-image-2", 1024, 1024, "medium") == Approx(token_formula(1756, 30, 50, 5)));
        CHECK(estimate(request("openai/gpt-image-2", 1024, 1024, "medium")).warnings.empty());
    }
}

TEST_CASE("OpenAI moderation is free (pricing-data/openai.json)") {
    auto s = request("openai/gpt-image-1-mini", 1024, 1024, "low");
    s.moderation = "openai/omni-moderation-latest";
    auto e = estimate(s);
    CHECK(e.moderation_price == Approx(0.0).margin(1e-12));
    CHECK(e.monthly.moderation == Approx(0.0).margin(1e-12));
}

// ---------------------------------------------------------------- Google (pricing-data/google.json)

TEST_CASE("Imagen costs $0.02 Fast, $0.04 Standard, $0.06 Ultra per image (pricing-data/google.json)") {
    CHECK(price("google/imagen-4-fast", 1024, 1024) == Approx(0.02));
    CHECK(price("google/imagen-4", 1024, 1024) == Approx(0.04));
    CHECK(price("google/imagen-4-ultra", 1024, 1024) == Approx(0.06));
    CHECK(price("google/imagen-3", 1024, 1024) == Approx(0.04));
    CHECK(price("google/imagen-3-fast", 1024, 1024) == Approx(0.02));
}

TEST_CASE("Gemini 2.5 Flash Image is 1,290 tokens at $30/1M, about $0.039 (pricing-data/google.json)") {
    SECTION("published per-image figure, within 2% (with the default 50 prompt tokens)") {
        CHECK(price("google/gemini-2.5-flash-image", 1024, 1024) == Approx(0.039).epsilon(kPublished));
    }
    SECTION("token formula, exactly, for every ~1 MP aspect ratio") {
        CHECK(price("google/gemini-2.5-flash-image", 1024, 1024) == Approx(token_formula(1290, 30, 50, 0.30)));
        CHECK(price("google/gemini-2.5-flash-image", 1344, 768) == Approx(token_formula(1290, 30, 50, 0.30)));
    }
}

TEST_CASE("Gemini 2.5 Flash Image through the Gemini Batch API costs about $0.0195 (pricing-data/google.json)") {
    auto s = request("google/gemini-2.5-flash-image", 1024, 1024);
    s.batch_share = 1;
    CHECK(estimate(s).effective_price_per_generation == Approx(0.0195).epsilon(kPublished));
}

TEST_CASE("Gemini 3 Pro Image is 1,120 tokens at 1K and 2K and 2,000 at 4K at $120/1M: $0.134 and $0.24 (r1 audit 2026-11-30)") {
    CHECK(price("google/gemini-3-pro-image", 1024, 1024) == Approx(token_formula(1120, 120, 50, 2)));
    CHECK(price("google/gemini-3-pro-image", 2048, 2048) == Approx(token_formula(1120, 120, 50, 2)));
    CHECK(price("google/gemini-3-pro-image", 4096, 4096) == Approx(token_formula(2000, 120, 50, 2)));
    CHECK(price_without_prompt("google/gemini-3-pro-image", 1024, 1024, "") == Approx(0.134).epsilon(kPublished));
    CHECK(price_without_prompt("google/gemini-3-pro-image", 4096, 4096, "") == Approx(0.24).epsilon(kPublished));
}

TEST_CASE("Gemini 3.1 Flash Image is 747/1,120/1,680/2,520 tokens at 0.5K/1K/2K/4K at $60/1M (r1 audit 2026-11-30)") {
    CHECK(price("google/gemini-3.1-flash-image", 512, 512) == Approx(token_formula(747, 60, 50, 0.5)));
    CHECK(price("google/gemini-3.1-flash-image", 1024, 1024) == Approx(token_formula(1120, 60, 50, 0.5)));
    CHECK(price("google/gemini-3.1-flash-image", 2048, 2048) == Approx(token_formula(1680, 60, 50, 0.5)));
    CHECK(price("google/gemini-3.1-flash-image", 4096, 4096) == Approx(token_formula(2520, 60, 50, 0.5)));
    CHECK(price_without_prompt("google/gemini-3.1-flash-image", 512, 512, "") == Approx(0.045).epsilon(kPublished));
    CHECK(price_without_prompt("google/gemini-3.1-flash-image", 1024, 1024, "") == Approx(0.067).epsilon(kPublished));
}

TEST_CASE("Cloud Vision SafeSearch: first 1,000 free, then $1.50 per 1,000 (pricing-data/google.json)") {
    auto s = request("google/imagen-4-fast", 1024, 1024);
    s.images_per_month = 10000;
    s.moderation = "google/cloud-vision-safesearch";
    CHECK(estimate(s).monthly.moderation == Approx(9000 * 0.0015));
}

// ---------------------------------------------------------------- Stability AI (pricing-data/stability.json)

TEST_CASE("Stability credits at $0.01: Ultra 8, Core 3, SD3.5 Large 6.5, Large Turbo 4, Medium 3.5 (pricing-data/stability.json)") {
    CHECK(price("stability/stable-image-ultra", 1024, 1024) == Approx(0.08));
    CHECK(price("stability/stable-image-core", 1024, 1024) == Approx(0.03));
    CHECK(price("stability/sd3.5-large", 1024, 1024) == Approx(0.065));
    CHECK(price("stability/sd3.5-large-turbo", 1024, 1024) == Approx(0.04));
    CHECK(price("stability/sd3.5-medium", 1024, 1024) == Approx(0.035));
}

TEST_CASE("Stability fast upscale costs $0.02 and creative upscale $0.60 (pricing-data/stability.json)") {
    auto s = request("stability/stable-image-ultra", 1024, 1024);
    s.upscale_share = 1;
    CHECK(estimate(s).upscale_price == Approx(0.02));
    s.upscaler = "stability/creative-upscale";
    CHECK(estimate(s).upscale_price == Approx(0.60));
}

TEST_CASE("Stable Image Ultra on Bedrock costs $0.14 and Core $0.04 (pricing-data/aws.json)") {
    CHECK(price("aws/stable-image-ultra", 1024, 1024) == Approx(0.14));
    CHECK(price("aws/stable-image-core", 1024, 1024) == Approx(0.04));
    CHECK(price("aws/sd3.5-large", 1024, 1024) == Approx(0.08));
}

// ---------------------------------------------------------------- Black Forest Labs (pricing-data/bfl.json)

TEST_CASE("BFL FLUX.1 family: 1.1 [pro] $0.04, Ultra $0.06, Kontext [max] $0.08 (pricing-data/bfl.json)") {
    CHECK(price("bfl/flux-1.1-pro", 1024, 1024) == Approx(0.04));
    CHECK(price("bfl/flux-1.1-pro-ultra", 2048, 2048) == Approx(0.06));
    CHECK(price("bfl/flux-1-kontext-max", 1024, 1024) == Approx(0.08));
    CHECK(price("bfl/flux-1-dev", 1024, 1024) == Approx(0.025));
}

TEST_CASE("FLUX.2 costs the first-MP price at 1 MP: klein 4B $0.014, pro $0.03, max $0.07, flex $0.05 (pricing-data/bfl.json)") {
    CHECK(price("bfl/flux-2-klein-4b", 1024, 1024) == Approx(0.014));
    CHECK(price("bfl/flux-2-klein-9b", 1024, 1024) == Approx(0.015));
    CHECK(price("bfl/flux-2-pro", 1024, 1024) == Approx(0.03));
    CHECK(price("bfl/flux-2-max", 1024, 1024) == Approx(0.07));
    CHECK(price("bfl/flux-2-flex", 1024, 1024) == Approx(0.05));
}

TEST_CASE("FLUX.2 [pro] at 2048x2048 is 4 MP: $0.03 + 3 x $0.015 = $0.075 (pricing-data/bfl.json)") {
    CHECK(price("bfl/flux-2-pro", 2048, 2048) == Approx(0.075));
}

TEST_CASE("FLUX.2 [pro] edit with one 1 MP reference costs $0.045 at 1 MP (pricing-data/bfl.json)") {
    auto s = request("bfl/flux-2-pro", 1024, 1024);
    s.edits_per_image = 1;
    CHECK(estimate(s).edit_price == Approx(0.045));
    s.model = "bfl/flux-2-max";
    CHECK(estimate(s).edit_price == Approx(0.10));
}

// ---------------------------------------------------------------- fal (pricing-data/fal.json)

TEST_CASE("fal FLUX.1 [dev] costs $0.025 per MP, with 1024x1024 as one MP (pricing-data/fal.json)") {
    CHECK(price("fal/flux-1-dev", 1024, 1024) == Approx(0.025));
    CHECK(price("fal/flux-1-schnell", 1024, 1024) == Approx(0.003));
}

TEST_CASE("fal rounds megapixels up: 1024x768 is 1 MP, 1025x1024 and 1536x1024 are 2 MP (pricing-data/fal.json)") {
    CHECK(price("fal/flux-1-dev", 1024, 768) == Approx(0.025));
    auto e = estimate(request("fal/flux-1-dev", 1025, 1024));
    CHECK(e.price_per_generation == Approx(0.05));
    CHECK(e.billed_as.find("rounded up") != std::string::npos);
    CHECK(price("fal/flux-1-dev", 1536, 1024) == Approx(0.05));
    CHECK(price("fal/flux-1-dev", 2048, 2048) == Approx(0.10));
    CHECK(price("fal/flux-1-schnell", 1536, 1024) == Approx(0.006));
}

TEST_CASE("fal FLUX.2 [pro] at 2048x1024 is $0.03 + $0.015 (pricing-data/fal.json)") {
    CHECK(price("fal/flux-2-pro", 2048, 1024) == Approx(0.045));
}

TEST_CASE("fal per-image endpoints: FLUX1.1 [pro] $0.04, Nano Banana $0.039, Imagen 4 Fast $0.02 (pricing-data/fal.json)") {
    CHECK(price("fal/flux-1.1-pro", 1024, 1024) == Approx(0.04));
    CHECK(price("fal/gemini-2.5-flash-image", 1024, 1024) == Approx(0.039));
    CHECK(price("fal/imagen-4-fast", 1024, 1024) == Approx(0.02));
}

TEST_CASE("fal's own pages: Recraft V3 $0.04 and SD3.5 Medium $0.02 a megapixel, not a registry's placeholder $0.0398 (pricing-data/fal.json)") {
    CHECK(price("fal/recraft-v3", 1024, 1024) == Approx(0.04));
    CHECK(price("fal/sd3.5-medium", 1024, 1024) == Approx(0.02));
    CHECK(price("fal/sd3.5-medium", 1536, 1024) == Approx(0.04));  // 1.5 MP, rounded up to 2
    CHECK(price("fal/sd3.5-medium", 2048, 2048) == Approx(0.08));
    for (const char* model : {"fal/recraft-v3", "fal/sd3.5-medium", "fal/flux-1.1-pro-ultra", "fal/seedream-3"}) {
        INFO(model);
        CHECK(estimate(request(model, 1024, 1024)).price_source.confidence == "A");
    }
    // The same registry figure where no fal page was found: one doubtful source.
    for (const char* model : {"fal/bria-3.2", "fal/imagen-4-preview"}) {
        INFO(model);
        CHECK(estimate(request(model, 1024, 1024)).price_source.confidence == "C");
    }
    CHECK(price("fal/flux-1.1-pro-ultra", 2048, 2048) == Approx(0.06));
    CHECK(price("fal/seedream-3", 2048, 2048) == Approx(0.03));
}

// ---------------------------------------------------------------- Replicate (pricing-data/replicate.json)

TEST_CASE("Replicate official models: flux-schnell $0.003, flux-pro $0.055, flux-1.1-pro $0.04 (pricing-data/replicate.json)") {
    CHECK(price("replicate/flux-schnell", 1024, 1024) == Approx(0.003));
    CHECK(price("replicate/flux-pro", 1024, 1024) == Approx(0.055));
    CHECK(price("replicate/flux-1.1-pro", 1024, 1024) == Approx(0.04));
}

TEST_CASE("Replicate SDXL is a compute-time estimate of about $0.0063 per run, scaling with steps (pricing-data/replicate.json)") {
    auto e = estimate(request("replicate/sdxl", 1024, 1024));
    CHECK(e.estimate);
    CHECK(e.price_per_generation == Approx(0.0063).epsilon(0.01));
    auto s = request("replicate/sdxl", 1024, 1024);
    s.steps = 25;
    CHECK(estimate(s).price_per_generation == Approx(e.price_per_generation / 2));
    CHECK(e.price_source.confidence == "unverified");
}

// ---------------------------------------------------------------- Together (pricing-data/together.json)

TEST_CASE("Together FLUX.1 [schnell] costs $0.0027 per 10^6 pixels (pricing-data/together.json)") {
    CHECK(price("together/flux-1-schnell", 1000, 1000) == Approx(0.0027));
    CHECK(price("together/flux-1-schnell", 1024, 1024) == Approx(0.0027 * 1.048576));
    CHECK(price("together/flux-1-dev", 1000, 1000) == Approx(0.025));
}

TEST_CASE("Together FLUX.1 [dev] is deprecated from 2026-02-27 and retired from 2026-05-04, and stays as history (pricing-data/together.json)") {
    auto on = [](const std::string& day) {
        auto s = request("together/flux-1-dev", 1024, 1024);
        s.as_of = day;
        return estimate(s);
    };
    // Deprecated whenever its shutdown is still ahead (docs/catalog.md#lifecycle).
    CHECK(on("2026-02-26").status == "deprecated");
    CHECK(on("2026-02-27").status == "deprecated");
    CHECK(on("2026-05-03").status == "deprecated");
    auto gone = on("2026-05-04");
    CHECK(gone.status == "retired");
    CHECK(gone.price_per_generation == Approx(0.025 * 1.048576));  // still priced, with a warning
    CHECK_FALSE(gone.warnings.empty());
    auto today = request("together/flux-2-dev", 1024, 1024);
    today.as_of = "2026-11-30";
    auto rows = imgcost::compare(today, real_catalog());
    CHECK(std::none_of(rows.begin(), rows.end(), [](const imgcost::CompareRow& r) { return r.model == "together/flux-1-dev"; }));
}

TEST_CASE("Together FLUX.2: [dev] $0.0154 and [max] $0.07 per 10^6 pixels, [pro] a flat $0.03 an image (pricing-data/together.json)") {
    // The registry's own figure for a 1024x1024 [dev] image: 0.0154 x 1.048576.
    CHECK(price("together/flux-2-dev", 1024, 1024) == Approx(0.0161480704));
    CHECK(price("together/flux-2-dev", 2048, 2048) == Approx(0.0154 * 4.194304));
    CHECK(price("together/flux-2-max", 1000, 1000) == Approx(0.07));
    CHECK(price("together/flux-2-pro", 1024, 1024) == Approx(0.03));
    CHECK(price("together/flux-2-pro", 2048, 2048) == Approx(0.03));
}

// ---------------------------------------------------------------- Amazon Bedrock (pricing-data/aws.json)

TEST_CASE("Nova Canvas: $0.04/$0.06 up to 1024, $0.06/$0.08 up to 2048, standard/premium (pricing-data/aws.json)") {
    CHECK(price("aws/nova-canvas", 1024, 1024, "standard") == Approx(0.04));
    CHECK(price("aws/nova-canvas", 1024, 1024, "premium") == Approx(0.06));
    CHECK(price("aws/nova-canvas", 2048, 2048, "standard") == Approx(0.06));
    CHECK(price("aws/nova-canvas", 2048, 2048, "premium") == Approx(0.08));
}

TEST_CASE("Nova Canvas bills 1280x720 in the 2048 bucket (cheapest bound that covers it)") {
    CHECK(price("aws/nova-canvas", 1280, 720, "standard") == Approx(0.06));
}

TEST_CASE("Titan Image Generator: v1 $0.008 to 512 px, v2 $0.008 to 1024 px, premium $0.012 above (pricing-data/aws.json)") {
    CHECK(price("aws/titan-image-generator-v1", 512, 512, "standard") == Approx(0.008));
    CHECK(price("aws/titan-image-generator-v1", 1024, 1024, "premium") == Approx(0.012));
    CHECK(price("aws/titan-image-generator-v2", 1024, 1024, "standard") == Approx(0.008));
    CHECK(price("aws/titan-image-generator-v2", 1408, 640, "premium") == Approx(0.012));
}

TEST_CASE("Titan Image Generator v1 is Legacy (deprecated) from 2025-09-22 with no shutdown known: still callable, with a warning (pricing-data/aws.json)") {
    auto on = [](const std::string& day) {
        auto s = request("aws/titan-image-generator-v1", 512, 512, "standard");
        s.as_of = day;
        return estimate(s);
    };
    CHECK(on("2025-09-21").status == "active");
    auto legacy = on("2026-12-01");
    CHECK(legacy.status == "deprecated");
    CHECK(legacy.status_text == "deprecated since 2025-09-22");
    CHECK(std::any_of(legacy.warnings.begin(), legacy.warnings.end(),
                      [](const std::string& w) { return w.find("plan a replacement") != std::string::npos; }));
    auto today = request("aws/nova-canvas", 1024, 1024, "standard");
    today.as_of = "2026-08-01";
    auto rows = imgcost::compare(today, real_catalog());
    CHECK(std::any_of(rows.begin(), rows.end(), [](const imgcost::CompareRow& r) {
        return r.model == "aws/titan-image-generator-v1" && r.status == "deprecated";
    }));
}

// ---------------------------------------------------------------- Ideogram, Recraft, Runware (pricing-data/ideogram.json, pricing-data/recraft.json, pricing-data/runware.json)

TEST_CASE("Ideogram 3.0 costs $0.03 turbo, $0.06 default, $0.09 quality (pricing-data/ideogram.json)") {
    CHECK(price("ideogram/ideogram-3", 1024, 1024, "turbo") == Approx(0.03));
    CHECK(price("ideogram/ideogram-3", 1024, 1024, "default") == Approx(0.06));
    CHECK(price("ideogram/ideogram-3", 1024, 1024, "quality") == Approx(0.09));
    CHECK(price("ideogram/ideogram-4", 1024, 1024, "quality") == Approx(0.10));
}

TEST_CASE("Recraft units at $0.001: V3 $0.04, V2 $0.022, V3 vector $0.08, V4.1 $0.035, V4 Pro $0.25 (pricing-data/recraft.json)") {
    CHECK(price("recraft/recraft-v3", 1024, 1024) == Approx(0.04));
    CHECK(price("recraft/recraft-v2", 1024, 1024) == Approx(0.022));
    CHECK(price("recraft/recraft-v3-vector", 1024, 1024) == Approx(0.08));
    CHECK(price("recraft/recraft-v4.1", 1024, 1024) == Approx(0.035));
    CHECK(price("recraft/recraft-v4-pro", 2048, 2048) == Approx(0.25));
}

TEST_CASE("Recraft crisp upscale costs $0.004 and creative upscale $0.25 (pricing-data/recraft.json)") {
    auto s = request("recraft/recraft-v3", 1024, 1024);
    s.upscale_share = 1;
    CHECK(estimate(s).upscale_price == Approx(0.004));
    s.upscaler = "recraft/creative-upscale";
    CHECK(estimate(s).upscale_price == Approx(0.25));
}

TEST_CASE("Runware FLUX.1 [schnell] costs $0.0006 an image up to 1024x1024, from two agreeing sources (pricing-data/runware.json)") {
    auto e = estimate(request("runware/flux-1-schnell", 1024, 1024));
    CHECK(e.price_per_generation == Approx(0.0006));
    CHECK(e.price_source.confidence == "B");
}

TEST_CASE("Runware SD3 costs $0.0019 at 1024x1024 and 28 steps, about $0.0013 at 20 steps (pricing-data/runware.json)") {
    CHECK(price("runware/stable-diffusion-3", 1024, 1024) == Approx(0.0019));
    auto s = request("runware/stable-diffusion-3", 1024, 1024);
    s.steps = 20;
    CHECK(estimate(s).price_per_generation == Approx(0.0013).epsilon(0.05));
    s.width = s.height = 512;  // the vendor's 512x512 example costs the same as 1024x1024
    CHECK(estimate(s).price_per_generation == Approx(0.0013).epsilon(0.05));
}

// ---------------------------------------------------------------- storage and delivery (pricing-data/aws.json, pricing-data/cloudflare.json)

TEST_CASE("Storage: S3 Standard $0.023/GB-month, R2 Standard first 10 GB-month free then $0.015 (pricing-data/aws.json, pricing-data/cloudflare.json)") {
    auto s = request("google/imagen-4-fast", 1024, 1024);
    s.images_per_month = 1000;
    s.retention_months = 12;
    s.image_mb = 1.5;  // 1000 x 12 x 1.5 MB = 18 GB stored
    s.storage = "aws/s3-standard";
    CHECK(estimate(s).monthly.storage == Approx(18 * 0.023));
    s.storage = "cloudflare/r2-standard";
    CHECK(estimate(s).monthly.storage == Approx((18 - 10) * 0.015));
    s.storage = "cloudflare/r2-infrequent-access";
    CHECK(estimate(s).monthly.storage == Approx(18 * 0.01));
}

TEST_CASE("Delivery: CloudFront US first 1 TB free then $0.085/GB, R2 egress is free (pricing-data/aws.json, pricing-data/cloudflare.json)") {
    auto s = request("google/imagen-4-fast", 1024, 1024);
    s.images_per_month = 1000;
    s.views_per_image = 1000;
    s.image_mb = 2;  // 2,000 GB delivered per month
    s.cdn = "aws/cloudfront-us";
    CHECK(estimate(s).monthly.delivery == Approx(1000 * 0.085));
    s.views_per_image = 15000;  // 30,000 GB: 9,000 GB at $0.085 + 20,000 GB at $0.080
    CHECK(estimate(s).monthly.delivery == Approx(9000 * 0.085 + 20000 * 0.080));
    s.cdn = "cloudflare/r2-egress";
    CHECK(estimate(s).monthly.delivery == Approx(0.0).margin(1e-12));
}

TEST_CASE("A month inside CloudFront's free first 1000 GB is free, and the answer says so with the limit") {
    auto s = request("openai/gpt-image-2", 1024, 1024, "medium");
    s.cdn = "aws/cloudfront-us";
    s.views_per_image = 20;  // 1000 images × 20 downloads × 1.5 MB = 30 GB
    auto e = estimate(s);
    CHECK(e.monthly.delivery == 0);
    bool said = std::any_of(e.warnings.begin(), e.warnings.end(), [](const std::string& w) {
        return w.find("delivery is free: 30 GB a month is inside the free first 1000 GB a month of Amazon CloudFront") == 0;
    });
    CHECK(said);
}
