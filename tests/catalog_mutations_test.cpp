// One broken thing at a time in a real provider file: the loader must reject
// that file with its name, the JSON Pointer of the broken value and a reason,
// and every other provider must still load (SPEC §2, last paragraph).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/provider_files.hpp"

namespace {

using nlohmann::json;
using imgcost::testing::at;
using imgcost::testing::check_rejected;
using imgcost::testing::Mutation;
using imgcost::testing::provider_files;

// The indices below are those of the shipped files; the first test case pins them.
const std::vector<Mutation>& mutations() {
    static const std::vector<Mutation> table = {
        {"a price without a source", "openai.json",
         [](json& j) { at(j, "/models/1/pricing").erase("source"); }, "/models/1/pricing/source"},
        {"an as_of date with month 13", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/source/as_of") = "2026-13-01"; }, "/models/1/pricing/source/as_of"},
        {"an as_of that is not a date", "google.json",
         [](json& j) { at(j, "/models/2/pricing/source/as_of") = "last week"; }, "/models/2/pricing/source/as_of"},
        {"a status_date with slashes", "openai.json",
         [](json& j) { at(j, "/models/2/status_date") = "2026/10/23"; }, "/models/2/status_date"},
        {"a negative price", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/tiers/1/prices/hd") = -0.12; }, "/models/1/pricing/tiers/1/prices/hd"},
        {"a price given as a string", "ideogram.json",
         [](json& j) { at(j, "/models/1/pricing/tiers/0/prices/turbo") = "0.03"; },
         "/models/1/pricing/tiers/0/prices/turbo"},
        {"an unknown pricing structure", "fal.json",
         [](json& j) { at(j, "/models/0/pricing/structure") = "per_token"; }, "/models/0/pricing/structure"},
        {"an unknown key in a model", "stability.json",
         [](json& j) { at(j, "/models/0")["price"] = 0.08; }, "/models/0/price"},
        {"an unknown top-level key", "recraft.json",
         [](json& j) { j["modles"] = json::array(); }, "/modles"},
        {"an unknown key in a source", "aws.json",
         [](json& j) { at(j, "/models/0/pricing/source")["date"] = "2026-09-01"; }, "/models/0/pricing/source/date"},
        {"a size tier with two size keys", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/tiers/0")["max_size"] = "2048x2048"; }, "/models/1/pricing/tiers/0"},
        {"a size tier with no size key", "aws.json",
         [](json& j) { at(j, "/models/0/pricing/tiers/1").erase("max_size"); }, "/models/0/pricing/tiers/1"},
        {"a size written with a star", "openai.json",
         [](json& j) { at(j, "/models/0/pricing/tiers/2/size") = "1024*1024"; }, "/models/0/pricing/tiers/2/size"},
        {"a token tier carrying prices instead of output_tokens", "openai.json",
         [](json& j) {
             auto& tier = at(j, "/models/2/pricing/tiers/0");
             tier["prices"] = tier["output_tokens"];
             tier.erase("output_tokens");
         },
         "/models/2/pricing/tiers/0/prices"},
        {"an empty amount map", "recraft.json",
         [](json& j) { at(j, "/models/0/pricing/tiers/0/credits") = json::object(); }, "/models/0/pricing/tiers/0/credits"},
        {"a model id of another provider", "openai.json",
         [](json& j) { at(j, "/models/1/id") = "google/dall-e-3"; }, "/models/1/id"},
        {"a model id in upper case", "bfl.json",
         [](json& j) { at(j, "/models/0/id") = "bfl/FLUX-1.1-pro"; }, "/models/0/id"},
        {"a model id used twice in one file", "replicate.json",
         [](json& j) { j["models"].push_back(at(j, "/models/0")); }, "/models/13/id"},
        {"a price for a quality the model does not list", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/tiers/0/prices")["ultra"] = 0.2; },
         "/models/1/pricing/tiers/0/prices/ultra"},
        {"a default quality the model does not list", "aws.json",
         [](json& j) { at(j, "/models/0/default_quality") = "ultra"; }, "/models/0/default_quality"},
        {"an empty qualities list", "openai.json",
         [](json& j) { at(j, "/models/1/qualities") = json::array(); }, "/models/1/qualities"},
        {"an upscaler id that names no service", "stability.json",
         [](json& j) { at(j, "/models/0/upscaler") = "stability/turbo-upscale"; }, "/models/0/upscaler"},
        {"an upscaler id that names a moderation service", "google.json",
         [](json& j) { at(j, "/models/0/upscaler") = "google/cloud-vision-safesearch"; }, "/models/0/upscaler"},
        {"a confidence grade D", "bfl.json",
         [](json& j) { at(j, "/models/12/pricing/source/confidence") = "D"; }, "/models/12/pricing/source/confidence"},
        {"a confidence grade in lower case", "together.json",
         [](json& j) { at(j, "/models/0/pricing/source/confidence") = "b"; }, "/models/0/pricing/source/confidence"},
        {"a source URL that is not http(s)", "fal.json",
         [](json& j) { at(j, "/models/1/pricing/source/url") = "ftp://fal.ai/pricing"; }, "/models/1/pricing/source/url"},
        {"graduated rates that are not ascending", "google.json",
         [](json& j) { at(j, "/services/1/rates/1/up_to") = 500; }, "/services/1/rates/1/up_to"},
        {"a last graduated rate with an upper bound", "aws.json",
         [](json& j) { at(j, "/services/4/rates/7")["up_to"] = 9000000; }, "/services/4/rates/7/up_to"},
        {"a service with both price and rates", "cloudflare.json",
         [](json& j) { at(j, "/services/0")["price"] = 0.015; }, "/services/0"},
        {"an unknown service kind", "cloudflare.json",
         [](json& j) { at(j, "/services/2/kind") = "backup"; }, "/services/2/kind"},
        {"a service without a source", "openai.json",
         [](json& j) { at(j, "/services/0").erase("source"); }, "/services/0/source"},
        {"a batch discount above 100%", "google.json",
         [](json& j) { at(j, "/models/5/batch/discount") = 1.5; }, "/models/5/batch/discount"},
        {"a megapixel rounding rule that is neither exact nor up", "bfl.json",
         [](json& j) { at(j, "/models/14/pricing/rounding") = "nearest"; }, "/models/14/pricing/rounding"},
        {"a megapixel of 1000 pixels", "fal.json",
         [](json& j) { at(j, "/models/0/pricing/pixels_per_megapixel") = 1000; }, "/models/0/pricing/pixels_per_megapixel"},
        {"steps scaling without the model's default steps", "runware.json",
         [](json& j) { at(j, "/models/0").erase("default_steps"); }, "/models/0/pricing/steps_scaling"},
        {"a credit price of zero", "stability.json",
         [](json& j) { at(j, "/models/1/pricing/price_per_credit") = 0; }, "/models/1/pricing/price_per_credit"},
        {"a compute-time price without hardware", "replicate.json",
         [](json& j) { at(j, "/models/12/pricing").erase("hardware"); }, "/models/12/pricing/hardware"},
        {"a compute-time reference of zero seconds", "replicate.json",
         [](json& j) { at(j, "/models/12/pricing/reference/seconds") = 0; }, "/models/12/pricing/reference/seconds"},
        {"an unknown model status", "openai.json",
         [](json& j) { at(j, "/models/3/status") = "sunset"; }, "/models/3/status"},
        {"format_version 2", "ideogram.json", [](json& j) { j["format_version"] = 2; }, "/format_version"},
        {"no provider block", "runware.json", [](json& j) { j.erase("provider"); }, "/provider"},
        {"a provider id already loaded from another file", "aws.json",
         [](json& j) { at(j, "/provider/id") = "openai"; }, "/provider/id"},
        {"models that are not an array", "recraft.json", [](json& j) { j["models"] = json::object(); }, "/models"},
        {"a not_available entry without a reason", "midjourney.json",
         [](json& j) { at(j, "/not_available/0").erase("reason"); }, "/not_available/0/reason"},
    };
    return table;
}

}  // namespace

TEST_CASE("The mutation table points at the shipped files' entries") {
    const auto& f = provider_files();
    auto id = [&](const char* file, const char* pointer) {
        return f.at(file)[json::json_pointer(pointer)].get<std::string>();
    };
    CHECK(id("openai.json", "/models/0/id") == "openai/dall-e-2");
    CHECK(id("openai.json", "/models/1/id") == "openai/dall-e-3");
    CHECK(id("openai.json", "/models/2/id") == "openai/gpt-image-1");
    CHECK(id("openai.json", "/models/3/id") == "openai/gpt-image-1-mini");
    CHECK(id("google.json", "/models/5/id") == "google/gemini-2.5-flash-image");
    CHECK(id("google.json", "/services/1/id") == "google/cloud-vision-safesearch");
    CHECK(id("aws.json", "/models/0/id") == "aws/nova-canvas");
    CHECK(id("aws.json", "/services/4/id") == "aws/cloudfront-us");
    CHECK(f.at("aws.json")["services"][4]["rates"].size() == 8);
    CHECK(id("bfl.json", "/models/12/id") == "bfl/flux-2-klein-4b");
    CHECK(id("bfl.json", "/models/14/id") == "bfl/flux-2-pro");
    CHECK(id("fal.json", "/models/0/id") == "fal/flux-1-dev");
    CHECK(id("replicate.json", "/models/12/id") == "replicate/sdxl");
    CHECK(f.at("replicate.json")["models"].size() == 13);
    CHECK(id("runware.json", "/models/0/id") == "runware/stable-diffusion-3");
    CHECK(id("cloudflare.json", "/services/0/id") == "cloudflare/r2-standard");
}

TEST_CASE("Every unmutated provider file loads on its own and next to the others") {
    for (const auto& [name, content] : provider_files()) {
        INFO(name);
        imgcost::Catalog c = imgcost::testing::catalog_without(name);
        std::vector<imgcost::CatalogError> errors;
        CHECK(imgcost::load_provider(c, content, name, errors));
        CHECK(errors.empty());
    }
}

TEST_CASE("A provider file with one broken value is rejected with its file, JSON path and reason, the others load") {
    REQUIRE(mutations().size() >= 20);
    for (const auto& m : mutations()) {
        DYNAMIC_SECTION(m.description) { check_rejected(m); }
    }
}

// Patterns of schema.json the loader once let through: the exact shape of a
// date, of a size, and the type of $schema.
TEST_CASE("Dates, sizes and $schema follow the schema's patterns exactly") {
    const std::vector<Mutation> gaps = {
        {"an as_of with a three-digit year (schema: YYYY-MM-DD)", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/source/as_of") = "202--01-05"; }, "/models/1/pricing/source/as_of"},
        {"a one-digit size (schema: 2 to 5 digits per side)", "openai.json",
         [](json& j) { at(j, "/models/0/pricing/tiers/0/size") = "8x8"; }, "/models/0/pricing/tiers/0/size"},
        {"a $schema that is not a string", "openai.json", [](json& j) { j["$schema"] = 5; }, "/$schema"},
    };
    for (const auto& m : gaps) {
        DYNAMIC_SECTION(m.description) { check_rejected(m); }
    }
}
