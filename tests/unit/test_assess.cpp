// Hand-checked cases for assessment scoring: medians, domains, posture, assets, profiles, action plan,
// comparison. The instrument is the small one in test_assess_fixture.h.
#include <doctest/doctest.h>

#include "api.h"
#include "assess/assess.h"
#include "test_assess_fixture.h"

using namespace ft::assess;
using assess_fixture::document;
using assess_fixture::parse;
using ft::json;

namespace {

const DomainResult& domain(const AssessResult& r, const std::string& id) {
    for (const auto& d : r.domains)
        if (d.id == id) return d;
    throw std::runtime_error("no domain " + id);
}

}  // namespace

TEST_CASE("assess: floor of the median") {
    CHECK(floor_median({3}) == 3);
    CHECK(floor_median({2, 3}) == 2);           // (2 + 3) / 2 = 2.5 -> 2
    CHECK(floor_median({2, 4}) == 3);           // (2 + 4) / 2 = 3
    CHECK(floor_median({5, 1, 3}) == 3);        // sorted 1, 3, 5 -> 3
    CHECK(floor_median({4, 1, 3, 2}) == 2);     // sorted 1, 2, 3, 4 -> 2.5 -> 2
    CHECK(floor_median({5, 4, 5, 4}) == 4);     // 4, 4, 5, 5 -> 4.5 -> 4
    CHECK(floor_median({1, 1, 5, 5, 5}) == 5);  // odd count: the middle value itself
}

TEST_CASE("assess: a domain's level uses its core answers only") {
    // gov core answers 2, 3, 4; gov.d (enhancement) at 5 is left out -> median 3.
    Assessment a = parse(document({{"gov.a", 2}, {"gov.b", 3}, {"gov.c", 4}, {"gov.d", 5}}));
    AssessResult r = assess(a);
    const DomainResult& gov = domain(r, "gov");
    CHECK(gov.level == 3);
    CHECK(gov.answered == 4);
    CHECK(gov.total == 4);
    CHECK(gov.core_answered == 3);
    CHECK(gov.core_total == 3);
    CHECK(gov.explanation == "core answers 2, 3, 4: median 3, so level 3");
    CHECK_FALSE(domain(r, "data").level.has_value());
    CHECK(domain(r, "data").explanation == "no core answers to score, so not assessed");
}

TEST_CASE("assess: not_known counts as 1, not_applicable is left out, even counts take the lower half") {
    // gov: not_known (1), 4, not_applicable -> values 1, 4 -> median 2.5 -> level 2.
    AssessResult r = assess(parse(document({{"gov.a", "not_known"}, {"gov.b", 4}, {"gov.c", "not_applicable"}})));
    const DomainResult& gov = domain(r, "gov");
    CHECK(gov.level == 2);
    CHECK(gov.core_values == std::vector<int>{1, 4});
    CHECK(gov.answered == 3);
    CHECK(gov.core_answered == 3);
    CHECK(gov.explanation == "core answers 1, 4 (1 \"not known\" answer counted as 1; 1 \"not applicable\" answer left out): median 2.5, so level 2");

    // Only not_applicable core answers, or only enhancement answers: not assessed, though answered.
    r = assess(parse(document({{"gov.a", "not_applicable"}, {"gov.b", "not_applicable"}, {"gov.c", "not_applicable"}, {"gov.d", 5}})));
    CHECK_FALSE(domain(r, "gov").level.has_value());
    CHECK(domain(r, "gov").answered == 4);
    CHECK(domain(r, "gov").explanation == "no core answers to score (3 \"not applicable\" answers left out), so not assessed");

    // A single not_known core answer assesses the domain at level 1.
    r = assess(parse(document({{"data.a", "not_known"}})));
    CHECK(domain(r, "data").level == 1);
}

TEST_CASE("assess: progress counts every answer of every indicator") {
    AssessResult r = assess(parse(document({{"gov.a", "not_known"}, {"gov.d", "not_applicable"}, {"data.c", 2}})));
    CHECK(r.answered == 3);
    CHECK(r.total == 7);
    r = assess(parse(document()));
    CHECK(r.answered == 0);
    CHECK(r.total == 7);
}

TEST_CASE("assess: posture boundaries") {
    SUBCASE("everything at exactly 3 is proactive") {
        AssessResult r = assess(parse(document({{"gov.a", 3}, {"gov.b", 3}, {"gov.c", 3}, {"data.a", 3}, {"data.b", 3}})));
        CHECK(r.posture == Posture::proactive);
        CHECK(r.posture_reasons.empty());
        CHECK(r.critical_gaps.empty());
        CHECK(r.posture_explanation == "2 domains and 2 critical indicators checked: all at level 3 or more, so proactive");
    }
    SUBCASE("everything at exactly 2 is reactive, and each item at 2 is a reason needing 3") {
        AssessResult r = assess(parse(document({{"gov.a", 2}, {"gov.b", 2}, {"gov.c", 2}, {"data.a", 2}, {"data.b", 2}})));
        CHECK(r.posture == Posture::reactive);
        REQUIRE(r.posture_reasons.size() == 4);  // 2 domains + 2 critical indicators
        CHECK(r.posture_reasons[0].kind == "domain");
        CHECK(r.posture_reasons[0].needed == 3);
        CHECK(r.posture_reasons[2].id == "gov.a");
        CHECK(r.posture_reasons[2].text == "critical indicator \"Title of gov.a\" is at level 2; level 3 is needed for a proactive posture");
    }
    SUBCASE("a critical indicator at 2 blocks proactive even when its domain is high") {
        // gov: 2, 5, 5 -> median 5; data: 3, 3 -> 3; but gov.a (critical) is at 2.
        AssessResult r = assess(parse(document({{"gov.a", 2}, {"gov.b", 5}, {"gov.c", 5}, {"data.a", 3}, {"data.b", 3}})));
        CHECK(domain(r, "gov").level == 5);
        CHECK(r.posture == Posture::reactive);
        REQUIRE(r.posture_reasons.size() == 1);
        CHECK(r.posture_reasons[0].id == "gov.a");
        CHECK(r.posture_reasons[0].level == 2);
        CHECK(r.posture_reasons[0].needed == 3);
        REQUIRE(r.critical_gaps.size() == 1);
        CHECK(r.critical_gaps[0].id == "gov.a");
        CHECK(r.critical_gaps[0].domain == "gov");
    }
    SUBCASE("a domain not assessed counts as below 2; a critical answered not_applicable is a gap, not an excuse") {
        AssessResult r = assess(parse(document({{"gov.a", 4}, {"gov.b", 4}, {"gov.c", 4}, {"data.a", "not_applicable"}, {"data.b", "not_applicable"}})));
        CHECK(r.posture == Posture::not_yet);
        REQUIRE(r.posture_reasons.size() == 2);
        CHECK(r.posture_reasons[0].kind == "domain");
        CHECK(r.posture_reasons[0].state == "not_assessed");
        CHECK_FALSE(r.posture_reasons[0].level.has_value());
        CHECK(r.posture_reasons[0].needed == 2);
        CHECK(r.posture_reasons[0].text == "domain \"Data\" is not assessed, which counts as below level 2; level 2 is needed for a reactive posture");
        CHECK(r.posture_reasons[1].kind == "indicator");
        CHECK(r.posture_reasons[1].id == "data.b");
        CHECK(r.posture_reasons[1].state == "not_applicable");
        CHECK(r.posture_reasons[1].needed == 2);
        CHECK(r.posture_reasons[1].text.find("critical indicators must be assessed") != std::string::npos);
        REQUIRE(r.critical_gaps.size() == 1);
        CHECK(r.critical_gaps[0].id == "data.b");
        CHECK(r.critical_gaps[0].state == "not_applicable");
        CHECK_FALSE(r.critical_gaps[0].level.has_value());
        CHECK(r.posture_explanation == "2 domains and 2 critical indicators checked: 2 below level 2, so not yet ready (1 critical "
                                       "indicator answered \"not applicable\" counted as below level 2: critical indicators "
                                       "must be assessed)");
    }
    SUBCASE("a critical answered not_known or not answered counts as below 2") {
        AssessResult r = assess(parse(document({{"gov.b", 4}, {"gov.c", 4}, {"data.a", 4}, {"data.b", "not_known"}})));
        CHECK(r.posture == Posture::not_yet);
        // data: 1 (not_known), 4 -> 2.5 -> 2; gov: 4, 4 -> 4.
        CHECK(domain(r, "data").level == 2);
        REQUIRE(r.posture_reasons.size() == 3);
        CHECK(r.posture_reasons[0].id == "data");
        CHECK(r.posture_reasons[0].needed == 3);
        CHECK(r.posture_reasons[1].id == "gov.a");
        CHECK(r.posture_reasons[1].state == "not_answered");
        CHECK(r.posture_reasons[1].needed == 2);
        CHECK(r.posture_reasons[2].id == "data.b");
        CHECK(r.posture_reasons[2].state == "not_known");
        REQUIRE(r.critical_gaps.size() == 2);
        CHECK(r.critical_gaps[0].state == "not_answered");
        CHECK(r.critical_gaps[1].state == "not_known");
        CHECK(r.critical_gaps[1].needed == 3);
    }
    SUBCASE("a domain at level 1 means not yet") {
        AssessResult r = assess(parse(document({{"gov.a", 3}, {"gov.b", 1}, {"gov.c", 1}, {"data.a", 3}, {"data.b", 3}})));
        CHECK(domain(r, "gov").level == 1);
        CHECK(r.posture == Posture::not_yet);
    }
}

namespace {

json asset(const std::string& id, const json& ratings) {
    return {{"id", id}, {"name", "Asset " + id}, {"ratings", ratings}};
}

}  // namespace

TEST_CASE("assess: asset badges are the floor of the mean, unrated and missing count 0") {
    json doc = document();
    doc["assets"] = json::array({
        // documentation: gold 3 + bronze 1 = 4 / 2 = 2 -> silver
        // coverage: platinum 4 + unrated 0 + (missing) 0 = 4 / 3 = 1.33 -> bronze
        asset("A", {{"doc.a", "gold"}, {"doc.b", "bronze"}, {"cov.a", "platinum"}, {"cov.b", "unrated"}}),
        // documentation: silver 2 + bronze 1 = 3 / 2 = 1.5 -> bronze; coverage: 4 + 4 + 3 = 11 / 3 = 3.67 -> gold
        asset("B", {{"doc.a", "silver"}, {"doc.b", "bronze"}, {"cov.a", "platinum"}, {"cov.b", "platinum"}, {"cov.c", "gold"}}),
        asset("C", json::object()),
    });
    Assessment a = parse(doc);
    AssessResult r = assess(a);
    REQUIRE(r.assets.size() == 3);
    CHECK(r.assets[0].categories[0].value == 2);
    CHECK(r.assets[0].categories[1].value == 1);
    CHECK(r.assets[0].readiness == 1);
    CHECK(r.assets[0].categories[0].explanation == "gold 3 + bronze 1 = 4; mean 4 / 2 = 2, so silver");
    CHECK(r.assets[0].categories[1].explanation == "platinum 4 + unrated 0 + unrated 0 = 4; mean 4 / 3 = 1.33..., rounded down to 1, so bronze");
    CHECK(r.assets[0].explanation == "lowest category badge: bronze (Coverage)");
    CHECK(r.assets[1].categories[0].value == 1);
    CHECK(r.assets[1].categories[0].explanation == "silver 2 + bronze 1 = 3; mean 3 / 2 = 1.5, rounded down to 1, so bronze");
    CHECK(r.assets[1].categories[1].value == 3);
    CHECK(r.assets[1].readiness == 1);
    CHECK(r.assets[2].readiness == 0);
    // Nothing rated is said in words, not as workings of zeros ("unrated 0 + unrated 0 = 0; ...").
    CHECK(r.assets[2].categories[0].explanation == "none of its sub-dimensions rated yet, so unrated");
    CHECK(r.assets[2].explanation == "nothing rated yet, so unrated");

    ft::ojson out = result_to_json(a, r);
    CHECK(out["assets"][0]["categories"].dump() == R"({"documentation":"silver","coverage":"bronze"})");
    CHECK(out["assets"][0]["readiness"] == "bronze");
    CHECK(out["assets"][2]["readiness"] == "unrated");
}

TEST_CASE("assess: partner requirement profiles list the exact gaps") {
    json doc = document();
    doc["assets"] = json::array({
        asset("A", {{"doc.a", "gold"}, {"cov.a", "platinum"}}),
        asset("B", {{"doc.a", "bronze"}, {"cov.b", "gold"}}),
        asset("C", {{"doc.a", "silver"}, {"cov.a", "gold"}}),  // exactly the minimums: meets
    });
    doc["profiles"] = json::array({{{"id", "p1"}, {"name", "Imaging AI"}, {"minimums", {{"cov.a", "gold"}, {"doc.a", "silver"}}}},
                                   {{"id", "p2"}, {"name", "Nothing asked"}, {"minimums", json::object()}}});
    Assessment a = parse(doc);
    AssessResult r = assess(a);
    REQUIRE(r.profiles.size() == 2);
    CHECK(r.profiles[0].meets == std::vector<std::string>{"A", "C"});
    REQUIRE(r.profiles[0].gaps.size() == 1);
    CHECK(r.profiles[0].gaps[0].first == "B");
    const auto& gaps = r.profiles[0].gaps[0].second;
    REQUIRE(gaps.size() == 2);  // in scheme order: doc.a before cov.a
    CHECK((gaps[0].subdimension == "doc.a" && gaps[0].required == "silver" && gaps[0].actual == "bronze"));
    CHECK((gaps[1].subdimension == "cov.a" && gaps[1].required == "gold" && gaps[1].actual == "unrated"));
    CHECK(r.profiles[1].meets == std::vector<std::string>{"A", "B", "C"});

    ft::ojson out = result_to_json(a, r);
    CHECK(out["profiles"][0]["does_not_meet"].dump() ==
          R"([{"asset":"B","gaps":[{"subdimension":"doc.a","required":"silver","actual":"bronze"},{"subdimension":"cov.a","required":"gold","actual":"unrated"}]}])");
}

TEST_CASE("assess: the action plan holds what is below target, sorted by priority, due date, then order") {
    json doc = document();
    doc["answers"] = {
        // gov.a (critical) not answered -> high by default, suggested action from level 1
        {"gov.b", {{"level", 2}, {"action", {{"due", "2026-06-01"}, {"owner", "IG lead"}}}}},     // core -> medium
        {"gov.c", {{"level", "not_known"}}},                                                   // core -> medium
        {"gov.d", {{"level", 1}, {"action", {{"priority", "high"}, {"due", "2026-03-01"}, {"text", "Train"}}}}},  // set high
        {"data.a", {{"level", 4}, {"target", 5}}},                                             // own target 5 -> medium
        {"data.b", {{"level", 2}, {"target", 2}}},                                             // at its own target: no item
        {"data.c", {{"level", "not_applicable"}}},                                             // never an item
    };
    Assessment a = parse(doc);
    std::vector<ActionItem> plan = action_plan(a);
    std::vector<std::string> ids;
    for (const auto& it : plan) ids.push_back(it.indicator);
    CHECK(ids == std::vector<std::string>{"gov.d", "gov.a", "gov.b", "gov.c", "data.a"});
    CHECK(plan[0].priority == "high");
    CHECK_FALSE(plan[0].priority_is_default);
    CHECK(plan[0].action == "Train");
    CHECK(plan[0].suggested_action == "gov.d next from 1");
    CHECK(plan[1].status == "not_answered");
    CHECK(plan[1].priority == "high");
    CHECK(plan[1].priority_is_default);
    CHECK(plan[1].suggested_action == "gov.a next from 1");
    CHECK(plan[2].status == "below_target");
    CHECK(plan[2].level == 2);
    CHECK(plan[2].owner == "IG lead");
    CHECK(plan[2].suggested_action == "gov.b next from 2");
    CHECK(plan[3].status == "not_known");
    CHECK(plan[3].suggested_action == "gov.c next from 1");
    CHECK(plan[4].target == 5);
    CHECK(plan[4].suggested_action == "data.a next from 4");

    // An assessment-wide target of 1 leaves only not_known and unanswered criticals.
    doc["target_level"] = 1;
    doc["answers"].erase("data.a");
    plan = action_plan(parse(doc));
    ids.clear();
    for (const auto& it : plan) ids.push_back(it.indicator);
    CHECK(ids == std::vector<std::string>{"gov.a", "gov.c"});
}

TEST_CASE("assess: comparison with an earlier assessment") {
    json before = document({{"gov.a", 2}, {"gov.b", 3}, {"gov.c", "not_known"}, {"data.a", "not_applicable"}});
    before["assessed_on"] = "2025-04-01";
    json now = document({{"gov.a", 3}, {"gov.b", 3}, {"gov.c", 4}, {"gov.d", 2}, {"data.a", 1}});
    now["previous"] = before;
    Assessment a = parse(now);
    AssessResult r = assess(a);
    REQUIRE(r.comparison.has_value());
    const Comparison& c = *r.comparison;
    CHECK(c.previous_assessed_on == "2025-04-01");
    // gov before: 1, 2, 3 -> 2; after: 3, 3, 4 -> 3. data before: not assessed; after: 1.
    REQUIRE(c.domains.size() == 2);
    CHECK((c.domains[0].before == 2 && c.domains[0].after == 3 && c.domains[0].change == 1));
    CHECK((!c.domains[1].before && c.domains[1].after == 1 && !c.domains[1].change));
    REQUIRE(c.indicators.size() == 7);
    CHECK((c.indicators[0].id == "gov.a" && c.indicators[0].change == 1 && c.indicators[0].status == "improved"));
    CHECK((c.indicators[1].change == 0 && c.indicators[1].status == "unchanged"));
    CHECK((c.indicators[2].before == "not_known" && c.indicators[2].after == 4 && !c.indicators[2].change && c.indicators[2].status == "changed"));
    CHECK((c.indicators[3].before.is_null() && c.indicators[3].status == "newly_answered"));
    CHECK(c.indicators[4].status == "changed");
    CHECK(c.indicators[5].status == "unchanged");

    ft::ojson out = result_to_json(a, r);
    CHECK(out["comparison"]["domains"][0].dump() == R"({"id":"gov","before":2,"after":3,"change":1})");
    CHECK(out["comparison"]["indicators"][2].dump() == R"({"id":"gov.c","before":"not_known","after":4,"change":null,"status":"changed"})");

    json gone = document({{"gov.a", 2}});
    gone["previous"] = document({{"gov.a", 4}, {"gov.b", 2}});
    r = assess(parse(gone));
    CHECK((r.comparison->indicators[0].change == -2 && r.comparison->indicators[0].status == "declined"));
    CHECK(r.comparison->indicators[1].status == "no_longer_answered");
    CHECK(r.comparison->domains[0].change == -1);  // before 2, 4 -> 3; after 2
}

TEST_CASE("assess: output document shape and the CLI/API agree") {
    json doc = document({{"gov.a", 2}, {"gov.b", 3}, {"gov.c", 4}});
    std::string body = ft::api::run_json("assess", doc.dump());
    ft::ojson out = ft::ojson::parse(body);
    CHECK(out["schema"] == "fairterms/assessment-result@1");
    CHECK(out["instrument"].dump() == R"({"id":"test-instrument","version":"0.1"})");
    CHECK(out["progress"].dump() == R"({"answered":3,"total":7})");
    CHECK(out["domains"][0].dump() == R"({"id":"gov","title":"Governance","level":3,"answered":3,"total":4,"core_answered":3,"core_total":3})");
    CHECK(out["domains"][1]["level"].is_null());
    CHECK(out["posture"] == "not_yet");
    CHECK(out["explanation"]["domains"]["gov"] == "core answers 2, 3, 4: median 3, so level 3");
    CHECK(out.find("overall") == out.end());
    CHECK(body == assess_command(doc).dump(2) + "\n");
}
