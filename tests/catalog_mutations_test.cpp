// One broken thing at a time in a real provider file: the loader must reject
// that file with its name, the JSON Pointer of the broken value and a reason,
// and every other provider must still load (docs/catalog.md#validation).
#include <catch2/catch.hpp>

#include <functional>
#include <map>
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
         [](json& j) { at(j, "/models/1/pricing/0").erase("source"); }, "/models/1/pricing/0/source"},
        {"a checked date with month 13", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0/source/checked") = "2026-13-01"; }, "/models/1/pricing/0/source/checked"},
        {"a checked date that is not a date", "google.json",
         [](json& j) { at(j, "/models/2/pricing/0/source/checked") = "last week"; }, "/models/2/pricing/0/source/checked"},
        {"a shutdown date with slashes", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle/shutdown") = "2026/10/23"; }, "/models/2/lifecycle/shutdown"},
        {"a negative price", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0/tiers/1/prices/hd") = -0.12; }, "/models/1/pricing/0/tiers/1/prices/hd"},
        {"a price given as a string", "ideogram.json",
         [](json& j) { at(j, "/models/1/pricing/0/tiers/0/prices/turbo") = "0.03"; },
         "/models/1/pricing/0/tiers/0/prices/turbo"},
        {"an unknown pricing structure", "fal.json",
         [](json& j) { at(j, "/models/0/pricing/0/structure") = "per_token"; }, "/models/0/pricing/0/structure"},
        {"an unknown key in a model", "stability.json",
         [](json& j) { at(j, "/models/0")["price"] = 0.08; }, "/models/0/price"},
        {"an unknown top-level key", "recraft.json",
         [](json& j) { j["modles"] = json::array(); }, "/modles"},
        {"an unknown key in a source", "aws.json",
         [](json& j) { at(j, "/models/0/pricing/0/source")["date"] = "2026-09-01"; }, "/models/0/pricing/0/source/date"},
        {"a size tier with two size keys", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0/tiers/0")["max_size"] = "2048x2048"; }, "/models/1/pricing/0/tiers/0"},
        {"a size tier with no size key", "aws.json",
         [](json& j) { at(j, "/models/0/pricing/0/tiers/1").erase("max_size"); }, "/models/0/pricing/0/tiers/1"},
        {"a size written with a star", "openai.json",
         [](json& j) { at(j, "/models/0/pricing/0/tiers/2/size") = "1024*1024"; }, "/models/0/pricing/0/tiers/2/size"},
        {"a token tier carrying prices instead of output_tokens", "openai.json",
         [](json& j) {
             auto& tier = at(j, "/models/2/pricing/0/tiers/0");
             tier["prices"] = tier["output_tokens"];
             tier.erase("output_tokens");
         },
         "/models/2/pricing/0/tiers/0/prices"},
        {"an empty amount map", "recraft.json",
         [](json& j) { at(j, "/models/0/pricing/0/tiers/0/credits") = json::object(); }, "/models/0/pricing/0/tiers/0/credits"},
        {"a model id of another provider", "openai.json",
         [](json& j) { at(j, "/models/1/id") = "google/dall-e-3"; }, "/models/1/id"},
        {"a model id in upper case", "bfl.json",
         [](json& j) { at(j, "/models/0/id") = "bfl/FLUX-1.1-pro"; }, "/models/0/id"},
        {"a model id used twice in one file", "replicate.json",
         [](json& j) { j["models"].push_back(at(j, "/models/0")); }, "/models/16/id"},
        {"a price for a quality the model does not list", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0/tiers/0/prices")["ultra"] = 0.2; },
         "/models/1/pricing/0/tiers/0/prices/ultra"},
        {"a default quality the model does not list", "aws.json",
         [](json& j) { at(j, "/models/0/default_quality") = "ultra"; }, "/models/0/default_quality"},
        {"an empty qualities list", "openai.json",
         [](json& j) { at(j, "/models/1/qualities") = json::array(); }, "/models/1/qualities"},
        {"an upscaler id that names no service", "stability.json",
         [](json& j) { at(j, "/models/0/upscaler") = "stability/turbo-upscale"; }, "/models/0/upscaler"},
        {"an upscaler id that names a moderation service", "google.json",
         [](json& j) { at(j, "/models/0/upscaler") = "google/cloud-vision-safesearch"; }, "/models/0/upscaler"},
        {"a confidence grade D", "bfl.json",
         [](json& j) { at(j, "/models/12/pricing/0/source/confidence") = "D"; }, "/models/12/pricing/0/source/confidence"},
        {"a confidence grade in lower case", "together.json",
         [](json& j) { at(j, "/models/0/pricing/0/source/confidence") = "b"; }, "/models/0/pricing/0/source/confidence"},
        {"a source URL that is not http(s)", "fal.json",
         [](json& j) { at(j, "/models/1/pricing/0/source/url") = "ftp://fal.ai/pricing"; }, "/models/1/pricing/0/source/url"},
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
         [](json& j) { at(j, "/models/14/pricing/0/rounding") = "nearest"; }, "/models/14/pricing/0/rounding"},
        {"a megapixel of 1000 pixels", "fal.json",
         [](json& j) { at(j, "/models/0/pricing/0/pixels_per_megapixel") = 1000; }, "/models/0/pricing/0/pixels_per_megapixel"},
        {"steps scaling without the model's default steps", "runware.json",
         [](json& j) { at(j, "/models/0").erase("default_steps"); }, "/models/0/pricing/0/steps_scaling"},
        {"a credit price of zero", "stability.json",
         [](json& j) { at(j, "/models/1/pricing/0/price_per_credit") = 0; }, "/models/1/pricing/0/price_per_credit"},
        {"a compute-time price without hardware", "replicate.json",
         [](json& j) { at(j, "/models/12/pricing/0").erase("hardware"); }, "/models/12/pricing/0/hardware"},
        {"a compute-time reference of zero seconds", "replicate.json",
         [](json& j) { at(j, "/models/12/pricing/0/reference/seconds") = 0; }, "/models/12/pricing/0/reference/seconds"},
        {"a v1 model status", "openai.json",
         [](json& j) { at(j, "/models/3")["status"] = "deprecated"; }, "/models/3/status"},
        {"format_version 1", "ideogram.json", [](json& j) { j["format_version"] = 1; }, "/format_version"},
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
    CHECK(f.at("replicate.json")["models"].size() == 16);
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
        {"a checked date with a three-digit year (schema: YYYY-MM-DD)", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0/source/checked") = "202--01-05"; }, "/models/1/pricing/0/source/checked"},
        {"a one-digit size (schema: 2 to 5 digits per side)", "openai.json",
         [](json& j) { at(j, "/models/0/pricing/0/tiers/0/size") = "8x8"; }, "/models/0/pricing/0/tiers/0/size"},
        {"a $schema that is not a string", "openai.json", [](json& j) { j["$schema"] = 5; }, "/$schema"},
    };
    for (const auto& m : gaps) {
        DYNAMIC_SECTION(m.description) { check_rejected(m); }
    }
}

// Catalog format v2 (price periods, lifecycle dates): rules a JSON Schema
// cannot state, each rejecting its file with the pointer of the broken value.
TEST_CASE("Format v2: price periods and lifecycle dates out of order are rejected with their file and pointer") {
    auto earlier_period = [](const std::string& from) {
        return [from](json& j) {
            json period = at(j, "/models/1/pricing/0");
            period["effective_from"] = from;
            at(j, "/models/1/pricing").push_back(period);
        };
    };
    const std::vector<Mutation> v2 = {
        {"a second price period older than the first", "openai.json", earlier_period("2020-01-01"),
         "/models/1/pricing/1/effective_from", "must be later than the previous period's (2023-11-06)"},
        {"two price periods from the same day", "openai.json", earlier_period("2023-11-06"),
         "/models/1/pricing/1/effective_from", "duplicate effective_from 2023-11-06"},
        {"a price period without effective_from", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0").erase("effective_from"); }, "/models/1/pricing/0/effective_from",
         "missing required key 'effective_from'"},
        {"an effective_from on 30 February", "openai.json",
         [](json& j) { at(j, "/models/1/pricing/0/effective_from") = "2026-02-30"; }, "/models/1/pricing/0/effective_from",
         "naming a real day"},
        {"pricing as a single v1 block", "openai.json",
         [](json& j) { at(j, "/models/1/pricing") = at(j, "/models/1/pricing/0"); }, "/models/1/pricing",
         "must be a non-empty array of price periods"},
        {"a shutdown before the release", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle")["released"] = "2026-11-01"; }, "/models/2/lifecycle/shutdown",
         "shutdown 2026-10-23 must be after released 2026-11-01"},
        {"a shutdown on the day of the release", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle")["released"] = "2026-10-23"; }, "/models/2/lifecycle/shutdown",
         "must be after released"},
        {"a deprecation after the shutdown", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle")["deprecated"] = "2026-10-24"; }, "/models/2/lifecycle/deprecated",
         "deprecated 2026-10-24 must not be after shutdown 2026-10-23"},
        {"a deprecation before the release", "openai.json",
         [](json& j) { at(j, "/models/5/lifecycle")["deprecated"] = "2026-01-01"; }, "/models/5/lifecycle/deprecated",
         "must not be before released 2026-04-21"},
        {"a release on 29 February of a common year", "openai.json",
         [](json& j) { at(j, "/models/5/lifecycle/released") = "2026-02-29"; }, "/models/5/lifecycle/released",
         "naming a real day"},
        {"a model that is its own successor", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle/successor") = "openai/gpt-image-1"; }, "/models/2/lifecycle/successor",
         "another id"},
        {"a successor that is not an id", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle/successor") = "GPT Image 2"; }, "/models/2/lifecycle/successor",
         "must be a lower-case id"},
        {"an unknown key in a lifecycle", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle")["retired"] = "2026-10-23"; }, "/models/2/lifecycle/retired",
         "unknown key 'retired'"},
        {"a lifecycle source without its checked date", "openai.json",
         [](json& j) { at(j, "/models/2/lifecycle/source").erase("checked"); }, "/models/2/lifecycle/source/checked",
         "missing required key 'checked'"},
        {"a v1 source date (as_of)", "openai.json",
         [](json& j) {
             auto& source = at(j, "/models/1/pricing/0/source");
             source["as_of"] = source["checked"];
             source.erase("checked");
         },
         "/models/1/pricing/0/source/as_of", "unknown key 'as_of'"},
        {"an edit price with effective_from (edits are single blocks)", "openai.json",
         [](json& j) {
             at(j, "/models/1")["edit"] = at(j, "/models/1/pricing/0");
         },
         "/models/1/edit/effective_from", "unknown key 'effective_from'"},
        {"a service lifecycle with a shutdown before its release", "cloudflare.json",
         [](json& j) { at(j, "/services/0")["lifecycle"] = json{{"released", "2026-05-01"}, {"shutdown", "2026-04-01"}}; },
         "/services/0/lifecycle/shutdown", "must be after released"},
    };
    for (const auto& m : v2) {
        DYNAMIC_SECTION(m.description) { check_rejected(m); }
    }
}

TEST_CASE("The v2 mutation table points at the shipped files' lifecycles") {
    const auto& f = provider_files();
    CHECK(f.at("openai.json")["models"][2]["lifecycle"]["shutdown"] == "2026-10-23");
    CHECK(f.at("openai.json")["models"][2]["lifecycle"].contains("source"));
    CHECK(f.at("openai.json")["models"][5]["id"] == "openai/gpt-image-2");
    CHECK(f.at("openai.json")["models"][5]["lifecycle"]["released"] == "2026-04-21");
    CHECK(f.at("openai.json")["models"][1]["pricing"][0]["effective_from"] == "2023-11-06");
    CHECK_FALSE(f.at("openai.json")["models"][1].contains("edit"));
}

namespace {

// Loads the whole catalog as a bundle with `replace` standing in for some files.
imgcost::LoadResult load_bundle(const std::map<std::string, json>& replace) {
    return imgcost::load_catalog_text(imgcost::testing::bundle_text(replace), "catalog.json");
}

void only_error(const imgcost::LoadResult& r, const std::string& file, const std::string& path, const std::string& reason) {
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].file == file);
    CHECK(r.errors[0].path == path);
    CHECK_THAT(r.errors[0].reason, Catch::Contains(reason));
}

}  // namespace

TEST_CASE("The shipped catalog loads whole, with its default models") {
    auto r = load_bundle({});
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    CHECK(r.errors.empty());
    CHECK(r.catalog.providers.size() == provider_files().size());
    CHECK(r.catalog.default_models == imgcost::testing::defaults_file()["default_models"].get<std::vector<std::string>>());
    for (const auto& id : r.catalog.default_models) CHECK(r.catalog.find_model(id));
    auto from_folder = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    CHECK(from_folder.errors.empty());
    CHECK(from_folder.catalog.default_models == r.catalog.default_models);
    CHECK(from_folder.catalog.models.size() == r.catalog.models.size());
}

TEST_CASE("A successor that names no model of the whole catalog rejects its file, after every file is loaded") {
    json openai = provider_files().at("openai.json");
    at(openai, "/models/2/lifecycle/successor") = "openai/gpt-image-9";
    auto r = load_bundle({{"openai.json", openai}});
    for (const auto& e : r.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].file == "openai.json");
    CHECK(r.errors[0].path == "/models/2/lifecycle/successor");
    CHECK_THAT(r.errors[0].reason, Catch::Contains("successor 'openai/gpt-image-9' is not a model of the catalog"));
    CHECK(r.errors[1].file == "defaults.json");
    CHECK(r.errors[1].path == "/default_models/1");
    CHECK(r.catalog.find_model("openai/gpt-image-1") == nullptr);
    CHECK(r.catalog.find_model("openai/gpt-image-2") == nullptr);
    CHECK(r.catalog.providers.size() == provider_files().size() - 1);
    CHECK(r.catalog.find_model("google/imagen-4-fast"));
    // defaults.json names openai/gpt-image-2, which went with its file.
    CHECK(r.catalog.default_models.empty());
}

TEST_CASE("A successor in another file counts, whatever the order of the files") {
    json aws = provider_files().at("aws.json");  // loaded before zz.json
    at(aws, "/models/0/lifecycle/successor") = "zz/new";
    json zz = json::parse(R"({"format_version": 2, "provider": {"id": "zz", "name": "ZZ", "url": "https://zz.example/"},
        "models": [{"id": "zz/new", "name": "New", "pricing": [{"effective_from": "2026-01-01", "structure": "per_image",
        "source": {"url": "https://zz.example/p", "checked": "2026-01-01", "confidence": "A"},
        "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.01}}]}]}]})");
    auto r = load_bundle({{"aws.json", aws}, {"zz.json", zz}});
    CHECK(r.errors.empty());
    REQUIRE(r.catalog.find_model("aws/nova-canvas"));
    CHECK(r.catalog.find_model("aws/nova-canvas")->lifecycle.successor == "zz/new");

    // zz.json rejected for its own fault takes aws.json with it (aws names its model).
    at(zz, "/format_version") = 1;
    auto broken = load_bundle({{"aws.json", aws}, {"zz.json", zz}});
    REQUIRE(broken.errors.size() == 2);
    CHECK(broken.errors[0].file == "zz.json");
    CHECK(broken.errors[1].file == "aws.json");
    CHECK(broken.errors[1].path == "/models/0/lifecycle/successor");
    CHECK(broken.catalog.find_model("aws/nova-canvas") == nullptr);
    CHECK(broken.catalog.find_model("openai/gpt-image-2"));
}

TEST_CASE("defaults.json: an id that names no model rejects the file, and every provider still loads") {
    json defaults = imgcost::testing::defaults_file();
    defaults["default_models"][1] = "google/gemini-9";
    auto r = load_bundle({{"defaults.json", defaults}});
    only_error(r, "defaults.json", "/default_models/1", "'google/gemini-9' is not a model of the catalog");
    CHECK(r.catalog.default_models.empty());
    CHECK(r.catalog.providers.size() == provider_files().size());
}

TEST_CASE("defaults.json: its own shape is checked like a provider file's") {
    struct Case {
        const char* what;
        std::function<void(json&)> mutate;
        const char* path;
        const char* reason;
    };
    const std::vector<Case> cases = {
        {"format_version 1", [](json& j) { j["format_version"] = 1; }, "/format_version", "must be 2"},
        {"no default_models", [](json& j) { j.erase("default_models"); }, "/default_models", "missing required key"},
        {"an empty list", [](json& j) { j["default_models"] = json::array(); }, "/default_models", "non-empty array"},
        {"an id twice", [](json& j) { j["default_models"].push_back(j["default_models"][0]); }, "/default_models/6",
         "duplicate id"},
        {"an id in capitals", [](json& j) { j["default_models"][0] = "OpenAI/gpt-image-2"; }, "/default_models/0",
         "lower-case id"},
        {"an unknown key", [](json& j) { j["default"] = "openai/gpt-image-2"; }, "/default", "unknown key 'default'"},
    };
    REQUIRE(imgcost::testing::defaults_file()["default_models"].size() == 6);
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.what) {
            json defaults = imgcost::testing::defaults_file();
            c.mutate(defaults);
            auto r = load_bundle({{"defaults.json", defaults}});
            only_error(r, "defaults.json", c.path, c.reason);
            CHECK(r.catalog.default_models.empty());
            CHECK(r.catalog.providers.size() == provider_files().size());
        }
    }
}
