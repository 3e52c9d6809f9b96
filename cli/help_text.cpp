#include "help_text.hpp"

#include "advise_command.hpp"
#include "imgcost/key_registry.hpp"

namespace imgcost::cli {

namespace {

std::string pad(std::string s, size_t width) {
    while (s.size() < width) s += ' ';
    return s;
}

// One line per key, all from the registry, so the help cannot disagree with
// validation or forget a key.
std::string key_lines(Scope scope) {
    std::string out;
    for (const auto& k : key_registry()) {
        if (k.scope != scope) continue;
        std::string range = k.range_text();
        out += "  " + pad(k.key, 24) + k.label + ": " + k.description + " " +
               (range.empty() ? "" : "Allowed: " + range + ". ") + "Default: " + k.default_words() + "." +
               (k.required ? " Required." : "") + "\n";
    }
    return out;
}

}  // namespace

std::string help_text() {
    std::string out =
        "imgcost: what image-generation APIs really cost, per usable and delivered image and per month.\n"
        "\n"
        "Usage:\n"
        "  imgcost estimate --scenario FILE|-     price one scenario (JSON out)\n"
        "  imgcost estimate --link URL            price the scenario of a share link\n"
        "  imgcost compare  --scenario FILE|-     every callable catalog model for that scenario,\n"
        "                                         sorted by cost per delivered image\n"
        "         [--include-retired] [--include-unverified]\n"
        "         [--min-rating R]  only models rated at least R (the scenario key min_rating)\n"
        "         [--leaderboard lmarena-text-to-image|lmarena-image-edit]  whose ratings rows carry\n"
        "                                         (quality, and frontier: the price-quality frontier)\n";
    out += advise_help();
    out +=
        "  imgcost link     --scenario FILE|- [--base URL]   print the share link of a scenario\n"
        "  imgcost catalog                        the loaded catalog (models, services, rejected files,\n"
        "                                         default_model)\n"
        "  imgcost catalog --compact > catalog.bin   the same catalog, checked, as the compact form the\n"
        "                                         page loads (no notes; fails if a file was rejected)\n"
        "  imgcost history MODEL [--width W --height H --quality Q]   the model's price periods\n"
        "  imgcost report [--as-of DATE]          the catalog report: providers, models, grades, stale\n"
        "                                         prices, shutdowns within 90 days, and each model's price\n"
        "                                         for a 1024x1024 image at its default tier\n"
        "  imgcost trend [--as-of DATE]           where image pricing is heading: quarter by quarter from\n"
        "                                         2022, the cheapest, median and dearest 1024x1024 image\n"
        "  imgcost keys                           every scenario key and advisor option as JSON\n"
        "                                         (label, unit, range, default, description, link alias)\n"
        "\n"
        "Options:\n"
        "  --catalog DIR|FILE   load another price sheet (default: the bundled pricing-data/,\n"
        "                       or $IMGCOST_CATALOG)\n"
        "  --format FORMAT      estimate and compare: json (default), csv (full precision,\n"
        "                       with each price's source) or markdown (a report)\n"
        "  --as-of DATE         estimate, compare, advise, catalog: price on DATE (YYYY-MM-DD)\n"
        "                       instead of the scenario's as_of or today\n"
        "  --help               this text\n"
        "Today is the day in UTC, or $IMGCOST_TODAY (YYYY-MM-DD) for runs that must not\n"
        "depend on the day they run (tests).\n"
        "\n"
        "A scenario is a JSON object; every key but model is optional. A share (shown in %) is a\n"
        "fraction as a number (0.5) or a percentage as text (\"50%\"); numbers may also be text as\n"
        "people type them (\"20,000\", \"20k\", \"$0.05\").\n";
    out += key_lines(Scope::scenario);
    out += "\nAdvisor options (imgcost advise):\n";
    out += key_lines(Scope::advisor);
    out +=
        "\nExample:\n"
        "  echo '{\"model\":\"openai/gpt-image-2\",\"quality\":\"medium\",\"acceptance_rate\":0.5}' |\n"
        "    imgcost estimate --scenario -\n"
        "\nExit codes: 0 ok, 2 bad input (the message names the input, its key and its allowed range,\n"
        "followed by a stable error code in brackets), 1 other failures.\n";
    return out;
}

}  // namespace imgcost::cli
