// docs/cost-model.md#inputs, the scenario: every input with its range and default, read from
// and written to its JSON keys. Each bad value is rejected with an error that
// names the key and the allowed range. (The table of 50 invalid scenarios is
// tests/bad_input_matrix_test.cpp; this file walks every key's range rule.)
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/scenario.hpp"
#include "support/spec_support.hpp"

using imgcost::KeySpec;
using imgcost::Scenario;
using imgcost::scenario_from_json;
using imgcost::scenario_to_json;
using imgcost::testing::every_key_set;
using imgcost::testing::expect_input_error;
using imgcost::testing::input_errors;
using nlohmann::json;

namespace {

// The allowed range of each numeric key as its error message words it (docs/cost-model.md#inputs).
const std::map<std::string, std::string>& range_words() {
    static const std::map<std::string, std::string> words = {
        {"width", "a whole number from 64 to 16,384"},
        {"height", "a whole number from 64 to 16,384"},
        {"steps", "a whole number from 1 to 500"},
        {"images_per_month", "a number from 0 to 1 trillion"},
        {"acceptance_rate", "more than 0% and at most 100%"},
        {"edits_per_image", "a number from 0 to 1,000"},
        {"upscale_share", "from 0% to 100%"},
        {"batch_share", "from 0% to 100%"},
        {"image_mb", "a number from 0 to 10,000"},
        {"retention_months", "a number from 0 to 600"},
        {"views_per_image", "a number from 0 to 1 billion"},
        {"prompt_tokens", "a number from 0 to 1 million"},
        {"months", "a whole number from 1 to 60"},
        {"monthly_growth", "from -100% to 1000%"},
        {"price_per_image", "a number from $0 to $1 million"},
        {"edit_price", "a number from $0 to $1 million"},
        {"upscale_price", "a number from $0 to $1 million"},
        {"batch_discount", "from 0% to 100%"},
        {"moderation_price", "a number from $0 to $1 million"},
        {"storage_price_gb_month", "a number from $0 to $1 million"},
        {"cdn_price_gb", "a number from $0 to $1 million"},
        {"min_rating", "a number from 0 to 3,000"},
        {"fx_rate", "more than 0 and at most 1 million"},
    };
    return words;
}

// {"model": "acme/tiered", key: value}; for key "model", {"model": value}.
json with(const std::string& key, const json& value) {
    json j = {{"model", "acme/tiered"}};
    j[key] = value;
    return j;
}

// {model, key: value} is rejected with one error for `key` that states the range.
void check_rejected(const KeySpec& r, const json& value) {
    INFO(r.key << " = " << value.dump());
    auto errors = input_errors([&r, &value] { scenario_from_json(with(r.key, value)); });
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].key == r.key);
    CHECK(errors[0].code == (value.is_number() ? imgcost::code::out_of_range : imgcost::code::wrong_type));
    CHECK_THAT(errors[0].message, Catch::StartsWith(r.name() + " must be " + range_words().at(r.key) + " (got "));
}

std::vector<KeySpec> numeric_scenario_keys() {
    std::vector<KeySpec> out;
    for (const auto& k : imgcost::key_registry())
        if (k.scope == imgcost::Scope::scenario && k.numeric()) out.push_back(k);
    return out;
}

std::vector<KeySpec> text_scenario_keys() {
    std::vector<KeySpec> out;
    for (const auto& k : imgcost::key_registry())
        if (k.scope == imgcost::Scope::scenario && !k.numeric()) out.push_back(k);
    return out;
}

}  // namespace

TEST_CASE("Every numeric key rejects a value below its minimum, above its maximum, a fraction where whole numbers "
          "are asked and a string, naming the key and the range") {
    REQUIRE(numeric_scenario_keys().size() == range_words().size());
    for (const KeySpec& r : numeric_scenario_keys()) {
        REQUIRE(range_words().count(r.key) == 1);
        check_rejected(r, r.min_exclusive ? r.min : r.min - 1);
        if (std::isfinite(r.max)) check_rejected(r, r.max + 1);
        if (r.integer) check_rejected(r, r.min + 0.5);
        check_rejected(r, "twelve");
        check_rejected(r, true);
    }
}

TEST_CASE("Every numeric key accepts its inclusive bounds") {
    for (const KeySpec& r : numeric_scenario_keys()) {
        INFO(r.key);
        if (!r.min_exclusive) CHECK(scenario_to_json(scenario_from_json(with(r.key, r.min)), true)[r.key] == r.min);
        CHECK(scenario_to_json(scenario_from_json(with(r.key, r.max)), true)[r.key] == r.max);
    }
}

TEST_CASE("A string given for a number is quoted in the message") {
    expect_input_error([] { scenario_from_json(with("width", "wide")); }, "width",
                       imgcost::code::wrong_type);
}

TEST_CASE("validate rejects NaN and infinity in a scenario built in code, naming the key") {
    Scenario s = imgcost::testing::scenario_for("acme/tiered");
    s.images_per_month = std::numeric_limits<double>::quiet_NaN();
    expect_input_error([&s] { imgcost::validate(s); }, "images_per_month",
                       imgcost::code::out_of_range);
    s.images_per_month = 1000;
    s.views_per_image = std::numeric_limits<double>::infinity();
    expect_input_error([&s] { imgcost::validate(s); }, "views_per_image",
                       imgcost::code::out_of_range);
    s.views_per_image = 0;
    s.cdn_price_gb = -std::numeric_limits<double>::infinity();
    expect_input_error([&s] { imgcost::validate(s); }, "cdn_price_gb", imgcost::code::out_of_range);
}

TEST_CASE("Every text key must be a string of limited length") {
    for (const KeySpec& k : text_scenario_keys()) {
        const char* key = k.key;
        INFO(key);
        auto errors = input_errors([key] { scenario_from_json(with(key, 5)); });
        REQUIRE_FALSE(errors.empty());
        CHECK(errors[0].key == key);
        CHECK(errors[0].code == imgcost::code::wrong_type);
        CHECK(errors[0].message == k.name() + " must be text (got 5)");
        errors = input_errors([key] { scenario_from_json(with(key, std::string(200, 'x'))); });
        REQUIRE_FALSE(errors.empty());
        CHECK(errors[0].key == key);
        CHECK(errors[0].code == imgcost::code::too_long);
        CHECK_THAT(errors[0].message, Catch::StartsWith(k.name() + " must be at most "));
    }
    expect_input_error([] { scenario_from_json(with("quality", std::string(41, 'q'))); }, "quality",
                       imgcost::code::too_long);
    CHECK(scenario_from_json(with("quality", std::string(40, 'q'))).quality.size() == 40);
}

TEST_CASE("The defaults are those of docs/cost-model.md#inputs") {
    Scenario s = scenario_from_json(json{{"model", "acme/tiered"}});
    CHECK(s.width == 1024);
    CHECK(s.height == 1024);
    CHECK(s.quality.empty());  // the model's default tier
    CHECK_FALSE(s.steps);      // the model's default steps
    CHECK(s.images_per_month == 1000);
    CHECK(s.acceptance_rate == 1);
    CHECK(s.edits_per_image == 0);
    CHECK(s.upscale_share == 0);
    CHECK(s.upscaler.empty());  // the model's own
    CHECK(s.batch_share == 0);
    CHECK(s.moderation.empty());
    CHECK(s.storage.empty());
    CHECK(s.cdn.empty());
    CHECK(s.image_mb == 1.5);
    CHECK(s.retention_months == 12);
    CHECK(s.views_per_image == 0);
    CHECK(s.prompt_tokens == 50);
    CHECK(s.months == 12);
    CHECK(s.monthly_growth == 0);
    CHECK_FALSE(s.price_per_image);
    CHECK_FALSE(s.edit_price);
    CHECK_FALSE(s.upscale_price);
    CHECK_FALSE(s.batch_discount);
    CHECK_FALSE(s.moderation_price);
    CHECK_FALSE(s.storage_price_gb_month);
    CHECK_FALSE(s.cdn_price_gb);
}

TEST_CASE("The model is required") {
    expect_input_error([] { scenario_from_json(json::object()); }, "model",
                       imgcost::code::required);
}

TEST_CASE("An unknown key is rejected naming it") {
    expect_input_error([] { scenario_from_json(with("colour", "red")); }, "colour",
                       imgcost::code::unknown_key);
}

TEST_CASE("A null value means the key's default") {
    Scenario s = scenario_from_json(with("width", nullptr));
    CHECK(s.width == 1024);
}

TEST_CASE("Every bad key of a scenario is reported at once") {
    auto errors = input_errors(
        [] { scenario_from_json(json{{"model", "acme/tiered"}, {"width", 10}, {"acceptance_rate", 0}, {"colour", 1}}); });
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].key == "acceptance_rate");
    CHECK(errors[1].key == "colour");
    CHECK(errors[2].key == "width");
}

TEST_CASE("A scenario that is not a JSON object is rejected") {
    expect_input_error([] { scenario_from_json(json::array({1, 2})); }, "scenario",
                       imgcost::code::not_an_object);
}

TEST_CASE("scenario_to_json writes the model and the keys that differ from the defaults") {
    auto s = imgcost::testing::scenario_for("acme/tiered", 1792);
    s.batch_discount = 0.25;
    CHECK(scenario_to_json(s) == json{{"model", "acme/tiered"}, {"width", 1792}, {"batch_discount", 0.25}});
    CHECK(scenario_to_json(s)["width"].is_number_integer());  // whole-number keys stay integers
}

TEST_CASE("scenario_to_json with all writes every key but unset overrides and steps") {
    json all = scenario_to_json(imgcost::testing::scenario_for("acme/tiered"), true);
    CHECK(all.size() == 22);  // 9 text keys (as_of empty: the caller's today; currency empty: USD) and 13 numbers
    CHECK(all["image_mb"] == 1.5);
    CHECK(all["retention_months"] == 12);
    CHECK_FALSE(all.contains("steps"));
    CHECK_FALSE(all.contains("price_per_image"));
}

TEST_CASE("scenario_to_json and scenario_from_json round-trip a scenario with every key set") {
    Scenario s = every_key_set();
    json j = scenario_to_json(s);
    CHECK(j.size() == 28);  // every key
    Scenario back = scenario_from_json(j);
    CHECK(scenario_to_json(back, true) == scenario_to_json(s, true));
    CHECK(back.custom_name == s.custom_name);
    CHECK(back.acceptance_rate == 1.0 / 3);
    REQUIRE(back.storage_price_gb_month);
    CHECK(*back.storage_price_gb_month == 0.023);
    // And through text, as the CLI reads it.
    Scenario from_text = scenario_from_json(json::parse(j.dump()));
    CHECK(scenario_to_json(from_text, true) == scenario_to_json(s, true));
}
