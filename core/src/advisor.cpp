#include "imgcost/advisor.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "advisor_tactics.hpp"
#include "imgcost/alternatives.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/money_format.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace tactics {



std::string percent(double share) { return number_text(std::round(share * 1e4) / 100) + "%"; }

Tactic not_applicable(const std::string& id, const std::string& title, const std::string& reason) {
    Tactic t;
    t.id = id, t.title = title, t.reason = reason;
    return t;
}

const Tactic* cheapest(const std::vector<Tactic>& options) {
    const Tactic* best = nullptr;
    for (const auto& t : options)
        if (t.priced && (!best || t.monthly_total < best->monthly_total)) best = &t;
    return best;
}

Tactic priced(const std::string& id, const std::string& title, const Estimate& base, const Scenario& changed,
              const Catalog& c) {
    Tactic t;
    t.id = id, t.title = title;
    try {
        t.monthly_total = monthly_total(changed, c);
    } catch (const InputError& e) {
        return not_applicable(id, title, e.what());
    }
    t.priced = true;
    t.scenario = changed;
    t.saved_per_month = base.monthly.total - t.monthly_total;
    t.saved_per_year = 12 * t.saved_per_month;
    // Rounding noise is no saving.
    t.applies = t.saved_per_month > 1e-9 * std::max(1.0, base.monthly.total);
    if (!t.applies)
        t.reason = "it would cost " + money_text(t.monthly_total, base.currency) + " a month against " +
                   money_text(base.monthly.total, base.currency) + " now";
    return t;
}

}  // namespace tactics

namespace {

void check_option(std::vector<FieldError>& errors, const char* key, double v) {
    if (auto e = check_number(*find_key(key, Scope::advisor), v)) errors.push_back(std::move(*e));
}

}  // namespace

void validate_options(const AdvisorOptions& o) {
    std::vector<FieldError> errors;
    if (o.drafts_per_final) check_option(errors, "drafts_per_final", *o.drafts_per_final);
    check_option(errors, "batch_eligible_share", o.batch_eligible_share);
    check_option(errors, "cache_reuse", o.cache_reuse);
    if (o.monthly_budget) check_option(errors, "monthly_budget", *o.monthly_budget);
    if (o.total_budget) check_option(errors, "total_budget", *o.total_budget);
    if (!errors.empty()) throw InputError(std::move(errors));
}

std::vector<Tactic> savings_tactics(const Scenario& s, const Catalog& c, const AdvisorOptions& o) {
    validate_options(o);
    Estimate base = evaluate(s, c);
    std::vector<Tactic> out = {
        tactics::draft_then_finish(s, base, c, o), tactics::cheapest_comparable_model(s, base, c),
        tactics::raise_acceptance(s, base, c),     tactics::batch(s, base, c, o),
        tactics::cache_reuse(s, base, c, o),       tactics::storage_and_delivery(s, base, c),
    };
    std::stable_sort(out.begin(), out.end(), [](const Tactic& a, const Tactic& b) {
        if (a.applies != b.applies) return a.applies;
        return a.applies && a.saved_per_month > b.saved_per_month;
    });
    return out;
}

Advice advise(const Scenario& s, const Catalog& c, const AdvisorOptions& o, const AdviceParts& parts) {
    Advice a;
    a.scenario = s;
    a.tactics = savings_tactics(s, c, o);
    a.baseline = evaluate(s, c);
    if (parts.budget && (o.monthly_budget || o.total_budget))
        a.budget = budget_report(s, c, o.monthly_budget, o.total_budget);
    if (parts.sensitivity) a.sensitivity = sensitivity(s, c);
    if (parts.mix && !o.mix.empty()) a.mix = evaluate_mix(s, o.mix, c);
    return a;
}

}  // namespace imgcost
