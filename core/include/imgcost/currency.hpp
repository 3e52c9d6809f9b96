// Every figure in the reader's currency (docs/cost-model.md#currency): the
// catalog is in US dollars; the core converts at the catalog's dated
// reference rate (or the reader's own `fx_rate`). Custom prices are typed in
// the chosen currency, so they are converted to dollars before pricing.
#pragma once

#include <string>

#include "imgcost/catalog.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

struct Conversion {
    std::string currency = "USD";
    double rate = 1;          // units of currency per USD
    std::string date;         // the reference rate's date; empty for the reader's own rate or USD
    std::string source_url;
};

// Throws InputError (currency.unknown) for a currency the catalog has no rate for.
Conversion conversion_for(const Scenario& s, const Catalog& c);
// The scenario with its custom prices in US dollars. evaluate() calls it only
// when the rate is not 1: a scenario already in dollars is not copied.
Scenario overrides_in_usd(Scenario s, const Conversion& conversion);
// Every money figure of the estimate in the conversion's currency.
void convert(Estimate& e, const Conversion& conversion);

}  // namespace imgcost
