// The one money-formatting rule (docs/interfaces.md#money): cents for sums,
// two significant digits below a cent ($0.0042), thousands separated
// ($1,234.57). The page applies the same rule through Intl.NumberFormat with
// the parameters below (money_rule()), so CLI, exports, advisor texts and page
// print the same figure the same way.
#pragma once

#include <string>
#include <string_view>

namespace imgcost {

// Whether a currency is US dollars, the catalog's own (none named counts).
bool is_us_dollars(std::string_view currency);
// A currency code as the catalog and scenarios spell it: three capital letters.
bool is_currency_code(std::string_view code);
// What goes before an amount: "$" in US dollars, else the code and a space ("EUR ").
std::string money_sign(std::string_view currency);

// "$1,234.57" in US dollars; another currency by its code, "EUR 1,234.57".
std::string money_text(double amount, const std::string& currency = "USD");

struct MoneyRule {
    int min_fraction_digits = 2, max_fraction_digits = 2;
    int min_significant_digits = 2, max_significant_digits = 2;
    const char* rounding_priority = "morePrecision";  // Intl.NumberFormat's name
};
MoneyRule money_rule();

}  // namespace imgcost
