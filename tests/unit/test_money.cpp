#include <doctest/doctest.h>

#include <numeric>
#include <random>

#include "base/money.h"

using ft::Decimal;
using ft::Pence;

static Decimal D(const char* s) {
    auto d = Decimal::parse(s);
    REQUIRE_MESSAGE(d.has_value(), s);
    return *d;
}

TEST_CASE("Decimal parses exact decimals and refuses what it cannot hold") {
    CHECK(D("0.25").units() == 250000);
    CHECK(D("-1.5").units() == -1500000);
    CHECK(D("12").units() == 12000000);
    CHECK(D("3e-2").units() == 30000);
    CHECK(D("1.2500").decimal_places() == 2);
    CHECK(D("0.000001").units() == 1);
    CHECK_FALSE(Decimal::parse("0.0000001"));
    CHECK_FALSE(Decimal::parse(""));
    CHECK_FALSE(Decimal::parse("."));
    CHECK_FALSE(Decimal::parse("1.2.3"));
    CHECK_FALSE(Decimal::parse("abc"));
    CHECK_FALSE(Decimal::parse("1e400"));
    CHECK_FALSE(Decimal::parse("99999999999999999999999"));
    CHECK(D("1e3").units() == 1000000000);
}

TEST_CASE("Decimal prints the shortest exact text") {
    CHECK(D("1.50").to_string() == "1.5");
    CHECK(D("2").to_string() == "2");
    CHECK(D("-0.0375").to_string() == "-0.0375");
    CHECK(D("0").to_string() == "0");
}

TEST_CASE("one rounding rule: half away from zero, once") {
    CHECK(ft::mul_round(1, D("0.5")) == 1);      // 0.5p -> 1p
    CHECK(ft::mul_round(-1, D("0.5")) == -1);    // -0.5p -> -1p
    CHECK(ft::mul_round(3, D("0.5")) == 2);      // 1.5p -> 2p
    CHECK(ft::mul_round(5, D("0.1")) == 1);      // 0.5p -> 1p (exact, no binary float drift)
    CHECK(ft::mul_round(4, D("0.1")) == 0);      // 0.4p -> 0
    CHECK(ft::mul_round(143100, D("0.25")) == 35775);
    CHECK(ft::mul_round(33333, D("0.2")) == 6667);  // 6666.6 -> 6667
    CHECK(ft::mul_round(0, D("123.456")) == 0);
}

TEST_CASE("Decimal products are exact while places fit") {
    CHECK((D("1.25") * D("0.0375")).to_string() == "0.046875");
    CHECK((D("3") * D("1.5")).to_string() == "4.5");
}

TEST_CASE("ratio rounds to six places") {
    CHECK(ft::ratio(1, 3).to_string() == "0.333333");
    CHECK(ft::ratio(2, 3).to_string() == "0.666667");
    CHECK(ft::ratio(1, 4).to_string() == "0.25");
}

TEST_CASE("largest remainder allocation adds up exactly") {
    auto parts = ft::allocate_largest_remainder(100, {1, 1, 1});
    CHECK(parts == std::vector<Pence>{34, 33, 33});
    CHECK(ft::allocate_largest_remainder(-100, {1, 1, 1}) == std::vector<Pence>{-34, -33, -33});
    CHECK(ft::allocate_largest_remainder(10, {0, 0}) == std::vector<Pence>{0, 0});
    CHECK(ft::allocate_largest_remainder(7, {0, 3, 1}) == std::vector<Pence>{0, 5, 2});

    std::mt19937_64 rng(42);
    for (int trial = 0; trial < 5000; ++trial) {
        std::size_t n = 1 + rng() % 8;
        std::vector<std::int64_t> w(n);
        for (auto& x : w) x = std::int64_t(rng() % 6);
        Pence total = Pence(rng() % 100000000) - 1000;
        auto p = ft::allocate_largest_remainder(total, w);
        bool any = std::accumulate(w.begin(), w.end(), std::int64_t(0)) > 0;
        CHECK(std::accumulate(p.begin(), p.end(), Pence(0)) == (any ? total : 0));
        for (std::size_t i = 0; i < n; ++i)
            if (w[i] == 0) CHECK(p[i] == 0);
    }
}

TEST_CASE("money formats exactly") {
    CHECK(ft::format_gbp(123456) == "\xC2\xA3" "1,234.56");
    CHECK(ft::format_gbp(-5) == "-\xC2\xA3" "0.05");
    CHECK(ft::format_gbp(100000000000) == "\xC2\xA3" "1,000,000,000.00");
    CHECK(ft::format_pounds_plain(123456) == "1234.56");
    CHECK(ft::format_pounds_plain(-7) == "-0.07");
    CHECK(ft::format_percent(D("0.125")) == "12.5%");
}

TEST_CASE("money: shares show to one decimal place, rounded half away from zero") {
    CHECK(ft::format_share(D("0.470588")) == "47.1%");   // 8/17, the 47.0588%
    CHECK(ft::format_share(D("0.4375")) == "43.8%");     // 43.75 -> 43.8 (a half, away from zero)
    CHECK(ft::format_share(D("0.43749")) == "43.7%");
    CHECK(ft::format_share(D("0.5")) == "50.0%");
    CHECK(ft::format_share(D("1")) == "100.0%");
    CHECK(ft::format_share(D("0")) == "0.0%");
    CHECK(ft::format_share(D("0.00049")) == "0.0%");
    CHECK(ft::format_share(D("0.0005")) == "0.1%");
    CHECK(ft::format_share(D("-0.0005")) == "-0.1%");
}
