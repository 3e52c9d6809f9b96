#include "imgcost/at_today.hpp"

#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"

namespace imgcost {

AtToday at_today(Scenario pinned, double pinned_monthly_total, const Catalog& c, const std::string& today) {
    AtToday out;
    out.as_of = today;
    pinned.as_of = today;
    try {
        EvaluateOptions figures_only;
        figures_only.projection = false;
        Estimate e = evaluate(pinned, c, figures_only);
        out.as_of = e.as_of;
        out.monthly_total = e.monthly.total;
        out.cost_per_delivered_image = e.cost_per_delivered_image;
        out.status = e.status;
        if (pinned_monthly_total > 0) out.change = (e.monthly.total - pinned_monthly_total) / pinned_monthly_total;
    } catch (const InputError& e) {
        out.error = e.what();
    }
    return out;
}

Value to_value(const AtToday& t) {
    if (!t.error.empty()) return {{"as_of", t.as_of}, {"error", t.error}};
    return {{"as_of", t.as_of},
            {"monthly_total", t.monthly_total},
            {"cost_per_delivered_image", t.cost_per_delivered_image},
            {"change", t.change},
            {"status", t.status}};
}

}  // namespace imgcost
