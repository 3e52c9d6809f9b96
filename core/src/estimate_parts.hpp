// What evaluation.cpp shares with the comparison (comparison.cpp), which keeps
// its rows between changes: evaluate()'s two halves, what the scenario's model
// costs per generation on the day, which no volume changes, and the figures
// the volumes give (both in US dollars; evaluate() converts), and how a
// comparison lists and fits each model.
#pragma once

#include "imgcost/evaluation.hpp"

namespace imgcost::detail {

// The model's price, status, source, billed-as text and their warnings: what
// the scenario's model, date, size, tier, steps, edits, batch and overrides
// give (docs/cost-model.md), for any volume.
Estimate priced_generation(const Scenario& s, const Catalog& c, const EvaluateOptions& options);

// The per-image and monthly figures (and their warnings, after e's own) of an
// estimate priced_generation() filled: moderation, upscales, storage and
// delivery at the scenario's volumes. Replaces any figures e held.
void add_volume_figures(const Scenario& s, const Catalog& c, const EvaluateOptions& options, Estimate& e);

// Whether the price in effect that day has a grade other than "unverified".
bool verified_on(const Model& m, const Date& on);
// Whether a comparison with these options lists m that day.
bool listed(const Model& m, const CompareOptions& o, const Date& on);
// scenario_for_model() into `s`, a copy of `base` made for an earlier row (the
// scenario's own model and the date found once).
void fit_to_model(Scenario& s, const Scenario& base, const Model* own, const Model& m, const Date& on);

}  // namespace imgcost::detail
