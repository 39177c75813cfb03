// Reading a document as a draft (core/base/reading.h): the quote and value parsers' draft mode keeps every
// readable field by the strict rules, skips what a half-filled draft cannot meet yet, and notes each refused
// field with its pointer and what was expected. Strict reading is unchanged (the goldens and test_quote,
// test_value check its errors byte for byte; here the two modes are set side by side).
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "quote/quote.h"
#include "value/value.h"

using ft::InputError;
using ft::InputNote;
using ft::json;

namespace {

json quote_request() {
    return json::parse(R"({
      "schema": "fairterms/quote-request@1",
      "rate_card": "nhsd-dars-2018",
      "partner": {"name": "University of Example", "kind": "university", "contact": "Dr A Example"},
      "use": "non_commercial",
      "purpose": "Study of readmission after hip replacement, for publication.",
      "duration_months": 36,
      "users": 3,
      "datasets": [
        {"name": "Hospital episodes", "data_type": "standard", "years_of_data": 10, "refreshes": 2},
        {"name": "Mortality register", "data_type": "standard", "years_of_data": 10, "refreshes": 2}
      ],
      "staff_days": {"analyst": "1.5"},
      "waiver": {"amount_pence": 50000, "reason": "Second annual review waived."},
      "reference": "RQ-2019-003",
      "date": "2019-01-15"
    })");
}

json value_request() {
    return json::parse(R"({
      "schema": "fairterms/value-request@1",
      "title": "Imaging",
      "contributions": [
        {"party": "nhs", "org": "Trust A", "kind": "source_data", "weight": 2},
        {"party": "partner", "kind": "product_development", "weight": "1.5"}
      ],
      "data_attribution": 0.4,
      "maturity_level": 4,
      "maturity_factors": [0.1, 0.2, 0.3, 0.4, 0.5],
      "horizon_years": 3,
      "revenue_forecast_pence": [1000000, 2000000, 3000000],
      "discount": {"rate": 0.05},
      "mechanisms": {"upfront": {"amount_pence": 500000}, "royalty": {"rate": 0.02, "years": 3},
                     "milestones": [{"name": "Approval", "year": 2, "amount_pence": 100000, "probability": 0.5}],
                     "equity": {"stake": 0.01, "exit_value_pence": 100000000, "exit_year": 3, "probability": 0.2},
                     "in_kind": {"units_per_year": 2, "unit_price_pence": 1000, "discount": 1, "years": 2},
                     "subscription": {"annual_pence": 1000, "years": 2}}
    })");
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.pointer + ": " + e.message;
    }
    return "";
}

std::string quote_error(const json& j) { return error_of([&] { ft::quote::parse_quote_request(j); }); }
std::string value_error(const json& j) { return error_of([&] { ft::value::parse_value_request(ft::Field(j, "")); }); }

ft::value::ValueRequest value_draft(const json& j, std::vector<InputNote>& notes, ft::value::ValueRequest start = {}) {
    return ft::value::parse_value_draft(ft::Field(j, ""), start, notes);
}

std::string value_doc(const ft::value::ValueRequest& r) {
    return ft::value::value_to_json(ft::value::compute_value(r)).dump();
}

}  // namespace

TEST_CASE("draft reading: a complete, valid request reads exactly as the strict parser reads it, with no notes") {
    std::vector<InputNote> notes;
    auto q = ft::quote::parse_quote_draft(quote_request(), ft::quote::QuoteRequest{}, notes);
    CHECK(notes.empty());
    CHECK(ft::quote::quote_request_to_json(q) == ft::quote::quote_request_to_json(ft::quote::parse_quote_request(quote_request())));

    auto v = value_draft(value_request(), notes);
    CHECK(notes.empty());
    CHECK(value_doc(v) == value_doc(ft::value::parse_value_request(ft::Field(value_request(), ""))));
}

TEST_CASE("draft reading: a quote field of the wrong type is dropped with its pointer and the rest is kept") {
    json j = quote_request();
    j["users"] = "lots";
    j["datasets"][1]["years_of_data"] = -4;
    j["datasets"].push_back(7);
    j["partner"]["kind"] = "spaceship";
    ft::quote::QuoteRequest start;
    start.users = 1;
    start.partner.kind = "company";
    std::vector<InputNote> notes;
    auto q = ft::quote::parse_quote_draft(j, start, notes);
    REQUIRE(notes.size() == 4);
    CHECK(notes[0].pointer == "/partner/kind");
    CHECK(notes[0].message.find("must be one of") == 0);
    CHECK(notes[1].pointer == "/users");
    CHECK(notes[1].message == "must be a whole number from 0 to 100000, not text");
    CHECK(notes[2].pointer == "/datasets/1/years_of_data");
    CHECK(notes[3].pointer == "/datasets/2");
    CHECK(notes[3].message == "must be an object, not a number");
    // The refused fields keep where the draft started; every other field is read.
    CHECK(q.users == 1);
    CHECK(q.partner.kind == "company");
    CHECK(q.partner.name == "University of Example");
    CHECK(q.partner.contact == "Dr A Example");
    REQUIRE(q.datasets.size() == 2);   // the row that is not a dataset is left out
    CHECK(q.datasets[1].name == "Mortality register");
    CHECK(q.datasets[1].years_of_data == 0);
    CHECK(q.datasets[1].refreshes == 2);
    CHECK(q.rate_card_id == "nhsd-dars-2018");
    CHECK(q.waiver->amount_pence == 50000);
    // The strict parser refuses the first of them, at the same pointer with the same words.
    CHECK(quote_error(j) == "/partner/kind: " + notes[0].message);
}

TEST_CASE("draft reading: a missing or empty required quote field is fine in a draft and refused strictly") {
    json j = quote_request();
    j.erase("purpose");
    j["partner"]["name"] = "";
    j.erase("duration_months");
    j.erase("schema");
    std::vector<InputNote> notes;
    ft::quote::QuoteRequest start;
    start.duration_months = 12;
    auto q = ft::quote::parse_quote_draft(j, start, notes);
    CHECK(notes.empty());
    CHECK(q.purpose.empty());
    CHECK(q.partner.name.empty());
    CHECK(q.duration_months == 12);
    CHECK(quote_error(j) == "/schema: is required");
    j["schema"] = "fairterms/quote-request@1";
    CHECK(quote_error(j) == "/partner/name: must not be empty");
    j["partner"]["name"] = "U";
    CHECK(quote_error(j) == "/purpose: is required");
    // A draft still holds its fields to their limits: a reference of 41 characters is refused in both modes.
    j["reference"] = std::string(41, 'x');
    ft::quote::parse_quote_draft(j, start, notes);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].pointer == "/reference");
    CHECK(notes[0].message == "must be at most 40 characters");
}

TEST_CASE("draft reading: a quote draft finds the workspace's own card by id; strictly only built-in ids") {
    json j = quote_request();
    j["rate_card"] = "my-card";
    ft::quote::RateCard own = *ft::quote::find_builtin_rate_card("nhsd-dars-2018");
    own.id = "my-card";
    std::vector<InputNote> notes;
    auto q = ft::quote::parse_quote_draft(j, ft::quote::QuoteRequest{}, notes, {own});
    CHECK(notes.empty());
    CHECK(q.rate_card_id.empty());
    CHECK(q.card.id == "my-card");
    CHECK(quote_error(j).rfind("/rate_card: is not a built-in rate card", 0) == 0);
    ft::quote::parse_quote_draft(j, ft::quote::QuoteRequest{}, notes);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].pointer == "/rate_card");
}

TEST_CASE("draft reading: a draft that is not an object gives the start and one note; unknown members are noted") {
    std::vector<InputNote> notes;
    ft::quote::QuoteRequest start;
    start.purpose = "kept";
    auto q = ft::quote::parse_quote_draft(json(42), start, notes);
    CHECK(q.purpose == "kept");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].pointer == "/");
    CHECK(notes[0].message == "must be an object, not a number");

    notes.clear();
    json j = quote_request();
    j["colour"] = "blue";
    j["partner"]["nick"] = "U";
    q = ft::quote::parse_quote_draft(j, start, notes);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].pointer == "/colour");
    CHECK(notes[0].message == ft::kUnknownFieldMessage);
    CHECK(notes[1].pointer == "/partner/nick");
    CHECK(q.purpose == quote_request()["purpose"]);
    CHECK(quote_error(j) == std::string("/colour: ") + ft::kUnknownFieldMessage);
}

TEST_CASE("draft reading: a value field of the wrong type is dropped with its pointer and the rest is kept") {
    json j = value_request();
    j["horizon_years"] = "five";
    j["contributions"][0]["kind"] = "bogus";
    j["contributions"][1]["weight"] = 9;
    j["revenue_forecast_pence"][1] = -5;
    j["mechanisms"]["upfront"]["amount_pence"] = -4;
    ft::value::ValueRequest start;
    start.horizon_years = 5;
    start.mechanisms.upfront = ft::value::Upfront{123};
    start.mechanisms.royalty = ft::value::Royalty{std::nullopt, std::nullopt, 4};
    std::vector<InputNote> notes;
    auto v = value_draft(j, notes, start);
    std::vector<std::string> pointers;
    for (const auto& n : notes) pointers.push_back(n.pointer);
    CHECK(pointers == std::vector<std::string>{"/contributions/0/kind", "/contributions/1/weight", "/horizon_years",
                                               "/revenue_forecast_pence/1", "/mechanisms/upfront/amount_pence"});
    CHECK(notes[2].message == "must be a whole number from 1 to 50, not text");
    CHECK(v.horizon_years == 5);
    REQUIRE(v.contributions.size() == 2);   // a row keeps its readable fields
    CHECK(v.contributions[0].org == "Trust A");
    CHECK(v.contributions[0].kind.empty());
    CHECK(v.contributions[1].kind == "product_development");
    // A refused year counts as zero so the years after it keep their place.
    CHECK(v.revenue_forecast_pence == std::vector<ft::Pence>{1000000, 0, 3000000});
    REQUIRE(v.mechanisms.upfront);
    CHECK(v.mechanisms.upfront->amount_pence == 123);   // the start's figure
    REQUIRE(v.mechanisms.royalty);
    CHECK(v.mechanisms.royalty->years == 3);
    CHECK(v.mechanisms.royalty->rate == ft::Decimal::from_units(20000));
    CHECK(v.discount.kind == ft::DiscountSchedule::Kind::custom);
    CHECK(value_error(j) == "/contributions/0/kind: " + notes[0].message);
}

TEST_CASE("draft reading: value completeness and cross-field rules are skipped in a draft, kept strictly") {
    json j = value_request();
    j["contributions"] = json::array();
    j["mechanisms"]["royalty"]["years"] = 40;              // beyond this horizon (3), within the longest (50)
    j["maturity_factors"] = {0.5, 0.4, 0.3, 0.2, 0.1};      // falling
    std::vector<InputNote> notes;
    auto v = value_draft(j, notes);
    CHECK(notes.empty());
    CHECK(v.contributions.empty());
    CHECK(v.mechanisms.royalty->years == 40);
    CHECK(v.maturity_factors[0] == ft::Decimal::from_units(500000));
    CHECK(value_error(j) == "/contributions: must list at least one contribution");
    j["contributions"] = value_request()["contributions"];
    j["contributions"][0]["org"] = "";
    CHECK(value_error(j) == "/contributions/0/org: must not be empty");
    j["contributions"][0]["org"] = "Trust A";
    CHECK(value_error(j) == "/maturity_factors/1: must be at least the factor of the level below (0.5)");
    j.erase("maturity_factors");
    CHECK(value_error(j) == "/mechanisms/royalty/years: must be a whole number from 1 to 3");

    // A missing member is fine in a draft (it keeps the start), "is required" strictly.
    json k = value_request();
    k.erase("discount");
    k.erase("mechanisms");
    ft::value::ValueRequest start;
    start.mechanisms.equity = ft::value::Equity{};
    v = value_draft(k, notes, start);
    CHECK(notes.empty());
    CHECK_FALSE(v.mechanisms.equity);   // a mechanism the draft does not have is not there
    CHECK(value_error(k) == "/discount: is required");
}
