// Exports: what is on screen as CSV and Markdown, matching it to the cent.
#include <catch2/catch.hpp>

#include "imgcost/evaluation.hpp"
#include "imgcost/export_tables.hpp"
#include "support/test_catalog.hpp"

using imgcost::money_text;
using imgcost::Scenario;
using imgcost::testing::test_catalog;

namespace {

Scenario tiered_at_half() {
    Scenario s;
    s.model = "acme/tiered";
    s.acceptance_rate = 0.5;
    s.months = 2;
    return s;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Money shows two decimals, or two significant digits for sub-cent amounts") {
    CHECK(money_text(0) == "$0.00");
    CHECK(money_text(0.3) == "$0.30");
    CHECK(money_text(12) == "$12.00");
    CHECK(money_text(1234.567) == "$1,234.57");
    CHECK(money_text(1234567.891) == "$1,234,567.89");
    CHECK(money_text(0.0027) == "$0.0027");
    CHECK(money_text(0.00013) == "$0.00013");
    CHECK(money_text(0.0042) == "$0.0042");
    CHECK(money_text(0.012345) == "$0.012");
    CHECK(money_text(0.00999) == "$0.010");
    CHECK(money_text(0.05) == "$0.050");
    CHECK(money_text(0.0999) == "$0.10");
    CHECK(money_text(-2.5) == "-$2.50");
}

TEST_CASE("The answer as CSV has one row per figure, keyed like the page, at full precision") {
    auto e = imgcost::evaluate(tiered_at_half(), test_catalog());
    std::string csv = imgcost::estimate_csv(e);
    CHECK(csv.rfind("figure,value\r\n", 0) == 0);
    CHECK(contains(csv, "price_per_generation,0.04\r\n"));
    CHECK(contains(csv, "cost_per_usable_image,0.08\r\n"));
    CHECK(contains(csv, "monthly.rejected,40\r\n"));
    CHECK(contains(csv, "monthly.total,80\r\n"));
    CHECK(contains(csv, "annual_total,960\r\n"));
    CHECK(contains(csv, "price_source.url,https://acme.example/tiered\r\n"));
}

TEST_CASE("The projection as CSV has one row per month with the cumulative total") {
    auto e = imgcost::evaluate(tiered_at_half(), test_catalog());
    std::string csv = imgcost::projection_csv(e);
    CHECK(csv.rfind("month,images,stored_images,accepted,rejected,moderation,edits,upscales,storage,delivery,total,"
                    "cumulative\r\n", 0) == 0);
    CHECK(contains(csv, "\r\n2,1000,2000,40,40,0,0,0,0,0,80,160\r\n"));
}

TEST_CASE("The comparison as CSV lists each model with its source, unpriced models say why") {
    Scenario s = tiered_at_half();
    s.width = 1536, s.height = 1536;  // tiered and tokens cannot deliver it
    auto rows = imgcost::compare(s, test_catalog());
    std::string csv = imgcost::compare_csv(rows);
    CHECK(contains(csv, "acme/credits,Credits,acme,active,credits,"));
    CHECK(contains(csv, "https://acme.example/credits,2026-02-01,B,,USD\r\n"));  // each row says its currency
    CHECK(contains(csv, "acme/tiered,Tiered,acme,active,,,,,,,,,,,,"));
}

TEST_CASE("A custom model name cannot become a spreadsheet formula, a CSV column or Markdown markup") {
    Scenario s;
    s.model = "custom";
    s.price_per_image = 0.01;
    s.custom_name = "=HYPERLINK(\"x\"),<b>|";
    auto e = imgcost::evaluate(s, test_catalog());
    CHECK(contains(imgcost::estimate_csv(e), "model_name,\"'=HYPERLINK(\"\"x\"\"),<b>|\"\r\n"));
    std::string md = imgcost::report_markdown(e, {});
    CHECK(contains(md, "=HYPERLINK(\"x\"),\\<b\\>\\|"));
    CHECK_FALSE(contains(md, "<b>"));
}

TEST_CASE("The Markdown report shows the figures as the page formats them, under the page's labels, with the inputs and the link") {
    auto s = tiered_at_half();
    auto e = imgcost::evaluate(s, test_catalog());
    auto rows = imgcost::compare(s, test_catalog());
    std::string md = imgcost::report_markdown(e, rows, &s, "https://example.org/imgcost/?v=2&model=acme%2Ftiered");
    CHECK(contains(md, "| Cost per usable image | $0.080 |"));
    CHECK(contains(md, "| Monthly: Total | $80.00 |"));
    CHECK(contains(md, "| Acceptance rate | 50% |"));
    CHECK(contains(md, "Open this scenario in the calculator: <https://example.org/imgcost/?v=2&model=acme%2Ftiered>"));
    CHECK_FALSE(contains(md, "monthly.total"));
    CHECK_FALSE(contains(md, "cost_per_usable_image"));
    CHECK(contains(md, "| 2 | 1000 | $80.00 | $160.00 |"));
    CHECK(contains(md, "### Every provider for this scenario"));
    CHECK(contains(md, "[2026-02-01, A](<https://acme.example/tiered>)"));
}
