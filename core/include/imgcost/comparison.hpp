// A comparison kept between changes (docs/cost-model.md#kept-comparison): the
// page prices every model again on each change, and a change of volume alone
// leaves what each row's model costs per generation as it was (its status,
// price, billed-as text, source and rating). Only the figures are priced
// again then; the rows are always those compare() gives (evaluation.hpp).
#pragma once

#include <string>
#include <vector>

#include "imgcost/currency.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/lifecycle.hpp"

namespace imgcost {

// The scenario keys a comparison's rows keep their model part through: the
// volumes (images a month, acceptance rate, downloads per image, file size,
// retention, months, growth) and the services' own price overrides.
const std::vector<const char*>& figure_only_keys();

class Comparison {
public:
    // keep: false for a comparison priced once (compare()), which need not
    // remember what its rows were priced for.
    explicit Comparison(bool keep = true);
    // compare(scenario, catalog, options), reusing the last update's rows when
    // only figure_only_keys() changed (same catalog object, date and options,
    // prices in US dollars).
    const std::vector<CompareRow>& update(const Scenario& scenario, const Catalog& catalog,
                                          const CompareOptions& options = {});
    // Whether the last update kept the rows of the one before and changed
    // only their figures (costs, totals, times cheapest, frontier, warnings)
    // and their order.
    bool figures_only() const { return figures_only_; }
    std::vector<CompareRow> take() { return std::move(rows_); }
    void clear();

private:
    struct Kept {
        const Model* model = nullptr;  // none: the custom model
        size_t model_warnings = 0;     // the warnings priced_generation() gave, first in the row's
        size_t catalog_order = 0;      // ties in cost keep it
    };
    void fill_row(CompareRow& row, Kept& kept, const Scenario& s, const Catalog& c, const Conversion& conversion,
                  const std::string& name, const std::string& provider, const StatusOn& status);
    void price_all(const Scenario& scenario, const Catalog& catalog, const CompareOptions& options);
    bool reprice_figures(const Scenario& scenario, const Catalog& catalog);
    void rank(const Scenario& scenario);

    bool keep_;
    std::string key_;  // the request the rows were priced for; empty: none kept
    const Catalog* catalog_ = nullptr;
    std::vector<CompareRow> rows_;
    std::vector<Kept> kept_;  // beside rows_
    bool figures_only_ = false;
};

}  // namespace imgcost
