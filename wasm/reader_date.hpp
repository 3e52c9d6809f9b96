// The page prices a scenario on its own date (a pinned link's as_of), else on
// the reader's: the browser's date, which the page passes with each call,
// since the core never reads a clock. Both modules price this way, as the CLI
// does with its own clock (resolve_as_of in imgcost/lifecycle.hpp).
#pragma once

#include <string>

#include "imgcost/scenario.hpp"

namespace imgcost::web {

// s with an empty as_of set to `today` (YYYY-MM-DD); InputError("as_of") when
// today is not a date, or s's own date is out of range for it.
Scenario on_reader_date(Scenario s, const std::string& today);

}  // namespace imgcost::web
