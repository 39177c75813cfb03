#include "shell/theme.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace ft::ui {

namespace fonts {
// Defined in the generated fonts_data.cpp (cmake/embed_files.cmake), from Debian's fonts-noto-core.
extern const unsigned char k_NotoSans_Regular[];
extern const std::size_t k_NotoSans_Regular_size;
extern const unsigned char k_NotoSans_Bold[];
extern const std::size_t k_NotoSans_Bold_size;
extern const unsigned char k_DejaVuSans_Marks[];
extern const std::size_t k_DejaVuSans_Marks_size;
}  // namespace fonts

namespace {

// Latin-1 plus the typography the app uses: dashes, quotes, bullets, ellipsis, pound (in Latin-1), euro.
// Arrows, minus, comparison signs, tick and cross are not in Noto Sans: they come from a second font merged in.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC, 0x2122, 0x2122,
    0,
};
// The title size shows only fixed words and money (the header, screen titles, a quote's total), so it is
// rasterised for ASCII, the pound sign and typographic punctuation only: fewer glyphs to draw at start (issue 14).
const ImWchar kTitleRanges[] = {0x0020, 0x007E, 0x00A3, 0x00A3, 0x2013, 0x2014, 0x2018, 0x201D, 0x2026, 0x2026, 0};
const ImWchar kMarkRanges[] = {0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0x2713, 0x2713, 0x2717, 0x2717, 0};

ImFont* add_font(const unsigned char* data, std::size_t size, float px, float ratio, const ImWchar* ranges = kGlyphRanges) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;   // the bytes are static data compiled into the binary
    // Glyphs snap to whole pixels below a ratio of 2 (PixelSnapH), where horizontal oversampling buys
    // nothing but twice the rasterising at start (issue 14); Dear ImGui's docs say as much.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = ratio < 2.0f;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    ImFont* font = atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), int(size), px * ratio, &cfg, ranges);
    cfg.MergeMode = true;
    atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(fonts::k_DejaVuSans_Marks), int(fonts::k_DejaVuSans_Marks_size),
                                px * ratio, &cfg, kMarkRanges);
    return font;
}

ThemeKind g_theme = ThemeKind::standard;

// The high-contrast theme: standard palette colour -> its high-contrast colour. Colours not listed stay.
struct Mapping {
    unsigned from, to;
};
constexpr Mapping kHighContrast[] = {
    {0x212B32, 0x000000},   // text: black
    {0x4C6272, 0x212B32},   // secondary text: near black
    {0x768692, 0x212B32},   // mid grey (field and button borders): near black
    {0xAEB7BD, 0x4C6272},   // table borders, scrollbar track lines: dark grey
    {0xF0F4F5, 0xFFFFFF},   // page background: white
    {0xF7F9FA, 0xFFFFFF},   // alternate table rows: white
    {0xDCE8F5, 0xFFFFFF},   // plain buttons: white, outlined near black
    {0x005EB8, 0x003087},   // NHS blue: dark blue (white on it 12.6:1)
    {0x0072CE, 0x003087},
    {0xD5281B, 0x8A1538},   // red: dark red
    {0x007F3B, 0x00562B},   // green: dark green
};

// ImU32 (ABGR in memory order, IM_COL32) without alpha, for a 0xRRGGBB value.
constexpr ImU32 abgr(unsigned hex) { return colour::rgb(hex) & 0x00FFFFFFu; }

double channel(unsigned v) {
    double c = double(v & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(unsigned hex) {
    return 0.2126 * channel(hex >> 16) + 0.7152 * channel(hex >> 8) + 0.0722 * channel(hex);
}
unsigned hex_of(const ImVec4& c) {
    auto b = [](float f) { return unsigned(std::lround(std::clamp(f, 0.0f, 1.0f) * 255.0f)); };
    return (b(c.x) << 16) | (b(c.y) << 8) | b(c.z);
}

}  // namespace

namespace colour {
double contrast_ratio(unsigned a, unsigned b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
unsigned readable_on(unsigned background, unsigned preferred) {
    if (contrast_ratio(themed(preferred), themed(background)) >= 4.5) return preferred;
    return contrast_ratio(themed(kText), themed(background)) >= contrast_ratio(themed(kWhite), themed(background)) ? kText : kWhite;
}
}  // namespace colour

void set_theme(ThemeKind kind) { g_theme = kind; }
ThemeKind theme() { return g_theme; }

unsigned themed(unsigned hex) {
    if (g_theme != ThemeKind::high_contrast) return hex;
    for (const Mapping& m : kHighContrast)
        if (m.from == hex) return m.to;
    return hex;
}

void theme_draw_data(ImDrawData* data) {
    if (g_theme != ThemeKind::high_contrast || !data) return;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
        for (ImDrawVert& vert : v) {
            ImU32 rgb = vert.col & 0x00FFFFFFu;
            for (const Mapping& m : kHighContrast) {
                if (rgb == abgr(m.from)) {
                    vert.col = (vert.col & 0xFF000000u) | abgr(m.to);
                    break;
                }
            }
        }
    }
}

std::vector<ColourPair> text_colour_pairs() {
    using namespace colour;
    const ImVec4* c = ImGui::GetStyle().Colors;
    auto style = [&](ImGuiCol i) { return hex_of(c[i]); };
    std::vector<ColourPair> pairs;
    unsigned text = style(ImGuiCol_Text);
    for (ImGuiCol bg : {ImGuiCol_WindowBg, ImGuiCol_FrameBg, ImGuiCol_FrameBgHovered, ImGuiCol_PopupBg, ImGuiCol_Button,
                        ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered,
                        ImGuiCol_HeaderActive, ImGuiCol_TableHeaderBg, ImGuiCol_TableRowBg, ImGuiCol_TableRowBgAlt})
        pairs.push_back({text, style(bg), ImGui::GetStyleColorName(bg)});
    pairs.push_back({style(ImGuiCol_TextDisabled), style(ImGuiCol_WindowBg), "hint text on the page"});
    pairs.push_back({style(ImGuiCol_TextDisabled), style(ImGuiCol_FrameBg), "hint text in a field"});
    pairs.push_back({kSecondaryText, kWhite, "secondary text on a card"});
    pairs.push_back({kSecondaryText, kBackground, "secondary text on the page"});
    pairs.push_back({kNhsBlue, kWhite, "secondary button label; selected navigation entry"});
    pairs.push_back({kNhsBlue, kPaleBlue, "secondary button label, hovered; selected navigation entry"});
    pairs.push_back({kNhsBlue, 0xD6E6F5, "secondary button label, pressed"});
    pairs.push_back({kNhsBlue, kBackground, "help marker"});
    pairs.push_back({kWhite, kNhsBlue, "primary and header button labels"});
    pairs.push_back({kWhite, kDarkBlue, "primary and header button labels, hovered"});
    pairs.push_back({0xDCE8F5, kNhsBlue, "the header's strapline"});
    pairs.push_back({kWhite, kRed, "danger button label"});
    pairs.push_back({kWhite, 0x8A1538, "danger button label, hovered"});
    pairs.push_back({kRed, kWhite, "refusal on a card"});
    pairs.push_back({kRed, kBackground, "refusal on the page"});
    pairs.push_back({kGreen, kWhite, "saved status"});
    pairs.push_back({kText, 0xFFF4D6, "warning box"});
    pairs.push_back({kText, kWhite, "tooltip"});
    pairs.push_back({kWhite, kText, "message text"});
    pairs.push_back({0xFFB3AE, kText, "message mark, error"});
    pairs.push_back({0x9ED9B4, kText, "message mark, success"});
    pairs.push_back({kLightBlue, kText, "message mark, information"});
    for (unsigned bg : {kRed, kNhsBlue, kSecondaryText, kGreen, kOrange, kPaleGrey, kWarmYellow, kPaleBlue, kPurple, 0xC99A6Eu, 0xC3CBD0u, 0x425563u})
        pairs.push_back({readable_on(bg, kWhite), bg, "pill label"});
    for (ColourPair& p : pairs) {
        p.foreground = themed(p.foreground);
        p.background = themed(p.background);
    }
    return pairs;
}

std::vector<ColourPair> part_colour_pairs() {
    using namespace colour;
    const ImVec4* c = ImGui::GetStyle().Colors;
    auto style = [&](ImGuiCol i) { return hex_of(c[i]); };
    std::vector<ColourPair> pairs = {
        {style(ImGuiCol_Border), style(ImGuiCol_WindowBg), "field, button and box borders on the page"},
        {style(ImGuiCol_Border), kWhite, "field, button and box borders on a card"},
        {style(ImGuiCol_CheckMark), style(ImGuiCol_FrameBg), "tick and radio dot"},
        {style(ImGuiCol_SliderGrab), style(ImGuiCol_FrameBg), "slider handle"},
        {style(ImGuiCol_ScrollbarGrab), style(ImGuiCol_ScrollbarBg), "scroll bar"},
        {kNhsBlue, kWhite, "secondary button border"},
        {kNhsBlue, kBackground, "secondary button border on the page"},
        {kWhite, kNhsBlue, "header button border"},
        {kNhsBlue, kWhite, "primary button on a card"},
        {kNhsBlue, kBackground, "primary button on the page"},
        {kNhsBlue, kWhite, "selected navigation bar"},
        // The focus indicator (web/shell.html): a near-black outline inside a yellow ring; one of the two
        // always stands out, whatever is under it.
        {0x212B32, kWhite, "focus outline on white"},
        {0x212B32, kBackground, "focus outline on the page"},
        {0xFFEB3B, kNhsBlue, "focus ring on the header"},
        {0xFFEB3B, kText, "focus ring on a message"},
    };
    for (ColourPair& p : pairs) {
        // The focus indicator is drawn by the browser, outside the theme's recolouring.
        bool focus = std::string_view(p.what).rfind("focus", 0) == 0;
        if (!focus) p.foreground = themed(p.foreground);
        p.background = themed(p.background);
    }
    return pairs;
}

Fonts load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.body = add_font(fonts::k_NotoSans_Regular, fonts::k_NotoSans_Regular_size, 16.0f, pixel_ratio);
    f.bold = add_font(fonts::k_NotoSans_Bold, fonts::k_NotoSans_Bold_size, 16.0f, pixel_ratio);
    f.heading = add_font(fonts::k_NotoSans_Bold, fonts::k_NotoSans_Bold_size, 20.0f, pixel_ratio);
    f.title = add_font(fonts::k_NotoSans_Bold, fonts::k_NotoSans_Bold_size, 26.0f, pixel_ratio, kTitleRanges);
    io.Fonts->Build();
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    return f;
}

void apply_style() {
    using namespace colour;
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(20, 16);
    s.FramePadding = ImVec2(10, 6);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(8, 5);
    s.IndentSpacing = 20;
    s.ScrollbarSize = 14;
    s.GrabMinSize = 12;
    s.WindowRounding = 0;
    s.ChildRounding = 6;
    s.FrameRounding = 4;
    s.PopupRounding = 4;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 4;
    s.TabRounding = 4;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec(kText);
    c[ImGuiCol_TextDisabled] = vec(kSecondaryText);
    c[ImGuiCol_WindowBg] = vec(kBackground);
    c[ImGuiCol_ChildBg] = vec(kWhite, 0.0f);
    c[ImGuiCol_PopupBg] = vec(kWhite);
    c[ImGuiCol_Border] = vec(kMidGrey);   // 3:1 against white and the page: fields and buttons show their edges
    c[ImGuiCol_BorderShadow] = vec(kWhite, 0.0f);
    c[ImGuiCol_FrameBg] = vec(kWhite);
    c[ImGuiCol_FrameBgHovered] = vec(kPaleBlue);
    c[ImGuiCol_FrameBgActive] = vec(kPaleBlue);
    c[ImGuiCol_TitleBg] = vec(kNhsBlue);
    c[ImGuiCol_TitleBgActive] = vec(kNhsBlue);
    c[ImGuiCol_TitleBgCollapsed] = vec(kNhsBlue);
    c[ImGuiCol_MenuBarBg] = vec(kWhite);
    c[ImGuiCol_ScrollbarBg] = vec(kBackground);
    c[ImGuiCol_ScrollbarGrab] = vec(kMidGrey);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(kSecondaryText);
    c[ImGuiCol_ScrollbarGrabActive] = vec(kText);
    c[ImGuiCol_CheckMark] = vec(kNhsBlue);
    c[ImGuiCol_SliderGrab] = vec(kNhsBlue);
    c[ImGuiCol_SliderGrabActive] = vec(kDarkBlue);
    // Dear ImGui draws button labels in the one text colour, so plain buttons are a light blue tint that
    // dark text reads well on (contrast above 12:1); the header's white-on-blue buttons set their own colours.
    c[ImGuiCol_Button] = vec(0xDCE8F5);
    c[ImGuiCol_ButtonHovered] = vec(0xC2D9F0);
    c[ImGuiCol_ButtonActive] = vec(0xA9C8EA);
    c[ImGuiCol_Header] = vec(kPaleBlue);
    c[ImGuiCol_HeaderHovered] = vec(0xD6E6F5);
    c[ImGuiCol_HeaderActive] = vec(0xC2D9F0);
    c[ImGuiCol_Separator] = vec(kPaleGrey);
    c[ImGuiCol_SeparatorHovered] = vec(kNhsBlue);
    c[ImGuiCol_SeparatorActive] = vec(kDarkBlue);
    c[ImGuiCol_ResizeGrip] = vec(kBorder, 0.4f);
    c[ImGuiCol_ResizeGripHovered] = vec(kNhsBlue);
    c[ImGuiCol_ResizeGripActive] = vec(kDarkBlue);
    c[ImGuiCol_Tab] = vec(kPaleGrey);
    c[ImGuiCol_TabHovered] = vec(kPaleBlue);
    c[ImGuiCol_TabActive] = vec(kWhite);
    c[ImGuiCol_TabUnfocused] = vec(kPaleGrey);
    c[ImGuiCol_TabUnfocusedActive] = vec(kWhite);
    c[ImGuiCol_PlotLines] = vec(kNhsBlue);
    c[ImGuiCol_PlotHistogram] = vec(kNhsBlue);
    c[ImGuiCol_TableHeaderBg] = vec(kPaleGrey);
    c[ImGuiCol_TableBorderStrong] = vec(kBorder);
    c[ImGuiCol_TableBorderLight] = vec(kPaleGrey);
    c[ImGuiCol_TableRowBg] = vec(kWhite);
    c[ImGuiCol_TableRowBgAlt] = vec(0xF7F9FA);
    c[ImGuiCol_TextSelectedBg] = vec(kLightBlue, 0.45f);
    c[ImGuiCol_DragDropTarget] = vec(kWarmYellow);
    c[ImGuiCol_NavHighlight] = vec(kWarmYellow);   // NHS focus style: yellow ring
    c[ImGuiCol_NavWindowingHighlight] = vec(kWarmYellow);
    c[ImGuiCol_NavWindowingDimBg] = vec(kText, 0.2f);
    c[ImGuiCol_ModalWindowDimBg] = vec(kText, 0.35f);
}

}  // namespace ft::ui
