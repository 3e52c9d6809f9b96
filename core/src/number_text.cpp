#include "number_text.hpp"

#include <cstdio>

namespace imgcost {

std::string number_text(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    return buf;
}

std::string dollars_text(double value) { return "$" + number_text(value); }

std::string size_text(int width, int height) {
    return std::to_string(width) + "x" + std::to_string(height);
}

}  // namespace imgcost
