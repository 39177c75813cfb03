// A change of screen from the navigation is drawn in full by the ImGui pass that makes it (App::shown_in_full),
// so the web frame loop shows it without a second pass (issue 14). What that promise rests on is checked here
// as the web frame loop sees it: the pass after the click, with nothing new, has the same fingerprint, so it
// would not be drawn (web/frame_change.h).
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include <imgui.h>

#include "fake_platform.h"
#include "frame_change.h"   // web/: the fingerprint the web frame loop draws by
#include "shell/semantics.h"

using ft::test::Harness;

namespace {

// The navigation entry for `screen`, as logged by the navigation window.
const ft::ui::LoggedItem* nav_entry(const std::string& screen) {
    for (const auto& it : ft::ui::item_log_items())
        if (it.label == screen && it.window.find("navigation") != std::string::npos) return &it;
    return nullptr;
}

// Presses and releases the mouse on the entry; returns after the pass that saw the release.
void click_nav(Harness& h, const std::string& screen) {
    const ft::ui::LoggedItem* it = nav_entry(screen);
    REQUIRE(it);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(it->x + it->w / 2, it->y + it->h / 2);
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    io.MouseDown[0] = false;
    h.frame();
}

const char* const kScreens[] = {"Readiness", "Data assets", "Strategy", "Quote", "Value share", "Partnerships", "Home"};

}  // namespace

TEST_CASE("a change of screen from the navigation is drawn in full by the pass that makes it") {
    Harness h;
    h.frames(3);
    // A first visit is not: the screen's height is not known until it has been laid out once.
    click_nav(h, "Readiness");
    CHECK(h.app->current_screen() == std::string("Readiness"));
    CHECK_FALSE(h.app->shown_in_full());
    for (const char* screen : kScreens) {
        click_nav(h, screen);
        h.frames(2);
    }
    // Every later visit is, from every screen above or below it in the list.
    for (const char* screen : {"Quote", "Readiness", "Partnerships", "Home", "Value share", "Strategy", "Data assets", "Home"}) {
        CAPTURE(screen);
        click_nav(h, screen);
        REQUIRE(h.app->current_screen() == std::string(screen));
        CHECK(h.app->shown_in_full());
        const std::uint64_t shown = ft::web::draw_data_fingerprint(ImGui::GetDrawData());
        // The screen reader hears the same: the chosen entry is the current page, and no other is.
        for (const char* other : kScreens) {
            const ft::ui::LoggedItem* entry = nav_entry(other);
            REQUIRE(entry);
            const ft::ui::sem::Node* n = ft::test::sem_node(entry->id);
            REQUIRE(n);
            CHECK(n->selected == (std::string(other) == screen));
        }
        h.frame();
        CHECK(ft::web::draw_data_fingerprint(ImGui::GetDrawData()) == shown);
    }
}

TEST_CASE("any other action leaves its showing to a second pass") {
    Harness h;
    h.frames(3);
    for (const char* screen : kScreens) {
        click_nav(h, screen);
        h.frames(2);
    }
    SUBCASE("a button in the screen") {
        REQUIRE(h.click("Quote"));
        REQUIRE(h.click("New quote"));
        CHECK_FALSE(h.app->shown_in_full());
    }
    SUBCASE("a change of screen after an edit: other screens may have grown with it") {
        click_nav(h, "Quote");
        REQUIRE(h.click("New quote"));
        h.frames(2);
        click_nav(h, "Home");
        CHECK_FALSE(h.app->shown_in_full());
        // Once laid out again, the next visit is drawn in one pass.
        click_nav(h, "Quote");
        click_nav(h, "Home");
        CHECK(h.app->shown_in_full());
    }
    SUBCASE("a click on the entry of the screen on show changes nothing, so there is nothing to show") {
        click_nav(h, "Home");
        click_nav(h, "Home");
        CHECK_FALSE(h.app->shown_in_full());
    }
}
