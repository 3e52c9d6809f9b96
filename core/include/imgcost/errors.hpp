// The two kinds of failure the core reports: bad user input (a scenario key
// out of range) and a bad price sheet (a file, a JSON path, a reason).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace imgcost {

struct FieldError {
    std::string key;      // the scenario key, e.g. "acceptance_rate"
    std::string message;  // names the key and the allowed range
};

class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<FieldError> errors);
    InputError(const std::string& key, const std::string& message);
    const std::vector<FieldError>& errors() const { return errors_; }

private:
    std::vector<FieldError> errors_;
};

struct CatalogError {
    std::string file;     // e.g. "openai.json"
    std::string path;     // JSON Pointer, e.g. "/models/2/pricing/tiers/0/prices/hd"
    std::string reason;
    std::string to_string() const;
};

}  // namespace imgcost
