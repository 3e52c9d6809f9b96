#include "imgcost/money_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace imgcost {

namespace {

std::string with_thousands(const std::string& digits) {
    std::string out;
    int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace

MoneyRule money_rule() { return {}; }

std::string money_text(double dollars, const std::string& currency) {
    if (!std::isfinite(dollars)) return "—";
    double v = std::fabs(dollars);
    int decimals = 2;
    if (v > 0) {
        // Round to two significant digits first: 0.00999 becomes 0.010, not 0.0100.
        int magnitude = static_cast<int>(std::floor(std::log10(v)));
        double rounded = std::round(v / std::pow(10, magnitude - 1)) * std::pow(10, magnitude - 1);
        decimals = std::max(2, 1 - static_cast<int>(std::floor(std::log10(rounded))));
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string text = buf;
    std::string whole = text.substr(0, text.find('.')), fraction = text.substr(text.find('.'));
    bool negative = dollars < 0 && text.find_first_not_of("0.") != std::string::npos;
    return (negative ? "-" : "") + money_sign(currency) + with_thousands(whole) + fraction;
}

bool is_us_dollars(std::string_view currency) { return currency.empty() || currency == "USD"; }

bool is_currency_code(std::string_view code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string money_sign(std::string_view currency) {
    return is_us_dollars(currency) ? "$" : std::string(currency) + " ";
}

}  // namespace imgcost
