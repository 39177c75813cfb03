#include "value/discount.h"

#include <stdexcept>

namespace ft {
namespace {

using Natural = std::vector<std::uint64_t>;

Natural natural(std::uint64_t v) { return v ? Natural{v} : Natural{}; }

Natural times(const Natural& a, std::uint64_t m) {
    Natural out;
    if (m == 0) return out;
    out.reserve(a.size() + 1);
    u128 carry = 0;
    for (std::uint64_t limb : a) {
        u128 p = (u128)limb * m + carry;
        out.push_back(static_cast<std::uint64_t>(p));
        carry = p >> 64;
    }
    if (carry) out.push_back(static_cast<std::uint64_t>(carry));
    return out;
}

// -1, 0 or 1 as a <, ==, > b. Limb vectors never carry leading zero limbs.
int compare(const Natural& a, const Natural& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = a.size(); i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

constexpr i128 kFixedOne = (i128)1'000'000'000'000'000'000LL;  // 1e18

// "1.035" for a rate of 0.035: the growth multiplier people expect to see in a formula.
std::string multiplier_text(Decimal rate) { return (Decimal::from_int(1) + rate).to_string(); }

}  // namespace

Decimal DiscountSchedule::rate_for_year(int year) const {
    auto pct = [](std::int64_t hundredths_of_percent) { return Decimal::from_units(hundredths_of_percent * 100); };
    // Both Green Book schedules step down on the same breakpoints (years 31, 76, 126, 201 and 301).
    int step = year <= 30 ? 0 : year <= 75 ? 1 : year <= 125 ? 2 : year <= 200 ? 3 : year <= 300 ? 4 : 5;
    static const std::int64_t standard[] = {350, 300, 250, 200, 150, 100};
    static const std::int64_t health[] = {150, 129, 107, 86, 64, 43};
    switch (kind) {
        case Kind::green_book: return pct(standard[step]);
        case Kind::green_book_health: return pct(health[step]);
        case Kind::custom: return custom_rate;
    }
    return custom_rate;
}

std::string DiscountSchedule::id() const {
    switch (kind) {
        case Kind::green_book: return "green_book";
        case Kind::green_book_health: return "green_book_health";
        case Kind::custom: return "custom";
    }
    return "custom";
}

std::string DiscountSchedule::description() const {
    switch (kind) {
        case Kind::green_book:
            return "HM Treasury Green Book schedule: 3.5% a year for years 1-30, 3% for 31-75, 2.5% for 76-125";
        case Kind::green_book_health:
            return "HM Treasury Green Book schedule for health and life values (annex A6): 1.5% a year for years 1-30, "
                   "1.29% for 31-75, 1.07% for 76-125, 0.86% for 126-200, 0.64% for 201-300, 0.43% from 301";
        case Kind::custom:
            return "custom rate: " + format_percent(custom_rate) + " a year";
    }
    return "";
}

Discounting::Discounting(const DiscountSchedule& schedule, int horizon) : schedule_(schedule), horizon_(horizon) {
    if (horizon < 0) throw std::invalid_argument("negative horizon");
    estimate_.push_back(kFixedOne);
    numerator_.push_back(natural(1));
    denominator_.push_back(natural(1));
    for (int t = 1; t <= horizon; ++t) {
        std::int64_t growth = Decimal::kScale + schedule.rate_for_year(t).units();  // (1 + r) in millionths
        estimate_.push_back(div_round_half_away(estimate_.back() * Decimal::kScale, growth));
        numerator_.push_back(times(numerator_.back(), Decimal::kScale));
        denominator_.push_back(times(denominator_.back(), static_cast<std::uint64_t>(growth)));
    }
}

Pence Discounting::discount(Pence amount, int year) const {
    if (year < 0 || year > horizon_) throw std::out_of_range("discount year outside the horizon");
    if (amount == 0 || year == 0) return amount;
    bool negative = amount < 0;
    std::uint64_t a = negative ? std::uint64_t(0) - std::uint64_t(amount) : std::uint64_t(amount);
    // The estimate is within a few units of 1e-18 of the true factor, so q is right or off by one.
    i128 q = div_round_half_away((i128)a * estimate_[year], kFixedOne);
    // Exact check: q is right when (2q - 1) D <= 2 a N < (2q + 1) D (N/D the exact factor).
    const Natural twice_value = times(times(numerator_[year], a), 2);
    const Natural& d = denominator_[year];
    while (compare(twice_value, times(d, static_cast<std::uint64_t>(2 * q + 1))) >= 0) ++q;
    while (q > 0 && compare(twice_value, times(d, static_cast<std::uint64_t>(2 * q - 1))) < 0) --q;
    Pence p = static_cast<Pence>(q);
    return negative ? -p : p;
}

std::string Discounting::factor_text(int year, int places) const {
    if (places < 0 || places > 18) throw std::invalid_argument("factor places");
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    std::int64_t units = discount(scale, year);
    std::string digits = std::to_string(units);
    if ((int)digits.size() <= places) digits.insert(digits.begin(), places + 1 - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - places);
    std::string frac = digits.substr(digits.size() - places);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return frac.empty() ? whole : whole + "." + frac;
}

std::string Discounting::divisor_text(int year) const {
    if (year == 0) return "1";
    std::string product;
    int run = 0;
    for (int t = 1; t <= year; ++t) {
        ++run;
        bool run_ends = t == year || schedule_.rate_for_year(t + 1) != schedule_.rate_for_year(t);
        if (!run_ends) continue;
        if (!product.empty()) product += " × ";
        product += multiplier_text(schedule_.rate_for_year(t)) + "^" + std::to_string(run);
        run = 0;
    }
    bool several = product.find(" × ") != std::string::npos;
    return several ? "(" + product + ")" : product;
}

}  // namespace ft
