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
