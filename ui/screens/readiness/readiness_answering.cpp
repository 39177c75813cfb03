// Answering the instrument: one indicator at a time or a whole domain, with each level's descriptor and
// minimum evidence beside the choice, then certainty, evidence, a note and an action.
#include <imgui.h>
#include <imgui_internal.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/readiness/readiness_views.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

constexpr float kNavigatorWidth = 290.0f;

struct Position {
    std::size_t domain = 0, indicator = 0, number = 0, total = 0;
};

Position locate(const assess::Instrument& in, const std::string& id) {
    Position p;
    p.total = in.indicator_count();
    std::size_t n = 0;
    for (std::size_t d = 0; d < in.domains.size(); ++d)
        for (std::size_t i = 0; i < in.domains[d].indicators.size(); ++i) {
            ++n;
            if (in.domains[d].indicators[i].id == id) p = {d, i, n, p.total};
        }
    return p;
}

// The indicator n steps away in instrument order (clamped), as an id.
std::string step_indicator(const assess::Instrument& in, const std::string& id, int step) {
    std::vector<const assess::Indicator*> all;
    for (const auto& d : in.domains)
        for (const auto& i : d.indicators) all.push_back(&i);
    long at = long(locate(in, id).number) - 1 + step;
    at = std::max(0L, std::min(at, long(all.size()) - 1));
    return all[std::size_t(at)]->id;
}

// The mark shown beside an indicator in the navigator: its level, or what it is instead.
std::string short_answer(const assess::Answer* a) {
    if (!a) return "";
    if (a->kind == assess::AnswerKind::not_known) return "?";
    if (a->kind == assess::AnswerKind::not_applicable) return "n/a";
    return std::to_string(a->level);
}

// A selectable row whose title is cut short of a mark on the right (a level, "?" or "n/a").
bool row_with_mark(const std::string& title, bool selected, const std::string& mark, unsigned mark_colour) {
    const float mark_w = 34;
    ImVec2 start = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    // A title too long for the row ends in an ellipsis; the whole title is its name and its tooltip.
    std::string shown = fit_with_ellipsis(title, width - mark_w - ImGui::GetStyle().ItemSpacing.x);
    ImGui::PushClipRect(start, ImVec2(start.x + width - mark_w, start.y + 100), true);
    bool pressed = ui::selectable((shown + "##" + title).c_str(), selected, 0, ImVec2(width, 0));
    ImGui::PopClipRect();
    // Tests and the item log find the row by its whole title, not the cut one.
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (g->TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(g, ImGui::GetItemID(), title.c_str(), g->LastItemData.StatusFlags);
    if (sem::Node* n = sem::find_building(ImGui::GetItemID())) {
        n->name = title;
        n->truncated = shown != title;
        if (!mark.empty()) n->value = mark == "?" ? "not known" : mark == "n/a" ? "not applicable" : "level " + mark;
    }
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    int bg = selected ? ImGuiCol_Header : ImGui::IsItemHovered() ? ImGuiCol_HeaderHovered : -1;
    if (bg >= 0) ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(b.x - mark_w, a.y), b, ImGui::GetColorU32(bg));
    ImVec2 ts = ImGui::CalcTextSize(mark.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(b.x - ts.x - 6, (a.y + b.y - ts.y) / 2), colour::rgb(mark_colour), mark.c_str());
    return pressed;
}

// A navigator row (one line) out of view by more than a row: its space is kept and nothing is drawn, as
// visible_rows does for long lists (issue 14: drawing every indicator's row, its cut title and tooltip text,
// was most of a frame while the answer panel scrolled). The row the person is on is always drawn, and one
// row beyond each edge, so Tab from the last row in view reaches the next, which then scrolls into view.
bool skip_row_out_of_view(bool keep) {
    const float h = ImGui::GetTextLineHeight();
    const float margin = ImGui::GetFrameHeightWithSpacing();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    if (keep || (at.y + h >= clip.Min.y - margin && at.y <= clip.Max.y + margin)) return false;
    ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, h));
    return true;
}

void draw_navigator(ReadinessUi& ui, const flow::Split& split) {
    const assess::Assessment& doc = ui.state.doc();
    const assess::AssessResult& r = ui.state.result();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
    ImGui::BeginChild("navigator", ImVec2(split.first_width, split.first_height), true);
    for (std::size_t di = 0; di < doc.instrument->domains.size(); ++di) {
        const auto& d = doc.instrument->domains[di];
        ImGui::PushID(d.id.c_str());
        if (di) ImGui::Dummy(ImVec2(0, 6));
        bool domain_selected = ui.whole_domain && ui.domain == d.id;
        const auto& dr = r.domains[di];
        if (!skip_row_out_of_view(domain_selected)) {
            ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kNhsBlue));
            if (row_with_mark(d.title, domain_selected, dr.level ? "L" + std::to_string(*dr.level) : "", colour::kNhsBlue)) {
                if (ui.whole_domain) jump_to_domain(ui, d.id);
                else jump_to_indicator(ui, d.indicators.front().id);
            }
            ImGui::PopStyleColor();
            ui::item_tooltip("%s: %s", d.title.c_str(), level_text(dr.level, *doc.instrument).c_str());
        }
        if (!ui.whole_domain) {
            for (const auto& ind : d.indicators) {
                ImGui::Indent(12);
                const bool skipped = skip_row_out_of_view(ui.indicator == ind.id);
                ImGui::Unindent(12);
                if (skipped) continue;
                const assess::Answer* a = doc.answer(ind.id);
                ImVec2 at = ImGui::GetCursorScreenPos();
                if (ind.critical)
                    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 4, at.y + ImGui::GetTextLineHeight() / 2 + 3), 3.0f,
                                                                colour::rgb(colour::kRed));
                ImGui::Indent(12);
                if (row_with_mark(ind.title, ui.indicator == ind.id, short_answer(a), colour::kSecondaryText))
                    jump_to_indicator(ui, ind.id);
                ui::item_tooltip("%s%s\n%s", ind.title.c_str(), ind.critical ? " (critical)" : "",
                                      answer_text(a, *doc.instrument).c_str());
                ImGui::Unindent(12);
            }
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

const char* default_priority(const assess::Indicator& ind) { return ind.critical ? "high" : ind.core ? "medium" : "low"; }

void draw_action_fields(assess::Answer& a, const assess::Indicator& ind, float width, bool& changed) {
    assess::Action& act = a.action;
    changed |= text_field("Action", act.text, kLongTextMax, width);
    changed |= text_field("Owner", act.owner, kShortTextMax, 240);
    ImGui::SameLine(0, 24);
    std::string preview = act.priority.empty() ? std::string("Default (") + default_priority(ind) + ")" : act.priority;
    preview[0] = char(std::toupper(static_cast<unsigned char>(preview[0])));
    ImGui::SetNextItemWidth(150);
    if (ui::begin_combo("Priority", preview.c_str())) {
        const char* options[] = {"", "high", "medium", "low"};
        const char* names[] = {"Default", "High", "Medium", "Low"};
        for (int i = 0; i < 4; ++i)
            if (ui::selectable(names[i], act.priority == options[i])) {
                act.priority = options[i];
                changed = true;
            }
        ui::end_combo();
    }
    ImGui::SameLine(0, 24);
    changed |= date_field("Due date", act.due, false, 110);
}

void draw_level_choice(ReadinessUi& ui, AppContext& ctx, const assess::Indicator& ind) {
    assess::Assessment& doc = ui.state.edit();
    const assess::Instrument& in = *doc.instrument;
    auto it = doc.answers.find(ind.id);
    assess::Answer* a = it == doc.answers.end() ? nullptr : &it->second;
    bool changed = false;
    auto choose = [&](assess::AnswerKind kind, int level) {
        assess::Answer& target = doc.answers[ind.id];  // creates the answer on the first choice
        target.kind = kind;
        if (kind == assess::AnswerKind::level) target.level = level;
        changed = true;
    };

    // The five levels, Not known and Not applicable answer one question: one radio group.
    ui::RadioGroup question(ind.title.c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    // Too narrow for three columns (a large UI size): one column, each level's description and evidence under
    // its choice.
    const bool one_column = flow::narrow(600.0f);
    if (ImGui::BeginTable("levels", one_column ? 1 : 3, flags)) {
        if (one_column) {
            ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthStretch);
        } else {
            ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed, 190);
            ImGui::TableSetupColumn("What it looks like", ImGuiTableColumnFlags_WidthStretch, 1.2f);
            ImGui::TableSetupColumn("Minimum evidence", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        }
        ImGui::TableHeadersRow();
        for (int l = 1; l <= assess::kLevelCount; ++l) {
            bool on = a && a->kind == assess::AnswerKind::level && a->level == l;
            ImGui::TableNextRow();
            if (on) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, colour::rgb(colour::kPaleBlue));
            ImGui::TableNextColumn();
            std::string label = "Level " + std::to_string(l) + ": " + in.level_name(l);
            if (ui::radio_button(label.c_str(), on) && !on) choose(assess::AnswerKind::level, l);
            if (!one_column) ImGui::TableNextColumn();
            cell_text(ind.level(l).descriptor);
            if (!one_column) ImGui::TableNextColumn();
            cell_text(one_column ? "Minimum evidence: " + ind.level(l).evidence : ind.level(l).evidence, colour::kSecondaryText);
        }
        ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, 2));
    bool nk = a && a->kind == assess::AnswerKind::not_known;
    bool na = a && a->kind == assess::AnswerKind::not_applicable;
    if (ui::radio_button("Not known", nk) && !nk) choose(assess::AnswerKind::not_known, 0);
    ui::item_tooltip("Counts as level 1 in the domain level, and is listed in the action plan");
    ImGui::SameLine(0, 24);
    if (ui::radio_button("Not applicable", na) && !na) choose(assess::AnswerKind::not_applicable, 0);
    ui::item_tooltip("%s", ind.critical ? "A critical indicator must be assessed: Not applicable holds the posture at Not yet"
                                        : "Left out of the domain level altogether");
    if (a) {
        ImGui::SameLine(0, 24);
        if (secondary_button("Clear answer")) {
            ctx.push_undo("Cleared the answer to \"" + ind.title + "\"");
            doc.answers.erase(ind.id);
            a = nullptr;
            changed = true;
        }
    }
    if (changed) {
        answers_changed(ui, ctx);
        it = doc.answers.find(ind.id);
        a = it == doc.answers.end() ? nullptr : &it->second;
    }
    if (a && a->kind == assess::AnswerKind::not_known)
        hint_text("Not known counts as level 1 when the domain's level is worked out.");
    if (ind.critical)
        hint_text("This is a critical indicator, and critical indicators must be assessed. Not applicable does not "
                  "excuse it: it is listed among the critical gaps and the suggested posture stays at Not yet until "
                  "it is assessed at a level.");
    else if (a && a->kind == assess::AnswerKind::not_applicable)
        hint_text("Not applicable is left out of the domain's level and the action plan.");
    if (a && a->kind != assess::AnswerKind::not_applicable) {
        int lvl = a->kind == assess::AnswerKind::level ? a->level : 1;
        if (lvl < doc.target_for(ind.id))
            hint_text(("Suggested next step: " + ind.level(lvl).next_action).c_str());
    }
}

void draw_answer_details(ReadinessUi& ui, AppContext& ctx, const assess::Indicator& ind, float width) {
    assess::Assessment& doc = ui.state.edit();
    auto it = doc.answers.find(ind.id);
    bool has = it != doc.answers.end();
    assess::Answer blank;
    assess::Answer& a = has ? it->second : blank;
    bool changed = false;
    if (!has) hint_text("Choose a level, Not known or Not applicable first; then record the certainty, evidence and action.");
    ImGui::BeginDisabled(!has);

    ImGui::AlignTextToFramePadding();
    ui::text("Certainty");
    ui::RadioGroup certainty("Certainty");
    const char* ids[] = {"low", "medium", "high"};
    const char* names[] = {"Low", "Medium", "High"};
    for (int i = 0; i < 3; ++i) {
        ImGui::SameLine(0, i ? 16 : 24);
        bool on = a.certainty == ids[i];
        if (ui::radio_button(names[i], on)) {
            a.certainty = on ? "" : ids[i];  // choosing it again clears it
            changed = true;
        }
    }
    ImGui::SameLine(0, 40);
    std::string target_preview = a.target ? "Level " + std::to_string(*a.target) : "Assessment's (" + std::to_string(doc.target_level) + ")";
    ImGui::SetNextItemWidth(170);
    if (ui::begin_combo("Target", target_preview.c_str())) {
        if (ui::selectable("Assessment's target", !a.target)) { a.target.reset(); changed = true; }
        for (int l = 1; l <= assess::kLevelCount; ++l)
            if (ui::selectable(("Level " + std::to_string(l)).c_str(), a.target == l)) { a.target = l; changed = true; }
        ui::end_combo();
    }

    ImGui::Dummy(ImVec2(0, 2));
    if (!ind.evidence_prompt.empty()) hint_text(("Evidence to look for: " + ind.evidence_prompt).c_str());
    changed |= text_area("Evidence", a.evidence, kLongTextMax, width - 90, 64);
    changed |= text_area("Note", a.note, kLongTextMax, width - 90, 44);
    ImGui::Dummy(ImVec2(0, 2));
    ui::text("Action to reach the target");
    draw_action_fields(a, ind, width - 90, changed);
    ImGui::EndDisabled();
    if (changed && has) answers_changed(ui, ctx);
}

void draw_indicator(ReadinessUi& ui, AppContext& ctx, const assess::Domain& d, const assess::Indicator& ind) {
    const assess::Instrument& in = *ui.state.doc().instrument;
    Position pos = locate(in, ind.id);
    ImGui::PushID(ind.id.c_str());
    card_begin("indicator");
    float width = ImGui::GetContentRegionAvail().x - 16;
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
    ui::textf("%s \xC2\xB7 indicator %d of %d", d.title.c_str(), int(pos.number), int(pos.total));
    ImGui::PopStyleColor();
    ImGui::PushFont(ctx.fonts().heading);
    ui::text(ind.title.c_str());
    ImGui::PopFont();
    if (ind.critical) {
        ImGui::SameLine(0, 12);
        pill("Critical", colour::kRed);
        ui::item_tooltip("Must reach level 3 for a proactive posture, and 2 for a reactive one");
    }
    ImGui::SameLine(0, 8);
    pill(ind.core ? "Core" : "Enhancement", ind.core ? colour::kNhsBlue : colour::kSecondaryText);
    ui::item_tooltip("%s", ind.core ? "Counts towards the domain's level" : "Recorded and reported, but not part of the domain's level");
    ImGui::PushFont(ctx.fonts().bold);
    ui::text_wrapped("%s", ind.question.c_str());
    ImGui::PopFont();
    hint_text(ind.guidance.c_str());
    if (!ind.source.empty()) hint_text(("Source: " + ind.source).c_str());
    ImGui::Dummy(ImVec2(0, 4));
    draw_level_choice(ui, ctx, ind);
    ImGui::Dummy(ImVec2(0, 6));
    draw_answer_details(ui, ctx, ind, width);
    card_end();
    ImGui::PopID();
}

void draw_mode_and_steps(ReadinessUi& ui) {
    const assess::Instrument& in = *ui.state.doc().instrument;
    ui::RadioGroup question("How to answer");
    if (ui::radio_button("One indicator at a time", !ui.whole_domain)) {
        ui.whole_domain = false;
        ui.scroll_to_top = true;
    }
    ImGui::SameLine(0, 20);
    if (ui::radio_button("Whole domain", ui.whole_domain)) {
        ui.whole_domain = true;
        ui.scroll_to_top = true;
    }
    ImGui::SameLine(0, 40);
    if (!ui.whole_domain) {
        Position pos = locate(in, ui.indicator);
        ImGui::BeginDisabled(pos.number <= 1);
        if (secondary_button("Previous indicator")) jump_to_indicator(ui, step_indicator(in, ui.indicator, -1));
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(pos.number >= pos.total);
        if (secondary_button("Next indicator")) jump_to_indicator(ui, step_indicator(in, ui.indicator, 1));
        ImGui::EndDisabled();
    } else {
        Position pos = locate(in, ui.indicator);
        ImGui::BeginDisabled(pos.domain == 0);
        if (secondary_button("Previous domain")) jump_to_domain(ui, in.domains[pos.domain - 1].id);
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(pos.domain + 1 >= in.domains.size());
        if (secondary_button("Next domain")) jump_to_domain(ui, in.domains[pos.domain + 1].id);
        ImGui::EndDisabled();
    }
}

}  // namespace

void draw_readiness_answering(ReadinessUi& ui, AppContext& ctx) {
    // At a large size the navigator goes above the indicator (shell/flow.h), which keeps the whole width.
    flow::Split split = flow::split(kNavigatorWidth, 420.0f);
    draw_navigator(ui, split);
    flow::between(split, 16);
    // Stacked, the indicator is part of the page and scrolls with it, not in a box of its own.
    const bool own_scroll = !split.stacked;
    if (own_scroll) ImGui::BeginChild("answer_panel", ImVec2(0, 0), false);
    if (ui.scroll_to_top) {
        ImGui::SetScrollY(0);
        ui.scroll_to_top = false;
    }
    draw_mode_and_steps(ui);
    ImGui::Dummy(ImVec2(0, 4));
    const assess::Instrument& in = *ui.state.doc().instrument;
    Position pos = locate(in, ui.indicator);
    const assess::Domain& d = in.domains[pos.domain];
    if (!ui.whole_domain) {
        draw_indicator(ui, ctx, d, d.indicators[pos.indicator]);
    } else {
        const assess::DomainResult& dr = ui.state.result().domains[pos.domain];
        section_heading(ctx.fonts(), d.title.c_str());
        if (!d.summary.empty()) hint_text(d.summary.c_str());
        ui::textf("%s \xC2\xB7 %d of %d answered", level_text(dr.level, in).c_str(), dr.answered, dr.total);
        ImGui::Dummy(ImVec2(0, 4));
        for (const auto& ind : d.indicators) draw_indicator(ui, ctx, d, ind);
    }
    if (own_scroll) ImGui::EndChild();
}

}  // namespace ft::ui
