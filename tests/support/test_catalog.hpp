// A small, hand-made catalog for the specification tests: one model per
// pricing structure, with prices chosen so the figures are easy to check by hand.
#pragma once

#include <string>
#include <vector>

#include "imgcost/catalog_loader.hpp"

namespace imgcost::testing {

// The provider file as JSON text (see test_catalog.cpp for its prices).
const std::string& test_provider_text();
// The catalog loaded from it; REQUIREs that it loaded without errors.
const Catalog& test_catalog();

// A second provider for the advisor's tests: cheaper storage with zero egress
// (to pair only with its own storage), and a draft model with dear edits.
const std::string& thrift_provider_text();
// test_catalog() plus the thrift provider.
const Catalog& advisor_test_catalog();
// advisor_test_catalog() with only these models (every service stays), so a
// test can isolate one choice.
Catalog advisor_catalog_with(const std::vector<std::string>& model_ids);

}  // namespace imgcost::testing
