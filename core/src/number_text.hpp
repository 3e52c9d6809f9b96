// Short human-readable numbers for explanations such as billed_as. Figures
// themselves stay full-precision doubles; this is only for text.
#pragma once

#include <string>

namespace imgcost {

std::string number_text(double value);   // 0.025 -> "0.025", 2.0 -> "2"
std::string dollars_text(double value);  // 0.025 -> "$0.025"
std::string size_text(int width, int height);

}  // namespace imgcost
