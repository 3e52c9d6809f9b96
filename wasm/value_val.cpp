#include "value_val.hpp"

#include <emscripten/em_js.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <map>

#include "imgcost/errors.hpp"
#include "imgcost/result_value.hpp"

// The reader of a Value's tape (the ops of Tape below): at global scope, as EM_JS requires.
EM_JS(emscripten::EM_VAL, imgcost_read_tape, (const double* tape, int length), {
    const t = HEAPF64.subarray(tape >> 3, (tape >> 3) + length);
    const texts = Module.imgcostTexts || (Module.imgcostTexts = []);
    const shapes = [];
    let i = 0;
    const shaped = (keys) => { const o = {}; for (let k = 0; k < keys.length; ++k) o[keys[k]] = read(); return o; };
    const read = () => {
        switch (t[i++]) {
            case 0: return null;
            case 1: return false;
            case 2: return true;
            case 3: return t[i++];
            case 4: return texts[t[i++]];
            case 5: { const s = UTF8ToString(t[i], t[i + 1]); i += 2; texts.push(s); return s; }
            case 6: { const n = t[i++]; const a = new Array(n); for (let k = 0; k < n; ++k) a[k] = read(); return a; }
            case 7: { const n = t[i++]; const o = {}; for (let k = 0; k < n; ++k) { const key = read(); o[key] = read(); } return o; }
            case 8: texts.length = 0; return read();
            case 9: { const n = t[i++]; const keys = new Array(n); for (let k = 0; k < n; ++k) keys[k] = read(); shapes.push(keys); return shaped(keys); }
            case 10: return shaped(shapes[t[i++]]);
        }
        throw new Error('imgcost: bad value tape');
    };
    return Emval.toHandle(read());
});

namespace imgcost::web {

using emscripten::val;

namespace {

// A Value crosses into JavaScript as one tape of doubles that a single
// JavaScript function turns into objects: building each property through
// val::set costs several calls across the boundary and a TextDecoder call per
// text, which made a recompute's 120 rows slower than the JSON it replaced.
// Texts are decoded once and then referred to by their index in a table both
// sides keep (keys, ids, names, statuses and sources repeat between answers).
// An object whose keys repeat an earlier one's (a comparison row, its price
// source) names that shape instead of its keys: a reply's 120 rows would
// otherwise send and look up some 5,000 keys.
enum Op { op_null, op_false, op_true, op_number, op_text, op_new_text, op_array, op_object, op_reset_texts,
          op_new_shape, op_shape };

constexpr size_t max_texts = 20000;  // a page makes a few thousand; past this both tables start over

struct Tape {
    std::vector<double> ops;

    // Two push_backs: vector::insert of an initializer list was 5% of a recompute.
    void put(double op, double operand) {
        ops.push_back(op);
        ops.push_back(operand);
    }

    void text(const std::string& s) {
        // A std::map: the catalog's SizeTier already links this instantiation.
        static std::map<std::string, double> known;
        if (auto it = known.find(s); it != known.end()) {
            put(op_text, it->second);
            return;
        }
        if (known.size() >= max_texts) {
            known.clear();
            ops.push_back(op_reset_texts);
        }
        double index = static_cast<double>(known.size());
        known.emplace(s, index);
        put(op_new_text, static_cast<double>(reinterpret_cast<std::uintptr_t>(s.c_str())));
        ops.push_back(static_cast<double>(s.size()));
    }

    void write(const Value& v) {
        switch (v.type()) {
            case Value::Type::null: ops.push_back(op_null); break;
            case Value::Type::boolean: ops.push_back(v.boolean() ? op_true : op_false); break;
            // As JSON would: a figure that is not finite is null, never NaN on the page.
            case Value::Type::integer:
            case Value::Type::number:
                if (std::isfinite(v.number())) put(op_number, v.number());
                else ops.push_back(op_null);
                break;
            case Value::Type::text: text(v.text()); break;
            case Value::Type::array:
                put(op_array, static_cast<double>(v.items().size()));
                for (const auto& item : v.items()) write(item);
                break;
            case Value::Type::object: object(v.members_unordered()); break;
        }
    }

    // One tape's shapes, as the objects that first had them: the whole Value
    // outlives the tape, so their members can be compared in place.
    std::vector<const std::vector<Value::Member>*> shapes;

    void object(const std::vector<Value::Member>& members) {
        auto same_keys = [&](const std::vector<Value::Member>* shape) {
            return shape->size() == members.size() &&
                   std::equal(members.begin(), members.end(), shape->begin(),
                              [](const Value::Member& a, const Value::Member& b) { return a.first == b.first; });
        };
        auto known = std::find_if(shapes.rbegin(), shapes.rend(), same_keys);
        if (known != shapes.rend()) {
            put(op_shape, static_cast<double>(shapes.rend() - known - 1));
        } else {
            put(op_new_shape, static_cast<double>(members.size()));
            for (const auto& member : members) text(member.first);
            shapes.push_back(&members);
        }
        for (const auto& member : members) write(member.second);
    }
};

}  // namespace

val to_val(const Value& v) {
    Tape tape;
    tape.write(v);
    return val::take_ownership(imgcost_read_tape(tape.ops.data(), static_cast<int>(tape.ops.size())));
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

std::string bytes_from_val(const val& array) {
    std::string out(array["length"].as<size_t>(), '\0');
    val(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data()))).call<void>("set", array);
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
