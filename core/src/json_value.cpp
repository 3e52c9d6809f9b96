// The nlohmann side of every result: each to_json() below is its Value
// (result_value.hpp) written as JSON, so the field lists live in one place.
#include "imgcost/json_value.hpp"

#include "imgcost/history.hpp"
#include "imgcost/market_trend.hpp"
#include "imgcost/result_json.hpp"
#include "imgcost/result_value.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

nlohmann::json to_json(const Value& v) {
    switch (v.type()) {
        case Value::Type::null: return nullptr;
        case Value::Type::boolean: return v.boolean();
        case Value::Type::integer: return v.integer();
        case Value::Type::number: return v.number();
        case Value::Type::text: return v.text();
        case Value::Type::array: {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& item : v.items()) out.push_back(to_json(item));
            return out;
        }
        case Value::Type::object: {
            nlohmann::json out = nlohmann::json::object();
            for (const auto& [key, member] : v.members()) out[key] = to_json(member);
            return out;
        }
    }
    return nullptr;
}

Value value_from_json(const nlohmann::json& j) {
    switch (j.type()) {
        case nlohmann::json::value_t::boolean: return j.get<bool>();
        case nlohmann::json::value_t::number_integer: return j.get<long long>();
        case nlohmann::json::value_t::number_unsigned: return j.get<unsigned long long>();
        case nlohmann::json::value_t::number_float: return j.get<double>();
        case nlohmann::json::value_t::string: return j.get<std::string>();
        case nlohmann::json::value_t::array: {
            Value out = Value::array();
            for (const auto& item : j) out.push_back(value_from_json(item));
            return out;
        }
        case nlohmann::json::value_t::object: {
            Value out = Value::object();
            for (const auto& [key, member] : j.items()) out[key] = value_from_json(member);
            return out;
        }
        default: return Value();
    }
}

nlohmann::json to_json(const Estimate& e) { return to_json(to_value(e)); }
nlohmann::json to_json(const std::vector<CompareRow>& rows) { return to_json(to_value(rows)); }
nlohmann::json to_json(const Source& s) { return to_json(to_value(s)); }
nlohmann::json to_json(const RowQuality& q) { return to_json(to_value(q)); }
nlohmann::json leaderboards_json() { return to_json(leaderboards_value()); }
nlohmann::json to_json(const InputError& e) { return to_json(to_value(e)); }
nlohmann::json registry_json() { return to_json(registry_value()); }
nlohmann::json catalog_summary(const LoadResult& loaded, const std::optional<Date>& as_of) {
    return to_json(catalog_summary_value(loaded, as_of));
}
nlohmann::json to_json(const PriceHistory& h) { return to_json(to_value(h)); }
nlohmann::json to_json(const MarketTrend& t) { return to_json(to_value(t)); }
nlohmann::json scenario_to_json(const Scenario& s, bool all) { return to_json(scenario_to_value(s, all)); }
Scenario scenario_from_json(const nlohmann::json& j) { return scenario_from_value(value_from_json(j)); }

}  // namespace imgcost
