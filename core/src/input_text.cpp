#include "imgcost/input_text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include "imgcost/money_format.hpp"

namespace imgcost {

namespace {

std::string trimmed(std::string_view text) {
    // Spaces, and the no-break spaces locales put in numbers (U+00A0, U+202F).
    std::string s(text);
    auto strip = [&](bool front) {
        for (;;) {
            if (s.empty()) return;
            if (std::isspace(static_cast<unsigned char>(front ? s.front() : s.back()))) {
                if (front) s.erase(0, 1);
                else s.pop_back();
            } else if (front && (s.rfind("\xC2\xA0", 0) == 0)) {
                s.erase(0, 2);
            } else if (!front && s.size() >= 2 && s.compare(s.size() - 2, 2, "\xC2\xA0") == 0) {
                s.resize(s.size() - 2);
            } else {
                return;
            }
        }
    };
    strip(true);
    strip(false);
    return s;
}

// "20,000", "20 000" (also no-break spaces) and "1,234.5" -> digits only; a
// separator must sit between groups of three digits, so "1,5" stays invalid.
bool remove_group_separators(std::string& s) {
    std::string out;
    size_t digits_since = 0;
    bool grouped = false, in_fraction = false;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = s[i];
        size_t width = (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) ? 2
                       : (c == 0xE2 && s.compare(i, 3, "\xE2\x80\xAF") == 0)                          ? 3
                       : (c == ',' || c == ' ' || c == '_')                                            ? 1
                                                                                                      : 0;
        if (width && !in_fraction) {
            if (out.empty() || (grouped && digits_since != 3) || (!grouped && digits_since > 3)) return false;
            grouped = true, digits_since = 0;
            i += width - 1;
            continue;
        }
        if (c == '.') {
            if (grouped && digits_since != 3) return false;
            in_fraction = true;
        }
        if (std::isdigit(c)) ++digits_since;
        out += static_cast<char>(c);
    }
    if (grouped && !in_fraction && digits_since != 3) return false;
    s = out;
    return true;
}

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }
bool ends_with(const std::string& s, std::string_view p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// A money amount may carry the sign or the code of a currency before or after
// it ("$0.05", "€0.05", "0.05 €", "EUR 0.05",
// "0.05 EUR"): the field is in the scenario's currency, so the sign is only
// what people type, and it is dropped. Longer signs first ("R$" before "$").
void drop_currency_sign(std::string& s) {
    static constexpr std::string_view signs[] = {"R$", "A$", "C$", "HK$", "US$", "$", "\xE2\x82\xAC" /* € */,
                                                 "\xC2\xA3" /* £ */, "\xC2\xA5" /* ¥ */, "\xE2\x82\xB9" /* ₹ */,
                                                 "\xE2\x82\xA9" /* ₩ */};
    for (auto sign : signs) {
        if (starts_with(s, sign)) return void(s = trimmed(s.substr(sign.size())));
        if (ends_with(s, sign)) return void(s = trimmed(s.substr(0, s.size() - sign.size())));
    }
    if (s.size() > 4 && is_currency_code(std::string_view(s).substr(0, 3)) && s[3] == ' ') s = trimmed(s.substr(4));
    else if (s.size() > 4 && is_currency_code(std::string_view(s).substr(s.size() - 3)) && s[s.size() - 4] == ' ')
        s = trimmed(s.substr(0, s.size() - 4));
}

std::optional<double> plain_number(const std::string& s) {
    if (s.empty() || s.find_first_of("xXnNiI") != std::string::npos) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

}  // namespace

std::optional<double> read_typed_number(const KeySpec& k, std::string_view text) {
    std::string s = trimmed(text);
    double scale = 1, divisor = 1;
    if (k.unit == Unit::share) {
        // Text in a share is a percentage: "30%" and "30" are both 0.3.
        if (!s.empty() && s.back() == '%') s = trimmed(s.substr(0, s.size() - 1));
        divisor = 100;  // 70 / 100 is exactly the double 0.7; 70 * 0.01 is not
    } else {
        if (k.unit == Unit::money) drop_currency_sign(s);
        if (!s.empty() && (k.unit == Unit::count || k.unit == Unit::money)) {
            char last = s.back();
            if (last == 'k' || last == 'K') scale = 1e3;
            if (last == 'M') scale = 1e6;
            if (scale != 1) s = trimmed(s.substr(0, s.size() - 1));
        }
    }
    if (!remove_group_separators(s)) return std::nullopt;
    auto v = plain_number(s);
    if (!v) return std::nullopt;
    return *v * scale / divisor;
}

}  // namespace imgcost
