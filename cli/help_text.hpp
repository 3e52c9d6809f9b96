// The text of `imgcost --help`.
#pragma once

#include <string>

namespace imgcost::cli {

std::string help_text();

}  // namespace imgcost::cli
