// The two kinds of failure the core reports: bad user input (a scenario key
// out of range) and a bad price sheet (a file, a JSON path, a reason).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace imgcost {

// Stable error codes, in the manner of nlohmann/json's error ids: tests and
// the page match on these, never on the prose (docs/interfaces.md#errors).
namespace code {
inline constexpr const char* not_an_object = "scenario.not_object";
inline constexpr const char* unknown_key = "key.unknown";
inline constexpr const char* wrong_type = "value.wrong_type";
inline constexpr const char* out_of_range = "value.out_of_range";
inline constexpr const char* too_small = "value.too_small";
inline constexpr const char* too_long = "value.too_long";
inline constexpr const char* required = "value.required";
inline constexpr const char* bad_date = "value.bad_date";
inline constexpr const char* unknown_model = "model.unknown";
inline constexpr const char* size_unsupported = "size.unsupported";
inline constexpr const char* quality_unknown = "quality.unknown";
inline constexpr const char* quality_not_at_size = "quality.not_at_size";
inline constexpr const char* edit_unavailable = "edit.unavailable";
inline constexpr const char* service_unknown = "service.unknown";
inline constexpr const char* upscaler_missing = "upscaler.missing";
inline constexpr const char* link_no_model = "link.no_model";
inline constexpr const char* mix_shares = "mix.shares";
inline constexpr const char* mix_whole_key = "mix.whole_key";
inline constexpr const char* unknown_format = "format.unknown";
inline constexpr const char* currency_unknown = "currency.unknown";
}  // namespace code

struct FieldError {
    std::string key;      // the scenario key, e.g. "acceptance_rate"
    std::string code;     // one of imgcost::code, e.g. "value.out_of_range"
    std::string message;  // names the label and the key, and the allowed range
};

class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<FieldError> errors);
    InputError(const std::string& key, const std::string& code, const std::string& message);
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
