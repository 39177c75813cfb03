// Present values for multi-year deals: discount schedules and exact discounting to whole pence.
//
// Year t's discount factor is the product over i = 1..t of 1 / (1 + r_i), where r_i is the schedule's rate
// for year i (year 0 is never discounted). Each discounted year is rounded once, half away from zero, to
// whole pence; a present value is the sum of those rounded years.
//
// Precision: factors are products of up to 125+ fractions, far too large for 128-bit integers as exact rationals.
// So each year keeps (a) a fixed-point estimate of the factor at 1e-18 (in 128 bits), which picks a candidate
// pence figure, and (b) the exact numerator 10^(6t) and denominator prod(10^6 + r_i in millionths) as
// arbitrary-length integers, against which the candidate is checked and corrected by whole-number
// comparisons only. Every rounded figure is therefore exact, exact halves included (a custom 20% rate gives
// 3p / 1.2 = 2.5p, which must round to 3p).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/money.h"

namespace ft {

// Which rates apply to which years.
struct DiscountSchedule {
    enum class Kind { green_book, green_book_health, custom };
    Kind kind = Kind::green_book;
    Decimal custom_rate;  // used when kind == custom

    static DiscountSchedule green_book() { return {Kind::green_book, Decimal()}; }
    static DiscountSchedule green_book_health() { return {Kind::green_book_health, Decimal()}; }
    static DiscountSchedule flat(Decimal rate) { return {Kind::custom, rate}; }

    // HM Treasury Green Book: 3.5% for years 1-30, 3.0% for 31-75, 2.5% for 76-125, 2.0% for 126-200,
    // 1.5% for 201-300, 1.0% beyond. Health and life values (Green Book annex A6): 1.5%, 1.29%, 1.07%, 0.86%,
    // 0.64%, 0.43% on the same breakpoints. Custom: the given flat rate.
    Decimal rate_for_year(int year) const;
    // "green_book", "green_book_health" or "custom" (the input's spelling).
    std::string id() const;
    // A phrase for people: "HM Treasury Green Book schedule (3.5% for years 1-30, ...)".
    std::string description() const;
};

// Discount factors for years 0..horizon under one schedule, exact to the penny.
class Discounting {
public:
    Discounting(const DiscountSchedule& schedule, int horizon);

    int horizon() const { return horizon_; }
    const DiscountSchedule& schedule() const { return schedule_; }

    // amount x factor(year), rounded half away from zero to whole pence, exactly.
    Pence discount(Pence amount, int year) const;
    // The factor as a decimal rounded half away from zero to `places` (<= 18) places, trailing zeros trimmed.
    std::string factor_text(int year, int places = 10) const;
    // What year t's amounts are divided by: "1" for year 0, "(1.035^30 x 1.03^2)" after the year-30 boundary.
    std::string divisor_text(int year) const;
    // The factor's formula: "1" for year 0, "1 / 1.035^3", "1 / (1.035^30 x 1.03^2)".
    std::string factor_formula(int year) const { return year == 0 ? "1" : "1 / " + divisor_text(year); }

private:
    using Natural = std::vector<std::uint64_t>;  // little-endian base-2^64 limbs
    DiscountSchedule schedule_;
    int horizon_;
    std::vector<i128> estimate_;  // factor x 1e18, rounded at each step
    std::vector<Natural> numerator_, denominator_;
};

}  // namespace ft
