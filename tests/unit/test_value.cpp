// Value share (core/value/value.h): each mechanism, the shares and rates, and the split, checked by hand.
#include <doctest/doctest.h>

#include <string>

#include "api.h"
#include "value/value.h"

using ft::json;
using ft::ojson;
using namespace ft::value;

namespace {

// One NHS organisation (weight 2) and the partner (weight 2): nhs_share 0.5. Green Book, 3-year horizon.
json base_request() {
    return json::parse(R"({
        "schema": "fairterms/value-request@1",
        "contributions": [
            {"party": "nhs", "org": "Trust A", "kind": "source_data", "weight": 2},
            {"party": "partner", "kind": "product_development", "weight": 2}
        ],
        "data_attribution": 0.4,
        "maturity_level": 4,
        "horizon_years": 3,
        "revenue_forecast_pence": [1000000, 1000000, 1000000],
        "discount": "green_book",
        "mechanisms": {}
    })");
}

ValueResult run(const json& j) { return compute_value(parse_value_request(ft::Field(j, ""))); }

const MechanismResult& mech(const ValueResult& r, const std::string& name) {
    for (const auto& m : r.mechanisms)
        if (m.name == name) return m;
    FAIL("no mechanism " << name);
    throw 0;
}

bool has_warning(const ValueResult& r, const std::string& code) {
    for (const auto& w : r.warnings)
        if (w.code == code) return true;
    return false;
}

}  // namespace

TEST_CASE("value: nhs share, maturity factor and recommended rate") {
    ValueResult r = run(base_request());
    CHECK(r.nhs_share.to_string() == "0.5");         // 2 / (2 + 2)
    CHECK(r.maturity_factor.to_string() == "0.8");   // level 4 of the defaults 0.2 .. 1.0
    CHECK(r.recommended_royalty_rate.to_string() == "0.16");  // 0.4 x 0.5 x 0.8
    CHECK(r.nhs_share_explanation == "NHS weights (2 = 2) / all weights (2 + 2 = 4) = 0.5 (to 6 decimal places), shown as 50.0%");
    CHECK(r.recommended_rate_explanation ==
          "data attribution 0.4 × NHS share 0.5 × maturity factor 0.8 = 0.16 (16%, to 4 decimal places)");

    json j = base_request();
    j["contributions"][1]["weight"] = 4;  // nhs 2 of 6 -> 0.333333 (6 places)
    j["data_attribution"] = 0.35;
    j["maturity_level"] = 5;              // factor 1
    r = run(j);
    CHECK(r.nhs_share.to_string() == "0.333333");
    CHECK(r.recommended_royalty_rate.to_string() == "0.1167");  // 0.35 x 0.333333 = 0.11666655 -> 0.1167

    j = base_request();
    j["data_attribution"] = 0.0025;
    j["maturity_level"] = 1;              // 0.0025 x 0.5 x 0.2 = 0.00025 exactly -> half away -> 0.0003
    CHECK(run(j).recommended_royalty_rate.to_string() == "0.0003");

    j = base_request();
    j["maturity_factors"] = {0.1, 0.1, 0.25, 0.5, 0.9};
    j["maturity_level"] = 3;              // 0.4 x 0.5 x 0.25 = 0.05
    r = run(j);
    CHECK(r.maturity_factor.to_string() == "0.25");
    CHECK(r.recommended_royalty_rate.to_string() == "0.05");
}

TEST_CASE("value: upfront is paid in year 0 and never discounted") {
    json j = base_request();
    j["mechanisms"]["upfront"] = {{"amount_pence", 123456}};
    const MechanismResult m = mech(run(j), "upfront");
    CHECK(m.expected_flows_pence == std::vector<ft::Pence>{123456, 0, 0, 0});
    CHECK(m.nominal_pence == 123456);
    CHECK(m.expected_pence == 123456);
    CHECK(m.pv_pence == 123456);
}

TEST_CASE("value: subscription runs from year 1 for its years") {
    json j = base_request();
    j["mechanisms"]["subscription"] = {{"annual_pence", 100000}, {"years", 2}};
    const MechanismResult m = mech(run(j), "subscription");
    CHECK(m.expected_flows_pence == std::vector<ft::Pence>{0, 100000, 100000, 0});
    // year 1: 100,000 / 1.035 = 96,618.36 -> 96,618; year 2: 100,000 / 1.071225 = 93,351.07 -> 93,351
    CHECK(m.discounted_pence == std::vector<ft::Pence>{0, 96618, 93351, 0});
    CHECK(m.nominal_pence == 200000);
    CHECK(m.pv_pence == 189969);  // 96,618 + 93,351
    CHECK(m.pv_explanation ==
          "year 1: £1,000.00 / 1.035^1 = £966.18; year 2: £1,000.00 / 1.035^2 = £933.51. "
          "Present value = £966.18 + £933.51 = £1,899.69");
}

TEST_CASE("value: milestones are expected values, each rounded once") {
    json j = base_request();
    j["mechanisms"]["milestones"] = json::parse(R"([
        {"name": "first patient", "year": 1, "amount_pence": 100001, "probability": 0.5},
        {"name": "approval", "year": 1, "amount_pence": 3, "probability": 0.1667},
        {"name": "launch", "year": 3, "amount_pence": 0, "probability": 1}
    ])");
    const MechanismResult m = mech(run(j), "milestones");
    // 100,001 x 0.5 = 50,000.5 -> 50,001; 3 x 0.1667 = 0.5001 -> 1; both in year 1
    CHECK(m.lines[0].expected_pence == 50001);
    CHECK(m.lines[1].expected_pence == 1);
    CHECK(m.nominal_flows_pence == std::vector<ft::Pence>{0, 100004, 0, 0});
    CHECK(m.expected_flows_pence == std::vector<ft::Pence>{0, 50002, 0, 0});
    CHECK(m.nominal_pence == 100004);
    CHECK(m.expected_pence == 50002);
    CHECK(m.pv_pence == 48311);  // 50,002 / 1.035 = 48,311.11 -> 48,311
    CHECK(m.lines[0].explanation == "£1,000.01 × probability 0.5 = £500.01 expected in year 1");
}

TEST_CASE("value: royalty applies the rate each year and stops at the cap") {
    json j = base_request();
    j["horizon_years"] = 4;
    j["mechanisms"]["royalty"] = {{"rate", 0.05}, {"cap_pence", 120000}, {"years", 4}};
    ValueResult r = run(j);
    const MechanismResult m = mech(r, "royalty");
    // 1,000,000 x 5% = 50,000 a year; cumulative 50,000, 100,000, then only 20,000 fits under 120,000;
    // year 4 has no forecast (revenue 0).
    CHECK(m.expected_flows_pence == std::vector<ft::Pence>{0, 50000, 50000, 20000, 0});
    CHECK(m.nominal_pence == 120000);
    CHECK(m.expected_pence == 120000);
    // 50,000/1.035 = 48,309.18 -> 48,309; 50,000/1.071225 = 46,675.54 -> 46,676; 20,000/1.108717875 = 18,038.85 -> 18,039
    CHECK(m.pv_pence == 48309 + 46676 + 18039);
    CHECK(r.royalty_rate->to_string() == "0.05");
    CHECK(m.lines[2].explanation ==
          "£10,000.00 revenue × 5% = £500.00; cut to £200.00 by the cap of £1,200.00 (£1,000.00 paid before)");
    CHECK(has_warning(r, "royalty_minority"));
    CHECK(has_warning(r, "horizon_beyond_forecast"));
    CHECK_FALSE(has_warning(r, "royalty_rate_high"));  // 5% is within 3-6%

    // Without a rate the recommended rate applies: 0.16 -> high; and revenue 10p x 5% = 0.5p rounds to 1p.
    j["mechanisms"]["royalty"] = {{"years", 1}};
    r = run(j);
    CHECK(r.royalty_rate->to_string() == "0.16");
    CHECK(mech(r, "royalty").expected_flows_pence[1] == 160000);  // 1,000,000 x 0.16
    CHECK(has_warning(r, "royalty_rate_high"));
    j["revenue_forecast_pence"] = {10};
    j["mechanisms"]["royalty"] = {{"rate", 0.05}, {"years", 1}};
    CHECK(mech(run(j), "royalty").expected_flows_pence[1] == 1);

    // A cap hit exactly leaves later years at zero.
    j = base_request();
    j["mechanisms"]["royalty"] = {{"rate", 0.05}, {"cap_pence", 100000}, {"years", 3}};
    CHECK(mech(run(j), "royalty").expected_flows_pence == std::vector<ft::Pence>{0, 50000, 50000, 0});
}

TEST_CASE("value: equity states nominal and expected, rounded once") {
    json j = base_request();
    j["mechanisms"]["equity"] = {{"stake", 0.000015}, {"exit_value_pence", 100000000}, {"exit_year", 1},
                                 {"probability", 0.3333}};
    ValueResult r = run(j);
    const MechanismResult m = mech(r, "equity");
    // 100,000,000 x 0.000015 = 1,500 nominal; x 0.3333 = 499.95 -> 500 (rounding 1,500 x 0.3333 once, not twice)
    CHECK(m.nominal_flows_pence == std::vector<ft::Pence>{0, 1500, 0, 0});
    CHECK(m.expected_flows_pence == std::vector<ft::Pence>{0, 500, 0, 0});
    CHECK(m.pv_pence == 483);  // 500 / 1.035 = 483.09 -> 483
    CHECK(has_warning(r, "equity_risk"));

    // exit 999 x 0.5 x 0.001 = 0.4995: one rounding gives 0; rounding the stake first (500) would give 1.
    j["mechanisms"]["equity"] = {{"stake", 0.5}, {"exit_value_pence", 999}, {"exit_year", 0}, {"probability", 0.001}};
    CHECK(mech(run(j), "equity").expected_pence == 0);
    CHECK(mech(run(j), "equity").nominal_pence == 500);  // 499.5 -> 500
}

TEST_CASE("value: in-kind value is units x unit price x discount a year") {
    json j = base_request();
    j["mechanisms"]["in_kind"] = {{"units_per_year", 3}, {"unit_price_pence", 333}, {"discount", 0.5}, {"years", 2}};
    const MechanismResult m = mech(run(j), "in_kind");
    // 3 x 333 = 999 list price; x 0.5 = 499.5 -> 500 a year, years 1-2
    CHECK(m.expected_flows_pence == std::vector<ft::Pence>{0, 500, 500, 0});
    CHECK(m.nominal_pence == 1000);
    CHECK(m.pv_pence == 483 + 467);  // 500/1.035 = 483.09; 500/1.071225 = 466.76
}

TEST_CASE("value: totals are sums of the mechanisms' rounded figures") {
    json j = base_request();
    j["mechanisms"]["upfront"] = {{"amount_pence", 123456}};
    j["mechanisms"]["subscription"] = {{"annual_pence", 100000}, {"years", 2}};
    j["mechanisms"]["in_kind"] = {{"units_per_year", 3}, {"unit_price_pence", 333}, {"discount", 0.5}, {"years", 2}};
    ValueResult r = run(j);
    CHECK(r.total_nominal_pence == 123456 + 200000 + 1000);
    CHECK(r.total_pv_pence == 123456 + 189969 + 950);
    CHECK(r.total_expected_flows_pence == std::vector<ft::Pence>{123456, 100500, 100500, 0});
    CHECK(r.total_discounted_pence[1] == 96618 + 483);
}

TEST_CASE("value: split among NHS organisations by largest remainder, per mechanism") {
    json j = base_request();
    j["contributions"] = json::parse(R"([
        {"party": "nhs", "org": "A", "kind": "source_data", "weight": 1},
        {"party": "nhs", "org": "B", "kind": "source_data", "weight": 0.5},
        {"party": "nhs", "org": "C", "kind": "curation", "weight": 1},
        {"party": "nhs", "org": "B", "kind": "clinical_expertise", "weight": 0.5},
        {"party": "nhs", "org": "Z", "kind": "other", "weight": 0},
        {"party": "partner", "kind": "funding", "weight": 3}
    ])");
    j["mechanisms"]["upfront"] = {{"amount_pence", 100}};
    j["mechanisms"]["milestones"] = json::parse(R"([{"name": "m", "year": 0, "amount_pence": 200, "probability": 1}])");
    ValueResult r = run(j);
    REQUIRE(r.split.size() == 4);
    CHECK(r.split[1].org == "B");
    CHECK(r.split[1].weight.to_string() == "1");     // 0.5 + 0.5
    CHECK(r.split[0].share.to_string() == "0.333333");
    // Weights A 1, B 1 (0.5 + 0.5), C 1, Z 0.
    // upfront 100: 33 each with remainder 1 each; the one leftover penny goes to the earliest tie (A): 34, 33, 33, 0.
    // milestone 200: 66 each with remainder 2 each; two leftover pence go to A and B: 67, 67, 66, 0.
    CHECK(r.split[0].pv_pence == std::vector<ft::Pence>{34, 67});
    CHECK(r.split[1].pv_pence == std::vector<ft::Pence>{33, 67});
    CHECK(r.split[2].pv_pence == std::vector<ft::Pence>{33, 66});
    CHECK(r.split[3].pv_pence == std::vector<ft::Pence>{0, 0});  // zero weight, zero money
    CHECK(r.split[0].total_pv_pence == 101);
    CHECK(r.split[0].total_pv_pence + r.split[1].total_pv_pence + r.split[2].total_pv_pence == r.total_pv_pence);
    CHECK(r.split[3].share.to_string() == "0");
}

TEST_CASE("value: the command, validate and exports agree") {
    json j = base_request();
    j["title"] = "Trial <&> \"x\"";
    j["contributions"][0]["org"] = "=Trust, \"A\"";
    j["mechanisms"]["upfront"] = {{"amount_pence", 5000}};
    std::string text = j.dump();
    ft::api::Result json_out = ft::api::run("value", text);
    REQUIRE(json_out.status == ft::api::Status::ok);
    CHECK(json_out.body == value_to_json(run(j)).dump(2) + "\n");
    CHECK(ft::api::run("value", text, "json").body == json_out.body);
    CHECK(ft::api::run("validate", text).status == ft::api::Status::ok);

    ft::api::Result html = ft::api::run("value", text, "html");
    REQUIRE(html.status == ft::api::Status::ok);
    CHECK(html.media_type == "text/html");
    CHECK(html.body.find("Trial &lt;&amp;&gt; &quot;x&quot;") != std::string::npos);
    CHECK(html.body.find("<&>") == std::string::npos);
    CHECK(html.body.find("#005EB8") != std::string::npos);
    CHECK(html.body.find("http") == std::string::npos);  // self-contained: no external references

    ft::api::Result csv = ft::api::run("value", text, "csv");
    REQUIRE(csv.status == ft::api::Status::ok);
    // One table per file, each with a byte-order mark and the scenario's name on every row.
    CHECK(csv.body.rfind("\xEF\xBB\xBFScenario,Year,Discount factor,Upfront payment (£),Total (£),Present value (£)\r\n", 0) == 0);
    CHECK(csv.body.find("NHS organisation,Weight") == std::string::npos);
    ft::api::Result split = ft::api::run("value", text, "split-csv");
    REQUIRE(split.status == ft::api::Status::ok);
    CHECK(split.body.rfind("\xEF\xBB\xBFScenario,NHS organisation,Weight,Share,Upfront payment: present value (£),Total present value (£)\r\n", 0) == 0);
    CHECK(split.body.find("\"Trial <&> \"\"x\"\"\",\"'=Trust, \"\"A\"\"\",2,1,50.00,50.00\r\n") != std::string::npos);

    ft::api::Result bad = ft::api::run("value", text, "docx");
    CHECK(bad.status == ft::api::Status::input_error);
}

TEST_CASE("value: five maturity levels, each described") {
    const auto& levels = maturity_levels();
    REQUIRE(levels.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(levels[i].level == i + 1);
        CHECK(std::string(levels[i].description).size() > 150);
    }
    ojson out = compute(base_request());
    CHECK(out["maturity_levels"].size() == 5);
    CHECK(out["maturity_levels"][3]["factor"] == "0.8");
}
