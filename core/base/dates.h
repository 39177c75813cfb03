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

// A date as people in the UK type it, for input fields: "31/03/2027", "31-03-2027", "31.03.2027" (day, month,
// year; one- or two-digit day and month) or ISO "2027-03-31"; spaces around it are ignored. Within the same
// year limits as parse_iso_date. Nothing for anything else (including the American month-first order, which
// cannot be told apart and is therefore read day-first like everything else in the UK).
std::optional<CivilDate> parse_typed_date(std::string_view text);
// Why text shaped like a date is not one, in words for its field's refusal: "there is no 31 February 2027",
// "there is no month 13", "years from 1900 to 2100 only". "" when the text is a date or not shaped like one
// (day/month/year with a four-digit year, or year-month-day); the field then says what it takes instead.
std::string typed_date_problem(std::string_view text);
// "YYYY-MM" with a month 01-12 within the year limits: a month, for a data range known only to the month.
bool is_iso_month(std::string_view text);
// A month as people type it, for a date range: "2019-04", "04/2019", "4/2019", "04-2019"; as "YYYY-MM".
std::optional<std::string> parse_typed_month(std::string_view text);
// What a date field says it expects, in its hint and its refusal.
inline constexpr const char* kTypedDateHint = "a date such as 31/03/2027 (day/month/year)";
inline constexpr const char* kTypedMonthHint = "a date such as 31/03/2027, or a month such as 04/2019";

// The ISO date `days` calendar days after `iso` (before, if negative).
std::string add_days(const std::string& iso, std::int64_t days);
// The same day `years` later; 29 February becomes 28 February in a year that has none.
std::string add_years(const std::string& iso, int years);
// Where the first text shaped as an ISO date ("2027-03-31": four digits, '-', two, '-', two, with no digit just
// before or after) starts in `text` at or after `from`; std::string_view::npos when there is none. Only the
// shape is checked (long_date or parse_iso_date say whether it is a real day): the one test for "a date as
// stored" that the screens use to write one as a person reads it, and wrapping to keep one on one line.
std::size_t find_iso_date(std::string_view text, std::size_t from = 0);
// "2027-03-31" -> "31 March 2027", "2019-04" -> "April 2019"; text that is neither comes back unchanged.
std::string long_date(const std::string& iso);

}  // namespace ft::dates
