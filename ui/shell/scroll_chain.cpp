#include "shell/scroll_chain.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace ft::ui {
namespace {

// A wheel turn away from the user (positive) scrolls up, towards the top.
bool at_end(const ImGuiWindow& w, float wheel_y) {
    return wheel_y > 0.0f ? w.Scroll.y <= 0.0f : w.Scroll.y >= w.ScrollMax.y;
}

}  // namespace

void pass_wheel_at_scroll_ends() {
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (!ctx) return;
    ImGuiContext& g = *ctx;
    const float wheel_y = g.IO.KeyShift ? 0.0f : g.IO.MouseWheel;
    if (wheel_y == 0.0f || g.IO.KeyCtrl) return;
    // The window the wheel will go to: the one it is locked to while a turn goes on, else the one under the
    // mouse in the last frame (NewFrame recomputes it from the same mouse position).
    ImGuiWindow* w = g.WheelingWindow ? g.WheelingWindow : g.HoveredWindow;
    for (; w && (w->Flags & ImGuiWindowFlags_ChildWindow); w = w->ParentWindow) {
        if (w->ScrollMax.y > 0.0f && !at_end(*w, wheel_y)) return;   // this box still moves: it takes the wheel
        w->Flags |= ImGuiWindowFlags_NoScrollWithMouse;
    }
}

}  // namespace ft::ui
