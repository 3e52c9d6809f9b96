// Tactics that change how the reader works with the same model: fewer
// rejects, batch for what can wait, a cache for repeated requests.
#include <algorithm>

#include "advisor_tactics.hpp"
#include "imgcost/alternatives.hpp"

namespace imgcost::tactics {

Tactic raise_acceptance(const Scenario& s, const Estimate& base, const Catalog& c) {
    const std::string id = "raise_acceptance", title = "Raise the acceptance rate by 10 points";
    if (s.acceptance_rate >= 1)
        return not_applicable(id, title, "every generation is already kept (the acceptance rate is 100%)");
    Scenario changed = s;
    changed.acceptance_rate = std::min(1.0, s.acceptance_rate + 0.1);
    Tactic t = priced(id, title, base, changed, c);
    double points = (changed.acceptance_rate - s.acceptance_rate) * 100;
    t.summary = "better prompts, seeds and references: " + percent(s.acceptance_rate) + " → " +
                percent(changed.acceptance_rate) + " of generations accepted";
    // The average over the raise, and the next point alone: the curve V/a is
    // steepest at low rates, so the first point is worth the most.
    t.figures["points"] = points;
    t.figures["value_per_point"] = t.priced ? t.saved_per_month / points : 0;
    Scenario one_point = s;
    one_point.acceptance_rate = std::min(1.0, s.acceptance_rate + 0.01);
    t.figures["next_point_value"] = base.monthly.total - monthly_total(one_point, c);
    return t;
}

Tactic batch(const Scenario& s, const Estimate& base, const Catalog& c, const AdvisorOptions& o) {
    const std::string id = "batch", title = "Send the work that can wait through batch";
    if (base.batch_discount <= 0) return not_applicable(id, title, base.model_name + " has no batch mode");
    if (s.batch_share >= o.batch_eligible_share)
        return not_applicable(id, title, "already sending " + percent(s.batch_share) +
                                             " through batch (the share that can wait is " +
                                             percent(o.batch_eligible_share) + ")");
    Scenario changed = s;
    changed.batch_share = o.batch_eligible_share;
    Tactic t = priced(id, title, base, changed, c);
    t.summary = percent(o.batch_eligible_share) + " of generations through batch at " +
                percent(base.batch_discount) + " off (results within 24 h)";
    t.assumptions.push_back({"batch_eligible_share", o.batch_eligible_share,
                             "share of generations that does not need an instant result (default 50%)"});
    return t;
}

// A cache hit is an image already generated, stored and paid for, served
// again. So the scenario generates V × (1 − r) images and stores only those,
// while every image is viewed by 1 / (1 − r) times as many requests: the
// delivered bytes stay the same.
Tactic cache_reuse(const Scenario& s, const Estimate& base, const Catalog& c, const AdvisorOptions& o) {
    const std::string id = "cache_reuse", title = "Serve repeated requests from a cache";
    if (s.images_per_month <= 0) return not_applicable(id, title, "no images are delivered (0 usable images a month)");
    if (o.cache_reuse <= 0) return not_applicable(id, title, "cache_reuse is 0");
    double kept = 1 - o.cache_reuse;
    Scenario changed = s;
    changed.images_per_month = s.images_per_month * kept;
    changed.views_per_image = s.views_per_image / kept;
    Tactic t = priced(id, title, base, changed, c);
    t.summary = percent(o.cache_reuse) + " of requests answered with an image made before: " +
                "fewer images are generated, and each is served more often, so delivery stays the same";
    t.assumptions.push_back({"cache_reuse", o.cache_reuse,
                             "share of requests that repeat an earlier one (default 10%)"});
    return t;
}

}  // namespace imgcost::tactics
