#include "imgcost/errors.hpp"

namespace imgcost {

namespace {
std::string join_messages(const std::vector<FieldError>& errors) {
    std::string out;
    for (const auto& e : errors) {
        if (!out.empty()) out += "; ";
        out += e.message;
    }
    return out;
}
}  // namespace

InputError::InputError(std::vector<FieldError> errors)
    : std::runtime_error(join_messages(errors)), errors_(std::move(errors)) {}

InputError::InputError(const std::string& key, const std::string& code, const std::string& message)
    : InputError(std::vector<FieldError>{{key, code, message}}) {}

std::string CatalogError::to_string() const {
    return file + ": " + (path.empty() ? "/" : path) + ": " + reason;
}

}  // namespace imgcost
