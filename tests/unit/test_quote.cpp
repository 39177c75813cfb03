// Quick quotes: drivers, rounding, totals, warnings, principle 4 sections, built-in cards and bad input.
#include <doctest/doctest.h>

#include <functional>

#include "api.h"
#include "quote/quote.h"
#include "quote/quote_export.h"
#include "quote/rate_card.h"
#include "base/text_format.h"

using ft::json;
using ft::InputError;

namespace {

// A card with one 100p item per driver, two roles and three data types.
json all_driver_card() {
    return json::parse(R"({
      "schema": "fairterms/rate-card@1", "id": "test-card", "name": "Test card", "source": "unit tests",
      "valid_from": "2025-04-01", "currency": "GBP",
      "items": [
        {"id": "fixed", "label": "Fixed", "unit_price_pence": 100, "driver": "fixed"},
        {"id": "ds", "label": "Per dataset", "unit_price_pence": 100, "driver": "per_dataset"},
        {"id": "ds-scaled", "label": "Per dataset scaled", "unit_price_pence": 100, "driver": "per_dataset", "data_type_scaled": true},
        {"id": "year", "label": "Per year", "unit_price_pence": 100, "driver": "per_dataset_year"},
        {"id": "refresh", "label": "Per refresh", "unit_price_pence": 100, "driver": "per_refresh", "data_type_scaled": true},
        {"id": "link", "label": "Per linkage", "unit_price_pence": 100, "driver": "per_linkage"},
        {"id": "um", "label": "Per user month", "unit_price_pence": 100, "driver": "per_user_month"},
        {"id": "month", "label": "Per month", "unit_price_pence": 100, "driver": "per_month"},
        {"id": "review", "label": "Annual review", "unit_price_pence": 100, "driver": "per_annual_review"},
        {"id": "checks", "label": "Extra checks", "unit_price_pence": 100, "driver": "per_extra_output_check", "allowance_per_user_month": 20}
      ],
      "day_rates_pence": {"analyst": 30000, "lead": 40000},
      "data_type_factors": {"standard": 1, "rich": "1.5", "odd": "0.0125"},
      "overhead_rate": "0.25", "vat_rate": "0.2", "vat_applies": false
    })");
}

json base_request() {
    json r = json::parse(R"({
      "schema": "fairterms/quote-request@1",
      "partner": {"name": "Partner", "kind": "company"},
      "use": "commercial", "purpose": "Testing", "duration_months": 25, "users": 3, "output_checks": 1600,
      "datasets": [
        {"name": "A", "data_type": "standard", "years_of_data": 5, "refreshes": 2, "linkages": 1},
        {"name": "B", "data_type": "rich", "years_of_data": 3, "refreshes": 4, "linkages": 0}
      ],
      "staff_days": {"analyst": 1.5}
    })");
    r["rate_card"] = all_driver_card();
    return r;
}

ft::ojson quote_of(const json& r) { return ft::quote::compute(r); }

const ft::ojson* line(const ft::ojson& q, const std::string& id) {
    for (const auto& l : q["lines"])
        if (l["id"] == id) return &l;
    return nullptr;
}

std::string error_of(const std::function<void()>& f) {
    try { f(); } catch (const InputError& e) { return e.pointer + " | " + e.message; }
    return "no error";
}
std::string pointer_of(const std::function<void()>& f) {
    std::string e = error_of(f);
    return e.substr(0, e.find(" | "));
}

std::int64_t pence(const ft::ojson& l) { return l["amount_pence"].get<std::int64_t>(); }

}  // namespace

TEST_CASE("quote: every driver counts its quantity as issue 3 defines") {
    auto q = quote_of(base_request());
    CHECK((*line(q, "fixed"))["quantity"] == "1");
    CHECK((*line(q, "ds"))["quantity"] == "2");
    CHECK((*line(q, "ds-scaled"))["quantity"] == "2.5");   // 1 x 1 + 1 x 1.5
    CHECK((*line(q, "year"))["quantity"] == "8");          // 5 + 3
    CHECK((*line(q, "refresh"))["quantity"] == "8");       // 2 x 1 + 4 x 1.5
    CHECK((*line(q, "link"))["quantity"] == "1");          // 1 + 0
    CHECK((*line(q, "um"))["quantity"] == "75");           // 3 users x 25 months
    CHECK((*line(q, "month"))["quantity"] == "25");
    CHECK((*line(q, "review"))["quantity"] == "2");        // floor(24 / 12)
    // In words, never floor((25 - 1) / 12) (found by a new user).
    CHECK((*line(q, "review"))["explanation"].get<std::string>().find(
              "quantity: one review at the start of each year after the first: 25 months runs into year 3, so 2 reviews") !=
          std::string::npos);
    CHECK((*line(q, "checks"))["quantity"] == "100");      // 1600 - 20 x 3 x 25
    CHECK((*line(q, "analyst"))["quantity"] == "1.5");
    CHECK((*line(q, "analyst"))["kind"] == "staff");
    CHECK(pence(*line(q, "analyst")) == 45000);            // 300.00 x 1.5
    // 100 x (1+2+2.5+8+8+1+75+25+2+100) = 22,450 p items, + 45,000 p staff = 67,450 p direct.
    CHECK(q["direct_pence"] == 67450);
    CHECK(q["overhead_pence"] == 16863);                   // 67,450 x 0.25 = 16,862.5 -> 16,863 (half away from zero)
    CHECK(q["net_pence"] == 84313);
    CHECK(q["vat_pence"] == 0);
    CHECK(q["total_pence"] == 84313);
    CHECK((*line(q, "checks"))["explanation"] ==
          "£1.00 × 100 = £100.00; quantity: checks beyond the allowance: 1600 checks, less the allowance of 1500 (20 a user a month × 3 users × 25 months), leaves 100");
}

TEST_CASE("quote: annual reviews and output-check allowance at their boundaries; zero lines left out") {
    auto r = base_request();
    for (auto [months, reviews] : std::vector<std::pair<int, int>>{{1, 0}, {12, 0}, {13, 1}, {24, 1}, {25, 2}, {600, 49}}) {
        r["duration_months"] = months;
        r["output_checks"] = 0;
        auto q = quote_of(r);
        if (reviews == 0) CHECK(line(q, "review") == nullptr);
        else CHECK((*line(q, "review"))["quantity"] == std::to_string(reviews));
        CHECK(line(q, "checks") == nullptr);
    }
    r["duration_months"] = 2;
    r["users"] = 1;
    r["output_checks"] = 40;   // exactly the allowance 20 x 1 x 2
    CHECK(line(quote_of(r), "checks") == nullptr);
    r["output_checks"] = 41;
    CHECK((*line(quote_of(r), "checks"))["quantity"] == "1");
    r["users"] = 0;            // no users: no user months, and every check is beyond the allowance
    auto q = quote_of(r);
    CHECK(line(q, "um") == nullptr);
    CHECK((*line(q, "checks"))["quantity"] == "41");
    r["datasets"] = json::array();
    r["staff_days"] = {{"analyst", 0}};
    q = quote_of(r);
    for (const char* id : {"ds", "ds-scaled", "year", "refresh", "link", "analyst"}) CHECK(line(q, id) == nullptr);
}

TEST_CASE("quote: rounding happens once per line, half away from zero, at x.5 pence") {
    auto r = base_request();
    r["datasets"] = json::array({{{"name", "A"}, {"data_type", "odd"}, {"refreshes", 1}}});
    r["users"] = 0;
    r["output_checks"] = 0;
    r["duration_months"] = 1;
    auto& items = r["rate_card"]["items"];
    items = json::array();
    // 40 p x 0.0125 = 0.5 p -> 1 p; 39 p x 0.0125 = 0.4875 p -> 0 p (quantity is not zero, so the line stays).
    items.push_back({{"id", "half"}, {"label", "Half"}, {"unit_price_pence", 40}, {"driver", "per_refresh"}, {"data_type_scaled", true}});
    items.push_back({{"id", "under"}, {"label", "Under"}, {"unit_price_pence", 39}, {"driver", "per_dataset"}, {"data_type_scaled", true}});
    // 7,001 p x 0.01 days... staff: 30,000 p x 0.01 = 300 p exact; lead 40,000 x 1.25 = 50,000 exact.
    r["staff_days"] = {{"analyst", "0.01"}};
    auto q = quote_of(r);
    CHECK(pence(*line(q, "half")) == 1);
    CHECK((*line(q, "half"))["explanation"] ==
          "£0.40 × 0.0125 = £0.005, rounded half away from zero to £0.01, that is 1 odd at £0.005; quantity: refreshes weighted by data type factor: 1 × 0.0125 (A, odd) = 0.0125");
    CHECK(pence(*line(q, "under")) == 0);
    CHECK(pence(*line(q, "analyst")) == 300);
    // direct 1 + 0 + 300 = 301; overhead 301 x 0.25 = 75.25 -> 75.
    CHECK(q["direct_pence"] == 301);
    CHECK(q["overhead_pence"] == 75);

    // Overhead and VAT at exactly x.5: direct 2 p x 0.25 = 0.5 -> 1; net 3 p x 0.5 VAT = 1.5 -> 2.
    r["staff_days"] = json::object();
    items = json::array({{{"id", "two"}, {"label", "Two"}, {"unit_price_pence", 2}, {"driver", "fixed"}}});
    r["rate_card"]["vat_applies"] = true;
    r["rate_card"]["vat_rate"] = "0.5";
    q = quote_of(r);
    CHECK(q["direct_pence"] == 2);
    CHECK(q["overhead_pence"] == 1);
    CHECK(q["net_pence"] == 3);
    CHECK(q["vat_pence"] == 2);
    CHECK(q["total_pence"] == 5);
    CHECK(q["explanation"]["vat"] == "£0.03 × 50% = £0.015, rounded half away from zero to £0.02");
    // Staff days at x.5 pence: 30,001 p x 0.5 days = 15,000.5 -> 15,001.
    items = json::array();
    r["rate_card"]["day_rates_pence"]["analyst"] = 30001;
    r["staff_days"] = {{"analyst", 0.5}};
    CHECK(pence(*line(quote_of(r), "analyst")) == 15001);
}

TEST_CASE("quote: waiver, VAT and the net add up; the waiver is capped and needs a reason") {
    auto r = base_request();   // direct 67,450, overhead 16,863 (see above)
    r["waiver"] = {{"amount_pence", 10000}, {"reason", "Pilot for a patient charity"}};
    r["rate_card"]["vat_applies"] = true;
    auto q = quote_of(r);
    CHECK(q["waiver_pence"] == 10000);
    CHECK(q["unrecovered_pence"] == 10000);
    CHECK(q["net_pence"] == 74313);      // 67,450 + 16,863 - 10,000
    CHECK(q["vat_pence"] == 14863);      // 74,313 x 0.2 = 14,862.6 -> 14,863
    CHECK(q["total_pence"] == 89176);
    CHECK(q["waiver_reason"] == "Pilot for a patient charity");
    bool warned = false;
    for (const auto& w : q["warnings"]) warned |= w["code"] == "waiver_reduces_cost_recovery";
    CHECK(warned);

    r["waiver"]["amount_pence"] = 84313;  // all of direct + overhead: allowed, net 0
    q = quote_of(r);
    CHECK(q["net_pence"] == 0);
    CHECK(q["total_pence"] == 0);
    r["waiver"]["amount_pence"] = 84314;
    CHECK(error_of([&] { quote_of(r); }) == "/waiver/amount_pence | must not be more than direct cost plus overhead (£843.13)");
    r["waiver"].erase("reason");
    CHECK(pointer_of([&] { quote_of(r); }) == "/waiver/reason");
}

TEST_CASE("quote: the partner is recorded, never priced; principle 4 section follows the use") {
    auto r = base_request();
    auto q = quote_of(r);
    CHECK(q["partner"]["kind"] == "company");
    CHECK(q["value_share"]["status"] == "to_be_agreed");
    CHECK(!q.contains("consent_to_commercialise"));
    for (const char* kind : {"university", "charity", "nhs", "public_body", "other"}) {
        r["partner"]["kind"] = kind;
        r["partner"]["name"] = std::string("Someone else ") + kind;
        auto other = quote_of(r);
        CHECK(other["lines"] == q["lines"]);
        CHECK(other["total_pence"] == q["total_pence"]);
        CHECK(other["explanation"] == q["explanation"]);
    }
    r["use"] = "non_commercial";
    q = quote_of(r);
    CHECK(!q.contains("value_share"));
    CHECK(q["consent_to_commercialise"]["clause"].get<std::string>().find("Someone else other") != std::string::npos);
}

TEST_CASE("quote: warnings about dates, VAT and empty quotes") {
    auto codes = [](const ft::ojson& q) {
        std::vector<std::string> c;
        for (const auto& w : q["warnings"]) c.push_back(w["code"]);
        return c;
    };
    auto r = base_request();
    CHECK(codes(quote_of(r)) == std::vector<std::string>{"no_date", "no_issuer", "vat_not_applied"});
    r["date"] = "2025-03-31";
    CHECK(codes(quote_of(r))[0] == "card_not_yet_valid");
    r["date"] = "2028-04-01";  // exactly three years after valid_from: still current
    CHECK(codes(quote_of(r)) == std::vector<std::string>{"no_issuer", "vat_not_applied"});
    r["date"] = "2028-04-02";
    CHECK(codes(quote_of(r))[0] == "card_out_of_date");
    r["rate_card"]["vat_applies"] = true;
    r["rate_card"]["items"] = json::array();
    r["staff_days"] = json::object();
    CHECK(codes(quote_of(r)) == std::vector<std::string>{"card_out_of_date", "no_issuer", "nothing_priced"});
    r["issuer"] = {{"name", "Northfield NHS Trust"}};
    CHECK(codes(quote_of(r)) == std::vector<std::string>{"card_out_of_date", "nothing_priced"});
    r.erase("issuer");
    auto q = quote_of(r);
    CHECK(q["total_pence"] == 0);
    CHECK(q["lines"].empty());
}

TEST_CASE("quote: reference, date and validity") {
    auto r = base_request();
    auto a = quote_of(r);
    CHECK(a["reference"].get<std::string>().rfind("FTQ-", 0) == 0);
    CHECK(a["reference"].get<std::string>().size() == 12);
    CHECK(quote_of(r)["reference"] == a["reference"]);   // same request, same reference
    r["purpose"] = "Testing again";
    CHECK(quote_of(r)["reference"] != a["reference"]);
    r["reference"] = "Q-1";
    r["date"] = "2028-12-15";
    r["valid_for_days"] = 30;
    auto q = quote_of(r);
    CHECK(q["reference"] == "Q-1");
    CHECK(q["valid_until"] == "2029-01-14");
    r["date"] = "2028-02-28";
    r["valid_for_days"] = 1;
    CHECK(quote_of(r)["valid_until"] == "2028-02-29");
    CHECK(!a.contains("date"));
}

TEST_CASE("quote: built-in SDE card, hand-checked") {
    json r = json::parse(R"({
      "schema": "fairterms/quote-request@1", "rate_card": "nhse-sde-2026",
      "partner": {"name": "X", "kind": "company"}, "use": "commercial", "purpose": "p",
      "duration_months": 25, "users": 3, "output_checks": 1600,
      "datasets": [
        {"name": "A", "data_type": "standard", "years_of_data": 5, "refreshes": 2, "linkages": 1},
        {"name": "B", "data_type": "enriched", "years_of_data": 3, "refreshes": 2},
        {"name": "C", "data_type": "complex", "refreshes": 1}
      ]})");
    auto q = quote_of(r);
    // application 1,431 + set-up 434 + reviews 2 x 694 = 1,388 + users 75 x 472 = 35,400
    // + provision 488 + 732 + 976 = 2,196 + history 38 x 8 = 304 + refresh 2 x 16 + 2 x 35 + 1 x 54 = 156
    // + cohort 586 x 1 + checks 11 x (1600 - 1500) = 1,100  =  GBP 42,995.00; no overhead, no VAT.
    CHECK(q["direct_pence"] == 4299500);
    CHECK(q["total_pence"] == 4299500);
    CHECK(q["lines"].size() == 9);
    CHECK((*line(q, "data-refresh"))["amount_pence"] == 15600);
    CHECK((*line(q, "data-refresh"))["explanation"].get<std::string>().rfind(
              "2 standard at £16.00, 2 enriched at £35.00, 1 complex at £54.00 = £156.00; ", 0) == 0);
}

TEST_CASE("quote: the issue's hand calculation on the SDE card comes to £20,391.00") {
    // 3 users for 12 months, one standard and one complex product, one refresh each, no extra history:
    // application 1,431 + set-up 434 + users 3 x 12 x 472 = 16,992 + provision 488 + 976 + refresh 16 + 54
    // = GBP 20,391.00. No annual review in the first year, no output checks beyond the allowance.
    json r = json::parse(R"({
      "schema": "fairterms/quote-request@1", "rate_card": "nhse-sde-2026",
      "partner": {"name": "X", "kind": "university"}, "use": "non_commercial", "purpose": "p",
      "duration_months": 12, "users": 3,
      "datasets": [
        {"name": "Hospital episodes", "data_type": "standard", "years_of_data": 0, "refreshes": 1},
        {"name": "Imaging", "data_type": "complex", "years_of_data": 0, "refreshes": 1}
      ]})");
    auto q = quote_of(r);
    CHECK(q["total_pence"] == 2039100);
    REQUIRE(q["lines"].size() == 5);
    CHECK(pence(*line(q, "application")) == 143100);
    CHECK(pence(*line(q, "project-setup")) == 43400);
    CHECK(pence(*line(q, "user-account")) == 1699200);
    const auto& provision = *line(q, "data-provision");
    CHECK(pence(provision) == 146400);
    CHECK(provision["quantity"] == "2");
    CHECK(!provision.contains("unit_price_pence"));   // two prices: the parts say which
    CHECK(provision["by_data_type"].size() == 2);
    CHECK(provision["by_data_type"][0]["data_type"] == "standard");
    CHECK(provision["by_data_type"][0]["unit_price_pence"] == 48800);
    CHECK(provision["by_data_type"][1]["data_type"] == "complex");
    CHECK(provision["by_data_type"][1]["unit_price_pence"] == 97600);
    CHECK(provision["explanation"].get<std::string>().rfind("1 standard at £488.00, 1 complex at £976.00 = £1,464.00", 0) == 0);
    const auto& refresh = *line(q, "data-refresh");
    CHECK(pence(refresh) == 7000);
    CHECK(refresh["explanation"].get<std::string>().rfind("1 standard at £16.00, 1 complex at £54.00 = £70.00", 0) == 0);
    CHECK(!line(q, "historical-period"));
    CHECK(!line(q, "annual-review"));

    // One data type only: the line has one unit price again.
    r["datasets"][1]["data_type"] = "standard";
    auto same = quote_of(r);
    CHECK((*line(same, "data-provision"))["unit_price_pence"] == 48800);
    CHECK((*line(same, "data-provision"))["explanation"].get<std::string>().rfind("2 standard at £488.00 = £976.00", 0) == 0);
    CHECK(same["total_pence"] == 2039100 - 48800 - 3800);
}

TEST_CASE("quote: a card priced by data type charges each type its own price; unlisted types take the unit price") {
    json r = base_request();
    // "ds" (per_dataset, 100p) priced by type: standard 250p; "rich" is not listed, so it takes the unit price.
    r["rate_card"]["items"][1]["price_by_data_type_pence"] = {{"standard", 250}};
    auto q = quote_of(r);
    const auto& ds = *line(q, "ds");
    CHECK(pence(ds) == 350);
    CHECK(ds["explanation"].get<std::string>().rfind("1 standard at £2.50, 1 rich at £1.00 = £3.50", 0) == 0);
    // The shared factor stays for the items that use it: "ds-scaled" is 100p x (1 + 1.5).
    const auto& scaled = *line(q, "ds-scaled");
    CHECK(pence(scaled) == 250);
    CHECK(scaled["explanation"].get<std::string>().rfind("£1.00 × 2.5 = £2.50, that is 1 standard at £1.00, 1 rich at £1.50", 0) == 0);
    // The card round-trips with its prices in the card's data type order.
    r["rate_card"]["items"][1]["price_by_data_type_pence"] = {{"odd", 7}, {"standard", 250}};
    auto card = ft::quote::parse_rate_card(ft::Field(r["rate_card"], ""));
    auto back = ft::quote::rate_card_to_json(card);
    CHECK(back["items"][1]["price_by_data_type_pence"].dump() == R"({"standard":250,"odd":7})");
}

TEST_CASE("quote: compute_quote on structs matches the JSON command and checks the same way") {
    auto j = base_request();
    auto req = ft::quote::parse_quote_request(j);
    CHECK(ft::quote::quote_to_json(ft::quote::compute_quote(req)) == quote_of(j));
    CHECK(ft::quote::quote_request_to_json(ft::quote::parse_quote_request(json(ft::quote::quote_request_to_json(req)))) ==
          ft::quote::quote_request_to_json(req));
    req.datasets[1].data_type = "nope";
    CHECK(error_of([&] { ft::quote::compute_quote(req); }) ==
          "/datasets/1/data_type | is not a data type on the rate card \"Test card\" (its data types: standard, rich, odd)");
    req = ft::quote::parse_quote_request(j);
    req.users = -1;
    CHECK(pointer_of([&] { ft::quote::compute_quote(req); }) == "/users");
    req = ft::quote::parse_quote_request(j);
    req.card.items[0].unit_price_pence = -5;
    CHECK(pointer_of([&] { ft::quote::compute_quote(req); }) == "/rate_card/items/0/unit_price_pence");
}

TEST_CASE("quote: bad input names the exact field") {
    struct Case { std::function<void(json&)> change; std::string pointer; };
    std::vector<Case> cases = {
        {[](json& r) { r["schema"] = "fairterms/quote@1"; }, "/schema"},
        {[](json& r) { r.erase("schema"); }, "/schema"},
        {[](json& r) { r["extra"] = 1; }, "/extra"},
        {[](json& r) { r.erase("rate_card"); }, "/rate_card"},
        {[](json& r) { r["rate_card"] = "no-such-card"; }, "/rate_card"},
        {[](json& r) { r["rate_card"] = 5; }, "/rate_card"},
        {[](json& r) { r["rate_card"]["items"][2]["driver"] = "per_week"; }, "/rate_card/items/2/driver"},
        {[](json& r) { r.erase("partner"); }, "/partner"},
        {[](json& r) { r["partner"]["name"] = " "; }, "/partner/name"},
        {[](json& r) { r["partner"]["kind"] = "startup"; }, "/partner/kind"},
        {[](json& r) { r["partner"]["size"] = "big"; }, "/partner/size"},
        {[](json& r) { r["use"] = "research"; }, "/use"},
        {[](json& r) { r["purpose"] = ""; }, "/purpose"},
        {[](json& r) { r["duration_months"] = 0; }, "/duration_months"},
        {[](json& r) { r["duration_months"] = 601; }, "/duration_months"},
        {[](json& r) { r["duration_months"] = 2.5; }, "/duration_months"},
        {[](json& r) { r["duration_months"] = "12"; }, "/duration_months"},
        {[](json& r) { r["users"] = -1; }, "/users"},
        {[](json& r) { r["users"] = 100001; }, "/users"},
        {[](json& r) { r["output_checks"] = -3; }, "/output_checks"},
        {[](json& r) { r["output_checks"] = 1e12; }, "/output_checks"},
        {[](json& r) { r["datasets"] = json::object(); }, "/datasets"},
        {[](json& r) { r["datasets"][1]["name"] = ""; }, "/datasets/1/name"},
        {[](json& r) { r["datasets"][1].erase("data_type"); }, "/datasets/1/data_type"},
        {[](json& r) { r["datasets"][1]["data_type"] = "imaging"; }, "/datasets/1/data_type"},
        {[](json& r) { r["datasets"][0]["years_of_data"] = -1; }, "/datasets/0/years_of_data"},
        {[](json& r) { r["datasets"][0]["years_of_data"] = 201; }, "/datasets/0/years_of_data"},
        {[](json& r) { r["datasets"][0]["refreshes"] = 1.5; }, "/datasets/0/refreshes"},
        {[](json& r) { r["datasets"][0]["linkages"] = true; }, "/datasets/0/linkages"},
        {[](json& r) { r["datasets"][0]["rows"] = 1; }, "/datasets/0/rows"},
        {[](json& r) { r["datasets"] = json::array(); for (int i = 0; i < 1001; ++i) r["datasets"].push_back({{"name", "d"}, {"data_type", "standard"}}); }, "/datasets"},
        {[](json& r) { r["staff_days"] = json::array(); }, "/staff_days"},
        {[](json& r) { r["staff_days"]["analyst"] = 1.125; }, "/staff_days/analyst"},
        {[](json& r) { r["staff_days"]["analyst"] = -1; }, "/staff_days/analyst"},
        {[](json& r) { r["staff_days"]["analyst"] = 100000.01; }, "/staff_days/analyst"},
        {[](json& r) { r["staff_days"]["analyst"] = "lots"; }, "/staff_days/analyst"},
        {[](json& r) { r["staff_days"]["a/b"] = 1; }, "/staff_days/a~1b"},
        {[](json& r) { r["waiver"] = {{"amount_pence", -1}, {"reason", "x"}}; }, "/waiver/amount_pence"},
        {[](json& r) { r["waiver"] = {{"amount_pence", 1.5}, {"reason", "x"}}; }, "/waiver/amount_pence"},
        {[](json& r) { r["waiver"] = {{"amount_pence", 1}}; }, "/waiver/reason"},
        {[](json& r) { r["waiver"] = {{"amount_pence", 1}, {"reason", "x"}, {"by", "me"}}; }, "/waiver/by"},
        {[](json& r) { r["waiver"] = 100; }, "/waiver"},
        {[](json& r) { r["reference"] = std::string(41, 'R'); }, "/reference"},
        {[](json& r) { r["date"] = "2026-02-30"; }, "/date"},
        {[](json& r) { r["valid_for_days"] = 0; }, "/valid_for_days"},
        {[](json& r) { r["valid_for_days"] = 3651; }, "/valid_for_days"},
    };
    for (const auto& c : cases) {
        json r = base_request();
        c.change(r);
        CAPTURE(c.pointer);
        CHECK(pointer_of([&] { quote_of(r); }) == c.pointer);
    }
    json r = base_request();
    r["staff_days"]["boss"] = 1;
    CHECK(error_of([&] { quote_of(r); }) == "/staff_days/boss | is not a role with a day rate on the rate card \"Test card\" (its roles: analyst, lead)");
    r = base_request();
    r["partner"]["kind"] = "startup";
    CHECK(error_of([&] { quote_of(r); }) == "/partner/kind | must be one of \"company\", \"university\", \"charity\", \"nhs\", \"public_body\" or \"other\"");
}

TEST_CASE("quote: absurd combinations are refused, never overflow") {
    auto r = base_request();
    r["rate_card"]["items"] = json::array({{{"id", "big"}, {"label", "Big"}, {"unit_price_pence", 10000000000LL}, {"driver", "per_user_month"}}});
    r["users"] = 100000;
    r["duration_months"] = 600;
    CHECK(pointer_of([&] { quote_of(r); }) == "/users");
    r["users"] = 1;
    r["duration_months"] = 1;
    r["staff_days"] = {{"analyst", 1}};
    CHECK(quote_of(r)["direct_pence"] == 10000030000LL);
    r["rate_card"]["items"][0]["driver"] = "fixed";
    for (int i = 1; i < 1001; ++i) {
        auto item = r["rate_card"]["items"][0];
        item["id"] = "big" + std::to_string(i);
        r["rate_card"]["items"].push_back(item);
    }
    CHECK(pointer_of([&] { quote_of(r); }) == "/rate_card/items");   // more than 200 items
    auto& items = r["rate_card"]["items"];
    items = json(std::vector<json>(items.begin(), items.begin() + 200));
    // 200 x GBP 100m = GBP 20bn: allowed. With a 1000% overhead the total passes GBP 100bn: refused.
    CHECK(quote_of(r)["direct_pence"] == 2000000030000LL);
    r["rate_card"]["overhead_rate"] = 10;
    CHECK(error_of([&] { quote_of(r); }).rfind(" | the quote's total is more than £100,000,000,000.00", 0) == 0);
}

TEST_CASE("rate cards: parsing checks every field at its pointer") {
    struct Case { std::function<void(json&)> change; std::string pointer; };
    std::vector<Case> cases = {
        {[](json& c) { c["schema"] = "fairterms/rate-card@2"; }, "/schema"},
        {[](json& c) { c["id"] = ""; }, "/id"},
        {[](json& c) { c.erase("name"); }, "/name"},
        {[](json& c) { c["source"] = 3; }, "/source"},
        {[](json& c) { c["valid_from"] = "01/04/2025"; }, "/valid_from"},
        {[](json& c) { c["currency"] = "EUR"; }, "/currency"},
        {[](json& c) { c["note"] = 1; }, "/note"},
        {[](json& c) { c["colour"] = "blue"; }, "/colour"},
        {[](json& c) { c["items"] = json::object(); }, "/items"},
        {[](json& c) { c["items"][3]["id"] = "ds"; }, "/items/3/id"},
        {[](json& c) { c["items"][0]["label"] = ""; }, "/items/0/label"},
        {[](json& c) { c["items"][0]["unit_price_pence"] = -1; }, "/items/0/unit_price_pence"},
        {[](json& c) { c["items"][0]["unit_price_pence"] = 10000000001LL; }, "/items/0/unit_price_pence"},
        {[](json& c) { c["items"][0]["unit_price_pence"] = 1.5; }, "/items/0/unit_price_pence"},
        {[](json& c) { c["items"][0]["driver"] = "hourly"; }, "/items/0/driver"},
        {[](json& c) { c["items"][0]["data_type_scaled"] = true; }, "/items/0/data_type_scaled"},
        {[](json& c) { c["items"][6]["data_type_scaled"] = true; }, "/items/6/data_type_scaled"},
        {[](json& c) { c["items"][1]["data_type_scaled"] = "yes"; }, "/items/1/data_type_scaled"},
        {[](json& c) { c["items"][9].erase("allowance_per_user_month"); }, "/items/9/allowance_per_user_month"},
        {[](json& c) { c["items"][9]["allowance_per_user_month"] = -1; }, "/items/9/allowance_per_user_month"},
        {[](json& c) { c["items"][0]["allowance_per_user_month"] = 5; }, "/items/0/allowance_per_user_month"},
        {[](json& c) { c["items"][0]["note"] = false; }, "/items/0/note"},
        {[](json& c) { c["items"][0]["source"] = json::array(); }, "/items/0/source"},
        {[](json& c) { c["items"][0]["price"] = 1; }, "/items/0/price"},
        {[](json& c) { c["items"][0]["price_by_data_type_pence"] = {{"standard", 5}}; }, "/items/0/price_by_data_type_pence"},
        {[](json& c) { c["items"][2]["price_by_data_type_pence"] = {{"standard", 5}}; }, "/items/2/price_by_data_type_pence"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = "5"; }, "/items/1/price_by_data_type_pence"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = json::object(); }, "/items/1/price_by_data_type_pence"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = {{"audio", 5}}; }, "/items/1/price_by_data_type_pence/audio"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = {{"rich", -1}}; }, "/items/1/price_by_data_type_pence/rich"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = {{"rich", 1.5}}; }, "/items/1/price_by_data_type_pence/rich"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = {{"rich", 10000000001LL}}; }, "/items/1/price_by_data_type_pence/rich"},
        {[](json& c) { c["items"][1]["price_by_data_type_pence"] = {{"", 5}}; }, "/items/1/price_by_data_type_pence/"},
        {[](json& c) { c.erase("day_rates_pence"); }, "/day_rates_pence"},
        {[](json& c) { c["day_rates_pence"]["lead"] = -1; }, "/day_rates_pence/lead"},
        {[](json& c) { c["day_rates_pence"]["lead"] = 10000001; }, "/day_rates_pence/lead"},
        {[](json& c) { c["day_rates_pence"][""] = 100; }, "/day_rates_pence/"},
        {[](json& c) { c["role_notes"] = {{"intern", "x"}}; }, "/role_notes/intern"},
        {[](json& c) { c["role_notes"] = {{"lead", 5}}; }, "/role_notes/lead"},
        {[](json& c) { c["data_type_factors"]["rich"] = "1.00001"; }, "/data_type_factors/rich"},
        {[](json& c) { c["data_type_factors"]["rich"] = -1; }, "/data_type_factors/rich"},
        {[](json& c) { c["data_type_factors"]["rich"] = 101; }, "/data_type_factors/rich"},
        {[](json& c) { c["data_type_factors"]["rich"] = "high"; }, "/data_type_factors/rich"},
        {[](json& c) { c["data_type_notes"] = {{"audio", "x"}}; }, "/data_type_notes/audio"},
        {[](json& c) { c["overhead_rate"] = "0.12345"; }, "/overhead_rate"},
        {[](json& c) { c["overhead_rate"] = 11; }, "/overhead_rate"},
        {[](json& c) { c.erase("overhead_rate"); }, "/overhead_rate"},
        {[](json& c) { c["overhead_note"] = 1; }, "/overhead_note"},
        {[](json& c) { c["vat_rate"] = "1.5"; }, "/vat_rate"},
        {[](json& c) { c["vat_applies"] = "no"; }, "/vat_applies"},
        {[](json& c) { c["vat_note"] = 2; }, "/vat_note"},
    };
    for (const auto& c : cases) {
        json card = all_driver_card();
        c.change(card);
        CAPTURE(c.pointer);
        CHECK(pointer_of([&] { ft::quote::parse_rate_card(ft::Field(card, "")); }) == c.pointer);
        json r = base_request();
        r["rate_card"] = card;
        CHECK(pointer_of([&] { quote_of(r); }) == "/rate_card" + c.pointer);
    }
}

TEST_CASE("rate cards: the three built-in cards load, round-trip and carry their sources") {
    auto cards = ft::quote::builtin_rate_cards();
    REQUIRE(cards.size() == 3);
    std::vector<std::string> ids;
    for (const auto& c : cards) {
        ids.push_back(c.id);
        CHECK(!c.source.empty());
        CHECK(!c.vat_applies);
        CHECK(c.vat_rate == ft::Decimal::parse("0.2").value());
        for (const auto& it : c.items) CHECK((!it.note.empty() || !it.source.empty()));
        auto again = ft::quote::parse_rate_card(ft::Field(json(ft::quote::rate_card_to_json(c)), ""));
        CHECK(ft::quote::rate_card_to_json(again) == ft::quote::rate_card_to_json(c));
    }
    CHECK(ids == std::vector<std::string>{"nhsd-dars-2018", "nhse-sde-2026", "trust-bespoke-2025"});
    CHECK(ft::quote::find_builtin_rate_card("nhse-sde-2026")->valid_from == "2026-04-01");
    CHECK(!ft::quote::find_builtin_rate_card("nope"));

    // Trust day rates: mid-point salary x (1 + 23.78% pension) + 15% NI above GBP 5,000, over 215 days,
    // to whole pence. Worked in pence x 10,000 to stay exact: salary_p x 12,378 + (salary_p - 500,000) x 1,500.
    auto trust = *ft::quote::find_builtin_rate_card("trust-bespoke-2025");
    auto day_rate = [](std::int64_t lo, std::int64_t hi) {
        ft::i128 mid_p = (lo + hi) * 100 / 2;
        ft::i128 loaded = mid_p * 12378 + (mid_p - 500000) * 1500;
        return static_cast<std::int64_t>(ft::div_round_half_away(loaded, 215 * 10000));
    };
    CHECK(trust.day_rate("band-6")->pence_per_day == day_rate(38682, 46580));
    CHECK(trust.day_rate("band-7")->pence_per_day == day_rate(47810, 54710));
    CHECK(trust.day_rate("band-8a")->pence_per_day == day_rate(55690, 62682));
    CHECK(trust.day_rate("band-6")->pence_per_day == 27169);
    CHECK(trust.overhead_rate == ft::Decimal::parse("0.25").value());

    // SDE provision and refresh are priced by data type at the tariff's own figures: the bottom, middle and
    // top of GBP 488-976 and GBP 16-54.
    auto sde = *ft::quote::find_builtin_rate_card("nhse-sde-2026");
    auto prices = [&](const char* id) {
        std::vector<std::pair<std::string, std::int64_t>> v;
        for (const auto& it : sde.items)
            if (it.id == id) {
                CHECK(!it.data_type_scaled);
                CHECK(it.source.find("by complexity") != std::string::npos);
                for (const auto& p : it.price_by_data_type) v.push_back({p.data_type, p.pence});
            }
        return v;
    };
    using Prices = std::vector<std::pair<std::string, std::int64_t>>;
    CHECK(prices("data-provision") == Prices{{"standard", 48800}, {"enriched", 73200}, {"complex", 97600}});
    CHECK(prices("data-refresh") == Prices{{"standard", 1600}, {"enriched", 3500}, {"complex", 5400}});
}

TEST_CASE("rate-cards and quote commands through the api") {
    auto r = ft::api::run("rate-cards", "{}");
    REQUIRE(r.status == ft::api::Status::ok);
    auto j = json::parse(r.body);
    CHECK(j["rate_cards"].size() == 3);
    CHECK(j["rate_cards"][1]["id"] == "nhse-sde-2026");
    CHECK(ft::api::run("rate-cards", R"({"x":1})").error_pointer == "/x");

    std::string req = base_request().dump();
    CHECK(ft::api::run("validate", req).status == ft::api::Status::ok);
    CHECK(ft::api::run("validate", json(all_driver_card()).dump()).status == ft::api::Status::ok);
    CHECK(ft::api::run("quote", req).body == ft::api::run("quote", req, "json").body);
    auto html = ft::api::run("quote", req, "html");
    CHECK(html.media_type == "text/html");
    CHECK(html.body.rfind("<!DOCTYPE html>", 0) == 0);
    auto csv = ft::api::run("quote", req, "csv");
    CHECK(csv.media_type == "text/csv");
    auto text = ft::api::run("quote", req, "text");
    CHECK(text.body.find("Total: £843.13") != std::string::npos);
    auto bad = ft::api::run("quote", req, "pdf");
    CHECK(bad.status == ft::api::Status::input_error);
}

TEST_CASE("quote exports escape user text and add up") {
    auto r = base_request();
    r["partner"]["name"] = "<script>alert(\"x\")</script> & Co";
    r["purpose"] = "=cmd|' /C calc'!A0, \"quoted\"";
    r["datasets"][0]["name"] = "Line\nbreak";
    auto q = ft::quote::compute_quote(ft::quote::parse_quote_request(r));
    std::string html = ft::quote::quote_html(q);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co") != std::string::npos);
    CHECK(html.find("#005EB8") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);   // nothing external

    std::string csv = ft::quote::quote_csv(q);
    std::size_t rows = 0;
    for (std::size_t i = 0; (i = csv.find("\r\n", i)) != std::string::npos; i += 2) ++rows;
    // header + lines + 7 totals; the dataset name's line break sits inside a quoted field.
    CHECK(rows == 1 + q.lines.size() + 7);
    CHECK(csv.find("Totals,Total,,,843.13,") != std::string::npos);
    CHECK(csv.find("\"£1.00 × 2 = £2.00; quantity: datasets: 1 (Line\nbreak) + 1 (B) = 2\"") != std::string::npos);
    // Headers a finance lead reads in a spreadsheet: words, not code names.
    CHECK(csv.find("Reference,Date,Partner,Section,Line,Quantity,Unit price (£),Amount (£),How it is worked out\r\n") == 3);
}

TEST_CASE("text_format: HTML and CSV escaping") {
    using namespace ft::text;
    CHECK(html_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("") == "");
    CHECK(csv_row({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
    CHECK(csv_user_text("=SUM(A1)") == "'=SUM(A1)");
    CHECK(csv_user_text("@x") == "'@x");
    CHECK(csv_user_text("-1") == "'-1");
    CHECK(csv_user_text("Normal") == "Normal");
}
