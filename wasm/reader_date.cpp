#include "reader_date.hpp"

#include "imgcost/date.hpp"
#include "imgcost/errors.hpp"
#include "imgcost/lifecycle.hpp"

namespace imgcost::web {

Scenario on_reader_date(Scenario s, const std::string& today) {
    auto day = parse_date(today);
    if (!day) throw InputError("as_of", code::bad_date, "today must be a date YYYY-MM-DD (got '" + today + "')");
    resolve_as_of(s, *day);
    return s;
}

}  // namespace imgcost::web
