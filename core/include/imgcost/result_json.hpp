// The JSON form of results: what `imgcost estimate/compare` print and what the
// tools module replies. Each is its Value (result_value.hpp) written as
// nlohmann::json (json_value.hpp), so the page and the CLI share one format.
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
nlohmann::json to_json(const RowQuality& q);
nlohmann::json leaderboards_json();
nlohmann::json to_json(const InputError& e);
nlohmann::json registry_json();
// result_value.hpp describes each of these.
nlohmann::json catalog_summary(const LoadResult& loaded, const std::optional<Date>& as_of = std::nullopt);

}  // namespace imgcost
