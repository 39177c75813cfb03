#include "shell/theme.h"

#include <cstddef>

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

}  // namespace

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
    c[ImGuiCol_Border] = vec(kBorder);
    c[ImGuiCol_BorderShadow] = vec(kWhite, 0.0f);
    c[ImGuiCol_FrameBg] = vec(kWhite);
    c[ImGuiCol_FrameBgHovered] = vec(kPaleBlue);
    c[ImGuiCol_FrameBgActive] = vec(kPaleBlue);
    c[ImGuiCol_TitleBg] = vec(kNhsBlue);
    c[ImGuiCol_TitleBgActive] = vec(kNhsBlue);
    c[ImGuiCol_TitleBgCollapsed] = vec(kNhsBlue);
    c[ImGuiCol_MenuBarBg] = vec(kWhite);
    c[ImGuiCol_ScrollbarBg] = vec(kBackground);
    c[ImGuiCol_ScrollbarGrab] = vec(kBorder);
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
