// The Data assets screen driven like a user: register, ratings and badges, partner profiles with their
// gaps, delete with undo, and the register's round trip through the saved workspace.
#include <doctest/doctest.h>

#include <algorithm>

#include <imgui_internal.h>

#include "assessment_ui_helpers.h"

using namespace ft::test;   // the harness and the assessment helpers
using ft::json;
namespace assess = ft::assess;

namespace {

void open_register(Harness& h) {
    h.frames(2);
    REQUIRE(h.click("Data assets"));
}

// Index of a sub-dimension in scheme order, which is the order its radio row is drawn in.
std::size_t row_of(const std::string& subdimension) {
    std::size_t n = 0;
    for (const auto& c : assess::builtin_asset_rating().categories)
        for (const auto& s : c.subdimensions) {
            if (s.id == subdimension) return n;
            ++n;
        }
    FAIL("no sub-dimension " << subdimension);
    return 0;
}

// Switches the selected asset to its ratings, scrolled to the top so rows are in scheme order on screen.
bool show_ratings(Harness& h) {
    if (!click_shown(h, "Ratings")) return false;
    ft::test::scroll_at(h, ft::test::kPanelX, ft::test::kPanelY, 40);
    return true;
}

// Adds a data asset named `name` and shows its ratings, ready for the rating radios.
void add_asset_with_ratings(Harness& h, const std::string& name) {
    REQUIRE(h.click("Add data asset"));
    REQUIRE(type_shown(h, "Asset name", name));
    REQUIRE(show_ratings(h));
}

}  // namespace

TEST_CASE("a new asset with no ratings says so in words, not 'unrated 0 + unrated 0'") {
    Harness h;
    open_register(h);
    add_asset_with_ratings(h, "Maternity records");
    bool said = false;
    for (const auto& n : ft::ui::sem::nodes()) {
        CHECK_MESSAGE(n.name.find("unrated 0") == std::string::npos, n.name);
        said |= n.name.find("Nothing rated yet, so unrated.") != std::string::npos;
    }
    CHECK(said);
}

TEST_CASE("an asset is added, described, rated, and its badges follow the engine") {
    Harness h;
    open_register(h);
    REQUIRE(h.click("Add data asset"));
    REQUIRE(assessment(h).doc().assets.size() == 1);
    REQUIRE(type_shown(h, "Asset name", "Pathology results warehouse"));
    REQUIRE(type_shown(h, "Data types", "blood tests, microbiology"));
    REQUIRE(type_shown(h, "Approximate records", "12,500,000"));
    REQUIRE(type_shown(h, "Data from", "2012-04-01"));
    REQUIRE(type_shown(h, "Data to", "2011-01-01"));          // refused: before the start
    REQUIRE(click_shown(h, "Secure data environment"));
    h.frames(2);
    json a = workspace(h)["assessment"]["assets"][0];
    CHECK(a["name"] == "Pathology results warehouse");
    CHECK(a["data_types"] == json::array({"blood tests", "microbiology"}));
    CHECK(a["records"] == 12500000);
    CHECK(a["date_from"] == "2012-04-01");
    CHECK_FALSE(a.contains("date_to"));
    CHECK(a["access_routes"] == json::array({"sde"}));

    // Documentation: gold, gold, silver, bronze = 3 + 3 + 2 + 1 = 9; 9 / 4 = 2.25 -> silver.
    REQUIRE(show_ratings(h));
    REQUIRE(click_nth(h, "Gold", row_of("documentation.supporting_documentation")));
    REQUIRE(click_nth(h, "Gold", row_of("documentation.data_model")));
    REQUIRE(click_nth(h, "Silver", row_of("documentation.data_dictionary")));
    REQUIRE(click_nth(h, "Bronze", row_of("documentation.provenance")));
    const auto& r = assessment(h).result().assets.at(0);
    CHECK(r.categories.at(0).id == "documentation");
    CHECK(r.categories.at(0).value == 2);
    CHECK(r.categories.at(0).explanation.find("mean 9 / 4 = 2.25, rounded down to 2, so silver") != std::string::npos);
    CHECK(r.readiness == 0);   // other categories unrated
    CHECK(workspace(h)["assessment"]["assets"][0]["ratings"]["documentation.data_model"] == "gold");

    // Rate every sub-dimension Silver (scrolling as the rows go by): readiness becomes silver.
    auto silver_count = [&] {
        int n = 0;
        for (const auto& [id, rating] : assessment(h).doc().assets.at(0).ratings) n += rating == "silver";
        return n;
    };
    // Radio items do not report whether they are on: keep the clicks that changed something, else scroll.
    for (int guard = 0; guard < 40 && assessment(h).result().assets.at(0).readiness < 2; ++guard) {
        bool progressed = false;
        for (const auto& radio : ft::test::labelled("Silver")) {
            int before = silver_count();
            ft::test::click_at(h, radio.x + radio.w / 2, radio.y + radio.h / 2);
            if (silver_count() > before) { progressed = true; break; }
        }
        if (!progressed) ft::test::scroll_at(h, ft::test::kPanelX, ft::test::kPanelY, -3);
    }
    CHECK(assessment(h).result().assets.at(0).readiness == 2);

    // Unrated again removes the rating from the saved document.
    ft::test::scroll_at(h, ft::test::kPanelX, ft::test::kPanelY, 40);
    REQUIRE(click_nth(h, "Unrated", 0));
    CHECK_FALSE(workspace(h)["assessment"]["assets"][0]["ratings"].contains("documentation.supporting_documentation"));
}

TEST_CASE("a partner profile lists the assets that meet it and the exact gaps of the others") {
    Harness h;
    open_register(h);
    add_asset_with_ratings(h, "Imaging archive");
    REQUIRE(click_nth(h, "Gold", row_of("documentation.data_model")));
    add_asset_with_ratings(h, "Maternity records");
    REQUIRE(click_nth(h, "Silver", row_of("documentation.data_model")));

    REQUIRE(h.click("Partner profiles"));
    REQUIRE(h.click("Add partner profile"));
    REQUIRE(type_shown(h, "Profile name", "Imaging AI developer"));
    // Minimums table: "Gold" radios in sub-dimension order.
    REQUIRE(click_nth(h, "Gold", row_of("documentation.data_model")));
    const auto& p = assessment(h).result().profiles.at(0);
    CHECK(p.name == "Imaging AI developer");
    REQUIRE(p.meets.size() == 1);
    CHECK(p.meets[0] == assessment(h).doc().assets[0].id);
    REQUIRE(p.gaps.size() == 1);
    CHECK(p.gaps[0].first == assessment(h).doc().assets[1].id);
    REQUIRE(p.gaps[0].second.size() == 1);
    CHECK(p.gaps[0].second[0].subdimension == "documentation.data_model");
    CHECK(p.gaps[0].second[0].required == "gold");
    CHECK(p.gaps[0].second[0].actual == "silver");
    CHECK(workspace(h)["assessment"]["profiles"][0]["minimums"]["documentation.data_model"] == "gold");

    REQUIRE(h.click("Delete profile"));
    CHECK(assessment(h).doc().profiles.empty());
    REQUIRE(h.click("Undo"));
    CHECK(assessment(h).doc().profiles.size() == 1);
}

TEST_CASE("delete asks nothing and can be undone; duplicate copies the ratings under a new id") {
    Harness h;
    open_register(h);
    add_asset_with_ratings(h, "Emergency department attendances");
    REQUIRE(click_nth(h, "Platinum", 0));
    REQUIRE(h.click("Duplicate"));
    REQUIRE(assessment(h).doc().assets.size() == 2);
    CHECK(assessment(h).doc().assets[1].name == "Emergency department attendances (copy)");
    CHECK(assessment(h).doc().assets[1].id != assessment(h).doc().assets[0].id);
    CHECK(assessment(h).doc().assets[1].ratings == assessment(h).doc().assets[0].ratings);

    std::string before = h.app->workspace_json();
    REQUIRE(h.click("Delete"));
    CHECK(assessment(h).doc().assets.size() == 1);
    REQUIRE(h.click("Undo"));
    CHECK(h.app->workspace_json() == before);

    // An empty name is refused and the last good one kept.
    REQUIRE(click_shown(h, "Details"));
    REQUIRE(type_shown(h, "Asset name", "   "));
    CHECK_FALSE(assessment(h).doc().assets[1].name.empty());
}

TEST_CASE("the heatmap tab shows every asset; the register survives a save and load round trip") {
    std::string saved;
    {
        Harness h;
        open_register(h);
        REQUIRE(h.click("Add data asset"));
        REQUIRE(type_shown(h, "Asset name", "Community health records"));
        REQUIRE(type_shown(h, "Data steward", "Chief clinical information officer"));
        REQUIRE(show_ratings(h));
        REQUIRE(click_nth(h, "Bronze", 0));
        REQUIRE(h.click("Heatmap"));
        CHECK(h.find("Community health records"));   // the data table's row
        REQUIRE(h.click("Partner profiles"));
        REQUIRE(h.click("Add partner profile"));
        saved = h.app->workspace_json();
    }
    Harness h;
    reopen_unchanged(h, saved);
    REQUIRE(h.click("Data assets"));
    CHECK(h.find("Community health records"));
    json a = workspace(h)["assessment"]["assets"][0];
    CHECK(a["steward"] == "Chief clinical information officer");
    CHECK(a["ratings"]["documentation.supporting_documentation"] == "bronze");
}
