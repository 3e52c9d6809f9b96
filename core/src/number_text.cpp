#include "number_text.hpp"

#include <cstdio>
#include <cstdlib>

namespace imgcost {

std::string number_text(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    return buf;
}

std::string shortest_number_text(double value) {
    char buf[40];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, value);
        if (std::strtod(buf, nullptr) == value) break;
    }
    return buf;
}

std::string dollars_text(double value) { return "$" + number_text(value); }

std::string size_text(int width, int height) {
    return std::to_string(width) + "x" + std::to_string(height);
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    for (size_t i = 0; i < text.size();) {
        unsigned c = byte(i);
        // The ranges of Unicode's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF.
        size_t length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        unsigned low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        unsigned high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        bool ok = length > 0;
        for (size_t k = 1; ok && k < length; ++k) {
            unsigned next = byte(i + k);
            ok = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xBF;
        }
        if (ok) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

}  // namespace imgcost
