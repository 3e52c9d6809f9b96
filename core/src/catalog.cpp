#include "imgcost/catalog.hpp"

namespace imgcost {

const char* structure_name(Structure s) {
    switch (s) {
        case Structure::per_image: return "per_image";
        case Structure::per_megapixel: return "per_megapixel";
        case Structure::compute_time: return "compute_time";
        case Structure::credits: return "credits";
        case Structure::tokens: return "tokens";
    }
    return "";
}

const char* status_name(Status s) {
    switch (s) {
        case Status::not_released: return "not_released";
        case Status::active: return "active";
        case Status::deprecated: return "deprecated";
        case Status::retired: return "retired";
    }
    return "";
}

const char* service_kind_name(ServiceKind k) {
    switch (k) {
        case ServiceKind::moderation: return "moderation";
        case ServiceKind::storage: return "storage";
        case ServiceKind::cdn: return "cdn";
        case ServiceKind::upscale: return "upscale";
    }
    return "";
}

const Model* Catalog::find_model(const std::string& id) const {
    for (const auto& m : models)
        if (m.id == id) return &m;
    return nullptr;
}

const Service* Catalog::find_service(const std::string& id) const {
    for (const auto& s : services)
        if (s.id == id) return &s;
    return nullptr;
}

std::string Catalog::newest_price_date() const {
    std::string newest;
    auto see = [&](const Source& s) {
        if (s.checked > newest) newest = s.checked;
    };
    for (const auto& m : models) {
        for (const auto& period : m.prices) see(period.pricing.source);
        if (m.edit) see(m.edit->source);
        if (m.batch) see(m.batch->source);
    }
    for (const auto& s : services) see(s.source);
    return newest;
}

std::optional<double> FxSnapshot::per_usd(const std::string& code) const {
    auto rate = [&](const std::string& c) -> std::optional<double> {
        if (c == base) return 1.0;
        auto it = rates.find(c);
        return it == rates.end() ? std::nullopt : std::optional<double>(it->second);
    };
    auto to = rate(code), usd = rate("USD");
    if (!to || !usd) return std::nullopt;
    return *to / *usd;
}

std::pair<std::string, std::string> Catalog::checked_range() const {
    std::string oldest, newest;
    auto see = [&](const Source& s) {
        if (s.checked.empty()) return;
        if (oldest.empty() || s.checked < oldest) oldest = s.checked;
        if (s.checked > newest) newest = s.checked;
    };
    for (const auto& m : models) {
        see(m.prices.back().pricing.source);
        if (m.edit) see(m.edit->source);
        if (m.batch) see(m.batch->source);
    }
    for (const auto& s : services) see(s.source);
    return {oldest, newest};
}

const std::vector<Leaderboard>& leaderboards() {
    static const std::vector<Leaderboard> table = {
        {"lmarena-text-to-image", "text-to-image", "LMArena (Arena) Text-to-Image",
         "https://arena.ai/leaderboard/text-to-image", "CC BY 4.0",
         "Ratings: LMArena, CC BY 4.0, as of <as_of> (Arena Text-to-Image leaderboard; mapping to catalog ids is "
         "imgcost's)"},
        {"lmarena-image-edit", "image-edit", "LMArena (Arena) Image Edit", "https://arena.ai/leaderboard/image-edit",
         "CC BY 4.0",
         "Ratings: LMArena, CC BY 4.0, as of <as_of> (Arena Image Edit leaderboard; mapping to catalog ids is "
         "imgcost's)"},
    };
    return table;
}

const Leaderboard* find_leaderboard(const std::string& id) {
    for (const auto& l : leaderboards())
        if (id == l.id) return &l;
    return nullptr;
}

const QualityRating* rating_of(const Model& m, const Catalog& c, const std::string& leaderboard, std::string* via) {
    const Model* rated = &m;
    if (!m.rated_as.empty()) rated = c.find_model(m.rated_as);
    if (!rated) return nullptr;
    for (const auto& q : rated->quality)
        if (q.leaderboard == leaderboard) {
            if (via) *via = rated == &m ? "" : rated->id;
            return &q;
        }
    return nullptr;
}

}  // namespace imgcost
