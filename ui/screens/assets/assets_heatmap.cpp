// The asset heatmap: one row per asset, one column per category plus readiness, each cell coloured and
// labelled with its badge; the same badges in a table beneath, with how each was computed.
#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/assets/assets_views.h"
#include "shell/visible_rows.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

void draw_cell(ImDrawList* dl, ImVec2 a, ImVec2 b, int value, const assess::AssetRatingScheme& scheme) {
    dl->AddRectFilled(a, b, colour::rgb(rating_colour(value)), 3.0f);
    const std::string& name = scheme.level_names[std::size_t(value)];
    ImVec2 ts = ImGui::CalcTextSize(name.c_str());
    dl->AddText(ImVec2((a.x + b.x - ts.x) / 2, (a.y + b.y - ts.y) / 2), colour::rgb(rating_text_colour(value)), name.c_str());
}

void draw_heatmap(const assess::Assessment& doc, const assess::AssessResult& r) {
    const auto& scheme = *doc.asset_rating;
    const float name_w = 220, row_h = 32, gap = 4, header_h = 44;
    std::size_t columns = scheme.categories.size() + 1;
    float width = ImGui::GetContentRegionAvail().x - 16;
    float cell_w = (width - name_w) / float(columns) - gap;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string& title = c < scheme.categories.size() ? scheme.categories[c].title : std::string("Readiness");
        float x = o.x + name_w + float(c) * (cell_w + gap);
        ImFont* font = ImGui::GetFont();
        ImVec2 ts = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, cell_w, title.c_str());
        dl->AddText(font, ImGui::GetFontSize(), ImVec2(x + (cell_w - ts.x) / 2, o.y + header_h - ts.y - 6),
                    colour::rgb(c + 1 == columns ? colour::kText : colour::kSecondaryText), title.c_str(), nullptr, cell_w);
    }
    // Only the rows inside the view: the draw list keeps every shape it is given, seen or not (2,000 assets).
    const ImRect view = ImGui::GetCurrentWindow()->ClipRect;
    std::size_t first = std::size_t(std::clamp((view.Min.y - o.y - header_h) / (row_h + gap), 0.0f, float(r.assets.size())));
    for (std::size_t i = first; i < r.assets.size(); ++i) {
        float y = o.y + header_h + float(i) * (row_h + gap);
        if (y > view.Max.y) break;
        ImGui::PushClipRect(ImVec2(o.x, y), ImVec2(o.x + name_w - 10, y + row_h), true);
        dl->AddText(ImVec2(o.x, y + (row_h - ImGui::GetTextLineHeight()) / 2), colour::rgb(colour::kText), r.assets[i].name.c_str());
        ImGui::PopClipRect();
        for (std::size_t c = 0; c < columns; ++c) {
            int value = c < r.assets[i].categories.size() ? r.assets[i].categories[c].value : r.assets[i].readiness;
            float x = o.x + name_w + float(c) * (cell_w + gap);
            draw_cell(dl, ImVec2(x, y), ImVec2(x + cell_w, y + row_h), value, scheme);
            if (c + 1 == columns)
                dl->AddRect(ImVec2(x, y), ImVec2(x + cell_w, y + row_h), colour::rgb(colour::kText), 3.0f, 0, 1.5f);
        }
    }
    ImGui::Dummy(ImVec2(width, header_h + float(r.assets.size()) * (row_h + gap)));
    // An image to a screen reader: its badges are the table beneath it.
    sem::add(sem::Role::img, ImGui::GetID("##heatmap"),
             "Heatmap of badges, one row per data asset (" + std::to_string(r.assets.size()) +
                 ") and one column per category and readiness; the same badges are in the table below",
             o.x, o.y, width, header_h + float(r.assets.size()) * (row_h + gap));
    // Legend: the five levels in order.
    ImVec2 p = ImGui::GetCursorScreenPos();
    float x = p.x + name_w;
    for (int v = 0; v < assess::kRatingLevelCount; ++v) {
        const std::string& name = scheme.level_names[std::size_t(v)];
        float w = ImGui::CalcTextSize(name.c_str()).x + 16;
        draw_cell(dl, ImVec2(x, p.y), ImVec2(x + w, p.y + 22), v, scheme);
        x += w + 6;
    }
    ImGui::Dummy(ImVec2(0, 28));
}

void draw_table(AssetsUi& ui, const assess::Assessment& doc, const assess::AssessResult& r) {
    const auto& scheme = *doc.asset_rating;
    int columns = int(scheme.categories.size()) + 2;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("badges", columns, flags)) return;
    ImGui::TableSetupColumn("Asset", ImGuiTableColumnFlags_WidthStretch);
    for (const auto& c : scheme.categories) ImGui::TableSetupColumn(c.title.c_str(), ImGuiTableColumnFlags_WidthFixed, 104);
    ImGui::TableSetupColumn("Readiness", ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableHeadersRow();
    int selected = -1;
    for (std::size_t i = 0; i < r.assets.size(); ++i)
        if (r.assets[i].id == ui.asset) selected = int(i);
    visible_rows(int(r.assets.size()), selected, [&](int row) {
        const auto& a = r.assets[std::size_t(row)];
        ImGui::PushID(a.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ui::selectable(a.name.c_str(), ui.asset == a.id, ImGuiSelectableFlags_SpanAllColumns)) ui.asset = a.id;
        for (const auto& c : a.categories) {
            ImGui::TableNextColumn();
            ui::text(scheme.level_names[std::size_t(c.value)].c_str());
            ui::item_tooltip("%s: %s", c.title.c_str(), c.explanation.c_str());
        }
        ImGui::TableNextColumn();
        ui::text(scheme.level_names[std::size_t(a.readiness)].c_str());
        ui::item_tooltip("%s", a.explanation.c_str());
        ImGui::PopID();
    });
    ImGui::EndTable();
}

}  // namespace

void draw_asset_heatmap(AssetsUi& ui, AssessmentState& state, AppContext& ctx) {
    const assess::Assessment& doc = state.doc();
    const assess::AssessResult& r = state.result();
    card_begin("heatmap");
    section_heading(ctx.fonts(), "Badges by asset and category");
    if (r.assets.empty()) {
        paragraph("No data assets yet: add them in the register to see their badges here.");
        card_end();
        return;
    }
    hint_text("Each cell is a category's badge: the mean of its sub-dimension levels, rounded down. The last column is "
              "the asset's readiness, its lowest badge.");
    ImGui::Dummy(ImVec2(0, 4));
    draw_heatmap(doc, r);
    card_end();

    card_begin("heatmap_table");
    section_heading(ctx.fonts(), "The same badges as a table");
    hint_text("Select an asset to see how each badge was computed.");
    draw_table(ui, doc, r);
    int index = selected_asset(ui, doc);
    if (index >= 0) {
        const auto& a = r.assets[std::size_t(index)];
        ImGui::Dummy(ImVec2(0, 6));
        ImGui::PushFont(ctx.fonts().bold);
        ui::text_wrapped("How the badges of \"%s\" were computed", a.name.c_str());
        ImGui::PopFont();
        for (const auto& c : a.categories) ui::text_wrapped("%s: %s", c.title.c_str(), c.explanation.c_str());
        ui::text_wrapped("Readiness: %s", a.explanation.c_str());
    }
    card_end();
}

}  // namespace ft::ui
