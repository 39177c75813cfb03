// Readiness overview: the suggested posture and what holds it back, and each domain's level as a chart
// with the same numbers in a table beneath.
#include <algorithm>

#include <imgui.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/readiness/readiness_views.h"
#include "shell/charts.h"
#include "shell/semantics.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

const char* posture_meaning(assess::Posture p) {
    switch (p) {
        case assess::Posture::proactive:
            return "Every domain and every critical indicator is at level 3 or more: the organisation can seek "
                   "partnerships actively and offer its data assets.";
        case assess::Posture::reactive:
            return "Every domain and every critical indicator is at level 2 or more: respond to partnership requests "
                   "case by case while the gaps below are closed.";
        default:
            return "At least one domain or critical indicator is below level 2 or not yet assessed: build the "
                   "foundations before taking on data partnerships.";
    }
}

std::string reason_state(const assess::PostureReason& r) {
    if (r.state == "not_assessed") return "Not assessed";
    if (r.state == "not_known") return "Not known";
    if (r.state == "not_answered") return "Not answered";
    if (r.state == "not_applicable") return "Marked not applicable (must be assessed)";
    return "Level " + std::to_string(r.level.value_or(0));
}

void draw_posture(ReadinessUi& ui, AppContext& ctx) {
    const assess::AssessResult& r = ui.state.result();
    card_begin("posture");
    ImGui::PushFont(ctx.fonts().heading);
    ui::text("Suggested partnership posture");
    ImGui::PopFont();
    ImGui::SameLine(0, 14);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
    pill(posture_name(r.posture), posture_colour(r.posture));
    paragraph(posture_meaning(r.posture));
    hint_text(("How it was reached: " + r.posture_explanation + ".").c_str());
    if (r.posture_reasons.empty()) {
        card_end();
        return;
    }
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(ctx.fonts().bold);
    ui::textf("What holds it back (%d)", int(r.posture_reasons.size()));
    ImGui::PopFont();
    hint_text("Select a row to go to that domain or indicator.");
    float row_h = ImGui::GetTextLineHeightWithSpacing() + 6;
    float height = std::min(float(r.posture_reasons.size()) + 1.4f, 5.4f) * row_h;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("reasons", 4, flags, ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn("Domain or indicator", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthFixed, 120);
        ImGui::TableSetupColumn("Needed", ImGuiTableColumnFlags_WidthFixed, 230);
        ImGui::TableHeadersRow();
        for (const auto& reason : r.posture_reasons) {
            ImGui::PushID((reason.kind + reason.id).c_str());
            ImGui::TableNextRow(0, row_h);
            ImGui::TableNextColumn();
            ui::text(reason.kind == "domain" ? "Domain" : "Critical indicator");
            ImGui::TableNextColumn();
            if (ui::selectable(reason.title.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
                if (reason.kind == "domain") jump_to_domain(ui, reason.id);
                else jump_to_indicator(ui, reason.id);
            }
            ui::item_tooltip("%s", reason.text.c_str());
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(reason.needed == 2 ? colour::kRed : colour::kText));
            ui::text(reason_state(reason).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ui::textf("Level %d for a %s posture", reason.needed, reason.needed == 2 ? "reactive" : "proactive");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    card_end();
}

// Horizontal bars, one per domain, on a 0-5 scale with a line at the target level.
void draw_domain_chart(const assess::AssessResult& r, const assess::Instrument& in, int target) {
    const float label_w = 300, row_h = 26, bar_h = 16, axis_h = 22;
    float width = ImGui::GetContentRegionAvail().x - 16;
    float plot_w = std::max(200.0f, width - label_w - 100);
    const float label_h = ImGui::GetTextLineHeight() + 4;  // room above the plot for the target's label
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImVec2 origin(top.x, top.y + label_h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float plot_x = origin.x + label_w;
    float plot_h = row_h * float(r.domains.size());
    auto x_of = [&](float level) { return plot_x + plot_w * level / float(assess::kLevelCount); };

    for (int l = 0; l <= assess::kLevelCount; ++l) {
        float x = x_of(float(l));
        dl->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + plot_h), colour::rgb(l == 0 ? colour::kBorder : colour::kPaleGrey));
        std::string n = std::to_string(l);
        ImVec2 ts = ImGui::CalcTextSize(n.c_str());
        dl->AddText(ImVec2(x - ts.x / 2, origin.y + plot_h + 4), colour::rgb(colour::kSecondaryText), n.c_str());
    }
    for (std::size_t i = 0; i < r.domains.size(); ++i) {
        const auto& d = r.domains[i];
        float y = origin.y + row_h * float(i);
        float text_y = y + (row_h - ImGui::GetTextLineHeight()) / 2;
        ImGui::PushClipRect(origin, ImVec2(plot_x - 10, y + row_h), true);
        dl->AddText(ImVec2(origin.x, text_y), colour::rgb(colour::kText), d.title.c_str());
        ImGui::PopClipRect();
        if (d.level) {
            float by = y + (row_h - bar_h) / 2;
            dl->AddRectFilled(ImVec2(plot_x + 1, by), ImVec2(x_of(float(*d.level)), by + bar_h),
                              colour::rgb(*d.level >= target ? colour::kSeries[0] : colour::kSeries[4]), 2.0f);
            std::string v = std::to_string(*d.level) + " " + in.level_name(*d.level);
            dl->AddText(ImVec2(x_of(float(*d.level)) + 6, text_y), colour::rgb(colour::kText), v.c_str());
        } else {
            dl->AddText(ImVec2(plot_x + 8, text_y), colour::rgb(colour::kSecondaryText), "Not assessed");
        }
    }
    // Target line, dashed so it reads apart from the grid.
    float tx = x_of(float(target));
    for (float y = origin.y - 2; y < origin.y + plot_h; y += 8)
        dl->AddLine(ImVec2(tx, y), ImVec2(tx, std::min(y + 5, origin.y + plot_h)), colour::rgb(colour::kSeries[1]), 2.0f);
    std::string tl = "Target " + std::to_string(target);
    float tw = ImGui::CalcTextSize(tl.c_str()).x;
    // The label in the text colour: orange text on white reads at 2.5:1; the orange dashes mark the line.
    dl->AddText(ImVec2(tx - tw / 2, top.y - 2), colour::rgb(colour::kText), tl.c_str());

    ImGui::Dummy(ImVec2(width, label_h + plot_h + axis_h));
    {
        std::vector<std::vector<std::string>> rows{{"Area", "Level", "Against the target"}};
        for (const auto& d : r.domains) {
            if (d.level) rows.push_back({d.title, std::to_string(*d.level) + " " + in.level_name(*d.level),
                                         *d.level >= target ? "At or above target" : "Below target"});
            else rows.push_back({d.title, "Not assessed", ""});
        }
        ImGui::PushID("domain-chart");
        describe_chart("Bar chart of the level reached in each area, with the target level " + std::to_string(target),
                       rows, top, ImVec2(width, label_h + plot_h + axis_h));
        ImGui::PopID();
    }
    // Legend.
    ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(ImVec2(p.x, p.y + 4), ImVec2(p.x + 14, p.y + 14), colour::rgb(colour::kSeries[0]), 2.0f);
    dl->AddText(ImVec2(p.x + 20, p.y), colour::rgb(colour::kSecondaryText), "At or above target");
    dl->AddRectFilled(ImVec2(p.x + 180, p.y + 4), ImVec2(p.x + 194, p.y + 14), colour::rgb(colour::kSeries[4]), 2.0f);
    dl->AddText(ImVec2(p.x + 200, p.y), colour::rgb(colour::kSecondaryText), "Below target");
    dl->AddLine(ImVec2(p.x + 320, p.y + 9), ImVec2(p.x + 334, p.y + 9), colour::rgb(colour::kSeries[1]), 2.0f);
    dl->AddText(ImVec2(p.x + 340, p.y), colour::rgb(colour::kSecondaryText), "Target level");
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() + 4));
}

void draw_domain_table(ReadinessUi& ui) {
    const assess::AssessResult& r = ui.state.result();
    const assess::Instrument& in = *ui.state.doc().instrument;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("domain_table", 5, flags)) return;
    ImGui::TableSetupColumn("Domain", ImGuiTableColumnFlags_WidthFixed, 270);
    ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn("Core", ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn("How the level was computed", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const auto& d : r.domains) {
        ImGui::PushID(d.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ui::selectable(d.title.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
            jump_to_domain(ui, d.id);
        ui::item_tooltip("Answer this domain's questions");
        ImGui::TableNextColumn();
        // A selectable, not plain text, so the level is a labelled item that tests and assistive tools can read.
        const std::string level = level_text(d.level, in);
        if (ui::selectable(level.c_str())) jump_to_domain(ui, d.id);
        sem::set_name(ImGui::GetID(level.c_str()), d.title + ": " + level);   // not eight buttons all "Not assessed"
        ImGui::TableNextColumn();
        ui::textf("%d of %d", d.answered, d.total);
        ImGui::TableNextColumn();
        ui::textf("%d of %d", d.core_answered, d.core_total);
        ImGui::TableNextColumn();
        cell_text(d.explanation, colour::kSecondaryText);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void draw_readiness_overview(ReadinessUi& ui, AppContext& ctx) {
    draw_posture(ui, ctx);
    const assess::AssessResult& r = ui.state.result();
    card_begin("domains");
    section_heading(ctx.fonts(), "Domains");
    hint_text("A domain's level is the median of its answered core indicators, rounded down; Not known counts as 1 "
              "and Not applicable is left out. There is deliberately no single overall score.");
    ImGui::Dummy(ImVec2(0, 6));
    draw_domain_chart(r, *ui.state.doc().instrument, ui.state.doc().target_level);
    ImGui::Dummy(ImVec2(0, 6));
    draw_domain_table(ui);
    card_end();
}

}  // namespace ft::ui
