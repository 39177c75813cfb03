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
void draw(ImDrawData* data, const float clear_rgb[3]);
// Forces the canvas to rasterise what draw() recorded (for frame timings).
void finish();

}  // namespace ft::web::canvas2d
