#include "imgcost/result_json.hpp"

namespace imgcost {

namespace {

nlohmann::json breakdown_json(const Breakdown& b) {
    return {{"accepted", b.accepted}, {"rejected", b.rejected}, {"moderation", b.moderation},
            {"edits", b.edits},       {"upscales", b.upscales}, {"storage", b.storage},
            {"delivery", b.delivery}, {"total", b.total}};
}

}  // namespace

nlohmann::json to_json(const Source& s) {
    nlohmann::json j = {{"url", s.url}, {"as_of", s.as_of}, {"confidence", s.confidence}};
    if (!s.note.empty()) j["note"] = s.note;
    return j;
}

nlohmann::json to_json(const Estimate& e) {
    nlohmann::json projection = nlohmann::json::array();
    for (const auto& m : e.projection) {
        nlohmann::json row = breakdown_json(m.cost);
        row["month"] = m.month;
        row["images"] = m.images;
        row["stored_images"] = m.stored_images;
        row["cumulative"] = m.cumulative;
        projection.push_back(row);
    }
    nlohmann::json j = {
        {"model", e.model},
        {"model_name", e.model_name},
        {"provider", e.provider},
        {"structure", e.structure},
        {"status", e.status},
        {"quality", e.quality},
        {"billed_as", e.billed_as},
        {"price_overridden", e.price_overridden},
        {"is_estimate", e.estimate},
        {"price_per_generation", e.price_per_generation},
        {"batch_discount", e.batch_discount},
        {"effective_price_per_generation", e.effective_price_per_generation},
        {"moderation_price", e.moderation_price},
        {"edit_price", e.edit_price},
        {"upscale_price", e.upscale_price},
        {"generations_per_month", e.generations_per_month},
        {"edit_calls_per_month", e.edit_calls_per_month},
        {"upscales_per_month", e.upscales_per_month},
        {"cost_per_usable_image", e.cost_per_usable_image},
        {"cost_per_delivered_image", e.cost_per_delivered_image},
        {"all_in_cost_per_image", e.all_in_cost_per_image},
        {"monthly", breakdown_json(e.monthly)},
        {"annual_total", e.annual_total},
        {"projection", projection},
        {"warnings", e.warnings},
    };
    if (!e.status_date.empty()) j["status_date"] = e.status_date;
    if (e.steps) j["steps"] = e.steps;
    if (!e.upscaler.empty()) j["upscaler"] = e.upscaler;
    if (!e.price_source.url.empty()) j["price_source"] = to_json(e.price_source);
    return j;
}

nlohmann::json to_json(const std::vector<CompareRow>& rows) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : rows) {
        nlohmann::json j = {{"model", r.model}, {"model_name", r.model_name}, {"provider", r.provider},
                            {"status", r.status}, {"ok", r.ok}};
        if (r.ok) {
            const Estimate& e = r.estimate;
            j["billed_as"] = e.billed_as;
            j["structure"] = e.structure;
            j["quality"] = e.quality;
            j["price_per_generation"] = e.price_per_generation;
            j["cost_per_usable_image"] = e.cost_per_usable_image;
            j["cost_per_delivered_image"] = e.cost_per_delivered_image;
            j["all_in_cost_per_image"] = e.all_in_cost_per_image;
            j["monthly_total"] = e.monthly.total;
            j["times_cheapest"] = r.times_cheapest;
            j["is_estimate"] = e.estimate;
            j["warnings"] = e.warnings;
            if (!e.price_source.url.empty()) j["price_source"] = to_json(e.price_source);
        } else {
            j["error"] = r.error;
            j["error_key"] = r.error_key;
        }
        out.push_back(j);
    }
    return out;
}

nlohmann::json to_json(const InputError& e) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : e.errors()) list.push_back({{"key", f.key}, {"message", f.message}});
    return {{"errors", list}};
}

}  // namespace imgcost
