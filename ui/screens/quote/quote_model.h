// The Quote screen's state, shared by its parts (list, form, rate card editor, results, comparison).
//
// A quote entry is the form's request (typed, possibly unfinished) plus what the engine made of it the
// last time it changed. The workspace keeps entries as {"name", "request": <fairterms/quote-request@1>,
// "value_scenario"?, "example"?, "compare"?} under "quotes", and the user's own rate cards as full
// "fairterms/rate-card@1" documents under "rate_cards".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "base/json_input.h"
#include "base/reading.h"
#include "quote/quote.h"
#include "quote/rate_card.h"
#include "shell/screen.h"

namespace ft::ui::quote_ui {

// What the engine said about a request: a quote, or the first field it refused.
struct Priced {
    std::optional<quote::Quote> quote;
    std::string error_pointer;
    std::string error_message;
};

struct QuoteEntry {
    std::string name;
    quote::QuoteRequest request;
    std::string value_scenario;   // the linked value-share scenario's name, "" if none
    bool example = false;         // shown with an "Example" mark until the user changes it
    bool compare = false;         // ticked for the side-by-side comparison
    // Kept while the waiver is switched off, so switching it back on restores what was typed.
    quote::Waiver waiver_draft;

    bool dirty = true;            // the request changed since `priced` was computed
    Priced priced;
};

struct QuoteModel {
    std::vector<QuoteEntry> quotes;
    std::vector<quote::RateCard> custom_cards;
    std::size_t current = 0;
    std::string selected_figure;   // "line:<index>" or a total's key ("direct", "overhead", ...)
    std::string card_import_error; // the last refused rate card import, shown beside the card chooser
    std::vector<std::string> load_problems;   // told to the user (toast) at the next draw
    std::string left_out;                     // what the last load left out, in a few words ("2 quotes")
    std::string name_draft;        // the "Quote name" field while it holds a name that cannot be used
    std::string name_error;

    QuoteEntry* current_entry() { return current < quotes.size() ? &quotes[current] : nullptr; }
    // Prices every entry whose request changed. Never throws.
    void reprice_changed();
    bool name_taken(const std::string& name, const QuoteEntry* except = nullptr) const;
    std::string unique_name(const std::string& base) const;
    // An id no built-in or custom card uses, starting from `base`.
    std::string unique_card_id(const std::string& base) const;
    quote::RateCard* custom_card(const std::string& id);
    // Copies an edited custom card into every quote that carries a card with its id.
    void propagate_card(const quote::RateCard& card);
};

// Pricing that never throws: InputErrors become the entry's error.
Priced price(const quote::QuoteRequest& request);

// The Quote screen's model, for tests and linked screens; nullptr for any other screen.
const QuoteModel* model_of(const Screen* screen);

// ---- storage (quote_storage.cpp) -------------------------------------------------------------------------
quote::QuoteRequest example_request();
std::string example_name();
// A new, empty request on the first built-in card, dated `today`.
quote::QuoteRequest blank_request(const std::string& today);
ojson entry_to_json(const QuoteEntry& entry);
// Reads an entry's own members (name, links, marks) kept in the workspace; members that cannot be read are
// reset and noted in `problems` (pointers within the entry). load_model reads its request.
QuoteEntry entry_from_json(const json& doc, std::vector<InputNote>& problems);
// Reads the "quotes" and "rate_cards" parts; absent "quotes" gives the example quote.
void load_model(QuoteModel& model, const json& workspace);
void save_model(const QuoteModel& model, ojson& workspace);
// A field of a quote (a JSON pointer within its request or entry) in the form's own words ("/partner/name"
// -> "Partner, name"): what the screen says in place of a pointer.
std::string field_words(const std::string& pointer);

// ---- drawing (one file each) -----------------------------------------------------------------------------
// Everything the parts need from the screen: the shell and a way to say "this entry changed".
struct DrawContext {
    AppContext& app;
    QuoteModel& model;
    void changed(QuoteEntry& entry);   // reprice, autosave, clear the example mark
};

void draw_quote_list(DrawContext& dc, float width);
void draw_comparison(DrawContext& dc, float width);
void draw_request_form(DrawContext& dc, QuoteEntry& entry, float width);
void draw_rate_card_section(DrawContext& dc, QuoteEntry& entry, float width);
void draw_live_totals(DrawContext& dc, QuoteEntry& entry, float width);
void draw_lines_and_chart(DrawContext& dc, QuoteEntry& entry, float width);
void import_rate_card(DrawContext& dc, const std::string& file_name, const std::string& bytes);

// ---- small layout helpers (quote_layout.cpp) ----------------------------------------------------------------
// A white panel of a fixed width at the cursor (cards that can sit side by side, unlike card_begin).
class Panel {
public:
    Panel(const char* id, float width);
    ~Panel();
    float inner_width() const { return inner_; }
    Panel(const Panel&) = delete;
    Panel& operator=(const Panel&) = delete;

private:
    ImDrawListSplitter splitter_;
    ImVec2 start_;
    float width_;
    float inner_;
};

// A boxed explanation ("how this was computed") in pale blue, wrapped to `width`.
void explanation_box(const std::string& title, const std::string& text, float width);
// Error text when the entry's engine error points at `pointer` or inside it.
bool field_error(const QuoteEntry& entry, const std::string& pointer);
// Human words for a partner kind and a driver.
const char* kind_label(const std::string& kind);
std::string driver_words(quote::Driver d);

}  // namespace ft::ui::quote_ui
