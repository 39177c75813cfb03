// Value share: invariants over thousands of generated requests (fixed seed, so failures reproduce).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "value/value.h"

using ft::json;
using ft::Pence;
using namespace ft::value;

namespace {

struct Generator {
    std::mt19937_64 rng{20260401};

    std::int64_t between(std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    // A decimal in [0, 1] with `places` places, as text so it is read exactly.
    std::string fraction(int places) {
        std::int64_t scale = 1;
        for (int i = 0; i < places; ++i) scale *= 10;
        std::int64_t n = chance(10) ? (chance(50) ? 0 : scale) : between(0, scale);
        return ft::Decimal::from_units(n * (1'000'000 / scale)).to_string();
    }
    Pence money() {
        switch (between(0, 3)) {
            case 0: return between(0, 100);
            case 1: return between(0, 10'000'000);
            case 2: return between(0, 10'000'000'000LL);
            default: return between(0, ft::kMaxPence);
        }
    }

    json request() {
        json j;
        j["schema"] = "fairterms/value-request@1";
        int orgs = int(between(1, 5));
        json contributions = json::array();
        for (int i = 0, n = int(between(1, 8)); i < n; ++i) {
            bool nhs = chance(60);
            json c = {{"party", nhs ? "nhs" : "partner"},
                      {"kind", contribution_kinds()[between(0, 8)]},
                      {"weight", chance(20) ? "0" : ft::Decimal::from_units(between(0, 500) * 10'000).to_string()}};
            if (nhs) c["org"] = "Org " + std::to_string(between(1, orgs));
            contributions.push_back(c);
        }
        // Always at least one NHS contribution with weight, as the request requires.
        contributions.push_back({{"party", "nhs"}, {"org", "Org 1"}, {"kind", "source_data"}, {"weight", "0.01"}});
        j["contributions"] = contributions;
        j["data_attribution"] = fraction(4);
        j["maturity_level"] = between(1, 5);
        int horizon = int(between(1, 50));
        j["horizon_years"] = horizon;
        json forecast = json::array();
        for (int i = 0, n = int(between(0, horizon)); i < n; ++i) forecast.push_back(money());
        j["revenue_forecast_pence"] = forecast;
        switch (between(0, 2)) {
            case 0: j["discount"] = "green_book"; break;
            case 1: j["discount"] = "green_book_health"; break;
            default: j["discount"] = {{"rate", ft::Decimal::from_units(between(1, 2000) * 100).to_string()}};
        }
        json m = json::object();
        if (chance(50)) m["upfront"] = {{"amount_pence", money()}};
        if (chance(50)) m["subscription"] = {{"annual_pence", money()}, {"years", between(1, horizon)}};
        if (chance(50)) {
            json list = json::array();
            for (int i = 0, n = int(between(0, 4)); i < n; ++i)
                list.push_back({{"name", "m" + std::to_string(i)}, {"year", between(0, horizon)},
                                {"amount_pence", money()}, {"probability", fraction(4)}});
            m["milestones"] = list;
        }
        if (chance(50)) {
            json r = {{"years", between(1, horizon)}};
            if (chance(50)) r["rate"] = fraction(4);
            if (chance(50)) r["cap_pence"] = money();
            m["royalty"] = r;
        }
        if (chance(50))
            m["equity"] = {{"stake", fraction(6)}, {"exit_value_pence", money()}, {"exit_year", between(0, horizon)},
                           {"probability", fraction(4)}};
        if (chance(50))
            m["in_kind"] = {{"units_per_year", between(0, 1000)}, {"unit_price_pence", between(0, 1'000'000'000)},
                            {"discount", fraction(4)}, {"years", between(1, horizon)}};
        j["mechanisms"] = m;
        return j;
    }
};

Pence sum(const std::vector<Pence>& v) {
    Pence s = 0;
    for (Pence p : v) s += p;
    return s;
}

}  // namespace

TEST_CASE("value properties: splits add up, PV <= expected <= nominal, nothing negative") {
    Generator g;
    int with_zero_weight_org = 0, checked = 0;
    for (int n = 0; n < 3000; ++n) {
        json j = g.request();
        CAPTURE(n);
        ValueResult r = compute_value(parse_value_request(ft::Field(j, "")));
        ++checked;

        CHECK(r.recommended_royalty_rate <= r.data_attribution);
        CHECK(r.nhs_share <= ft::Decimal::from_int(1));
        Pence nominal = 0, expected = 0, pv = 0;
        for (std::size_t k = 0; k < r.mechanisms.size(); ++k) {
            const MechanismResult& m = r.mechanisms[k];
            REQUIRE(m.expected_flows_pence.size() == std::size_t(r.horizon_years + 1));
            CHECK(sum(m.nominal_flows_pence) == m.nominal_pence);
            CHECK(sum(m.expected_flows_pence) == m.expected_pence);
            CHECK(sum(m.discounted_pence) == m.pv_pence);
            for (std::size_t t = 0; t < m.expected_flows_pence.size(); ++t) {
                CHECK(m.discounted_pence[t] >= 0);
                CHECK(m.discounted_pence[t] <= m.expected_flows_pence[t]);
                CHECK(m.expected_flows_pence[t] <= m.nominal_flows_pence[t]);
            }
            CHECK(m.pv_pence <= m.expected_pence);
            CHECK(m.expected_pence <= m.nominal_pence);
            if (m.name == "royalty" && j["mechanisms"]["royalty"].contains("cap_pence"))
                CHECK(m.nominal_pence <= j["mechanisms"]["royalty"]["cap_pence"].get<Pence>());
            // Each mechanism's column of the split adds up exactly to its PV.
            Pence column = 0;
            for (const OrgSplit& s : r.split) column += s.pv_pence[k];
            CHECK(column == m.pv_pence);
            nominal += m.nominal_pence;
            expected += m.expected_pence;
            pv += m.pv_pence;
        }
        CHECK(nominal == r.total_nominal_pence);
        CHECK(expected == r.total_expected_pence);
        CHECK(pv == r.total_pv_pence);
        CHECK(sum(r.total_discounted_pence) == r.total_pv_pence);

        Pence org_totals = 0;
        for (const OrgSplit& s : r.split) {
            CHECK(sum(s.pv_pence) == s.total_pv_pence);
            CHECK(s.total_pv_pence >= 0);
            org_totals += s.total_pv_pence;
            if (s.weight.units() == 0) {
                ++with_zero_weight_org;
                CHECK(s.total_pv_pence == 0);
                CHECK(s.share.units() == 0);
            }
        }
        CHECK(org_totals == r.total_pv_pence);
    }
    CHECK(checked == 3000);
    CHECK(with_zero_weight_org > 50);  // the generator really exercises zero-weight organisations
}

TEST_CASE("value properties: discounting shrinks with time and grows with the amount") {
    std::mt19937_64 rng(7);
    for (int kind = 0; kind < 3; ++kind) {
        ft::DiscountSchedule s = kind == 0 ? ft::DiscountSchedule::green_book()
                               : kind == 1 ? ft::DiscountSchedule::green_book_health()
                                           : ft::DiscountSchedule::flat(ft::Decimal::from_units(200000));
        ft::Discounting d(s, 130);
        for (int n = 0; n < 2000; ++n) {
            Pence a = std::uniform_int_distribution<Pence>(0, ft::kMaxPence)(rng);
            int t = int(std::uniform_int_distribution<int>(1, 130)(rng));
            CHECK(d.discount(a, t) <= d.discount(a, t - 1));
            CHECK(d.discount(a, t) <= d.discount(a + 1, t));
            CHECK(d.discount(a + 1, t) - d.discount(a, t) <= 1);
            CHECK(d.discount(-a, t) == -d.discount(a, t));
        }
    }
}
