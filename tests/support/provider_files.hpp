// The real catalog's provider files as JSON, and the check that one broken
// file is rejected with its file, JSON path and reason while every other
// provider still loads (docs/catalog.md#validation). Shared by the mutation tests.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/catalog_loader.hpp"

namespace imgcost::testing {

// Every provider file of the real catalog, by file name, as parsed JSON.
inline const std::map<std::string, nlohmann::json>& provider_files() {
    static const std::map<std::string, nlohmann::json> files = [] {
        std::map<std::string, nlohmann::json> out;
        for (const auto& entry : std::filesystem::directory_iterator(IMGCOST_CATALOG_DIR)) {
            auto name = entry.path().filename().string();
            bool schema = name.size() >= 11 && name.compare(name.size() - 11, 11, "schema.json") == 0;
            if (entry.path().extension() != ".json" || schema || name == "defaults.json") continue;
            std::ifstream in(entry.path());
            out[name] = nlohmann::json::parse(in);
        }
        return out;
    }();
    return files;
}

// pricing-data/defaults.json as parsed JSON.
inline const nlohmann::json& defaults_file() {
    static const nlohmann::json j = [] {
        std::ifstream in(std::filesystem::path(IMGCOST_CATALOG_DIR) / "defaults.json");
        return nlohmann::json::parse(in);
    }();
    return j;
}

// The whole catalog as one bundle text (as the site build makes it), with
// `replace` standing in for some files (a null value leaves that file out).
inline std::string bundle_text(const std::map<std::string, nlohmann::json>& replace = {}) {
    nlohmann::json files = nlohmann::json::object();
    for (const auto& [name, content] : provider_files()) files[name] = content;
    files["defaults.json"] = defaults_file();
    for (const auto& [name, content] : replace) {
        if (content.is_null())
            files.erase(name);
        else
            files[name] = content;
    }
    return nlohmann::json{{"bundle_version", 1}, {"files", files}}.dump();
}

inline std::string provider_id(const std::string& file) { return provider_files().at(file)["provider"]["id"]; }

// Loads every provider file except `skip`; REQUIREs that they all load.
inline Catalog catalog_without(const std::string& skip) {
    Catalog c;
    std::vector<CatalogError> errors;
    for (const auto& [name, content] : provider_files())
        if (name != skip) load_provider(c, content, name, errors);
    for (const auto& e : errors) UNSCOPED_INFO("unexpected error: " << e.to_string());
    REQUIRE(errors.empty());
    REQUIRE(c.providers.size() == provider_files().size() - 1);
    return c;
}

inline nlohmann::json& at(nlohmann::json& j, const std::string& pointer) {
    return j[nlohmann::json::json_pointer(pointer)];
}

struct Mutation {
    std::string description;
    std::string file;
    std::function<void(nlohmann::json&)> mutate;
    std::string expected_path;
    std::string expected_reason = "";  // a part of the reason; empty: any reason
};

inline void check_rejected(const Mutation& m) {
    INFO("mutation: " << m.description << " in " << m.file);
    Catalog c = catalog_without(m.file);
    nlohmann::json broken = provider_files().at(m.file);
    m.mutate(broken);
    REQUIRE(broken != provider_files().at(m.file));

    std::vector<CatalogError> errors;
    bool accepted = load_provider(c, broken, m.file, errors);
    CHECK_FALSE(accepted);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == m.file);
    CHECK(errors[0].path == m.expected_path);
    CHECK_FALSE(errors[0].reason.empty());
    CHECK_THAT(errors[0].reason, Catch::Contains(m.expected_reason));

    // The rejected file added nothing; every other provider is still there.
    std::string rejected = provider_id(m.file);
    CHECK(c.providers.size() == provider_files().size() - 1);
    CHECK(std::none_of(c.providers.begin(), c.providers.end(), [&](const auto& p) { return p.file == m.file; }));
    CHECK(std::none_of(c.models.begin(), c.models.end(), [&](const auto& x) { return x.provider == rejected; }));
    CHECK(std::none_of(c.services.begin(), c.services.end(), [&](const auto& x) { return x.provider == rejected; }));
    for (const auto& file : provider_files()) {
        const std::string& name = file.first;  // clang 14 cannot capture a structured binding
        if (name == m.file) continue;
        INFO("provider file " << name);
        CHECK(std::any_of(c.providers.begin(), c.providers.end(), [&](const auto& p) { return p.file == name; }));
    }
}

}  // namespace imgcost::testing
