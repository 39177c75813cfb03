// The action plan: the engine's list of indicators below their target, not known, or critical and not
// answered, with each action's text, owner, priority and due date editable in place. Edits are stored in
// the answer's action, so the plan, the CSV and the Board report always agree.
#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/readiness/readiness_views.h"
#include "shell/visible_rows.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

int priority_rank(const std::string& p) { return p == "high" ? 0 : p == "medium" ? 1 : 2; }

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string status_text(const assess::ActionItem& it) {
    std::string now = it.status == "not_known"        ? "Not known"
                      : it.status == "not_answered"   ? "Not answered"
                      : it.status == "not_applicable" ? "Marked not applicable (must be assessed)"
                                                      : "Level " + std::to_string(it.level.value_or(0));
    return now + " \xE2\x86\x92 " + std::to_string(it.target);
}

void draw_target(ReadinessUi& ui, AppContext& ctx) {
    assess::Assessment& doc = ui.state.edit();
    ImGui::AlignTextToFramePadding();
    ui::text("Target level");
    ui::RadioGroup question("Target level");
    for (int l = 1; l <= assess::kLevelCount; ++l) {
        ImGui::SameLine(0, l == 1 ? 16 : 12);
        std::string label = std::to_string(l) + " " + doc.instrument->level_name(l) + "##target";
        if (ui::radio_button(label.c_str(), doc.target_level == l) && doc.target_level != l) {
            doc.target_level = l;
            ui.state.changed(ctx);
        }
    }
    hint_text("The default target is level 3 (the level a proactive posture needs). An indicator's own target, set "
              "where it is answered, overrides this one.");
}

void draw_sort(ReadinessUi& ui) {
    ImGui::AlignTextToFramePadding();
    ui::text("Sort by");
    ui::RadioGroup question("Sort by");
    ImGui::SameLine(0, 16);
    if (ui::radio_button("Priority", !ui.sort_by_due)) ui.sort_by_due = false;
    ImGui::SameLine(0, 12);
    if (ui::radio_button("Due date", ui.sort_by_due)) ui.sort_by_due = true;
}

// narrow: two columns (see draw_readiness_plan), priority, indicator and status stacked in the first and the
// action, owner and due date (each with its label above it) in the second.
void draw_row(ReadinessUi& ui, AppContext& ctx, const assess::ActionItem& it, bool narrow) {
    assess::Assessment& doc = ui.state.edit();
    const assess::Domain* dom = doc.instrument->domain_of(it.indicator);
    auto found = doc.answers.find(it.indicator);
    assess::Answer* a = found == doc.answers.end() ? nullptr : &found->second;
    bool changed = false;

    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string preview = capitalised(it.priority) + (it.priority_is_default ? " (default)" : "");
    ImGui::SetNextItemWidth(-1);
    ImGui::BeginDisabled(!a);
    if (ui::begin_combo("##priority", preview.c_str())) {
        const char* options[] = {"", "high", "medium", "low"};
        const char* names[] = {"Default", "High", "Medium", "Low"};
        for (int i = 0; i < 4; ++i)
            if (ui::selectable(names[i], a && a->action.priority == options[i])) {
                a->action.priority = options[i];
                changed = true;
            }
        ui::end_combo();
    }
    ImGui::EndDisabled();

    if (!narrow) ImGui::TableNextColumn();
    if (ui::selectable(it.title.c_str())) jump_to_indicator(ui, it.indicator);
    ui::item_tooltip("Go to this indicator");
    cell_text(std::string(dom ? dom->title : "") + (it.critical ? " \xC2\xB7 critical" : ""), colour::kSecondaryText);

    if (!narrow) ImGui::TableNextColumn();
    ui::text(status_text(it).c_str());

    ImGui::TableNextColumn();
    if (!a) {
        cell_text("Suggested: " + it.suggested_action, colour::kSecondaryText);
        if (ui::small_button("Answer it first")) jump_to_indicator(ui, it.indicator);
    } else {
        changed |= text_field("##action", a->action.text, kLongTextMax, -1);
        if (a->action.text.empty()) {
            cell_text("Suggested: " + it.suggested_action, colour::kSecondaryText);
            if (ui::small_button("Use suggestion")) {
                a->action.text = it.suggested_action;
                changed = true;
            }
        }
    }

    if (!narrow) ImGui::TableNextColumn();
    else if (a) hint_text("Owner");
    if (a) changed |= text_field("##owner", a->action.owner, kShortTextMax, -1);
    if (!narrow) ImGui::TableNextColumn();
    else if (a) hint_text("Due date");
    if (a) {
        // The refusal goes under the field, wrapped in the cell: beside it there is no room in the column.
        std::string refused;
        changed |= input_date("##due", a->action.due, false, -1, false, nullptr, &refused);
        sem::set_name(sem::last_item_id(), "Due date for " + it.title);
        if (!refused.empty()) cell_text("\xE2\x9C\x97 " + refused, colour::kRed);
    }
    if (changed) ui.state.changed(ctx);
}

}  // namespace

void draw_readiness_plan(ReadinessUi& ui, AppContext& ctx) {
    card_begin("plan_settings");
    draw_target(ui, ctx);
    ImGui::Dummy(ImVec2(0, 2));
    draw_sort(ui);
    card_end();

    std::vector<assess::ActionItem> plan = ui.state.result().action_plan;
    if (ui.sort_by_due)
        std::stable_sort(plan.begin(), plan.end(), [](const assess::ActionItem& x, const assess::ActionItem& y) {
            if (x.due.empty() != y.due.empty()) return !x.due.empty();
            if (x.due != y.due) return x.due < y.due;
            if (priority_rank(x.priority) != priority_rank(y.priority)) return priority_rank(x.priority) < priority_rank(y.priority);
            return x.order < y.order;
        });

    card_begin("plan");
    section_heading(ctx.fonts(), "Action plan");
    int counts[3] = {0, 0, 0};
    for (const auto& it : plan) ++counts[priority_rank(it.priority)];
    if (plan.empty()) {
        paragraph("Nothing to do: every answered indicator is at or above its target and every critical indicator is answered.");
        card_end();
        return;
    }
    std::string summary = std::to_string(plan.size()) + (plan.size() == 1 ? " action: " : " actions: ") +
                          std::to_string(counts[0]) + " high, " + std::to_string(counts[1]) + " medium, " +
                          std::to_string(counts[2]) + " low priority.";
    paragraph(summary.c_str());
    hint_text("Listed: indicators below their target, answered Not known, or critical and not yet answered. Default "
              "priority is high for critical indicators, medium for core and low for the rest; select an indicator to "
              "answer it.");
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                            ImGuiTableFlags_PadOuterX;
    // Six columns need about 800 units; narrower (a large UI size), each row's fields stack in two columns.
    const bool narrow = flow::narrow(800.0f);
    if (ImGui::BeginTable("actions", narrow ? 2 : 6, flags)) {
        if (narrow) {
            ImGui::TableSetupColumn("Priority, indicator, now \xE2\x86\x92 target", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Action, owner, due", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        } else {
            ImGui::TableSetupColumn("Priority", ImGuiTableColumnFlags_WidthFixed, 130);
            ImGui::TableSetupColumn("Indicator", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn("Now \xE2\x86\x92 target", ImGuiTableColumnFlags_WidthFixed, 130);
            ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthFixed, 120);
            ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, 110);
        }
        ImGui::TableHeadersRow();
        // Up to an action per indicator (200 at the caps): only the rows in view are drawn (shell/visible_rows.h).
        visible_table_rows(int(plan.size()), -1, [&](int i) {
            const auto& it = plan[std::size_t(i)];
            ImGui::PushID(it.indicator.c_str());
            draw_row(ui, ctx, it, narrow);
            ImGui::PopID();
        });
        ImGui::EndTable();
    }
    card_end();
}

}  // namespace ft::ui
