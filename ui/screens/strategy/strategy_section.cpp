// The Strategy screen's editor for one section: its guidance, its text, reset and leave out, and how it
// reads in the document.
#include <imgui.h>

#include <algorithm>

#include "screens/assessment/assessment_fields.h"
#include "screens/strategy/strategy_view.h"
#include "shell/widgets.h"

namespace ft::ui {

namespace st = ft::strategy;

bool strategy_text_box(const std::string& label, std::string& text, float height, float inset, std::size_t max_chars) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x - inset;
    // Clipped on the right only: in the browser the box grows with its text (ui/widgets draws it wrapped).
    ImGui::PushClipRect(pos, ImVec2(pos.x + width, pos.y + std::max(height, 4000.0f)), true);
    bool changed = text_area(label.c_str(), text, max_chars, width, height);
    ImGui::PopClipRect();
    return changed;
}

void draw_strategy_section(StrategyView& v, AppContext& ctx) {
    StrategyState& state = v.state;
    const st::TemplateSection* s = state.tmpl.find(v.selected);
    if (!s) { v.selected = kStrategyDetails; return; }
    ImGui::PushID(s->id.c_str());
    section_heading(ctx.fonts(), s->title.c_str());
    ImGui::SameLine();
    if (StrategyState::blank(state.text.at(s->id))) pill("Left out of the document", colour::kOrange);
    else if (state.edited(*s)) pill("Your text", colour::kNhsBlue);
    else pill("Template text", colour::kPaleGrey, colour::kText);
    hint_text(s->guidance.c_str());
    ImGui::Dummy(ImVec2(0, 4));
    if (s->id == "posture") draw_strategy_posture(v, ctx);

    hint_text("Blank lines start a new paragraph; lines starting \xE2\x80\x9C- \xE2\x80\x9D become bullets. Words in "
              "double braces, such as {{organisation}}, are filled in from the document details and the "
              "self-assessment. Clear the text to leave the section out.");
    if (strategy_text_box(s->title + " text", state.text[s->id], s->id == "posture" ? 150.0f : 220.0f)) strategy_changed(v, ctx);

    ImGui::BeginDisabled(!state.edited(*s));
    if (secondary_button("Reset to default text")) {
        ctx.push_undo("Reset \xE2\x80\x9C" + s->title + "\xE2\x80\x9D to the template's text");
        state.text[s->id] = s->default_text;
        strategy_changed(v, ctx);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(StrategyState::blank(state.text.at(s->id)));
    if (secondary_button("Leave this section out")) {
        ctx.push_undo("Left \xE2\x80\x9C" + s->title + "\xE2\x80\x9D out of the strategy");
        state.text[s->id].clear();
        strategy_changed(v, ctx);
    }
    ImGui::EndDisabled();

    ImGui::Dummy(ImVec2(0, 8));
    ImGui::PushFont(ctx.fonts().bold);
    ui::text("How it reads in the document");
    ImGui::PopFont();
    const st::Section* filled = nullptr;
    if (state.document)
        for (const auto& d : state.document->sections)
            if (d.id == s->id) filled = &d;
    card_begin("preview");
    if (filled) paragraph(filled->text.c_str());
    else if (state.document) hint_text("This section is left out of the document.");
    else {
        std::string needed = state.still_needed();
        if (!state.missing().empty()) needed = "first " + needed + " under Document details";
        hint_text(("The preview appears once the document can be written: " + needed + ".").c_str());
    }
    card_end();
    ImGui::PopID();
}

}  // namespace ft::ui
