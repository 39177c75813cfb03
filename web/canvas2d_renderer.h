// Dear ImGui's draw lists drawn with the Canvas 2D API, for browsers with no WebGL at all. The drawing
// itself is one JS function per frame (web/canvas2d.js) that reads the vertices and indices straight
// from wasm memory; this side only passes it where they are.
#pragma once

#include <imgui.h>

namespace ft::web::canvas2d {

// Gets a 2D context on #canvas; false if the browser refuses even that.
bool start();
// Uploads the font atlas (as a white-on-transparent image) and turns off ImGui's anti-aliased shapes.
void fonts_changed();
// Draws the frame on the fb_w x fb_h device-pixel canvas. Only the part that differs from the last drawn frame
// is redrawn (canvas2d_damage.h); `whole` redraws everything (the canvas was cleared or resized, or a timing
// wants a whole frame's cost).
void draw(ImDrawData* data, const float clear_rgb[3], int fb_w, int fb_h, bool whole);
// Forces the canvas to rasterise what draw() recorded (for frame timings).
void finish();

}  // namespace ft::web::canvas2d
