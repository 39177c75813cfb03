#include "shell/visible_rows.h"

#include "shell/semantics.h"

#include <unordered_map>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

namespace ft::ui {

void visible_rows(int count, int keep, const std::function<void(int)>& draw_row) {
    if (count <= 0) return;
    ImGuiListClipper clipper;
    clipper.Begin(count);
    if (keep >= 0 && keep < count) clipper.ForceDisplayRangeByIndices(keep, keep + 1);
    // The clipper picks the rows under the window's clip rectangle when it steps; widening that rectangle
    // for the step alone (nothing is drawn meanwhile) adds about one row beyond each edge of the view.
    float margin = ImGui::GetFrameHeightWithSpacing();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    for (;;) {
        // Step() would end a table's open row itself; ending it first keeps the table's own clip changes
        // outside the widened rectangle below.
        if (ImGuiTable* table = ImGui::GetCurrentTable(); table && table->IsInsideRow) ImGui::TableEndRow(table);
        ImRect clip = window->ClipRect;
        ImGui::PushClipRect(ImVec2(clip.Min.x, clip.Min.y - margin), ImVec2(clip.Max.x, clip.Max.y + margin), false);
        bool more = clipper.Step();
        ImGui::PopClipRect();
        if (!more) break;
        // In a table, the mirror's row for list row i is i + 1 whichever rows are in view (the header is 0),
        // so a row keeps its place in the page's table while the list scrolls (semantics.h).
        // (Only a table drawn in this window: a list in a child window inside some table's cell is not its rows.)
        ImGuiTable* table = ImGui::GetCurrentTable();
        if (table && table->InnerWindow != window) table = nullptr;
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            if (table) sem::set_table_row(table->ID, i + 1);
            draw_row(i);
        }
    }
    sem::set_table_row(0, -1);
}

void visible_table_rows(int count, int keep, const std::function<void(int)>& draw_row) {
    ImGuiTable* table = ImGui::GetCurrentTable();
    if (!table || count <= 0) return;
    // Heights by table, as last drawn (a few floats per row; tables keep their ids from frame to frame).
    static std::unordered_map<ImGuiID, std::vector<float>> heights_by_table;
    std::vector<float>& heights = heights_by_table[table->ID];
    heights.resize(std::size_t(count), ImGui::GetFrameHeightWithSpacing() * 2.0f);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    float margin = ImGui::GetFrameHeightWithSpacing();
    for (int i = 0; i < count; ++i) {
        if (table->IsInsideRow) ImGui::TableEndRow(table);
        float top = table->RowPosY2;   // where row i begins
        float& h = heights[std::size_t(i)];
        bool in_view = top + h >= window->ClipRect.Min.y - margin && top <= window->ClipRect.Max.y + margin;
        if (!in_view && i != keep) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, h);   // an empty row exactly h high
            continue;
        }
        draw_row(i);
        if (table->IsInsideRow) ImGui::TableEndRow(table);
        h = table->RowPosY2 - top;
    }
}

}  // namespace ft::ui
