// Helpers shared by the Readiness and Data assets screen tests: reach the shared assessment, click the
// n-th widget with a label, scroll the panel under the mouse, and reopen a saved workspace.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fake_platform.h"
#include "screens/assessment/assessment_state.h"

namespace ft::test {

inline ui::AssessmentState& assessment(Harness& h) {
    return dynamic_cast<ui::AssessmentHolder&>(*h.app->screen(ui::ScreenId::readiness)).assessment_state();
}

inline json workspace(Harness& h) { return json::parse(h.app->workspace_json()); }

inline std::vector<ui::LoggedItem> labelled(const std::string& label) {
    std::vector<ui::LoggedItem> out;
    for (const auto& it : ui::item_log_items())
        if (it.label == label) out.push_back(it);
    return out;
}

inline bool click_at(Harness& h, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    h.frame();
    io.MouseDown[0] = true;
    h.frame();
    io.MouseDown[0] = false;
    h.frames(2);
    return true;
}

// Clicks the n-th (from 0, in drawing order) visible widget labelled `label`.
inline bool click_nth(Harness& h, const std::string& label, std::size_t n) {
    auto items = labelled(label);
    if (n >= items.size()) return false;
    return click_at(h, items[n].x + items[n].w / 2, items[n].y + items[n].h / 2);
}

// Turns the mouse wheel over the widget labelled `over` (negative scrolls down).
inline void scroll_over(Harness& h, const std::string& over, float wheel) {
    const ui::LoggedItem* it = h.find(over);
    if (!it) return;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(it->x + it->w / 2, it->y + it->h / 2);
    h.frame();
    io.MouseWheel = wheel;
    h.frame();
    io.MouseWheel = 0;
    h.frames(2);
}

// Turns the mouse wheel at a point (negative scrolls down).
inline void scroll_at(Harness& h, float x, float y, float wheel) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    h.frame();
    io.MouseWheel = wheel;
    h.frame();
    io.MouseWheel = 0;
    h.frames(2);
}

// A point inside the scrolling panel of either screen's views at 1280 x 800, clear of the messages that
// appear at the bottom right.
inline constexpr float kPanelX = 700, kPanelY = 640;

// Scrolls the panel under kPanelX, kPanelY until a widget labelled `label` is on screen: down first, then up.
inline bool reveal(Harness& h, const std::string& label) {
    for (int i = 0; i < 25 && !h.find(label); ++i) scroll_at(h, kPanelX, kPanelY, -2);
    for (int i = 0; i < 60 && !h.find(label); ++i) scroll_at(h, kPanelX, kPanelY, 2);
    return h.find(label) != nullptr;
}

// Brings the widget into view and clicks it.
inline bool click_shown(Harness& h, const std::string& label) { return reveal(h, label) && h.click(label); }
inline bool type_shown(Harness& h, const std::string& label, const std::string& text) {
    return reveal(h, label) && h.type_into(label, text);
}

// After a save: a fresh app (h) opens the saved text and, before anything is touched, saves it unchanged.
inline void reopen_unchanged(Harness& h, const std::string& saved) {
    h.frames(2);
    REQUIRE(h.app->load_workspace_text(saved, "saved.json"));
    h.frames(2);
    CHECK(h.app->workspace_json() == saved);
}

}  // namespace ft::test
