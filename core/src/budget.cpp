#include "imgcost/budget.hpp"

#include <algorithm>
#include <cmath>

#include "imgcost/alternatives.hpp"

namespace imgcost {

namespace {

constexpr double kMaxImages = 1e12;  // images_per_month's upper bound

struct Spend {
    const Scenario& s;
    const Catalog& c;
    double operator()(double images) const {
        Scenario at = s;
        at.images_per_month = images;
        return monthly_total(at, c);
    }
};

// Regula falsi with the Illinois fix on a nondecreasing, piecewise-linear
// total through 0: once both ends lie on one linear piece, the next step is the
// exact root.
double solve(const Spend& spend, double budget, double hi, double spend_hi) {
    double lo = 0, f_lo = spend(0) - budget, f_hi = spend_hi - budget;
    int side = 0;
    for (int i = 0; i < 200 && f_lo < 0; ++i) {
        double x = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
        double f_x = spend(x) - budget;
        if (std::abs(f_x) <= 1e-12 * std::max(1.0, budget) || hi - lo <= 1e-12 * hi) return x;
        if (f_x > 0) {
            hi = x, f_hi = f_x;
            if (side == -1) f_lo /= 2;
            side = -1;
        } else {
            lo = x, f_lo = f_x;
            if (side == 1) f_hi /= 2;
            side = 1;
        }
    }
    return lo;
}

}  // namespace

std::optional<double> images_for_budget(const Scenario& s, const Catalog& c, double budget) {
    Spend spend{s, c};
    double hi = std::max(1.0, s.images_per_month), spend_hi = spend(hi);
    while (spend_hi < budget && hi < kMaxImages) {
        hi = std::min(kMaxImages, hi * 2);
        spend_hi = spend(hi);
    }
    // Exactly on budget at a doubling step ($0.025 × 4000 = $100): look one step
    // beyond, so only a total that never rises past the budget means unlimited.
    if (spend_hi == budget && hi < kMaxImages) {
        hi = std::min(kMaxImages, hi * 2);
        spend_hi = spend(hi);
    }
    if (spend_hi <= budget) return std::nullopt;  // nothing the scenario accepts exhausts it
    return solve(spend, budget, hi, spend_hi);
}

std::vector<Affordable> affordable_by_model(const Scenario& s, const Catalog& c, double monthly_budget) {
    std::vector<Affordable> out;
    for (const auto& p : priced_models(s, c)) {
        Affordable a;
        a.model = p.model, a.model_name = p.model_name, a.chosen = p.chosen;
        a.cost_per_delivered_image = p.estimate.cost_per_delivered_image;
        auto images = images_for_budget(p.scenario, c, monthly_budget);
        a.unlimited = !images;
        a.images_per_month = images.value_or(0);
        Scenario at = p.scenario;
        at.images_per_month = images.value_or(kMaxImages);
        a.monthly_total = monthly_total(at, c);
        out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const Affordable& a, const Affordable& b) {
        if (a.unlimited != b.unlimited) return a.unlimited;
        return a.images_per_month > b.images_per_month;
    });
    return out;
}

Runway runway(const Scenario& s, const Catalog& c, double total_budget) {
    Runway r;
    r.total_budget = total_budget;
    Scenario longest = s;
    longest.months = r.horizon;
    double before = 0;
    for (const auto& m : evaluate(longest, c).projection) {
        if (m.cumulative > total_budget) {
            r.months = (m.month - 1) + (total_budget - before) / m.cost.total;
            return r;
        }
        before = m.cumulative;
    }
    r.beyond_horizon = true;
    r.spent_in_horizon = before;
    return r;
}

BudgetReport budget_report(const Scenario& s, const Catalog& c, std::optional<double> monthly_budget,
                           std::optional<double> total_budget) {
    BudgetReport b;
    b.monthly_budget = monthly_budget;
    if (monthly_budget) b.models = affordable_by_model(s, c, *monthly_budget);
    if (total_budget) b.runway = runway(s, c, *total_budget);
    return b;
}

}  // namespace imgcost
