// Reflow: items that were put side by side (ImGui::SameLine) go to the next line when there is no room for
// them, and labelled fields narrow to the space there is. Every widget in ui/widgets calls these before it
// draws, so every screen reflows at a large UI size (200% in a 1280 x 720 window leaves 640 x 360 display
// units) without each screen measuring its own rows.
#pragma once

namespace ft::ui::flow {

// Before an item `width` wide is drawn: when it was placed on the same line as the one before (SameLine) and
// would run past the right edge of the space it is drawn in (window, card, table cell), it starts the next
// line instead.
void wrap_if_needed(float width);

// Before a field whose frame is the next item width (SetNextItemWidth, or the default) and whose visible
// label (`label`, "##..." hidden) is drawn on its right: wraps it as above, then narrows the frame so frame
// and label fit the line (never below a few characters' width).
void fit_field(const char* label);

// The same for a frame whose width is given (a multi-line field's size.x); returns the width to use.
float fit_width(float width);

// True when drawing in a table column whose width follows its content (fixed width, none given: ImGui's
// auto-fit). Text there must not wrap: the column is measured from what it holds, so text wrapped to a
// first frame's narrow width keeps it narrow for good ("organisatio / ns"; Dear ImGui 1.86 names this
// feedback in imgui_tables.cpp, TableUpdateLayout).
bool in_auto_fit_column();

// True when the space left on this line is below `width`: a screen then stacks panels it would put side by side.
bool narrow(float width);

}  // namespace ft::ui::flow

namespace ft::ui::flow {

// Two panels drawn as children, a list and what it selects: side by side when the line has room for the
// first at `first_width` and the second at `second_min`, else stacked, the first over the second.
struct Split {
    bool stacked = false;
    float first_width = 0;    // 0 (the whole width) when stacked
    float first_height = 0;   // 0 (the height available) when side by side
};
Split split(float first_width, float second_min, float stacked_first_lines = 8.0f);
// Between the panels: beside the first when side by side (gap), below it when stacked.
void between(const Split& s, float gap);
// The height for the second panel (or a view that fills the rest of the screen): what is left below, but at
// least `min_lines` lines, so on a short window (a large size) it is still usable and the page scrolls to it.
float fill_height(float reserve = 0.0f, float min_lines = 16.0f);

}  // namespace ft::ui::flow

namespace ft::ui::flow {

// True on a short window (a large UI size: 200% of 720 CSS pixels is 360 display units): views that would
// scroll on their own (child windows filling the rest of the screen) are drawn as part of the page instead,
// which then scrolls as one, rather than as small scrolling boxes nested in each other.
bool page_scrolls();

}  // namespace ft::ui::flow
