// docs/interfaces.md: every reply is one object tree (result_value.hpp). Its
// builders add members with Value::add, which does not look for a member of
// the same name (a comparison row has 30, and looking each up was a fifth of
// building the rows); these tests walk real replies to show no object names a
// key twice, which JSON would keep as two members and JavaScript as one.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "imgcost/catalog_loader.hpp"
#include "imgcost/date.hpp"
#include "imgcost/result_value.hpp"
#include "support/spec_support.hpp"

using imgcost::Value;
using imgcost::testing::scenario_for;
using imgcost::testing::test_catalog;

namespace {

// The path of each object below `v` (and `v` itself) that names a key twice.
void find_repeated_keys(const Value& v, const std::string& path, std::vector<std::string>& out) {
    if (v.type() == Value::Type::array) {
        for (size_t i = 0; i < v.items().size(); ++i) find_repeated_keys(v.items()[i], path + "[" + std::to_string(i) + "]", out);
        return;
    }
    if (!v.is_object()) return;
    const auto& members = v.members();  // sorted by key: a repeat sits next to its first
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0 && members[i].first == members[i - 1].first) out.push_back(path + "." + members[i].first);
        find_repeated_keys(members[i].second, path + "." + members[i].first, out);
    }
}

std::vector<std::string> repeated_keys(const Value& v) {
    std::vector<std::string> out;
    find_repeated_keys(v, "", out);
    return out;
}

// Every figure and every optional member set: growth, a projection, edits,
// upscales, moderation, storage, delivery, batch, a stale price source.
imgcost::Scenario busy_scenario() {
    imgcost::Scenario s = imgcost::testing::every_key_set();
    s.model = "acme/mp-steps";
    s.custom_name.clear();
    s.quality.clear();
    s.price_per_image.reset();
    s.as_of = "2026-11-30";
    return s;
}

}  // namespace

TEST_CASE("An answer names each key once, in every object it holds") {
    imgcost::Estimate e = imgcost::evaluate(busy_scenario(), test_catalog());
    REQUIRE_FALSE(e.projection.empty());
    CHECK(repeated_keys(imgcost::to_value(e)).empty());
}

TEST_CASE("Comparison rows name each key once, priced rows and rows that cannot deliver alike") {
    // 2048x2048: three of the test catalog's models cannot deliver it.
    auto rows = imgcost::compare(scenario_for("acme/tiered", 2048, 2048), test_catalog());
    REQUIRE(std::any_of(rows.begin(), rows.end(), [](const imgcost::CompareRow& r) { return !r.ok; }));
    CHECK(repeated_keys(imgcost::to_value(rows)).empty());
    CHECK(repeated_keys(imgcost::to_value(imgcost::compare(busy_scenario(), test_catalog()))).empty());
}

TEST_CASE("The key registry, an error reply and the catalog summary name each key once") {
    CHECK(repeated_keys(imgcost::registry_value()).empty());
    try {
        imgcost::evaluate(scenario_for("acme/no-such-model"), test_catalog());
        FAIL("an unknown model is an error");
    } catch (const imgcost::InputError& error) {
        CHECK(repeated_keys(imgcost::to_value(error)).empty());
    }
    imgcost::LoadResult loaded = imgcost::load_catalog_path(IMGCOST_CATALOG_DIR);
    CHECK(repeated_keys(imgcost::catalog_summary_value(loaded, imgcost::parse_date("2026-11-30"))).empty());
}

TEST_CASE("A repeated key would be found") {
    // The check above is only worth having if it can fail.
    Value v = Value::object();
    v.add("b", 1);
    v.add("a", 2);
    v.add("b", 3);
    Value outer = Value::object();
    outer.add("inner", v);
    CHECK(repeated_keys(outer) == std::vector<std::string>{".inner.b"});
}

namespace {

// A writer that records what a ValueWriter is told, and whether it was told
// it in order: in an object, one key before each value; in an array, as many
// values as begin_array said. The page's tape (wasm/value_val.cpp) trusts both.
class CheckingWriter final : public imgcost::ValueWriter {
public:
    std::vector<std::string> problems;
    void null() override { value(); }
    void boolean(bool) override { value(); }
    void integer(long long) override { value(); }
    void number(double) override { value(); }
    void text(const std::string&) override { value(); }
    void begin_array(size_t size) override { value(), open_.push_back({false, size, false}); }
    void end_array() override { close(false); }
    void begin_object() override { value(), open_.push_back({true, 0, false}); }
    void key(std::string_view k) override {
        if (open_.empty() || !open_.back().object || open_.back().keyed) problems.push_back("key '" + std::string(k) + "' out of place");
        else open_.back().keyed = true;
    }
    void end_object() override { close(true); }
    bool balanced() const { return open_.empty(); }

private:
    struct Open {
        bool object;
        size_t left;  // an array's values still to come
        bool keyed;   // an object's key given, its value not yet
    };
    std::vector<Open> open_;
    void value() {
        if (open_.empty()) return;
        Open& o = open_.back();
        if (o.object && !o.keyed) problems.push_back("a value without a key");
        if (o.object) o.keyed = false;
        else if (o.left-- == 0) problems.push_back("more values than the array said");
    }
    void close(bool object) {
        if (open_.empty() || open_.back().object != object) problems.push_back("end without its begin");
        else if (!object && open_.back().left) problems.push_back("fewer values than the array said");
        if (!open_.empty()) open_.pop_back();
    }
};

}  // namespace

TEST_CASE("Comparison rows are written in order: a key before each value, arrays as long as they say") {
    CheckingWriter w;
    imgcost::write(w, imgcost::compare(busy_scenario(), test_catalog()));
    imgcost::write(w, imgcost::compare(scenario_for("acme/tiered", 2048, 2048), test_catalog()));
    CHECK(w.problems.empty());
    CHECK(w.balanced());
}

TEST_CASE("An out-of-order writer would be caught") {
    CheckingWriter w;
    w.begin_object();
    w.number(1);  // no key
    w.key("a");
    w.key("b");
    w.end_array();
    CHECK(w.problems == std::vector<std::string>{"a value without a key", "key 'b' out of place", "end without its begin"});
}

TEST_CASE("A ValueBuilder rebuilds the Value a writer walks: kinds, order and nesting") {
    Value answer = imgcost::to_value(imgcost::evaluate(busy_scenario(), test_catalog()));
    Value mixed = {{"whole", 3}, {"part", 0.5}, {"none", nullptr}, {"yes", true}, {"list", Value(std::vector<std::string>{"a", "b"})}};
    for (const Value& v : {answer, mixed}) {
        imgcost::ValueBuilder b;
        b.write(v);
        Value rebuilt = b.take();
        CHECK(rebuilt.dump() == v.dump());
    }
    imgcost::ValueBuilder b;
    b.write(mixed);
    CHECK(b.take().find("whole")->type() == Value::Type::integer);
}
