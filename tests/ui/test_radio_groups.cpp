// Radio groups are questions (found by a new user: the Quote screen's "Kind of partner" and "Use of the data"
// were one group in the page, so Tab skipped the kind, a screen reader heard no kind checked, and the arrow
// keys on "Non-commercial use" changed the partner's kind; the rate cards were three groups of one). The
// group is what the page makes a named set of radios from (web/mirror.js), so it is checked here, where the
// screens describe themselves.
#include <doctest/doctest.h>

#include <initializer_list>
#include <map>
#include <set>
#include <string>

#include "fake_platform.h"
#include "shell/semantics.h"

using ft::test::Harness;

namespace {

// The group of each radio on screen, by its name.
std::map<std::string, std::string> radio_groups() {
    std::map<std::string, std::string> out;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.role == ft::ui::sem::Role::radio) out[n.name] = n.group;
    return out;
}

// A tall window (every radio of the view on screen), then the given clicks; the groups drawn there.
std::map<std::string, std::string> groups_after(Harness& h, std::initializer_list<const char*> clicks) {
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4200);
    h.frames(2);
    for (const char* label : clicks) REQUIRE(h.click(label));
    h.frames(2);
    return radio_groups();
}

}  // namespace

TEST_CASE("radio groups: each question on the Quote screen is one group of its own") {
    Harness h;
    auto g = groups_after(h, {"Quote"});
    REQUIRE(g.count("University"));
    REQUIRE(g.count("Company"));
    REQUIRE(g.count("Non-commercial use"));
    REQUIRE(g.count("Commercial use"));
    CHECK(g["University"] == g["Company"]);
    CHECK(g["Non-commercial use"] == g["Commercial use"]);
    CHECK(g["University"] != g["Commercial use"]);
    // The rate cards are one question, though each card is drawn under its own id.
    std::set<std::string> cards;
    for (const auto& [name, group] : g)
        if (name.find("tariff") != std::string::npos || name.find("Trust bespoke") != std::string::npos) cards.insert(group);
    CHECK(cards.size() == 1);
    CHECK(*cards.begin() != g["University"]);
}

TEST_CASE("radio groups: an indicator's five levels, Not known and Not applicable answer one question") {
    Harness h;
    auto g = groups_after(h, {"Readiness", "Answer questions"});
    REQUIRE(g.count("Level 1: Initial"));
    REQUIRE(g.count("Not known"));
    REQUIRE(g.count("Not applicable"));
    CHECK(g["Level 1: Initial"] == g["Not known"]);
    CHECK(g["Not known"] == g["Not applicable"]);
    REQUIRE(g.count("One indicator at a time"));
    CHECK(g["One indicator at a time"] != g["Not known"]);
    REQUIRE(g.count("Low"));
    CHECK(g["Low"] != g["Not known"]);
}

// Found by a new user: eight buttons on the Readiness overview were all "Not assessed", and each dataset row's
// button on the Quote screen was "Remove". A screen reader lists them by name, so each names its row.
TEST_CASE("names: the domains' level buttons and the datasets' Remove buttons name their rows") {
    Harness h;
    groups_after(h, {"Readiness"});
    int not_assessed = 0, named = 0;
    for (const auto& n : ft::ui::sem::nodes()) {
        not_assessed += n.role == ft::ui::sem::Role::button && n.name == "Not assessed";
        named += n.name.size() > 14 && n.name.compare(n.name.size() - 14, 14, ": Not assessed") == 0;
    }
    CHECK(not_assessed == 0);
    CHECK(named >= 8);
    groups_after(h, {"Quote"});
    std::set<std::string> removes;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.name.rfind("Remove", 0) == 0) removes.insert(n.name);
    CHECK(removes.count("Remove dataset, row 1"));
    CHECK(removes.count("Remove dataset, row 2"));
    CHECK_FALSE(removes.count("Remove"));
}

TEST_CASE("names: the Compare boxes name their quote; the five values' recipients name their value") {
    Harness h;
    groups_after(h, {"Quote"});
    bool compare = false;
    for (const auto& n : ft::ui::sem::nodes()) {
        CHECK(n.name != "Compare");
        compare |= n.role == ft::ui::sem::Role::checkbox && n.name == "Compare Example: university study (non-commercial)";
    }
    CHECK(compare);
    groups_after(h, {"Partnerships", "New partnership"});
    std::set<std::string> patients;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.role == ft::ui::sem::Role::checkbox && n.name.find("value: patients") != std::string::npos) patients.insert(n.name);
    CHECK(patients.size() == 5);
    CHECK(patients.count("Who receives the clinical value: patients"));
}
