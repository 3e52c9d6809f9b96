#include "value_val.hpp"

#include <emscripten/em_js.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "imgcost/errors.hpp"
#include "imgcost/result_value.hpp"
#include "tape_tables.hpp"

// The reader of a tape (the ops of Tape below): at global scope, as EM_JS
// requires. shapes: the shapes first used in this tape, each as its number of
// keys and then each key's (address, length).
EM_JS(emscripten::EM_VAL, imgcost_read_tape,
      (const double* tape, int length, const double* shapes, int shapes_length, int forget_shapes), {
    const t = HEAPF64.subarray(tape >> 3, (tape >> 3) + length);
    const texts = Module.imgcostTexts || (Module.imgcostTexts = []);
    if (forget_shapes || !Module.imgcostShapes) Module.imgcostShapes = [];
    const known = Module.imgcostShapes;
    const s = HEAPF64.subarray(shapes >> 3, (shapes >> 3) + shapes_length);
    for (let j = 0; j < s.length;) {
        const keys = new Array(s[j++]);
        for (let k = 0; k < keys.length; ++k, j += 2) keys[k] = UTF8ToString(s[j], s[j + 1]);
        known.push(keys);
    }
    let i = 0;
    const read = () => {
        switch (t[i++]) {
            case 0: return null;
            case 1: return false;
            case 2: return true;
            case 3: return t[i++];
            case 4: return texts[t[i++]];
            case 5: { const s = UTF8ToString(t[i], t[i + 1]); i += 2; texts.push(s); return s; }
            case 6: { const n = t[i++]; const a = new Array(n); for (let k = 0; k < n; ++k) a[k] = read(); return a; }
            case 7: texts.length = 0; return read();
            case 8: { const keys = known[t[i++]]; const o = {}; for (let k = 0; k < keys.length; ++k) o[keys[k]] = read(); return o; }
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
// sides keep (ids, names, statuses and sources repeat between answers). So
// are objects' shapes, their lists of keys: a reply's 120 rows would
// otherwise send and look up some 5,000 keys.
enum Op { op_null, op_false, op_true, op_number, op_text, op_new_text, op_array, op_reset_texts, op_object };

class Tape final : public ValueWriter {
public:
    std::vector<double> ops;
    std::vector<double> new_shapes;
    // Before the first object: the indices this tape gives must be the new table's.
    const bool forget_shapes = shapes().start_over_if_full();

    void null() override { ops.push_back(op_null); }
    void boolean(bool b) override { ops.push_back(b ? op_true : op_false); }
    void integer(long long i) override { number(static_cast<double>(i)); }
    // As JSON would: a figure that is not finite is null, never NaN on the page.
    void number(double d) override {
        if (std::isfinite(d)) put(op_number, d);
        else ops.push_back(op_null);
    }
    void text(const std::string& s) override {
        static TextTable known;
        if (const double* index = known.find(s)) {
            put(op_text, *index);
            return;
        }
        if (known.size() >= max_texts) {
            known.clear();
            ops.push_back(op_reset_texts);
        }
        known.add(s);
        put(op_new_text, static_cast<double>(reinterpret_cast<std::uintptr_t>(s.c_str())));
        ops.push_back(static_cast<double>(s.size()));
    }
    void begin_array(size_t size) override { put(op_array, static_cast<double>(size)); }
    void end_array() override {}
    // The shape is known at the end: its place in the tape is kept until then.
    void begin_object() override {
        open_.push_back({ops.size(), keys_.size()});
        put(op_object, 0);
    }
    void key(std::string_view k) override { keys_.push_back(k); }
    void end_object() override {
        auto [at, first_key] = open_.back();
        open_.pop_back();
        ops[at + 1] = static_cast<double>(shapes().find_or_add(keys_.begin() + first_key, keys_.end(), new_shapes));
        keys_.resize(first_key);
    }

    val read() {
        return val::take_ownership(imgcost_read_tape(ops.data(), static_cast<int>(ops.size()), new_shapes.data(),
                                                     static_cast<int>(new_shapes.size()), forget_shapes));
    }

private:
    struct Open {
        size_t at;         // the object's op
        size_t first_key;  // its first key in keys_
    };
    std::vector<Open> open_;
    Keys keys_;  // the keys of the objects open, outermost first

    static ShapeTable& shapes() {
        static ShapeTable table;
        return table;
    }
    // Two push_backs: vector::insert of an initializer list was 5% of a recompute.
    void put(double op, double operand) {
        ops.push_back(op);
        ops.push_back(operand);
    }
};

}  // namespace

val to_val(const Value& v) {
    return written_val([&](ValueWriter& w) { w.write(v); });
}

val written_val(const std::function<void(ValueWriter&)>& write) {
    Tape tape;
    write(tape);
    return tape.read();
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
