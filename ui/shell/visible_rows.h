// Long lists and tables draw only the rows in view (issue 14: a workspace at its caps holds 2,000 data
// assets and 500 quotes; drawing every row every frame cost tens of milliseconds).
//
// The rows must be of one height (one line each). Rows out of view are skipped by moving the cursor, so the
// scroll bar and the list's height stay as if every row were drawn. The rows that are drawn still go through
// ui/widgets, so the semantics (and the browser's accessibility mirror) describe every row on screen. One row
// beyond each edge of the view is drawn too, and the `keep` row (the selected one) always is: Tab from the
// last row on screen reaches the next one, whose widget then scrolls itself into view.
#pragma once

#include <functional>

namespace ft::ui {

// Calls draw_row(i) for the rows of [0, count) that are in view (plus one either side and `keep` when it is
// in range). Inside a table, draw_row starts its own row with ImGui::TableNextRow(), as it would unclipped.
void visible_rows(int count, int keep, const std::function<void(int)>& draw_row);

// The same for the rows of the current table when they differ in height (wrapped text, a row's extra
// line): each row's height is remembered from the last time it was drawn and a row out of view is an empty
// row of that height. Call between the table's header row and ImGui::EndTable().
void visible_table_rows(int count, int keep, const std::function<void(int)>& draw_row);

}  // namespace ft::ui
