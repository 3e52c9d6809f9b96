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

}  // namespace imgcost
