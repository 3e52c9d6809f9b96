// Calendar dates (ISO 8601 YYYY-MM-DD, proleptic Gregorian): strict parsing,
// comparison and day arithmetic. The core never reads the clock: "today" is
// always passed in by the caller (the CLI, the bindings, a test).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace imgcost {

struct Date {
    int year = 1970, month = 1, day = 1;

    // Days since 1970-01-01 (negative before).
    long long days() const;
    static Date from_days(long long days);
};

bool operator==(const Date& a, const Date& b);
bool operator!=(const Date& a, const Date& b);
bool operator<(const Date& a, const Date& b);
bool operator<=(const Date& a, const Date& b);
bool operator>(const Date& a, const Date& b);
bool operator>=(const Date& a, const Date& b);

// Exactly YYYY-MM-DD naming a real day (2026-02-30 and 2026-2-3 are rejected).
std::optional<Date> parse_date(std::string_view text);
bool is_date(std::string_view text);
std::string format_date(const Date& d);

Date add_days(const Date& d, long long days);
// `to` minus `from`, in days (negative when `to` is earlier).
long long days_between(const Date& from, const Date& to);
// The same day `years` later (29 February becomes 28 February in a common year).
Date add_years(const Date& d, int years);

// "in 1 day", "in 12 days", "today", "1 day ago", "12 days ago".
std::string relative_days_text(long long days);

// The range a scenario's as_of may take: from 2020-01-01 to 5 years after the
// reference day (the caller's today).
constexpr const char* earliest_as_of = "2020-01-01";
constexpr int as_of_years_ahead = 5;

}  // namespace imgcost
