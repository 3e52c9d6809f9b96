// The five pricing structures (docs/pricing-structures.md): what one generation of a given size,
// quality and step count costs under a pricing block, and which rule billed it.
#pragma once

#include <string>
#include <vector>

#include "imgcost/catalog.hpp"

namespace imgcost {

struct ImageRequest {
    int width = 1024, height = 1024;
    std::string quality;      // already resolved to a tier name (or empty)
    int steps = 0;            // 0: the pricing's reference
    double prompt_tokens = 0;
};

struct Quote {
    double price = 0;
    std::string billed_as;    // e.g. "1792x1024, hd" or "2 MP × $0.025 (rounded up)"
    bool estimate = false;    // compute_time prices are estimates
    // The pricing's source, or its tier's: in the catalog, not copied (a
    // comparison quotes every model on each change). Null only for a quote
    // made by hand (a custom price).
    const Source* source = nullptr;
    std::vector<std::string> warnings;
};

// Throws InputError (key "width"/"height" or "quality") when the pricing cannot
// deliver the request, naming the largest supported size or the known tiers.
Quote quote(const Pricing& pricing, const ImageRequest& request);

// Whether the step count changes the price (compute time, or megapixels scaled by steps).
bool uses_steps(const Pricing& pricing);

// The largest size a pricing block can deliver, as "WxH" or "N px"; empty if unbounded.
std::string largest_size(const Pricing& pricing);

// Cost of `quantity` units in one month under graduated rates.
double graduated_cost(const std::vector<Rate>& rates, double quantity);

}  // namespace imgcost
