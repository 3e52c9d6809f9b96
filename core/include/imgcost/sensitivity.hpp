// Sensitivity: how the cost moves with the acceptance rate, where the order of
// the models changes, and which inputs move the monthly total most.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "imgcost/catalog.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

struct CurvePoint {
    double acceptance_rate = 0, cost_per_usable_image = 0, cost_per_delivered_image = 0;
};

// One model's cost per delivered image as c(a) = per_generation / a + per_image:
// per_generation = p_eff + m (paid for every try), per_image = edits and upscales
// (paid once per delivered image). Cost per usable image is per_generation / a
// alone, so those curves never cross; break-evens use the delivered cost.
struct Curve {
    std::string model, model_name;
    bool chosen = false;
    double per_generation = 0, per_image = 0;
    std::vector<CurvePoint> points;  // acceptance 0.1, 0.2 ... 1.0
};

struct BreakEven {
    double acceptance_rate = 0, cost_per_delivered_image = 0;
    std::string cheaper_below, cheaper_above;  // model ids
};

// One input moved ±20% (clamped to its range, integers rounded).
struct TornadoBar {
    std::string key;
    double value = 0, low_value = 0, high_value = 0;
    std::optional<double> total_at_low, total_at_high;  // empty: the scenario is invalid there
    std::string error;
    double swing = 0;                                    // spread of the totals, with the base
};

struct Sensitivity {
    double monthly_total = 0;
    std::vector<Curve> curves;           // the chosen model first, then the 3 cheapest others
    std::vector<BreakEven> break_evens;  // by acceptance rate
    std::vector<TornadoBar> tornado;     // largest swing first
};

Sensitivity sensitivity(const Scenario& s, const Catalog& c);

// The acceptance rates in [0.1, 1] where two curves cross, by analytic solution
// of k_i / a + f_i = k_j / a + f_j.
std::vector<BreakEven> break_evens(const std::vector<Curve>& curves);

// Each numeric input ±20%, sorted by swing. months and monthly_growth are left
// out: they change the projection, never the steady monthly total.
std::vector<TornadoBar> tornado(const Scenario& s, const Catalog& c);

}  // namespace imgcost
