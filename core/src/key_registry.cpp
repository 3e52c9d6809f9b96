#include "imgcost/key_registry.hpp"

#include <cmath>

#include "imgcost/money_format.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

// Builders keep each row of the table on a few lines.
KeySpec base(const char* key, const char* label, Unit unit, const char* group, bool essential,
             const char* description, const char* alias) {
    KeySpec k;
    k.key = key, k.label = label, k.unit = unit, k.scope = Scope::scenario, k.group = group;
    k.essential = essential, k.description = description, k.alias = alias;
    return k;
}

KeySpec number(const char* key, const char* label, Unit unit, const char* group, bool essential,
               const char* description, const char* alias, double min, double max, std::optional<double> def,
               bool integer = false) {
    KeySpec k = base(key, label, unit, group, essential, description, alias);
    k.min = min, k.max = max, k.integer = integer, k.default_number = def;
    return k;
}

KeySpec text(const char* key, const char* label, Unit unit, const char* group, bool essential,
             const char* description, const char* alias, size_t max_length, const char* def) {
    KeySpec k = base(key, label, unit, group, essential, description, alias);
    k.max_length = max_length, k.default_text = def;
    return k;
}

KeySpec advisor(KeySpec k) {
    k.scope = Scope::advisor;
    return k;
}

KeySpec with_floor(KeySpec k, double floor) {
    k.min_exclusive = true, k.floor = floor;
    return k;
}

KeySpec exclusive(KeySpec k) {
    k.min_exclusive = true;
    return k;
}

// A default that depends on the scenario, said in words.
KeySpec default_in_words(KeySpec k, const char* words) {
    k.default_text = words;
    return k;
}

KeySpec required(KeySpec k) {
    k.required = true;
    return k;
}

// Upper bounds beyond the method's "≥ 0" keep every product finite (no
// Infinity can reach the page) while staying far above any real budget
// (docs/cost-model.md#inputs).
std::vector<KeySpec> build() {
    using U = Unit;
    const std::optional<double> none;
    return {
        required(text("model", "Model", U::catalog_id, "model", true,
                      "The catalog id provider/model (e.g. openai/gpt-image-2), or custom for a model of your own.",
                      "m", 120, "")),
        default_in_words(text("as_of", "Prices as of", U::date, "model", false,
                              "The day to price on (YYYY-MM-DD): the prices and models of that day.", "", 10, ""),
                         "today"),
        text("custom_name", "Custom model name", U::text, "model", false,
             "Shown in the answer and the comparison; set its price under Custom prices.", "cn", 80, ""),
        number("width", "Width (px)", U::pixels, "model", true, "Requested output width in pixels.", "w", 64, 16384,
               1024, true),
        number("height", "Height (px)", U::pixels, "model", true, "Requested output height in pixels.", "h", 64,
               16384, 1024, true),
        text("quality", "Quality", U::text, "model", true,
             "The model's quality tier (standard, hd, low, medium, high...).", "q", 40, "the model's default tier"),
        default_in_words(number("steps", "Sampling steps", U::count, "model", false,
                                "Sampling steps, for models priced by steps or compute time.", "s", 1, 500, none,
                                true),
                         "the model's default"),
        number("prompt_tokens", "Prompt tokens", U::count, "model", false,
               "Text tokens per prompt, for token-priced models.", "pt", 0, 1e6, 50),
        number("min_rating", "At least rating", U::count, "model", false,
               "The comparison lists only models rated at least this on the chosen leaderboard (e.g. 1200; "
               "docs/catalog.md#quality).",
               "mr", 0, 3000, none),
        number("images_per_month", "Usable images per month", U::count, "volume", true,
               "Images you actually deliver each month.", "n", 0, 1e12, 1000),
        with_floor(number("acceptance_rate", "Acceptance rate", U::share, "volume", true,
                          "Share of generations that meet the brief (50% = one in two is kept).", "a", 0, 1, 1),
                   0.0001),
        number("edits_per_image", "Edits per delivered image", U::count, "edits", false,
               "Edit, inpaint, outpaint or variation calls per delivered image.", "e", 0, 1000, 0),
        number("upscale_share", "Share of images upscaled", U::share, "edits", false,
               "0% = none, 100% = every delivered image.", "u", 0, 1, 0),
        text("upscaler", "Upscaler", U::catalog_id, "edits", false,
             "The catalog id of an upscale service.", "up", 120, "the model's own upscaler"),
        number("batch_share", "Share sent through batch mode", U::share, "batch", false,
               "Share of generations sent through the provider's batch mode (results arrive later).", "b", 0, 1, 0),
        text("moderation", "Moderation service", U::catalog_id, "moderation", false,
             "Applied to every generated or edited image.", "mod", 120, "none"),
        text("storage", "Storage service", U::catalog_id, "storage", false, "Where delivered images are kept.", "st",
             120, "none"),
        number("image_mb", "File size (MB)", U::megabytes, "storage", false,
               "Average stored and served file, in MB (10^6 bytes).", "mb", 0, 10000, 1.5),
        number("retention_months", "Retention (months)", U::months, "storage", false,
               "How long each delivered image stays stored.", "r", 0, 600, 12),
        text("cdn", "Delivery (CDN or egress)", U::catalog_id, "storage", false,
             "The service that serves the images (CDN or egress).", "", 120, "none"),
        number("views_per_image", "Downloads per image", U::count, "storage", false,
               "Times each image is served over its life.", "views", 0, 1e9, 0),
        number("months", "Months projected", U::months, "projection", false, "Length of the projection.", "mo", 1,
               60, 12, true),
        number("monthly_growth", "Monthly growth", U::share, "projection", false,
               "Month-over-month growth of the images per month (5% = 5% more each month).", "g", -1, 10, 0),
        default_in_words(text("currency", "Currency", U::text, "currency", false,
                              "The currency every figure is shown in (ISO 4217: EUR, GBP, JPY...), converted at the "
                              "catalog's dated reference rates.",
                              "", 3, ""),
                         "USD"),
        exclusive(number("fx_rate", "Exchange rate (per US dollar)", U::count, "currency", false,
                         "Your own rate: units of the currency per US dollar, instead of the catalog's reference rate.",
                         "", 0, 1e6, std::nullopt)),
        number("price_per_image", "Price per image ($)", U::money, "custom_prices", false,
               "Replaces the catalog price of one generation. Required for a custom model.", "ppi", 0, 1e6, none),
        number("edit_price", "Edit price per call ($)", U::money, "custom_prices", false,
               "Replaces the model's edit price (default: its edit price, else its generation price).", "ep", 0, 1e6,
               none),
        number("upscale_price", "Upscale price ($ per upscale)", U::money, "custom_prices", false,
               "Replaces the upscaler's catalog price.", "upp", 0, 1e6, none),
        number("batch_discount", "Batch discount", U::share, "custom_prices", false,
               "Replaces the model's batch discount (50% = batch mode costs half).", "bd", 0, 1, none),
        number("moderation_price", "Moderation price per call ($)", U::money, "custom_prices", false,
               "Replaces the moderation service's price per checked image.", "mp", 0, 1e6, none),
        number("storage_price_gb_month", "Storage ($ per GB-month)", U::money, "custom_prices", false,
               "Replaces the storage service's price.", "sp", 0, 1e6, none),
        number("cdn_price_gb", "Delivery ($ per GB)", U::money, "custom_prices", false,
               "Replaces the delivery service's price.", "cp", 0, 1e6, none),
        advisor(number("batch_eligible_share", "Share of work that can wait for batch", U::share,
                       "advisor_assumptions", false,
                       "Share of generations that can wait for a batch result (up to 24 h).", "", 0, 1, 0.5)),
        advisor(number("cache_reuse", "Share of requests a cache can serve", U::share, "advisor_assumptions", false,
                       "Share of requests a cache can serve with an image made before.", "", 0, 0.99, 0.1)),
        advisor(default_in_words(number("drafts_per_final", "Drafts per final image", U::count,
                                        "advisor_assumptions", false, "Drafts generated per delivered image.", "",
                                        1, 1000, none),
                                 "1 / acceptance rate")),
        advisor(number("monthly_budget", "Monthly budget ($)", U::money, "advisor_budget", false,
                       "How many images this buys each month, model by model.", "", 0, 1e12, none)),
        advisor(number("total_budget", "Total budget ($)", U::money, "advisor_budget", false,
                       "How long this lasts under the projection's growth.", "", 0, 1e15, none)),
    };
}

}  // namespace

const char* unit_name(Unit u) {
    switch (u) {
        case Unit::money: return "money";
        case Unit::share: return "share";
        case Unit::count: return "count";
        case Unit::pixels: return "pixels";
        case Unit::megabytes: return "MB";
        case Unit::months: return "months";
        case Unit::date: return "date";
        case Unit::catalog_id: return "catalog id";
        case Unit::text: return "text";
    }
    return "text";
}

namespace {

// 1e12 -> "1 trillion", 10000 -> "10,000": bounds as people read them.
std::string amount_words(double v) {
    struct Scale {
        double size;
        const char* word;
    };
    for (Scale s : {Scale{1e12, " trillion"}, Scale{1e9, " billion"}, Scale{1e6, " million"}})
        if (std::fabs(v) >= s.size) return number_text(v / s.size) + s.word;
    std::string digits = number_text(std::fabs(v));
    size_t end = digits.find('.') == std::string::npos ? digits.size() : digits.find('.');
    for (long i = static_cast<long>(end) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
    return (v < 0 ? "-" : "") + digits;
}

}  // namespace

std::string KeySpec::shown(double v, std::string_view currency) const {
    if (unit == Unit::share) return number_text(v * 100) + "%";
    if (unit == Unit::money) return money_sign(currency) + amount_words(v);
    return amount_words(v);
}

std::string KeySpec::range_text(std::string_view currency) const {
    if (unit == Unit::date) return "a date YYYY-MM-DD";
    if (!numeric()) return max_length ? "text of at most " + std::to_string(max_length) + " characters" : "";
    std::string low = shown(min, currency), high = shown(max, currency);
    if (integer) return "a whole number from " + low + " to " + high;
    if (min_exclusive) return "more than " + low + " and at most " + high;
    return (unit == Unit::share ? "from " : "a number from ") + low + " to " + high;
}

std::string KeySpec::default_words() const {
    if (default_number) return shown(*default_number);
    if (*default_text) return default_text;
    if (numeric()) return scope == Scope::scenario && unit == Unit::money ? "the catalog price" : "none";
    return "none";
}

std::string KeySpec::name(std::string_view currency) const {
    std::string text(label);
    size_t dollar = text.find("($)");
    if (unit == Unit::money && !is_us_dollars(currency) && dollar != std::string::npos)
        text.replace(dollar, 3, "(" + std::string(currency) + ")");
    return text + " (" + key + ")";
}

const std::vector<KeySpec>& key_registry() {
    static const std::vector<KeySpec> keys = build();
    return keys;
}

const std::vector<FormGroup>& form_groups() {
    static const std::vector<FormGroup> groups = {
        {"model", "Model and image", Scope::scenario},
        {"volume", "Volume and acceptance", Scope::scenario},
        {"edits", "Edits and upscales", Scope::scenario},
        {"batch", "Batch", Scope::scenario},
        {"moderation", "Moderation", Scope::scenario},
        {"storage", "Storage and delivery", Scope::scenario},
        {"projection", "Projection", Scope::scenario},
        {"currency", "Currency", Scope::scenario},
        {"custom_prices", "Custom prices", Scope::scenario},
        {"advisor_assumptions", "What the advisor assumes", Scope::advisor},
        {"advisor_budget", "Budget", Scope::advisor},
    };
    return groups;
}

const KeySpec* find_key(std::string_view key, Scope scope) {
    for (const auto& k : key_registry())
        if (k.scope == scope && key == k.key) return &k;
    return nullptr;
}

double registry_default(std::string_view key, Scope scope) {
    const KeySpec* k = find_key(key, scope);
    return k && k->default_number ? *k->default_number : 0;
}

const KeySpec* find_alias(std::string_view alias) {
    if (alias.empty()) return nullptr;
    for (const auto& k : key_registry())
        if (k.scope == Scope::scenario && alias == k.alias) return &k;
    return nullptr;
}

}  // namespace imgcost
