// Discount schedules and exact discounting (core/value/discount.h), checked by hand.
#include <doctest/doctest.h>

#include <initializer_list>

#include "value/discount.h"

using ft::Decimal;
using ft::DiscountSchedule;
using ft::Discounting;

namespace {
Decimal rate(const char* s) { return *Decimal::parse(s); }

const ft::Pence kMillion = 100'000'000;  // £1,000,000.00

// A schedule's rate in given years, one row a year.
struct YearRate {
    int year;
    const char* rate;
};
void check_rates(const DiscountSchedule& s, std::initializer_list<YearRate> rows) {
    for (const YearRate& r : rows) {
        CAPTURE(r.year);
        CHECK(s.rate_for_year(r.year) == rate(r.rate));
    }
}

// £1,000,000 discounted to given years, one row a year, each worked out by hand beside it.
struct YearPence {
    int year;
    ft::Pence pence;
};
void check_million(const Discounting& d, std::initializer_list<YearPence> rows) {
    for (const YearPence& r : rows) {
        CAPTURE(r.year);
        CHECK(d.discount(kMillion, r.year) == r.pence);
    }
}

}  // namespace

TEST_CASE("value: Green Book rates change at years 31, 76, 126, 201 and 301") {
    check_rates(DiscountSchedule::green_book(), {{1, "0.035"},
                                                 {30, "0.035"},
                                                 {31, "0.03"},
                                                 {75, "0.03"},
                                                 {76, "0.025"},
                                                 {125, "0.025"},
                                                 {126, "0.02"},
                                                 {200, "0.02"},
                                                 {201, "0.015"},
                                                 {301, "0.01"}});
    CHECK(DiscountSchedule::flat(rate("0.07")).rate_for_year(40) == rate("0.07"));
}

TEST_CASE("value: the health schedule declines on the Green Book's breakpoints (annex A6)") {
    DiscountSchedule h = DiscountSchedule::green_book_health();
    check_rates(h, {{1, "0.015"},
                    {30, "0.015"},
                    {31, "0.0129"},
                    {75, "0.0129"},
                    {76, "0.0107"},
                    {125, "0.0107"},
                    {126, "0.0086"},
                    {200, "0.0086"},
                    {201, "0.0064"},
                    {300, "0.0064"},
                    {301, "0.0043"}});
    CHECK(h.description().find("Green Book") != std::string::npos);
    CHECK(h.description().find("1.29% for 31-75") != std::string::npos);
}

TEST_CASE("value: Green Book discounting of £1,000,000 across the year-30 and year-75 boundaries") {
    check_million(Discounting(DiscountSchedule::green_book(), 130),
                  {{0, kMillion},   // year 0 is never discounted
                   // 100,000,000 / 1.035 = 96,618,357.49 -> 96,618,357
                   {1, 96'618'357},
                   // 1.035^29 = 2.71187797556; 100,000,000 / 2.71187797556 = 36,874,815.497 -> 36,874,815 (just below a half)
                   {29, 36'874'815},
                   // 1.035^30 = 2.80679370470; 100,000,000 / 2.80679370470 = 35,627,841.06 -> 35,627,841
                   {30, 35'627'841},
                   // year 31 uses 3%: 2.80679370470 x 1.03 = 2.89099751584; 100,000,000 / that = 34,590,136.95 -> 34,590,137
                   {31, 34'590'137},
                   // year 32: / 1.03 again = 33,582,657.23 -> 33,582,657
                   {32, 33'582'657},
                   // year 75: 1.035^30 x 1.03^45 = 10.6141594021; 100,000,000 / that = 9,421,377.26 -> 9,421,377
                   {75, 9'421'377},
                   // year 76 uses 2.5%: 10.6141594021 x 1.025 = 10.8795133871; 100,000,000 / that = 9,191,587.57 -> 9,191,588
                   {76, 9'191'588},
                   // year 77: / 1.025 again = 8,967,402.506 -> 8,967,403
                   {77, 8'967'403},
                   // year 125 (last 2.5% year) 2,741,076.30 -> 2,741,076; year 126 uses 2%: 2,687,329.71 -> 2,687,330
                   {125, 2'741'076},
                   {126, 2'687'330}});
}

TEST_CASE("value: discount factors print exactly and state their formula") {
    Discounting d(DiscountSchedule::green_book(), 80);
    CHECK(d.factor_text(0) == "1");
    CHECK(d.factor_text(1) == "0.9661835749");   // 1 / 1.035 = 0.96618357487...
    CHECK(d.factor_text(30) == "0.3562784106");  // 1 / 2.80679370470 = 0.35627841060...
    CHECK(d.factor_text(31) == "0.3459013695");  // 1 / 2.89099751584 = 0.34590136951...
    CHECK(d.factor_text(76) == "0.0919158757");  // 1 / 10.8795133871 = 0.09191587568...
    CHECK(d.factor_text(1, 4) == "0.9662");
    CHECK(d.factor_formula(0) == "1");
    CHECK(d.factor_formula(3) == "1 / 1.035^3");
    CHECK(d.factor_formula(30) == "1 / 1.035^30");
    CHECK(d.factor_formula(31) == "1 / (1.035^30 × 1.03^1)");
    CHECK(d.factor_formula(76) == "1 / (1.035^30 × 1.03^45 × 1.025^1)");
    CHECK(d.divisor_text(2) == "1.035^2");
}

TEST_CASE("value: health discounting of £1,000,000 across the year-30, year-75 and year-125 boundaries") {
    // Expected figures computed independently with exact fractions (Python's fractions module):
    // divisor(t) = 1.015^min(t,30) x 1.0129^(years 31-75) x 1.0107^(years 76-125) x 1.0086^(years 126-..).
    Discounting h(DiscountSchedule::green_book_health(), 130);
    check_million(h, {// 1.015^30 = 1.56308022049; 100,000,000 / that = 63,976,242.99 -> 63,976,243
                      {30, 63'976'243},
                      // year 31 uses 1.29%: 1.015^30 x 1.0129 = 1.58324395534; 100,000,000 / that = 63,161,460.15 -> 63,161,460
                      // (a flat 1.5% would give 1 / 1.015^31 -> 63,030,781, the figure the old flat schedule produced)
                      {31, 63'161'460},
                      // year 75: 1.015^30 x 1.0129^45 = 2.78276779407; 100,000,000 / that = 35,935,445.36 -> 35,935,445
                      {75, 35'935'445},
                      // year 76 uses 1.07%: x 1.0107 = 2.81254340947; 100,000,000 / that = 35,555,006.78 -> 35,555,007
                      {76, 35'555'007},
                      // year 125: x 1.0107^50 in all = 4.73794760264; 100,000,000 / that = 21,106,185.29 -> 21,106,185
                      {125, 21'106'185},
                      // year 126 uses 0.86%: 4.77869395202 -> 20,926,219.80 -> 20,926,220
                      {126, 20'926'220}});
    CHECK(h.factor_text(31) == "0.6316146015");   // 1 / 1.58324395534 = 0.631614601546...
    CHECK(h.factor_formula(31) == "1 / (1.015^30 × 1.0129^1)");
    CHECK(h.factor_formula(76) == "1 / (1.015^30 × 1.0129^45 × 1.0107^1)");
}

TEST_CASE("value: health schedule and custom rates") {
    Discounting health(DiscountSchedule::green_book_health(), 10);
    // 1.015^10 = 1.16054083; 100,000,000 / 1.16054083 = 86,166,723.17 -> 86,166,723
    CHECK(health.discount(100'000'000, 10) == 86'166'723);
    Discounting none(DiscountSchedule::flat(Decimal()), 5);
    CHECK(none.discount(123'456, 5) == 123'456);  // a 0% rate leaves amounts untouched
    CHECK(none.factor_text(5) == "1");
}

TEST_CASE("value: exact halves round away from zero, which a fixed-point factor alone would miss") {
    Discounting d(DiscountSchedule::flat(rate("0.2")), 3);
    CHECK(d.discount(3, 1) == 3);     // 3 / 1.2 = 2.5 exactly -> 3 (0.8333...x3 in fixed point reads 2.4999...)
    CHECK(d.discount(-3, 1) == -3);   // -2.5 -> -3
    CHECK(d.discount(18, 2) == 13);   // 18 / 1.44 = 12.5 exactly -> 13
    CHECK(d.discount(36, 2) == 25);   // 36 / 1.44 = 25 exactly
    CHECK(d.discount(1, 1) == 1);     // 0.8333 -> 1
    CHECK(d.discount(2, 3) == 1);     // 2 / 1.728 = 1.157 -> 1
    CHECK(d.discount(9'000'000'000'000'000'000LL, 1) == 7'500'000'000'000'000'000LL);  // huge amounts stay exact
}
