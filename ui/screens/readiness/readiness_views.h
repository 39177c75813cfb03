// The Readiness screen's views (overview, answering, action plan, comparison, reports, instrument) and the
// state they share. Each view lives in its own readiness_*.cpp file; readiness.cpp holds the screen.
#pragma once

#include <optional>
#include <string>

#include "screens/assessment/assessment_state.h"
#include "shell/screen.h"

namespace ft::ui {

enum class ReadinessTab { overview, answer, plan, compare, reports, instrument };

struct ReadinessUi {
    AssessmentState state;
    ReadinessTab tab = ReadinessTab::overview;
    bool whole_domain = false;              // answer a whole domain at once instead of one indicator
    std::string indicator;                  // the indicator being answered
    std::string domain;                     // the domain being answered (whole-domain mode)
    bool scroll_to_top = false;             // the answer panel moved to another indicator or domain
    bool sort_by_due = false;               // action plan order: priority (the engine's) or due date
    bool show_unchanged = false;            // comparison: list indicators that did not change too
    std::string instrument_error;           // why the last instrument file was refused
    std::string comparison_error;           // why the last comparison file was refused
    std::string comparison_source;          // the file the earlier assessment came from
};

// Call after changing an answer: stamps the assessment date if it has none, recomputes and autosaves.
void answers_changed(ReadinessUi& ui, AppContext& ctx);

void jump_to_indicator(ReadinessUi& ui, const std::string& indicator_id);
void jump_to_domain(ReadinessUi& ui, const std::string& domain_id);
// Keeps the current indicator and domain pointing into the current instrument.
void settle_selection(ReadinessUi& ui);

void draw_readiness_overview(ReadinessUi& ui, AppContext& ctx);
void draw_readiness_answering(ReadinessUi& ui, AppContext& ctx);
void draw_readiness_plan(ReadinessUi& ui, AppContext& ctx);
void draw_readiness_comparison(ReadinessUi& ui, AppContext& ctx);
void draw_readiness_reports(ReadinessUi& ui, AppContext& ctx);
// The organisation the reports name: the assessment's own, or, left empty, Your organisation on Home
// (never written into the assessment).
std::string report_organisation(const assess::Assessment& doc, AppContext& ctx);
void draw_readiness_instrument(ReadinessUi& ui, AppContext& ctx);

// Files the user picked: an earlier assessment (or workspace) to compare with, or an instrument.
void open_comparison_file(ReadinessUi& ui, const std::string& name, const std::string& bytes, AppContext& ctx);
void open_instrument_file(ReadinessUi& ui, const std::string& name, const std::string& bytes, AppContext& ctx);

}  // namespace ft::ui
