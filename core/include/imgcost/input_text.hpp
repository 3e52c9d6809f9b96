// Inputs as people type them (docs/interfaces.md#typed-input): a value given
// as text is read by its key's unit, so the page, the CLI and links agree.
// Shares are typed as percentages ("30%", or "30" in a % field); counts and
// money take thousands separators ("20,000", "20 000") and "k"/"M" suffixes
// ("20k"); money may carry a currency sign or code ("$0.05", "€0.05", "0.05 EUR").
#pragma once

#include <optional>
#include <string_view>

#include "imgcost/key_registry.hpp"

namespace imgcost {

// The number a text stands for in k's unit (a share as a fraction), or empty
// when it is not a number at all.
std::optional<double> read_typed_number(const KeySpec& k, std::string_view text);

}  // namespace imgcost
