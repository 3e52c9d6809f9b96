#include "advise_command.hpp"

#include "imgcost/advisor_json.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/key_registry.hpp"

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
    throw InputError(key, code::wrong_type,
                     find_key(key, Scope::advisor)->name() + ": " + flag + " must be a number of dollars (got '" + text + "')");
}

}  // namespace

json advise_command(const json& input, const Catalog& catalog, const std::map<std::string, std::string>& options) {
    if (!input.is_object())
        throw InputError("scenario", code::not_an_object, "The scenario must be a JSON object of keys and values");
    json scenario = input, advisor = input.value("advisor", json::object());
    scenario.erase("advisor");
    scenario.erase("mix");
    if (!advisor.is_object())
        throw InputError("advisor", code::not_an_object, "advisor must be an object of advisor options");
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
           "         The scenario may also hold \"advisor\": {<advisor options below>} and\n"
           "         \"mix\": [{\"name\", \"share\", <scenario keys>}, ...], use cases splitting\n"
           "         images_per_month (shares add up to 1), priced one by one and in total.\n";
}

}  // namespace imgcost::cli
