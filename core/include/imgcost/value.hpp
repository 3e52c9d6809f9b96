// A JSON-shaped value with no JSON library behind it: the one description of
// every result the core hands out (result_value.hpp). The CLI and the tools
// module write it as nlohmann::json (json_value.hpp); the page's first-load
// module writes it as a JavaScript object (wasm/value_val.cpp), so that module
// links no JSON library (issue 15). Object keys are read in sorted order, as
// nlohmann::json keeps them, so either writer gives the same order.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imgcost {

class Value {
public:
    enum class Type { null, boolean, integer, number, text, array, object };
    using Member = std::pair<std::string, Value>;

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : type_(Type::boolean), boolean_(b) {}
    Value(int i) : type_(Type::integer), integer_(i) {}
    Value(long i) : type_(Type::integer), integer_(i) {}
    Value(long long i) : type_(Type::integer), integer_(i) {}
    Value(unsigned long i) : type_(Type::integer), integer_(static_cast<long long>(i)) {}
    Value(unsigned long long i) : type_(Type::integer), integer_(static_cast<long long>(i)) {}
    Value(unsigned i) : type_(Type::integer), integer_(i) {}
    Value(double d) : type_(Type::number), number_(d) {}
    Value(std::string s) : type_(Type::text), text_(std::move(s)) {}
    Value(const char* s) : type_(Type::text), text_(s) {}
    Value(const std::vector<std::string>& list);
    // An object: {{"key", value}, ...}.
    Value(std::initializer_list<Member> members);
    template <class T>
    Value(const std::optional<T>& o) : Value(o ? Value(*o) : Value()) {}

    static Value array() { Value v; v.type_ = Type::array; return v; }
    static Value object() { Value v; v.type_ = Type::object; return v; }

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::null; }
    bool is_number() const { return type_ == Type::integer || type_ == Type::number; }
    bool is_text() const { return type_ == Type::text; }
    bool is_object() const { return type_ == Type::object; }
    bool boolean() const { return boolean_; }
    long long integer() const { return integer_; }
    // Either kind of number, as a double.
    double number() const { return type_ == Type::integer ? static_cast<double>(integer_) : number_; }
    const std::string& text() const { return text_; }
    const std::vector<Value>& items() const { return items_; }
    // Sorted by key (sorted when first asked for: building appends).
    const std::vector<Member>& members() const;
    // In the order they were added, or sorted if members() was asked for
    // first: for a writer whose reader does not care (a JavaScript object),
    // so that it need not sort.
    const std::vector<Member>& members_unordered() const { return members_; }

    // An object's member, added (null) when missing; a null value becomes an object.
    // Keys are string views so that a literal key is copied once, into the
    // member, and not first into a temporary string (a comparison row has 30).
    Value& operator[](std::string_view key);
    // A member that is not there yet, added without looking for it: for
    // objects being built from tables of distinct keys (a comparison row has
    // 30, and looking each up was a fifth of building the rows). Adding a key
    // twice keeps both; tests/result_value_test.cpp walks the replies for that.
    Value& add(std::string_view key, Value v);
    const Value* find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    void erase(std::string_view key);
    // A null value becomes an array. Returns the new item.
    Value& push_back(Value v);

    // Compact JSON text, as nlohmann's dump() writes it: for messages that quote
    // what was given ("must be text (got [1])").
    std::string dump() const;

private:
    Type type_ = Type::null;
    bool boolean_ = false;
    long long integer_ = 0;
    double number_ = 0;
    std::string text_;
    std::vector<Value> items_;
    // Appended while the object is built, sorted by key when read: sorting
    // once is cheaper than keeping each insertion in order (a comparison
    // answer builds a few thousand members per change).
    mutable std::vector<Member> members_;
    mutable bool sorted_ = true;
};

}  // namespace imgcost
