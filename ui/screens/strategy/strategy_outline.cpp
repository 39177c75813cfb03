// The Strategy screen's outline: the document details, then every section, marked when it is in the
// organisation's own words or left out.
#include <imgui.h>

#include "screens/strategy/strategy_view.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

// A small coloured dot at the start of the line (none when colour is 0), keeping titles aligned.
void marker(unsigned colour_hex) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float r = 4.0f, line = ImGui::GetTextLineHeight();
    if (colour_hex) ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + r, pos.y + line / 2 + 2), r, colour::rgb(colour_hex));
    ImGui::Dummy(ImVec2(r * 2 + 6, line));
    ImGui::SameLine(0, 0);
}

}  // namespace

void draw_strategy_outline(StrategyView& v) {
    const StrategyState& st = v.state;
    if (ui::selectable(kStrategyDetails, v.selected == kStrategyDetails)) v.selected = kStrategyDetails;
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
    ui::text("Sections");
    ImGui::PopStyleColor();
    bool any_marked = false;
    for (const auto& s : st.tmpl.sections) {
        ImGui::PushID(s.id.c_str());
        unsigned mark = StrategyState::blank(st.text.at(s.id)) ? colour::kOrange : st.edited(s) ? colour::kNhsBlue : 0;
        any_marked = any_marked || mark;
        marker(mark);
        if (ui::selectable(s.title.c_str(), v.selected == s.id)) v.selected = s.id;
        ImGui::PopID();
    }
    if (!any_marked) return;
    ImGui::Dummy(ImVec2(0, 8));
    marker(colour::kNhsBlue);
    hint_text("in your own words");
    marker(colour::kOrange);
    hint_text("left out of the document");
}

}  // namespace ft::ui
