// Wheel scrolling that passes on, as a browser page does: a scrolling box inside the page (a wide table,
// a list beside its editor) takes the wheel while it can still move that way; at its end, the wheel scrolls
// what holds it. Dear ImGui 1.86 keeps the wheel in the box under the mouse even when it is at its end,
// so a person whose pointer rests on a table could not scroll the page past it.
#pragma once

namespace ft::ui {

// Call after the frame's input is in ImGuiIO (io.MouseWheel) and just before ImGui::NewFrame(). For this
// frame only, marks each box under the mouse that is already at its end in the wheel's direction as not
// taking the wheel (ImGuiWindowFlags_NoScrollWithMouse; Begin sets a window's flags afresh every frame),
// so ImGui's own routing hands the wheel to the nearest box or page that can still move.
void pass_wheel_at_scroll_ends();

}  // namespace ft::ui
