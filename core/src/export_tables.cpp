#include "imgcost/export_tables.hpp"

#include "imgcost/key_registry.hpp"
#include "imgcost/money_format.hpp"

#include <cmath>
#include <cstdio>
#include <utility>

namespace imgcost {

namespace {

std::string full_precision(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.12g", v == 0 ? 0.0 : v);  // no "-0"
    return buf;
}

// A leading = + - @ would make a spreadsheet run the cell as a formula; custom
// model names come from users and links, so they are defused.
std::string csv_field(const std::string& s) {
    std::string v = s;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string line;
    for (size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + csv_field(fields[i]);
    return line + "\r\n";
}

// Text from catalogs and links is shown literally, never as Markdown or HTML.
std::string md_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (std::string("\\`*_[]<>|#!").find(c) != std::string::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

using Lines = std::vector<std::pair<std::string, double>>;

Lines breakdown_lines(const Breakdown& b, const std::string& prefix) {
    Lines out;
    for (const auto& line : imgcost::breakdown_lines()) out.emplace_back(prefix + line.key, b.*line.member);
    return out;
}

// The per-image figures as the page labels them.
Lines labelled_per_image_lines(const Estimate& e) {
    return {{"Price per generation", e.price_per_generation},
            {"Price per generation after batch discount", e.effective_price_per_generation},
            {"Cost per usable image", e.cost_per_usable_image},
            {"Cost per delivered image", e.cost_per_delivered_image},
            {"All-in cost per image", e.all_in_cost_per_image}};
}

Lines per_image_lines(const Estimate& e) {
    return {{"price_per_generation", e.price_per_generation},
            {"effective_price_per_generation", e.effective_price_per_generation},
            {"cost_per_usable_image", e.cost_per_usable_image},
            {"cost_per_delivered_image", e.cost_per_delivered_image},
            {"all_in_cost_per_image", e.all_in_cost_per_image}};
}

std::string md_table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows) {
    auto line = [](const std::vector<std::string>& cells) {
        std::string s = "|";
        for (const auto& c : cells) s += " " + c + " |";
        return s + "\n";
    };
    std::string out = line(head) + "|";
    for (size_t i = 0; i < head.size(); ++i) out += i ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& r : rows) out += line(r);
    return out;
}

// Every input that differs from its default, by its label, in its unit.
std::string inputs_md(const Scenario& s) {
    std::vector<std::vector<std::string>> rows;
    const nlohmann::json keys = scenario_to_json(s);
    for (const auto& [key, value] : keys.items()) {
        const KeySpec* k = find_key(key);
        std::string shown = value.is_number() && k ? k->shown(value.get<double>()) : value.is_string() ? value.get<std::string>() : value.dump();
        rows.push_back({md_text(k ? k->label : key), md_text(shown)});
    }
    return md_table({"Input", "Value"}, rows);
}


std::string source_md(const Source& s) {
    if (s.url.empty()) return "";
    return "[" + md_text(s.checked) + ", " + md_text(s.confidence) + "](<" + s.url + ">)";
}

std::string comparison_md(const std::vector<CompareRow>& rows) {
    std::vector<std::vector<std::string>> body;
    for (const auto& r : rows) {
        const Estimate& e = r.estimate;
        if (!r.ok) {
            body.push_back({md_text(r.model_name), md_text(r.error), "", "", "", "", ""});
            continue;
        }
        char times[32];
        std::snprintf(times, sizeof times, "%.1f×", r.times_cheapest);
        body.push_back({md_text(r.model_name) + " (" + md_text(r.model) + ")", md_text(e.billed_as),
                        money_text(e.price_per_generation, e.currency), money_text(e.cost_per_delivered_image, e.currency),
                        money_text(e.monthly.total, e.currency), times, source_md(e.price_source)});
    }
    return md_table({"Model", "Billed as", "Per generation", "Per delivered image", "Monthly", "× cheapest", "Source"},
                    body);
}

}  // namespace


std::string estimate_csv(const Estimate& e) {
    std::string out = csv_row({"figure", "value"});
    out += csv_row({"model", e.model});
    out += csv_row({"model_name", e.model_name});
    out += csv_row({"billed_as", e.billed_as});
    for (const auto& [key, value] : per_image_lines(e)) out += csv_row({key, full_precision(value)});
    for (const auto& [key, value] : breakdown_lines(e.monthly, "monthly.")) out += csv_row({key, full_precision(value)});
    out += csv_row({"annual_total", full_precision(e.annual_total)});
    out += csv_row({"currency", e.currency});
    out += csv_row({"fx_rate_per_usd", full_precision(e.fx_rate)});
    if (!e.fx_date.empty()) out += csv_row({"fx_date", e.fx_date});
    out += csv_row({"price_source.url", e.price_source.url});
    out += csv_row({"price_source.checked", e.price_source.checked});
    out += csv_row({"price_source.confidence", e.price_source.confidence});
    for (const auto& w : e.warnings) out += csv_row({"warning", w});
    return out;
}

std::string projection_csv(const Estimate& e) {
    std::vector<std::string> head = {"month", "images", "stored_images"};
    for (const auto& line : breakdown_lines(Breakdown{}, "")) head.push_back(line.first);
    head.push_back("cumulative");
    std::string out = csv_row(head);
    for (const auto& m : e.projection) {
        std::vector<std::string> row = {std::to_string(m.month), full_precision(m.images),
                                        full_precision(m.stored_images)};
        for (const auto& line : breakdown_lines(m.cost, "")) row.push_back(full_precision(line.second));
        row.push_back(full_precision(m.cumulative));
        out += csv_row(row);
    }
    return out;
}

std::string compare_csv(const std::vector<CompareRow>& rows) {
    std::string out = csv_row({"model", "model_name", "provider", "status", "structure", "billed_as",
                               "price_per_generation", "cost_per_usable_image", "cost_per_delivered_image",
                               "all_in_cost_per_image", "monthly_total", "times_cheapest", "source_url", "checked",
                               "confidence", "not_priced_because", "currency"});
    for (const auto& r : rows) {
        const Estimate& e = r.estimate;
        auto n = [&](double v) { return r.ok ? full_precision(v) : std::string(); };
        out += csv_row({r.model, r.model_name, r.provider, r.status, r.ok ? e.structure : "", r.ok ? e.billed_as : "",
                        n(e.price_per_generation), n(e.cost_per_usable_image), n(e.cost_per_delivered_image),
                        n(e.all_in_cost_per_image), n(e.monthly.total), n(r.times_cheapest), e.price_source.url,
                        e.price_source.checked, e.price_source.confidence, r.ok ? "" : r.error,
                        r.ok ? e.currency : ""});
    }
    return out;
}

std::string report_markdown(const Estimate& e, const std::vector<CompareRow>& rows, const Scenario* scenario,
                            const std::string& link) {
    std::string out = "## " + md_text(e.model_name) + " (" + md_text(e.model) + ")\n\n";
    out += "Prices as of " + e.as_of + ". Billed as " + md_text(e.billed_as) + ". Price source: " +
           source_md(e.price_source) + ".\n\n";
    if (scenario) out += "### Inputs\n\n" + inputs_md(*scenario) + "\n";
    std::vector<std::vector<std::string>> figures;
    for (const auto& [label, value] : labelled_per_image_lines(e)) figures.push_back({label, money_text(value, e.currency)});
    for (const auto& line : imgcost::breakdown_lines())
        figures.push_back({std::string("Monthly: ") + line.label, money_text(e.monthly.*line.member, e.currency)});
    figures.push_back({e.annual_with_growth ? "The first 12 months with growth" : "Annual total (12 × this month)",
                       money_text(e.annual_total, e.currency)});
    out += "### The answer\n\n" + md_table({"Figure", "Value"}, figures) + "\n";
    std::vector<std::vector<std::string>> months;
    for (const auto& m : e.projection)
        months.push_back({std::to_string(m.month), full_precision(std::round(m.images)), money_text(m.cost.total, e.currency),
                          money_text(m.cumulative, e.currency)});
    out += "### Projection\n\n" + md_table({"Month", "Images", "Total", "Cumulative"}, months);
    for (const auto& w : e.warnings) out += "\n> " + md_text(w) + "\n";
    if (!rows.empty()) out += "\n### Every provider for this scenario\n\n" + comparison_md(rows);
    if (!link.empty()) out += "\nOpen this scenario in the calculator: <" + link + ">\n";
    return out;
}

}  // namespace imgcost
