// A link pinned to a date (its as_of) priced again at today's prices: the
// page's "At today's prices (2026-11-30): $1,234.00 a month (−17%)"
// (docs/cost-model.md#prices-as-of-a-date).
#pragma once

#include <string>

#include "imgcost/catalog.hpp"
#include "imgcost/scenario.hpp"
#include "imgcost/value.hpp"

namespace imgcost {

struct AtToday {
    std::string as_of;                   // today
    double monthly_total = 0;
    double cost_per_delivered_image = 0;
    // (today's monthly total − the pinned one) / the pinned one; 0 when the
    // pinned one is 0 (no change can be stated as a share of nothing).
    double change = 0;
    std::string status;                  // the model's status today
    std::string error;                   // set when today's prices cannot price the scenario
};

// `pinned_monthly_total` is the pinned scenario's own monthly total, in the
// scenario's currency, as evaluate() gave it.
AtToday at_today(Scenario pinned, double pinned_monthly_total, const Catalog& c, const std::string& today);

// {as_of, monthly_total, cost_per_delivered_image, change, status}, or {as_of, error}.
Value to_value(const AtToday& t);

}  // namespace imgcost
