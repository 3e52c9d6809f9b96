#include "advise_command.hpp"

#include "imgcost/advisor_json.hpp"
#include "imgcost/errors.hpp"

namespace imgcost::cli {

namespace {

using nlohmann::json;

double dollars_flag(const std::map<std::string, std::string>& options, const std::string& flag, const char* key) {
    const std::string& text = options.at(flag);
    try {
        size_t used = 0;
        double value = std::stod(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    throw InputError(key, flag + " must be a number of dollars (got '" + text + "')");
}

}  // namespace

json advise_command(const json& input, const Catalog& catalog, const std::map<std::string, std::string>& options) {
    if (!input.is_object()) throw InputError("scenario", "scenario must be a JSON object of keys and values");
    json scenario = input, advisor = input.value("advisor", json::object());
    scenario.erase("advisor");
    scenario.erase("mix");
    if (!advisor.is_object()) throw InputError("advisor", "advisor must be an object of advisor options");
    if (input.contains("mix")) advisor["mix"] = input["mix"];
    if (options.count("--budget")) advisor["monthly_budget"] = dollars_flag(options, "--budget", "monthly_budget");
    if (options.count("--total-budget")) advisor["total_budget"] = dollars_flag(options, "--total-budget", "total_budget");
    return to_json(advise(scenario_from_json(scenario), catalog, advisor_options_from_json(advisor)));
}

std::string advise_help() {
    return "  imgcost advise   --scenario FILE|- [--budget USD] [--total-budget USD]\n"
           "                                         how to pay less: each tactic as a changed scenario\n"
           "                                         with its monthly total and savings; the budget's\n"
           "                                         images per month by model and its runway in months;\n"
           "                                         cost against acceptance rate with break-even points;\n"
           "                                         the inputs that move the monthly total most (±20%)\n"
           "         The scenario may also hold \"advisor\": {\"drafts_per_final\" (default 1/acceptance_rate),\n"
           "         \"batch_eligible_share\" (default 0.5), \"cache_reuse\" (default 0.1), \"monthly_budget\",\n"
           "         \"total_budget\"} and \"mix\": [{\"name\", \"share\", <scenario keys>}, ...], use cases\n"
           "         splitting images_per_month (shares add up to 1), priced one by one and in total.\n";
}

}  // namespace imgcost::cli
