// A Value (value.hpp) written as it is walked, without building one: what
// lets the largest answer, the comparison's rows, go to the page without a
// Value per row (building one was a fifth of a recompute, issue 15). The
// rows' fields are written once (write(ValueWriter&, rows) in
// result_value.hpp); a ValueBuilder turns them into a Value for the CLI's
// JSON, the page's tape (wasm/value_val.cpp) takes them straight.
// Texts and keys must stay valid until the writer is done with them all: the
// tape hands JavaScript their addresses and it reads them at the end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgcost/value.hpp"

namespace imgcost {

class ValueWriter {
public:
    virtual ~ValueWriter() = default;
    virtual void null() = 0;
    virtual void boolean(bool b) = 0;
    virtual void integer(long long i) = 0;
    virtual void number(double d) = 0;
    virtual void text(const std::string& s) = 0;  // s outlives the writer's use (above)
    virtual void begin_array(size_t size) = 0;  // then exactly `size` values
    virtual void end_array() = 0;
    virtual void begin_object() = 0;  // then key and value, in turn
    // The next value's key (a literal, or a Value's own key: see above).
    virtual void key(std::string_view k) = 0;
    virtual void end_object() = 0;

    void write(const Value& v);
    void texts(const std::vector<std::string>& list);
    template <class T>
    void member(std::string_view k, const T& v) {
        key(k);
        put(v);
    }

private:
    void put(const std::string& s) { text(s); }
    // A literal would become a temporary std::string, gone before the tape
    // is read (and without this, a char pointer would convert to bool).
    void put(const char* s) = delete;
    void put(double d) { number(d); }
    void put(bool b) { boolean(b); }
    void put(int i) { integer(i); }
    void put(const std::vector<std::string>& list) { texts(list); }
    void put(const Value& v) { write(v); }
};

// Builds the Value a writer is given.
class ValueBuilder final : public ValueWriter {
public:
    void null() override { add(Value()); }
    void boolean(bool b) override { add(b); }
    void integer(long long i) override { add(i); }
    void number(double d) override { add(d); }
    void text(const std::string& s) override { add(s); }
    void begin_array(size_t size) override;
    void end_array() override { open_.pop_back(); }
    void begin_object() override { open_.push_back(&add(Value::object())); }
    void key(std::string_view k) override { key_ = k; }
    void end_object() override { open_.pop_back(); }
    Value take() { return std::move(root_); }

private:
    Value& add(Value v);
    Value root_;
    std::vector<Value*> open_;  // the arrays and objects being filled, innermost last
    std::string_view key_;
};

}  // namespace imgcost
