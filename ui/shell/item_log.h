// A record of the widgets drawn in the last frame, from Dear ImGui's item hooks.
//
// Browser tests (and an accessibility mirror later) ask "where is the button labelled X?" through
// window.fairterms.ui.items(); this is where the answer is collected. Coordinates are ImGui display
// coordinates, which fairterms keeps equal to CSS pixels (see web/main.cpp).
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

namespace ft::ui {

struct LoggedItem {
    unsigned id = 0;
    std::string label;      // visible part of the label ("Save##top" is logged as "Save")
    std::string window;     // name of the window that drew it
    float x = 0, y = 0, w = 0, h = 0;
    int flags = 0;          // ImGuiItemStatusFlags: openable, opened, checkable, checked, ...
};

// Turns the hooks on for the current context. Call once after ImGui::CreateContext().
void item_log_enable();
// Call after the frame's widgets were submitted (after ImGui::Render()): they become the published list.
void item_log_end_frame();
// Items of the last completed frame that have a label and are at least partly visible.
const std::vector<LoggedItem>& item_log_items();
// The same as a JSON array: [{"label","id","window","x","y","w","h","flags"}].
// Rectangles multiplied by `scale` (the UI size choice), so they are CSS pixels on the page.
std::string item_log_json(float scale = 1.0f);

}  // namespace ft::ui
