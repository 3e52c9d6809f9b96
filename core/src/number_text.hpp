// Short human-readable numbers for explanations such as billed_as. Figures
// themselves stay full-precision doubles; this is only for text.
#pragma once

#include <string>
#include <string_view>

namespace imgcost {

std::string number_text(double value);   // 0.025 -> "0.025", 2.0 -> "2"
// The shortest decimal text ("%g" style) that reads back as the same double:
// for text that is read again (a share link, JSON).
std::string shortest_number_text(double value);
std::string dollars_text(double value);  // 0.025 -> "$0.025"
std::string size_text(int width, int height);

// `text` with each byte that is not part of well-formed UTF-8 replaced by
// U+FFFD. Text from outside (a link, a parse error quoting its input) must pass
// through this before it reaches JSON output: nlohmann's dump throws on bad UTF-8.
std::string valid_utf8(std::string_view text);

}  // namespace imgcost
