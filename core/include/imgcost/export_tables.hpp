// What is on screen as files a reader can keep: CSV for spreadsheets and
// Markdown for documents. CSV keeps full precision (12 significant digits);
// Markdown formats money the way the page does for an en-US reader.
#pragma once

#include <string>
#include <vector>

#include "imgcost/evaluation.hpp"
#include "imgcost/money_format.hpp"

namespace imgcost {

// figure,value rows keyed like the page's data-result attributes
// (price_per_generation, monthly.total...), then the price's source.
std::string estimate_csv(const Estimate& estimate);
// One row per month: images, stored images, each breakdown line, total, cumulative.
std::string projection_csv(const Estimate& estimate);
// One row per compared model, with the price's source and as-of date.
std::string compare_csv(const std::vector<CompareRow>& rows);

// The answer, the breakdown, the projection and (when given) the comparison.
// With a scenario, the report lists its inputs (the page's labels, values in
// their units) and, with a link, ends with it so the reader can open it.
std::string report_markdown(const Estimate& estimate, const std::vector<CompareRow>& rows,
                            const Scenario* scenario = nullptr, const std::string& link = "");

}  // namespace imgcost
