// The built-in instrument and asset rating scheme load and score end to end.
#include <doctest/doctest.h>

#include <set>

#include "api.h"
#include "assess/assess.h"
#include "assess/assess_report.h"
#include "base/text_format.h"

using namespace ft::assess;
using ft::json;

TEST_CASE("assess builtin: the shipped instrument and asset rating scheme load") {
    const Instrument& in = builtin_instrument();
    CHECK(in.id == "fairterms-readiness");
    CHECK(in.domains.size() >= 8);
    CHECK(in.indicator_count() >= 40);
    // The same document round-trips through the typed form (nothing the scorer ignores is lost).
    json again = json::parse(instrument_to_json(in).dump());
    CHECK(instrument_to_json(parse_instrument(ft::Field(again, ""))).dump() == instrument_to_json(in).dump());

    const AssetRatingScheme& s = builtin_asset_rating();
    std::vector<std::string> ids;
    for (const auto& c : s.categories) ids.push_back(c.id);
    CHECK(ids == std::vector<std::string>{"documentation", "technical_quality", "access_provision", "value_interest", "coverage"});
}

TEST_CASE("assess builtin: answering every indicator at 3 is proactive; at 2 reactive; leaving a critical out is not yet") {
    const Instrument& in = builtin_instrument();
    auto run = [&](int level, const std::string& skip) {
        json doc = {{"schema", "fairterms/assessment@1"}, {"organisation", "Trust"}, {"answers", json::object()}};
        for (const auto& d : in.domains)
            for (const auto& i : d.indicators)
                if (i.id != skip) doc["answers"][i.id] = {{"level", level}};
        return json::parse(ft::api::run_json("assess", doc.dump()));
    };
    json r3 = run(3, "");
    CHECK(r3["posture"] == "proactive");
    CHECK(r3["progress"]["answered"] == r3["progress"]["total"]);
    for (const auto& d : r3["domains"]) CHECK(d["level"] == 3);
    CHECK(r3["action_plan"].empty());
    CHECK(run(2, "")["posture"] == "reactive");

    std::string critical;
    for (const auto& d : in.domains)
        for (const auto& i : d.indicators)
            if (i.critical && critical.empty()) critical = i.id;
    REQUIRE(!critical.empty());
    json r = run(4, critical);
    CHECK(r["posture"] == "not_yet");
    CHECK(r["critical_gaps"][0]["id"] == critical);
    CHECK(r["action_plan"][0]["indicator"] == critical);
    CHECK(r["action_plan"][0]["suggested_action"] == in.find_indicator(critical)->level(1).next_action);
}

TEST_CASE("assess builtin: critical indicators answered not applicable hold the posture at not yet") {
    // The case: all ten critical indicators marked not applicable, every other core indicator at 3.
    // Before, they were left out ("0 critical indicators checked") and the posture came out proactive.
    const Instrument& in = builtin_instrument();
    json doc = {{"schema", "fairterms/assessment@1"}, {"organisation", "Trust"}, {"answers", json::object()}};
    std::vector<std::string> criticals;
    for (const auto& d : in.domains)
        for (const auto& i : d.indicators) {
            if (i.critical) criticals.push_back(i.id);
            doc["answers"][i.id] = i.critical ? json{{"level", "not_applicable"}} : json{{"level", 3}};
        }
    CHECK(criticals.size() == 10);
    json r = json::parse(ft::api::run_json("assess", doc.dump()));
    CHECK(r["posture"] == "not_yet");
    REQUIRE(r["critical_gaps"].size() == criticals.size());
    for (std::size_t i = 0; i < criticals.size(); ++i) {
        CHECK(r["critical_gaps"][i]["id"] == criticals[i]);
        CHECK(r["critical_gaps"][i]["state"] == "not_applicable");
        CHECK(r["critical_gaps"][i]["level"].is_null());
    }
    int reasons = 0;
    for (const auto& p : r["posture_reasons"]) {
        if (p["kind"] != "indicator") continue;
        ++reasons;
        CHECK(p["state"] == "not_applicable");
        CHECK(p["needed"] == 2);
        CHECK(p["text"].get<std::string>().find("critical indicators must be assessed") != std::string::npos);
    }
    CHECK(reasons == 10);
    std::string why = r["explanation"]["posture"];
    CHECK(why.find("10 critical indicators checked") != std::string::npos);
    CHECK(why.find("critical indicators must be assessed") != std::string::npos);
    // They are in the action plan too, as high-priority items: assessing them is the action.
    int planned = 0;
    for (const auto& it : r["action_plan"])
        if (it["status"] == "not_applicable") {
            ++planned;
            CHECK(it["critical"] == true);
            CHECK(it["priority"] == "high");
        }
    CHECK(planned == 10);

    // A non-critical core indicator marked not applicable is still simply left out.
    for (const auto& d : in.domains)
        for (const auto& i : d.indicators) doc["answers"][i.id] = {{"level", 3}};
    for (const auto& d : in.domains)
        for (const auto& i : d.indicators)
            if (i.core && !i.critical) { doc["answers"][i.id] = {{"level", "not_applicable"}}; break; }
    json ok = json::parse(ft::api::run_json("assess", doc.dump()));
    CHECK(ok["posture"] == "proactive");
    CHECK(ok["critical_gaps"].empty());
}

TEST_CASE("assess builtin: an assessment with assets on the built-in scheme scores and reports") {
    const AssetRatingScheme& s = builtin_asset_rating();
    json ratings = json::object();
    for (const auto& c : s.categories)
        for (const auto& sub : c.subdimensions) ratings[sub.id] = "silver";
    json doc = {{"schema", "fairterms/assessment@1"}, {"organisation", "Trust"},
                {"assets", json::array({{{"id", "a"}, {"name", "A"}, {"ratings", ratings}}})}};
    Assessment a = parse_assessment(ft::Field(doc, ""));
    CHECK(a.builtin_instrument);
    CHECK(a.builtin_asset_rating);
    AssessResult r = assess(a);
    CHECK(r.assets[0].readiness == 2);
    // The saved form leaves the built-in data out, so it stays small and follows instrument updates.
    ft::ojson saved = assessment_to_json(a);
    CHECK(saved.find("instrument") == saved.end());
    CHECK(saved.find("asset_rating") == saved.end());
    std::string html = report_html(a, r);
    CHECK(html.find(ft::text::html_escape(builtin_instrument().domains[0].indicators[0].question)) != std::string::npos);
    CHECK(new_assessment().instrument->id == "fairterms-readiness");
}
