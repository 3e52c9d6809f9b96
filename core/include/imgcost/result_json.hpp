// The JSON form of results: what `imgcost estimate/compare` print and what the
// page receives through the bindings (one format for both).
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"

namespace imgcost {

nlohmann::json to_json(const Estimate& e);
nlohmann::json to_json(const std::vector<CompareRow>& rows);
nlohmann::json to_json(const Source& s);
// {rating, ci_low, ci_high, votes (null when the board gave none), leaderboard,
// category, source: {url, as_of}, note?, rated_as?}
nlohmann::json to_json(const RowQuality& q);
// The known leaderboards with their terms and attribution text.
nlohmann::json leaderboards_json();
// {"errors": [{"key": ..., "code": ..., "message": ...}, ...]}
nlohmann::json to_json(const InputError& e);

// The key registry: {"keys": [{key, label, unit, scope, group, essential,
// description, alias, min, max, min_exclusive, integer, default...}],
// "groups": [...], "breakdown": [{key, label}], "money": {...Intl options}}.
nlohmann::json registry_json();

// What a form needs to offer: each model's qualities, sizes, default steps,
// status and sources; the services by kind; the rejected files; the catalog date;
// the default model. Statuses and prices as they stand on `as_of` (default: the
// catalog's date, catalog_reference_date() in lifecycle.hpp).
nlohmann::json catalog_summary(const LoadResult& loaded, const std::optional<Date>& as_of = std::nullopt);

}  // namespace imgcost
