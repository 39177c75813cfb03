// The browser runtime's shared pieces: the app, the frame scheduler and the input queue.
#pragma once

#include "shell/app.h"

namespace ft::web {

ui::App& app();
// The person's size choice (1 to 2): CSS pixels = ImGui display coordinates x this.
float ui_scale();

// Asks for at least n more frames. Rendering happens only on request: with no input, nothing is drawn.
void request_frames(int n);
// Frames drawn since start (window.fairterms.ui.frames()).
long frames_rendered();
// Draws one frame now and waits until it is rasterised; returns the milliseconds taken, or -1 when there
// is no renderer (window.fairterms.ui.timeFrames(), for scripts/bench.sh).
double time_one_frame();

// Registers the DOM event callbacks that feed ImGui (see input.cpp).
void install_input_callbacks();
// Applies queued input for the coming frame. Returns true if some input is still waiting for a later frame.
bool apply_queued_input();

// The accessibility mirror (mirror.cpp, mirror.js): installed once; told after each drawn frame.
void mirror_install();
void mirror_after_frame();
// True while a DOM element (a mirror control, the skip link, a dialog) has the keyboard: keys are its, not ImGui's.
bool dom_has_focus();

}  // namespace ft::web
