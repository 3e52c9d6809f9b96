#include "imgcost/date.hpp"

#include <cstdio>

namespace imgcost {

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

int digits(std::string_view s, size_t from, size_t count) {
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days.
long long Date::days() const {
    long long y = year - (month <= 2 ? 1 : 0);
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long mp = (month + 9) % 12;
    long long doy = (153 * mp + 2) / 5 + day - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days(long long z) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long y = yoe + era * 400;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    Date d;
    d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    d.year = static_cast<int>(y + (d.month <= 2 ? 1 : 0));
    return d;
}

bool operator==(const Date& a, const Date& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }
bool operator!=(const Date& a, const Date& b) { return !(a == b); }
bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}
bool operator<=(const Date& a, const Date& b) { return !(b < a); }
bool operator>(const Date& a, const Date& b) { return b < a; }
bool operator>=(const Date& a, const Date& b) { return !(a < b); }

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return Date{y, m, d};
}

bool is_date(std::string_view text) { return parse_date(text).has_value(); }

// By hand, not snprintf: a comparison formats a date per row, and printf's
// machinery was a tenth of its time (issue 15).
std::string format_date(const Date& d) {
    auto digits = [](int v, int n) {
        std::string out(n, '0');
        for (int i = n - 1; i >= 0 && v > 0; --i, v /= 10) out[i] = static_cast<char>('0' + v % 10);
        return out;
    };
    return digits(d.year % 10000, 4) + "-" + digits(d.month, 2) + "-" + digits(d.day, 2);
}

Date add_days(const Date& d, long long days) { return Date::from_days(d.days() + days); }

long long days_between(const Date& from, const Date& to) { return to.days() - from.days(); }

Date add_years(const Date& d, int years) {
    Date out{d.year + years, d.month, d.day};
    if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
    return out;
}

std::string relative_days_text(long long days) {
    if (days == 0) return "today";
    long long n = days < 0 ? -days : days;
    std::string count = std::to_string(n) + (n == 1 ? " day" : " days");
    return days > 0 ? "in " + count : count + " ago";
}

}  // namespace imgcost
