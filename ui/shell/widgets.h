// Small building blocks every screen uses, so screens look alike and stay short.
#pragma once

#include <functional>
#include <string>

#include <imgui.h>

#include "base/money.h"
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

// A button in the secondary style (white with blue text and border).
bool secondary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A button in the danger style (used only where Undo follows).
bool danger_button(const char* label, ImVec2 size = ImVec2(0, 0));

// Money as people read it: "£1,234.56".
void money_text(Pence amount);

// Text input for an amount in pounds ("1,234.56", "£12"); refuses anything else inline and keeps the last
// good value. Returns true when the value changed.
bool input_pounds(const char* label, Pence& value, float width = 160.0f, Pence max = kMaxPence);
// Text input for a whole number in [lo, hi]. Returns true when the value changed.
bool input_whole(const char* label, long long& value, long long lo, long long hi, float width = 120.0f);
// Text input for an exact decimal with at most `places` places in [lo, hi]. Returns true when changed.
bool input_decimal(const char* label, Decimal& value, int places, Decimal lo, Decimal hi, float width = 120.0f);

// Text input checked as it is typed: `problem` says what is wrong with the text ("" when it is fine). The
// trimmed text becomes the value only when it is fine; otherwise the message shows beside the field.
bool input_text_checked(const char* label, std::string& value,
                        const std::function<std::string(const std::string&)>& problem, float width = 160.0f);

// Parses "£1,234.56", "1234.5", "12" into pence; false for anything else.
bool parse_pounds(const std::string& text, Pence& out);

}  // namespace ft::ui
