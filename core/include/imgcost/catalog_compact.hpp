// The compact catalog (docs/catalog.md#compact): a loaded Catalog as bytes,
// written by the native core at build time (`imgcost catalog --compact`) and
// read by the page's first-load module, which then needs no JSON parser.
// The native loader (catalog_loader.hpp) is the only validator: the compact
// form holds a catalog that has already passed every check, and reading it
// back checks only that the bytes are whole and of this format version.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "imgcost/catalog.hpp"

namespace imgcost {

// Bumped whenever the layout below changes; a blob of another version is refused.
constexpr unsigned compact_format_version = 1;

struct CompactCatalogError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Prose::drop leaves out every note and notes text (what was read where),
// which the page never shows; every figure, date, source url, checked date
// and grade is kept.
enum class Prose { keep, drop };

std::string write_compact(const Catalog& c, Prose prose = Prose::keep);
// Throws CompactCatalogError for bytes that are not a compact catalog, are of
// another format version, or are cut short.
Catalog read_compact(std::string_view bytes);

}  // namespace imgcost
