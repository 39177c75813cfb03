// A small instrument and asset rating scheme for the assessment tests, small enough to check by hand.
//
//   domain gov:  gov.a (core, critical), gov.b (core), gov.c (core), gov.d (enhancement)
//   domain data: data.a (core), data.b (core, critical), data.c (enhancement)
//   asset rating: documentation (doc.a, doc.b), coverage (cov.a, cov.b, cov.c)
#pragma once

#include <functional>
#include <string>

#include "assess/assess.h"

namespace assess_fixture {

using ft::json;

inline json levels_for(const std::string& id) {
    json levels = json::array();
    for (int n = 1; n <= 5; ++n)
        levels.push_back({{"level", n},
                          {"descriptor", id + " descriptor " + std::to_string(n)},
                          {"evidence", id + " evidence " + std::to_string(n)},
                          {"next_action", id + " next from " + std::to_string(n)}});
    return levels;
}

inline json indicator(const std::string& id, bool core, bool critical) {
    return {{"id", id}, {"title", "Title of " + id}, {"question", "Question of " + id + "?"}, {"guidance", "Guidance"},
            {"core", core}, {"critical", critical}, {"source", "test"}, {"barriers", json::array({"skills"})},
            {"evidence_prompt", "What shows it?"}, {"levels", levels_for(id)}};
}

inline json instrument() {
    json levels = json::array();
    const char* names[] = {"Starting", "Developing", "Established", "Advanced", "Leading"};
    for (int n = 1; n <= 5; ++n) levels.push_back({{"level", n}, {"name", names[n - 1]}});
    return {{"schema", "fairterms/instrument@1"}, {"id", "test-instrument"}, {"version", "0.1"}, {"title", "Test instrument"},
            {"description", "For tests"}, {"levels", levels},
            {"barriers", json::array({{{"id", "skills"}, {"title", "Skills"}, {"description", "Workforce skills"}}})},
            {"domains", json::array({
                {{"id", "gov"}, {"title", "Governance"}, {"summary", "IG"},
                 {"indicators", json::array({indicator("gov.a", true, true), indicator("gov.b", true, false),
                                             indicator("gov.c", true, false), indicator("gov.d", false, false)})}},
                {{"id", "data"}, {"title", "Data"}, {"summary", "Quality"},
                 {"indicators", json::array({indicator("data.a", true, false), indicator("data.b", true, true),
                                             indicator("data.c", false, false)})}},
            })}};
}

inline json subdimension(const std::string& id) {
    return {{"id", id}, {"title", "Sub " + id}, {"question", "How good is " + id + "?"},
            {"levels", {{"bronze", "b"}, {"silver", "s"}, {"gold", "g"}, {"platinum", "p"}}}};
}

inline json asset_rating() {
    return {{"schema", "fairterms/asset-rating@1"}, {"id", "test-rating"}, {"version", "0.1"},
            {"levels", json::array({{{"id", "unrated"}, {"value", 0}, {"name", "Unrated"}},
                                    {{"id", "bronze"}, {"value", 1}, {"name", "Bronze"}},
                                    {{"id", "silver"}, {"value", 2}, {"name", "Silver"}},
                                    {{"id", "gold"}, {"value", 3}, {"name", "Gold"}},
                                    {{"id", "platinum"}, {"value", 4}, {"name", "Platinum"}}})},
            {"categories", json::array({
                {{"id", "documentation"}, {"title", "Documentation"}, {"subdimensions", json::array({subdimension("doc.a"), subdimension("doc.b")})}},
                {{"id", "coverage"}, {"title", "Coverage"},
                 {"subdimensions", json::array({subdimension("cov.a"), subdimension("cov.b"), subdimension("cov.c")})}},
            })}};
}

// An assessment document on the test instrument with the given answers ({"gov.a": 3, "gov.b": "not_known"}).
inline json document(const json& levels = json::object()) {
    json answers = json::object();
    for (auto it = levels.begin(); it != levels.end(); ++it) answers[it.key()] = {{"level", it.value()}};
    return {{"schema", "fairterms/assessment@1"}, {"organisation", "Test Trust"}, {"instrument", instrument()},
            {"asset_rating", asset_rating()}, {"answers", answers}};
}

inline ft::assess::Assessment parse(const json& doc) { return ft::assess::parse_assessment(ft::Field(doc, "")); }

// "pointer | message" of the InputError f throws, or "no error".
inline std::string error_of(const std::function<void()>& f) {
    try { f(); } catch (const ft::InputError& e) { return e.pointer + " | " + e.message; }
    return "no error";
}

inline std::string pointer_of(const std::function<void()>& f) {
    std::string e = error_of(f);
    return e == "no error" ? e : e.substr(0, e.find(" | "));
}

}  // namespace assess_fixture
