// Calendar dates, written once for every feature: checking, arithmetic and the two ways fairterms writes
// a date (ISO "2027-03-31" in JSON and CSV, words "31 March 2027" in documents a person reads).
//
// Dates are proleptic Gregorian calendar days with no time zone. Every function that takes an ISO string
// expects one that parse_iso_date() accepts; callers check input through Field::date() first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/input_limits.h"

namespace ft::dates {


struct CivilDate {
    int year = 0;
    unsigned month = 0;  // 1-12
    unsigned day = 0;    // 1-31
};

bool is_leap_year(std::int64_t year);
unsigned days_in_month(std::int64_t year, unsigned month);

// "YYYY-MM-DD" with a real calendar day, any four-digit year; nothing otherwise.
std::optional<CivilDate> parse_calendar_date(std::string_view text);
// The same, within limits::kMinYear to limits::kMaxYear: what fairterms accepts as input.
std::optional<CivilDate> parse_iso_date(std::string_view text);

std::string to_iso(const CivilDate& d);

// The ISO date `days` calendar days after `iso` (before, if negative).
std::string add_days(const std::string& iso, std::int64_t days);
// The same day `years` later; 29 February becomes 28 February in a year that has none.
std::string add_years(const std::string& iso, int years);
// "2027-03-31" -> "31 March 2027"; text that is not such a date comes back unchanged.
std::string long_date(const std::string& iso);

}  // namespace ft::dates
