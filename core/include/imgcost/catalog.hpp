// The price catalog in memory: providers' models and services, as loaded from
// pricing-data/*.json (see catalog_loader.hpp for the file format checks).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace imgcost {

// Where a price comes from. Every price in the catalog has one.
struct Source {
    std::string url;
    std::string checked;     // ISO date: the day a person last confirmed the figure on that page
    std::string confidence;  // "A", "B", "C" or "unverified"
    std::string note;
};

enum class Structure { per_image, per_megapixel, compute_time, credits, tokens };
const char* structure_name(Structure s);

// A size tier: an exact output size, or a bound (up to W x H, or up to N pixels).
struct SizeTier {
    enum class Kind { exact, max_size, max_pixels } kind = Kind::exact;
    int width = 0, height = 0;      // exact and max_size
    long long max_pixels = 0;       // max_pixels
    // Amount by quality name ("any" matches every quality): dollars for
    // per_image, credits for credits, output tokens for tokens.
    std::map<std::string, double> amounts;
    std::optional<Source> source;   // overrides the pricing's source for this tier
};

// One pricing block: how a generation (or an edit) is billed.
struct Pricing {
    Structure structure = Structure::per_image;
    Source source;
    std::vector<SizeTier> tiers;            // per_image, credits, tokens
    double price_per_credit = 0;            // credits
    double output_price_per_million = 0;    // tokens
    double input_text_price_per_million = 0;
    double price_per_megapixel = 0;         // per_megapixel
    std::optional<double> first_megapixel_price;
    bool round_up = false;
    double minimum_megapixels = 0;
    long long pixels_per_megapixel = 1000000;
    bool steps_scaling = false;
    double price_per_second = 0;            // compute_time
    std::string hardware;
    int ref_width = 0, ref_height = 0, ref_steps = 0;
    double ref_seconds = 0;
    int max_width = 0, max_height = 0;      // per_megapixel, compute_time limits (0: none)
    long long max_pixels = 0;
};

// A model's (or service's) status on a date, derived from its lifecycle dates
// (lifecycle.hpp), never typed in a file.
enum class Status { not_released, active, deprecated, retired };
const char* status_name(Status s);

// Lifecycle dates (ISO strings, empty when unknown).
struct Lifecycle {
    std::string released;    // first day callable through the API
    std::string deprecated;  // the day the shutdown was announced
    std::string shutdown;    // the first day it no longer answers
    std::string successor;   // a catalog model id
    std::optional<Source> source;
};

// One price period: the pricing in effect from `effective_from` until the next
// period's effective_from.
struct PricePeriod {
    std::string effective_from;  // ISO date
    Pricing pricing;
};

struct BatchMode {
    double discount = 0;
    Source source;
};

// A leaderboard the catalog takes quality ratings from (docs/catalog.md#quality):
// the one table of known leaderboards; a rating naming another is rejected.
struct Leaderboard {
    const char* id;
    const char* category;      // "text-to-image" or "image-edit"
    const char* name;
    const char* url;
    const char* licence;       // the terms its figures are used under
    const char* attribution;   // shown next to the figures; "<as_of>" is the board date
};
const std::vector<Leaderboard>& leaderboards();
const Leaderboard* find_leaderboard(const std::string& id);
inline constexpr const char* default_leaderboard = "lmarena-text-to-image";

// One leaderboard's human-preference rating of a model: the rating with its
// 95% confidence interval, as published on `as_of` (the board's own date).
struct QualityRating {
    std::string leaderboard, category;
    double rating = 0, ci_low = 0, ci_high = 0;
    std::optional<long long> votes;
    std::string url, as_of, note;
};

struct Model {
    std::string id, name, provider;
    Lifecycle lifecycle;
    std::vector<std::string> qualities;
    std::string default_quality;
    std::optional<int> default_steps;
    std::vector<PricePeriod> prices;        // oldest first, never empty once loaded
    std::optional<Pricing> edit;
    std::string upscaler;                   // id of an upscale service, may be empty
    std::optional<BatchMode> batch;
    std::string notes;
    std::vector<QualityRating> quality;     // one per leaderboard
    std::string rated_as;                   // a reseller row: the vendor model whose ratings it uses
    std::string file;                       // which catalog file it came from

    // The newest price period (what the model costs from its last price change on).
    const Pricing& latest_pricing() const { return prices.back().pricing; }
};

enum class ServiceKind { moderation, storage, cdn, upscale };
const char* service_kind_name(ServiceKind k);

// One step of a graduated monthly rate: `price` per unit for the units up to
// `up_to` (cumulative, per month); the last rate has no bound.
struct Rate {
    std::optional<double> up_to;
    double price = 0;
};

struct Service {
    std::string id, name, provider;
    ServiceKind kind = ServiceKind::moderation;
    Lifecycle lifecycle;
    std::vector<Rate> rates;                // a single price is one open rate
    Source source;
    std::string notes;
    std::string file;
};

struct Unavailable {
    std::string provider, name, reason;
    Source source;
};

struct ProviderInfo {
    std::string id, name, url, notes, file;
};

struct Model;
class Catalog;
// The model's rating on a leaderboard: its own, else (a reseller row with
// rated_as) its vendor model's; `via` is then that model's id. Null: not rated.
const QualityRating* rating_of(const Model& m, const Catalog& c, const std::string& leaderboard,
                               std::string* via = nullptr);

// Reference exchange rates of one day (docs/catalog.md#fx): units of each
// currency per one unit of `base`.
struct FxSnapshot {
    std::string date, base;
    std::map<std::string, double> rates;
    Source source;
    // Units of `code` per US dollar; empty when the snapshot lacks either.
    std::optional<double> per_usd(const std::string& code) const;
};

class Catalog {
public:
    std::vector<ProviderInfo> providers;
    std::vector<Model> models;
    std::vector<Service> services;
    std::vector<Unavailable> not_available;
    // pricing-data/defaults.json: the page's default model and its fallbacks, in
    // order (see default_model() in lifecycle.hpp).
    std::vector<std::string> default_models;
    std::optional<FxSnapshot> fx;
    std::string defaults_file;              // the file default_models came from

    const Model* find_model(const std::string& id) const;
    const Service* find_service(const std::string& id) const;
    // The newest `checked` date of any price (the "catalog date" the page shows).
    std::string newest_price_date() const;
    // The oldest and newest `checked` dates of the prices in effect now (the
    // header says when prices were checked, as a range).
    std::pair<std::string, std::string> checked_range() const;
};

}  // namespace imgcost
