// What the record links to, with the figures the heads of terms will print: the quote (lines and total),
// the value-share scenario (mechanisms, present value, the split), the five-value profile as a chart with
// its data table, and the principles check.
#include <cctype>

#include <imgui.h>

#include <algorithm>

#include "screens/partnerships/partnerships_view.h"
#include "shell/charts.h"
#include "shell/semantics.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

namespace pt = ft::partnership;

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;

// Chooses one name from `names` (or none); true when the choice changed.
bool link_choice(const char* label, std::string& value, const std::vector<std::string>& names) {
    bool changed = false;
    ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x - 200.0f));
    std::string preview = value.empty() ? "None" : value;
    if (ui::begin_combo(label, preview.c_str())) {
        if (ui::selectable("None", value.empty()) && !value.empty()) { value.clear(); changed = true; }
        for (const auto& n : names) {
            ImGui::PushID(n.c_str());
            if (ui::selectable(n.c_str(), n == value) && n != value) { value = n; changed = true; }
            ImGui::PopID();
        }
        ui::end_combo();
    }
    return changed;
}

void money_cell(Pence p) { text_right(format_gbp(p)); }

void draw_quote_figures(const quote::Quote& q) {
    if (!ImGui::BeginTable("quote-lines", 4, kTableFlags)) return;
    ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch, 5.0f);
    ImGui::TableSetupColumn("Quantity", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Unit price", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    for (const auto& l : q.lines) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(l.label);
        ImGui::TableNextColumn();
        text_right(l.quantity.to_string());
        ImGui::TableNextColumn();
        text_right(quote::unit_price_text(l));
        ImGui::TableNextColumn();
        money_cell(l.amount_pence);
    }
    auto total = [](const char* label, Pence p) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(label);
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        money_cell(p);
    };
    total("Direct cost", q.direct_pence);
    total("Overhead", q.overhead_pence);
    if (q.waiver_pence > 0) total("Waiver", -q.waiver_pence);
    total("VAT", q.vat_pence);
    total("Total", q.total_pence);
    ImGui::EndTable();
}

void draw_value_figures(const value::ValueResult& v) {
    if (ImGui::BeginTable("value-mechanisms", 4, kTableFlags)) {
        ImGui::TableSetupColumn("Mechanism", ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableSetupColumn("Nominal", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Expected", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Present value", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        for (const auto& m : v.mechanisms) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(m.label);
            ImGui::TableNextColumn();
            money_cell(m.nominal_pence);
            ImGui::TableNextColumn();
            money_cell(m.expected_pence);
            ImGui::TableNextColumn();
            money_cell(m.pv_pence);
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text("Total");
        ImGui::TableNextColumn();
        money_cell(v.total_nominal_pence);
        ImGui::TableNextColumn();
        money_cell(v.total_expected_pence);
        ImGui::TableNextColumn();
        money_cell(v.total_pv_pence);
        ImGui::EndTable();
    }
    if (v.split.size() > 1) {
        ui::text("Split among the NHS organisations:");
        for (const auto& o : v.split) ui::text("  " + o.org + ": " + format_share(o.share) + ", " + format_gbp(o.total_pv_pence));
    }
}

}  // namespace

bool draw_links(PartnershipsView& v, AppContext& ctx) {
    PartnershipsState& s = v.state;
    pt::Partnership& p = *s.record();
    bool changed = false;

    section_heading(ctx.fonts(), "Fee: the linked quote");
    changed |= link_choice("Linked quote", p.quote, pt::workspace_quote_names(s.workspace));
    if (s.linked && s.linked->quote) {
        const quote::Quote& q = *s.linked->quote;
        // Right under the choice, before the figures: the person who just chose the quote sees it without scrolling.
        if (!s.linked->quote_partner_note.empty()) warning_box(s.linked->quote_partner_note);
        ui::text("Quote " + q.reference + ", rate card: " + q.request.card.name + ". Total " + format_gbp(q.total_pence) + ".");
        draw_quote_figures(q);
    } else if (s.linked && !s.linked->quote_problem.empty()) {
        warning_box(s.linked->quote_problem);
    } else {
        hint_text("Link the quote that prices this access (make one on the Quote screen).");
    }

    if (p.commercial) {
        section_heading(ctx.fonts(), "Value share: the linked scenario");
        changed |= link_choice("Linked value-share scenario", p.value_scenario, pt::workspace_scenario_names(s.workspace));
        if (s.linked && s.linked->value) {
            const value::ValueResult& r = *s.linked->value;
            ui::text("Present value to the NHS: " + format_gbp(r.total_pv_pence) + " (recommended royalty rate " +
                     format_percent(r.recommended_royalty_rate) + ").");
            draw_value_figures(r);
        } else if (s.linked && !s.linked->value_problem.empty()) {
            warning_box(s.linked->value_problem);
        } else {
            hint_text("A commercial use needs a value share: link a scenario from the Value share screen.");
        }
    } else if (!p.value_scenario.empty()) {
        hint_text("A non-commercial use carries a consent-to-commercialise clause instead of a value share.");
    }
    return changed;
}

bool draw_value_profile(PartnershipsView& v, AppContext& ctx) {
    PartnershipsState& s = v.state;
    pt::Partnership& p = *s.record();
    bool changed = false;
    section_heading(ctx.fonts(), "The whole value of the deal");
    hint_text("Clinical, social, economic development, environmental and commercial value: what is expected, who receives it, "
              "how it will be measured, and how much it matters here (0 to 5). A value weighted 3 or more needs a measure. "
              "Only the commercial value is counted in money, through the fee and the value share.");
    for (std::size_t i = 0; i < pt::kValueKinds.size(); ++i) {
        pt::ValueEntry& e = p.values[i];
        ImGui::PushID(int(i));
        const char* title = pt::value_title(pt::kValueKinds[i]);
        ui::text(title);
        float w = std::min(520.0f, ImGui::GetContentRegionAvail().x - 220.0f);
        std::string expected = e.expected;
        ImGui::SetNextItemWidth(w);
        if (ui::input_text((std::string("Expected ") + title + " value").c_str(), &expected)) {
            v.refusal = s.set_expected(i, expected);
            changed |= v.refusal.empty();
        }
        std::string measure = e.measure;
        ImGui::SetNextItemWidth(w);
        if (ui::input_text((std::string("How the ") + title + " value is measured").c_str(), &measure)) {
            v.refusal = s.set_measure(i, measure);
            changed |= v.refusal.empty();
        }
        long long weight = e.weight;
        if (input_whole((std::string("Weight of the ") + title + " value (0 to 5)").c_str(), weight, 0, pt::kMaxWeight, 80.0f)) {
            v.refusal = s.set_weight(i, int(weight));
            changed |= v.refusal.empty();
        }
        ui::text("Who receives it:");
        for (const auto& r : pt::recipients()) {
            ImGui::SameLine();
            bool on = std::find(e.recipients.begin(), e.recipients.end(), r) != e.recipients.end();
            bool ticked = ui::checkbox(pt::recipient_words(r).c_str(), &on);
            // Five values each ask "who receives it": the name says which value (a screen reader lists them).
            std::string value_words = title;
            if (!value_words.empty()) value_words[0] = char(std::tolower(static_cast<unsigned char>(value_words[0])));
            sem::set_name(ImGui::GetID(pt::recipient_words(r).c_str()),
                          "Who receives the " + value_words + " value: " + pt::recipient_words(r));
            if (ticked) {
                if (on) e.recipients.push_back(r);
                else e.recipients.erase(std::remove(e.recipients.begin(), e.recipients.end(), r), e.recipients.end());
                // Kept in the core's order, so the record reads the same however it was ticked.
                std::vector<std::string> ordered;
                for (const auto& x : pt::recipients())
                    if (std::find(e.recipients.begin(), e.recipients.end(), x) != e.recipients.end()) ordered.push_back(x);
                e.recipients = ordered;
                changed = true;
            }
        }
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::PopID();
    }

    // The chart, and the same figures as a table (the chart's data table).
    std::vector<HorizontalBar> bars;
    for (std::size_t i = 0; i < pt::kValueKinds.size(); ++i)
        bars.push_back({pt::value_title(pt::kValueKinds[i]), double(p.values[i].weight), std::to_string(p.values[i].weight) + " of 5", 0});
    ui::text("Value profile: weight of each kind of value, 0 to 5");
    horizontal_bars("value-profile-chart", bars, 24.0f, std::min(560.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginTable("value-profile-table", 4, kTableFlags)) {
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Weight", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Who receives it", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("How it is measured", ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < pt::kValueKinds.size(); ++i) {
            const pt::ValueEntry& e = p.values[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(pt::value_title(pt::kValueKinds[i]));
            ImGui::TableNextColumn();
            text_right(std::to_string(e.weight));
            ImGui::TableNextColumn();
            std::string who;
            for (const auto& r : e.recipients) who += (who.empty() ? "" : ", ") + pt::recipient_words(r);
            ui::text(who.empty() ? "Not stated" : who);
            ImGui::TableNextColumn();
            ui::text(e.measure.empty() ? "Not stated" : e.measure);
        }
        ImGui::EndTable();
    }
    return changed;
}

void draw_principles(const PartnershipsView& v, AppContext& ctx) {
    if (!v.state.linked) return;
    const auto& ps = v.state.linked->principles;
    int met = int(std::count_if(ps.begin(), ps.end(), [](const pt::Principle& x) { return x.pass; }));
    section_heading(ctx.fonts(), "Principles check");
    ui::text(std::to_string(met) + " of " + std::to_string(ps.size()) + " principles met.");
    if (!ImGui::BeginTable("principles", 3, kTableFlags)) return;
    ImGui::TableSetupColumn("Principle", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn("Met", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthStretch, 6.0f);
    ImGui::TableHeadersRow();
    for (const auto& x : ps) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ui::text((x.source == "DHSC" ? "DHSC " : "Value Sharing Framework ") + std::to_string(x.number) + ": " + x.title);
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        pill(x.pass ? "Pass" : "Fail", x.pass ? colour::kGreen : colour::kRed);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ui::text(x.reason);
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

}  // namespace ft::ui
