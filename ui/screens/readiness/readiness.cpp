// Readiness: the organisation's self-assessment against the instrument, with its posture, domain levels,
// action plan, comparison with an earlier assessment and Board report. Owns the shared assessment.
#include <imgui.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/readiness/readiness_views.h"
#include "screens/screens.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {

void answers_changed(ReadinessUi& ui, AppContext& ctx) {
    if (ui.state.doc().assessed_on.empty()) ui.state.edit().assessed_on = ctx.today();
    ui.state.changed(ctx);
}

void jump_to_indicator(ReadinessUi& ui, const std::string& indicator_id) {
    const assess::Domain* d = ui.state.doc().instrument->domain_of(indicator_id);
    if (!d) return;
    ui.indicator = indicator_id;
    ui.domain = d->id;
    ui.whole_domain = false;
    ui.scroll_to_top = true;
    ui.tab = ReadinessTab::answer;
}

void jump_to_domain(ReadinessUi& ui, const std::string& domain_id) {
    for (const auto& d : ui.state.doc().instrument->domains)
        if (d.id == domain_id) {
            ui.domain = d.id;
            ui.indicator = d.indicators.front().id;
            ui.whole_domain = true;
            ui.scroll_to_top = true;
            ui.tab = ReadinessTab::answer;
        }
}

void settle_selection(ReadinessUi& ui) {
    const assess::Instrument& in = *ui.state.doc().instrument;
    if (const assess::Domain* d = in.domain_of(ui.indicator)) {
        ui.domain = d->id;
        return;
    }
    ui.indicator = in.domains.front().indicators.front().id;
    ui.domain = in.domains.front().id;
}

namespace {

void draw_summary(ReadinessUi& ui, AppContext& ctx) {
    const assess::AssessResult& r = ui.state.result();
    card_begin("summary");
    assess::Assessment& doc = ui.state.edit();
    if (text_field("Organisation", doc.organisation, kShortTextMax, 320)) ui.state.changed(ctx);
    ImGui::SameLine(0, 32);
    if (date_field("Assessment date", doc.assessed_on, false, 120)) ui.state.changed(ctx);
    // Left empty, the reports name the organisation from Home (readiness_files.cpp), as Strategy does: said
    // here, so nobody types it twice and nobody wonders where the name in a report came from.
    const std::string named = report_organisation(doc, ctx);
    if (!named.empty() && named != doc.organisation)
        hint_text(("Left empty, the reports name \xE2\x80\x9C" + named + "\xE2\x80\x9D, from Your organisation on Home.").c_str());

    ImGui::Dummy(ImVec2(0, 4));
    ImGui::AlignTextToFramePadding();
    ui::text("Progress");
    ImGui::SameLine(0, 12);
    float fraction = r.total ? float(r.answered) / float(r.total) : 0.0f;
    std::string progress = std::to_string(r.answered) + " of " + std::to_string(r.total) + " indicators answered";
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour::vec(colour::kNhsBlue));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, colour::vec(colour::kPaleGrey));
    ImGui::ProgressBar(fraction, ImVec2(flow::fit_width(220), ImGui::GetFrameHeight()), "");
    ImGui::PopStyleColor(2);
    ImGui::SameLine(0, 12);
    ui::text(progress.c_str());
    ImGui::SameLine(0, 40);
    ui::text("Suggested posture");
    ImGui::SameLine(0, 10);
    pill(posture_name(r.posture), posture_colour(r.posture));
    ui::item_tooltip("%s", r.posture_explanation.c_str());
    // Said when an answer moves them: the progress, the level of the area being answered, the posture.
    sem::live_value("readiness.progress", progress);
    for (const auto& d : r.domains) {
        if (d.id != ui.domain) continue;
        const assess::Instrument& in = *ui.state.doc().instrument;
        sem::live_value("readiness.domain", d.title + ": " +
                                                (d.level ? "level " + std::to_string(*d.level) + " " + in.level_name(*d.level)
                                                         : std::string("not assessed")));
    }
    sem::live_value("readiness.posture", std::string("Suggested posture: ") + posture_name(r.posture));
    card_end();
}

// A view's content scrolls on its own, so the summary above stays in view.
void view_body(ReadinessUi& ui, AppContext& ctx) {
    static void (*const draw[])(ReadinessUi&, AppContext&) = {draw_readiness_overview, draw_readiness_answering,
                                                             draw_readiness_plan,     draw_readiness_comparison,
                                                             draw_readiness_reports,  draw_readiness_instrument};
    float reserve = 24.0f + ImGui::GetStyle().ItemSpacing.y;  // the shell's bottom margin
    ImGui::PushID(int(ui.tab));
    // On a short window (a large size) the view is part of the page, which scrolls as one (shell/flow.h).
    const bool own_scroll = !flow::page_scrolls();
    if (own_scroll) ImGui::BeginChild("view", ImVec2(0, ImGui::GetContentRegionAvail().y - reserve), false);
    draw[int(ui.tab)](ui, ctx);
    if (own_scroll) ImGui::EndChild();
    ImGui::PopID();
}

class ReadinessScreen final : public Screen, public AssessmentHolder {
public:
    // The selection is settled when the screen is first drawn or loaded, not here (the instrument is read lazily).
    ReadinessScreen() = default;

    ScreenId id() const override { return ScreenId::readiness; }
    const char* nav_label() const override { return "Readiness"; }
    const char* nav_hint() const override { return "Organisation self-assessment"; }
    AssessmentState& assessment_state() override { return ui_.state; }

    void draw(AppContext& ctx) override {
        settle_selection(ui_);
        page_header(ctx.fonts(), "Readiness",
                    "How ready the organisation is for data partnerships, what holds it back and what to do next.");
        draw_load_notes(ui_.state, ctx);
        draw_summary(ui_, ctx);
        static const char* const kTabs[] = {"Overview", "Answer questions", "Action plan", "Compare", "Reports", "Instrument"};
        int current = int(ui_.tab);
        if (view_tabs(kTabs, 6, current)) ui_.tab = ReadinessTab(current);
        // The assessment's fields (here and on Data assets) and its reports: see draw_readiness_reports.
        ui::RefusalScope refusal_scope("assessment");
        view_body(ui_, ctx);
    }

    void save(ojson& workspace) const override { ui_.state.save_part(workspace); }

    void load(const json& workspace) override {
        ui_.state.load_part(workspace);
        ui_.instrument_error.clear();
        ui_.comparison_error.clear();
        settle_selection(ui_);
    }
    // The assessment is shared with Data assets; it is named once, here.
    std::string left_out_on_load() const override {
        return ui_.state.load_notes().empty() ? std::string() : "part of the self-assessment and its data assets";
    }

    void on_file_opened(const std::string& purpose, const std::string& name, const std::string& bytes,
                        AppContext& ctx) override {
        if (purpose == "Readiness:previous") open_comparison_file(ui_, name, bytes, ctx);
        else if (purpose == "Readiness:instrument") open_instrument_file(ui_, name, bytes, ctx);
    }

private:
    ReadinessUi ui_;
};

}  // namespace

std::unique_ptr<Screen> make_readiness_screen() { return std::make_unique<ReadinessScreen>(); }

}  // namespace ft::ui
