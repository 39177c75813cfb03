#include "shell/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <unordered_map>
#include <vector>

namespace ft::ui {
namespace {

struct CardFrame {
    ImDrawList* list;
    ImVec2 start;
};
std::vector<CardFrame> g_cards;

// Text being typed into a numeric field, kept per widget id so a half-typed "12." is not lost between frames.
struct PendingText {
    std::string text;
    std::string error;
};
std::unordered_map<ImGuiID, PendingText> g_pending;

template <class Parse, class Format>
bool input_checked(const char* label, float width, Parse parse, Format format) {
    ImGuiID id = ImGui::GetID(label);
    bool active = ImGui::GetActiveID() == id;
    auto it = g_pending.find(id);
    if (it == g_pending.end()) it = g_pending.emplace(id, PendingText{format(), ""}).first;
    else if (!active && it->second.error.empty()) it->second.text = format();   // follow outside changes
    PendingText& p = it->second;
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (!p.error.empty()) ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kRed));
    bool edited = ImGui::InputText(label, &p.text);
    if (!p.error.empty()) ImGui::PopStyleColor();
    if (edited) {
        std::string message;
        if (parse(p.text, message)) {
            p.error.clear();
            changed = true;
        } else {
            p.error = message;
        }
    }
    if (!p.error.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
        ImGui::TextUnformatted(("\xE2\x9C\x97 " + p.error).c_str());
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
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (subtitle && *subtitle) hint_text(subtitle);
    ImGui::Dummy(ImVec2(0, 6));
}

void section_heading(const Fonts& fonts, const char* text) {
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(text);
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
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void paragraph(const char* text) { ImGui::TextWrapped("%s", text); }

void error_text(const std::string& message) {
    if (message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
    ImGui::TextWrapped("\xE2\x9C\x97 %s", message.c_str());
    ImGui::PopStyleColor();
}

void pill(const char* text, unsigned background_hex, unsigned text_hex) {
    ImVec2 size = ImGui::CalcTextSize(text);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 pad(8, 2);
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2),
                                              colour::rgb(background_hex), 10.0f);
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), colour::rgb(text_hex), text);
    ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
}

void help_marker(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kNhsBlue));
    ImGui::TextUnformatted("(?)");
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

bool secondary_button(const char* label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(colour::kWhite));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::vec(colour::kPaleBlue));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::vec(0xD6E6F5));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kNhsBlue));
    ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kNhsBlue));
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(5);
    return pressed;
}

bool danger_button(const char* label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(colour::kRed));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::vec(0x8A1538));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::vec(0x8A1538));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kWhite));
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor(4);
    return pressed;
}

void money_text(Pence amount) { ImGui::TextUnformatted(format_gbp(amount).c_str()); }

bool parse_pounds(const std::string& text, Pence& out) {
    std::string s = strip(text);
    if (s.empty()) return false;
    auto d = Decimal::parse(s);
    if (!d || d->decimal_places() > 2) return false;
    std::int64_t pence = (*d * Decimal::from_int(100)).units() / Decimal::kScale;
    out = pence;
    return true;
}

bool input_pounds(const char* label, Pence& value, float width, Pence max) {
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
        [&] { return format_pounds_plain(value); });
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

bool input_whole(const char* label, long long& value, long long lo, long long hi, float width) {
    long long parsed = value;
    bool changed = input_checked(
        label, width,
        [&](const std::string& t, std::string& err) {
            auto d = Decimal::parse(strip(t));
            if (!d || !d->is_whole()) { err = "enter a whole number"; return false; }
            parsed = d->whole_part();
            if (parsed < lo || parsed > hi) {
                err = "must be from " + std::to_string(lo) + " to " + std::to_string(hi);
                return false;
            }
            return true;
        },
        [&] { return std::to_string(value); });
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

bool input_text_checked(const char* label, std::string& value,
                        const std::function<std::string(const std::string&)>& problem, float width) {
    std::string parsed = value;
    bool changed = input_checked(
        label, width,
        [&](const std::string& t, std::string& err) {
            err = problem(t);
            if (!err.empty()) return false;
            parsed = trim_space(t);
            return true;
        },
        [&] { return value; });
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

bool input_decimal(const char* label, Decimal& value, int places, Decimal lo, Decimal hi, float width) {
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
        [&] { return value.to_string(); });
    if (changed && parsed != value) { value = parsed; return true; }
    return false;
}

}  // namespace ft::ui
