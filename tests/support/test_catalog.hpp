// A small, hand-made catalog for the specification tests: one model per
// pricing structure, with prices chosen so the figures are easy to check by hand.
#pragma once

#include <string>

#include "imgcost/catalog_loader.hpp"

namespace imgcost::testing {

// The provider file as JSON text (see test_catalog.cpp for its prices).
const std::string& test_provider_text();
// The catalog loaded from it; REQUIREs that it loaded without errors.
const Catalog& test_catalog();

}  // namespace imgcost::testing
