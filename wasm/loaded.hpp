// The catalog a browser module holds: the compact catalog the site build
// wrote with the native loader (docs/catalog.md#compact). Both modules load
// the same bytes, each into its own copy; neither parses catalog JSON.
#pragma once

#include <string>

#include "imgcost/catalog_loader.hpp"

namespace imgcost::web {

LoadResult& loaded();

// Replaces the loaded catalog; throws CompactCatalogError for bytes that are
// not a whole compact catalog of this build's format version.
void load_compact(const std::string& bytes);

}  // namespace imgcost::web
