#include "imgcost/market_trend.hpp"

#include <algorithm>

#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/result_value.hpp"
#include "imgcost/lifecycle.hpp"

namespace imgcost {

namespace {

struct Priced {
    double price;
    std::string model;
};

std::vector<Priced> priced_on(const Catalog& c, const Date& on) {
    std::vector<Priced> out;
    for (const auto& m : c.models) {
        if (m.lifecycle.released.empty() || !callable_on(m.lifecycle, on)) continue;
        const PeriodOn period = pricing_on(m, on);
        if (period.period->pricing.source.confidence == "unverified") continue;
        try {
            out.push_back({evaluate(reference_scenario(m.id, format_date(on)), c, {false}).price_per_generation, m.id});
        } catch (const InputError&) {
            // Cannot deliver 1024x1024: not part of this comparison.
        }
    }
    std::sort(out.begin(), out.end(), [](const Priced& a, const Priced& b) { return a.price < b.price; });
    return out;
}

double median(const std::vector<Priced>& sorted) {
    size_t n = sorted.size();
    return n % 2 ? sorted[n / 2].price : (sorted[n / 2 - 1].price + sorted[n / 2].price) / 2;
}

}  // namespace

MarketTrend market_trend(const Catalog& c, int from_year, const Date& to) {
    MarketTrend t;
    for (const auto& m : c.models)
        if (m.lifecycle.released.empty()) ++t.models_without_release;
    for (int year = from_year;; ++year) {
        for (int q = 0; q < 4; ++q) {
            char day[11];
            std::snprintf(day, sizeof day, "%04d-%02d-01", year, q * 3 + 1);
            Date on = *parse_date(day);
            if (to < on) return t;
            auto priced = priced_on(c, on);
            if (priced.empty()) continue;
            t.quarters.push_back({std::to_string(year) + " Q" + std::to_string(q + 1), day,
                                  static_cast<int>(priced.size()), priced.front().price, median(priced),
                                  priced.back().price, priced.front().model, priced.back().model});
        }
    }
}

Value to_value(const MarketTrend& t) {
    Value quarters = Value::array();
    for (const auto& q : t.quarters)
        quarters.push_back({{"quarter", q.quarter}, {"on", q.on}, {"models", q.models}, {"cheapest", q.cheapest},
                            {"median", q.median}, {"dearest", q.dearest}, {"cheapest_model", q.cheapest_model},
                            {"dearest_model", q.dearest_model}});
    return {{"quarters", quarters}, {"models_without_release", t.models_without_release},
            {"image", "1024x1024 at each model's default tier"}};
}

}  // namespace imgcost
