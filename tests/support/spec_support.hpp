// Small helpers for the specification tests: a scenario on the hand-made
// "acme" catalog (test_catalog.hpp), and checks that input is rejected with an
// error naming the right key. Header-only: tests/CMakeLists.txt compiles only
// support/test_catalog.cpp besides the *_test.cpp files.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/scenario.hpp"
#include "support/test_catalog.hpp"

namespace imgcost::testing {

// A default scenario (docs/cost-model.md#inputs defaults) for one model of the test catalog.
inline Scenario scenario_for(const std::string& model, int width = 1024, int height = 1024,
                             const std::string& quality = "") {
    Scenario s;
    s.model = model;
    s.width = width;
    s.height = height;
    s.quality = quality;
    return s;
}

// A scenario with every key set away from its default, the custom name with
// markup, non-ASCII text and URL separators.
inline Scenario every_key_set() {
    Scenario s;
    s.model = "custom";
    s.custom_name = "<script>alert(1)</script> café 漢字 &=#%+ ?v=1";
    s.width = 1792, s.height = 1536, s.quality = "hd", s.steps = 40;
    s.images_per_month = 5000, s.acceptance_rate = 1.0 / 3, s.edits_per_image = 0.5;
    s.upscale_share = 0.1, s.upscaler = "acme/upscale", s.batch_share = 0.3;
    s.moderation = "acme/moderation", s.storage = "acme/storage", s.cdn = "acme/cdn";
    s.image_mb = 2.25, s.retention_months = 6, s.views_per_image = 3, s.prompt_tokens = 80;
    s.months = 24, s.monthly_growth = -0.05;
    s.price_per_image = 0.004, s.edit_price = 0.002, s.upscale_price = 0.001, s.batch_discount = 0.5;
    s.moderation_price = 0.0001, s.storage_price_gb_month = 0.023, s.cdn_price_gb = 0.085;
    return s;
}

// The scenario evaluated against the test catalog.
inline Estimate estimate(const Scenario& s) { return evaluate(s, test_catalog()); }

// The field errors of the InputError that `action` throws (a failed check and
// nothing when it throws none).
inline std::vector<FieldError> input_errors(const std::function<void()>& action) {
    try {
        action();
    } catch (const InputError& e) {
        return e.errors();
    }
    FAIL_CHECK("expected an InputError, none was thrown");
    return {};
}

// `action` is rejected with exactly one error, for `key`, whose message
// contains `message_part`.
// One error, for `key`, with the stable code `code`; a registry key's message
// names it by its label and its key, "Acceptance rate (acceptance_rate)".
inline void expect_input_error(const std::function<void()>& action, const std::string& key,
                               const std::string& code) {
    auto errors = input_errors(action);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].key == key);
    CHECK(errors[0].code == code);
    if (const KeySpec* k = find_key(key)) CHECK_THAT(errors[0].message, Catch::Contains(k->name()));
}

// Whether any warning contains `text`.
inline bool has_warning(const Estimate& e, const std::string& text) {
    return std::any_of(e.warnings.begin(), e.warnings.end(),
                       [&text](const std::string& w) { return w.find(text) != std::string::npos; });
}

}  // namespace imgcost::testing
