// The renderer that draws Dear ImGui's frames in the page, chosen once at start from what the browser offers:
// WebGL 2, else WebGL 1, else Canvas 2D (machines with no usable GPU: virtual desktops, blocklisted drivers,
// browsers that no longer fall back to software WebGL). main.cpp calls these and never touches GL itself.
#pragma once

#include <imgui.h>

#include "shell/platform.h"

namespace ft::web {

enum class RendererKind { none, webgl2, webgl1, canvas2d };

// Tries WebGL 2, WebGL 1 and Canvas 2D on #canvas, in that order, and keeps the first that works.
// Returns false when none does (the page then explains; the JS API works regardless). Call once, after
// ImGui::CreateContext().
bool start_renderer();

RendererKind renderer_kind();
// For the footer: "Canvas 2D" and "WebGL 2 and WebGL 1 are unavailable in this browser".
ui::RendererDescription renderer_description();
// For window.fairterms.ui.renderer(): {"name":"canvas2d","reason":"..."}.
const char* renderer_json();

// The app rebuilt its fonts and style (a new pixel ratio): upload the new font atlas and re-apply the
// renderer's style needs.
void renderer_fonts_changed();
void renderer_new_frame();
// Draws the frame on the framebuffer (fb_w x fb_h device pixels), on the app background. WebGL redraws it all;
// Canvas 2D redraws only what changed since the last drawn frame, unless `whole` (the canvas was cleared or
// resized, the fonts replaced, or a timing wants a whole frame's cost).
void renderer_draw(ImDrawData* data, int fb_w, int fb_h, bool whole);
// Waits until the frame just drawn is really rasterised (for scripts/bench.sh frame times).
void renderer_finish();

}  // namespace ft::web
