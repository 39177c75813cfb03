// Exact money and decimal arithmetic for every figure fairterms shows.
//
// Money is whole pence in an int64. Rates, factors and quantities are Decimals: an int64 count of
// millionths, so 0.25, 1.5 and 0.0375 are all exact. The one rounding rule is half away from zero,
// applied once per line item; totals are sums of rounded lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ft {

// 128-bit integers for exact intermediate products (GCC and Clang; __extension__ keeps -Wpedantic quiet
// about the one non-standard type the money path needs).
__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

using Pence = std::int64_t;

// Largest money amount accepted anywhere: 10^13 pence (GBP 100 billion). Far above any real deal and far
// below int64 overflow even after multiplying by the largest quantity we accept.
inline constexpr Pence kMaxPence = 10'000'000'000'000LL;

class Decimal {
public:
    static constexpr int kScaleDigits = 6;
    static constexpr std::int64_t kScale = 1'000'000;
    // Quantities and factors above this are refused as absurd; keeps every product inside 128 bits.
    static constexpr std::int64_t kMaxUnits = 1'000'000'000LL * kScale;

    constexpr Decimal() = default;
    static constexpr Decimal from_units(std::int64_t millionths) { Decimal d; d.units_ = millionths; return d; }
    static constexpr Decimal from_int(std::int64_t whole) { return from_units(whole * kScale); }

    // Parses "12", "-0.5", "1.2500", "3e-2". Returns nothing for anything else, for more than six decimal
    // places, or for values beyond kMaxUnits.
    static std::optional<Decimal> parse(std::string_view text);

    constexpr std::int64_t units() const { return units_; }
    // Digits after the point that are actually used (0 for whole numbers, at most 6).
    int decimal_places() const;
    bool is_whole() const { return units_ % kScale == 0; }
    std::int64_t whole_part() const { return units_ / kScale; }   // truncates toward zero

    // Shortest exact text: "1.5", "2", "0.0375", "-3.25".
    std::string to_string() const;

    friend constexpr bool operator==(Decimal a, Decimal b) { return a.units_ == b.units_; }
    friend constexpr bool operator!=(Decimal a, Decimal b) { return a.units_ != b.units_; }
    friend constexpr bool operator<(Decimal a, Decimal b) { return a.units_ < b.units_; }
    friend constexpr bool operator<=(Decimal a, Decimal b) { return a.units_ <= b.units_; }
    friend constexpr bool operator>(Decimal a, Decimal b) { return a.units_ > b.units_; }
    friend constexpr bool operator>=(Decimal a, Decimal b) { return a.units_ >= b.units_; }
    friend constexpr Decimal operator+(Decimal a, Decimal b) { return from_units(a.units_ + b.units_); }
    friend constexpr Decimal operator-(Decimal a, Decimal b) { return from_units(a.units_ - b.units_); }

    // Exact product when the combined decimal places fit in six; otherwise rounded half away from zero
    // to six places (callers that need exactness validate their inputs' places first).
    friend Decimal operator*(Decimal a, Decimal b);

private:
    std::int64_t units_ = 0;
};

// Divides num by den (den != 0), rounding half away from zero. The single rounding rule of the product.
i128 div_round_half_away(i128 num, i128 den);

// pence x factor, rounded once, half away from zero, to whole pence.
Pence mul_round(Pence amount, Decimal factor);

// a / b as a Decimal rounded half away from zero to six places (b != 0).
Decimal ratio(std::int64_t a, std::int64_t b);

// Splits total into parts proportional to weights, using largest-remainder allocation so the parts add up
// to total exactly. Ties in remainder go to the earlier index. All-zero weights give all-zero parts.
// Weights must be >= 0; total may be negative (then the split is of its magnitude, negated).
std::vector<Pence> allocate_largest_remainder(Pence total, const std::vector<std::int64_t>& weights);

// "£1,234.56", "-£0.05": money as people read it, exact.
std::string format_gbp(Pence amount);
// "1234.56": money for CSV and machine use, exact, no grouping, no symbol.
std::string format_pounds_plain(Pence amount);
// "25%" / "12.5%": a Decimal fraction as a percentage, exact.
std::string format_percent(Decimal fraction);
// "47.1%" / "50.0%": a share as people read it, to one decimal place (half away from zero). Explanations keep
// the exact figure; screens and documents show this.
std::string format_share(Decimal fraction);

}  // namespace ft
