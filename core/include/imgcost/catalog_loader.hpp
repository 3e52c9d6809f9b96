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

// The catalog format this build reads (pricing-data/schema.json, format_version).
constexpr int catalog_format_version = 2;

struct LoadResult {
    Catalog catalog;
    std::vector<CatalogError> errors;
};

// Adds one provider file's content to `into`, or records why it was rejected.
// Returns true when the file was accepted.
bool load_provider(Catalog& into, const nlohmann::json& file_content, const std::string& file,
                   std::vector<CatalogError>& errors);

// pricing-data/defaults.json ({"format_version": 2, "default_models": [ids]}):
// recognised by its name, or by default_models without a provider block.
bool is_defaults_file(const nlohmann::json& content, const std::string& file);
// Sets into.default_models, or records why the file was rejected. Whether the
// ids exist is checked by check_references(), once every file is in.
bool load_defaults(Catalog& into, const nlohmann::json& content, const std::string& file,
                   std::vector<CatalogError>& errors);

// The checks that need the whole catalog, run after the last file: a successor
// or upscaler that names no entry rejects its file (reported with the file and
// the JSON Pointer; repeated until no reference is broken), and an unknown id in
// default_models rejects the defaults file. load_catalog_text() and
// load_catalog_path() run it; after add_catalog_text(), call it yourself.
void check_references(LoadResult& loaded);

// Parses `text` as a provider file, or as a bundle
// {"bundle_version": 1, "files": {"openai.json": {...}, ...}} made by the site build.
LoadResult load_catalog_text(std::string_view text, const std::string& file);
// The same, adding to a catalog that may already hold other files.
void add_catalog_text(LoadResult& into, std::string_view text, const std::string& file);

// Loads a directory of provider files (every *.json but the *schema.json files;
// defaults.json gives the default models) or one file.
LoadResult load_catalog_path(const std::string& path);

// The bundled catalog: $IMGCOST_CATALOG, else pricing-data/ next to the binary's
// install prefix or in the source tree it was built from. Empty if none.
std::string find_default_catalog(const std::string& argv0);

}  // namespace imgcost
