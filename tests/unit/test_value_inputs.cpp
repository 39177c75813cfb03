// Value-share requests: every bad field is refused with its exact JSON pointer.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "value/value.h"

using ft::json;

namespace {

json full_request() {
    return json::parse(R"({
        "schema": "fairterms/value-request@1",
        "title": "Imaging model",
        "contributions": [
            {"party": "nhs", "org": "North", "kind": "source_data", "weight": 3},
            {"party": "nhs", "org": "South", "kind": "clinical_expertise", "weight": 1.25},
            {"party": "partner", "org": "Acme", "kind": "product_development", "weight": 4}
        ],
        "data_attribution": 0.3,
        "maturity_level": 3,
        "maturity_factors": [0.2, 0.4, 0.6, 0.8, 1],
        "horizon_years": 5,
        "revenue_forecast_pence": [100000, 200000, 300000],
        "discount": "green_book",
        "mechanisms": {
            "upfront": {"amount_pence": 500000},
            "subscription": {"annual_pence": 100000, "years": 3},
            "milestones": [{"name": "approval", "year": 2, "amount_pence": 250000, "probability": 0.6}],
            "royalty": {"rate": 0.05, "cap_pence": 1000000, "years": 5},
            "equity": {"stake": 0.05, "exit_value_pence": 100000000, "exit_year": 5, "probability": 0.2},
            "in_kind": {"units_per_year": 10, "unit_price_pence": 5000, "discount": 0.35, "years": 2}
        }
    })");
}

// Applies edit to a valid request and returns the pointer of the InputError it causes ("none" if accepted).
std::string pointer_after(const std::function<void(json&)>& edit) {
    json j = full_request();
    edit(j);
    try {
        (void)ft::value::compute(j);
    } catch (const ft::InputError& e) {
        return e.pointer;
    }
    return "none";
}

void set(json& j, const char* ptr, json v) { j[json::json_pointer(ptr)] = std::move(v); }
void erase(json& j, const char* parent, const char* key) { j[json::json_pointer(parent)].erase(key); }

struct Case {
    const char* what;
    std::function<void(json&)> edit;
    const char* pointer;
};

}  // namespace

TEST_CASE("value: the full request is valid") { CHECK(pointer_after([](json&) {}) == "none"); }

TEST_CASE("value: bad inputs name the exact field") {
    const std::vector<Case> cases = {
        {"wrong schema", [](json& j) { set(j, "/schema", "fairterms/value-request@2"); }, "/schema"},
        {"unknown top-level field", [](json& j) { set(j, "/horizon", 5); }, "/horizon"},
        {"title not text", [](json& j) { set(j, "/title", 3); }, "/title"},
        {"contributions missing", [](json& j) { j.erase("contributions"); }, "/contributions"},
        {"contributions empty", [](json& j) { set(j, "/contributions", json::array()); }, "/contributions"},
        {"contributions not a list", [](json& j) { set(j, "/contributions", "x"); }, "/contributions"},
        {"contribution not an object", [](json& j) { set(j, "/contributions/1", 2); }, "/contributions/1"},
        {"unknown contribution field", [](json& j) { set(j, "/contributions/0/wieght", 1); }, "/contributions/0/wieght"},
        {"bad party", [](json& j) { set(j, "/contributions/1/party", "university"); }, "/contributions/1/party"},
        {"nhs org missing", [](json& j) { erase(j, "/contributions/1", "org"); }, "/contributions/1/org"},
        {"nhs org blank", [](json& j) { set(j, "/contributions/0/org", "  "); }, "/contributions/0/org"},
        {"partner org not text", [](json& j) { set(j, "/contributions/2/org", 7); }, "/contributions/2/org"},
        {"bad kind", [](json& j) { set(j, "/contributions/2/kind", "marketing"); }, "/contributions/2/kind"},
        {"weight above 5", [](json& j) { set(j, "/contributions/0/weight", 5.01); }, "/contributions/0/weight"},
        {"weight negative", [](json& j) { set(j, "/contributions/1/weight", -1); }, "/contributions/1/weight"},
        {"weight 3 places", [](json& j) { set(j, "/contributions/1/weight", 1.255); }, "/contributions/1/weight"},
        {"weight text", [](json& j) { set(j, "/contributions/1/weight", "heavy"); }, "/contributions/1/weight"},
        {"all weights zero", [](json& j) {
             for (auto& c : j["contributions"]) c["weight"] = 0;
         }, "/contributions"},
        {"nhs weights zero", [](json& j) {
             set(j, "/contributions/0/weight", 0);
             set(j, "/contributions/1/weight", 0);
         }, "/contributions"},
        {"attribution above 1", [](json& j) { set(j, "/data_attribution", 1.1); }, "/data_attribution"},
        {"attribution 5 places", [](json& j) { set(j, "/data_attribution", 0.12345); }, "/data_attribution"},
        {"attribution missing", [](json& j) { j.erase("data_attribution"); }, "/data_attribution"},
        {"maturity 0", [](json& j) { set(j, "/maturity_level", 0); }, "/maturity_level"},
        {"maturity 6", [](json& j) { set(j, "/maturity_level", 6); }, "/maturity_level"},
        {"maturity 2.5", [](json& j) { set(j, "/maturity_level", 2.5); }, "/maturity_level"},
        {"four factors", [](json& j) { set(j, "/maturity_factors", {0.2, 0.4, 0.6, 0.8}); }, "/maturity_factors"},
        {"factors not a list", [](json& j) { set(j, "/maturity_factors", 0.5); }, "/maturity_factors"},
        {"factor above 1", [](json& j) { set(j, "/maturity_factors/4", 1.5); }, "/maturity_factors/4"},
        {"factor decreasing", [](json& j) { set(j, "/maturity_factors/2", 0.3); }, "/maturity_factors/2"},
        {"factor 5 places", [](json& j) { set(j, "/maturity_factors/0", 0.12345); }, "/maturity_factors/0"},
        {"horizon 0", [](json& j) { set(j, "/horizon_years", 0); }, "/horizon_years"},
        {"horizon 51", [](json& j) { set(j, "/horizon_years", 51); }, "/horizon_years"},
        {"forecast missing", [](json& j) { j.erase("revenue_forecast_pence"); }, "/revenue_forecast_pence"},
        {"forecast longer than horizon", [](json& j) { set(j, "/revenue_forecast_pence", {1, 2, 3, 4, 5, 6}); },
         "/revenue_forecast_pence"},
        {"forecast negative", [](json& j) { set(j, "/revenue_forecast_pence/1", -5); }, "/revenue_forecast_pence/1"},
        {"forecast fractional pence", [](json& j) { set(j, "/revenue_forecast_pence/2", 10.5); },
         "/revenue_forecast_pence/2"},
        {"discount unknown name", [](json& j) { set(j, "/discount", "treasury"); }, "/discount"},
        {"discount number", [](json& j) { set(j, "/discount", 0.035); }, "/discount"},
        {"discount rate above 0.2", [](json& j) { set(j, "/discount", {{"rate", 0.25}}); }, "/discount/rate"},
        {"discount rate 5 places", [](json& j) { set(j, "/discount", {{"rate", 0.03501}}); }, "/discount/rate"},
        {"discount rate missing", [](json& j) { set(j, "/discount", json::object()); }, "/discount/rate"},
        {"discount extra field", [](json& j) { set(j, "/discount", {{"rate", 0.03}, {"years", 3}}); }, "/discount/years"},
        {"mechanisms missing", [](json& j) { j.erase("mechanisms"); }, "/mechanisms"},
        {"unknown mechanism", [](json& j) { set(j, "/mechanisms/shares", 1); }, "/mechanisms/shares"},
        {"upfront negative", [](json& j) { set(j, "/mechanisms/upfront/amount_pence", -1); }, "/mechanisms/upfront/amount_pence"},
        {"upfront missing amount", [](json& j) { set(j, "/mechanisms/upfront", json::object()); },
         "/mechanisms/upfront/amount_pence"},
        {"upfront extra", [](json& j) { set(j, "/mechanisms/upfront/when", 1); }, "/mechanisms/upfront/when"},
        {"subscription not object", [](json& j) { set(j, "/mechanisms/subscription", 5); }, "/mechanisms/subscription"},
        {"subscription pence fraction", [](json& j) { set(j, "/mechanisms/subscription/annual_pence", 0.5); },
         "/mechanisms/subscription/annual_pence"},
        {"subscription years 0", [](json& j) { set(j, "/mechanisms/subscription/years", 0); },
         "/mechanisms/subscription/years"},
        {"subscription beyond horizon", [](json& j) { set(j, "/mechanisms/subscription/years", 6); },
         "/mechanisms/subscription/years"},
        {"milestones not a list", [](json& j) { set(j, "/mechanisms/milestones", json::object()); },
         "/mechanisms/milestones"},
        {"milestone name blank", [](json& j) { set(j, "/mechanisms/milestones/0/name", ""); },
         "/mechanisms/milestones/0/name"},
        {"milestone year beyond horizon", [](json& j) { set(j, "/mechanisms/milestones/0/year", 6); },
         "/mechanisms/milestones/0/year"},
        {"milestone year negative", [](json& j) { set(j, "/mechanisms/milestones/0/year", -1); },
         "/mechanisms/milestones/0/year"},
        {"milestone amount negative", [](json& j) { set(j, "/mechanisms/milestones/0/amount_pence", -3); },
         "/mechanisms/milestones/0/amount_pence"},
        {"milestone probability above 1", [](json& j) { set(j, "/mechanisms/milestones/0/probability", 1.2); },
         "/mechanisms/milestones/0/probability"},
        {"milestone probability missing", [](json& j) { erase(j, "/mechanisms/milestones/0", "probability"); },
         "/mechanisms/milestones/0/probability"},
        {"milestone extra", [](json& j) { set(j, "/mechanisms/milestones/0/date", "2027-01-01"); },
         "/mechanisms/milestones/0/date"},
        {"royalty rate above 1", [](json& j) { set(j, "/mechanisms/royalty/rate", 1.5); }, "/mechanisms/royalty/rate"},
        {"royalty rate 5 places", [](json& j) { set(j, "/mechanisms/royalty/rate", 0.03125); },
         "/mechanisms/royalty/rate"},
        {"royalty cap negative", [](json& j) { set(j, "/mechanisms/royalty/cap_pence", -1); },
         "/mechanisms/royalty/cap_pence"},
        {"royalty years missing", [](json& j) { erase(j, "/mechanisms/royalty", "years"); }, "/mechanisms/royalty/years"},
        {"royalty years beyond horizon", [](json& j) { set(j, "/mechanisms/royalty/years", 9); },
         "/mechanisms/royalty/years"},
        {"royalty extra", [](json& j) { set(j, "/mechanisms/royalty/floor_pence", 1); }, "/mechanisms/royalty/floor_pence"},
        {"equity stake above 1", [](json& j) { set(j, "/mechanisms/equity/stake", 1.01); }, "/mechanisms/equity/stake"},
        {"equity stake 7 places", [](json& j) { set(j, "/mechanisms/equity/stake", "0.0000001"); },
         "/mechanisms/equity/stake"},
        {"equity exit value text", [](json& j) { set(j, "/mechanisms/equity/exit_value_pence", "lots"); },
         "/mechanisms/equity/exit_value_pence"},
        {"equity exit year beyond horizon", [](json& j) { set(j, "/mechanisms/equity/exit_year", 6); },
         "/mechanisms/equity/exit_year"},
        {"equity probability negative", [](json& j) { set(j, "/mechanisms/equity/probability", -0.1); },
         "/mechanisms/equity/probability"},
        {"in-kind units negative", [](json& j) { set(j, "/mechanisms/in_kind/units_per_year", -1); },
         "/mechanisms/in_kind/units_per_year"},
        {"in-kind units fractional", [](json& j) { set(j, "/mechanisms/in_kind/units_per_year", 1.5); },
         "/mechanisms/in_kind/units_per_year"},
        {"in-kind value absurd", [](json& j) {
             set(j, "/mechanisms/in_kind/units_per_year", 1000000);
             set(j, "/mechanisms/in_kind/unit_price_pence", 100000000000LL);
         }, "/mechanisms/in_kind/units_per_year"},
        {"in-kind price above the maximum", [](json& j) { set(j, "/mechanisms/in_kind/unit_price_pence", 10000000000001LL); },
         "/mechanisms/in_kind/unit_price_pence"},
        {"in-kind discount above 1", [](json& j) { set(j, "/mechanisms/in_kind/discount", 2); },
         "/mechanisms/in_kind/discount"},
        {"in-kind years 0", [](json& j) { set(j, "/mechanisms/in_kind/years", 0); }, "/mechanisms/in_kind/years"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        CHECK(pointer_after(c.edit) == c.pointer);
    }
}

TEST_CASE("value: optional fields may be left out and edge values are accepted") {
    CHECK(pointer_after([](json& j) { j.erase("maturity_factors"); j.erase("title"); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/mechanisms", json::object()); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/revenue_forecast_pence", json::array()); }) == "none");
    CHECK(pointer_after([](json& j) { erase(j, "/mechanisms/royalty", "rate"); erase(j, "/mechanisms/royalty", "cap_pence"); }) == "none");
    CHECK(pointer_after([](json& j) { erase(j, "/contributions/2", "org"); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/discount", "green_book_health"); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/discount", {{"rate", "0.2"}}); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/horizon_years", 50); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/contributions/0/weight", 5); set(j, "/data_attribution", 1); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/maturity_factors", {0, 0, 0, 1, 1}); }) == "none");
    CHECK(pointer_after([](json& j) { set(j, "/mechanisms/milestones/0/year", 0); }) == "none");
}

TEST_CASE("value: error messages say what was expected") {
    json j = full_request();
    j["mechanisms"]["subscription"]["years"] = 6;
    try {
        (void)ft::value::compute(j);
        FAIL("accepted");
    } catch (const ft::InputError& e) {
        CHECK(e.message == "must be a whole number from 1 to 5");
    }
    j = full_request();
    j["revenue_forecast_pence"] = {1, 2, 3, 4, 5, 6};
    try {
        (void)ft::value::compute(j);
        FAIL("accepted");
    } catch (const ft::InputError& e) {
        CHECK(e.message == "must have at most one figure per year of the horizon (5)");
    }
}
