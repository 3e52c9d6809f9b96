// "Where image pricing is heading" (docs/cost-model.md#market-trend): quarter
// by quarter, the cheapest, the median and the dearest price of one 1024x1024
// image at each model's default tier, over the models callable on the
// quarter's first day at the price in effect that day.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/catalog.hpp"
#include "imgcost/date.hpp"

namespace imgcost {

struct TrendQuarter {
    std::string quarter;  // "2024 Q3"
    std::string on;       // its first day, the date the models are priced on
    int models = 0;       // callable and priced that day
    double cheapest = 0, median = 0, dearest = 0;
    std::string cheapest_model, dearest_model;
};

struct MarketTrend {
    std::vector<TrendQuarter> quarters;  // oldest first; quarters with no model are left out
    int models_without_release = 0;      // left out: no known release date
};

// From the first quarter of `from_year` to the quarter holding `to`. Only
// models with a release date and a price that is not "unverified" count.
MarketTrend market_trend(const Catalog& c, int from_year, const Date& to);
nlohmann::json to_json(const MarketTrend& t);

}  // namespace imgcost
