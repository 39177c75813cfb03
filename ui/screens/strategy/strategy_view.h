// The Strategy screen's drawing, split by panel: the export bar, the outline of sections, the document
// details with the posture, and one section's editor with its preview.
#pragma once

#include <string>

#include "screens/strategy/strategy_state.h"
#include "shell/screen.h"

namespace ft::ui {

// The outline's first entry, selected instead of a section.
inline constexpr const char* kStrategyDetails = "Document details";

struct StrategyView {
    StrategyState state;
    std::string selected = kStrategyDetails;   // kStrategyDetails or a section id
};

// The assessment counts once it has answers; an untouched Readiness screen suggests nothing.
AssessmentState* answered_assessment(AppContext& ctx);
// A field changed: check the document again and autosave.
void strategy_changed(StrategyView& v, AppContext& ctx);

// Panels (strategy_exports.cpp, strategy_outline.cpp, strategy_details.cpp, strategy_section.cpp).
void draw_strategy_exports(StrategyView& v, AppContext& ctx);
void draw_strategy_outline(StrategyView& v);
void draw_strategy_details(StrategyView& v, AppContext& ctx);
void draw_strategy_posture(StrategyView& v, AppContext& ctx);
void draw_strategy_section(StrategyView& v, AppContext& ctx);

// A multi-line box whose label is kept for the item hooks (tests find the box by it) but clipped away:
// the section title already stands above the box, and a label beside it would take a third of the width.
// inset: room to leave on the right (a card's padding).
// A wrapped text box taking at most `max_chars` (core's limit for what it holds: a section's text by default).
bool strategy_text_box(const std::string& label, std::string& text, float height, float inset = 0.0f,
                       std::size_t max_chars = ft::strategy::kSectionTextMax);

}  // namespace ft::ui
