#include "imgcost/history.hpp"

#include <algorithm>

#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/pricing.hpp"
#include "imgcost/result_value.hpp"

namespace imgcost {

PriceHistory price_history(const Scenario& s, const Catalog& c) {
    const Model* m = c.find_model(s.model);
    if (!m)
        throw InputError("model", code::unknown_model,
                         find_key("model")->name() + ": unknown id '" + s.model + "' (imgcost catalog lists the ids)");
    PriceHistory h;
    h.model = m->id;
    h.model_name = m->name;
    h.width = s.width;
    h.height = s.height;
    h.lifecycle = m->lifecycle;
    h.quality = s.quality.empty() ? m->default_quality : s.quality;
    if (!s.quality.empty() && !m->qualities.empty() &&
        std::find(m->qualities.begin(), m->qualities.end(), s.quality) == m->qualities.end()) {
        std::string list;
        for (const auto& q : m->qualities) list += (list.empty() ? "" : ", ") + q;
        throw InputError("quality", code::quality_unknown,
                         find_key("quality")->name() + " must be one of " + list + " for " + m->id + " (got '" +
                             s.quality + "')");
    }
    for (size_t i = 0; i < m->prices.size(); ++i) {
        const PricePeriod& period = m->prices[i];
        HistoryPoint p;
        p.from = period.effective_from;
        if (i + 1 < m->prices.size()) p.to = m->prices[i + 1].effective_from;
        ImageRequest r{s.width, s.height, m->qualities.empty() ? "" : h.quality, 0, s.prompt_tokens};
        if (uses_steps(period.pricing))
            r.steps = s.steps.value_or(m->default_steps.value_or(period.pricing.ref_steps));
        try {
            Quote q = quote(period.pricing, r);
            p.ok = true;
            p.price_per_generation = q.price;
            p.billed_as = q.billed_as;
            p.source = *q.source;
        } catch (const InputError& e) {
            p.error = e.what();
            p.source = period.pricing.source;
        }
        h.points.push_back(std::move(p));
    }
    return h;
}

Value to_value(const PriceHistory& h) {
    Value points = Value::array();
    for (const auto& p : h.points) {
        Value j = Value::object();
        j["from"] = p.from;
        j["to"] = p.to.empty() ? Value() : Value(p.to);
        if (p.ok) {
            j["price_per_generation"] = p.price_per_generation;
            j["billed_as"] = p.billed_as;
        } else {
            j["price_per_generation"] = nullptr;
            j["error"] = p.error;
        }
        j["source"] = to_value(p.source);
        points.push_back(std::move(j));
    }
    Value out = Value::object();
    out["model"] = h.model;
    out["model_name"] = h.model_name;
    out["width"] = h.width;
    out["height"] = h.height;
    if (!h.quality.empty()) out["quality"] = h.quality;
    if (!h.lifecycle.shutdown.empty()) out["shutdown"] = h.lifecycle.shutdown;
    if (!h.lifecycle.successor.empty()) out["successor"] = h.lifecycle.successor;
    out["points"] = std::move(points);
    return out;
}

}  // namespace imgcost
