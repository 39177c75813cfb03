// Readiness reports (Board report HTML, CSV tables, the assessment as JSON) and the instrument in use,
// including loading a trust's own instrument file.
#include <imgui.h>

#include "assess/assess_report.h"
#include "shell/error_words.h"
#include "base/docx.h"
#include "base/text_format.h"
#include "screens/assessment/assessment_fields.h"
#include "screens/readiness/readiness_views.h"
#include "screens/screens.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

std::string file_date(const assess::Assessment& doc, AppContext& ctx) {
    return doc.assessed_on.empty() ? ctx.today() : doc.assessed_on;
}

// The assessment as the reports show it: with the organisation from Home when its own is left empty. The
// assessment itself (and its JSON file) keeps what was typed.
assess::Assessment for_reports(const assess::Assessment& doc, AppContext& ctx) {
    assess::Assessment shown = doc;
    shown.organisation = report_organisation(doc, ctx);
    return shown;
}

}  // namespace

std::string report_organisation(const assess::Assessment& doc, AppContext& ctx) {
    return ft::text::blank(doc.organisation) ? organisation_profile(ctx).name : doc.organisation;
}

void draw_readiness_reports(ReadinessUi& ui, AppContext& ctx) {
    const assess::Assessment& stored = ui.state.doc();
    const assess::AssessResult& r = ui.state.result();
    std::string date = file_date(stored, ctx);
    // Made only when a report is asked for: a copy of a 2,000-asset assessment is not made every frame.
    auto doc = [&] { return for_reports(stored, ctx); };
    // No report leaves while a field of the assessment shows a refused entry; each button says which.
    std::vector<Refusal> refused = refusals_here();
    draw_refusals(refused);
    DisabledFor disabled(refusal_reason(refused));

    card_begin("board_report");
    section_heading(ctx.fonts(), "Board report");
    paragraph("A complete report for a Board paper: the posture and what holds it back, each domain's level, every "
              "question with its answer, level descriptor, certainty, evidence, note and action, the data assets and "
              "partner profiles, the action plan and, if loaded, the comparison with an earlier assessment.");
    if (secondary_button("Open printable report")) ctx.platform().open_printable(assess::report_html(doc(), r));
    ui::item_tooltip("Opens the report in a new tab, ready to print or save as PDF");
    ImGui::SameLine(0, 12);
    if (secondary_button("Download report (HTML)"))
        ctx.platform().save_file("readiness-report-" + date + ".html", "text/html", assess::report_html(doc(), r));
    ImGui::SameLine(0, 12);
    if (secondary_button("Download report (Word)"))
        ctx.platform().save_file("readiness-report-" + date + ".docx",
                                 docx::kMediaType, assess::report_docx(doc(), r));
    card_end();

    card_begin("tables");
    section_heading(ctx.fonts(), "Tables");
    paragraph("For spreadsheets and trackers: one row per indicator with its answer, evidence and action, or one row per "
              "item of the action plan.");
    if (secondary_button("Download indicators (CSV)"))
        ctx.platform().save_file("readiness-indicators-" + date + ".csv", "text/csv", assess::report_csv(doc()));
    ImGui::SameLine(0, 12);
    if (secondary_button("Download action plan (CSV)"))
        ctx.platform().save_file("readiness-actions-" + date + ".csv", "text/csv", assess::actions_csv(doc(), r));
    card_end();

    card_begin("json");
    section_heading(ctx.fonts(), "Assessment file");
    paragraph("The assessment alone (answers, data assets and partner profiles) as a file fairterms reads back: a "
              "colleague can compare their own with it, and the fairterms command-line tool can score it.");
    if (secondary_button("Download assessment (JSON)"))
        ctx.platform().save_file("readiness-assessment-" + date + ".json", "application/json",
                                 assess::assessment_to_json(stored).dump(2) + "\n");
    card_end();
}

void open_instrument_file(ReadinessUi& ui, const std::string& name, const std::string& bytes, AppContext& ctx) {
    ui.instrument_error.clear();
    std::shared_ptr<const assess::Instrument> next;
    try {
        json doc = parse_json_input(bytes);
        next = std::make_shared<const assess::Instrument>(assess::parse_instrument(Field(doc, "")));
    } catch (const InputError& e) {
        ui.instrument_error = "\"" + name + "\" is not a usable instrument. " + error_in_words(e.pointer, e.message) +
                              ". The current instrument is still in use.";
        ctx.toast("The instrument in \"" + name + "\" could not be used; see the Instrument tab.", ToastKind::error);
        ui.tab = ReadinessTab::instrument;
        return;
    }
    assess::Assessment& doc = ui.state.edit();
    std::vector<std::string> dropped;
    for (const auto& [id, answer] : doc.answers)
        if (!next->find_indicator(id)) dropped.push_back(id);
    // A message about removed answers first, then the undo entry, so that its Undo button shows last.
    if (!dropped.empty()) {
        std::string list;
        for (std::size_t i = 0; i < dropped.size() && i < 6; ++i) list += (i ? ", " : "") + dropped[i];
        if (dropped.size() > 6) list += " and " + std::to_string(dropped.size() - 6) + " more";
        ctx.toast(std::to_string(dropped.size()) + (dropped.size() == 1 ? " answer was" : " answers were") +
                      " for indicators the new instrument does not have and " + (dropped.size() == 1 ? "was" : "were") +
                      " removed: " + list + ". Undo brings them back.",
                  ToastKind::error);
    }
    ctx.push_undo("Switched to the instrument \"" + next->title + "\" (version " + next->version + ")");
    for (const auto& id : dropped) doc.answers.erase(id);
    doc.instrument = next;
    doc.builtin_instrument = false;
    ui.state.changed(ctx);
    settle_selection(ui);
}

void draw_readiness_instrument(ReadinessUi& ui, AppContext& ctx) {
    const assess::Assessment& doc = ui.state.doc();
    const assess::Instrument& in = *doc.instrument;
    card_begin("instrument_now");
    section_heading(ctx.fonts(), "Instrument in use");
    int critical = 0, core = 0;
    for (const auto& d : in.domains)
        for (const auto& i : d.indicators) {
            critical += i.critical;
            core += i.core;
        }
    ImGui::PushFont(ctx.fonts().bold);
    ui::text_wrapped("%s", in.title.c_str());
    ImGui::PopFont();
    ui::textf("Version %s \xC2\xB7 %s", in.version.c_str(),
                doc.builtin_instrument ? "built into fairterms" : "loaded from a file");
    ui::textf("%d domains, %d indicators (%d core, %d critical), levels 1 to 5 from %s to %s.", int(in.domains.size()),
                int(in.indicator_count()), core, critical, in.level_name(1).c_str(), in.level_name(5).c_str());
    if (!in.description.empty()) hint_text(in.description.c_str());
    card_end();

    card_begin("instrument_load");
    section_heading(ctx.fonts(), "Use your own instrument");
    paragraph("A trust can adapt the questions to its own setting. Download the built-in instrument as a starting point, "
              "edit it (it is a fairterms/instrument@1 JSON document), then load it here. It is checked in full before "
              "it is used; answers to indicators it does not have are removed, and Undo brings them back.");
    if (secondary_button("Load your own instrument\xE2\x80\xA6"))
        ctx.platform().open_file("Readiness:instrument", ".json,application/json");
    ImGui::SameLine(0, 12);
    if (secondary_button("Download the built-in instrument (JSON)"))
        ctx.platform().save_file("readiness-instrument-" + assess::builtin_instrument().version + ".json", "application/json",
                                 assess::instrument_to_json(assess::builtin_instrument()).dump(2) + "\n");
    if (!doc.builtin_instrument) {
        ImGui::SameLine(0, 12);
        if (secondary_button("Use the built-in instrument")) {
            const assess::Instrument& builtin = assess::builtin_instrument();
            assess::Assessment& d = ui.state.edit();
            std::vector<std::string> dropped;
            for (const auto& [id, answer] : d.answers)
                if (!builtin.find_indicator(id)) dropped.push_back(id);
            if (!dropped.empty())
                ctx.toast(std::to_string(dropped.size()) + " answers to indicators the built-in instrument does not have "
                          "were removed. Undo brings them back.",
                          ToastKind::error);
            ctx.push_undo("Switched back to the built-in instrument");
            for (const auto& id : dropped) d.answers.erase(id);
            d.instrument = std::shared_ptr<const assess::Instrument>(&builtin, [](const assess::Instrument*) {});
            d.builtin_instrument = true;
            ui.state.changed(ctx);
            settle_selection(ui);
        }
    }
    error_text(ui.instrument_error);
    card_end();
}

}  // namespace ft::ui
