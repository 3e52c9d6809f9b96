// Shared checks for the libFuzzer harnesses. A broken promise aborts, so
// libFuzzer saves the input as a crash (asserts may be compiled out; these not).
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/result_json.hpp"

namespace imgcost::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what.c_str());
    std::abort();
}

inline void check(bool ok, const std::string& what) {
    if (!ok) fail(what);
}

// docs/cost-model.md#errors: no figure may be NaN, Infinity or negative.
inline void check_cost(double v, const std::string& name) {
    if (!std::isfinite(v) || v < 0) fail(name + " is " + std::to_string(v));
}

inline void check_breakdown(const Breakdown& b, const std::string& where) {
    check_cost(b.accepted, where + ".accepted");
    check_cost(b.rejected, where + ".rejected");
    check_cost(b.moderation, where + ".moderation");
    check_cost(b.edits, where + ".edits");
    check_cost(b.upscales, where + ".upscales");
    check_cost(b.storage, where + ".storage");
    check_cost(b.delivery, where + ".delivery");
    check_cost(b.total, where + ".total");
}

inline void check_estimate(const Estimate& e) {
    check_cost(e.price_per_generation, "price_per_generation");
    check_cost(e.batch_discount, "batch_discount");
    check_cost(e.effective_price_per_generation, "effective_price_per_generation");
    check_cost(e.moderation_price, "moderation_price");
    check_cost(e.edit_price, "edit_price");
    check_cost(e.upscale_price, "upscale_price");
    check_cost(e.generations_per_month, "generations_per_month");
    check_cost(e.edit_calls_per_month, "edit_calls_per_month");
    check_cost(e.upscales_per_month, "upscales_per_month");
    check_cost(e.cost_per_usable_image, "cost_per_usable_image");
    check_cost(e.cost_per_delivered_image, "cost_per_delivered_image");
    check_cost(e.all_in_cost_per_image, "all_in_cost_per_image");
    check_cost(e.annual_total, "annual_total");
    check_breakdown(e.monthly, "monthly");
    for (const auto& m : e.projection) {
        std::string where = "projection[" + std::to_string(m.month) + "]";
        check_cost(m.images, where + ".images");
        check_cost(m.stored_images, where + ".stored_images");
        check_cost(m.cumulative, where + ".cumulative");
        check_breakdown(m.cost, where);
    }
    // What the page receives must serialize (dump throws on invalid UTF-8).
    (void)to_json(e).dump();
}

// An InputError is the promised answer to bad input: it must name a key and say why.
inline void check_input_error(const InputError& e) {
    check(!e.errors().empty(), "InputError without errors");
    for (const auto& f : e.errors()) {
        // An unknown key is reported under its own name, even the empty name "".
        check(!f.key.empty() || f.message.rfind("unknown key ''", 0) == 0, "InputError without a key: " + f.message);
        check(!f.message.empty(), "InputError without a message for " + f.key);
    }
    (void)to_json(e).dump();
}

// The shipped catalog, loaded once; the harnesses price against it.
inline const Catalog& shipped_catalog() {
    static const LoadResult loaded = [] {
        LoadResult r = load_catalog_path(IMGCOST_CATALOG_DIR);
        if (!r.errors.empty() || r.catalog.models.empty()) fail("the shipped catalog does not load");
        return r;
    }();
    return loaded.catalog;
}

inline void check_compare(const Scenario& s, const Catalog& c) {
    CompareOptions all{true, true};
    auto rows = compare(s, c, all);
    for (const auto& r : rows) {
        if (r.ok) {
            check_estimate(r.estimate);
            check_cost(r.times_cheapest, "times_cheapest");
        } else {
            check(!r.error.empty() && !r.error_key.empty(), "compare row " + r.model + " failed without a key");
        }
    }
    (void)to_json(rows).dump();
}

}  // namespace imgcost::fuzz
