// Comparison with an earlier assessment: the user opens a saved workspace or assessment file, and each
// domain's and indicator's change is shown. The earlier assessment is kept in the document's "previous".
#include <imgui.h>

#include "base/dates.h"
#include "screens/assessment/assessment_fields.h"
#include "shell/error_words.h"
#include "screens/readiness/readiness_views.h"
#include "shell/widgets.h"
#include "workspace.h"

namespace ft::ui {
namespace {

std::string value_text(const ojson& v, const assess::Instrument& in) {
    if (v.is_null()) return "Not answered";
    if (v == "not_known") return "Not known";
    if (v == "not_applicable") return "Not applicable";
    int l = v.get<int>();
    return l >= 1 && l <= assess::kLevelCount ? "Level " + std::to_string(l) + ": " + in.level_name(l) : std::to_string(l);
}

std::string opt_level(const std::optional<int>& l) { return l ? "Level " + std::to_string(*l) : "Not assessed"; }

void change_text(const std::optional<int>& change) {
    if (!change) {
        ui::text("\xE2\x80\x93");
        return;
    }
    unsigned c = *change > 0 ? colour::kGreen : *change < 0 ? colour::kRed : colour::kSecondaryText;
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(c));
    ui::textf("%s%d", *change > 0 ? "+" : "", *change);
    ImGui::PopStyleColor();
}

const char* status_name(const std::string& s) {
    if (s == "improved") return "Improved";
    if (s == "declined") return "Declined";
    if (s == "newly_answered") return "Newly answered";
    if (s == "no_longer_answered") return "No longer answered";
    if (s == "changed") return "Changed";
    return "Unchanged";
}

}  // namespace

void open_comparison_file(ReadinessUi& ui, const std::string& name, const std::string& bytes, AppContext& ctx) {
    ui.comparison_error.clear();
    try {
        json doc = parse_json_input(bytes);
        json part;
        std::string schema = doc.is_object() && doc.contains("schema") && doc["schema"].is_string() ? doc["schema"].get<std::string>() : "";
        if (schema.rfind(workspace::kSchemaPrefix, 0) == 0) {
            json ws = workspace::load(bytes);
            if (!ws.contains("assessment")) throw InputError("", "this workspace file holds no assessment");
            part = ws["assessment"];
        } else if (schema == "fairterms/assessment@1") {
            part = doc;
        } else {
            throw InputError("/schema", "must be a fairterms workspace or a fairterms/assessment@1 document");
        }
        // The earlier assessment's own comparison is not needed: two are compared at a time.
        if (part.is_object()) part.erase("previous");
        auto earlier = std::make_shared<const assess::Assessment>(assess::parse_assessment(Field(part, "")));
        // The undo message comes last so that its Undo button shows.
        ctx.push_undo(std::string(ui.state.doc().previous ? "Now comparing with" : "Comparing with") + " the assessment in \"" +
                      name + "\"");
        ui.state.edit().previous = earlier;
        ui.state.changed(ctx);
        ui.comparison_source = name;
        ui.tab = ReadinessTab::compare;
    } catch (const InputError& e) {
        ui.comparison_error = "\"" + name + "\" could not be used: " + error_in_words(e.pointer, e.message) +
                              ". Nothing was changed.";
        ctx.toast(ui.comparison_error, ToastKind::error);
    }
}

void draw_readiness_comparison(ReadinessUi& ui, AppContext& ctx) {
    const assess::Assessment& doc = ui.state.doc();
    card_begin("compare_open");
    section_heading(ctx.fonts(), "Compare with an earlier assessment");
    hint_text("Open a workspace file saved from fairterms, or an assessment downloaded from the Reports tab. The earlier "
              "answers are kept with this assessment, so the Board report shows the change too.");
    if (secondary_button("Compare with an earlier assessment\xE2\x80\xA6"))
        ctx.platform().open_file("Readiness:previous", ".json,application/json");
    if (doc.previous) {
        ImGui::SameLine(0, 12);
        if (secondary_button("Stop comparing")) {
            ctx.push_undo("Stopped comparing with the earlier assessment");
            ui.state.edit().previous.reset();
            ui.state.changed(ctx);
        }
    }
    error_text(ui.comparison_error);
    card_end();

    const assess::AssessResult& r = ui.state.result();
    if (!r.comparison) return;
    const assess::Comparison& c = *r.comparison;
    const assess::Instrument& in = *doc.instrument;

    card_begin("compare_domains");
    section_heading(ctx.fonts(), "Change by domain");
    // Dates as a person writes them ("23 November 2026"), as in the documents, never the stored 2026-11-23.
    auto when = [](const std::string& iso) { return iso.empty() ? std::string("date not recorded") : dates::long_date(iso); };
    std::string from = "Earlier assessment: " + when(c.previous_assessed_on) + " (instrument version " + c.previous_instrument_version + ")" +
                       (ui.comparison_source.empty() ? "" : ", from \"" + ui.comparison_source + "\"") + ". Now: " +
                       when(doc.assessed_on) + ".";
    hint_text(from.c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("domain_changes", 4, flags)) {
        ImGui::TableSetupColumn("Domain", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Earlier", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthFixed, 80);
        ImGui::TableHeadersRow();
        for (const auto& d : c.domains) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(d.title.c_str());
            ImGui::TableNextColumn();
            ui::text(opt_level(d.before).c_str());
            ImGui::TableNextColumn();
            ui::text(opt_level(d.after).c_str());
            ImGui::TableNextColumn();
            change_text(d.change);
        }
        ImGui::EndTable();
    }
    card_end();

    card_begin("compare_indicators");
    section_heading(ctx.fonts(), "Change by indicator");
    int changed = 0;
    for (const auto& i : c.indicators) changed += i.status != "unchanged";
    ui::textf("%d of %d indicators changed.", changed, int(c.indicators.size()));
    ImGui::SameLine(0, 24);
    ui::checkbox("Show unchanged indicators", &ui.show_unchanged);
    if (ImGui::BeginTable("indicator_changes", 5, flags)) {
        ImGui::TableSetupColumn("Indicator", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Earlier", ImGuiTableColumnFlags_WidthFixed, 170);
        ImGui::TableSetupColumn("Now", ImGuiTableColumnFlags_WidthFixed, 170);
        ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthFixed, 60);
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, 140);
        ImGui::TableHeadersRow();
        for (const auto& i : c.indicators) {
            if (!ui.show_unchanged && i.status == "unchanged") continue;
            ImGui::PushID(i.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ui::selectable(i.title.c_str())) jump_to_indicator(ui, i.id);
            ImGui::TableNextColumn();
            ui::text(value_text(i.before, in).c_str());
            ImGui::TableNextColumn();
            ui::text(value_text(i.after, in).c_str());
            ImGui::TableNextColumn();
            change_text(i.change);
            ImGui::TableNextColumn();
            ui::text(status_name(i.status));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    card_end();
}

}  // namespace ft::ui
