#include "base/money.h"

#include <cstdlib>

namespace ft {
namespace {

i128 abs128(i128 v) { return v < 0 ? -v : v; }

std::string u128_to_string(u128 v) {
    if (v == 0) return "0";
    std::string s;
    while (v > 0) { s.insert(s.begin(), char('0' + int(v % 10))); v /= 10; }
    return s;
}

}  // namespace

i128 div_round_half_away(i128 num, i128 den) {
    if (den < 0) { num = -num; den = -den; }
    i128 q = abs128(num) / den;
    i128 r = abs128(num) % den;
    if (r * 2 >= den) ++q;
    return num < 0 ? -q : q;
}

std::optional<Decimal> Decimal::parse(std::string_view t) {
    std::size_t i = 0;
    bool neg = false;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) { neg = t[i] == '-'; ++i; }
    i128 digits = 0;
    int frac_places = 0, n_digits = 0;
    bool seen_point = false;
    for (; i < t.size(); ++i) {
        char c = t[i];
        if (c >= '0' && c <= '9') {
            if (digits > (i128)1 << 100) return std::nullopt;
            digits = digits * 10 + (c - '0');
            ++n_digits;
            if (seen_point) ++frac_places;
        } else if (c == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
    }
    if (n_digits == 0) return std::nullopt;
    int exponent = 0;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        bool eneg = false;
        if (i < t.size() && (t[i] == '-' || t[i] == '+')) { eneg = t[i] == '-'; ++i; }
        int e = 0, e_digits = 0;
        for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) {
            if (e > 1000) return std::nullopt;
            e = e * 10 + (t[i] - '0');
            ++e_digits;
        }
        if (e_digits == 0) return std::nullopt;
        exponent = eneg ? -e : e;
    }
    if (i != t.size()) return std::nullopt;
    int shift = kScaleDigits - frac_places + exponent;  // power of ten to multiply digits by
    while (shift < 0) {
        if (digits % 10 != 0) return std::nullopt;  // more than six decimal places
        digits /= 10;
        ++shift;
    }
    while (shift > 0) {
        digits *= 10;
        if (digits > (i128)kMaxUnits) return std::nullopt;
        --shift;
    }
    if (digits > (i128)kMaxUnits) return std::nullopt;
    return from_units(static_cast<std::int64_t>(neg ? -digits : digits));
}

int Decimal::decimal_places() const {
    std::int64_t frac = std::llabs(units_ % kScale);
    if (frac == 0) return 0;
    int places = kScaleDigits;
    while (frac % 10 == 0) { frac /= 10; --places; }
    return places;
}

std::string Decimal::to_string() const {
    std::int64_t a = std::llabs(units_);
    std::string s = std::to_string(a / kScale);
    std::int64_t frac = a % kScale;
    if (frac != 0) {
        std::string f = std::to_string(frac);
        f.insert(f.begin(), kScaleDigits - f.size(), '0');
        while (!f.empty() && f.back() == '0') f.pop_back();
        s += "." + f;
    }
    return units_ < 0 ? "-" + s : s;
}

Decimal operator*(Decimal a, Decimal b) {
    i128 p = (i128)a.units_ * b.units_;
    return Decimal::from_units(static_cast<std::int64_t>(div_round_half_away(p, Decimal::kScale)));
}

Pence mul_round(Pence amount, Decimal factor) {
    i128 p = (i128)amount * factor.units();
    return static_cast<Pence>(div_round_half_away(p, Decimal::kScale));
}

Decimal ratio(std::int64_t a, std::int64_t b) {
    return Decimal::from_units(static_cast<std::int64_t>(div_round_half_away((i128)a * Decimal::kScale, b)));
}

std::vector<Pence> allocate_largest_remainder(Pence total, const std::vector<std::int64_t>& weights) {
    std::vector<Pence> parts(weights.size(), 0);
    i128 sum = 0;
    for (auto w : weights) sum += w;
    if (sum <= 0) return parts;
    bool negative = total < 0;
    i128 whole = negative ? -(i128)total : total;
    std::vector<i128> rem(weights.size());
    i128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        i128 p = whole * weights[i];
        parts[i] = static_cast<Pence>(p / sum);
        rem[i] = p % sum;
        given += parts[i];
    }
    // Hand out the pence left over, one each, to the largest remainders (earlier index wins ties).
    for (i128 left = whole - given; left > 0; --left) {
        std::size_t best = 0;
        i128 best_rem = -1;
        for (std::size_t i = 0; i < rem.size(); ++i)
            if (rem[i] > best_rem) { best_rem = rem[i]; best = i; }
        ++parts[best];
        rem[best] = -1;
    }
    if (negative) for (auto& p : parts) p = -p;
    return parts;
}

std::string format_pounds_plain(Pence amount) {
    u128 a = amount < 0 ? (u128)(-(i128)amount) : (u128)amount;
    std::string pounds = u128_to_string(a / 100);
    int p = int(a % 100);
    std::string s = pounds + "." + char('0' + p / 10) + char('0' + p % 10);
    return amount < 0 ? "-" + s : s;
}

std::string format_gbp(Pence amount) {
    u128 a = amount < 0 ? (u128)(-(i128)amount) : (u128)amount;
    std::string pounds = u128_to_string(a / 100);
    std::string grouped;
    int n = 0;
    for (auto it = pounds.rbegin(); it != pounds.rend(); ++it) {
        if (n > 0 && n % 3 == 0) grouped.insert(grouped.begin(), ',');
        grouped.insert(grouped.begin(), *it);
        ++n;
    }
    int p = int(a % 100);
    std::string s = "\xC2\xA3" + grouped + "." + char('0' + p / 10) + char('0' + p % 10);
    return amount < 0 ? "-" + s : s;
}

std::string format_percent(Decimal fraction) {
    return (fraction * Decimal::from_int(100)).to_string() + "%";
}

std::string format_share(Decimal fraction) {
    // A fraction of 1 is 10^6 units and 1000 tenths of a percent, so tenths = units / 1000, rounded once.
    std::int64_t tenths = static_cast<std::int64_t>(div_round_half_away(fraction.units(), Decimal::kScale / 1000));
    std::int64_t mag = tenths < 0 ? -tenths : tenths;
    return std::string(tenths < 0 ? "-" : "") + std::to_string(mag / 10) + "." + std::to_string(mag % 10) + "%";
}

}  // namespace ft
