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
