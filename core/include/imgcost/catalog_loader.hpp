// Loads price sheets into a Catalog. Each provider file is checked against the
// rules of pricing-data/schema.json; a bad file is rejected whole with its file,
// JSON path and reason, and every other file still loads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/catalog.hpp"
#include "imgcost/errors.hpp"

namespace imgcost {

struct LoadResult {
    Catalog catalog;
    std::vector<CatalogError> errors;
};

// Adds one provider file's content to `into`, or records why it was rejected.
// Returns true when the file was accepted.
bool load_provider(Catalog& into, const nlohmann::json& file_content, const std::string& file,
                   std::vector<CatalogError>& errors);

// Parses `text` as a provider file, or as a bundle
// {"bundle_version": 1, "files": {"openai.json": {...}, ...}} made by the site build.
LoadResult load_catalog_text(std::string_view text, const std::string& file);
// The same, adding to a catalog that may already hold other files.
void add_catalog_text(LoadResult& into, std::string_view text, const std::string& file);

// Loads a directory of provider files (every *.json but schema.json) or one file.
LoadResult load_catalog_path(const std::string& path);

// The bundled catalog: $IMGCOST_CATALOG, else pricing-data/ next to the binary's
// install prefix or in the source tree it was built from. Empty if none.
std::string find_default_catalog(const std::string& argv0);

}  // namespace imgcost
