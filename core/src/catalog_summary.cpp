#include "imgcost/lifecycle.hpp"
#include "imgcost/pricing.hpp"
#include "imgcost/result_value.hpp"
#include "json_fields.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

Value sizes_value(const Pricing& p) {
    Value sizes = Value::array();
    for (const auto& t : p.tiers)
        if (t.kind == SizeTier::Kind::exact) sizes.push_back(size_text(t.width, t.height));
    return sizes;
}

Value lifecycle_value(const Lifecycle& l) {
    Value j = Value::object();
    // Only the dates the catalog knows.
    static const detail::Texts<Lifecycle> dates = {{"released", &Lifecycle::released}, {"deprecated", &Lifecycle::deprecated},
                                                   {"shutdown", &Lifecycle::shutdown}, {"successor", &Lifecycle::successor}};
    for (const auto& [key, member] : dates)
        if (!(l.*member).empty()) j[key] = l.*member;
    if (l.source) j["source"] = to_value(*l.source);
    return j;
}

// The model as it stands on `on`: its status then, and the price period in effect.
Value model_value(const Model& m, const Date& on) {
    const Pricing& pricing = pricing_on(m, on).period->pricing;
    StatusOn status = model_status(m, on);
    Value j = Value::object();
    detail::put<Model>(j, m, {},
                       {{"id", &Model::id}, {"name", &Model::name}, {"provider", &Model::provider},
                        {"default_quality", &Model::default_quality}, {"upscaler", &Model::upscaler},
                        {"notes", &Model::notes}});
    j["status"] = status_name(status.status);
    j["status_text"] = status.text;
    j["lifecycle"] = lifecycle_value(m.lifecycle);
    j["structure"] = structure_name(pricing.structure);
    j["qualities"] = m.qualities;
    j["sizes"] = sizes_value(pricing);
    j["largest_size"] = largest_size(pricing);
    j["uses_steps"] = uses_steps(pricing);
    j["has_batch"] = m.batch.has_value();
    j["has_edit_price"] = m.edit.has_value();
    j["effective_from"] = pricing_on(m, on).period->effective_from;
    j["price_periods"] = m.prices.size();
    j["source"] = to_value(pricing.source);
    if (m.default_steps) j["default_steps"] = *m.default_steps;
    if (m.batch) j["batch_discount"] = m.batch->discount;
    return j;
}

Value service_value(const Service& s, const Date& on) {
    Value rates = Value::array();
    for (const auto& r : s.rates) {
        Value rate = Value::object();
        rate["price"] = r.price;
        if (r.up_to) rate["up_to"] = *r.up_to;
        rates.push_back(std::move(rate));
    }
    Value j = Value::object();
    detail::put<Service>(j, s, {}, {{"id", &Service::id}, {"name", &Service::name}, {"notes", &Service::notes}});
    j["kind"] = service_kind_name(s.kind);
    StatusOn status = service_status(s, on);
    j["status"] = status_name(status.status);
    j["status_text"] = status.text;
    j["rates"] = std::move(rates);
    j["source"] = to_value(s.source);
    return j;
}

}  // namespace

Value catalog_summary_value(const LoadResult& loaded, const std::optional<Date>& as_of) {
    const Catalog& c = loaded.catalog;
    const Date on = as_of ? *as_of : catalog_reference_date(c);
    Value models = Value::array(), services = Value::array(),
                   providers = Value::array(), unavailable = Value::array(),
                   errors = Value::array();
    for (const auto& p : c.providers) {
        Value j = Value::object();
        detail::put<ProviderInfo>(j, p, {}, {{"id", &ProviderInfo::id}, {"name", &ProviderInfo::name}, {"url", &ProviderInfo::url}});
        providers.push_back(std::move(j));
    }
    for (const auto& m : c.models) models.push_back(model_value(m, on));
    for (const auto& s : c.services) services.push_back(service_value(s, on));
    for (const auto& u : c.not_available) {
        Value j = Value::object();
        detail::put<Unavailable>(j, u, {},
                                 {{"provider", &Unavailable::provider}, {"name", &Unavailable::name},
                                  {"reason", &Unavailable::reason}});
        j["source"] = to_value(u.source);
        unavailable.push_back(std::move(j));
    }
    for (const auto& e : loaded.errors) {
        Value j = Value::object();
        j["file"] = e.file;
        j["path"] = e.path;
        // A JSON parse error quotes the bytes it stopped at, which may not be UTF-8.
        j["reason"] = valid_utf8(e.reason);
        j["text"] = valid_utf8(e.to_string());
        errors.push_back(std::move(j));
    }
    Value out = Value::object();
    out["catalog_date"] = c.newest_price_date();
    out["checked_from"] = c.checked_range().first;
    if (c.fx) {
        Value currencies = Value::array();
        currencies.push_back("USD");
        for (const auto& [code, rate] : c.fx->rates)
            if (code != "USD") currencies.push_back(code);
        if (c.fx->base != "USD") currencies.push_back(c.fx->base);
        out["fx"] = {{"date", c.fx->date}, {"currencies", currencies}, {"source", to_value(c.fx->source)}};
    }
    out["checked_to"] = c.checked_range().second;
    out["as_of"] = format_date(on);
    out["default_model"] = default_model(c, on);
    out["default_models"] = c.default_models;
    out["providers"] = std::move(providers);
    out["models"] = std::move(models);
    out["services"] = std::move(services);
    out["not_available"] = std::move(unavailable);
    out["load_errors"] = std::move(errors);
    return out;
}

}  // namespace imgcost
