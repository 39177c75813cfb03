#include "base/dates.h"

#include <cstdio>
#include <vector>

namespace ft::dates {
namespace {


const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's civil algorithms).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), m, d};
}

CivilDate checked(const std::string& iso) {
    // Callers pass dates that Field::date() accepted; a bad one here is a programming error, and the
    // epoch is a visible rather than undefined answer.
    auto d = parse_calendar_date(iso);
    return d ? *d : CivilDate{1970, 1, 1};
}

}  // namespace

bool is_leap_year(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(std::int64_t year, unsigned month) {
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return days[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
}

std::optional<CivilDate> parse_calendar_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    auto num = [&](std::size_t at, std::size_t len) {
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    CivilDate d{num(0, 4), unsigned(num(5, 2)), unsigned(num(8, 2))};
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
    return d;
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
    auto d = parse_calendar_date(s);
    if (!d || d->year < limits::kMinYear || d->year > limits::kMaxYear) return std::nullopt;
    return d;
}

std::string to_iso(const CivilDate& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", d.year, d.month, d.day);
    return buf;
}

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Splits "31/03/2027" into its digit runs and the one separator between them; false on anything else.
bool split_numbers(std::string_view s, std::vector<std::string_view>& parts, char& sep) {
    parts.clear();
    sep = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] >= '0' && s[i] <= '9') continue;
        if (i == start) return false;   // empty part, or a separator first
        parts.push_back(s.substr(start, i - start));
        if (i < s.size()) {
            char c = s[i];
            if (c != '/' && c != '-' && c != '.') return false;
            if (sep && c != sep) return false;   // one separator throughout: "31/03-2027" is not a date
            sep = c;
        }
        start = i + 1;
    }
    return true;
}

int number(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

bool year_in_limits(int y) { return y >= limits::kMinYear && y <= limits::kMaxYear; }

}  // namespace

std::optional<CivilDate> parse_typed_date(std::string_view text) {
    std::string_view s = trimmed(text);
    if (auto iso = parse_iso_date(s)) return iso;
    std::vector<std::string_view> p;
    char sep = 0;
    if (!split_numbers(s, p, sep) || p.size() != 3) return std::nullopt;
    if (p[0].size() > 2 || p[1].size() > 2 || p[2].size() != 4) return std::nullopt;
    CivilDate d{number(p[2]), unsigned(number(p[1])), unsigned(number(p[0]))};
    if (!year_in_limits(d.year) || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string typed_date_problem(std::string_view text) {
    std::string_view s = trimmed(text);
    if (parse_typed_date(s)) return "";
    std::vector<std::string_view> p;
    char sep = 0;
    if (!split_numbers(s, p, sep) || p.size() != 3) return "";
    const bool year_first = p[0].size() == 4 && p[1].size() <= 2 && p[2].size() <= 2 && sep == '-';
    const bool day_first = p[0].size() <= 2 && p[1].size() <= 2 && p[2].size() == 4;
    if (!year_first && !day_first) return "";
    const int year = number(year_first ? p[0] : p[2]);
    const int month = number(p[1]);
    const int day = number(year_first ? p[2] : p[0]);
    if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
    if (day < 1 || unsigned(day) > days_in_month(year, unsigned(month)))
        return "there is no " + std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
    if (!year_in_limits(year))
        return "years from " + std::to_string(limits::kMinYear) + " to " + std::to_string(limits::kMaxYear) + " only";
    return "";
}

bool is_iso_month(std::string_view s) {
    if (s.size() != 7 || s[4] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (s[i] < '0' || s[i] > '9') return false;
    int m = number(s.substr(5, 2));
    return m >= 1 && m <= 12 && year_in_limits(number(s.substr(0, 4)));
}

std::optional<std::string> parse_typed_month(std::string_view text) {
    std::string_view s = trimmed(text);
    if (is_iso_month(s)) return std::string(s);
    std::vector<std::string_view> p;
    char sep = 0;
    if (!split_numbers(s, p, sep) || p.size() != 2 || sep == '.') return std::nullopt;
    if (p[0].size() > 2 || p[1].size() != 4) return std::nullopt;
    int m = number(p[0]), y = number(p[1]);
    if (m < 1 || m > 12 || !year_in_limits(y)) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return std::string(buf);
}

std::string add_days(const std::string& iso, std::int64_t days) {
    CivilDate d = checked(iso);
    return to_iso(civil_from_days(days_from_civil(d.year, d.month, d.day) + days));
}

std::string add_years(const std::string& iso, int years) {
    CivilDate d = checked(iso);
    d.year += years;
    if (d.day > days_in_month(d.year, d.month)) d.day = days_in_month(d.year, d.month);
    return to_iso(d);
}

std::size_t find_iso_date(std::string_view text, std::size_t from) {
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    for (std::size_t i = from; i + 10 <= text.size(); ++i) {
        if (i > 0 && digit(i - 1)) continue;
        if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && text[i + 4] == '-' && digit(i + 5) && digit(i + 6) &&
            text[i + 7] == '-' && digit(i + 8) && digit(i + 9) && !digit(i + 10))
            return i;
    }
    return std::string_view::npos;
}

std::string long_date(const std::string& iso) {
    if (is_iso_month(iso)) return std::string(kMonths[number(std::string_view(iso).substr(5, 2)) - 1]) + " " + iso.substr(0, 4);
    auto parsed = parse_calendar_date(iso);
    if (!parsed) return iso;   // a document shows what it was given rather than an invented date
    CivilDate d = *parsed;
    return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

}  // namespace ft::dates
