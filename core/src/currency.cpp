#include "imgcost/currency.hpp"

#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"
#include "imgcost/money_format.hpp"

namespace imgcost {

namespace {

void scale(Breakdown& b, double r) {
    for (const auto& line : breakdown_lines()) b.*line.member *= r;
}

}  // namespace

Conversion conversion_for(const Scenario& s, const Catalog& c) {
    Conversion out;
    if (is_us_dollars(s.currency)) {
        if (s.fx_rate && !s.currency.empty()) out.rate = 1;  // a dollar is a dollar
        return out;
    }
    out.currency = s.currency;
    if (s.fx_rate) {
        out.rate = *s.fx_rate;
        return out;
    }
    auto rate = c.fx ? c.fx->per_usd(s.currency) : std::nullopt;
    if (!rate) {
        std::string known = "USD";
        if (c.fx)
            for (const auto& [code, r] : c.fx->rates) known += ", " + code;
        throw InputError("currency", code::currency_unknown,
                         find_key("currency")->name() + ": no reference rate for '" + s.currency +
                             "' (known: " + known + "); give your own exchange rate");
    }
    out.rate = *rate;
    out.date = c.fx->date;
    out.source_url = c.fx->source.url;
    return out;
}

Scenario overrides_in_usd(Scenario s, const Conversion& conversion) {
    for (auto* price : {&s.price_per_image, &s.edit_price, &s.upscale_price, &s.moderation_price,
                        &s.storage_price_gb_month, &s.cdn_price_gb})
        if (*price) **price /= conversion.rate;
    return s;
}

void convert(Estimate& e, const Conversion& conversion) {
    e.currency = conversion.currency;
    e.fx_rate = conversion.rate;
    e.fx_date = conversion.date;
    if (conversion.rate == 1) return;
    double r = conversion.rate;
    for (double* v : {&e.price_per_generation, &e.effective_price_per_generation, &e.moderation_price, &e.edit_price,
                      &e.upscale_price, &e.cost_per_usable_image, &e.cost_per_delivered_image, &e.all_in_cost_per_image,
                      &e.annual_total})
        *v *= r;
    scale(e.monthly, r);
    for (auto& m : e.projection) {
        scale(m.cost, r);
        m.cumulative *= r;
    }
}

}  // namespace imgcost
