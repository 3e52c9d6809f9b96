// The share-link codec: a scenario kept in a URL's query with readable keys
// and a format version. One implementation for the page, the CLI and tests.
//
// Format v2 (current): ?v=2&model=openai%2Fdall-e-3&width=1792&quality=hd...
// with the scenario's own key names, only the keys that differ from defaults.
// Format v1 (compact, still read): ?v=1&m=...&w=1792&q=hd... Short aliases are
// accepted in any version. Page keys (embed) are left to the page.
#pragma once

#include <string>
#include <vector>

#include "imgcost/errors.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost {

constexpr int link_format_version = 2;
constexpr size_t max_link_length = 4096;

std::string default_link_base();  // $IMGCOST_LINK_BASE, else http://localhost:8000/

std::string encode_link(const Scenario& scenario, const std::string& base);

struct DecodedLink {
    Scenario scenario;
    bool has_model = false;
    int version = link_format_version;
    // Each ignored parameter, named, with the reason. Plain text: show it as
    // text, never as HTML (it quotes what the link carried).
    std::vector<std::string> notices;
    std::vector<FieldError> ignored;   // each key dropped, with its code (its notice is in notices)
};

// Never throws for bad parameters: each is ignored with a notice. When the link
// names no model, `fallback_model` is used; with none, throws InputError("model").
DecodedLink decode_link(const std::string& url, const std::string& fallback_model = "");

}  // namespace imgcost
