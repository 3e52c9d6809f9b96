#include "imgcost/share_link.hpp"

#include <cmath>
#include <cstdlib>
#include <set>

#include "imgcost/errors.hpp"
#include "number_text.hpp"

namespace imgcost {

namespace {

bool is_page_key(const std::string& key) { return key == "embed" || key == "v"; }

bool is_numeric_key(const std::string& key) {
    const KeySpec* k = find_key(key);
    return k && k->numeric();
}

std::string percent_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/')
            out += static_cast<char>(c);
        else
            out += '%', out += hex[c >> 4], out += hex[c & 15];
    }
    return out;
}

std::string percent_decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::strtol(s.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    // Keys and values are quoted in notices and read into the scenario, both sent on as JSON.
    return valid_utf8(out);
}

// Whole numbers as integers ("5000", not "5e+03"); others in the shortest
// decimal text that reads back as the same double.
std::string exact_number(double v) {
    if (std::floor(v) == v && std::abs(v) < 1e15) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    return shortest_number_text(v);
}

Value parse_value(const std::string& key, const std::string& text) {
    if (!is_numeric_key(key)) return text;
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || text.find_first_of("xXnN") != std::string::npos)
        return text;  // not a plain number: scenario_from_value names the key and range
    return v;
}

// The parameters of the query; a fragment is read only when there is no query
// and it holds parameters (a link kept after the #), so that an anchor such as
// #answer after a query is not read as an unknown key.
std::string parameter_text(const std::string& url) {
    size_t question = url.find('?'), hash = url.find('#');
    if (question != std::string::npos && (hash == std::string::npos || question < hash))
        return url.substr(question + 1, hash == std::string::npos ? std::string::npos : hash - question - 1);
    if (hash != std::string::npos && url.find('=', hash) != std::string::npos) return url.substr(hash + 1);
    return "";
}

std::vector<std::pair<std::string, std::string>> parameters(const std::string& url) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string query = parameter_text(url);
    size_t pos = 0;
    while (pos < query.size()) {
        size_t amp = query.find_first_of("&?", pos);
        std::string part = query.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
        if (!part.empty()) {
            size_t eq = part.find('=');
            out.emplace_back(percent_decode(part.substr(0, eq)),
                             eq == std::string::npos ? "" : percent_decode(part.substr(eq + 1)));
        }
        if (amp == std::string::npos) break;
        pos = amp + 1;
    }
    return out;
}

int read_version(const std::vector<std::pair<std::string, std::string>>& params, std::vector<std::string>& notices) {
    for (const auto& [key, value] : params) {
        if (key != "v") continue;
        if (value == "1" || value == "2") return std::stoi(value);
        notices.push_back("link format version '" + value + "' is unknown; read as version " +
                          std::to_string(link_format_version));
    }
    return link_format_version;
}

}  // namespace

std::string default_link_base() {
    const char* env = std::getenv("IMGCOST_LINK_BASE");
    return env && *env ? env : "http://localhost:8000/";
}

std::string encode_link(const Scenario& scenario, const std::string& base) {
    std::string url = base.substr(0, base.find_first_of("?#")) + "?v=" + std::to_string(link_format_version);
    // Named, not a temporary: items() only refers to the object it iterates.
    const Value keys = scenario_to_value(scenario);
    for (const auto& [key, value] : keys.members())
        url += "&" + key + "=" + percent_encode(value.is_text() ? value.text() : exact_number(value.number()));
    return url;
}

DecodedLink decode_link(const std::string& raw_url, const std::string& fallback_model) {
    DecodedLink out;
    std::string url = raw_url;
    if (url.size() > max_link_length) {
        out.notices.push_back("the link is longer than " + std::to_string(max_link_length) +
                              " characters; the rest was ignored");
        url.resize(max_link_length);
    }
    auto params = parameters(url);
    out.version = read_version(params, out.notices);
    Value j = Value::object();
    for (auto [key, value] : params) {
        if (is_page_key(key)) continue;
        if (const KeySpec* k = find_alias(key)) key = k->key;
        if (j.contains(key)) out.notices.push_back("'" + key + "' was given twice; the last value was used");
        j[key] = parse_value(key, value);
    }
    const auto model = [&j] { const Value* m = j.find("model"); return m && m->is_text() ? m->text() : std::string(); };
    out.has_model = !model().empty();
    if (!out.has_model) {
        if (fallback_model.empty()) throw InputError("model", code::link_no_model, "Model (model): the link names no model");
        j["model"] = fallback_model;
    }
    // Drop each offending key with a notice until what remains is a valid scenario.
    for (int attempt = 0; attempt < 64; ++attempt) {
        try {
            out.scenario = scenario_from_value(j);
            return out;
        } catch (const InputError& e) {
            std::set<std::string> ignored;  // one notice per key: its first reason
            for (const auto& f : e.errors()) {
                if (!ignored.insert(f.key).second) continue;
                out.notices.push_back("ignored '" + f.key + "': " + f.message);
                out.ignored.push_back(f);
                j.erase(f.key);
                if (f.key == "price_per_image" && model() == "custom") j["model"] = fallback_model;
                if (f.key == "model") j["model"] = fallback_model;
            }
            if (model().empty()) throw InputError("model", code::link_no_model, "Model (model): the link names no usable model");
        }
    }
    throw InputError("model", code::link_no_model, "Model (model): the link could not be read");
}

}  // namespace imgcost
