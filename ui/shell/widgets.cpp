#include "shell/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "base/dates.h"
#include "shell/flow.h"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ft::ui {
namespace {

// A refusal shown on a line of its own starts as a sentence does ("✗ Must be ...", not "✗ must be ..."): core's
// messages are phrases that follow a field's name.
std::string as_sentence(std::string s) {
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

struct CardFrame {
    ImDrawList* list;
    ImVec2 start;
};
std::vector<CardFrame> g_cards;

// Text being typed into a checked field, kept per widget id so a half-typed "12." is not lost between frames.
// `base` is the text of the value the field held when the edit began: always valid, it is what the model
// goes back to while the text is refused (so "150" typed over 25 leaves 25, not the "15" typed on the way).
struct PendingText {
    std::string text;
    std::string error;
    std::string base;
    std::string name;    // the field's visible label, for "Using the last valid value" lines
    std::string scope;   // the refusal scope it was drawn in (see RefusalScope)
    int seen = -1;       // the frame it was last drawn in
    std::string prefix, suffix;   // around the last valid value when it is named ("£", "%")
};
std::unordered_map<ImGuiID, PendingText> g_pending;
std::vector<std::string> g_scopes;   // RefusalScope nesting
EditNote g_note;                     // the widget last changed or pressed (see take_edit_note)
std::vector<std::string> g_disabled_reasons;   // DisabledFor nesting

// The visible part of an ImGui label ("Users##q1" -> "Users"; "##due" -> "").
std::string visible_label(const char* label) {
    const char* end = std::strstr(label, "##");
    return end ? std::string(label, end) : std::string(label);
}

void note_edit(unsigned id, const char* label, bool text_field, bool button) {
    g_note = {id, visible_label(label), text_field, button};
    if (g_note.label.empty()) {
        // A hidden label ("##due"): the name the screen gave the node, or the id text after the hashes.
        if (const sem::Node* n = sem::find_building(id)) g_note.label = n->name;
        if (g_note.label.empty()) {
            const char* hashes = std::strstr(label, "##");
            if (hashes) g_note.label = hashes + 2;
        }
    }
}

std::vector<ImGuiID> g_combos;   // combos whose popup is being drawn: selectables inside are their options

// Reflow (shell/flow.h): the width a button takes.
float button_width(const char* label, ImVec2 size) {
    return size.x > 0 ? size.x : ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}
// A check box's or radio's label too long for the line even at its start (a large UI size): the label is cut
// with an ellipsis ("###" keeps one id whatever is cut, see ImHashStr) and the full label stays its name.
struct FittedLabel {
    std::string label;     // what to give ImGui
    std::string full;      // the visible label, when cut; "" when it fits
};
FittedLabel fit_choice_label(const char* label, bool with_box = true) {
    float box = with_box ? ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x : 0.0f;
    flow::wrap_if_needed(box + ImGui::CalcTextSize(label, nullptr, true).x);
    float room = ImGui::GetContentRegionAvail().x - box;
    std::string visible = visible_label(label);
    if (visible.empty() || ImGui::CalcTextSize(visible.c_str()).x <= room) return {label, ""};
    return {fit_with_ellipsis(visible, room) + "###ft-fit-" + label, visible};
}
// What was cut to fit is still the node's name (a screen reader reads it whole) and shows on hover.
void name_cut(sem::Node& n, const std::string& full) {
    n.name = full;
    n.truncated = true;
    if (ImGui::IsItemHovered()) tooltip("%s", full.c_str());
}
void mark_cut(sem::Node& n, const std::string& full) {
    if (full.empty()) return;
    name_cut(n, full);
    // Tests and the item log find the item by its whole label, not the cut one.
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (g->TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(g, n.id, full.c_str(), g->LastItemData.StatusFlags);
}

// Where a word wider than a whole line (a long file name) breaks instead of where ImGui cut it at `brk`: after
// the last hyphen, underscore or slash before it that is not inside a date (2026-12-01 stays whole); ImGui's
// cut when there is none.
const char* break_in_word(const char* s, const char* brk, const char* end) {
    const std::string_view text(s, std::size_t(end - s));
    for (const char* p = brk; p > s + 1; --p) {
        if (p[-1] != '-' && p[-1] != '_' && p[-1] != '/') continue;
        const std::size_t at = std::size_t(p - s);
        bool in_date = false;
        for (std::size_t d = dates::find_iso_date(text); d != std::string_view::npos && d < at; d = dates::find_iso_date(text, d + 1))
            in_date |= at < d + 10;
        if (!in_date) return p;
    }
    return brk;
}

}  // namespace

std::string wrap_between_words(const char* text, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* s = text;
    const char* end = text + std::strlen(text);
    std::string lines;
    lines.reserve(std::size_t(end - text) + 8);
    auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (s < end) {
        const char* brk = font->CalcWordWrapPositionA(scale, s, end, width);
        if (brk == s) {        // as ImGui does: at least one character a line (a whole UTF-8 character)
            ++brk;
            while (brk < end && (static_cast<unsigned char>(*brk) & 0xC0) == 0x80) ++brk;
        }
        const char* nl = static_cast<const char*>(std::memchr(s, '\n', std::size_t(brk - s)));
        if (nl) brk = nl;      // a line break in the text ends the line there
        else if (brk < end && !blank(*brk) && *brk != '\n' && !blank(brk[-1])) {
            const char* space = brk;
            while (space > s && !blank(space[-1])) --space;
            brk = space > s ? space                        // back to the start of the word ImGui cut
                            : break_in_word(s, brk, end);   // a word wider than the whole line
        }
        const char* line_end = brk;
        while (line_end > s && blank(line_end[-1])) --line_end;
        lines.append(s, line_end);
        s = brk;
        if (s < end && *s == '\n') ++s;
        else while (s < end && blank(*s)) ++s;   // a wrapped line starts at its first word
        if (s < end) lines += '\n';
    }
    return lines;
}

namespace {

// ImGui::TextWrapped with wrap_between_words' lines, drawn as one text item (spacing exactly TextWrapped's).
void wrapped_text(const char* text) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float wrap_pos = window->DC.TextWrapPos < 0.0f ? 0.0f : window->DC.TextWrapPos;
    // Never past the column or region the text is in: a card's wrap position is its right edge, and text in a
    // table cell inside a card wrapped there and was cut off by its column (the quote list's rate card).
    const float width = std::min(ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrap_pos),
                                 std::max(1.0f, ImGui::GetContentRegionMaxAbs().x - window->DC.CursorPos.x));
    std::string lines = wrap_between_words(text, width);
    ImGui::TextUnformatted(lines.data(), lines.data() + lines.size());
}

// Wrapped text after SameLine goes to the next line when less than a short phrase's width is left.
void wrap_before_paragraph(const char* text) {
    flow::wrap_if_needed(std::min(ImGui::CalcTextSize(text).x, ImGui::GetFontSize() * 12.0f));
}

// After every interactive widget: a click on the canvas moves the platform's focus to it, and focus that
// arrived from the platform scrolls the widget into view.
void after_item(sem::Node& n) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.CurrentWindow->SkipItems) {
        // Not drawn (its box is out of view, see sem::add_item): the last item is another widget's, so nothing is
        // read from it; focus that arrives here brings the box itself into view, and the widget follows next frame.
        if (sem::take_scroll(n.id) && g.CurrentWindow->ParentWindow) {
            ImGui::ScrollToBringRectIntoView(g.CurrentWindow->ParentWindow, g.CurrentWindow->Rect());
            sem::scroll_again(n.id);
        }
        if (g.CurrentItemFlags & ImGuiItemFlags_Disabled) n.disabled = true;   // still refuses the platform's activation
        if (n.disabled && !g_disabled_reasons.empty()) n.description = g_disabled_reasons.back();
        return;
    }
    if (ImGui::IsItemActivated()) sem::app_focused(n.id);
    if (sem::take_scroll(n.id)) ImGui::ScrollToBringRectIntoView(g.CurrentWindow, g.LastItemData.Rect);
    if (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) n.disabled = true;
    if (n.disabled && !g_disabled_reasons.empty()) n.description = g_disabled_reasons.back();
}

// The rectangle of a labelled field's frame (ImGui's item rectangle also covers the label on its right).
void frame_only(sem::Node& n, const char* label) {
    float label_w = ImGui::CalcTextSize(label, nullptr, true).x;
    if (label_w > 0) n.w = std::max(0.0f, n.w - label_w - ImGui::GetStyle().ItemInnerSpacing.x);
}

std::string vformat(const char* fmt, va_list args) {
    char buf[4096];
    std::vsnprintf(buf, sizeof buf, fmt, args);
    return buf;
}

// Multi-line text as the canvas shows it while the DOM editor is not over it: wrapped to the field's width,
// growing with its text up to a limit (the DOM editor then scrolls).
bool draw_wrapped_field(const char* label, const std::string& text, ImVec2 size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = size.x > 0 ? size.x : ImGui::CalcItemWidth();
    float wrap = width - style.FramePadding.x * 2;
    float text_h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
    float height = std::clamp(text_h + style.FramePadding.y * 2, std::max(size.y, ImGui::GetFrameHeight() * 2), 320.0f);
    ImVec2 p = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(label, ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 max(p.x + width, p.y + height);
    dl->AddRectFilled(p, max, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    dl->AddRect(p, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
    dl->PushClipRect(p, max, true);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y),
                ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, wrap);
    dl->PopClipRect();
    // Its visible label on the right, where ImGui's own multi-line field puts it (a person must see what the
    // box is for, not only a screen reader). Drawn, not a new item: the field stays the last item, whose
    // rectangle its semantic node takes.
    const char* label_end = ImGui::FindRenderedTextEnd(label);
    if (label_end != label)
        dl->AddText(ImVec2(max.x + style.ItemInnerSpacing.x, p.y + style.FramePadding.y), ImGui::GetColorU32(ImGuiCol_Text),
                    label, label_end);
    return pressed;
}

// Every text field: ImGui's own editing natively, and in the browser a DOM field placed over it (web/), whose
// whole text arrives through sem::request_text. Returns true when the text changed.
bool edit_text(const char* label, std::string* text, bool multiline, ImVec2 size, const char* hint,
               ImGuiInputTextFlags flags, bool prose) {
    ImGuiID id = ImGui::GetID(label);
    std::string incoming;
    bool from_platform = sem::take_text(id, incoming);
    if (from_platform && ImGui::GetActiveID() == id) ImGui::ClearActiveID();   // ImGui would write its copy back
    if (multiline) size.x = flow::fit_width(size.x);
    else flow::fit_field(label);
    bool edited;
    if (multiline && sem::dom_text_editing()) edited = (draw_wrapped_field(label, *text, size), false);
    else if (multiline) edited = ImGui::InputTextMultiline(label, text, size, flags);
    else if (hint) edited = ImGui::InputTextWithHint(label, hint, text, flags);
    else edited = ImGui::InputText(label, text, flags);
    if (from_platform && incoming != *text) {
        *text = incoming;
        edited = true;
    }
    if (edited) note_edit(id, label, true, false);
    sem::Node& n = sem::add_item(sem::Role::textbox, label);
    if (!multiline) frame_only(n, label);
    n.value = *text;
    n.multiline = multiline;
    n.prose = prose;
    n.readonly = (flags & ImGuiInputTextFlags_ReadOnly) != 0;
    after_item(n);
    // In the browser the DOM field edits; ImGui only draws the frame under it.
    if (sem::dom_text_editing() && ImGui::GetActiveID() == id) ImGui::ClearActiveID();
    return edited;
}

template <class Parse, class Format>
bool input_checked(const char* label, float width, Parse parse, Format format, std::string* refused = nullptr) {
    ImGuiID id = ImGui::GetID(label);
    // Being edited: active in ImGui, or (in the browser) focused in the DOM editor. The value the edit started
    // from is kept until then.
    bool active = ImGui::GetActiveID() == id || (sem::dom_text_editing() && sem::focused() == id);
    auto it = g_pending.find(id);
    if (it == g_pending.end()) {
        std::string t = format();
        it = g_pending.emplace(id, PendingText{t, "", t, "", "", -1}).first;
    } else if (!active && it->second.error.empty()) {
        // Follow outside changes; the next edit starts from the value the model holds now.
        it->second.text = format();
        it->second.base = it->second.text;
    }
    PendingText& p = it->second;
    if (std::string visible = visible_label(label); !visible.empty()) p.name = visible;
    p.scope = g_scopes.empty() ? "" : g_scopes.back();
    p.seen = ImGui::GetFrameCount();
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (!p.error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kRed));
    bool edited = edit_text(label, &p.text, false, ImVec2(0, 0), nullptr, 0, false);
    if (!p.error.empty()) ImGui::PopStyleColor();
    if (edited) {
        std::string message;
        if (parse(p.text, message)) {
            p.error.clear();
            changed = true;
        } else {
            if (p.error != message) sem::announce(message, true);
            p.error = message;
            // A refused text never changes the model: it goes back to the value the edit started from, undoing
            // whatever valid prefix was stored on the way ("15" on the way to "150").
            std::string ignored;
            if (parse(p.base, ignored)) changed = true;
        }
    }
    if (sem::Node* n = sem::find_building(id)) {
        n->invalid_message = p.error;
        if (p.name.empty() && !n->name.empty()) p.name = n->name;
    }
    if (refused) {
        *refused = p.error;
    } else if (!p.error.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
        std::string shown = "\xE2\x9C\x97 " + as_sentence(p.error);
        wrap_before_paragraph(shown.c_str());
        wrapped_text(shown.c_str());
        ImGui::PopStyleColor();
    }
    return changed;
}

std::string strip(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == ',') continue;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA3) { ++i; continue; }  // £
        out += s[i];
    }
    return out;
}

std::string trim_space(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return "";
    std::size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

}  // namespace

void page_header(const Fonts& fonts, const char* title, const char* subtitle) {
    ImGui::PushFont(fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kText));
    ImGui::TextUnformatted(title);
    sem::add_text(sem::Role::heading, title).level = 1;
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (subtitle && *subtitle) hint_text(subtitle);
    ImGui::Dummy(ImVec2(0, 6));
}

void section_heading(const Fonts& fonts, const char* text) {
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(text);
    sem::add_text(sem::Role::heading, text).level = 2;
    ImGui::PopFont();
}

void card_begin(const char* id) {
    ImGui::PushID(id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImVec2 start = ImGui::GetCursorScreenPos();
    g_cards.push_back({dl, start});
    const float pad = 16.0f;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - pad);
}

void card_end() {
    const float pad = 16.0f;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    CardFrame f = g_cards.back();
    g_cards.pop_back();
    ImVec2 group_max = ImGui::GetItemRectMax();
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImVec2 max(right, group_max.y + pad);
    f.list->ChannelsSetCurrent(0);
    f.list->AddRectFilled(f.start, max, colour::rgb(colour::kWhite), 6.0f);
    f.list->AddRect(f.start, max, colour::rgb(colour::kPaleGrey), 6.0f);
    f.list->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(f.start.x, max.y));
    ImGui::Dummy(ImVec2(max.x - f.start.x, 0));
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PopID();
}

void hint_text(const char* text) {
    wrap_before_paragraph(text);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
    wrapped_text(text);
    sem::add_text(sem::Role::text, text);
    ImGui::PopStyleColor();
}

void paragraph(const char* text) {
    wrap_before_paragraph(text);
    wrapped_text(text);
    sem::add_text(sem::Role::text, text);
}

void error_text(const std::string& message) {
    if (message.empty()) return;
    wrap_before_paragraph(message.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
    wrapped_text(("\xE2\x9C\x97 " + as_sentence(message)).c_str());
    sem::add_text(sem::Role::text, "Error: " + message);
    ImGui::PopStyleColor();
}

void pill(const char* text, unsigned background_hex, unsigned text_hex) {
    ImVec2 size = ImGui::CalcTextSize(text);
    ImVec2 pad(8, 2);
    flow::wrap_if_needed(size.x + pad.x * 2);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2),
                                              colour::rgb(background_hex), 10.0f);
    // White on orange or grey does not read (2.5:1): such pills take dark text instead.
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y),
                                        colour::rgb(colour::readable_on(background_hex, text_hex)), text);
    ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
    sem::add_text(sem::Role::text, text);
}

void help_marker(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kNhsBlue));
    flow::wrap_if_needed(ImGui::CalcTextSize("(?)").x);
    ImGui::TextUnformatted("(?)");
    ImGui::PopStyleColor();
    sem::add_text(sem::Role::text, std::string("Help: ") + text);
    if (ImGui::IsItemHovered()) tooltip("%s", text);
}

namespace {
// The content buttons' colours: their own while enabled; while disabled, one grey look for all three kinds, at
// full opacity. Faded by ImGui's disabled alpha, a blue or red button only turned pale, which read as a lighter
// style of the same live button (found by a new user), and a disabled outlined button looked almost unchanged.
struct ButtonColours {
    unsigned face, hovered, pressed, text, border;
};
bool styled_button(const char* label, ImVec2 size, const ButtonColours& live) {
    const bool disabled = (ImGui::GetCurrentContext()->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    const ButtonColours grey{0xF0F4F5, 0xF0F4F5, 0xF0F4F5, colour::kMidGrey, 0xD8DDE0};
    const ButtonColours& c = disabled ? grey : live;
    ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(c.face));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::vec(c.hovered));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::vec(c.pressed));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(c.text));
    ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(c.border));
    if (disabled) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha / ImGui::GetStyle().DisabledAlpha);
    bool pressed = button(label, size);
    if (disabled) ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    return pressed;
}
}  // namespace

// White on NHS blue (5.1:1), darker when hovered or pressed, whatever the default button style is. White on
// the theme's pale button colour read as a disabled button though it worked.
bool primary_button(const char* label, ImVec2 size) {
    return styled_button(label, size, {colour::kNhsBlue, colour::kDarkBlue, colour::kDarkBlue, colour::kWhite, colour::kNhsBlue});
}

bool secondary_button(const char* label, ImVec2 size) {
    return styled_button(label, size, {colour::kWhite, colour::kPaleBlue, 0xD6E6F5, colour::kNhsBlue, colour::kNhsBlue});
}

bool danger_button(const char* label, ImVec2 size) {
    return styled_button(label, size, {colour::kRed, 0x8A1538, 0x8A1538, colour::kWhite, colour::kRed});
}

void money_text(Pence amount) { text(format_gbp(amount)); }

bool parse_pounds(const std::string& text, Pence& out) {
    std::string s = strip(text);
    if (s.empty()) return false;
    auto d = Decimal::parse(s);
    if (!d || d->decimal_places() > 2) return false;
    std::int64_t pence = (*d * Decimal::from_int(100)).units() / Decimal::kScale;
    out = pence;
    return true;
}

bool input_pounds(const char* label, Pence& value, float width, Pence max, std::string* refused) {
    Pence parsed = value;
    bool changed = input_checked(
        label, width,
        [&](const std::string& t, std::string& err) {
            if (strip(t).empty()) { parsed = 0; return true; }
            if (!parse_pounds(t, parsed)) { err = "enter an amount in pounds, e.g. 1,250.00"; return false; }
            if (parsed < 0) { err = "must not be negative"; return false; }
            if (parsed > max) { err = "must be at most " + format_gbp(max); return false; }
            return true;
        },
        [&] { return format_pounds_plain(value); }, refused);
    set_field_unit(ImGui::GetID(label), "\xC2\xA3", "");
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

bool input_whole(const char* label, long long& value, long long lo, long long hi, float width) {
    long long parsed = value;
    bool changed = input_checked(
        label, width,
        [&](const std::string& t, std::string& err) {
            std::string range = "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
            std::string s = strip(t);
            auto d = Decimal::parse(s);
            // A run of digits too long for a Decimal is still a whole number, just too large: say the range
            // (found by a new user: 99999999999999 was told "enter a whole number").
            bool digits = s.find_first_of("0123456789") != std::string::npos &&
                          s.find_first_not_of("0123456789", s[0] == '-' || s[0] == '+' ? 1 : 0) == std::string::npos;
            if (!d && digits) { err = range; return false; }
            if (!d || !d->is_whole()) { err = "enter a whole number"; return false; }
            parsed = d->whole_part();
            if (parsed < lo || parsed > hi) { err = range; return false; }
            return true;
        },
        [&] { return std::to_string(value); });
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

bool input_text_checked(const char* label, std::string& value,
                        const std::function<std::string(const std::string&)>& problem, float width,
                        const std::function<std::string(const std::string&)>& normalise, std::string* refused,
                        const std::function<std::string(const std::string&)>& shown) {
    std::string parsed = value;
    bool changed = input_checked(
        label, width,
        [&](const std::string& t, std::string& err) {
            err = problem(t);
            if (!err.empty()) return false;
            parsed = normalise ? normalise(t) : trim_space(t);
            return true;
        },
        [&] { return shown ? shown(value) : value; }, refused);
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

bool input_date(const char* label, std::string& value, bool required, float width, bool month,
                const std::function<std::string(const std::string&)>& extra, std::string* refused) {
    const char* hint = month ? dates::kTypedMonthHint : dates::kTypedDateHint;
    auto as_stored = [month](const std::string& t) -> std::optional<std::string> {
        std::string s = trim_space(t);
        if (s.empty()) return std::string();
        if (auto d = dates::parse_typed_date(s)) return dates::to_iso(*d);
        if (month)
            if (auto m = dates::parse_typed_month(s)) return *m;
        return std::nullopt;
    };
    bool changed = input_text_checked(
        label, value,
        [&](const std::string& t) {
            auto v = as_stored(t);
            if (!v) {
                // A date-shaped text that is not a date says why ("there is no 31 February 2027"), not only
                // what the field takes.
                std::string why = dates::typed_date_problem(t);
                return why.empty() ? "enter " + std::string(hint) : why;
            }
            if (v->empty()) return required ? "a date is needed: " + std::string(hint) : std::string();
            return extra ? extra(*v) : std::string();
        },
        width, [&](const std::string& t) { return as_stored(t).value_or(std::string()); }, refused,
        // Shown as it is typed (31/03/2027, 04/2019), never as stored (2027-03-31): found by a new user.
        [](const std::string& stored) {
            if (stored.size() == 10 && dates::find_iso_date(stored) == 0)
                return stored.substr(8, 2) + "/" + stored.substr(5, 2) + "/" + stored.substr(0, 4);
            if (dates::is_iso_month(stored)) return stored.substr(5, 2) + "/" + stored.substr(0, 4);
            return stored;
        });
    // Says what it takes before anything is refused (a screen reader reads the description after the name).
    if (sem::Node* n = sem::find_building(ImGui::GetID(label)); n && n->description.empty())
        n->description = std::string("Enter ") + hint + ".";
    return changed;
}

bool input_decimal(const char* label, Decimal& value, int places, Decimal lo, Decimal hi, float width,
                   std::string* refused) {
    Decimal parsed = value;
    bool changed = input_checked(
        label, width,
        [&](const std::string& t, std::string& err) {
            auto d = Decimal::parse(strip(t));
            if (!d) { err = "enter a number"; return false; }
            if (d->decimal_places() > places) {
                err = "at most " + std::to_string(places) + " decimal places";
                return false;
            }
            if (*d < lo || *d > hi) { err = "must be from " + lo.to_string() + " to " + hi.to_string(); return false; }
            parsed = *d;
            return true;
        },
        [&] { return value.to_string(); }, refused);
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

std::string fit_with_ellipsis(const std::string& s, float width) {
    if (ImGui::CalcTextSize(s.c_str()).x <= width) return s;
    const char* ellipsis = "\xE2\x80\xA6";
    float room = width - ImGui::CalcTextSize(ellipsis).x;
    std::size_t end = s.size();
    while (end > 0) {
        do { --end; } while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80);   // whole characters
        if (ImGui::CalcTextSize(s.c_str(), s.c_str() + end).x <= room) break;
    }
    std::size_t trimmed = s.find_last_not_of(' ', end ? end - 1 : 0);
    return s.substr(0, trimmed == std::string::npos ? 0 : trimmed + 1) + ellipsis;
}

// ---- interactive widgets -----------------------------------------------------------------------------------

bool button(const char* label, ImVec2 size) {
    flow::wrap_if_needed(button_width(label, size));
    bool pressed = ImGui::Button(label, size);
    sem::Node& n = sem::add_item(sem::Role::button, label);
    after_item(n);
    // A disabled button ignores the platform's activation too (a screen reader can still "click" it).
    pressed = (sem::take_activate(n.id) && !n.disabled) || pressed;
    if (pressed) {
        note_edit(n.id, label, false, true);
        sem::pressed(n.id);
    }
    return pressed;
}

bool small_button(const char* label) {
    flow::wrap_if_needed(ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
    bool pressed = ImGui::SmallButton(label);
    sem::Node& n = sem::add_item(sem::Role::button, label);
    after_item(n);
    pressed = (sem::take_activate(n.id) && !n.disabled) || pressed;
    if (pressed) {
        note_edit(n.id, label, false, true);
        sem::pressed(n.id);
    }
    return pressed;
}

bool invisible_button(const char* id, ImVec2 size, const std::string& name) {
    flow::wrap_if_needed(size.x);
    bool pressed = ImGui::InvisibleButton(id, size);
    sem::Node& n = sem::add_item(sem::Role::button, name);
    after_item(n);
    return sem::take_activate(n.id) || pressed;
}

bool checkbox(const char* label, bool* value) {
    FittedLabel fitted = fit_choice_label(label);
    bool pressed = ImGui::Checkbox(fitted.label.c_str(), value);
    sem::Node& n = sem::add_item(sem::Role::checkbox, label);
    mark_cut(n, fitted.full);
    after_item(n);
    if (sem::take_activate(n.id)) {
        *value = !*value;
        pressed = true;
    }
    n.has_checked = true;
    n.checked = *value;
    if (pressed) note_edit(n.id, label, false, false);
    return pressed;
}

namespace {
std::string g_radio_group;   // the RadioGroup being drawn, empty outside one
}  // namespace

RadioGroup::RadioGroup(const char* question) : previous_(g_radio_group) {
    g_radio_group = "q" + std::to_string(ImGui::GetID(question));
}

RadioGroup::~RadioGroup() { g_radio_group = previous_; }

bool radio_button(const char* label, bool active) {
    FittedLabel fitted = fit_choice_label(label);
    bool pressed = ImGui::RadioButton(fitted.label.c_str(), active);
    sem::Node& n = sem::add_item(sem::Role::radio, label);
    mark_cut(n, fitted.full);
    after_item(n);
    pressed = sem::take_activate(n.id) || pressed;
    n.has_checked = true;
    n.checked = active;
    // One question's radios form one group (RadioGroup); else those under the same id scope.
    n.group = g_radio_group.empty() ? std::to_string(ImGui::GetCurrentWindow()->IDStack.back()) : g_radio_group;
    if (pressed) note_edit(n.id, label, false, false);
    return pressed;
}

bool radio_button(const char* label, int* value, int button_value) {
    bool pressed = radio_button(label, *value == button_value);
    if (pressed) *value = button_value;
    return pressed;
}

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags, ImVec2 size) {
    // (options of a combo are drawn in its popup, which sizes itself to them)
    FittedLabel fitted = size.x > 0 || !g_combos.empty() ? FittedLabel{label, ""} : fit_choice_label(label, false);
    if (g_combos.empty() && size.x > 0) flow::wrap_if_needed(size.x);
    bool pressed = ImGui::Selectable(fitted.label.c_str(), selected, flags, size);
    bool option = !g_combos.empty();
    sem::Node& n = sem::add_item(option ? sem::Role::option : sem::Role::button, label);
    mark_cut(n, fitted.full);
    after_item(n);
    if (sem::take_activate(n.id)) {
        pressed = true;
        // A click closes the popup it is in; an activation from the platform must do the same.
        if ((ImGui::GetCurrentWindow()->Flags & ImGuiWindowFlags_Popup) && !(flags & ImGuiSelectableFlags_DontClosePopups))
            ImGui::CloseCurrentPopup();
    }
    n.selected = selected;
    if (option) n.parent = g_combos.back();
    if (pressed) {
        // An option changes its combo: the step is named after the combo ("Change Partner type").
        const sem::Node* combo = option ? sem::find_building(g_combos.back()) : nullptr;
        if (combo) note_edit(combo->id, combo->name.c_str(), false, false);
        else note_edit(n.id, label, false, true);
        if (!option) sem::pressed(n.id);   // a list entry that opens a view may leave in it (sem::pressed)
    }
    return pressed;
}

bool selectable(const char* label, bool* selected, ImGuiSelectableFlags flags, ImVec2 size) {
    if (selectable(label, *selected, flags, size)) {
        *selected = !*selected;
        return true;
    }
    return false;
}

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags) {
    ImGuiID id = ImGui::GetID(label);
    ImGuiID popup = ImHashStr("##ComboPopup", 0, id);   // the id Dear ImGui 1.86 gives the combo's popup
    if (sem::take_activate(id) && !ImGui::IsPopupOpen(popup, 0)) ImGui::OpenPopupEx(popup);
    // Tab leaves an open list as it leaves any control: the list closes and the choice stays as it was (only
    // Enter, Space or a click choose). ImGui 1.86 would keep it open while Tab moved on behind it. (In the
    // browser Tab is the mirror's: web/mirror.js closes the list the same way.)
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (ImGui::IsPopupOpen(popup, 0) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false))
        for (int level = 0; level < g.OpenPopupStack.Size; ++level)
            if (g.OpenPopupStack[level].PopupId == popup) {
                ImGui::ClosePopupToLevel(level, true);
                break;
            }
    flow::fit_field(label);
    // The combo's own rectangle is taken before drawing: once its popup opens, the last item is the popup.
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::CalcItemWidth();
    float height = ImGui::GetFrameHeight();
    bool open = ImGui::BeginCombo(label, preview, flags);
    sem::Node& n = sem::add(sem::Role::combobox, id, label, pos.x, pos.y, width, height);
    n.value = preview ? preview : "";
    n.has_expanded = true;
    n.expanded = open;
    if (!open && ImGui::IsItemActivated()) sem::app_focused(id);
    if (sem::take_scroll(id)) ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), ImRect(pos, ImVec2(pos.x + width, pos.y + height)));
    if (open) g_combos.push_back(id);
    return open;
}

void end_combo() {
    if (!g_combos.empty()) g_combos.pop_back();
    ImGui::EndCombo();
}

bool slider_float(const char* label, float* value, float lo, float hi, const char* format, ImGuiSliderFlags flags) {
    ImGuiID id = ImGui::GetID(label);
    std::string incoming;
    bool from_platform = sem::take_text(id, incoming);
    flow::fit_field(label);
    bool changed = ImGui::SliderFloat(label, value, lo, hi, format, flags);
    sem::Node& n = sem::add_item(sem::Role::slider, label);
    frame_only(n, label);
    after_item(n);
    if (from_platform) {
        float v = std::strtof(incoming.c_str(), nullptr);
        if (v >= lo && v <= hi && v != *value) {
            *value = v;
            changed = true;
        }
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", double(*value));
    n.value = buf;
    if (changed) note_edit(n.id, label, false, false);
    return changed;
}

bool input_text(const char* label, std::string* text, TextKind kind, ImGuiInputTextFlags flags) {
    return edit_text(label, text, false, ImVec2(0, 0), nullptr, flags, kind == TextKind::prose);
}

bool input_text_with_hint(const char* label, const char* hint, std::string* text, TextKind kind) {
    return edit_text(label, text, false, ImVec2(0, 0), hint, 0, kind == TextKind::prose);
}

bool input_text_multiline(const char* label, std::string* text, ImVec2 size) {
    return edit_text(label, text, true, size, nullptr, 0, true);
}

// ---- text ----------------------------------------------------------------------------------------------------

void text(const char* s) {
    float w = ImGui::CalcTextSize(s).x;
    flow::wrap_if_needed(w);
    // Text that is wider than the line even at its start (a large UI size) wraps rather than running off;
    // text that fits stays one line, as before (figures in table cells, labels beside fields). In a column
    // that sizes to its content the text sets the width, so it never wraps there.
    if (w > ImGui::GetContentRegionAvail().x && std::strchr(s, ' ') && !flow::in_auto_fit_column()) {
        wrapped_text(s);
        if (*s) sem::add_text(sem::Role::text, s);
        return;
    }
    ImGui::TextUnformatted(s);
    if (s && *s) sem::add_text(sem::Role::text, s);
}

void text_fitted(const std::string& s) {
    const std::string shown = fit_with_ellipsis(s, ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(shown.c_str());
    if (s.empty()) return;
    sem::Node& n = sem::add_text(sem::Role::text, shown);
    if (shown != s) name_cut(n, s);
}

void textf(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string s = vformat(fmt, args);
    va_end(args);
    text(s.c_str());
}

void text_wrapped(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string s = vformat(fmt, args);
    va_end(args);
    wrap_before_paragraph(s.c_str());
    wrapped_text(s.c_str());
    if (!s.empty()) sem::add_text(sem::Role::text, s);
}

void text_right(const std::string& s) {
    float w = ImGui::CalcTextSize(s.c_str()).x;
    float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
    ImGui::PushTextWrapPos(-1.0f);   // figures never wrap, whatever the card around them says
    text(s.c_str());
    ImGui::PopTextWrapPos();
}

void warning_box(const std::string& s, float width_wanted) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = width_wanted > 0 ? width_wanted : ImGui::GetContentRegionAvail().x, pad = 10.0f, bar = 5.0f;
    const float wrap = width - bar - pad * 2;
    ImVec2 size = ImGui::CalcTextSize(s.c_str(), nullptr, false, wrap);
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = size.y + pad * 2;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), colour::rgb(0xFFF4D6));
    dl->AddRectFilled(p, ImVec2(p.x + bar, p.y + h), colour::rgb(colour::kWarmYellow));
    ImGui::SetCursorScreenPos(ImVec2(p.x + bar + pad, p.y + pad));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(s.c_str());
    sem::add_text(sem::Role::text, "Warning: " + s);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h));
    ImGui::Dummy(ImVec2(width, 6));
}

void tooltip(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string s = vformat(fmt, args);
    va_end(args);
    ImGui::BeginTooltip();
    // Dark text on the tooltip's white, whatever the caller pushed (the header pushes white for its buttons).
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kText));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::EndTooltip();
}

void item_tooltip(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string s = vformat(fmt, args);
    va_end(args);
    if (ImGui::GetCurrentWindow()->SkipItems) return;   // nothing was drawn: the last item is another widget's
    // Inside DisabledFor, a disabled item says why it is disabled rather than what it would do.
    if (!g_disabled_reasons.empty() && (ImGui::GetCurrentContext()->LastItemData.InFlags & ImGuiItemFlags_Disabled)) {
        s = g_disabled_reasons.back();
        sem::set_description(ImGui::GetItemID(), s);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip("%s", s.c_str());
        return;
    }
    sem::set_description(ImGui::GetItemID(), s);
    if (ImGui::IsItemHovered()) tooltip("%s", s.c_str());
}

// ---- what the undo history and the export buttons read ------------------------------------------------------

EditNote take_edit_note() {
    EditNote n = std::move(g_note);
    g_note = EditNote{};
    return n;
}

bool field_has_kept_text(unsigned id) {
    auto it = g_pending.find(id);
    return it != g_pending.end() && !it->second.error.empty();
}

void forget_field_texts() { g_pending.clear(); }

void set_field_unit(unsigned id, const std::string& prefix, const std::string& suffix) {
    auto it = g_pending.find(id);
    if (it == g_pending.end()) return;
    it->second.prefix = prefix;
    it->second.suffix = suffix;
}

RefusalScope::RefusalScope(const std::string& name) { g_scopes.push_back(name); }
RefusalScope::~RefusalScope() { g_scopes.pop_back(); }

std::vector<Refusal> refusals(const std::string& scope) {
    // Every field of the scope still showing refused text, drawn now or not (a Readiness field on another tab
    // still holds its text); entries of fields that are gone are dropped by forget_unseen_field_texts.
    std::vector<Refusal> out;
    for (auto& [id, p] : g_pending) {
        if (p.error.empty() || p.scope != scope) continue;
        if (p.name.empty()) {
            // A hidden label ("##share"): the name the screen gave the field, this frame or in the last one published.
            if (const sem::Node* n = sem::find_building(id)) p.name = n->name;
            for (const auto& n : sem::nodes())
                if (p.name.empty() && n.id == id) p.name = n.name;
        }
        out.push_back(Refusal{p.name, p.error, p.base.empty() ? "" : p.prefix + p.base + p.suffix, p.text});
    }
    std::sort(out.begin(), out.end(), [](const Refusal& a, const Refusal& b) { return a.field < b.field; });
    return out;
}

void forget_unseen_field_texts() {
    int now = ImGui::GetFrameCount();
    for (auto it = g_pending.begin(); it != g_pending.end();)
        it = it->second.seen < now - 1 ? g_pending.erase(it) : std::next(it);
}

std::vector<Refusal> refusals_here() { return g_scopes.empty() ? std::vector<Refusal>{} : refusals(g_scopes.back()); }

DisabledFor::DisabledFor(const std::string& reason) : on_(!reason.empty()) {
    if (!on_) return;
    ImGui::BeginDisabled();
    g_disabled_reasons.push_back(reason);
}

DisabledFor::~DisabledFor() {
    if (!on_) return;
    g_disabled_reasons.pop_back();
    ImGui::EndDisabled();
}

std::string refusal_reason(const std::vector<Refusal>& refused) {
    if (refused.empty()) return "";
    std::string s = "Not available while ";
    for (std::size_t i = 0; i < refused.size(); ++i) {
        if (i) s += i + 1 == refused.size() ? " and " : ", ";
        s += refused[i].field.empty() ? std::string("a field") : refused[i].field;
    }
    s += refused.size() == 1 ? " has a refused entry: correct it or undo it first." : " have refused entries: correct them or undo them first.";
    return s;
}

namespace {
// "£40000.00" -> "£40,000.00", as figures are written everywhere else on the screens; text that is not a plain
// number (a name, "25%" aside from its digits) keeps its form.
std::string grouped(const std::string& text) {
    std::size_t start = text.find_first_of("0123456789");
    // Only a figure: digits at the start, after a pound sign or a minus (bytes of "£" count as the sign).
    if (start == std::string::npos || text.find_first_not_of("\xC2\xA3-") < start) return text;
    std::size_t end = start;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    if (end - start <= 3) return text;
    std::string digits = text.substr(start, end - start), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return text.substr(0, start) + out + text.substr(end);
}
}  // namespace

bool draw_refusals(const std::vector<Refusal>& refused) {
    for (const auto& r : refused) {
        // Says what the figures use until the entry is corrected, in the screens' own way of writing figures.
        std::string line = (r.field.empty() ? std::string("A field") : r.field) + ": \"" + r.typed + "\" is refused (" +
                           r.message + "). Until it is corrected, " +
                           (r.using_text.empty() ? std::string("the field stays empty, as it was.")
                                                 : "fairterms keeps the last valid value, " + grouped(r.using_text) + ".");
        warning_box(line);
    }
    return !refused.empty();
}

}  // namespace ft::ui
