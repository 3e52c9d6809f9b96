#include "imgcost/lifecycle.hpp"

#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"

namespace imgcost {

namespace {

std::optional<Date> when(const std::string& text) { return text.empty() ? std::nullopt : parse_date(text); }

std::string successor_text(const Lifecycle& l) { return l.successor.empty() ? "" : "; successor " + l.successor; }

StatusOn status_on(const Lifecycle& l, const Date& on) {
    StatusOn out;
    out.status = lifecycle_status(l, on);
    auto released = when(l.released), shutdown = when(l.shutdown);
    switch (out.status) {
        case Status::not_released:
            out.text = "not yet released: released on " + l.released + ", " +
                       relative_days_text(days_between(on, *released));
            break;
        case Status::active:
            out.text = released ? "active; released on " + l.released : "active";
            break;
        case Status::deprecated:
            if (shutdown)
                out.text = "shuts down on " + l.shutdown + ", " + relative_days_text(days_between(on, *shutdown));
            else
                out.text = "deprecated since " + l.deprecated;
            out.text += successor_text(l);
            break;
        case Status::retired:
            out.text = "retired " + l.shutdown + successor_text(l);
            break;
    }
    return out;
}

}  // namespace

Status lifecycle_status(const Lifecycle& l, const Date& on) {
    auto released = when(l.released), deprecated = when(l.deprecated), shutdown = when(l.shutdown);
    if (released && on < *released) return Status::not_released;
    if (shutdown && on >= *shutdown) return Status::retired;
    if ((deprecated && on >= *deprecated) || shutdown) return Status::deprecated;
    return Status::active;
}

StatusOn model_status(const Model& m, const Date& on) { return status_on(m.lifecycle, on); }
StatusOn service_status(const Service& s, const Date& on) { return status_on(s.lifecycle, on); }

bool callable_on(const Lifecycle& l, const Date& on) {
    Status s = lifecycle_status(l, on);
    return s == Status::active || s == Status::deprecated;
}

PeriodOn pricing_on(const Model& m, const Date& on) {
    PeriodOn out;
    if (m.prices.empty()) return out;
    out.period = &m.prices.front();
    for (const auto& p : m.prices) {
        auto from = parse_date(p.effective_from);
        if (from && *from <= on) out.period = &p;
    }
    auto first = parse_date(m.prices.front().effective_from);
    if (first && on < *first)
        out.warning = "no price of " + m.name + " is known before " + m.prices.front().effective_from +
                      ": priced as of " + format_date(on) + " at its first known price (effective from " +
                      m.prices.front().effective_from + ")";
    return out;
}

std::string default_model(const Catalog& c, const Date& on) {
    for (const auto& id : c.default_models)
        if (const Model* m = c.find_model(id); m && lifecycle_status(m->lifecycle, on) == Status::active) return id;
    for (const auto& m : c.models)
        if (lifecycle_status(m.lifecycle, on) == Status::active) return m.id;
    return c.models.empty() ? "" : c.models.front().id;
}

Date catalog_reference_date(const Catalog& c) {
    if (auto d = parse_date(c.newest_price_date())) return *d;
    return *parse_date(earliest_as_of);
}

Date evaluation_date(const Scenario& s, const Catalog& c) {
    if (!s.as_of.empty())
        if (auto d = parse_date(s.as_of)) return *d;
    return catalog_reference_date(c);
}

std::string as_of_problem(const std::string& as_of, const std::optional<Date>& today) {
    if (as_of.empty()) return "";
    std::string range = std::string("a date YYYY-MM-DD from ") + earliest_as_of + " to " +
                        (today ? format_date(add_years(*today, as_of_years_ahead)) + " (5 years after today)"
                               : "5 years after today");
    auto d = parse_date(as_of);
    bool ok = d && *d >= *parse_date(earliest_as_of) && (!today || *d <= add_years(*today, as_of_years_ahead));
    return ok ? "" : find_key("as_of")->name() + " must be " + range + " (got '" + as_of + "')";
}

void resolve_as_of(Scenario& s, const Date& today) {
    if (s.as_of.empty()) {
        s.as_of = format_date(today);
        return;
    }
    std::string problem = as_of_problem(s.as_of, today);
    if (!problem.empty()) throw InputError("as_of", code::bad_date, problem);
}

}  // namespace imgcost
