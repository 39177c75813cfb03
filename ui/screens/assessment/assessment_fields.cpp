#include "screens/assessment/assessment_fields.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "shell/widgets.h"

namespace ft::ui {
namespace {

void cut(std::string& s, std::size_t max_len) {
    if (s.size() <= max_len) return;
    s.resize(max_len);
    // Do not leave half of a UTF-8 sequence at the end.
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
    if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80)) s.pop_back();
}

std::string trim(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return "";
    std::size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

std::string join(const std::vector<std::string>& items) {
    std::string s;
    for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i];
    return s;
}

}  // namespace

bool text_field(const char* label, std::string& value, std::size_t max_len, float width) {
    ImGui::SetNextItemWidth(width);
    if (!ui::input_text(label, &value)) return false;
    cut(value, max_len);
    return true;
}

bool text_area(const char* label, std::string& value, std::size_t max_len, float width, float height) {
    if (!ui::input_text_multiline(label, &value, ImVec2(width, height))) return false;
    cut(value, max_len);
    return true;
}

std::string date_problem(const std::string& text) {
    try {
        json v = trim(text);
        (void)Field(v, "").date();
        return "";
    } catch (const InputError& e) {
        return e.message;
    }
}

bool date_field(const char* label, std::string& value, bool required, float width) {
    // One date parser for every field (core/base/dates through ui::input_date): 31/03/2027 and 2027-03-31 alike.
    return input_date(label, value, required, width);
}

bool list_field(const char* label, std::vector<std::string>& items, float width) {
    std::string joined = join(items);
    std::string before = joined;
    bool changed = input_text_checked(
        label, joined,
        [](const std::string& t) {
            std::size_t start = 0;
            while (start <= t.size()) {
                std::size_t comma = t.find(',', start);
                std::string item = trim(t.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
                if (ft::count_characters(item) > kShortTextMax) return std::string("each item must be at most 200 characters");
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            return std::string();
        },
        width);
    if (!changed) return false;
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t comma = joined.find(',', start);
        std::string item = trim(joined.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    if (out == items) return false;
    items = std::move(out);
    return true;
}

bool optional_whole_field(const char* label, std::optional<std::int64_t>& value, std::int64_t lo, std::int64_t hi,
                          float width) {
    std::string text = value ? std::to_string(*value) : "";
    bool changed = input_text_checked(
        label, text,
        [lo, hi](const std::string& t) {
            std::string s;
            for (char c : trim(t))
                if (c != ',' && c != ' ') s += c;
            if (s.empty()) return std::string();
            std::string range = "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
            if (s.find_first_not_of("0123456789") != std::string::npos) return std::string("enter a whole number");
            if (s.size() > 18) return range;  // a whole number, just too large (found by a new user)
            long long n = std::stoll(s);
            if (n < lo || n > hi) return range;
            return std::string();
        },
        width);
    if (!changed) return false;
    std::string s;
    for (char c : text)
        if (c != ',' && c != ' ') s += c;
    std::optional<std::int64_t> next;
    if (!s.empty()) next = std::stoll(s);
    if (next == value) return false;
    value = next;
    return true;
}

unsigned rating_colour(int value) {
    static const unsigned colours[] = {colour::kPaleGrey, 0xC99A6E, 0xC3CBD0, colour::kWarmYellow, 0x425563};
    return colours[value < 0 ? 0 : value > 4 ? 4 : value];
}

unsigned rating_text_colour(int value) { return value == 4 ? colour::kWhite : colour::kText; }

void rating_pill(int value, const assess::AssetRatingScheme& scheme) {
    int v = value < 0 ? 0 : value > 4 ? 4 : value;
    pill(scheme.level_names[static_cast<std::size_t>(v)].c_str(), rating_colour(v), rating_text_colour(v));
}

const char* posture_name(assess::Posture p) {
    switch (p) {
        case assess::Posture::proactive: return "Proactive";
        case assess::Posture::reactive: return "Reactive";
        default: return "Not yet";
    }
}

unsigned posture_colour(assess::Posture p) {
    switch (p) {
        case assess::Posture::proactive: return colour::kGreen;
        case assess::Posture::reactive: return colour::kNhsBlue;
        default: return colour::kRed;
    }
}

std::string level_text(const std::optional<int>& level, const assess::Instrument& in) {
    if (!level) return "Not assessed";
    return "Level " + std::to_string(*level) + ": " + in.level_name(*level);
}

std::string answer_text(const assess::Answer* a, const assess::Instrument& in) {
    if (!a) return "Not answered";
    switch (a->kind) {
        case assess::AnswerKind::not_known: return "Not known";
        case assess::AnswerKind::not_applicable: return "Not applicable";
        default: return level_text(a->level, in);
    }
}

bool view_tabs(const char* const* labels, int count, int& current) {
    bool changed = false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14, 8));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(colour::kWhite, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::vec(colour::kPaleBlue));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::vec(0xD6E6F5));
    for (int i = 0; i < count; ++i) {
        if (i) ImGui::SameLine(0, 4);
        bool on = i == current;
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(on ? colour::kNhsBlue : colour::kSecondaryText));
        if (ui::button(labels[i]) && !on) {
            current = i;
            changed = true;
        }
        ImGui::PopStyleColor();
        if (on) {
            ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            dl->AddRectFilled(ImVec2(a.x, b.y - 3), b, colour::rgb(colour::kNhsBlue));
        }
    }
    ImGui::PopStyleColor(3);
    ImGui::PopStyleVar(2);
    float y = ImGui::GetItemRectMax().y;
    dl->AddLine(ImVec2(start.x, y), ImVec2(right, y), colour::rgb(colour::kBorder));
    ImGui::Dummy(ImVec2(0, 6));
    return changed;
}

void cell_text(const std::string& text, unsigned colour_hex) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour_hex));
    ui::text(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

void same_line_hint(const char* text) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
    ui::text(text);
    ImGui::PopStyleColor();
}

}  // namespace ft::ui
