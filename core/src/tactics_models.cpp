// Tactics that change what is generated: cheap drafts before the final image,
// or another model at a comparable tier.
#include <algorithm>
#include <cmath>
#include <map>

#include "advisor_tactics.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/alternatives.hpp"
#include "imgcost/pricing.hpp"
#include "number_text.hpp"

namespace imgcost::tactics {

namespace {

// Drafts are made at this fraction of the final width and height and upscaled
// 2×, the smallest factor upscale services offer.
constexpr double kDraftScale = 0.5;

// A tier's place in its model's ladder at the requested size: 0 the cheapest,
// 1 the dearest. A single-tier model's only tier is its best, so it ranks 1.
double rank_at(size_t index, size_t tiers) { return tiers < 2 ? 1.0 : static_cast<double>(index) / (tiers - 1); }

double rank_of(const std::vector<TierPrice>& ladder, const std::string& quality) {
    for (size_t i = 0; i < ladder.size(); ++i)
        if (ladder[i].quality == quality) return rank_at(i, ladder.size());
    return 1;
}

// "Comparable": the cheapest tier that stands at least as high in its own
// model's ladder as the reader's tier stands in theirs.
const TierPrice* comparable_tier(const std::vector<TierPrice>& ladder, double rank) {
    for (size_t i = 0; i < ladder.size(); ++i)
        if (rank_at(i, ladder.size()) >= rank - 1e-9) return &ladder[i];
    return nullptr;
}

const Service* cheapest_upscaler(const Catalog& c, double images, const Date& on) {
    const Service* best = nullptr;
    double best_price = 0, quantity = std::max(1.0, images);
    for (const auto& s : c.services) {
        if (s.kind != ServiceKind::upscale || !available_on(s, on)) continue;
        double price = graduated_cost(s.rates, quantity) / quantity;
        if (!best || price < best_price) best = &s, best_price = price;
    }
    return best;
}

std::string quality_text(const std::string& quality) { return quality.empty() ? "" : " (" + quality + ")"; }

struct DraftPlan {
    Scenario scenario;
    double d;
    bool drafts_set;
};

Scenario with_drafts(Scenario s, const DraftPlan& plan) {
    // Without drafts_per_final the scenario's own acceptance rate holds: 1 / (1 / a) may not round-trip.
    if (plan.drafts_set) s.acceptance_rate = 1 / plan.d;
    return s;
}

// Drafts at the model's cheapest tier; the chosen draft rendered again at the
// final tier. docs/cost-model.md#inputs has no key for a second tier, so that final render is
// counted as one edit call per image at the final tier's price.
void rerender_plan(const DraftPlan& plan, const Estimate& base, const Catalog& c, std::vector<Tactic>& out,
                   std::vector<std::string>& why) {
    const Scenario& s = plan.scenario;
    const Model* own = c.find_model(s.model);
    if (!own || s.price_per_image) return why.push_back("a custom or negotiated price has no draft tier");
    if (s.edits_per_image > 0 || s.edit_price)
        return why.push_back("edits are already priced, so a final render cannot be counted as one");
    auto ladder = tier_ladder(s, *own, c);
    if (ladder.empty() || ladder.front().price >= base.price_per_generation)
        return why.push_back(base.model_name + " has no cheaper tier than " +
                             (base.quality.empty() ? "its only one" : base.quality) + " at this size");
    Scenario changed = with_drafts(s, plan);
    changed.quality = ladder.front().quality;
    changed.edits_per_image = 1;
    changed.edit_price = base.price_per_generation;
    Tactic t = priced("", "", base, changed, c);
    t.summary = number_text(plan.d) + " drafts per final image at " + ladder.front().quality + " (" +
                dollars_text(ladder.front().price) + "), then the chosen draft rendered again at " + base.quality +
                " (" + dollars_text(base.price_per_generation) + ", counted as one edit call at that price)";
    t.figures["draft_price"] = ladder.front().price;
    t.figures["finish_price"] = base.price_per_generation;
    out.push_back(t);
}

// Drafts at half size with the cheapest tier of any callable model; the chosen
// one upscaled 2× by the catalog's cheapest upscale service.
void upscale_plans(const DraftPlan& plan, const Estimate& base, const Catalog& c, std::vector<Tactic>& out,
                   std::vector<std::string>& why) {
    const Scenario& s = plan.scenario;
    if (s.upscale_share > 0) return why.push_back("images are already upscaled, so small drafts would be upscaled twice");
    const Service* upscaler = cheapest_upscaler(c, s.images_per_month, evaluation_date(s, c));
    if (!upscaler) return why.push_back("the catalog has no upscale service");
    const Model* own = c.find_model(s.model);
    for (const auto& m : c.models) {
        if (&m != own && !callable(m, evaluation_date(s, c))) continue;
        Scenario changed = with_drafts(scenario_for_model(s, m, c), plan);
        changed.width = std::max(64, static_cast<int>(std::lround(s.width * kDraftScale)));
        changed.height = std::max(64, static_cast<int>(std::lround(s.height * kDraftScale)));
        auto ladder = tier_ladder(changed, m, c);
        if (ladder.empty()) continue;
        changed.quality = ladder.front().quality;
        changed.upscale_share = 1;
        changed.upscaler = upscaler->id;
        changed.upscale_price.reset();
        Tactic t = priced("", "", base, changed, c);
        t.summary = number_text(plan.d) + " drafts per final image at " + size_text(changed.width, changed.height) +
                    " with " + m.name + quality_text(changed.quality) + ", then the chosen one upscaled 2× with " +
                    upscaler->name;
        t.figures["draft_price"] = ladder.front().price;
        t.figures["finish_price"] = graduated_cost(upscaler->rates, std::max(1.0, s.images_per_month)) /
                                    std::max(1.0, s.images_per_month);
        out.push_back(t);
    }
}

}  // namespace

Tactic draft_then_finish(const Scenario& s, const Estimate& base, const Catalog& c, const AdvisorOptions& o) {
    const std::string id = "draft_then_finish", title = "Draft cheaply, then finish only the chosen image";
    DraftPlan plan{s, o.drafts_per_final.value_or(1 / s.acceptance_rate), o.drafts_per_final.has_value()};
    std::vector<Tactic> options;
    std::vector<std::string> why;
    rerender_plan(plan, base, c, options, why);
    upscale_plans(plan, base, c, options, why);
    const Tactic* best = cheapest(options);
    if (!best) {
        std::string reason;
        for (const auto& w : why) reason += (reason.empty() ? "" : "; ") + w;
        return not_applicable(id, title, reason);
    }
    Tactic t = *best;
    t.id = id, t.title = title;
    t.figures["drafts_per_final"] = plan.d;
    t.assumptions.push_back({"drafts_per_final", plan.d,
                             "drafts made for each delivered image (by default one over the acceptance rate: "
                             "drafts are kept as often as final images)"});
    t.assumptions.push_back({"draft_scale", kDraftScale,
                             "with an upscaler, drafts are made at this share of the width and height, then upscaled 2×",
                             Unit::share});
    return t;
}

namespace {

std::string rating_text(const QualityRating& q) {
    return number_text(q.rating) + " [" + number_text(q.ci_low) + "–" + number_text(q.ci_high) + "]";
}

}  // namespace

Tactic cheapest_comparable_model(const Scenario& s, const Estimate& base, const Catalog& c) {
    const std::string id = "cheapest_comparable_model", title = "Switch to the cheapest model at a comparable tier";
    const Model* own = c.find_model(s.model);
    double rank = own ? rank_of(tier_ladder(s, *own, c), base.quality) : 0;
    // Rated on the default leaderboard: a candidate qualifies unless it is rated
    // lower beyond both 95% intervals (its ci_high below the chosen model's ci_low).
    const QualityRating* own_rating = own ? rating_of(*own, c, default_leaderboard) : nullptr;
    std::vector<Tactic> options;
    std::map<std::string, const QualityRating*> candidate_rating;
    for (const auto& m : c.models) {
        if (&m == own || !callable(m, evaluation_date(s, c))) continue;
        const QualityRating* theirs = own_rating ? rating_of(m, c, default_leaderboard) : nullptr;
        if (own_rating && theirs && theirs->ci_high < own_rating->ci_low) continue;
        candidate_rating[m.id] = theirs;
        Scenario changed = scenario_for_model(s, m, c);
        if (own) {
            // A custom model has no ladder: each model's default tier stands in.
            auto ladder = tier_ladder(s, m, c);
            const TierPrice* tier = comparable_tier(ladder, rank);
            if (!tier) continue;
            changed.quality = tier->quality;
        }
        options.push_back(priced(id, title, base, changed, c));
    }
    const Tactic* best = cheapest(options);
    if (!best)
        return not_applicable(id, title, "no other callable model delivers " + size_text(s.width, s.height));
    Tactic t = *best;
    Estimate e = evaluate(t.scenario, c);
    t.summary = e.model_name + quality_text(e.quality) + ", billed as " + e.billed_as;
    const QualityRating* theirs = candidate_rating.count(e.model) ? candidate_rating.at(e.model) : nullptr;
    if (own_rating && theirs) {
        const Leaderboard* board = find_leaderboard(own_rating->leaderboard);
        t.summary += "; rated " + rating_text(*theirs) + " against your model's " + rating_text(*own_rating) + " (" +
                     board->name + ", " + theirs->as_of +
                     (theirs->as_of == own_rating->as_of ? "" : " and " + own_rating->as_of) +
                     "): not lower beyond the two 95% intervals";
        t.figures["rating"] = theirs->rating;
        t.figures["chosen_rating"] = own_rating->rating;
        t.assumptions.push_back({"chosen_ci_low", own_rating->ci_low,
                                 "models rated lower beyond both 95% intervals (their upper bound below your "
                                 "model's lower bound) are not proposed"});
    } else if (own) {
        t.summary += own_rating ? "; not rated, so compared by tier" : "; your model is not rated, so compared by tier";
    }
    if (!t.applies)
        t.reason = "already the cheapest callable model at a comparable tier (next: " + e.model_name + " at " +
                   money_text(t.monthly_total, e.currency) + " a month)";
    if (!own) return t;
    t.figures["tier_rank"] = rank;
    t.assumptions.push_back({"tier_rank", rank,
                             "where your quality tier sits among your model's tiers at this size, from its cheapest "
                             "(0%) to its dearest (100%); each other model is priced at its cheapest tier at or above that place",
                             Unit::share});
    return t;
}

}  // namespace imgcost::tactics
