// The catalog report (docs/catalog.md#report): what the catalog holds and how
// fresh it is, as of a date. Every price in it is the core's own figure for
// the report's reference image (evaluate() on a 1024x1024 scenario at each
// model's default tier), so it equals `imgcost compare` for that scenario.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/catalog.hpp"
#include "imgcost/date.hpp"

namespace imgcost {

struct ReportOptions {
    Date as_of;
    int stale_days = 180;   // a source checked longer ago than this is stale
    int shutdown_days = 90; // shutdowns within this many days are listed
};

struct StalePrice {
    std::string id, where, checked, url, confidence;
    int age_days = 0;
};

struct Shutdown {
    std::string id, name, shutdown, successor;
    int in_days = 0;
};

struct ReportRow {
    std::string id, name, provider, status, structure, billed_as, confidence;
    bool ok = false;
    double price_per_generation = 0;  // the reference image (1024x1024, default tier)
    std::string error;
};

struct CatalogReport {
    std::string as_of;
    std::map<std::string, int> models_by_provider;
    int providers = 0, models = 0, services = 0, not_available = 0;
    std::map<std::string, int> grades;   // over every dated source
    int dated_sources = 0;
    // Sources of prices in effect (models and services callable on the date)
    // and of history (retired ones, whose prices can no longer be re-checked).
    int current_sources = 0, history_sources = 0, stale_history = 0;
    std::vector<StalePrice> stale;   // current prices only
    std::vector<Shutdown> shutting_down;
    std::vector<ReportRow> rows;
};

CatalogReport catalog_report(const Catalog& c, const ReportOptions& options);
nlohmann::json to_json(const CatalogReport& r);

}  // namespace imgcost
