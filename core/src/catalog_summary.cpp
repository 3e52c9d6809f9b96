#include "imgcost/pricing.hpp"
#include "imgcost/result_json.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

nlohmann::json sizes_json(const Pricing& p) {
    nlohmann::json sizes = nlohmann::json::array();
    for (const auto& t : p.tiers)
        if (t.kind == SizeTier::Kind::exact) sizes.push_back(size_text(t.width, t.height));
    return sizes;
}

nlohmann::json model_json(const Model& m) {
    nlohmann::json j = {{"id", m.id},
                        {"name", m.name},
                        {"provider", m.provider},
                        {"status", status_name(m.status)},
                        {"structure", structure_name(m.pricing.structure)},
                        {"qualities", m.qualities},
                        {"default_quality", m.default_quality},
                        {"sizes", sizes_json(m.pricing)},
                        {"largest_size", largest_size(m.pricing)},
                        {"uses_steps", m.pricing.structure == Structure::compute_time || m.pricing.steps_scaling},
                        {"has_batch", m.batch.has_value()},
                        {"has_edit_price", m.edit.has_value()},
                        {"upscaler", m.upscaler},
                        {"source", to_json(m.pricing.source)},
                        {"notes", m.notes}};
    if (!m.status_date.empty()) j["status_date"] = m.status_date;
    if (m.default_steps) j["default_steps"] = *m.default_steps;
    if (m.batch) j["batch_discount"] = m.batch->discount;
    return j;
}

}  // namespace

nlohmann::json catalog_summary(const LoadResult& loaded) {
    const Catalog& c = loaded.catalog;
    nlohmann::json models = nlohmann::json::array(), services = nlohmann::json::array(),
                   providers = nlohmann::json::array(), unavailable = nlohmann::json::array(),
                   errors = nlohmann::json::array();
    for (const auto& p : c.providers) providers.push_back({{"id", p.id}, {"name", p.name}, {"url", p.url}});
    for (const auto& m : c.models) models.push_back(model_json(m));
    for (const auto& s : c.services) {
        nlohmann::json rates = nlohmann::json::array();
        for (const auto& r : s.rates) {
            nlohmann::json rate = {{"price", r.price}};
            if (r.up_to) rate["up_to"] = *r.up_to;
            rates.push_back(rate);
        }
        services.push_back({{"id", s.id}, {"name", s.name}, {"kind", service_kind_name(s.kind)},
                            {"status", status_name(s.status)}, {"rates", rates}, {"source", to_json(s.source)},
                            {"notes", s.notes}});
    }
    for (const auto& u : c.not_available)
        unavailable.push_back({{"provider", u.provider}, {"name", u.name}, {"reason", u.reason}, {"source", to_json(u.source)}});
    for (const auto& e : loaded.errors)
        errors.push_back({{"file", e.file}, {"path", e.path}, {"reason", e.reason}, {"text", e.to_string()}});
    return {{"catalog_date", c.newest_price_date()}, {"providers", providers}, {"models", models},
            {"services", services}, {"not_available", unavailable}, {"load_errors", errors}};
}

}  // namespace imgcost
