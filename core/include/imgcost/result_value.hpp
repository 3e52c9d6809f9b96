// The form of every result the core hands out, as a Value (value.hpp): what
// `imgcost estimate/compare/catalog/history/trend/keys` print (through
// json_value.hpp) and what the page's first-load module returns as JavaScript
// objects (wasm/value_val.cpp): one description for both.
#pragma once

#include <optional>
#include <vector>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/date.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/value.hpp"
#include "imgcost/value_writer.hpp"

namespace imgcost {

struct PriceHistory;
struct MarketTrend;

Value to_value(const Estimate& e);
Value to_value(const std::vector<CompareRow>& rows);
// The rows as to_value gives them, written without building a Value (the
// page's recompute hands them over this way, value_writer.hpp).
void write(ValueWriter& w, const std::vector<CompareRow>& rows);
// Only what the volumes give, per row in order: {model, and when the row is
// priced cost_per_usable_image, cost_per_delivered_image,
// all_in_cost_per_image, monthly_total, annual_total, annual_with_growth,
// times_cheapest, warnings, frontier}. For rows a kept comparison updated
// with figures_only() (comparison.hpp): the rest of each row is as before.
void write_figures(ValueWriter& w, const std::vector<CompareRow>& rows);
Value to_value(const Source& s);
// {rating, ci_low, ci_high, votes (null when the board gave none), leaderboard,
// category, source: {url, as_of}, note?, rated_as?}
Value to_value(const RowQuality& q);
// The known leaderboards with their terms and attribution text.
Value leaderboards_value();
// {"errors": [{"key": ..., "code": ..., "message": ...}, ...]}
Value to_value(const InputError& e);
// history.hpp, market_trend.hpp describe these.
Value to_value(const PriceHistory& h);
Value to_value(const MarketTrend& t);

// The money rule (money_format.hpp) as Intl.NumberFormat options:
// {minimumFractionDigits, maximumFractionDigits, minimumSignificantDigits,
// maximumSignificantDigits, roundingPriority}.
Value money_rule_value();

// The key registry: {"keys": [{key, label, unit, scope, group, essential,
// description, alias, min, max, min_exclusive, integer, default...}],
// "groups": [...], "breakdown": [{key, label}], "money": {...Intl options}}.
Value registry_value();

// What a form needs to offer: each model's qualities, sizes, default steps,
// status and sources; the services by kind; the rejected files; the catalog date;
// the default model. Statuses and prices as they stand on `as_of` (default: the
// catalog's date, catalog_reference_date() in lifecycle.hpp).
Value catalog_summary_value(const LoadResult& loaded, const std::optional<Date>& as_of = std::nullopt);

}  // namespace imgcost
