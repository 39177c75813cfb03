// Calendar dates: the one implementation every feature uses (base/dates.h).
#include <doctest/doctest.h>

#include "base/dates.h"

using namespace ft::dates;

TEST_CASE("ISO dates are real calendar days within the years fairterms accepts") {
    CHECK(parse_iso_date("2027-03-31"));
    CHECK(parse_iso_date("2024-02-29"));
    CHECK_FALSE(parse_iso_date("2025-02-29"));
    CHECK_FALSE(parse_iso_date("1900-02-29"));   // 1900 is not a leap year
    CHECK(parse_iso_date("2000-02-29"));         // 2000 is
    CHECK_FALSE(parse_iso_date("2027-04-31"));
    CHECK_FALSE(parse_iso_date("2027-13-01"));
    CHECK_FALSE(parse_iso_date("2027-3-31"));
    CHECK_FALSE(parse_iso_date("31/03/2027"));
    CHECK_FALSE(parse_iso_date("1899-12-31"));
    CHECK(parse_iso_date("2100-12-31"));
    CHECK_FALSE(parse_iso_date("2101-01-01"));
    CHECK_FALSE(parse_iso_date("9999-12-01"));
}

TEST_CASE("adding days crosses months, years and leap days") {
    CHECK(add_days("2026-11-30", 28) == "2026-12-28");
    CHECK(add_days("2026-12-20", 28) == "2027-01-17");
    CHECK(add_days("2028-02-28", 1) == "2028-02-29");
    CHECK(add_days("2027-02-28", 1) == "2027-03-01");
    CHECK(add_days("2027-03-01", -1) == "2027-02-28");
    CHECK(add_days("2026-01-01", 365) == "2027-01-01");
}

TEST_CASE("a year on keeps the day, and 29 February becomes 28 February") {
    CHECK(add_years("2026-03-31", 1) == "2027-03-31");
    CHECK(add_years("2024-02-29", 1) == "2025-02-28");
    CHECK(add_years("2024-02-29", 4) == "2028-02-29");
    CHECK(add_years("2023-01-15", 3) == "2026-01-15");
}

TEST_CASE("documents write dates in words") {
    CHECK(long_date("2027-03-31") == "31 March 2027");
    CHECK(long_date("2026-11-01") == "1 November 2026");
    CHECK(long_date("2026-12-25") == "25 December 2026");
}

TEST_CASE("dates as people type them: day/month/year with /, - or ., and ISO; all stored as ISO") {
    auto typed = [](const char* s) {
        auto d = parse_typed_date(s);
        return d ? to_iso(*d) : std::string("refused");
    };
    CHECK(typed("31/03/2027") == "2027-03-31");
    CHECK(typed("31-03-2027") == "2027-03-31");
    CHECK(typed("31.03.2027") == "2027-03-31");
    CHECK(typed("2027-03-31") == "2027-03-31");
    CHECK(typed(" 1/4/2027 ") == "2027-04-01");
    CHECK(typed("29/02/2024") == "2024-02-29");
    CHECK(typed("29/02/2025") == "refused");
    CHECK(typed("31/04/2027") == "refused");
    CHECK(typed("31/13/2027") == "refused");
    CHECK(typed("31/03/27") == "refused");        // a two-digit year is ambiguous
    CHECK(typed("31/03-2027") == "refused");      // one separator throughout
    CHECK(typed("2027/03/31") == "refused");
    CHECK(typed("31/03/1899") == "refused");      // the same year limits as ISO input
    CHECK(typed("31/0") == "refused");
    CHECK(typed("") == "refused");
    CHECK(typed("03/31/2027") == "refused");      // month-first is not read
}

TEST_CASE("months for a data range: 2019-04, 04/2019, 4/2019 and 04-2019, as YYYY-MM") {
    CHECK(parse_typed_month("2019-04") == std::optional<std::string>("2019-04"));
    CHECK(parse_typed_month("04/2019") == std::optional<std::string>("2019-04"));
    CHECK(parse_typed_month("4/2019") == std::optional<std::string>("2019-04"));
    CHECK(parse_typed_month("04-2019") == std::optional<std::string>("2019-04"));
    CHECK_FALSE(parse_typed_month("13/2019"));
    CHECK_FALSE(parse_typed_month("2019-13"));
    CHECK_FALSE(parse_typed_month("04.2019"));
    CHECK_FALSE(parse_typed_month("2019"));
    CHECK(is_iso_month("2019-04"));
    CHECK_FALSE(is_iso_month("2019-4"));
    CHECK(long_date("2019-04") == "April 2019");
    CHECK(long_date("2027-03-31") == "31 March 2027");
}

TEST_CASE("a typed date that is not a date says why, in words") {
    using ft::dates::typed_date_problem;
    CHECK(typed_date_problem("31/02/2027") == "there is no 31 February 2027");
    CHECK(typed_date_problem("29/02/2027") == "there is no 29 February 2027");
    CHECK(typed_date_problem("29/02/2028") == "");        // a leap year: a date
    CHECK(typed_date_problem("2027-04-31") == "there is no 31 April 2027");
    CHECK(typed_date_problem("0/3/2027") == "there is no 0 March 2027");
    CHECK(typed_date_problem("12/13/2027") == "there is no month 13");
    CHECK(typed_date_problem("01/01/1850") == "years from 1900 to 2100 only");
    // Not shaped like a date: the field says what it takes instead.
    CHECK(typed_date_problem("next Tuesday") == "");
    CHECK(typed_date_problem("31/03/27") == "");
    CHECK(typed_date_problem("") == "");
    CHECK(typed_date_problem(" 31/03/2027 ") == "");
}

TEST_CASE("an ISO date is found in text by its shape, not inside a longer run of digits") {
    using ft::dates::find_iso_date;
    constexpr auto none = std::string_view::npos;
    CHECK(find_iso_date("2027-03-31") == 0);
    CHECK(find_iso_date("must not be before the approval date (2027-03-31)") == 38);
    CHECK(find_iso_date("fairterms-workspace-2026-12-01.json") == 20);
    CHECK(find_iso_date("from 2026-01-01 to 2026-12-31", 6) == 19);   // the next one after `from`
    CHECK(find_iso_date("reference 12027-03-310") == none);            // digits run on either side
    CHECK(find_iso_date("2027-3-31") == none);
    CHECK(find_iso_date("2027/03/31") == none);
    CHECK(find_iso_date("2027-03") == none);
    CHECK(find_iso_date("") == none);
    CHECK(find_iso_date("2027-02-31") == 0);   // the shape only: long_date and parse_iso_date judge the day
}
