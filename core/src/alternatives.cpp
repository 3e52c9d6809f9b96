#include "imgcost/alternatives.hpp"
#include "imgcost/lifecycle.hpp"

#include <algorithm>

#include "imgcost/errors.hpp"

namespace imgcost {

std::vector<PricedModel> priced_models(const Scenario& s, const Catalog& c) {
    validate(s);
    const Model* own = c.find_model(s.model);
    std::vector<PricedModel> out;
    auto add = [&](const std::string& id, Scenario scenario, bool chosen) {
        try {
            Estimate e = evaluate(scenario, c, {false});  // the callers rank monthly figures
            out.push_back({id, e.model_name, chosen, std::move(scenario), std::move(e)});
        } catch (const InputError&) {
            // A model that cannot deliver this scenario is no alternative.
        }
    };
    if (!own) add(s.model, s, true);
    for (const auto& m : c.models)
        if (&m == own || callable(m, evaluation_date(s, c))) add(m.id, scenario_for_model(s, m, c), &m == own);
    std::stable_sort(out.begin(), out.end(), [](const PricedModel& a, const PricedModel& b) {
        return a.estimate.cost_per_delivered_image < b.estimate.cost_per_delivered_image;
    });
    return out;
}

std::vector<TierPrice> tier_ladder(const Scenario& s, const Model& m, const Catalog& c) {
    Scenario probe = scenario_for_model(s, m, c);
    probe.price_per_image.reset();  // the ladder orders the catalog's tiers
    std::vector<std::string> qualities = m.qualities.empty() ? std::vector<std::string>{""} : m.qualities;
    std::vector<TierPrice> ladder;
    for (const auto& q : qualities) {
        probe.quality = q;
        try {
            ladder.push_back({q, evaluate(probe, c, {false}).price_per_generation});
        } catch (const InputError&) {
            // Not offered at this size.
        }
    }
    std::stable_sort(ladder.begin(), ladder.end(),
                     [](const TierPrice& a, const TierPrice& b) { return a.price < b.price; });
    return ladder;
}

double monthly_total(const Scenario& s, const Catalog& c) {
    return evaluate(s, c, {false}).monthly.total;
}

}  // namespace imgcost
