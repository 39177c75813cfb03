// Strategy: the organisation's data asset management strategy, written from the built-in template.
// The state and its workspace part are in strategy_state.h; each panel is drawn in its own file.
#include <imgui.h>

#include <algorithm>
#include <optional>

#include "screens/screens.h"
#include "screens/strategy/strategy_view.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {

AssessmentState* answered_assessment(AppContext& ctx) {
    AssessmentState* state = find_assessment_state(ctx);
    return state && !state->doc().answers.empty() ? state : nullptr;
}

void strategy_changed(StrategyView& v, AppContext& ctx) {
    v.state.dirty = true;
    ctx.mark_changed();
}

namespace {

constexpr float kOutlineWidth = 350.0f;

class StrategyScreen final : public Screen {
public:
    ScreenId id() const override { return ScreenId::strategy; }
    const char* nav_label() const override { return "Strategy"; }
    const char* nav_hint() const override { return "Data asset management"; }

    void draw(AppContext& ctx) override {
        StrategyView& v = view();
        StrategyState& s = v.state;
        page_header(ctx.fonts(), "Data asset management strategy",
                    "Write the strategy your Board approves: start from the template, make each section your own, "
                    "and export it as a Word document to edit further or paste into a wider strategy.");
        // The Readiness screen may have changed while this one was hidden: check again on the way back in.
        int frame = ImGui::GetFrameCount();
        if (frame != last_frame_ + 1) s.dirty = true;
        last_frame_ = frame;
        if (!s.notes.empty()) {
            ctx.toast("Part of the saved strategy could not be read and was left out: " + s.join_notes() + ".", ToastKind::error);
            s.notes.clear();
        }
        // Left empty, the organisation is the one named on Home, else the self-assessment's (read each frame:
        // either can change while this screen is hidden).
        AssessmentState* assessment = answered_assessment(ctx);
        std::string fallback = organisation_profile(ctx).name;
        if (StrategyState::blank(fallback) && assessment) fallback = assessment->doc().organisation;
        if (fallback != s.organisation_fallback) {
            s.organisation_fallback = fallback;
            s.dirty = true;
        }
        if (s.dirty) s.check(assessment);

        ui::RefusalScope refusal_scope("strategy");   // its fields, and the exports held back while one is refused
        draw_strategy_exports(v, ctx);
        float height = std::max(420.0f, ImGui::GetContentRegionAvail().y);
        // At a large size the outline goes above the section being edited (shell/flow.h).
        flow::Split split = flow::split(kOutlineWidth, 380.0f);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
        ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kPaleGrey));
        ImGui::BeginChild("outline", ImVec2(split.first_width, split.stacked ? split.first_height : height), true);
        draw_strategy_outline(v);
        ImGui::EndChild();
        flow::between(split, 16);
        // Stacked, the section is a card in the page, which scrolls as one, not a box scrolling of its own.
        if (split.stacked) card_begin("editor");
        else ImGui::BeginChild("editor", ImVec2(0, height), true);
        ImGui::PopStyleColor(2);
        if (v.selected == kStrategyDetails) draw_strategy_details(v, ctx);
        else draw_strategy_section(v, ctx);
        if (split.stacked) card_end();
        else ImGui::EndChild();
    }

    void save(ojson& workspace) const override {
        if (view().state.worth_saving()) workspace["strategy"] = view().state.part();
    }
    void load(const json& workspace) override { view().state.load_part(workspace); }
    std::string left_out_on_load() const override {
        const StrategyState& s = view().state;
        return s.notes.empty() ? std::string() : "from the strategy, " + s.join_notes();
    }

private:
    // Start-up (issue 14): the built-in template is read, and the state filled from it, when the screen is
    // first needed (drawn, saved or loaded), not when the app is built, so the first frame comes sooner.
    StrategyView& view() const {
        if (!view_) view_.emplace();
        return *view_;
    }

    mutable std::optional<StrategyView> view_;
    int last_frame_ = -10;
};

}  // namespace

std::unique_ptr<Screen> make_strategy_screen() { return std::make_unique<StrategyScreen>(); }

}  // namespace ft::ui
