#include "help_text.hpp"

#include <map>

#include "advise_command.hpp"
#include "imgcost/scenario.hpp"

namespace imgcost::cli {

namespace {

// What each scenario key means; ranges come from the core's own table so the
// help can never disagree with validation.
const std::map<std::string, std::string>& meanings() {
    static const std::map<std::string, std::string> m = {
        {"model", "catalog id provider/model (e.g. openai/gpt-image-1.5), or custom (required)"},
        {"custom_name", "display name of a custom model"},
        {"as_of", "the day to price on, YYYY-MM-DD from 2020-01-01 to 5 years after today (default: today)"},
        {"width", "requested output width in pixels (default 1024)"},
        {"height", "requested output height in pixels (default 1024)"},
        {"quality", "the model's quality tier (standard, hd, low, medium, high...; default: the model's)"},
        {"steps", "sampling steps, for step- or compute-priced models (default: the model's)"},
        {"images_per_month", "V: usable images delivered per month (default 1000)"},
        {"acceptance_rate", "a: share of generations that meet the brief (default 1)"},
        {"edits_per_image", "edit/inpaint/variation calls per delivered image (default 0)"},
        {"upscale_share", "share of delivered images that are upscaled (default 0)"},
        {"upscaler", "catalog id of an upscale service (default: the model's own)"},
        {"batch_share", "share of generations sent through batch mode (default 0)"},
        {"moderation", "catalog id of a moderation service, applied to every generated or edited image"},
        {"storage", "catalog id of a storage service"},
        {"cdn", "catalog id of a delivery (egress) service"},
        {"image_mb", "average file size in MB (10^6 bytes) (default 1.5)"},
        {"retention_months", "R: months each delivered image stays stored (default 12)"},
        {"views_per_image", "downloads of each delivered image over its life (default 0)"},
        {"prompt_tokens", "text tokens per prompt, for token-priced models (default 50)"},
        {"months", "projection length in months (default 12)"},
        {"monthly_growth", "month-over-month growth of V, 0.1 = +10% (default 0)"},
        {"price_per_image", "override: your price per generation (required for custom)"},
        {"edit_price", "override: price per edit call"},
        {"upscale_price", "override: price per upscale"},
        {"batch_discount", "override: batch discount, 0.5 = 50% off"},
        {"moderation_price", "override: moderation price per checked image"},
        {"storage_price_gb_month", "override: storage $ per GB-month"},
        {"cdn_price_gb", "override: delivery $ per GB"},
    };
    return m;
}

std::string pad(std::string s, size_t width) {
    while (s.size() < width) s += ' ';
    return s;
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
        "         [--include-retired] [--include-unverified]\n";
    out += advise_help();
    out +=
        "  imgcost link     --scenario FILE|- [--base URL]   print the share link of a scenario\n"
        "  imgcost catalog                        the loaded catalog (models, services, rejected files,\n"
        "                                         default_model)\n"
        "  imgcost history MODEL [--width W --height H --quality Q]   the model's price periods\n"
        "\n"
        "Options:\n"
        "  --catalog DIR|FILE   load another price sheet (default: the bundled pricing-data/,\n"
        "                       or $IMGCOST_CATALOG)\n"
        "  --format FORMAT      estimate and compare: json (default), csv (full precision,\n"
        "                       with each price's source) or markdown (a report)\n"
        "  --as-of DATE         estimate, compare, advise, catalog: price on DATE (YYYY-MM-DD)\n"
        "                       instead of the scenario's as_of or today\n"
        "  --help               this text\n"
        "\n"
        "A scenario is a JSON object; every key but model is optional:\n";
    for (const char* key : text_keys()) out += "  " + pad(key, 24) + meanings().at(key) + "\n";
    for (const auto& r : numeric_keys())
        out += "  " + pad(r.key, 24) + meanings().at(r.key) + "; " + (r.integer ? "whole number " : "") + r.text + "\n";
    out +=
        "\nExample:\n"
        "  echo '{\"model\":\"openai/gpt-image-1.5\",\"quality\":\"medium\",\"acceptance_rate\":0.5}' |\n"
        "    imgcost estimate --scenario -\n"
        "\nExit codes: 0 ok, 2 bad input (the message names the key and its allowed range), 1 other failures.\n";
    return out;
}

}  // namespace imgcost::cli
