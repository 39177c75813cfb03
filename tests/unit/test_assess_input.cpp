// Bad instruments, bad asset rating schemes and bad assessments: each names the exact field.
#include <doctest/doctest.h>

#include "api.h"
#include "assess/assess.h"
#include "test_assess_fixture.h"

using namespace ft::assess;
using assess_fixture::document;
using assess_fixture::error_of;
using assess_fixture::parse;
using assess_fixture::pointer_of;
using ft::json;

namespace {

std::string instrument_error(const std::function<void(json&)>& edit) {
    json in = assess_fixture::instrument();
    edit(in);
    return error_of([&] { parse_instrument(ft::Field(in, "")); });
}

std::string rating_error(const std::function<void(json&)>& edit) {
    json s = assess_fixture::asset_rating();
    edit(s);
    return error_of([&] { parse_asset_rating(ft::Field(s, "")); });
}

std::string assessment_error(const std::function<void(json&)>& edit) {
    json doc = document({{"gov.a", 3}});
    doc["assets"] = json::array({{{"id", "A"}, {"name", "Asset A"}}, {{"id", "B"}, {"name", "Asset B"}}});
    doc["profiles"] = json::array({{{"id", "p"}, {"name", "P"}, {"minimums", json::object()}}});
    edit(doc);
    return error_of([&] { parse(doc); });
}

}  // namespace

TEST_CASE("assess input: the test instrument and scheme are valid and round-trip") {
    json in = assess_fixture::instrument();
    Instrument parsed = parse_instrument(ft::Field(in, ""));
    CHECK(parsed.indicator_count() == 7);
    CHECK(parsed.level_name(3) == "Established");
    CHECK(parsed.domain_of("data.b")->id == "data");
    CHECK(json::parse(instrument_to_json(parsed).dump()) == in);
    json s = assess_fixture::asset_rating();
    CHECK(json::parse(asset_rating_to_json(parse_asset_rating(ft::Field(s, ""))).dump()) == s);
}

TEST_CASE("assess input: bad instruments name the exact field") {
    CHECK(instrument_error([](json& j) { j["schema"] = "fairterms/instrument@2"; }) == "/schema | must be \"fairterms/instrument@1\"");
    CHECK(instrument_error([](json& j) { j.erase("version"); }) == "/version | is required");
    CHECK(instrument_error([](json& j) { j["colour"] = 1; }) == "/colour | is not a field fairterms knows here (check the spelling)");
    CHECK(instrument_error([](json& j) { j["levels"].erase(4); }) == "/levels | must list exactly 5 levels, not 4");
    CHECK(instrument_error([](json& j) { j["levels"][2]["level"] = 4; }) == "/levels/2/level | must be 3 (levels are listed in order, 1 to 5)");
    CHECK(instrument_error([](json& j) { j["levels"][0]["name"] = " "; }) == "/levels/0/name | must not be empty");
    CHECK(instrument_error([](json& j) { j["barriers"].push_back(j["barriers"][0]); }) ==
          "/barriers/1/id | repeats the barrier id \"skills\" (ids must be unique)");
    CHECK(instrument_error([](json& j) { j["domains"] = json::array(); }) == "/domains | must list at least one domain");
    CHECK(instrument_error([](json& j) { j["domains"][1]["id"] = "gov"; }) == "/domains/1/id | repeats the domain id \"gov\" (ids must be unique)");
    CHECK(instrument_error([](json& j) { j["domains"][1]["indicators"][2]["id"] = "gov.b"; }) ==
          "/domains/1/indicators/2/id | repeats the indicator id \"gov.b\" (ids must be unique)");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][1]["id"] = "gov b"; }) ==
          "/domains/0/indicators/1/id | must be an id made of letters, digits, '.', '_' or '-'");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][1]["core"] = "yes"; }) ==
          "/domains/0/indicators/1/core | must be true or false, not text");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][1].erase("critical"); }) == "/domains/0/indicators/1/critical | is required");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][3]["barriers"] = {"skills", "money"}; }) ==
          "/domains/0/indicators/3/barriers/1 | is not a barrier declared in this instrument's \"barriers\"");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][3]["barriers"] = {"skills", "skills"}; }) ==
          "/domains/0/indicators/3/barriers/1 | lists the barrier \"skills\" twice");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][0]["levels"].erase(0); }) ==
          "/domains/0/indicators/0/levels | must list exactly 5 levels, not 4");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][0]["levels"][4]["level"] = 6; }) ==
          "/domains/0/indicators/0/levels/4/level | must be a whole number from 1 to 5");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][0]["levels"][1].erase("next_action"); }) ==
          "/domains/0/indicators/0/levels/1/next_action | is required");
    CHECK(instrument_error([](json& j) { j["domains"][0]["indicators"][0]["levels"][1]["evidence"] = ""; }) ==
          "/domains/0/indicators/0/levels/1/evidence | must not be empty");
    CHECK(instrument_error([](json& j) {
              for (auto& i : j["domains"][1]["indicators"]) i["core"] = false;
          }) == "/domains/1/indicators | must include at least one core indicator (a domain's level comes from its core indicators)");
    CHECK(instrument_error([](json& j) { j["domains"][1]["indicators"] = json::array(); }) == "/domains/1/indicators | must list at least one indicator");
}

TEST_CASE("assess input: bad asset rating schemes name the exact field") {
    CHECK(rating_error([](json& j) { j["schema"] = "x"; }) == "/schema | must be \"fairterms/asset-rating@1\"");
    CHECK(rating_error([](json& j) { j["levels"].erase(0); }) ==
          "/levels | must list exactly 5 levels (unrated, bronze, silver, gold, platinum), not 4");
    CHECK(rating_error([](json& j) { std::swap(j["levels"][1], j["levels"][2]); }) ==
          "/levels/1/id | must be \"bronze\" (levels are unrated, bronze, silver, gold, platinum in order)");
    CHECK(rating_error([](json& j) { j["levels"][3]["value"] = 4; }) == "/levels/3/value | must be 3 for gold");
    CHECK(rating_error([](json& j) { j["categories"][1]["subdimensions"][2]["id"] = "doc.a"; }) ==
          "/categories/1/subdimensions/2/id | repeats the sub-dimension id \"doc.a\" (ids must be unique)");
    CHECK(rating_error([](json& j) { j["categories"][1]["id"] = "documentation"; }) ==
          "/categories/1/id | repeats the category id \"documentation\" (ids must be unique)");
    CHECK(rating_error([](json& j) { j["categories"][0]["subdimensions"][0]["levels"].erase("gold"); }) ==
          "/categories/0/subdimensions/0/levels/gold | is required");
    CHECK(rating_error([](json& j) { j["categories"][0]["subdimensions"][0]["levels"]["diamond"] = "x"; }) ==
          "/categories/0/subdimensions/0/levels/diamond | is not a field fairterms knows here (check the spelling)");
    CHECK(rating_error([](json& j) { j["categories"][0]["subdimensions"] = json::array(); }) ==
          "/categories/0/subdimensions | must list at least one sub-dimension (a category's badge is their mean)");
}

TEST_CASE("assess input: bad answers name the exact field") {
    CHECK(assessment_error([](json&) {}) == "no error");
    CHECK(assessment_error([](json& j) { j["schema"] = "fairterms/assessment@2"; }) == "/schema | must be \"fairterms/assessment@1\"");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.z"] = {{"level", 3}}; }) == "/answers/gov.z | is not an indicator of instrument test-instrument");
    CHECK(assessment_error([](json& j) { j["answers"]["a/b"] = {{"level", 3}}; }) == "/answers/a~1b | is not an indicator of instrument test-instrument");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["level"] = 6; }) == "/answers/gov.a/level | must be a whole number from 1 to 5");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["level"] = 2.5; }) == "/answers/gov.a/level | must be a whole number from 1 to 5");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["level"] = "unknown"; }) ==
          "/answers/gov.a/level | must be one of \"not_known\" or \"not_applicable\"");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["level"] = true; }) ==
          "/answers/gov.a/level | must be a level from 1 to 5, \"not_known\" or \"not_applicable\"");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"].erase("level"); }) == "/answers/gov.a/level | is required");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["certainty"] = "sure"; }) ==
          "/answers/gov.a/certainty | must be one of \"low\", \"medium\" or \"high\"");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["target"] = 0; }) == "/answers/gov.a/target | must be a whole number from 1 to 5");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["evidence"] = 3; }) == "/answers/gov.a/evidence | must be text, not a number");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["action"] = {{"priority", "urgent"}}; }) ==
          "/answers/gov.a/action/priority | must be one of \"high\", \"medium\" or \"low\"");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["action"] = {{"due", "31/12/2026"}}; }) ==
          "/answers/gov.a/action/due | must be a date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["action"] = {{"who", "x"}}; }) ==
          "/answers/gov.a/action/who | is not a field fairterms knows here (check the spelling)");
    CHECK(assessment_error([](json& j) { j["answers"]["gov.a"]["levle"] = 3; }) ==
          "/answers/gov.a/levle | is not a field fairterms knows here (check the spelling)");
    CHECK(assessment_error([](json& j) { j["target_level"] = 7; }) == "/target_level | must be a whole number from 1 to 5");
    CHECK(assessment_error([](json& j) { j["assessed_on"] = "2026-02-30"; }) == "/assessed_on | must be a date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31");
    CHECK(assessment_error([](json& j) { j["answers"] = json::array(); }) == "/answers | must be an object, not a list");
    CHECK(assessment_error([](json& j) { j["instrument"]["domains"][0]["indicators"][0]["levels"][0]["level"] = 2; }) ==
          "/instrument/domains/0/indicators/0/levels/0/level | must be 1 (levels are listed in order, 1 to 5)");
}

TEST_CASE("assess input: bad assets and profiles name the exact field") {
    CHECK(assessment_error([](json& j) { j["assets"][1]["id"] = "A"; }) == "/assets/1/id | repeats the asset id \"A\" (ids must be unique)");
    CHECK(assessment_error([](json& j) { j["assets"][0].erase("name"); }) == "/assets/0/name | is required");
    CHECK(assessment_error([](json& j) { j["assets"][0]["records"] = -1; }) == "/assets/0/records | must be a whole number of at least 0");
    CHECK(assessment_error([](json& j) { j["assets"][0]["date_from"] = "2020-01-01"; j["assets"][0]["date_to"] = "2019-12-31"; }) ==
          "/assets/0/date_to | must not be before the start of the range (2020-01-01)");
    CHECK(assessment_error([](json& j) { j["assets"][0]["deidentification"] = "masked"; }) ==
          "/assets/0/deidentification | must be one of \"identifiable\", \"pseudonymised\", \"anonymised\" or \"aggregated\"");
    CHECK(assessment_error([](json& j) { j["assets"][0]["access_routes"] = {"sde", "email"}; }) ==
          "/assets/0/access_routes/1 | must be one of \"sde\", \"federated\", \"aggregate_outputs\" or \"extract\"");
    CHECK(assessment_error([](json& j) { j["assets"][0]["access_routes"] = {"sde", "sde"}; }) == "/assets/0/access_routes/1 | lists \"sde\" twice");
    CHECK(assessment_error([](json& j) { j["assets"][0]["data_types"] = {"imaging", ""}; }) == "/assets/0/data_types/1 | must not be empty");
    CHECK(assessment_error([](json& j) { j["assets"][1]["ratings"] = {{"doc.z", "gold"}}; }) ==
          "/assets/1/ratings/doc.z | is not a sub-dimension of asset rating test-rating");
    CHECK(assessment_error([](json& j) { j["assets"][1]["ratings"] = {{"doc.a", "diamond"}}; }) ==
          "/assets/1/ratings/doc.a | must be one of \"unrated\", \"bronze\", \"silver\", \"gold\" or \"platinum\"");
    CHECK(assessment_error([](json& j) { j["profiles"].push_back(j["profiles"][0]); }) == "/profiles/1/id | repeats the profile id \"p\" (ids must be unique)");
    CHECK(assessment_error([](json& j) { j["profiles"][0]["minimums"] = {{"cov.q", "gold"}}; }) ==
          "/profiles/0/minimums/cov.q | is not a sub-dimension of asset rating test-rating");
    CHECK(assessment_error([](json& j) { j["profiles"][0]["minimums"] = {{"cov.a", "unrated"}}; }) ==
          "/profiles/0/minimums/cov.a | must be one of \"bronze\", \"silver\", \"gold\" or \"platinum\"");
    CHECK(assessment_error([](json& j) { j["profiles"][0].erase("minimums"); }) == "/profiles/0/minimums | is required");
}

TEST_CASE("assess input: previous assessments are checked and may not nest") {
    CHECK(assessment_error([](json& j) { j["previous"] = document({{"gov.q", 1}}); }) ==
          "/previous/answers/gov.q | is not an indicator of instrument test-instrument");
    CHECK(assessment_error([](json& j) {
              json prev = document();
              prev["previous"] = document();
              j["previous"] = prev;
          }) == "/previous/previous | an earlier assessment cannot carry its own previous one (compare two at a time)");
}

TEST_CASE("assess input: assessment_to_json reads back to the same document") {
    json doc = document();
    doc["assessed_on"] = "2026-03-31";
    doc["target_level"] = 4;
    doc["answers"] = {{"gov.a", {{"level", 2}, {"certainty", "high"}, {"evidence", "DSPT 2025 \"Standards Met\""}, {"note", "n"}, {"target", 3},
                                 {"action", {{"text", "t"}, {"owner", "o"}, {"priority", "low"}, {"due", "2026-12-31"}}}}},
                      {"data.c", {{"level", "not_applicable"}}}};
    doc["assets"] = json::array({{{"id", "A"}, {"name", "N"}, {"description", "d"}, {"data_types", {"x"}}, {"records", 12000},
                                  {"date_from", "2010-01-01"}, {"date_to", "2020-01-01"}, {"source_systems", {"EPR"}}, {"steward", "s"},
                                  {"ig_notes", "i"}, {"deidentification", "pseudonymised"}, {"access_routes", {"sde", "federated"}},
                                  {"ratings", {{"cov.a", "gold"}, {"doc.a", "silver"}}}}});
    doc["profiles"] = json::array({{{"id", "p"}, {"name", "P"}, {"minimums", {{"doc.b", "gold"}}}}});
    doc["previous"] = document({{"gov.a", 1}});
    ft::ojson once = assessment_to_json(parse(doc));
    ft::ojson twice = assessment_to_json(parse(json::parse(once.dump())));
    CHECK(once.dump() == twice.dump());
    // Nothing was lost on the way: the canonical form parses back to the input document.
    json want = doc;
    want["previous"]["target_level"] = 3;
    want["previous"]["assets"] = json::array();
    want["previous"]["profiles"] = json::array();
    CHECK(json::diff(want, json::parse(once.dump())).dump() == "[]");
}

TEST_CASE("assess input: validate knows the three schemas") {
    auto valid = [](const json& j) { return json::parse(ft::api::run_json("validate", j.dump())); };
    CHECK(valid(assess_fixture::instrument())["valid"] == true);
    CHECK(valid(assess_fixture::asset_rating())["valid"] == true);
    CHECK(valid(document({{"gov.a", 3}}))["valid"] == true);
    json bad = document({{"gov.a", 9}});
    CHECK(valid(bad)["error"]["pointer"] == "/answers/gov.a/level");
    json bad_instrument = assess_fixture::instrument();
    bad_instrument["domains"][0]["indicators"][0]["levels"][0]["descriptor"] = 1;
    CHECK(valid(bad_instrument)["error"]["pointer"] == "/domains/0/indicators/0/levels/0/descriptor");
}

TEST_CASE("an asset's data range may be given to the month") {
    CHECK(assessment_error([](json& j) { j["assets"][0]["date_from"] = "2019-04"; j["assets"][0]["date_to"] = "2024-03-31"; }) == "no error");
    CHECK(assessment_error([](json& j) { j["assets"][0]["date_from"] = "2019-13"; }).find("/assets/0/date_from") == 0);
}
