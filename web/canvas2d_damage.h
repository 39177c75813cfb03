// Which part of the canvas a frame changes, so the Canvas 2D renderer redraws only that (issue 14).
//
// Canvas 2D draws on the main thread, and the browser then rasterises and composites what was drawn. A press,
// a hover or a keystroke changes a few vertices (a button's colour, a caret, one line of text), yet redrawing
// the whole canvas for it took most of a frame, and a quick click's release waited behind that frame. This
// compares the frame's draw lists with the last drawn frame's and returns the rectangle covering every
// triangle that changed, where it was and where it is now. Pixels outside that rectangle are already right.
//
// Correctness rests on the renderer, not on this guess being tight: canvas2d.js clears the rectangle and
// redraws every primitive that touches it, clipped to it, so the result inside is what a whole redraw draws.
// The rectangle is widened by a margin for what spills past a triangle's corners: glyphs snapped to whole
// device pixels (up to half a pixel) and the canvas's own anti-aliasing of path edges (one pixel). It then grows
// until the clip cuts no slanted or curved edge of a shape, which Skia would anti-alias differently (uncut()).
#pragma once

#include <vector>

#include <imgui.h>

namespace ft::web::canvas2d {

// A rectangle in device pixels, [x0, x1) x [y0, y1), whole numbers. Empty when x1 <= x0 or y1 <= y0.
struct DeviceRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// What the canvas shows: the last drawn frame's lists (vertices, indices, commands).
class Damage {
public:
    // Compares `data` (about to be drawn on a fb_w x fb_h device-pixel canvas) with the last drawn frame.
    // Returns the part to redraw: empty when nothing changed, the whole canvas when the lists do not line up
    // (a new screen, another window, a resize) or after forget().
    DeviceRect next(const ImDrawData* data, int fb_w, int fb_h) const;
    // After drawing `data`: it is what the canvas shows now. Its vertex and index buffers are taken, not
    // copied (swapped with the ones kept from the last frame, which ImGui empties and refills at its next
    // frame), so keeping a frame costs nothing however large it is. `data` must not be drawn again after this.
    void keep(ImDrawData* data, int fb_w, int fb_h);
    // The canvas no longer shows the last frame (cleared by a resize, a lost context, a new font texture).
    void forget() { valid_ = false; }

private:
    struct Command {
        ImVec4 clip;
        unsigned elements = 0, index_offset = 0, vertex_offset = 0;
        ImTextureID texture = nullptr;
    };
    struct List {
        ImVector<ImDrawVert> vertices;
        ImVector<ImDrawIdx> indices;
        std::vector<Command> commands;
    };
    // Grows `r` until no slanted or curved edge of a drawn shape crosses its edge (see the .cpp).
    void uncut(const ImDrawData* data, int fb_w, int fb_h, DeviceRect& r) const;
    std::vector<List> lists_;
    ImVec2 origin_, scale_;
    int fb_w_ = 0, fb_h_ = 0;
    bool valid_ = false;
};

}  // namespace ft::web::canvas2d
