// docs/cost-model.md#comparison: a comparison kept between changes (the
// page's) gives exactly compare()'s rows after any change, and after a change
// of volume alone prices only the rows' figures again. Checked on the real
// catalog as of a fixed day, key by key from the key registry.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/comparison.hpp"
#include "imgcost/json_value.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/result_value.hpp"
#include "imgcost/scenario.hpp"

namespace {

const imgcost::Catalog& catalog() {
    static const imgcost::LoadResult loaded = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    return loaded.catalog;
}

using Keys = std::map<std::string, imgcost::Value>;

// A scenario with moderation, upscales, storage, delivery and growth, so that
// every part of a row's figures is priced.
Keys base() {
    return {{"model", "openai/gpt-image-2"},   {"as_of", "2026-12-01"},
            {"images_per_month", 20000},        {"acceptance_rate", 0.5},
            {"edits_per_image", 0.5},           {"upscale_share", 0.1},
            {"moderation", "openai/omni-moderation-latest"},
            {"storage", "aws/s3-standard"},     {"cdn", "aws/cloudfront-us"},
            {"views_per_image", 40},            {"months", 24},
            {"monthly_growth", 0.05}};
}

// Another valid value for each scenario key of the registry.
const Keys& other_values() {
    static const Keys values = {
        {"model", "google/gemini-3.1-flash-image"}, {"as_of", "2026-06-15"}, {"custom_name", "Ours"},
        {"width", 1536}, {"height", 1024}, {"quality", "high"}, {"steps", 30}, {"prompt_tokens", 500},
        {"min_rating", 1000}, {"images_per_month", 55555}, {"acceptance_rate", 0.8}, {"edits_per_image", 0},
        {"upscale_share", 0.5}, {"upscaler", "stability/fast-upscale"}, {"batch_share", 0.5}, {"moderation", ""},
        {"storage", ""}, {"image_mb", 3}, {"retention_months", 6}, {"cdn", ""}, {"views_per_image", 200},
        {"months", 6}, {"monthly_growth", -0.1}, {"currency", "EUR"}, {"fx_rate", 0.9},
        {"price_per_image", 0.02}, {"edit_price", 0.01}, {"upscale_price", 0.005}, {"batch_discount", 0.3},
        {"moderation_price", 0.0001}, {"storage_price_gb_month", 0.05}, {"cdn_price_gb", 0.02}};
    return values;
}

imgcost::Scenario scenario(const Keys& keys) {
    imgcost::Value v = imgcost::Value::object();
    for (const auto& [k, value] : keys) v.add(k, value);
    return imgcost::scenario_from_value(v);
}

std::string rows_text(const std::vector<imgcost::CompareRow>& rows) {
    return imgcost::to_json(imgcost::to_value(rows)).dump();
}

bool figure_only(const std::string& key) {
    const auto& keys = imgcost::figure_only_keys();
    return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
}

}  // namespace

TEST_CASE("A kept comparison gives compare()'s rows after a change of any one key, and back") {
    for (const auto& spec : imgcost::key_registry()) {
        if (spec.scope != imgcost::Scope::scenario) continue;
        const std::string key = spec.key;
        INFO("key " << key);
        auto other = other_values().find(key);
        REQUIRE(other != other_values().end());  // a new scenario key needs its other value above
        Keys changed = base();
        changed[key] = other->second;
        imgcost::Comparison kept;
        kept.update(scenario(base()), catalog());
        CHECK(rows_text(kept.update(scenario(changed), catalog())) == rows_text(imgcost::compare(scenario(changed), catalog())));
        // The page's keystrokes: a volume keeps the rows and prices only their figures.
        if (figure_only(key)) CHECK(kept.figures_only());
        CHECK(rows_text(kept.update(scenario(base()), catalog())) == rows_text(imgcost::compare(scenario(base()), catalog())));
    }
}

TEST_CASE("A kept comparison prices its rows again when anything but a volume changes") {
    imgcost::Comparison kept;
    kept.update(scenario(base()), catalog());
    for (const char* key : {"quality", "width", "as_of", "model", "upscale_share", "edits_per_image", "moderation"}) {
        INFO("key " << key);
        Keys changed = base();
        changed[key] = other_values().at(key);
        kept.update(scenario(changed), catalog());
        CHECK_FALSE(kept.figures_only());
        kept.update(scenario(base()), catalog());
    }
    imgcost::CompareOptions retired;
    retired.include_retired = true;
    kept.update(scenario(base()), catalog(), retired);
    CHECK_FALSE(kept.figures_only());
}

TEST_CASE("Volume after volume, the kept rows stay compare()'s, reordered as their costs change") {
    imgcost::Comparison kept;
    Keys keys = base();
    kept.update(scenario(keys), catalog());
    const double volumes[] = {1, 0, 1e6, 250, 3e9};
    const double growths[] = {0, 0.5, -0.2, 2, 0.01};
    for (int i = 0; i < 5; ++i) {
        keys["images_per_month"] = volumes[i];
        keys["monthly_growth"] = growths[i];
        keys["views_per_image"] = 10.0 * i;
        keys["acceptance_rate"] = 0.2 + 0.15 * i;
        INFO("step " << i);
        const auto& rows = kept.update(scenario(keys), catalog());
        CHECK(kept.figures_only());
        CHECK(rows_text(rows) == rows_text(imgcost::compare(scenario(keys), catalog())));
    }
}

TEST_CASE("A rating filter keeps each rated row whole, in its place") {
    Keys keys = base();
    const auto all = imgcost::compare(scenario(keys), catalog());
    keys["min_rating"] = 0;  // every rated row, however low
    const auto rated = imgcost::compare(scenario(keys), catalog());
    std::vector<std::string> expected, kept;
    for (const auto& r : all)
        if (r.quality) expected.push_back(r.model + " " + r.model_name + " " + r.estimate.billed_as);
    for (const auto& r : rated) kept.push_back(r.model + " " + r.model_name + " " + r.estimate.billed_as);
    REQUIRE_FALSE(expected.empty());
    CHECK(kept == expected);
}
