// Internal to the Value share screen: the sections it draws (value_inputs.cpp, value_results.cpp) and the
// small widgets they share (value_widgets.cpp). Only ui/screens/value*.cpp include this.
#pragma once

#include <optional>
#include <string>

#include "shell/screen.h"
#include "value/value.h"
#include "screens/value/value_draft.h"

namespace ft::ui::value_ui {

// What the engine made of the current draft: a result, or the first field it refused.
struct Outcome {
    ojson request;                  // the document sent to the engine
    std::string request_text;       // request.dump(2) + "\n": the input of `fairterms value`
    std::optional<value::ValueResult> result;
    std::string error_pointer;      // set when the engine refused the request
    std::string error_message;

    bool ok() const { return result.has_value(); }
    // The refusal, in words, when it concerns a field under `prefix` (e.g. "/contributions"); "" otherwise.
    std::string error_under(const std::string& prefix) const;
};

Outcome compute_outcome(const Draft& draft, const std::string& title);

// "/contributions/2/org" -> "Contribution row 3, organisation".
std::string describe_pointer(const std::string& pointer);

// ---- input sections (value_inputs.cpp); each returns true when the user changed the draft -------------------
bool draw_contributions(AppContext& ctx, Draft& d, const Outcome& o);
bool draw_maturity(AppContext& ctx, Draft& d, const Outcome& o);
bool draw_forecast(AppContext& ctx, Draft& d, const Outcome& o);
bool draw_mechanisms(AppContext& ctx, Draft& d, const Outcome& o);

// ---- results (value_results.cpp) ----------------------------------------------------------------------------
struct ResultsView {
    int open_figure = -1;        // headline figure whose explanation is open
    int selected_mechanism = -1; // row of the comparison table whose workings are shown
    int selected_org = -1;       // row of the split table whose workings are shown
};
void draw_headline(AppContext& ctx, const Outcome& o, ResultsView& view);
void draw_warnings(const Outcome& o);
void draw_results(AppContext& ctx, const Outcome& o, ResultsView& view, const std::string& scenario_name);

// ---- shared widgets (value_widgets.cpp) ---------------------------------------------------------------------
// Gives the last widget a name in the item log (what tests and assistive tools read) when its visible label
// is hidden, e.g. a table cell's field whose column heading says what it is.
void name_item(unsigned id, const std::string& name);
void name_last_item(const std::string& name);
// A label in a fixed-width left column, then the field on the same line.
void form_label(const char* text, float width = 250.0f);
// An exact fraction edited as a percentage ("12.5" means 0.125); fraction_places is the fraction's limit.
bool input_percent(const char* id, const std::string& name, Decimal& fraction, int fraction_places, Decimal lo,
                   Decimal hi, float width = 110.0f);
bool named_pounds(const char* id, const std::string& name, Pence& value, float width = 150.0f,
                  std::string* refused = nullptr);
bool named_whole(const char* id, const std::string& name, long long& value, long long lo, long long hi, float width = 90.0f);
bool named_decimal(const char* id, const std::string& name, Decimal& value, int places, Decimal lo, Decimal hi,
                   float width = 90.0f);
// The width inside a card (card_begin leaves the right-hand padding to the caller).
float content_width();
// A narrower secondary button for table rows, as tall as the fields beside it.
bool row_button(const char* label);
// "source_data" -> "Source data".
std::string kind_label(const std::string& kind);

}  // namespace ft::ui::value_ui
