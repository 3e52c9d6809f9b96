// Storage and delivery for the same retention, file size and views.
#include "advisor_tactics.hpp"
#include "imgcost/lifecycle.hpp"

namespace imgcost::tactics {

namespace {

std::vector<const Service*> services_of(const Catalog& c, ServiceKind kind, const Date& on) {
    std::vector<const Service*> out;
    for (const auto& s : c.services)
        if (s.kind == kind && available_on(s, on)) out.push_back(&s);
    return out;
}

Scenario with_services(Scenario s, const Service& storage, const Service* cdn) {
    s.storage = storage.id;
    s.storage_price_gb_month.reset();
    if (cdn) {
        s.cdn = cdn->id;
        s.cdn_price_gb.reset();
    }
    return s;
}

}  // namespace

// A delivery service is paired only with storage of its own provider: zero or
// cheap egress (R2, CloudFront from S3) holds only from that provider's own
// storage. Without a priced delivery only the storage is replaced.
Tactic storage_and_delivery(const Scenario& s, const Estimate& base, const Catalog& c) {
    const std::string id = "storage_delivery", title = "Cheaper storage and delivery";
    bool cdn_priced = !s.cdn.empty() || s.cdn_price_gb;
    if (!cdn_priced && s.storage.empty() && !s.storage_price_gb_month)
        return not_applicable(id, title, "no storage or delivery is priced in this scenario");
    if (base.monthly.storage + base.monthly.delivery <= 0)
        return not_applicable(id, title, "storage and delivery already cost nothing");
    std::vector<Tactic> options;
    for (const Service* storage : services_of(c, ServiceKind::storage, evaluation_date(s, c))) {
        if (!cdn_priced) options.push_back(priced(id, title, base, with_services(s, *storage, nullptr), c));
        for (const Service* cdn : cdn_priced ? services_of(c, ServiceKind::cdn, evaluation_date(s, c)) : std::vector<const Service*>{})
            if (cdn->provider == storage->provider)
                options.push_back(priced(id, title, base, with_services(s, *storage, cdn), c));
    }
    const Tactic* best = cheapest(options);
    if (!best) return not_applicable(id, title, "the catalog has no storage service to compare");
    Tactic t = *best;
    const Service* storage = c.find_service(t.scenario.storage);
    const Service* cdn = c.find_service(t.scenario.cdn);
    t.summary = "store with " + storage->name + (cdn_priced && cdn ? ", deliver with " + cdn->name : "") +
                ", for the same retention, file size and views";
    if (!t.applies) t.reason = "already the cheapest storage and delivery in the catalog for these volumes";
    return t;
}

}  // namespace imgcost::tactics
