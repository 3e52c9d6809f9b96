// Checks a provider file against the rules of pricing-data/schema.json while
// reading it. The first violation rejects the file, reported with its JSON
// Pointer; keep these rules and the schema in step (tests/schema_agreement).
#include "imgcost/catalog_loader.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "imgcost/date.hpp"
#include "imgcost/money_format.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

using nlohmann::json;

struct Invalid {
    std::string path, reason;
};

std::string pointer_token(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string at(const std::string& path, const std::string& key) { return path + "/" + pointer_token(key); }
std::string at(const std::string& path, size_t index) { return path + "/" + std::to_string(index); }

void expect_keys(const json& j, const std::string& path, std::initializer_list<const char*> allowed) {
    if (!j.is_object()) throw Invalid{path, "must be an object"};
    for (const auto& item : j.items()) {
        const std::string& key = item.key();
        bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
        if (!ok) throw Invalid{at(path, key), "unknown key '" + key + "'"};
    }
}

const json& required(const json& j, const std::string& path, const char* key) {
    auto it = j.find(key);
    if (it == j.end()) throw Invalid{at(path, key), std::string("missing required key '") + key + "'"};
    return *it;
}

double number(const json& v, const std::string& path, double min, double max, bool exclusive_min = false) {
    if (!v.is_number()) throw Invalid{path, "must be a number"};
    double d = v.get<double>();
    bool low = exclusive_min ? !(d > min) : !(d >= min);
    if (low || !(d <= max))
        throw Invalid{path, "must be a number " + std::string(exclusive_min ? "greater than " : "from ") +
                                number_text(min) + (exclusive_min ? " and at most " : " to ") + number_text(max) +
                                " (got " + number_text(d) + ")"};
    return d;
}

long long integer(const json& v, const std::string& path, long long min, long long max) {
    if (!v.is_number_integer() && !(v.is_number() && std::floor(v.get<double>()) == v.get<double>()))
        throw Invalid{path, "must be a whole number"};
    double d = v.get<double>();
    if (d < min || d > max)
        throw Invalid{path, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max)};
    return static_cast<long long>(d);
}

std::string text(const json& v, const std::string& path) {
    if (!v.is_string()) throw Invalid{path, "must be a string"};
    return v.get<std::string>();
}

std::string nonempty_text(const json& v, const std::string& path) {
    std::string s = text(v, path);
    if (s.empty()) throw Invalid{path, "must not be empty"};
    return s;
}

bool is_lower_token(const std::string& s, const char* extra) {
    if (s.empty() || !(std::islower(static_cast<unsigned char>(s[0])) || std::isdigit(static_cast<unsigned char>(s[0]))))
        return false;
    return std::all_of(s.begin(), s.end(), [&](char c) {
        return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
               std::string(extra).find(c) != std::string::npos;
    });
}

std::string tier_name(const json& v, const std::string& path) {
    std::string s = text(v, path);
    if (!is_lower_token(s, "_-")) throw Invalid{path, "must be a lower-case tier name (a-z, 0-9, _ and -)"};
    return s;
}

std::string catalog_id(const json& v, const std::string& path) {
    std::string s = text(v, path);
    auto slash = s.find('/');
    if (slash == std::string::npos || !is_lower_token(s.substr(0, slash), "-") ||
        !is_lower_token(s.substr(slash + 1), ".-"))
        throw Invalid{path, "must be a lower-case id 'provider/model' (got '" + s + "')"};
    return s;
}

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Stricter than the schema's pattern: the day must exist (2026-02-30 does not).
std::string date(const json& v, const std::string& path) {
    std::string s = text(v, path);
    if (!is_date(s)) throw Invalid{path, "must be an ISO date YYYY-MM-DD naming a real day (got '" + s + "')"};
    return s;
}

std::string url(const json& v, const std::string& path) {
    std::string s = text(v, path);
    bool scheme = s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
    bool spaces = std::any_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    if (!scheme || spaces || s.size() <= 8) throw Invalid{path, "must be an http(s) URL"};
    return s;
}

std::pair<int, int> size(const json& v, const std::string& path) {
    std::string s = text(v, path);
    auto x = s.find('x');
    // Schema: 2 to 5 digits a side, no leading zero.
    auto digits = [](const std::string& d) { return d.size() >= 2 && d.size() <= 5 && d[0] != '0' && all_digits(d); };
    if (x == std::string::npos || !digits(s.substr(0, x)) || !digits(s.substr(x + 1)))
        throw Invalid{path, "must be a size 'WIDTHxHEIGHT' such as 1024x1024 (got '" + s + "')"};
    return {std::stoi(s.substr(0, x)), std::stoi(s.substr(x + 1))};
}

Source source(const json& j, const std::string& path) {
    expect_keys(j, path, {"url", "checked", "confidence", "note"});
    Source s;
    s.url = url(required(j, path, "url"), at(path, "url"));
    s.checked = date(required(j, path, "checked"), at(path, "checked"));
    s.confidence = text(required(j, path, "confidence"), at(path, "confidence"));
    if (s.confidence != "A" && s.confidence != "B" && s.confidence != "C" && s.confidence != "unverified")
        throw Invalid{at(path, "confidence"), "must be one of A, B, C, unverified (got '" + s.confidence + "')"};
    if (j.contains("note")) s.note = text(j["note"], at(path, "note"));
    return s;
}

const char* amount_key(Structure s) {
    switch (s) {
        case Structure::credits: return "credits";
        case Structure::tokens: return "output_tokens";
        default: return "prices";
    }
}

SizeTier size_tier(const json& j, const std::string& path, Structure structure,
                   const std::vector<std::string>& qualities) {
    expect_keys(j, path, {"size", "max_size", "max_pixels", "prices", "credits", "output_tokens", "source"});
    SizeTier t;
    int bounds = int(j.contains("size")) + int(j.contains("max_size")) + int(j.contains("max_pixels"));
    if (bounds != 1) throw Invalid{path, "must have exactly one of size, max_size, max_pixels"};
    if (j.contains("size")) std::tie(t.width, t.height) = size(j["size"], at(path, "size"));
    if (j.contains("max_size")) {
        t.kind = SizeTier::Kind::max_size;
        std::tie(t.width, t.height) = size(j["max_size"], at(path, "max_size"));
    }
    if (j.contains("max_pixels")) {
        t.kind = SizeTier::Kind::max_pixels;
        t.max_pixels = integer(j["max_pixels"], at(path, "max_pixels"), 4096, 268435456);
    }
    const char* key = amount_key(structure);
    for (const char* other : {"prices", "credits", "output_tokens"})
        if (other != std::string(key) && j.contains(other))
            throw Invalid{at(path, other), std::string("a ") + structure_name(structure) + " tier takes " + key +
                                               ", not " + other};
    const json& amounts = required(j, path, key);
    std::string apath = at(path, key);
    if (!amounts.is_object() || amounts.empty()) throw Invalid{apath, "must be a non-empty object of quality: amount"};
    for (const auto& [quality, value] : amounts.items()) {
        std::string qpath = at(apath, quality);
        tier_name(json(quality), qpath);
        if (quality != "any" && !qualities.empty() &&
            std::find(qualities.begin(), qualities.end(), quality) == qualities.end())
            throw Invalid{qpath, "quality '" + quality + "' is not in the model's qualities"};
        t.amounts[quality] = number(value, qpath, 0, 1e8);
    }
    if (j.contains("source")) t.source = source(j["source"], at(path, "source"));
    return t;
}

void limits(const json& j, const std::string& path, Pricing& p) {
    if (j.contains("max_size")) std::tie(p.max_width, p.max_height) = size(j["max_size"], at(path, "max_size"));
    if (j.contains("max_pixels")) p.max_pixels = integer(j["max_pixels"], at(path, "max_pixels"), 4096, 268435456);
}

Structure structure(const json& v, const std::string& path) {
    std::string s = text(v, path);
    for (Structure c : {Structure::per_image, Structure::per_megapixel, Structure::compute_time, Structure::credits,
                        Structure::tokens})
        if (s == structure_name(c)) return c;
    throw Invalid{path, "must be one of per_image, per_megapixel, compute_time, credits, tokens (got '" + s + "')"};
}

void tiers(const json& j, const std::string& path, Pricing& p, const std::vector<std::string>& qualities) {
    const json& list = required(j, path, "tiers");
    if (!list.is_array() || list.empty()) throw Invalid{at(path, "tiers"), "must be a non-empty array"};
    for (size_t i = 0; i < list.size(); ++i) {
        std::string tier_path = at(at(path, "tiers"), i);
        SizeTier t = size_tier(list[i], tier_path, p.structure, qualities);
        // Two tiers with one bound would make the price of that size depend on their order.
        for (size_t k = 0; k < p.tiers.size(); ++k) {
            const SizeTier& o = p.tiers[k];
            if (o.kind == t.kind && o.width == t.width && o.height == t.height && o.max_pixels == t.max_pixels) {
                const char* bound = t.kind == SizeTier::Kind::exact      ? "size"
                                    : t.kind == SizeTier::Kind::max_size ? "max_size"
                                                                         : "max_pixels";
                throw Invalid{at(tier_path, bound), "duplicate of tiers/" + std::to_string(k) +
                                                        ": list each size once, with all its qualities"};
            }
        }
        p.tiers.push_back(std::move(t));
    }
}

void megapixel_fields(const json& j, const std::string& path, Pricing& p) {
    expect_keys(j, path, {"structure", "source", "price_per_megapixel", "first_megapixel_price", "rounding",
                          "minimum_megapixels", "pixels_per_megapixel", "steps_scaling", "max_size", "max_pixels"});
    p.price_per_megapixel = number(required(j, path, "price_per_megapixel"), at(path, "price_per_megapixel"), 0, 1e6);
    if (j.contains("first_megapixel_price"))
        p.first_megapixel_price = number(j["first_megapixel_price"], at(path, "first_megapixel_price"), 0, 1e6);
    std::string rounding = text(required(j, path, "rounding"), at(path, "rounding"));
    if (rounding != "exact" && rounding != "up")
        throw Invalid{at(path, "rounding"), "must be exact or up (got '" + rounding + "')"};
    p.round_up = rounding == "up";
    if (j.contains("minimum_megapixels"))
        p.minimum_megapixels = number(j["minimum_megapixels"], at(path, "minimum_megapixels"), 0, 1000);
    if (j.contains("pixels_per_megapixel"))
        p.pixels_per_megapixel = integer(j["pixels_per_megapixel"], at(path, "pixels_per_megapixel"), 1000000, 1048576);
    if (j.contains("steps_scaling")) {
        if (!j["steps_scaling"].is_boolean()) throw Invalid{at(path, "steps_scaling"), "must be true or false"};
        p.steps_scaling = j["steps_scaling"].get<bool>();
    }
    limits(j, path, p);
}

void compute_fields(const json& j, const std::string& path, Pricing& p) {
    expect_keys(j, path, {"structure", "source", "price_per_second", "hardware", "reference", "max_size", "max_pixels"});
    p.price_per_second = number(required(j, path, "price_per_second"), at(path, "price_per_second"), 0, 1000, true);
    p.hardware = nonempty_text(required(j, path, "hardware"), at(path, "hardware"));
    const json& ref = required(j, path, "reference");
    std::string rpath = at(path, "reference");
    expect_keys(ref, rpath, {"width", "height", "steps", "seconds", "source"});
    p.ref_width = static_cast<int>(integer(required(ref, rpath, "width"), at(rpath, "width"), 64, 16384));
    p.ref_height = static_cast<int>(integer(required(ref, rpath, "height"), at(rpath, "height"), 64, 16384));
    p.ref_steps = static_cast<int>(integer(required(ref, rpath, "steps"), at(rpath, "steps"), 1, 1000));
    p.ref_seconds = number(required(ref, rpath, "seconds"), at(rpath, "seconds"), 0, 3600, true);
    if (ref.contains("source")) source(ref["source"], at(rpath, "source"));
    limits(j, path, p);
}

// A pricing block; a price period (`period`) also carries effective_from, which
// the caller reads: the block is read from a copy without it.
Pricing pricing(const json& j, const std::string& path, const std::vector<std::string>& qualities,
                std::optional<int> default_steps) {
    if (!j.is_object()) throw Invalid{path, "must be an object"};
    Pricing p;
    p.structure = structure(required(j, path, "structure"), at(path, "structure"));
    switch (p.structure) {
        case Structure::per_image:
            expect_keys(j, path, {"structure", "source", "tiers"});
            break;
        case Structure::credits:
            expect_keys(j, path, {"structure", "source", "price_per_credit", "tiers"});
            p.price_per_credit = number(required(j, path, "price_per_credit"), at(path, "price_per_credit"), 0, 1000, true);
            break;
        case Structure::tokens:
            expect_keys(j, path, {"structure", "source", "output_price_per_million", "input_text_price_per_million", "tiers"});
            p.output_price_per_million =
                number(required(j, path, "output_price_per_million"), at(path, "output_price_per_million"), 0, 1e5);
            p.input_text_price_per_million = number(required(j, path, "input_text_price_per_million"),
                                                    at(path, "input_text_price_per_million"), 0, 1e5);
            break;
        case Structure::per_megapixel: megapixel_fields(j, path, p); break;
        case Structure::compute_time: compute_fields(j, path, p); break;
    }
    p.source = source(required(j, path, "source"), at(path, "source"));
    if (p.structure == Structure::per_image || p.structure == Structure::credits || p.structure == Structure::tokens)
        tiers(j, path, p, qualities);
    if (p.steps_scaling) {
        if (!default_steps) throw Invalid{at(path, "steps_scaling"), "steps_scaling needs the model's default_steps"};
        p.ref_steps = *default_steps;
    }
    return p;
}

std::vector<std::string> qualities(const json& v, const std::string& path) {
    if (!v.is_array() || v.empty()) throw Invalid{path, "must be a non-empty array of tier names"};
    std::vector<std::string> out;
    for (size_t i = 0; i < v.size(); ++i) {
        std::string q = tier_name(v[i], at(path, i));
        if (std::find(out.begin(), out.end(), q) != out.end()) throw Invalid{at(path, i), "duplicate quality '" + q + "'"};
        out.push_back(q);
    }
    return out;
}

// A period's acknowledged differences from an independent price registry
// (scripts/crosscheck-genai-prices.mjs reads them): registry -> reason.
void crosscheck(const json& j, const std::string& path) {
    expect_keys(j, path, {"genai_prices"});
    if (j.empty()) throw Invalid{path, "must name at least one registry (genai_prices)"};
    if (j.contains("genai_prices")) nonempty_text(j["genai_prices"], at(path, "genai_prices"));
}

// The price history: periods oldest first, effective_from strictly increasing.
std::vector<PricePeriod> price_periods(const json& v, const std::string& path, const std::vector<std::string>& qualities,
                                       std::optional<int> default_steps) {
    if (!v.is_array() || v.empty())
        throw Invalid{path, "must be a non-empty array of price periods (each a pricing block with effective_from)"};
    std::vector<PricePeriod> out;
    for (size_t i = 0; i < v.size(); ++i) {
        std::string ppath = at(path, i);
        if (!v[i].is_object()) throw Invalid{ppath, "must be an object"};
        PricePeriod period;
        period.effective_from = date(required(v[i], ppath, "effective_from"), at(ppath, "effective_from"));
        if (!out.empty() && period.effective_from <= out.back().effective_from)
            throw Invalid{at(ppath, "effective_from"),
                          (period.effective_from == out.back().effective_from ? "duplicate effective_from " : "effective_from ") +
                              period.effective_from + " must be later than the previous period's (" +
                              out.back().effective_from + "): periods are listed oldest first"};
        json block = v[i];
        block.erase("effective_from");
        if (block.contains("crosscheck")) {
            crosscheck(block["crosscheck"], at(ppath, "crosscheck"));
            block.erase("crosscheck");
        }
        period.pricing = pricing(block, ppath, qualities, default_steps);
        out.push_back(std::move(period));
    }
    return out;
}

// Dates in order: shutdown > released, deprecated >= released, deprecated <= shutdown.
Lifecycle lifecycle(const json& j, const std::string& path, const std::string& own_id) {
    expect_keys(j, path, {"released", "deprecated", "shutdown", "successor", "source"});
    Lifecycle l;
    if (j.contains("released")) l.released = date(j["released"], at(path, "released"));
    if (j.contains("deprecated")) l.deprecated = date(j["deprecated"], at(path, "deprecated"));
    if (j.contains("shutdown")) l.shutdown = date(j["shutdown"], at(path, "shutdown"));
    if (j.contains("successor")) {
        l.successor = catalog_id(j["successor"], at(path, "successor"));
        if (l.successor == own_id) throw Invalid{at(path, "successor"), "a successor must be another id than its own"};
    }
    if (j.contains("source")) l.source = source(j["source"], at(path, "source"));
    if (!l.shutdown.empty() && !l.released.empty() && l.shutdown <= l.released)
        throw Invalid{at(path, "shutdown"), "shutdown " + l.shutdown + " must be after released " + l.released};
    if (!l.deprecated.empty() && !l.released.empty() && l.deprecated < l.released)
        throw Invalid{at(path, "deprecated"), "deprecated " + l.deprecated + " must not be before released " + l.released};
    if (!l.deprecated.empty() && !l.shutdown.empty() && l.deprecated > l.shutdown)
        throw Invalid{at(path, "deprecated"), "deprecated " + l.deprecated + " must not be after shutdown " + l.shutdown};
    return l;
}

// One leaderboard rating (docs/catalog.md#quality): a known leaderboard, the
// rating inside its interval, a dated source.
QualityRating rating(const json& j, const std::string& path) {
    expect_keys(j, path, {"leaderboard", "category", "rating", "ci_low", "ci_high", "votes", "source", "note"});
    QualityRating q;
    q.leaderboard = text(required(j, path, "leaderboard"), at(path, "leaderboard"));
    const Leaderboard* board = find_leaderboard(q.leaderboard);
    if (!board) {
        std::string known;
        for (const auto& l : leaderboards()) known += (known.empty() ? "" : ", ") + std::string(l.id);
        throw Invalid{at(path, "leaderboard"), "unknown leaderboard '" + q.leaderboard + "' (known: " + known + ")"};
    }
    q.category = text(required(j, path, "category"), at(path, "category"));
    if (q.category != board->category)
        throw Invalid{at(path, "category"), "must be " + std::string(board->category) + " for " + q.leaderboard +
                                                " (got '" + q.category + "')"};
    q.rating = number(required(j, path, "rating"), at(path, "rating"), 0, 5000);
    q.ci_low = number(required(j, path, "ci_low"), at(path, "ci_low"), 0, 5000);
    q.ci_high = number(required(j, path, "ci_high"), at(path, "ci_high"), 0, 5000);
    if (q.ci_low > q.ci_high)
        throw Invalid{at(path, "ci_low"), "ci_low " + number_text(q.ci_low) + " must not be above ci_high " +
                                              number_text(q.ci_high)};
    if (q.rating < q.ci_low || q.rating > q.ci_high)
        throw Invalid{at(path, "rating"), "rating " + number_text(q.rating) + " must lie within its interval " +
                                              number_text(q.ci_low) + " to " + number_text(q.ci_high)};
    if (j.contains("votes")) q.votes = integer(j["votes"], at(path, "votes"), 0, 1000000000000LL);
    const json& src = required(j, path, "source");
    std::string spath = at(path, "source");
    expect_keys(src, spath, {"url", "as_of"});
    q.url = url(required(src, spath, "url"), at(spath, "url"));
    q.as_of = date(required(src, spath, "as_of"), at(spath, "as_of"));
    if (j.contains("note")) q.note = text(j["note"], at(path, "note"));
    return q;
}

std::vector<QualityRating> quality(const json& v, const std::string& path) {
    if (!v.is_array() || v.empty()) throw Invalid{path, "must be a non-empty array of leaderboard ratings"};
    std::vector<QualityRating> out;
    for (size_t i = 0; i < v.size(); ++i) {
        QualityRating q = rating(v[i], at(path, i));
        for (const auto& o : out)
            if (o.leaderboard == q.leaderboard)
                throw Invalid{at(at(path, i), "leaderboard"),
                              "duplicate leaderboard '" + q.leaderboard + "': one rating per leaderboard"};
        out.push_back(std::move(q));
    }
    return out;
}

struct FileContext {
    std::string provider, file;
    const Catalog& loaded;
    const Catalog& so_far;  // this file's entries read so far
};

void check_new_id(const std::string& id, const std::string& path, const FileContext& ctx) {
    auto taken = [&](const Catalog& c) { return c.find_model(id) || c.find_service(id); };
    if (taken(ctx.loaded) || taken(ctx.so_far)) throw Invalid{path, "duplicate id '" + id + "'"};
    if (id.substr(0, id.find('/')) != ctx.provider)
        throw Invalid{path, "id must start with the file's provider id '" + ctx.provider + "/'"};
}

Model model(const json& j, const std::string& path, const FileContext& ctx) {
    expect_keys(j, path, {"id", "name", "lifecycle", "qualities", "default_quality", "default_steps",
                          "pricing", "edit", "upscaler", "batch", "notes", "quality", "rated_as"});
    Model m;
    m.id = catalog_id(required(j, path, "id"), at(path, "id"));
    check_new_id(m.id, at(path, "id"), ctx);
    m.provider = ctx.provider;
    m.file = ctx.file;
    m.name = nonempty_text(required(j, path, "name"), at(path, "name"));
    if (j.contains("lifecycle")) m.lifecycle = lifecycle(j["lifecycle"], at(path, "lifecycle"), m.id);
    if (j.contains("qualities")) m.qualities = qualities(j["qualities"], at(path, "qualities"));
    if (j.contains("default_quality")) {
        m.default_quality = tier_name(j["default_quality"], at(path, "default_quality"));
        if (std::find(m.qualities.begin(), m.qualities.end(), m.default_quality) == m.qualities.end())
            throw Invalid{at(path, "default_quality"), "must be one of the model's qualities"};
    } else if (m.qualities.size() > 1) {
        throw Invalid{at(path, "default_quality"), "missing required key 'default_quality' (the model has several qualities)"};
    } else if (m.qualities.size() == 1) {
        m.default_quality = m.qualities.front();
    }
    if (j.contains("default_steps"))
        m.default_steps = static_cast<int>(integer(j["default_steps"], at(path, "default_steps"), 1, 500));
    m.prices = price_periods(required(j, path, "pricing"), at(path, "pricing"), m.qualities, m.default_steps);
    if (j.contains("edit")) m.edit = pricing(j["edit"], at(path, "edit"), m.qualities, m.default_steps);
    if (j.contains("upscaler")) {
        m.upscaler = catalog_id(j["upscaler"], at(path, "upscaler"));
        const Service* s = ctx.so_far.find_service(m.upscaler);
        if (!s) s = ctx.loaded.find_service(m.upscaler);
        if (!s || s->kind != ServiceKind::upscale)
            throw Invalid{at(path, "upscaler"), "'" + m.upscaler + "' is not an upscale service of this file or an already loaded one"};
    }
    if (j.contains("batch")) {
        std::string bpath = at(path, "batch");
        expect_keys(j["batch"], bpath, {"discount", "source"});
        BatchMode b;
        b.discount = number(required(j["batch"], bpath, "discount"), at(bpath, "discount"), 0, 1);
        b.source = source(required(j["batch"], bpath, "source"), at(bpath, "source"));
        m.batch = b;
    }
    if (j.contains("notes")) m.notes = text(j["notes"], at(path, "notes"));
    if (j.contains("quality") && j.contains("rated_as"))
        throw Invalid{at(path, "rated_as"), "a model carries its own quality or rated_as, not both"};
    if (j.contains("quality")) m.quality = quality(j["quality"], at(path, "quality"));
    if (j.contains("rated_as")) {
        m.rated_as = catalog_id(j["rated_as"], at(path, "rated_as"));
        if (m.rated_as == m.id) throw Invalid{at(path, "rated_as"), "rated_as must name another model than its own"};
    }
    return m;
}

ServiceKind service_kind(const json& v, const std::string& path) {
    std::string s = text(v, path);
    for (ServiceKind k : {ServiceKind::moderation, ServiceKind::storage, ServiceKind::cdn, ServiceKind::upscale})
        if (s == service_kind_name(k)) return k;
    throw Invalid{path, "must be one of moderation, storage, cdn, upscale (got '" + s + "')"};
}

std::vector<Rate> rates(const json& v, const std::string& path) {
    if (!v.is_array() || v.empty()) throw Invalid{path, "must be a non-empty array of {up_to, price}"};
    std::vector<Rate> out;
    double previous = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        std::string rpath = at(path, i);
        expect_keys(v[i], rpath, {"up_to", "price"});
        Rate r;
        r.price = number(required(v[i], rpath, "price"), at(rpath, "price"), 0, 1e6);
        bool last = i + 1 == v.size();
        if (v[i].contains("up_to")) {
            if (last) throw Invalid{at(rpath, "up_to"), "the last rate must have no up_to (it covers the rest)"};
            r.up_to = number(v[i]["up_to"], at(rpath, "up_to"), 0, 1e15, true);
            if (*r.up_to <= previous) throw Invalid{at(rpath, "up_to"), "up_to must be larger than the previous rate's"};
            previous = *r.up_to;
        } else if (!last) {
            throw Invalid{at(rpath, "up_to"), "missing required key 'up_to' (only the last rate is open-ended)"};
        }
        out.push_back(r);
    }
    return out;
}

Service service(const json& j, const std::string& path, const FileContext& ctx) {
    expect_keys(j, path, {"id", "name", "kind", "lifecycle", "price", "rates", "source", "notes"});
    Service s;
    s.id = catalog_id(required(j, path, "id"), at(path, "id"));
    check_new_id(s.id, at(path, "id"), ctx);
    s.provider = ctx.provider;
    s.file = ctx.file;
    s.name = nonempty_text(required(j, path, "name"), at(path, "name"));
    s.kind = service_kind(required(j, path, "kind"), at(path, "kind"));
    if (j.contains("lifecycle")) s.lifecycle = lifecycle(j["lifecycle"], at(path, "lifecycle"), s.id);
    if (j.contains("price") == j.contains("rates")) throw Invalid{path, "must have exactly one of price, rates"};
    if (j.contains("price"))
        s.rates.push_back(Rate{std::nullopt, number(j["price"], at(path, "price"), 0, 1e6)});
    else
        s.rates = rates(j["rates"], at(path, "rates"));
    s.source = source(required(j, path, "source"), at(path, "source"));
    if (j.contains("notes")) s.notes = text(j["notes"], at(path, "notes"));
    return s;
}

const json& array_at(const json& j, const char* key) {
    static const json empty = json::array();
    auto it = j.find(key);
    if (it == j.end()) return empty;
    if (!it->is_array()) throw Invalid{at("", key), "must be an array"};
    return *it;
}

void version_2(const json& j) {
    if (j.contains("$schema")) text(j["$schema"], "/$schema");
    const json& version = required(j, "", "format_version");
    if (!version.is_number_integer() || version.get<long long>() != catalog_format_version)
        throw Invalid{"/format_version", "must be 2 (the format this build reads)"};
}

Catalog provider_file(const json& j, const std::string& file, const Catalog& loaded) {
    expect_keys(j, "", {"$schema", "format_version", "provider", "models", "services", "not_available"});
    version_2(j);
    Catalog piece;
    const json& p = required(j, "", "provider");
    expect_keys(p, "/provider", {"id", "name", "url", "notes"});
    ProviderInfo info;
    info.id = text(required(p, "/provider", "id"), "/provider/id");
    if (!is_lower_token(info.id, "-")) throw Invalid{"/provider/id", "must be a lower-case id (a-z, 0-9 and -)"};
    for (const auto& other : loaded.providers)
        if (other.id == info.id) throw Invalid{"/provider/id", "provider '" + info.id + "' is already loaded from " + other.file};
    info.name = nonempty_text(required(p, "/provider", "name"), "/provider/name");
    info.url = url(required(p, "/provider", "url"), "/provider/url");
    if (p.contains("notes")) info.notes = text(p["notes"], "/provider/notes");
    info.file = file;
    piece.providers.push_back(info);
    FileContext ctx{info.id, file, loaded, piece};
    required(j, "", "models");
    // Services first, so a model can name this file's upscaler.
    const json& services = array_at(j, "services");
    for (size_t i = 0; i < services.size(); ++i) piece.services.push_back(service(services[i], at("/services", i), ctx));
    const json& models = array_at(j, "models");
    for (size_t i = 0; i < models.size(); ++i) piece.models.push_back(model(models[i], at("/models", i), ctx));
    const json& na = array_at(j, "not_available");
    for (size_t i = 0; i < na.size(); ++i) {
        std::string path = at("/not_available", i);
        expect_keys(na[i], path, {"name", "reason", "source"});
        piece.not_available.push_back({info.id, nonempty_text(required(na[i], path, "name"), at(path, "name")),
                                       nonempty_text(required(na[i], path, "reason"), at(path, "reason")),
                                       source(required(na[i], path, "source"), at(path, "source"))});
    }
    return piece;
}

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

FxSnapshot fx_snapshot(const json& j, const std::string& path) {
    expect_keys(j, path, {"date", "base", "rates", "source"});
    FxSnapshot fx;
    fx.date = date(required(j, path, "date"), at(path, "date"));
    fx.base = text(required(j, path, "base"), at(path, "base"));
    if (!is_currency_code(fx.base)) throw Invalid{at(path, "base"), "must be a currency code of three capital letters"};
    const json& rates = required(j, path, "rates");
    if (!rates.is_object() || rates.empty()) throw Invalid{at(path, "rates"), "must be a non-empty object of code: rate"};
    for (const auto& [c, v] : rates.items()) {
        if (!is_currency_code(c)) throw Invalid{at(at(path, "rates"), c), "must be a currency code of three capital letters"};
        fx.rates[c] = number(v, at(at(path, "rates"), c), 0, 1e6, true);
    }
    fx.source = source(required(j, path, "source"), at(path, "source"));
    return fx;
}

void defaults_file(Catalog& into, const json& j, const std::string& file) {
    expect_keys(j, "", {"$schema", "format_version", "default_models", "fx"});
    version_2(j);
    if (!into.defaults_file.empty())
        throw Invalid{"/default_models", "default models are already loaded from " + into.defaults_file};
    const json& list = required(j, "", "default_models");
    if (!list.is_array() || list.empty()) throw Invalid{"/default_models", "must be a non-empty array of model ids"};
    std::vector<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        std::string id = catalog_id(list[i], at("/default_models", i));
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            throw Invalid{at("/default_models", i), "duplicate id '" + id + "'"};
        ids.push_back(id);
    }
    if (j.contains("fx")) into.fx = fx_snapshot(j["fx"], "/fx");
    into.default_models = std::move(ids);
    into.defaults_file = file;
}

// Drops everything a file added (its provider, models, services, not_available).
void remove_file(Catalog& c, const std::string& file) {
    auto from = [&](auto& list) {
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& x) { return x.file == file; }), list.end());
    };
    from(c.providers);
    from(c.models);
    from(c.services);
    std::vector<std::string> gone;
    for (const auto& p : c.providers) gone.push_back(p.id);
    c.not_available.erase(std::remove_if(c.not_available.begin(), c.not_available.end(),
                                         [&](const Unavailable& u) {
                                             return std::find(gone.begin(), gone.end(), u.provider) == gone.end();
                                         }),
                          c.not_available.end());
}

// The first reference from one file to an id that the whole catalog lacks.
std::optional<CatalogError> broken_reference(const Catalog& c) {
    std::map<std::string, size_t> models_seen, services_seen;  // index of each entry in its file
    for (const auto& m : c.models) {
        std::string path = at("/models", models_seen[m.file]++);
        if (!m.lifecycle.successor.empty() && !c.find_model(m.lifecycle.successor))
            return CatalogError{m.file, at(at(path, "lifecycle"), "successor"),
                                "successor '" + m.lifecycle.successor + "' is not a model of the catalog"};
        if (!m.upscaler.empty() && !c.find_service(m.upscaler))
            return CatalogError{m.file, at(path, "upscaler"), "'" + m.upscaler + "' is not a service of the catalog"};
        if (!m.rated_as.empty() && !c.find_model(m.rated_as))
            return CatalogError{m.file, at(path, "rated_as"),
                                "rated_as '" + m.rated_as + "' is not a model of the catalog"};
    }
    for (const auto& s : c.services) {
        std::string path = at("/services", services_seen[s.file]++);
        if (!s.lifecycle.successor.empty() && !c.find_service(s.lifecycle.successor))
            return CatalogError{s.file, at(at(path, "lifecycle"), "successor"),
                                "successor '" + s.lifecycle.successor + "' is not a service of the catalog"};
    }
    return std::nullopt;
}

}  // namespace

bool is_defaults_file(const json& content, const std::string& file) {
    std::string name = file.substr(file.find_last_of("/\\") == std::string::npos ? 0 : file.find_last_of("/\\") + 1);
    return name == "defaults.json" ||
           (content.is_object() && content.contains("default_models") && !content.contains("provider"));
}

// Runs one file's load; a rule it breaks becomes that file's error (with its
// JSON Pointer) and the other files still load.
bool load_reporting(const std::string& file, std::vector<CatalogError>& errors, const std::function<void()>& load) {
    try {
        load();
        return true;
    } catch (const Invalid& e) {
        errors.push_back({file, e.path, e.reason});
    } catch (const json::exception& e) {
        errors.push_back({file, "", e.what()});
    }
    return false;
}

bool load_defaults(Catalog& into, const json& content, const std::string& file, std::vector<CatalogError>& errors) {
    return load_reporting(file, errors, [&] { defaults_file(into, content, file); });
}

void check_references(LoadResult& loaded) {
    Catalog& c = loaded.catalog;
    // Rejecting a file can break another file's reference to it: repeat until none is left.
    while (auto broken = broken_reference(c)) {
        loaded.errors.push_back(*broken);
        remove_file(c, broken->file);
    }
    for (size_t i = 0; i < c.default_models.size(); ++i) {
        if (c.find_model(c.default_models[i])) continue;
        loaded.errors.push_back({c.defaults_file, at("/default_models", i),
                                 "'" + c.default_models[i] + "' is not a model of the catalog"});
        c.default_models.clear();
        c.defaults_file.clear();
        break;
    }
}

bool load_provider(Catalog& into, const json& content, const std::string& file, std::vector<CatalogError>& errors) {
    return load_reporting(file, errors, [&] {
        Catalog piece = provider_file(content, file, into);
        append(into.providers, piece.providers);
        append(into.models, piece.models);
        append(into.services, piece.services);
        append(into.not_available, piece.not_available);
    });
}

void add_catalog_text(LoadResult& into, std::string_view text, const std::string& file) {
    json content;
    try {
        content = json::parse(text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for numbers beyond a double
        into.errors.push_back({file, "", std::string("not valid JSON: ") + e.what()});
        return;
    }
    auto load_one = [&](const json& one, const std::string& name) {
        if (is_defaults_file(one, name))
            load_defaults(into.catalog, one, name, into.errors);
        else
            load_provider(into.catalog, one, name, into.errors);
    };
    if (!content.is_object() || !content.contains("bundle_version")) {
        load_one(content, file);
        return;
    }
    const json& files = content.value("files", json::object());
    if (!files.is_object()) {
        into.errors.push_back({file, "/files", "must be an object of file name: provider file"});
        return;
    }
    for (const auto& [name, provider] : files.items()) load_one(provider, name);
}

LoadResult load_catalog_text(std::string_view text, const std::string& file) {
    LoadResult result;
    add_catalog_text(result, text, file);
    check_references(result);
    return result;
}

}  // namespace imgcost
