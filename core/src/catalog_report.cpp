#include "imgcost/catalog_report.hpp"

#include <algorithm>

#include "imgcost/errors.hpp"
#include "imgcost/evaluation.hpp"
#include "imgcost/lifecycle.hpp"

namespace imgcost {

namespace {

// Every dated source of the catalog, with where it sits.
struct Dated {
    std::string id, where;
    const Source* source;
    bool history;  // the model or service is not callable on the date: its price cannot be re-checked
};

std::vector<Dated> dated_sources(const Catalog& c, const Date& on) {
    std::vector<Dated> out;
    for (const auto& m : c.models) {
        bool history = model_status(m, on).status == Status::retired;
        const Pricing& current = m.prices.back().pricing;
        out.push_back({m.id, "pricing", &current.source, history});
        if (m.edit) out.push_back({m.id, "edit", &m.edit->source, history});
        if (m.batch) out.push_back({m.id, "batch", &m.batch->source, history});
    }
    for (const auto& s : c.services)
        out.push_back({s.id, service_kind_name(s.kind) + std::string(" service"), &s.source,
                       service_status(s, on).status == Status::retired});
    return out;
}

ReportRow row_for(const Model& m, const Catalog& c, const Date& on) {
    ReportRow row{m.id, m.name, m.provider, status_name(model_status(m, on).status),
                  structure_name(pricing_on(m, on).period->pricing.structure), "", "", false, 0, ""};
    try {
        Estimate e = evaluate(reference_scenario(m.id, format_date(on)), c, {false});
        row.ok = true;
        row.price_per_generation = e.price_per_generation;
        row.billed_as = e.billed_as;
        row.confidence = e.price_source.confidence;
    } catch (const InputError& err) {
        row.error = err.what();
    }
    return row;
}

}  // namespace

CatalogReport catalog_report(const Catalog& c, const ReportOptions& o) {
    CatalogReport r;
    r.as_of = format_date(o.as_of);
    for (const auto& p : c.providers) r.models_by_provider[p.id] = 0;
    for (const auto& m : c.models) ++r.models_by_provider[m.provider];
    r.providers = static_cast<int>(c.providers.size());
    r.models = static_cast<int>(c.models.size());
    r.services = static_cast<int>(c.services.size());
    r.not_available = static_cast<int>(c.not_available.size());
    for (const auto& d : dated_sources(c, o.as_of)) {
        ++r.grades[d.source->confidence];
        ++r.dated_sources;
        auto checked = parse_date(d.source->checked);
        int age = checked ? static_cast<int>(days_between(*checked, o.as_of)) : 0;
        if (d.history) {
            ++r.history_sources;
            if (age > o.stale_days) ++r.stale_history;
            continue;
        }
        ++r.current_sources;
        if (age > o.stale_days) r.stale.push_back({d.id, d.where, d.source->checked, d.source->url, d.source->confidence, age});
    }
    for (const auto& m : c.models) {
        auto shutdown = parse_date(m.lifecycle.shutdown);
        if (!shutdown || *shutdown < o.as_of) continue;
        int in_days = days_between(o.as_of, *shutdown);
        if (in_days <= o.shutdown_days)
            r.shutting_down.push_back({m.id, m.name, m.lifecycle.shutdown, m.lifecycle.successor, in_days});
    }
    for (const auto& m : c.models) r.rows.push_back(row_for(m, c, o.as_of));
    std::stable_sort(r.stale.begin(), r.stale.end(), [](auto& a, auto& b) { return a.age_days > b.age_days; });
    std::stable_sort(r.shutting_down.begin(), r.shutting_down.end(), [](auto& a, auto& b) { return a.in_days < b.in_days; });
    return r;
}

nlohmann::json to_json(const CatalogReport& r) {
    nlohmann::json stale = nlohmann::json::array(), shutdowns = nlohmann::json::array(), rows = nlohmann::json::array();
    for (const auto& s : r.stale)
        stale.push_back({{"id", s.id}, {"where", s.where}, {"checked", s.checked}, {"age_days", s.age_days},
                         {"confidence", s.confidence}, {"url", s.url}});
    for (const auto& s : r.shutting_down)
        shutdowns.push_back({{"id", s.id}, {"name", s.name}, {"shutdown", s.shutdown}, {"in_days", s.in_days},
                             {"successor", s.successor}});
    for (const auto& row : r.rows) {
        nlohmann::json j = {{"id", row.id},         {"name", row.name},           {"provider", row.provider},
                            {"status", row.status}, {"structure", row.structure}, {"ok", row.ok}};
        if (row.ok) j["price_per_generation"] = row.price_per_generation, j["billed_as"] = row.billed_as,
                   j["confidence"] = row.confidence;
        else j["error"] = row.error;
        rows.push_back(j);
    }
    return {{"as_of", r.as_of},
            {"providers", r.providers},
            {"models", r.models},
            {"services", r.services},
            {"not_available", r.not_available},
            {"models_by_provider", r.models_by_provider},
            {"dated_sources", r.dated_sources},
            {"current_sources", r.current_sources},
            {"history_sources", r.history_sources},
            {"stale_history", r.stale_history},
            {"grades", r.grades},
            {"stale", stale},
            {"shutting_down", shutdowns},
            {"rows", rows}};
}

}  // namespace imgcost
