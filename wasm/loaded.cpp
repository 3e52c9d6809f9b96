#include "loaded.hpp"

#include "imgcost/catalog_compact.hpp"

namespace imgcost::web {

LoadResult& loaded() {
    static LoadResult catalog;
    return catalog;
}

// No load errors to carry: the native loader refused to write a catalog with
// a rejected file.
void load_compact(const std::string& bytes) {
    loaded() = LoadResult{read_compact(bytes), {}};
}

}  // namespace imgcost::web
