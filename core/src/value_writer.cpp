#include "imgcost/value_writer.hpp"

namespace imgcost {

void ValueWriter::write(const Value& v) {
    switch (v.type()) {
        case Value::Type::null: null(); break;
        case Value::Type::boolean: boolean(v.boolean()); break;
        case Value::Type::integer: integer(v.integer()); break;
        case Value::Type::number: number(v.number()); break;
        case Value::Type::text: text(v.text()); break;
        case Value::Type::array:
            begin_array(v.items().size());
            for (const auto& item : v.items()) write(item);
            end_array();
            break;
        case Value::Type::object:
            begin_object();
            // As added: a JavaScript object keeps any order, and sorting was
            // measurable in a recompute; the JSON writer sorts its own.
            for (const auto& [k, member] : v.members_unordered()) key(k), write(member);
            end_object();
            break;
    }
}

void ValueWriter::texts(const std::vector<std::string>& list) {
    begin_array(list.size());
    for (const auto& s : list) text(s);
    end_array();
}

void ValueBuilder::begin_array(size_t) { open_.push_back(&add(Value::array())); }

// Into the innermost open array or object; the first value is the root.
// Pointers to open containers stay valid: only the innermost one grows.
Value& ValueBuilder::add(Value v) {
    if (open_.empty()) return root_ = std::move(v);
    Value& into = *open_.back();
    if (into.is_object()) return into.add(key_, std::move(v));
    return into.push_back(std::move(v));
}

}  // namespace imgcost
