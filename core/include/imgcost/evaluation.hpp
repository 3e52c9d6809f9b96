// Scenario evaluation (docs/cost-model.md): prices a scenario against the catalog and
// returns every figure: per-image costs, the monthly breakdown, the projection.
#pragma once

#include <string>
#include <vector>

#include "imgcost/catalog.hpp"
#include "imgcost/date.hpp"
#include "imgcost/lifecycle.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

struct Breakdown {
    double accepted = 0, rejected = 0, moderation = 0, edits = 0, upscales = 0, storage = 0,
           delivery = 0, total = 0;
};

// The breakdown's lines in the order every view lists them, with the label a
// person reads (docs/cost-model.md#breakdown); `total` is the last.
struct BreakdownLine {
    const char* key;
    const char* label;
    double Breakdown::*member;
};
const std::vector<BreakdownLine>& breakdown_lines();

struct ProjectionMonth {
    int month = 0;
    double images = 0, stored_images = 0;
    Breakdown cost;
    double cumulative = 0;
};

struct Estimate {
    std::string model, model_name, provider, structure;
    std::string as_of;                      // the day it is priced on (ISO)
    std::string status, status_text;        // the model's status on that day (lifecycle.hpp)
    std::string successor;                  // the model's successor, if the catalog names one
    std::string effective_from;             // the price period in effect (empty: custom model)
    std::string quality;
    int steps = 0;                          // 0: not step-priced
    std::string billed_as;
    Source price_source;
    // Days from the source's `checked` date to the as-of date; stale past
    // stale_after_days (docs/catalog.md#sources): shown as such everywhere.
    int price_age_days = 0;
    // The currency every money figure is in, its rate per USD and the rate's date.
    std::string currency = "USD";
    double fx_rate = 1;
    std::string fx_date;
    bool price_stale = false;
    bool price_overridden = false, estimate = false;
    double price_per_generation = 0;        // p
    double batch_discount = 0;              // d
    double effective_price_per_generation = 0;  // p_eff
    double moderation_price = 0, edit_price = 0, upscale_price = 0;  // m, p_edit, p_up
    std::string upscaler;
    double generations_per_month = 0, edit_calls_per_month = 0, upscales_per_month = 0;
    double cost_per_usable_image = 0, cost_per_delivered_image = 0, all_in_cost_per_image = 0;
    Breakdown monthly;
    // One annual figure: 12 × the monthly total at a steady volume; with growth,
    // the first 12 months of the projection (annual_with_growth).
    double annual_total = 0;
    bool annual_with_growth = false;
    std::vector<ProjectionMonth> projection;
    std::vector<std::string> warnings;
};

inline constexpr int stale_after_days = 180;

struct EvaluateOptions {
    // Off: no month-by-month projection (comparison rows, the advisor's
    // alternatives and curves rank monthly figures only).
    bool projection = true;
    // On: the scenario is known valid (a comparison row derived from a
    // scenario compare() validated once), so it is not checked again.
    bool validated = false;
    // The scenario's model, when the caller has it (a comparison row): the
    // catalog is not searched for it again, 120 times per comparison.
    const Model* model = nullptr;
    // That model's status on the day, when the caller has it (a comparison
    // row: its status was found to list it).
    const StatusOn* status = nullptr;
};

// Throws InputError naming the key when the scenario is invalid or the model
// cannot deliver it (unknown model, unsupported size or quality...). Prices the
// scenario on its as_of date (evaluation_date() in lifecycle.hpp): the price
// period in effect that day; a model outside its lifecycle window is still
// priced, with a warning naming the date and the successor.
Estimate evaluate(const Scenario& scenario, const Catalog& catalog, const EvaluateOptions& options = {});

struct CompareOptions {
    bool include_retired = false;      // retired models as history
    bool include_unverified = false;   // prices with confidence "unverified"
    std::string leaderboard = default_leaderboard;  // whose ratings the rows carry
};

// A row's rating on the chosen leaderboard (docs/catalog.md#quality).
struct RowQuality {
    QualityRating rating;
    std::string rated_as;              // a reseller row: the vendor model whose rating it shows
};

struct CompareRow {
    std::string model, model_name, provider, status, status_text;
    std::string status_reason;         // why a row is listed although not callable on the day (history)
    bool ok = false;
    Estimate estimate;                 // when ok; without a projection
    std::string error;                 // why it cannot be priced (e.g. size too large)
    std::string error_key, error_code;
    double times_cheapest = 0;         // cost_per_delivered_image / the cheapest's
    std::optional<RowQuality> quality; // empty: not rated on the chosen leaderboard
    // On the price-quality frontier: no other callable, priced, rated row costs
    // no more per delivered image and is rated no lower (and is better in one).
    bool frontier = false;
};

// A model a reader can call on that day at a published price: released, not
// shut down, the price in effect not "unverified" (compare()'s default rows).
bool callable(const Model& m, const Date& on);
// A service that answers on that day (released, not shut down).
bool available_on(const Service& s, const Date& on);

// The reference image the catalog report and the market trend price every
// model for: the default scenario (one 1024x1024 image at the model's default
// tier) on the given day.
Scenario reference_scenario(const std::string& model, const std::string& day);

// The scenario as model m would run it in a comparison: negotiated prices stay
// with the scenario's own model, a quality m lacks falls back to m's default
// tier, steps only for step-priced models.
Scenario scenario_for_model(const Scenario& base, const Model& m, const Catalog& c);

// Every catalog model callable on the scenario's date priced for it (with
// scenario.min_rating, only those rated at least that on options.leaderboard;
// rows carry their rating and whether they are on the price-quality frontier) (with
// include_retired, also the others, as history with a status_reason): the scenario's own
// overrides apply to its own model only; a quality a model lacks falls back to
// that model's default tier. Sorted by cost_per_delivered_image; failures last.
std::vector<CompareRow> compare(const Scenario& scenario, const Catalog& catalog,
                                const CompareOptions& options = {});

}  // namespace imgcost
