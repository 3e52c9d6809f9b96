#include "imgcost/sensitivity.hpp"

#include <algorithm>
#include <cmath>

#include "imgcost/alternatives.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/pricing.hpp"

namespace imgcost {

namespace {

constexpr double kLowestAcceptance = 0.1;
constexpr size_t kAlternatives = 3;

Curve curve_for(const PricedModel& p, const Catalog& c) {
    Curve curve;
    curve.model = p.model, curve.model_name = p.model_name, curve.chosen = p.chosen;
    const Estimate& e = p.estimate;
    curve.per_generation = e.cost_per_usable_image * p.scenario.acceptance_rate;
    curve.per_image = e.cost_per_delivered_image - e.cost_per_usable_image;
    for (int tenth = 1; tenth <= 10; ++tenth) {
        Scenario at = p.scenario;
        at.acceptance_rate = tenth / 10.0;
        Estimate point = evaluate(at, c, {false});
        curve.points.push_back({at.acceptance_rate, point.cost_per_usable_image, point.cost_per_delivered_image});
    }
    return curve;
}

struct Side {
    double value;
    std::optional<double> total;
    std::string error;
};

Side total_with(const nlohmann::json& scenario, const KeySpec& r, double value, const Catalog& c) {
    value = std::clamp(value, r.min, r.max);
    if (r.integer) value = std::round(value);
    nlohmann::json changed = scenario;
    changed[r.key] = value;
    try {
        return {value, monthly_total(scenario_from_json(changed), c), ""};
    } catch (const InputError& e) {
        return {value, std::nullopt, e.what()};
    }
}

}  // namespace

std::vector<BreakEven> break_evens(const std::vector<Curve>& curves) {
    std::vector<BreakEven> out;
    for (size_t i = 0; i < curves.size(); ++i)
        for (size_t j = i + 1; j < curves.size(); ++j) {
            const Curve& p = curves[i];
            const Curve& q = curves[j];
            double df = q.per_image - p.per_image;
            if (std::abs(df) < 1e-15) continue;  // k / a curves with equal f never cross
            double a = (p.per_generation - q.per_generation) / df;
            if (!(a >= kLowestAcceptance && a <= 1)) continue;
            // Below the crossing the per-generation price weighs more.
            bool p_cheaper_below = p.per_generation < q.per_generation;
            out.push_back({a, p.per_generation / a + p.per_image, p_cheaper_below ? p.model : q.model,
                           p_cheaper_below ? q.model : p.model});
        }
    std::sort(out.begin(), out.end(),
              [](const BreakEven& a, const BreakEven& b) { return a.acceptance_rate < b.acceptance_rate; });
    return out;
}

// Whether the chosen model lets this input vary: a model sold in a few exact
// sizes cannot be asked for 20% more pixels, steps and prompt tokens only
// move models priced by them, batch only models with a batch mode.
bool model_can_vary(const std::string& key, const Scenario& s, const Catalog& c) {
    const Model* m = c.find_model(s.model);
    if (!m) return true;  // a custom model: every input is the reader's
    const Pricing& p = pricing_on(*m, evaluation_date(s, c)).period->pricing;
    if (key == "width" || key == "height")
        return std::none_of(p.tiers.begin(), p.tiers.end(), [](const SizeTier& t) { return t.kind == SizeTier::Kind::exact; });
    if (key == "steps") return uses_steps(p);
    if (key == "prompt_tokens") return p.structure == Structure::tokens;
    if (key == "batch_share" || key == "batch_discount") return m->batch.has_value() || s.batch_discount.has_value();
    return true;
}

std::vector<TornadoBar> tornado(const Scenario& s, const Catalog& c) {
    double base = monthly_total(s, c);
    nlohmann::json scenario = scenario_to_json(s, true);
    std::vector<TornadoBar> bars;
    for (const auto& r : key_registry()) {
        if (r.scope != Scope::scenario || !r.numeric()) continue;
        std::string key = r.key;
        if (key == "months" || key == "monthly_growth" || !scenario.contains(key)) continue;
        if (!model_can_vary(key, s, c)) continue;
        double value = scenario[key].get<double>();
        if (value == 0) continue;  // ±20% of nothing is nothing
        Side low = total_with(scenario, r, value * 0.8, c), high = total_with(scenario, r, value * 1.2, c);
        TornadoBar bar{key, value, low.value, high.value, low.total, high.total, low.error.empty() ? high.error : low.error, 0};
        double lo = std::min({base, low.total.value_or(base), high.total.value_or(base)});
        double hi = std::max({base, low.total.value_or(base), high.total.value_or(base)});
        bar.swing = hi - lo;
        bars.push_back(bar);
    }
    std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar& a, const TornadoBar& b) { return a.swing > b.swing; });
    return bars;
}

Sensitivity sensitivity(const Scenario& s, const Catalog& c) {
    Sensitivity out;
    out.monthly_total = monthly_total(s, c);
    auto models = priced_models(s, c);
    std::stable_partition(models.begin(), models.end(), [](const PricedModel& p) { return p.chosen; });
    for (size_t i = 0; i < models.size() && i <= kAlternatives; ++i) out.curves.push_back(curve_for(models[i], c));
    out.break_evens = break_evens(out.curves);
    out.tornado = tornado(s, c);
    return out;
}

}  // namespace imgcost
