// Time in the catalog (docs/catalog.md#lifecycle): a model's status on a
// date, derived from its lifecycle dates; the price period in effect on a
// date; the default model on a date; and the date a scenario is priced on.
// Every function takes the date explicitly: the core never reads the clock.
#pragma once

#include <optional>
#include <string>

#include "imgcost/catalog.hpp"
#include "imgcost/date.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

// Before `released`: not_released; from `shutdown` on: retired; from
// `deprecated`, or while a known shutdown is ahead: deprecated; else active.
Status lifecycle_status(const Lifecycle& lifecycle, const Date& on);

struct StatusOn {
    Status status = Status::active;
    // For people, e.g. "shuts down on 2026-12-01, in 1 day; successor openai/gpt-image-2",
    // "retired 2026-08-17; successor openai/gpt-image-2", "not yet released: released on
    // 2026-04-21, in 5 days", "active; released on 2026-04-21", "active".
    std::string text;
};
StatusOn model_status(const Model& m, const Date& on);
StatusOn service_status(const Service& s, const Date& on);

// Callable through the API on that day: active or deprecated (released on or
// before it, not yet shut down).
bool callable_on(const Lifecycle& lifecycle, const Date& on);

struct PeriodOn {
    const PricePeriod* period = nullptr;
    std::string warning;  // set when the date is before the first known price
};
// The period in effect: the last whose effective_from is on or before `on`;
// before the first period, the first, with a warning naming both dates.
PeriodOn pricing_on(const Model& m, const Date& on);

// The first of the catalog's default_models that is active on that day; else
// the first active model; else the first model; "" for an empty catalog.
std::string default_model(const Catalog& c, const Date& on);

// The day a scenario without as_of is priced on when the caller gives none:
// the catalog's date (its newest `checked` date), else 2020-01-01. Callers with
// a clock (the CLI, the bindings) fill as_of with their today instead.
Date catalog_reference_date(const Catalog& c);
// The scenario's as_of, or catalog_reference_date() when it is empty.
Date evaluation_date(const Scenario& s, const Catalog& c);

// Why `as_of` is not an acceptable scenario date ("" when it is): a real day
// YYYY-MM-DD from 2020-01-01 to 5 years after `today` (no upper bound is
// checked without a today). The message names as_of and the allowed range.
std::string as_of_problem(const std::string& as_of, const std::optional<Date>& today = std::nullopt);

// The caller's today into the scenario: an empty as_of becomes `today`; a given
// one must be in range for that today, else InputError("as_of").
void resolve_as_of(Scenario& s, const Date& today);

}  // namespace imgcost
