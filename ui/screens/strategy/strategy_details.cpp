// The Strategy screen's document details (organisation, owner, approval and review) and the partnership
// posture: suggested by the readiness self-assessment, or chosen, with the organisation's own reason.
#include <imgui.h>

#include <algorithm>

#include "screens/assessment/assessment_fields.h"
#include "screens/screens.h"
#include "screens/strategy/strategy_view.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

namespace st = ft::strategy;

unsigned posture_colour(st::Posture p) {
    return p == st::Posture::proactive ? colour::kGreen : p == st::Posture::reactive ? colour::kNhsBlue : colour::kOrange;
}

void field_error(const StrategyState& s, const char* pointer) { error_text(s.error_for(pointer)); }

void draw_posture_summary(const StrategyState& s) {
    if (s.document) {
        const st::PostureText& p = s.tmpl.posture(s.document->posture);
        pill(p.label.c_str(), posture_colour(s.document->posture));
        ImGui::SameLine();
        hint_text(s.document->posture_suggested ? "suggested by your readiness self-assessment" : "chosen by you");
    } else if (s.posture.empty() && !s.suggestion) {
        hint_text("No posture yet: choose one, or complete the readiness self-assessment to get a suggestion.");
    }
}

}  // namespace

void draw_strategy_details(StrategyView& v, AppContext& ctx) {
    StrategyState& s = v.state;
    section_heading(ctx.fonts(), kStrategyDetails);
    hint_text("Who owns the strategy, who approves it and when it is reviewed. These appear at the top of the "
              "document and wherever a section mentions them.");
    ImGui::Dummy(ImVec2(0, 6));
    const float w = std::min(460.0f, ImGui::GetContentRegionAvail().x - 130.0f);
    if (text_field("Organisation", s.organisation, st::kNameMax, w)) strategy_changed(v, ctx);
    // Left empty, the document names the organisation from Home (or the self-assessment): said here, so
    // nobody types it twice and nobody wonders where the name in the document came from.
    if (StrategyState::blank(s.organisation) && !StrategyState::blank(s.organisation_fallback))
        hint_text(("Left empty, the document names \xE2\x80\x9C" + s.organisation_fallback + "\xE2\x80\x9D, " +
                   (StrategyState::blank(organisation_profile(ctx).name) ? "from the readiness self-assessment."
                                                                         : "from Your organisation on Home.")).c_str());
    else if (StrategyState::blank(s.organisation_used()))
        error_text("Enter the organisation's name, or fill in Your organisation on Home.");
    else
        field_error(s, "/organisation");
    if (text_field("Owner", s.owner, st::kNameMax, w)) strategy_changed(v, ctx);
    hint_text("The person accountable for the strategy, e.g. the Chief Digital Information Officer.");
    if (StrategyState::blank(s.owner)) error_text("Enter the name or role of the person accountable.");
    else field_error(s, "/owner");
    if (text_field("Approved by", s.approved_by, st::kNameMax, w)) strategy_changed(v, ctx);
    hint_text("For example the Trust Board. Leave empty until the strategy is approved.");
    if (date_field("Approval date", s.approval_date, false, 160)) strategy_changed(v, ctx);
    same_line_hint("e.g. 31/03/2027");
    field_error(s, "/approval_date");
    if (date_field("Review date", s.review_date, false, 160)) strategy_changed(v, ctx);
    same_line_hint("e.g. 31/03/2027");
    hint_text("Leave the review date empty for one year after approval.");
    field_error(s, "/review_date");

    ImGui::Dummy(ImVec2(0, 10));
    section_heading(ctx.fonts(), "Partnership posture");
    draw_posture_summary(s);
    if (secondary_button("Choose the posture")) v.selected = "posture";
}

void draw_strategy_posture(StrategyView& v, AppContext& ctx) {
    StrategyState& s = v.state;
    card_begin("posture-choice");
    if (s.suggestion) {
        ImGui::PushFont(ctx.fonts().bold);
        ui::text("Suggested by your readiness self-assessment:");
        ImGui::PopFont();
        ImGui::SameLine();
        pill(s.tmpl.posture(s.suggestion->posture).label.c_str(), posture_colour(s.suggestion->posture));
        hint_text(s.suggestion->reason.c_str());
    } else {
        hint_text("Choose one here, or complete the readiness self-assessment to get a suggested posture with its reasons.");
    }
    ImGui::Dummy(ImVec2(0, 4));
    std::string before = s.posture;
    ui::RadioGroup question("Partnership posture");
    if (s.suggestion && ui::radio_button("Use the suggested posture", s.posture.empty())) s.posture.clear();
    for (const char* id : {"proactive", "reactive", "not_now"}) {
        if (s.suggestion || id != std::string("proactive")) ImGui::SameLine();
        if (ui::radio_button(posture_label(id), s.posture == id)) s.posture = id;
    }
    if (s.posture != before) strategy_changed(v, ctx);
    field_error(s, "/posture");
    // After the choices, so the keyboard reaches them first (found by a new user: focus arrived on this button).
    if (!s.suggestion && secondary_button("Go to Readiness##posture")) ctx.go_to(ScreenId::readiness);
    if (s.document) {
        const st::PostureText& p = s.tmpl.posture(s.document->posture);
        hint_text((p.label + ": " + p.description).c_str());
    }
    ImGui::Dummy(ImVec2(0, 4));
    ui::text("Why this posture");
    hint_text("Your own reason, in a sentence or two. Leave empty to use the self-assessment's reasons, or the "
              "template's wording when there is no self-assessment.");
    if (strategy_text_box("Why this posture", s.posture_reason, 70, 16, st::kPostureReasonMax)) strategy_changed(v, ctx);
    card_end();
}

}  // namespace ft::ui
