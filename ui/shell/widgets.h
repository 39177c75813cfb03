// Small building blocks every screen uses, so screens look alike and stay short.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

#include "base/money.h"
#include "shell/semantics.h"
#include "shell/theme.h"

namespace ft::ui {

// Screen title with a one-line explanation under it.
void page_header(const Fonts& fonts, const char* title, const char* subtitle);
// A section heading inside a screen.
void section_heading(const Fonts& fonts, const char* text);

// A white panel with a border around whatever is drawn between card_begin and card_end. Its height
// follows its contents (Dear ImGui 1.86 child windows cannot auto-size, so the frame is drawn behind).
void card_begin(const char* id);
void card_end();

// Wrapped paragraph text in the secondary colour.
void hint_text(const char* text);
// Wrapped paragraph in the normal colour.
void paragraph(const char* text);
// A red message with a cross, for refused input; nothing when message is empty.
void error_text(const std::string& message);
// A small coloured label ("Proactive", "Commercial").
void pill(const char* text, unsigned background_hex, unsigned text_hex = colour::kWhite);
// "(?)" that shows a tooltip on hover; also focusable by keyboard.
void help_marker(const char* text);

// A filled NHS blue button with white text, for the one main action of a group.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A button in the secondary style (white with blue text and border).
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A button in the danger style (used only where Undo follows).
bool danger_button(const char* label, ImVec2 size = ImVec2(0, 0));

// Money as people read it: "£1,234.56".
void money_text(Pence amount);

// Text input for an amount in pounds ("1,234.56", "£12"); refuses anything else inline and keeps the last
// good value. Returns true when the value changed. With `refused`, a refusal goes there (for the caller to
// show under a row of narrow fields) instead of beside the field.
bool input_pounds(const char* label, Pence& value, float width = 160.0f, Pence max = kMaxPence,
                  std::string* refused = nullptr);
// Text input for a whole number in [lo, hi]. Returns true when the value changed.
bool input_whole(const char* label, long long& value, long long lo, long long hi, float width = 120.0f);
// Text input for an exact decimal with at most `places` places in [lo, hi]. Returns true when changed.
// With `refused`, a refusal goes there (for the caller to show, e.g. under a table) instead of beside the field.
bool input_decimal(const char* label, Decimal& value, int places, Decimal lo, Decimal hi, float width = 120.0f,
                   std::string* refused = nullptr);

// Text input checked as it is typed: `problem` says what is wrong with the text ("" when it is fine). The
// trimmed text becomes the value only when it is fine; otherwise the message shows beside the field.
// With `normalise`, a fine text is stored as normalise(text) (a typed date as ISO) instead of trimmed.
bool input_text_checked(const char* label, std::string& value,
                        const std::function<std::string(const std::string&)>& problem, float width = 160.0f,
                        const std::function<std::string(const std::string&)>& normalise = nullptr,
                        std::string* refused = nullptr,
                        // how the stored value is written in the field (input_date: 31/03/2027 for 2027-03-31)
                        const std::function<std::string(const std::string&)>& shown = nullptr);

// A date field: takes 31/03/2027, 31-03-2027 or 2027-03-31 (core/base/dates: parse_typed_date) and stores
// YYYY-MM-DD; with `month`, also a month (04/2019, 2019-04) stored as YYYY-MM. Empty is allowed unless
// `required`. Its description (and its refusal) says which formats it takes. `extra` adds a check of the
// date as stored (e.g. "not before the start"); it returns "" when fine.
// With `refused`, the refusal goes there for the caller to show (in a narrow table cell, under the field).
bool input_date(const char* label, std::string& value, bool required, float width, bool month = false,
                const std::function<std::string(const std::string&)>& extra = nullptr, std::string* refused = nullptr);

// ---- every interactive widget, drawn through here so it records its semantic node (ui/shell/semantics.h)
// Same arguments and results as the Dear ImGui widget of the same name; each also answers the platform's
// "activate" and "set text" requests for its id and reports a click so the platform's focus follows.
bool button(const char* label, ImVec2 size = ImVec2(0, 0));
bool small_button(const char* label);
// An area that acts as a button (chart bars, cards); `name` is what a screen reader says.
bool invisible_button(const char* id, ImVec2 size, const std::string& name);
bool checkbox(const char* label, bool* value);
// One choice of a radio group: every radio drawn while a RadioGroup lives is one group (one question), which
// is what a screen reader announces as "2 of 6" and what the arrow keys move within. Outside a RadioGroup the
// group is the enclosing ImGui id scope (kept for radios that stand in a scope of their own).
bool radio_button(const char* label, bool active);
bool radio_button(const char* label, int* value, int button_value);

// The radios of one question, e.g. `ui::RadioGroup kind("Kind of partner");` before drawing them. The key is
// the question under the current id scope, so the same question in each table row is a group per row. A group
// declared inside another takes the radios drawn while it lives; the outer one resumes after it.
class RadioGroup {
public:
    explicit RadioGroup(const char* question);
    ~RadioGroup();
    RadioGroup(const RadioGroup&) = delete;
    RadioGroup& operator=(const RadioGroup&) = delete;

private:
    std::string previous_;
};
// A selectable row. Inside a combo it is one of the combo's options; elsewhere a toggle button.
bool selectable(const char* label, bool selected = false, ImGuiSelectableFlags flags = 0, ImVec2 size = ImVec2(0, 0));
bool selectable(const char* label, bool* selected, ImGuiSelectableFlags flags = 0, ImVec2 size = ImVec2(0, 0));
bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0);
void end_combo();
bool slider_float(const char* label, float* value, float lo, float hi, const char* format, ImGuiSliderFlags flags = 0);

// What kind of text a field holds: prose is spell-checked, codes (numbers, dates, ids) are not.
enum class TextKind { prose, code };
bool input_text(const char* label, std::string* text, TextKind kind = TextKind::prose, ImGuiInputTextFlags flags = 0);
bool input_text_with_hint(const char* label, const char* hint, std::string* text, TextKind kind = TextKind::prose);
// A multi-line field for paragraphs. It wraps; in the browser it grows with its text (web/ edits it).
bool input_text_multiline(const char* label, std::string* text, ImVec2 size = ImVec2(0, 0));

// Text, recorded so a screen reader reads it in order.
// `text` broken into lines of at most `width` (display units, the current font) with '\n', only between words.
// Dear ImGui 1.86's own wrapping also breaks after any '.', ',', ';', '!', '?' or '"', which split figures
// ("£156,414." / "86") and abbreviations ("e." / "g.") across lines; ImGui still measures each line here, and
// where it would break inside a word the line ends before that word (a word longer than a whole line, such as
// a long file name, breaks after a hyphen, underscore or slash, never inside a date such as 2026-12-01, else
// where ImGui says). Every wrapped text in ui/ (hint_text, paragraph, error_text, text_wrapped, ...) uses it.
std::string wrap_between_words(const char* text, float width);
void text(const char* s);
inline void text(const std::string& s) { text(s.c_str()); }
void textf(const char* fmt, ...) IM_FMTARGS(1);
void text_wrapped(const char* fmt, ...) IM_FMTARGS(1);
// One line of text cut with an ellipsis to the room left on the line (a long name in a narrow table column);
// when cut, the full text is its name (what the mirror and a screen reader give) and its tooltip.
void text_fitted(const std::string& s);
// Text right-aligned in the current table cell (money columns); figures never wrap.
void text_right(const std::string& text);
// A pale yellow panel with a thick left border, for warnings and risks; width 0 means the space available.
void warning_box(const std::string& text, float width = 0.0f);

// A tooltip for the item just drawn: shown on hover in dark text whatever colour was pushed, wrapped to a
// readable width, and given to the item as its description (what a screen reader says after the name).
void item_tooltip(const char* fmt, ...) IM_FMTARGS(1);
// A tooltip shown now (the caller decided it is hovered), in the same style.
void tooltip(const char* fmt, ...) IM_FMTARGS(1);

// `text` cut to fit `width` with a trailing ellipsis, or unchanged when it fits.
std::string fit_with_ellipsis(const std::string& text, float width);

// Parses "£1,234.56", "1234.5", "12" into pence; false for anything else.
bool parse_pounds(const std::string& text, Pence& out);

// ---- refused entries and the undo history (shell/app.cpp, screens' export buttons) ---------------------------
// A checked field (input_pounds, input_whole, input_decimal, input_text_checked) never stores refused text:
// while its text is refused the model holds the value the edit started from, and the field keeps the text
// and its message. Screens group their fields into scopes (one per quote, scenario, assessment, strategy)
// so that results can say which value they use and exports can be disabled while a field is refused.
struct Refusal {
    std::string field;        // the field's label ("Users")
    std::string message;      // why it was refused ("must be from 1 to 10000")
    std::string using_text;   // the last valid value, as the field writes it ("25")
    std::string typed;        // what the person typed ("150")
};
class RefusalScope {   // fields drawn while it lives belong to the scope `name`
public:
    explicit RefusalScope(const std::string& name);
    ~RefusalScope();
    RefusalScope(const RefusalScope&) = delete;
    RefusalScope& operator=(const RefusalScope&) = delete;
};
// The fields of `scope` showing a refused entry, by label.
std::vector<Refusal> refusals(const std::string& scope);
// "Not available while Users and Duration have refused entries: ..." for a disabled export; "" when none.
std::string refusal_reason(const std::vector<Refusal>& refused);
// One warning line per refused field, naming the value the results use; true when there was any.
bool draw_refusals(const std::vector<Refusal>& refused);
// The refusals of the innermost RefusalScope being drawn (none outside any scope).
std::vector<Refusal> refusals_here();
// Disables every widget drawn while it lives when `reason` is not empty, and gives each of them the reason as
// its description (what a screen reader says and the tooltip shows): for exports while a field is refused.
class DisabledFor {
public:
    explicit DisabledFor(const std::string& reason);
    ~DisabledFor();
    DisabledFor(const DisabledFor&) = delete;
    DisabledFor& operator=(const DisabledFor&) = delete;

private:
    bool on_;
};
// How the field's last valid value is written in "Using the last valid value": "25" with suffix "%" reads "25%".
void set_field_unit(unsigned id, const std::string& prefix, const std::string& suffix);
// True when the field with this id keeps refused text of its own.
bool field_has_kept_text(unsigned id);
// Forgets every field's kept text: the workspace was replaced (undo, redo, a file opened).
void forget_field_texts();
// Forgets the kept text of fields not drawn in this frame or the last: a row was deleted (push_undo), and a
// refusal in a field that no longer exists must not hold its exports back.
void forget_unseen_field_texts();

// The widget the person last changed or pressed since the last call (cleared by it): the undo history
// names its step after it ("Change Users", "Add quote").
struct EditNote {
    unsigned id = 0;
    std::string label;        // the visible label; "" when hidden
    bool text_field = false;  // typing: the step ends when the field is left, on Enter or after a pause
    bool button = false;      // a button: the step is named after the button itself
};
EditNote take_edit_note();

}  // namespace ft::ui
