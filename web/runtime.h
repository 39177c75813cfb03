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
// True while an animation frame has been asked for and has not run yet.
bool frame_coming();
// Draws one frame now and waits until it is rasterised; returns the milliseconds taken, or -1 when there
// is no renderer (window.fairterms.ui.timeFrames(), for scripts/bench.sh).
double time_one_frame();

// The canvas lost what it showed (the browser dropped and restored its 2D context): the next frame redraws
// all of it.
void canvas_cleared();

// Registers the DOM event callbacks that feed ImGui (see input.cpp).
void install_input_callbacks();
// Applies queued input for the coming frame. Returns true if some input is still waiting for a later frame.
// Sets `acted` when a button release, a key press or typed text was applied (not a move, a press or the
// wheel): what it changes in the app is drawn by the pass after (see draw_frame).
bool apply_queued_input(bool& acted);
// Something outside ImGui's input acted on the app (the mirror activated a control, sent text, Escape):
// the next frame runs a pass more before drawing, as for a click.
void note_action();

// The accessibility mirror (mirror.cpp, mirror.js): installed once; told after each ImGui frame.
void mirror_install();
// Called at the end of a frame's ImGui passes: the page is brought up to date in a task of its own right
// after the frame is painted, unless another frame is already on its way (its update supersedes this one),
// so a click's result reaches the screen without waiting for the DOM work (issue 14). Keyboard and focus
// events bring a waiting update forward (mirror.js).
void mirror_after_frame();
// Brings the page up to date now if a frame's update is still waiting; otherwise does nothing.
void mirror_flush();
// True while a DOM element (a mirror control, the skip link, a dialog) has the keyboard: keys are its, not ImGui's.
bool dom_has_focus();

}  // namespace ft::web
