#include "imgcost/pricing.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

long long pixels(int w, int h) { return static_cast<long long>(w) * h; }

bool tier_fits(const SizeTier& t, int w, int h) {
    switch (t.kind) {
        case SizeTier::Kind::exact:
        case SizeTier::Kind::max_size: return w <= t.width && h <= t.height;
        case SizeTier::Kind::max_pixels: return pixels(w, h) <= t.max_pixels;
    }
    return false;
}

long long tier_pixels(const SizeTier& t) {
    return t.kind == SizeTier::Kind::max_pixels ? t.max_pixels : pixels(t.width, t.height);
}

std::string tier_text(const SizeTier& t) {
    switch (t.kind) {
        case SizeTier::Kind::exact: return size_text(t.width, t.height);
        case SizeTier::Kind::max_size: return "up to " + size_text(t.width, t.height);
        case SizeTier::Kind::max_pixels:
            return "up to " + number_text(t.max_pixels / 1e6) + " MP";
    }
    return "";
}

// The amount for a quality: its own entry, else "any"; an unnamed request takes
// "any" or the only entry there is.
const double* amount_for(const SizeTier& t, const std::string& quality, std::string& key) {
    auto it = quality.empty() ? t.amounts.end() : t.amounts.find(quality);
    if (it == t.amounts.end()) it = t.amounts.find("any");
    if (it == t.amounts.end() && quality.empty() && t.amounts.size() == 1) it = t.amounts.begin();
    if (it == t.amounts.end()) return nullptr;
    key = it->first;
    return &it->second;
}

[[noreturn]] void throw_too_large(const Pricing& p, int w, int h) {
    std::string msg = "this model cannot deliver " + size_text(w, h) + "; the largest supported size is " +
                      largest_size(p);
    // Name the side that is larger, so the page can show the message beside it.
    const char* key = h > w ? "height" : "width";
    throw InputError(key, code::size_unsupported, find_key(key)->name() + ": " + msg);
}

double tier_price(const Pricing& p, double amount, const ImageRequest& r) {
    switch (p.structure) {
        case Structure::credits: return amount * p.price_per_credit;
        case Structure::tokens:
            return amount * p.output_price_per_million / 1e6 +
                   r.prompt_tokens * p.input_text_price_per_million / 1e6;
        default: return amount;
    }
}

std::string tier_rule_text(const Pricing& p, double amount, const ImageRequest& r) {
    switch (p.structure) {
        case Structure::credits:
            return number_text(amount) + " credits × " + dollars_text(p.price_per_credit);
        case Structure::tokens:
            return number_text(amount) + " output tokens × " + dollars_text(p.output_price_per_million) +
                   "/1M + " + number_text(r.prompt_tokens) + " prompt tokens × " +
                   dollars_text(p.input_text_price_per_million) + "/1M";
        default: return "";
    }
}

Quote quote_tiers(const Pricing& p, const ImageRequest& r) {
    const SizeTier* best = nullptr;
    double best_price = 0, best_amount = 0;
    std::string best_key;
    bool size_fits_somewhere = false;
    std::set<std::string> offered;  // the qualities of the tiers that fit, for the message
    for (const auto& t : p.tiers) {
        if (!tier_fits(t, r.width, r.height)) continue;
        size_fits_somewhere = true;
        for (const auto& amount : t.amounts) offered.insert(amount.first);
        std::string key;
        const double* amount = amount_for(t, r.quality, key);
        if (!amount) continue;
        double price = tier_price(p, *amount, r);
        // A size the model returns as asked is billed at that size's price,
        // even where a larger size costs less (docs/pricing-structures.md#tiers):
        // that is what the vendor charges for the request.
        bool exact = t.kind == SizeTier::Kind::exact && t.width == r.width && t.height == r.height;
        bool best_exact = best && best->kind == SizeTier::Kind::exact && best->width == r.width &&
                          best->height == r.height;
        if (!best || (exact && !best_exact) || (exact == best_exact && price < best_price)) {
            best = &t, best_price = price, best_amount = *amount, best_key = key;
        }
    }
    if (!size_fits_somewhere) throw_too_large(p, r.width, r.height);
    if (!best) {
        std::string list;
        for (const auto& q : offered) list += (list.empty() ? "" : ", ") + q;
        throw InputError("quality", code::quality_not_at_size,
                         find_key("quality")->name() + ": '" + r.quality + "' is not offered at " +
                             size_text(r.width, r.height) + " by this model (offered: " + list + ")");
    }
    Quote q;
    q.price = best_price;
    q.source = best->source ? &*best->source : &p.source;
    q.billed_as = tier_text(*best);
    if (best_key != "any") q.billed_as += ", " + best_key;
    std::string rule = tier_rule_text(p, best_amount, r);
    if (!rule.empty()) q.billed_as += " (" + rule + ")";
    if (best->kind == SizeTier::Kind::exact && (best->width != r.width || best->height != r.height))
        q.warnings.push_back("billed as " + size_text(best->width, best->height) +
                             ", the nearest size the model returns; crop or resize it to " +
                             size_text(r.width, r.height));
    return q;
}

void check_limit(const Pricing& p, int w, int h) {
    bool too_large = (p.max_width && (w > p.max_width || h > p.max_height)) ||
                     (p.max_pixels && pixels(w, h) > p.max_pixels);
    if (too_large) throw_too_large(p, w, h);
}

double step_factor(int steps, int reference) {
    return (steps > 0 && reference > 0) ? static_cast<double>(steps) / reference : 1.0;
}

Quote quote_megapixels(const Pricing& p, const ImageRequest& r) {
    check_limit(p, r.width, r.height);
    double exact_mp = static_cast<double>(pixels(r.width, r.height)) / p.pixels_per_megapixel;
    // A tiny tolerance keeps an exact 1.000000 MP from rounding up to 2.
    double mp = p.round_up ? std::ceil(exact_mp - 1e-9) : exact_mp;
    mp = std::max(mp, p.minimum_megapixels);
    double price = p.first_megapixel_price
                       ? *p.first_megapixel_price * std::min(mp, 1.0) +
                             p.price_per_megapixel * std::max(mp - 1.0, 0.0)
                       : p.price_per_megapixel * mp;
    Quote q;
    q.source = &p.source;
    q.billed_as = number_text(mp) + " MP";
    if (p.round_up && mp != exact_mp) q.billed_as += " (" + number_text(exact_mp) + " rounded up)";
    q.billed_as += p.first_megapixel_price
                       ? ": first MP " + dollars_text(*p.first_megapixel_price) + ", then " +
                             dollars_text(p.price_per_megapixel) + "/MP"
                       : " × " + dollars_text(p.price_per_megapixel) + "/MP";
    if (p.steps_scaling && r.steps > 0 && r.steps != p.ref_steps) {
        price *= step_factor(r.steps, p.ref_steps);
        q.billed_as += " × " + std::to_string(r.steps) + "/" + std::to_string(p.ref_steps) + " steps";
    }
    q.price = price;
    return q;
}

Quote quote_compute(const Pricing& p, const ImageRequest& r) {
    check_limit(p, r.width, r.height);
    double seconds = p.ref_seconds *
                     static_cast<double>(pixels(r.width, r.height)) / pixels(p.ref_width, p.ref_height) *
                     step_factor(r.steps, p.ref_steps);
    Quote q;
    q.price = seconds * p.price_per_second;
    q.source = &p.source;
    q.estimate = true;
    q.billed_as = "≈" + number_text(seconds) + " s on " + p.hardware + " × " +
                  dollars_text(p.price_per_second) + "/s (estimate)";
    q.warnings.push_back("compute-time price is an estimate: " + number_text(p.ref_seconds) + " s at " +
                         size_text(p.ref_width, p.ref_height) + ", " + std::to_string(p.ref_steps) +
                         " steps, scaled by pixels and steps");
    return q;
}

}  // namespace

Quote quote(const Pricing& p, const ImageRequest& r) {
    switch (p.structure) {
        case Structure::per_megapixel: return quote_megapixels(p, r);
        case Structure::compute_time: return quote_compute(p, r);
        default: return quote_tiers(p, r);
    }
}

bool uses_steps(const Pricing& p) {
    return p.structure == Structure::compute_time || (p.structure == Structure::per_megapixel && p.steps_scaling);
}

std::string largest_size(const Pricing& p) {
    if (!p.tiers.empty()) {
        const SizeTier* largest = &p.tiers.front();
        for (const auto& t : p.tiers)
            if (tier_pixels(t) > tier_pixels(*largest)) largest = &t;
        return largest->kind == SizeTier::Kind::max_pixels
                   ? number_text(largest->max_pixels / 1e6) + " MP (" + std::to_string(largest->max_pixels) +
                         " pixels)"
                   : size_text(largest->width, largest->height);
    }
    if (p.max_width) return size_text(p.max_width, p.max_height);
    if (p.max_pixels) return number_text(p.max_pixels / 1e6) + " MP (" + std::to_string(p.max_pixels) + " pixels)";
    return "";
}

double graduated_cost(const std::vector<Rate>& rates, double quantity) {
    double cost = 0, below = 0;
    for (const auto& r : rates) {
        double upper = r.up_to ? *r.up_to : std::numeric_limits<double>::infinity();
        double units = std::min(quantity, upper) - below;
        if (units > 0) cost += units * r.price;
        if (quantity <= upper) break;
        below = upper;
    }
    return cost;
}

}  // namespace imgcost
