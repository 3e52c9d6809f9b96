#include "imgcost/value.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "number_text.hpp"

namespace imgcost {

namespace {

void dump_text(const std::string& s, std::string& out) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

// The shortest text that reads back as the same double, with ".0" on a whole
// number (as nlohmann writes a float).
std::string dump_number(double v) {
    if (!std::isfinite(v)) return "null";
    std::string s = shortest_number_text(v);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

void dump_to(const Value& v, std::string& out) {
    switch (v.type()) {
        case Value::Type::null: out += "null"; break;
        case Value::Type::boolean: out += v.boolean() ? "true" : "false"; break;
        case Value::Type::integer: out += std::to_string(v.integer()); break;
        case Value::Type::number: out += dump_number(v.number()); break;
        case Value::Type::text: dump_text(v.text(), out); break;
        case Value::Type::array: {
            out += '[';
            for (size_t i = 0; i < v.items().size(); ++i) {
                if (i) out += ',';
                dump_to(v.items()[i], out);
            }
            out += ']';
            break;
        }
        case Value::Type::object: {
            out += '{';
            bool first = true;
            for (const auto& [key, member] : v.members()) {
                if (!first) out += ',';
                first = false;
                dump_text(key, out);
                out += ':';
                dump_to(member, out);
            }
            out += '}';
            break;
        }
    }
}

}  // namespace

Value::Value(const std::vector<std::string>& list) : type_(Type::array) {
    items_.reserve(list.size());
    for (const auto& s : list) items_.emplace_back(s);
}

Value::Value(std::initializer_list<Member> members) : type_(Type::object) {
    for (const auto& m : members) add(m.first, m.second);
}

Value& Value::operator[](std::string_view key) {
    for (auto& m : members_)
        if (m.first == key) return m.second;
    return add(key, Value());
}

Value& Value::add(std::string_view key, Value v) {
    if (type_ == Type::null) type_ = Type::object;
    if (members_.empty()) members_.reserve(16);
    if (sorted_ && !members_.empty() && !(std::string_view(members_.back().first) < key)) sorted_ = false;
    members_.emplace_back(std::string(key), std::move(v));
    return members_.back().second;
}

const Value* Value::find(std::string_view key) const {
    for (const auto& m : members_)
        if (m.first == key) return &m.second;
    return nullptr;
}

void Value::erase(std::string_view key) {
    for (auto it = members_.begin(); it != members_.end(); ++it)
        if (it->first == key) {
            members_.erase(it);  // keeps the others' order
            return;
        }
}

const std::vector<Value::Member>& Value::members() const {
    if (!sorted_) {
        std::sort(members_.begin(), members_.end(), [](const Member& a, const Member& b) { return a.first < b.first; });
        sorted_ = true;
    }
    return members_;
}

Value& Value::push_back(Value v) {
    if (type_ == Type::null) type_ = Type::array;
    items_.push_back(std::move(v));
    return items_.back();
}

std::string Value::dump() const {
    std::string out;
    dump_to(*this, out);
    return out;
}

}  // namespace imgcost
