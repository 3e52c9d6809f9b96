#include "imgcost/usage_mix.hpp"

#include <cmath>

#include "imgcost/alternatives.hpp"
#include "imgcost/errors.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

void add(Breakdown& sum, const Breakdown& b) {
    sum.accepted += b.accepted, sum.rejected += b.rejected, sum.moderation += b.moderation;
    sum.edits += b.edits, sum.upscales += b.upscales, sum.storage += b.storage;
    sum.delivery += b.delivery, sum.total += b.total;
}

std::string label(size_t i) { return "mix[" + std::to_string(i) + "]"; }

void check_shares(const std::vector<UseCase>& mix) {
    std::vector<FieldError> errors;
    double sum = 0;
    for (size_t i = 0; i < mix.size(); ++i) {
        sum += mix[i].share;
        if (!(mix[i].share > 0 && mix[i].share <= 1))
            errors.push_back({label(i) + ".share", code::out_of_range, label(i) + ".share must be a number greater than 0 and at most 1 (got " +
                                                       number_text(mix[i].share) + ")"});
        // The volume and the projection length belong to the whole mix.
        for (const char* key : {"images_per_month", "months"})
            if (mix[i].keys.contains(key))
                errors.push_back({label(i) + "." + key, code::mix_whole_key,
                                  label(i) + ": " + find_key(key)->name() + " is set for the whole mix; give each use case a share"});
    }
    if (errors.empty() && std::abs(sum - 1) > 1e-6)
        errors.push_back({"mix", code::mix_shares, "mix: the shares must add up to 1 (got " + number_text(sum) + ")"});
    if (!errors.empty()) throw InputError(std::move(errors));
}

// The base scenario as the use case's model runs it, then the use case's keys.
Scenario use_case_scenario(const Scenario& base, const UseCase& u, const Catalog& c) {
    Scenario start = base;
    if (u.keys.contains("model") && u.keys["model"].is_string()) {
        const Model* m = c.find_model(u.keys["model"].get<std::string>());
        if (m) start = scenario_for_model(base, *m, c);
    }
    nlohmann::json j = scenario_to_json(start, true);
    for (const auto& item : u.keys.items()) j[item.key()] = item.value();
    j["images_per_month"] = base.images_per_month * u.share;
    return scenario_from_json(j);
}

UseCaseEstimate evaluate_use_case(const Scenario& base, const UseCase& u, size_t i, const Catalog& c) {
    try {
        Scenario s = use_case_scenario(base, u, c);
        return {u.name, u.share, s, evaluate(s, c)};
    } catch (const InputError& e) {
        std::vector<FieldError> named;
        for (const auto& f : e.errors())
            named.push_back({label(i) + "." + f.key, f.code, label(i) + " (" + u.name + "): " + f.message});
        throw InputError(std::move(named));
    }
}

}  // namespace

MixResult evaluate_mix(const Scenario& base, const std::vector<UseCase>& mix, const Catalog& c) {
    validate(base);
    check_shares(mix);
    MixResult out;
    out.images_per_month = base.images_per_month;
    for (size_t i = 0; i < mix.size(); ++i) {
        out.parts.push_back(evaluate_use_case(base, mix[i], i, c));
        const Estimate& e = out.parts.back().estimate;
        add(out.monthly, e.monthly);
        out.projection.resize(e.projection.size());
        for (size_t k = 0; k < e.projection.size(); ++k) {
            ProjectionMonth& sum = out.projection[k];
            sum.month = e.projection[k].month;
            sum.images += e.projection[k].images;
            sum.stored_images += e.projection[k].stored_images;
            add(sum.cost, e.projection[k].cost);
        }
    }
    double cumulative = 0;
    for (auto& m : out.projection) m.cumulative = cumulative += m.cost.total;
    out.annual_total = 12 * out.monthly.total;
    out.all_in_cost_per_image = out.images_per_month > 0 ? out.monthly.total / out.images_per_month : 0;
    return out;
}

}  // namespace imgcost
