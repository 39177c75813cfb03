// Whether a frame would put anything new on the canvas (issue 14).
//
// The loop runs a few ImGui passes after each input (ImGui needs a frame or two to settle: a new window
// sizes itself hidden for a frame, hover follows the new layout). Most of those passes draw exactly what is
// already on the canvas. Handing such a frame to the renderer costs the most expensive part of a frame for
// nothing: the browser rasterises and composites the canvas again (with software WebGL, the compositor reads
// the whole canvas back on the main thread). So main.cpp draws a pass only when its draw data differs from
// the last drawn frame's, or when the canvas itself was cleared or its font texture replaced.
#pragma once

#include <cstdint>

#include <imgui.h>

namespace ft::web {

// A fingerprint of everything the renderer would draw: vertices, indices, commands, clip rectangles,
// textures, display size and scale. Equal fingerprints draw equal pixels.
std::uint64_t draw_data_fingerprint(const ImDrawData* data);

// True while ImGui is still settling a window it keeps hidden for a frame or two (auto-sizing popups,
// tooltips, combos): the pass after this one will differ although this one drew nothing new.
bool imgui_settling();

}  // namespace ft::web
