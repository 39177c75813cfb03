// Data assets: the register of the organisation's data assets, their ratings on the five data utility
// categories, a heatmap of the badges, and partner requirement profiles matched against the register.
#include <imgui.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/assets/assets_views.h"
#include "screens/screens.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {

int selected_asset(AssetsUi& ui, const assess::Assessment& doc) {
    if (doc.assets.empty()) return -1;
    for (std::size_t i = 0; i < doc.assets.size(); ++i)
        if (doc.assets[i].id == ui.asset) return int(i);
    ui.asset = doc.assets.front().id;
    return 0;
}

void level_tooltip(const char* meaning) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ui::text(meaning);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

namespace {

void view_body(AssetsUi& ui, AssessmentState& state, AppContext& ctx) {
    static void (*const draw[])(AssetsUi&, AssessmentState&, AppContext&) = {draw_asset_register, draw_asset_heatmap,
                                                                             draw_partner_profiles};
    float reserve = 24.0f + ImGui::GetStyle().ItemSpacing.y;  // the shell's bottom margin
    ImGui::PushID(ui.view);
    // On a short window (a large size) the view is part of the page, which scrolls as one (shell/flow.h).
    const bool own_scroll = !flow::page_scrolls();
    if (own_scroll) ImGui::BeginChild("view", ImVec2(0, ImGui::GetContentRegionAvail().y - reserve), false);
    draw[ui.view](ui, state, ctx);
    if (own_scroll) ImGui::EndChild();
    ImGui::PopID();
}

class AssetsScreen final : public Screen {
public:
    ScreenId id() const override { return ScreenId::assets; }
    const char* nav_label() const override { return "Data assets"; }
    const char* nav_hint() const override { return "Register and ratings"; }

    void draw(AppContext& ctx) override {
        page_header(ctx.fonts(), "Data assets",
                    "The data assets the organisation could offer, how ready each one is, and which meet a partner's needs.");
        AssessmentState* state = find_assessment_state(ctx);
        if (!state) {
            error_text("The assessment these assets belong to is not available.");
            return;
        }
        draw_load_notes(*state, ctx);
        static const char* const kViews[] = {"Register and ratings", "Heatmap", "Partner profiles"};
        view_tabs(kViews, 3, ui_.view);
        ui::RefusalScope refusal_scope("assessment");   // assets are part of the assessment and its reports
        view_body(ui_, *state, ctx);
    }

private:
    AssetsUi ui_;
};

}  // namespace

std::unique_ptr<Screen> make_assets_screen() { return std::make_unique<AssetsScreen>(); }

}  // namespace ft::ui
