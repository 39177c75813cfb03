// Keyboard use found by a new user: Escape answers a question as Cancel does, and focus comes back to the control
// that asked it; Tab in an open list leaves the choice as it was.
#include <doctest/doctest.h>

#include "fake_platform.h"
#include "shell/semantics.h"

using ft::test::Harness;
using ft::test::sem_node;
namespace sem = ft::ui::sem;

namespace {

// ImGui's own key (the canvas has the keyboard), pressed for a frame.
void press(Harness& h, ImGuiKey key, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    h.frame();
    io.KeysDown[key] = false;
    io.KeyShift = false;
    h.frames(2);
}

// Asks the question "Open workspace…" asks over unsaved work, as a keyboard user does (Enter on the button);
// returns the button's id.
unsigned ask_to_open(Harness& h) {
    h.frames(2);
    REQUIRE(h.click("Quote"));
    REQUIRE(h.click("New quote"));   // a change that is in no file yet
    const sem::Node* open = sem_node(sem::Role::button, "Open workspace\xE2\x80\xA6");
    REQUIRE(open);
    const unsigned id = open->id;
    sem::request_focus(id);
    sem::request_activate(id);
    h.frames(3);
    REQUIRE(sem_node(sem::Role::button, "Open anyway"));
    CHECK(sem::focused() != id);   // on the question's first answer
    sem::take_app_focus();
    return id;
}

}  // namespace

TEST_CASE("Escape in the mirror cancels the question before opening a file, and focus goes back to Open workspace") {
    Harness h;
    const unsigned opener = ask_to_open(h);
    sem::request_escape();   // Escape on the focused answer, in the browser
    h.frames(2);
    CHECK_FALSE(sem_node(sem::Role::button, "Open anyway"));
    CHECK(h.platform.opened_purposes.empty());   // nothing opened
    CHECK(sem::focused() == opener);
    CHECK(sem::take_app_focus() == opener);       // the browser's focus follows
}

TEST_CASE("Escape on the canvas cancels the question too; Cancel also gives focus back to Open workspace") {
    Harness h;
    const unsigned opener = ask_to_open(h);
    press(h, ImGuiKey_Escape);
    CHECK_FALSE(sem_node(sem::Role::button, "Open anyway"));
    CHECK(sem::focused() == opener);
    CHECK(h.platform.opened_purposes.empty());

    sem::request_activate(opener);
    h.frames(3);
    const sem::Node* cancel = sem_node(sem::Role::button, "Cancel");
    REQUIRE(cancel);
    sem::request_focus(cancel->id);
    sem::request_activate(cancel->id);
    h.frames(3);
    CHECK_FALSE(sem_node(sem::Role::button, "Open anyway"));
    CHECK(sem::focused() == opener);
}

TEST_CASE("Tab in an open list closes it and leaves the choice as it was") {
    Harness h;
    h.frames(2);
    REQUIRE(h.click("Readiness"));
    sem::request_activate(sem_node(sem::Role::button, "Answer questions")->id);
    h.frames(3);
    const sem::Node* combo = sem_node(sem::Role::combobox, "Priority");
    REQUIRE(combo);
    const unsigned id = combo->id;
    const std::string before = combo->value;
    const std::string workspace = h.app->workspace_json();
    sem::request_focus(id);   // as Tab to it: it scrolls into view (ImGui opens no combo that is clipped)
    h.frames(2);
    sem::request_activate(id);
    h.frames(2);
    REQUIRE(sem_node(id)->expanded);
    for (bool shift : {false, true}) {
        CAPTURE(shift);
        press(h, ImGuiKey_Tab, shift);
        CHECK_FALSE(sem_node(id)->expanded);
        for (const auto& n : sem::nodes()) CHECK(n.role != sem::Role::option);
        CHECK(sem_node(id)->value == before);
        CHECK(h.app->workspace_json() == workspace);
        sem::request_activate(id);
        h.frames(2);
        REQUIRE(sem_node(id)->expanded);
    }
}
