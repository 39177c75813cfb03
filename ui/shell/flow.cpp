#include "shell/flow.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

namespace ft::ui::flow {
namespace {

// The right edge items must stay within: the table cell's when in a table, else the window's content region;
// nearer still when a wrap position is set (a card's or panel's inner padding, ui/widgets card_begin).
float right_edge() {
    float right = ImGui::GetContentRegionMaxAbs().x;
    const ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (w && w->DC.TextWrapPos > 0.0f) right = std::min(right, w->Pos.x + w->DC.TextWrapPos - w->Scroll.x);
    return right;
}

float line_start(const ImGuiWindow* w) { return w->Pos.x + w->DC.Indent.x + w->DC.ColumnsOffset.x; }

// A narrowed field keeps room for about eight characters.
float min_field_width() { return ImGui::GetFontSize() * 5.0f; }

}  // namespace

void wrap_if_needed(float width) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    if (!w || w->SkipItems) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Dear ImGui 1.86 has no "same line" flag: after SameLine the cursor is back on the previous line's y,
    // past its start; after any other item it is below it.
    bool same_line = w->DC.CursorPos.y == w->DC.CursorPosPrevLine.y && w->DC.CursorPos.x > line_start(w) + 0.5f;
    if (!same_line || w->DC.CursorPos.x + width <= right_edge() + 0.5f) return;
    // What ImGui's ItemSize does at the end of a line, as if SameLine had not been called.
    w->DC.CursorPos.x = IM_FLOOR(line_start(w));
    w->DC.CursorPos.y = IM_FLOOR(w->DC.CursorPosPrevLine.y + w->DC.PrevLineSize.y + g.Style.ItemSpacing.y);
    w->DC.CurrLineSize = ImVec2(0.0f, 0.0f);
    w->DC.CurrLineTextBaseOffset = 0.0f;
}

void fit_field(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float label_w = ImGui::CalcTextSize(label, nullptr, true).x;
    float label_part = label_w > 0 ? style.ItemInnerSpacing.x + label_w : 0.0f;
    float frame = ImGui::CalcItemWidth();
    wrap_if_needed(frame + label_part);
    float room = right_edge() - ImGui::GetCursorScreenPos().x - label_part;
    if (frame > room) ImGui::SetNextItemWidth(std::max(min_field_width(), room));
}

float fit_width(float width) {
    if (width <= 0) return width;   // 0 and negative widths already follow the space available
    wrap_if_needed(width);
    float room = right_edge() - ImGui::GetCursorScreenPos().x;
    return width > room ? std::max(min_field_width(), room) : width;
}

bool in_auto_fit_column() {
    const ImGuiTable* t = ImGui::GetCurrentTable();
    if (!t || t->CurrentColumn < 0) return false;
    const ImGuiTableColumn& c = t->Columns[t->CurrentColumn];
    return (c.Flags & ImGuiTableColumnFlags_WidthFixed) && c.InitStretchWeightOrWidth <= 0.0f;
}

bool narrow(float width) { return ImGui::GetContentRegionAvail().x < width; }

}  // namespace ft::ui::flow

namespace ft::ui::flow {

Split split(float first_width, float second_min, float stacked_first_lines) {
    Split s;
    s.stacked = narrow(first_width + second_min);
    s.first_width = s.stacked ? 0.0f : first_width;
    s.first_height = s.stacked ? ImGui::GetTextLineHeightWithSpacing() * stacked_first_lines + ImGui::GetStyle().WindowPadding.y * 2 : 0.0f;
    return s;
}

void between(const Split& s, float gap) {
    if (s.stacked) ImGui::Dummy(ImVec2(0, gap * 0.5f));
    else ImGui::SameLine(0, gap);
}

float fill_height(float reserve, float min_lines) {
    return std::max(ImGui::GetContentRegionAvail().y - reserve, ImGui::GetTextLineHeightWithSpacing() * min_lines);
}

}  // namespace ft::ui::flow

namespace ft::ui::flow {

bool page_scrolls() { return ImGui::GetIO().DisplaySize.y < 560.0f; }

}  // namespace ft::ui::flow
