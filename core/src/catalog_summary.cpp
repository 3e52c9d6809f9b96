#include "imgcost/pricing.hpp"
#include "imgcost/result_json.hpp"
#include "json_fields.hpp"
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
    nlohmann::json j = nlohmann::json::object();
    detail::put<Model>(j, m, {},
                       {{"id", &Model::id}, {"name", &Model::name}, {"provider", &Model::provider},
                        {"default_quality", &Model::default_quality}, {"upscaler", &Model::upscaler},
                        {"notes", &Model::notes}});
    j["status"] = status_name(m.status);
    j["structure"] = structure_name(m.pricing.structure);
    j["qualities"] = m.qualities;
    j["sizes"] = sizes_json(m.pricing);
    j["largest_size"] = largest_size(m.pricing);
    j["uses_steps"] = uses_steps(m.pricing);
    j["has_batch"] = m.batch.has_value();
    j["has_edit_price"] = m.edit.has_value();
    j["source"] = to_json(m.pricing.source);
    if (!m.status_date.empty()) j["status_date"] = m.status_date;
    if (m.default_steps) j["default_steps"] = *m.default_steps;
    if (m.batch) j["batch_discount"] = m.batch->discount;
    return j;
}

nlohmann::json service_json(const Service& s) {
    nlohmann::json rates = nlohmann::json::array();
    for (const auto& r : s.rates) {
        nlohmann::json rate = nlohmann::json::object();
        rate["price"] = r.price;
        if (r.up_to) rate["up_to"] = *r.up_to;
        rates.push_back(std::move(rate));
    }
    nlohmann::json j = nlohmann::json::object();
    detail::put<Service>(j, s, {}, {{"id", &Service::id}, {"name", &Service::name}, {"notes", &Service::notes}});
    j["kind"] = service_kind_name(s.kind);
    j["status"] = status_name(s.status);
    j["rates"] = std::move(rates);
    j["source"] = to_json(s.source);
    return j;
}

}  // namespace

nlohmann::json catalog_summary(const LoadResult& loaded) {
    const Catalog& c = loaded.catalog;
    nlohmann::json models = nlohmann::json::array(), services = nlohmann::json::array(),
                   providers = nlohmann::json::array(), unavailable = nlohmann::json::array(),
                   errors = nlohmann::json::array();
    for (const auto& p : c.providers) {
        nlohmann::json j = nlohmann::json::object();
        detail::put<ProviderInfo>(j, p, {}, {{"id", &ProviderInfo::id}, {"name", &ProviderInfo::name}, {"url", &ProviderInfo::url}});
        providers.push_back(std::move(j));
    }
    for (const auto& m : c.models) models.push_back(model_json(m));
    for (const auto& s : c.services) services.push_back(service_json(s));
    for (const auto& u : c.not_available) {
        nlohmann::json j = nlohmann::json::object();
        detail::put<Unavailable>(j, u, {},
                                 {{"provider", &Unavailable::provider}, {"name", &Unavailable::name},
                                  {"reason", &Unavailable::reason}});
        j["source"] = to_json(u.source);
        unavailable.push_back(std::move(j));
    }
    for (const auto& e : loaded.errors) {
        nlohmann::json j = nlohmann::json::object();
        j["file"] = e.file;
        j["path"] = e.path;
        // A JSON parse error quotes the bytes it stopped at, which may not be UTF-8.
        j["reason"] = valid_utf8(e.reason);
        j["text"] = valid_utf8(e.to_string());
        errors.push_back(std::move(j));
    }
    nlohmann::json out = nlohmann::json::object();
    out["catalog_date"] = c.newest_price_date();
    out["providers"] = std::move(providers);
    out["models"] = std::move(models);
    out["services"] = std::move(services);
    out["not_available"] = std::move(unavailable);
    out["load_errors"] = std::move(errors);
    return out;
}

}  // namespace imgcost
