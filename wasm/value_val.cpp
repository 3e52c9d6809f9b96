#include "value_val.hpp"

#include <cmath>
#include <string>

#include "imgcost/errors.hpp"
#include "imgcost/result_value.hpp"

namespace imgcost::web {

using emscripten::val;

val to_val(const Value& v) {
    switch (v.type()) {
        case Value::Type::null: return val::null();
        case Value::Type::boolean: return val(v.boolean());
        case Value::Type::integer: return val(static_cast<double>(v.integer()));
        // As JSON would: a figure that is not finite is null, never NaN on the page.
        case Value::Type::number: return std::isfinite(v.number()) ? val(v.number()) : val::null();
        case Value::Type::text: return val(v.text());
        case Value::Type::array: {
            val out = val::array();
            unsigned i = 0;
            for (const auto& item : v.items()) out.set(i++, to_val(item));
            return out;
        }
        case Value::Type::object: {
            val out = val::object();
            for (const auto& [key, member] : v.members()) out.set(key, to_val(member));
            return out;
        }
    }
    return val::null();
}

Value value_from_val(const val& v) {
    if (v.isNumber()) {
        // As JSON.stringify would have written it: NaN and infinities as
        // null (a value not given), a whole number as a whole number.
        double d = v.as<double>();
        if (!std::isfinite(d)) return Value();
        if (std::floor(d) == d && std::fabs(d) < 9e15) return static_cast<long long>(d);
        return d;
    }
    if (v.isString()) return v.as<std::string>();
    if (v.isTrue()) return true;
    if (v.isFalse()) return false;
    if (v.isNull() || v.isUndefined()) return Value();
    if (v.isArray()) {
        Value out = Value::array();
        unsigned n = v["length"].as<unsigned>();
        for (unsigned i = 0; i < n; ++i) out.push_back(value_from_val(v[i]));
        return out;
    }
    if (v.typeOf().as<std::string>() != "object") return Value();
    Value out = Value::object();
    val keys = val::global("Object").call<val>("keys", v);
    unsigned n = keys["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) {
        std::string key = keys[i].as<std::string>();
        out[key] = value_from_val(v[key]);
    }
    return out;
}

val reply_object(const std::function<Value()>& fn) {
    Value out;
    try {
        out = fn();
    } catch (const InputError& e) {
        out = to_value(e);
        out["ok"] = false;
        return to_val(out);
    } catch (const std::exception& e) {
        Value error = {{"key", ""}, {"code", "internal"}, {"message", e.what()}};
        out = Value::object();
        out["errors"].push_back(std::move(error));
        out["ok"] = false;
        return to_val(out);
    }
    out["ok"] = true;
    return to_val(out);
}

}  // namespace imgcost::web
