// The Quote screen's form: who the quote is for, the use, the scope of the work (datasets, users, months,
// output checks), staff time, an optional waiver and the letter details. Every input refuses bad values
// inline; anything the engine refuses is shown beside the field its pointer names, and nothing typed is lost.
#include <algorithm>
#include <cctype>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "shell/error_words.h"
#include "screens/quote/quote_model.h"
#include "screens/value/value_screen.h"
#include "shell/widgets.h"

namespace ft::ui::quote_ui {
namespace {

// input_whole works on long long; the request holds int64 (long on some platforms).
bool whole_field(const char* label, std::int64_t& value, long long lo, long long hi, float width = 120.0f) {
    long long v = value;
    if (!input_whole(label, v, lo, hi, width)) return false;
    value = v;
    return true;
}

// Gives a dataset cell, whose label is hidden under its column heading, the name a screen reader and a test
// find it by: "Refreshes, row 2".
void name_cell(const char* id_label, const std::string& column, std::size_t row) {
    ImGuiContext* g = ImGui::GetCurrentContext();
    std::string name = column + ", row " + std::to_string(row + 1);
    if (g->TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(g, ImGui::GetID(id_label), name.c_str(), 0);
    sem::set_name(ImGui::GetID(id_label), name);   // and the same name in the accessibility mirror
}

void draw_name(DrawContext& dc, QuoteEntry& e, float inner) {
    QuoteModel& m = dc.model;
    ImGuiID id = ImGui::GetID("Quote name");
    if (ImGui::GetActiveID() != id && m.name_error.empty()) m.name_draft = e.name;
    ImGui::SetNextItemWidth(inner * 0.6f);
    if (ui::input_text("Quote name", &m.name_draft)) {
        std::string trimmed = m.name_draft;
        trimmed.erase(0, trimmed.find_first_not_of(' '));
        if (trimmed.empty()) m.name_error = "a quote needs a name";
        else if (m.name_taken(trimmed, &e)) m.name_error = "another quote already has this name";
        else if (ft::count_characters(trimmed) > 120) m.name_error = "at most 120 characters";
        else {
            m.name_error.clear();
            e.name = trimmed;
            dc.app.mark_changed();
        }
    }
    error_text(m.name_error);
    if (e.example) {
        pill("Example", colour::kWarmYellow, colour::kText);
        ImGui::SameLine();
        hint_text("This example shows how a quote is built. Change anything in it, or start a new quote.");
    }
}

void draw_partner(DrawContext& dc, QuoteEntry& e, float inner) {
    quote::Partner& p = e.request.partner;
    ImGui::SetNextItemWidth(inner * 0.6f);
    if (ui::input_text("Partner name", &p.name)) dc.changed(e);
    field_error(e, "/partner/name");
    // For the letter's address block; neither changes any figure.
    ImGui::SetNextItemWidth(inner * 0.6f);
    if (ui::input_text("Addressed to (optional)", &p.contact)) dc.changed(e);
    field_error(e, "/partner/contact");
    if (ui::input_text_multiline("Partner address (optional)", &p.address, ImVec2(inner * 0.6f, 64))) dc.changed(e);
    field_error(e, "/partner/address");
    ui::text("Kind of partner");
    ui::RadioGroup question("Kind of partner");
    for (std::size_t i = 0; i < quote::partner_kinds().size(); ++i) {
        const std::string& kind = quote::partner_kinds()[i];
        if (i % 3) ImGui::SameLine(0, 16);
        if (ui::radio_button(kind_label(kind), p.kind == kind) && p.kind != kind) {
            p.kind = kind;
            dc.changed(e);
        }
    }
    field_error(e, "/partner/kind");
    hint_text("Recorded on the quote only. The kind of partner never changes any figure: the price depends on the work "
              "and the use, not on who asks (Value Sharing Framework principle 3).");
}

void draw_value_link(DrawContext& dc, QuoteEntry& e, float inner) {
    auto* value = dc.app.screen_as<ValueShareScreen>(ScreenId::value);
    std::vector<std::string> names = value ? value->scenario_names() : std::vector<std::string>{};
    if (value && !names.empty()) {
        const char* preview = e.value_scenario.empty() ? "None linked yet" : e.value_scenario.c_str();
        ImGui::SetNextItemWidth(inner * 0.6f);
        if (ui::begin_combo("Linked value-share scenario", preview)) {
            if (ui::selectable("None linked yet", e.value_scenario.empty())) { e.value_scenario.clear(); dc.app.mark_changed(); }
            for (const auto& n : names)
                if (ui::selectable(n.c_str(), n == e.value_scenario)) { e.value_scenario = n; dc.app.mark_changed(); }
            ui::end_combo();
        }
        if (!e.value_scenario.empty() && std::find(names.begin(), names.end(), e.value_scenario) == names.end())
            error_text("The linked scenario \"" + e.value_scenario + "\" is no longer on the Value share screen.");
    } else if (!e.value_scenario.empty()) {
        hint_text(("Linked value-share scenario: " + e.value_scenario).c_str());
    } else {
        hint_text("No value-share scenario yet. Open the Value share screen to model the NHS share of the value this work "
                  "creates, then link the scenario here.");
    }
    if (secondary_button("Open Value share")) {
        if (value && !e.value_scenario.empty()) value->select_scenario(e.value_scenario);
        dc.app.go_to(ScreenId::value);
    }
}

void draw_use(DrawContext& dc, QuoteEntry& e, float inner) {
    ui::text("Use of the data");
    ui::RadioGroup question("Use of the data");
    bool commercial = e.request.use == quote::Use::commercial;
    if (ui::radio_button("Non-commercial use", !commercial) && commercial) {
        e.request.use = quote::Use::non_commercial;
        dc.changed(e);
    }
    ImGui::SameLine(0, 16);
    if (ui::radio_button("Commercial use", commercial) && !commercial) {
        e.request.use = quote::Use::commercial;
        dc.changed(e);
    }
    commercial = e.request.use == quote::Use::commercial;
    const quote::Quote* q = e.priced.quote ? &*e.priced.quote : nullptr;
    if (commercial) {
        hint_text("Commercial use: the fee recovers the cost of access only. The NHS also shares in the value the work "
                  "creates, in proportion to what it contributes (principle 4); the quote carries a value-share section "
                  "left to be agreed.");
        draw_value_link(dc, e, inner);
    } else {
        hint_text("Non-commercial use: the quote carries a consent-to-commercialise clause (principle 4):");
        std::string clause = q ? quote::consent_clause(*q)["clause"].get<std::string>()
                               : "If the partner later wishes to use the results commercially, it must first agree a fair share of "
                                 "the value with the NHS organisation providing the data.";
        explanation_box("", clause, inner);
    }
}

void draw_datasets(DrawContext& dc, QuoteEntry& e, float inner) {
    auto& rows = e.request.datasets;
    const auto& types = e.request.card.data_type_factors;
    ui::text("Datasets");
    hint_text("One row per data product. The data type sets the price the card charges for it; extra years of history "
              "(beyond the product's standard extract), refreshes and linkages are counted for the items priced per "
              "year, refresh or linkage.");
    bool uses_factors = std::any_of(e.request.card.items.begin(), e.request.card.items.end(),
                                    [](const quote::RateItem& it) { return it.data_type_scaled; });
    std::size_t remove = SIZE_MAX;
    if (!rows.empty()) {
        ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
        if (ImGui::BeginTable("datasets", 6, flags, ImVec2(inner, 0))) {
            ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Data type", ImGuiTableColumnFlags_WidthFixed, 104);
            ImGui::TableSetupColumn("Extra years\nof history", ImGuiTableColumnFlags_WidthFixed, 80);
            ImGui::TableSetupColumn("Refreshes", ImGuiTableColumnFlags_WidthFixed, 66);
            ImGui::TableSetupColumn("Linkages", ImGuiTableColumnFlags_WidthFixed, 60);
            ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 64);
            // Headers two lines high, so "Extra years of history" is named in full without starving the
            // name column (TableHeadersRow keeps every header to one line).
            ImGui::TableNextRow(ImGuiTableRowFlags_Headers, ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().CellPadding.y * 2);
            for (int c = 0; c < 6; ++c)
                if (ImGui::TableSetColumnIndex(c)) ImGui::TableHeader(ImGui::TableGetColumnName(c));
            for (std::size_t i = 0; i < rows.size(); ++i) {
                auto& d = rows[i];
                ImGui::PushID(int(i));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(-1);
                if (ui::input_text("##name", &d.name)) dc.changed(e);
                name_cell("##name", "Dataset name", i);
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(-1);
                // A card names its data types in lower case ("standard"): shown as words start a label ("Standard").
                auto type_words = [](std::string t) {
                    for (char& c : t) if (c == '_') c = ' ';
                    if (!t.empty()) t[0] = char(std::toupper(static_cast<unsigned char>(t[0])));
                    return t;
                };
                bool open = ui::begin_combo("##type", type_words(d.data_type).c_str());
                if (!open) name_cell("##type", "Data type", i);   // an open list is its own window
                if (open) {
                    for (const auto& t : types) {
                        // The factor matters only on a card that scales prices by it.
                        std::string label = type_words(t.data_type) + (uses_factors ? "  (\xC3\x97 " + t.factor.to_string() + ")" : "");
                        if (ui::selectable(label.c_str(), t.data_type == d.data_type)) {
                            d.data_type = t.data_type;
                            dc.changed(e);
                        }
                        if (!t.note.empty()) ui::item_tooltip("%s", t.note.c_str());
                    }
                    ui::end_combo();
                }
                ImGui::TableNextColumn();
                if (whole_field("##years", d.years_of_data, 0, quote::kMaxYearsOfData, 76)) dc.changed(e);
                name_cell("##years", "Extra years of history", i);
                ImGui::TableNextColumn();
                if (whole_field("##refreshes", d.refreshes, 0, quote::kMaxRefreshes, 66)) dc.changed(e);
                name_cell("##refreshes", "Refreshes", i);
                ImGui::TableNextColumn();
                if (whole_field("##linkages", d.linkages, 0, quote::kMaxLinkages, 58)) dc.changed(e);
                name_cell("##linkages", "Linkages", i);
                ImGui::TableNextColumn();
                ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, ImGui::GetStyle().FramePadding.y));
                if (secondary_button("Remove")) remove = i;
                sem::set_name(ImGui::GetID("Remove"), "Remove dataset, row " + std::to_string(i + 1));   // eight rows, eight names
                ImGui::PopStyleVar();
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    } else {
        hint_text("No datasets yet.");
    }
    const std::string& p = e.priced.error_pointer;
    if (!e.dirty && p.rfind("/datasets/", 0) == 0) {
        // Each refusal names its row and its column (found by a new user: "Row 1: must be at most 200
        // characters" did not say which field), as a sentence: "The name in dataset row 1 must be ...".
        error_text(refusal_sentence(field_words(p), e.priced.error_message));
    } else {
        field_error(e, "/datasets");
    }
    if (remove != SIZE_MAX) {
        rows.erase(rows.begin() + std::ptrdiff_t(remove));
        dc.changed(e);
    }
    if (rows.size() < quote::kMaxDatasets && secondary_button("Add dataset")) {
        std::string type = types.empty() ? "" : types.front().data_type;
        // No extra history unless asked for: each extra year is a charge of its own on most cards.
        rows.push_back({"Dataset " + std::to_string(rows.size() + 1), type, 0, 0, 0});
        dc.changed(e);
    }
}

void draw_scope(DrawContext& dc, QuoteEntry& e, float inner) {
    quote::QuoteRequest& r = e.request;
    if (whole_field("Duration (months)", r.duration_months, 1, quote::kMaxDurationMonths)) dc.changed(e);
    field_error(e, "/duration_months");
    if (whole_field("Users", r.users, 0, quote::kMaxUsers)) dc.changed(e);
    field_error(e, "/users");
    if (whole_field("Output checks", r.output_checks, 0, quote::kMaxOutputChecks)) dc.changed(e);
    field_error(e, "/output_checks");
    for (const auto& item : r.card.items)
        if (item.driver == quote::Driver::per_extra_output_check)
            hint_text(("Over the whole project. This card includes " + std::to_string(item.allowance_per_user_month) +
                       " checks per user per month; only checks beyond that allowance are charged.").c_str());
    ImGui::Dummy(ImVec2(0, 6));
    draw_datasets(dc, e, inner);
}

void draw_staff(DrawContext& dc, QuoteEntry& e, float inner) {
    auto& staff = e.request.staff_days;
    const auto& rates = e.request.card.day_rates;
    if (rates.empty()) {
        hint_text("This rate card has no staff day rates: its items already cover the work. Choose a card with day rates "
                  "(such as the trust bespoke work card) to add staff time.");
        return;
    }
    hint_text("Days of each role's time the work needs, at the card's day rates (at most two decimal places, e.g. 1.5).");
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("staff", 3, flags, ImVec2(inner, 0))) {
        ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Day rate", ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableSetupColumn("Days", ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableHeadersRow();
        for (const auto& rate : rates) {
            ImGui::PushID(rate.role.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(rate.role.c_str());
            if (!rate.note.empty()) ui::item_tooltip("%s", rate.note.c_str());
            ImGui::TableNextColumn();
            text_right(format_gbp(rate.pence_per_day));
            ImGui::TableNextColumn();
            auto it = std::find_if(staff.begin(), staff.end(), [&](const quote::StaffDays& s) { return s.role == rate.role; });
            Decimal days = it == staff.end() ? Decimal() : it->days;
            if (input_decimal("##days", days, 2, Decimal::from_int(0), Decimal::from_int(quote::kMaxStaffDays), 100)) {
                if (it != staff.end() && days == Decimal()) staff.erase(it);
                else if (it != staff.end()) it->days = days;
                else staff.push_back({rate.role, days});
                dc.changed(e);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    field_error(e, "/staff_days");
}

void draw_waiver(DrawContext& dc, QuoteEntry& e, float inner) {
    bool on = e.request.waiver.has_value();
    if (ui::checkbox("Waive part of the fee", &on)) {
        if (on) e.request.waiver = e.waiver_draft;
        else {
            e.waiver_draft = *e.request.waiver;
            e.request.waiver.reset();
        }
        dc.changed(e);
    }
    hint_text("A waiver is never hidden in the prices: it is its own line with a recorded reason, and the quote states the "
              "cost it leaves unrecovered (principle 1).");
    if (!e.request.waiver) return;
    quote::Waiver& w = *e.request.waiver;
    if (input_pounds("Waiver amount", w.amount_pence, 160, kMaxPence)) {
        e.waiver_draft.amount_pence = w.amount_pence;
        dc.changed(e);
    }
    field_error(e, "/waiver/amount_pence");
    ImGui::SetNextItemWidth(inner * 0.6f);
    if (ui::input_text("Reason for the waiver", &w.reason)) {
        e.waiver_draft.reason = w.reason;
        dc.changed(e);
    }
    if (!field_error(e, "/waiver/reason") && w.reason.empty()) error_text("a waiver needs a reason");
    if (e.priced.quote) {
        ui::text("Cost left unrecovered:");
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
        money_text(e.priced.quote->unrecovered_pence);
        ImGui::PopStyleColor();
    }
}

void draw_letter(DrawContext& dc, QuoteEntry& e, float inner) {
    quote::QuoteRequest& r = e.request;
    if (input_date("Quote date", r.date, true, 160)) dc.changed(e);
    ImGui::SameLine();
    hint_text("e.g. 31/03/2027");
    field_error(e, "/date");
    if (whole_field("Valid for (days)", r.valid_for_days, 1, quote::kMaxValidForDays)) dc.changed(e);
    field_error(e, "/valid_for_days");
    ImGui::SetNextItemWidth(inner * 0.4f);
    if (ui::input_text("Reference", &r.reference, TextKind::code)) dc.changed(e);
    field_error(e, "/reference");
    hint_text("Leave the reference empty to use one derived from the quote's content (the same request always gets the same one).");
}

// The panels after the first, each a heading over one group of fields, in the order a quote is thought through.
struct Section {
    const char* id;
    const char* heading;
    void (*draw)(DrawContext&, QuoteEntry&, float);
};
const Section kSections[] = {{"scope", "Scope of the work", draw_scope},
                             {"staff", "Staff time", draw_staff},
                             {"waiver", "Waiver", draw_waiver},
                             {"letter", "Letter details", draw_letter}};

}  // namespace

void draw_request_form(DrawContext& dc, QuoteEntry& e, float width) {
    {
        Panel p("details", width);
        section_heading(dc.app.fonts(), "Who and what for");
        draw_name(dc, e, p.inner_width());
        ImGui::Dummy(ImVec2(0, 4));
        draw_partner(dc, e, p.inner_width());
        ImGui::Dummy(ImVec2(0, 4));
        draw_use(dc, e, p.inner_width());
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::SetNextItemWidth(p.inner_width() * 0.75f);
        if (ui::input_text_multiline("Purpose", &e.request.purpose, ImVec2(p.inner_width() * 0.75f, 64))) dc.changed(e);
        field_error(e, "/purpose");
    }
    for (const Section& s : kSections) {
        Panel p(s.id, width);
        section_heading(dc.app.fonts(), s.heading);
        s.draw(dc, e, p.inner_width());
    }
}

}  // namespace ft::ui::quote_ui
