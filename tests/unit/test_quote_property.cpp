// Property tests for quick quotes over thousands of generated cards and requests (fixed seeds).
#include <doctest/doctest.h>

#include <random>
#include <set>

#include "quote/quote.h"

using ft::json;
using ft::Decimal;

namespace {

struct Gen {
    std::mt19937_64 rng;
    explicit Gen(std::uint64_t seed) : rng(seed) {}
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    // Mostly ordinary values, sometimes the extremes of the range.
    std::int64_t skewed(std::int64_t lo, std::int64_t hi, std::int64_t usual) {
        int pick = int(between(0, 9));
        if (pick == 0) return lo;
        if (pick == 1) return hi;
        return between(lo, std::min(hi, usual));
    }
    // A decimal with at most `places` places in [0, hi], as text.
    std::string decimal(int places, std::int64_t hi_units_scaled) {
        std::int64_t scale = 1;
        for (int i = 0; i < places; ++i) scale *= 10;
        std::int64_t v = between(0, hi_units_scaled);
        return Decimal::from_units(v * (Decimal::kScale / scale)).to_string();
    }
};

const std::vector<std::string> kDrivers = {"fixed", "per_dataset", "per_dataset_year", "per_refresh", "per_linkage",
                                           "per_user_month", "per_month", "per_annual_review", "per_extra_output_check"};
const std::vector<std::string> kKinds = {"company", "university", "charity", "nhs", "public_body", "other"};

// Every price an item priced by data type may charge: its listed prices, and its unit price for types it
// does not list.
std::vector<std::int64_t> possible_prices(const json& item, const json& card) {
    std::vector<std::int64_t> v;
    for (auto it = card["data_type_factors"].begin(); it != card["data_type_factors"].end(); ++it) {
        const json& prices = item["price_by_data_type_pence"];
        v.push_back(prices.contains(it.key()) ? prices[it.key()].get<std::int64_t>() : item["unit_price_pence"].get<std::int64_t>());
    }
    return v;
}

json random_card(Gen& g, bool every_type_priced = false) {
    json c = {{"schema", "fairterms/rate-card@1"}, {"id", "gen"}, {"name", "Generated"}, {"source", "property test"},
              {"valid_from", "2025-04-01"}, {"currency", "GBP"}};
    c["data_type_factors"] = json::object();
    int types = int(g.between(1, 4));
    for (int t = 0; t < types; ++t) c["data_type_factors"]["t" + std::to_string(t)] = g.decimal(4, g.chance(90) ? 30000 : 1000000);
    c["items"] = json::array();
    int n = int(g.between(0, 12));
    for (int i = 0; i < n; ++i) {
        std::string driver = kDrivers[std::size_t(g.between(0, 8))];
        json it = {{"id", "i" + std::to_string(i)}, {"label", "Item " + std::to_string(i)}, {"driver", driver},
                   {"unit_price_pence", g.skewed(0, 1'000'000, 200'000)}};
        bool per_dataset = driver == "per_dataset" || driver == "per_dataset_year" || driver == "per_refresh" || driver == "per_linkage";
        if (per_dataset && !every_type_priced && g.chance(50)) {
            it["data_type_scaled"] = true;
        } else if (per_dataset && (every_type_priced || g.chance(50))) {
            json prices = json::object();
            for (int t = 0; t < types; ++t)
                if (every_type_priced || g.chance(70)) prices["t" + std::to_string(t)] = g.skewed(0, 1'000'000, 200'000);
            if (prices.empty()) prices["t0"] = g.skewed(0, 1'000'000, 200'000);
            it["price_by_data_type_pence"] = prices;
        }
        if (driver == "per_extra_output_check") it["allowance_per_user_month"] = g.between(0, 50);
        c["items"].push_back(it);
    }
    c["day_rates_pence"] = json::object();
    int roles = int(g.between(0, 3));
    for (int r = 0; r < roles; ++r) c["day_rates_pence"]["r" + std::to_string(r)] = g.skewed(0, ft::quote::kMaxDayRatePence, 60000);
    c["overhead_rate"] = g.decimal(4, 10000);    // 0 to 1
    c["vat_rate"] = g.decimal(4, 3000);          // 0 to 0.3
    c["vat_applies"] = g.chance(50);
    return c;
}

json random_request(Gen& g, bool every_type_priced = false) {
    json r = {{"schema", "fairterms/quote-request@1"}, {"use", g.chance(50) ? "commercial" : "non_commercial"}, {"purpose", "p"}};
    r["rate_card"] = random_card(g, every_type_priced);
    r["partner"] = {{"name", "Partner " + std::to_string(g.between(0, 99))}, {"kind", kKinds[std::size_t(g.between(0, 5))]}};
    r["duration_months"] = g.skewed(1, ft::quote::kMaxDurationMonths, 60);
    r["users"] = g.skewed(0, ft::quote::kMaxUsers, 20);
    r["output_checks"] = g.skewed(0, ft::quote::kMaxOutputChecks, 3000);
    r["datasets"] = json::array();
    int n = int(g.between(0, 6));
    int types = int(r["rate_card"]["data_type_factors"].size());
    for (int i = 0; i < n; ++i)
        r["datasets"].push_back({{"name", "d" + std::to_string(i)}, {"data_type", "t" + std::to_string(g.between(0, types - 1))},
                                 {"years_of_data", g.skewed(0, ft::quote::kMaxYearsOfData, 15)},
                                 {"refreshes", g.skewed(0, ft::quote::kMaxRefreshes, 12)},
                                 {"linkages", g.skewed(0, ft::quote::kMaxLinkages, 3)}});
    r["staff_days"] = json::object();
    for (auto it = r["rate_card"]["day_rates_pence"].begin(); it != r["rate_card"]["day_rates_pence"].end(); ++it)
        if (g.chance(70)) r["staff_days"][it.key()] = g.decimal(2, g.chance(90) ? 5000 : 10'000'000);
    if (g.chance(30)) r["waiver"] = {{"amount_pence", g.skewed(0, 5'000'000, 100'000)}, {"reason", "test"}};
    return r;
}

// The quantity of one item, recomputed here independently of the engine, in millionths.
std::int64_t expected_quantity(const json& item, const json& r) {
    std::string d = item["driver"];
    std::int64_t months = r["duration_months"], users = r["users"];
    if (d == "fixed") return Decimal::kScale;
    if (d == "per_user_month") return users * months * Decimal::kScale;
    if (d == "per_month") return months * Decimal::kScale;
    if (d == "per_annual_review") return (months - 1) / 12 * Decimal::kScale;
    if (d == "per_extra_output_check") {
        std::int64_t extra = r["output_checks"].get<std::int64_t>() - item["allowance_per_user_month"].get<std::int64_t>() * users * months;
        return std::max<std::int64_t>(0, extra) * Decimal::kScale;
    }
    bool scaled = item.value("data_type_scaled", false);
    std::int64_t sum = 0;
    for (const auto& ds : r["datasets"]) {
        std::int64_t own = d == "per_dataset" ? 1 : d == "per_dataset_year" ? ds["years_of_data"].get<std::int64_t>()
                                              : d == "per_refresh" ? ds["refreshes"].get<std::int64_t>()
                                                                   : ds["linkages"].get<std::int64_t>();
        Decimal f = scaled ? *Decimal::parse(r["rate_card"]["data_type_factors"][ds["data_type"].get<std::string>()].get<std::string>())
                           : Decimal::from_int(1);
        sum += own * f.units();
    }
    return sum;
}

std::int64_t as_pence(const ft::ojson& v) {
    REQUIRE(v.is_number_integer());
    return v.get<std::int64_t>();
}

}  // namespace

TEST_CASE("quote property: figures add up, quantities are exact, the partner never changes a figure") {
    Gen g(0x5eedf00d);
    int priced = 0, refused = 0;
    for (int n = 0; n < 3000; ++n) {
        json r = random_request(g);
        ft::ojson q;
        try {
            q = ft::quote::compute(r);
        } catch (const ft::InputError& e) {
            // Only the documented refusals: an over-large line or total, or a waiver above the cost.
            bool documented = e.pointer == "/waiver/amount_pence" || e.message.find("more than £100,000,000,000.00") != std::string::npos;
            CAPTURE(e.what());
            CHECK(documented);
            ++refused;
            continue;
        }
        ++priced;
        // Lines add to direct; direct + overhead - waiver = net; net + VAT = total.
        ft::i128 sum = 0;
        std::size_t item_lines = 0;
        for (const auto& l : q["lines"]) {
            std::int64_t amount = as_pence(l["amount_pence"]);
            CHECK(amount >= 0);
            CHECK(amount <= ft::kMaxPence);
            CHECK(l["quantity"] != "0");
            Decimal qty = *Decimal::parse(l["quantity"].get<std::string>());
            if (l.contains("by_data_type")) {
                // Priced by data type: each type's count at its own whole-pence price, summed exactly.
                std::int64_t parts = 0, count = 0;
                std::set<std::int64_t> prices;
                for (const auto& t : l["by_data_type"]) {
                    parts += t["quantity"].get<std::int64_t>() * as_pence(t["unit_price_pence"]);
                    count += t["quantity"].get<std::int64_t>();
                    prices.insert(as_pence(t["unit_price_pence"]));
                }
                CHECK(amount == parts);
                CHECK(qty == Decimal::from_int(count));
                CHECK(l.contains("unit_price_pence") == (prices.size() == 1));
            } else {
                CHECK(amount == ft::mul_round(as_pence(l["unit_price_pence"]), qty));
            }
            sum += amount;
            if (l["kind"] == "item") ++item_lines;
        }
        CHECK(sum == as_pence(q["direct_pence"]));
        std::int64_t direct = as_pence(q["direct_pence"]), overhead = as_pence(q["overhead_pence"]), waiver = as_pence(q["waiver_pence"]);
        std::int64_t net = as_pence(q["net_pence"]), vat = as_pence(q["vat_pence"]), total = as_pence(q["total_pence"]);
        CHECK(overhead == ft::mul_round(direct, *Decimal::parse(r["rate_card"]["overhead_rate"].get<std::string>())));
        CHECK(direct + overhead - waiver == net);
        CHECK(net + vat == total);
        CHECK(as_pence(q["unrecovered_pence"]) == waiver);
        for (std::int64_t v : {direct, overhead, waiver, net, vat, total}) {
            CHECK(v >= 0);
            CHECK(v <= ft::kMaxPence);
        }
        if (!r["rate_card"]["vat_applies"].get<bool>()) CHECK(vat == 0);

        // Every item's quantity is exactly what issue 3 defines; zero quantities have no line.
        std::size_t expected_lines = 0;
        for (const auto& item : r["rate_card"]["items"]) {
            std::int64_t want = expected_quantity(item, r);
            const ft::ojson* found = nullptr;
            for (const auto& l : q["lines"])
                if (l["kind"] == "item" && l["id"] == item["id"].get<std::string>()) found = &l;
            if (want == 0) { CHECK(found == nullptr); continue; }
            ++expected_lines;
            REQUIRE(found != nullptr);
            CHECK(Decimal::parse((*found)["quantity"].get<std::string>())->units() == want);
        }
        CHECK(item_lines == expected_lines);

        // Changing who the partner is never changes a figure.
        json other = r;
        other["partner"] = {{"name", "Someone entirely different"}, {"kind", kKinds[std::size_t(g.between(0, 5))]}};
        auto q2 = ft::quote::compute(other);
        CHECK(q2["lines"] == q["lines"]);
        for (const char* k : {"direct_pence", "overhead_pence", "waiver_pence", "unrecovered_pence", "net_pence", "vat_pence", "total_pence"})
            CHECK(q2[k] == q[k]);
        CHECK(q2["explanation"] == q["explanation"]);
    }
    CHECK(priced > 2000);   // the generator mostly makes quotes that price
    CHECK(refused > 0);     // and sometimes reaches the refusals
}

TEST_CASE("quote property: a request survives its own round trip and structs price the same") {
    Gen g(20260401);
    for (int n = 0; n < 1000; ++n) {
        json r = random_request(g);
        r.erase("waiver");
        auto req = ft::quote::parse_quote_request(r);
        auto again = ft::quote::parse_quote_request(json(ft::quote::quote_request_to_json(req)));
        CHECK(ft::quote::quote_request_to_json(again) == ft::quote::quote_request_to_json(req));
        ft::ojson a, b;
        bool ok_a = true, ok_b = true;
        try { a = ft::quote::compute(r); } catch (const ft::InputError&) { ok_a = false; }
        try { b = ft::quote::quote_to_json(ft::quote::compute_quote(req)); } catch (const ft::InputError&) { ok_b = false; }
        CHECK(ok_a == ok_b);
        CHECK(a == b);
    }
}

TEST_CASE("quote property: a card priced by data type never charges outside its own range") {
    Gen g(0x7a21ff);
    int checked = 0;
    for (int n = 0; n < 2000; ++n) {
        json r = random_request(g, true);
        ft::ojson q;
        try {
            q = ft::quote::compute(r);
        } catch (const ft::InputError&) {
            continue;  // over-large lines and waivers are the first property's concern
        }
        for (const auto& item : r["rate_card"]["items"]) {
            if (!item.contains("price_by_data_type_pence")) continue;
            const ft::ojson* line = nullptr;
            for (const auto& l : q["lines"])
                if (l["kind"] == "item" && l["id"] == item["id"].get<std::string>()) line = &l;
            if (!line) continue;
            std::vector<std::int64_t> range = possible_prices(item, r["rate_card"]);
            std::int64_t lo = *std::min_element(range.begin(), range.end()), hi = *std::max_element(range.begin(), range.end());
            std::int64_t count = Decimal::parse((*line)["quantity"].get<std::string>())->whole_part();
            REQUIRE((*line).contains("by_data_type"));
            for (const auto& t : (*line)["by_data_type"]) {
                std::int64_t price = as_pence(t["unit_price_pence"]);
                CHECK(price >= lo);
                CHECK(price <= hi);
                // and it is exactly the card's price for that type
                CHECK(price == item["price_by_data_type_pence"][t["data_type"].get<std::string>()].get<std::int64_t>());
            }
            std::int64_t amount = as_pence((*line)["amount_pence"]);
            CHECK(amount >= lo * count);
            CHECK(amount <= hi * count);
            ++checked;
        }
    }
    CHECK(checked > 1000);
}
