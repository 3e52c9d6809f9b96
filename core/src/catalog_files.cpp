// Reading price sheets from disk (native builds and tests; the page receives
// the bundle as text instead).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "imgcost/catalog_loader.hpp"

namespace imgcost {

namespace fs = std::filesystem;

namespace {

bool read_file(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

void load_one(LoadResult& result, const fs::path& path) {
    std::string text;
    if (read_file(path, text))
        add_catalog_text(result, text, path.filename().string());
    else
        result.errors.push_back({path.filename().string(), "", "cannot read the file"});
}

// schema.json, defaults.schema.json: the JSON Schemas, not price sheets.
bool is_schema_file(const std::string& name) {
    const std::string tail = "schema.json";
    return name.size() >= tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

LoadResult load_catalog_path(const std::string& path) {
    LoadResult result;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(path, ec))
            if (entry.path().extension() == ".json" && !is_schema_file(entry.path().filename().string()))
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());  // a stable order: the same ids win every time
        for (const auto& f : files) load_one(result, f);
        if (files.empty()) result.errors.push_back({path, "", "no provider files (*.json) in this folder"});
        check_references(result);
    } else if (fs::exists(path, ec)) {
        load_one(result, path);
        check_references(result);
    } else {
        result.errors.push_back({path, "", "no such file or folder"});
    }
    return result;
}

std::string find_default_catalog(const std::string& argv0) {
    if (const char* env = std::getenv("IMGCOST_CATALOG"); env && *env) return env;
    std::error_code ec;
    // /proc/self/exe survives symlinks and PATH lookups; argv0 is the fallback
    // where /proc is missing.
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::weakly_canonical(fs::path(argv0), ec);
    std::vector<fs::path> candidates;
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
        candidates.push_back(dir / "pricing-data");                  // source tree, any build folder depth
        candidates.push_back(dir / "share" / "imgcost" / "pricing-data");  // install prefix
    }
#ifdef IMGCOST_SOURCE_CATALOG
    candidates.push_back(IMGCOST_SOURCE_CATALOG);
#endif
    for (const auto& c : candidates)
        if (fs::is_directory(c, ec) && fs::exists(c / "schema.json", ec)) return c.string();
    return "";
}

}  // namespace imgcost
