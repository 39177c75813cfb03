// Form fields and badges shared by the Readiness and Data assets screens.
//
// Every field keeps the document valid: text is cut to the length the core accepts, and a value that the
// core would refuse (a bad date, an empty name) is shown in red and not stored, so a saved workspace always
// reads back whole.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "assess/assess.h"
#include "shell/theme.h"

namespace ft::ui {

using assess::kShortTextMax;   // names, owners, list items (core's limits, so a field never takes what core refuses)
using assess::kLongTextMax;    // evidence, notes, descriptions

// One line of text, at most max_len bytes. Returns true when the value changed.
bool text_field(const char* label, std::string& value, std::size_t max_len, float width);
// Several lines of text, at most max_len bytes.
bool text_area(const char* label, std::string& value, std::size_t max_len, float width, float height);
// A date typed as 31/03/2027, 31-03-2027 or 2027-03-31, stored YYYY-MM-DD; empty allowed unless required.
bool date_field(const char* label, std::string& value, bool required, float width);
// A comma-separated list of short texts.
bool list_field(const char* label, std::vector<std::string>& items, float width);
// A whole number in [lo, hi], or empty for "not recorded".
bool optional_whole_field(const char* label, std::optional<std::int64_t>& value, std::int64_t lo, std::int64_t hi,
                          float width);

// The message for a date the core would refuse, or "" for a good one.
std::string date_problem(const std::string& text);

// Asset rating badges: colour, text colour, and a pill with the scheme's name for the value.
unsigned rating_colour(int value);
unsigned rating_text_colour(int value);
void rating_pill(int value, const assess::AssetRatingScheme& scheme);

// Posture names and colours as the screens show them.
const char* posture_name(assess::Posture p);
unsigned posture_colour(assess::Posture p);

// "Level 3: Established", "Not known", "Not applicable" or "Not answered".
std::string answer_text(const assess::Answer* a, const assess::Instrument& in);
// "Level 3: Established" or "Not assessed".
std::string level_text(const std::optional<int>& level, const assess::Instrument& in);

// A row of tabs (text buttons, the chosen one underlined in NHS blue) over a grey rule. Unlike Dear ImGui's
// tab bar, each tab is an ordinary labelled button, so tests find it by its label. Returns true on a change.
bool view_tabs(const char* const* labels, int count, int& current);

// Wrapped text inside a table cell: wraps at the column's edge, not the card's.
void cell_text(const std::string& text, unsigned colour_hex = colour::kText);

// Text in the secondary colour on the same line as the previous item.
void same_line_hint(const char* text);

}  // namespace ft::ui
