// The fairterms look: NHS identity colours, type scale and Dear ImGui style.
#pragma once

#include <vector>

#include <imgui.h>

namespace ft::ui {

// NHS identity palette (hex values from the NHS colour guidance).
namespace colour {
inline constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
inline ImVec4 vec(unsigned hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}
inline constexpr unsigned kNhsBlue = 0x005EB8;
inline constexpr unsigned kDarkBlue = 0x003087;
inline constexpr unsigned kBrightBlue = 0x0072CE;
inline constexpr unsigned kLightBlue = 0x41B6E6;
inline constexpr unsigned kPaleBlue = 0xE8F1FA;      // tint of NHS blue for selected rows
inline constexpr unsigned kText = 0x212B32;
inline constexpr unsigned kSecondaryText = 0x4C6272;
inline constexpr unsigned kBorder = 0xAEB7BD;
inline constexpr unsigned kPaleGrey = 0xE8EDEE;
inline constexpr unsigned kBackground = 0xF0F4F5;
inline constexpr unsigned kWhite = 0xFFFFFF;
inline constexpr unsigned kGreen = 0x007F3B;
inline constexpr unsigned kWarmYellow = 0xFFB81C;
inline constexpr unsigned kOrange = 0xED8B00;
inline constexpr unsigned kRed = 0xD5281B;
inline constexpr unsigned kPurple = 0x330072;
inline constexpr unsigned kAqua = 0x00A499;
// Series colours for charts, in an order that stays distinguishable for common colour-vision deficiencies.
inline constexpr unsigned kSeries[] = {0x005EB8, 0xED8B00, 0x007F3B, 0x330072, 0x41B6E6, 0xD5281B, 0x768692, 0xFFB81C};
inline constexpr unsigned kMidGrey = 0x768692;       // field and button borders: 3:1 against white and the background

// WCAG 2.x contrast ratio of two opaque colours (1 to 21).
double contrast_ratio(unsigned a, unsigned b);
// `preferred` text on `background` when it reads at 4.5:1, else the dark text colour or white, whichever reads
// better (a pill's label on orange or grey).
unsigned readable_on(unsigned background, unsigned preferred);
}  // namespace colour

// ---- themes ----------------------------------------------------------------------------------------------------
// The standard theme, and a high-contrast one (black text on white, near-black borders, darker blues and red):
// the high-contrast theme maps every colour the frame draws through one table, applied to the frame's vertices
// after ImGui::Render(), so screens keep naming colours from the palette above and need no second code path.
enum class ThemeKind { standard, high_contrast };
void set_theme(ThemeKind kind);
ThemeKind theme();
// A palette colour as the current theme shows it.
unsigned themed(unsigned hex);
// Recolours a rendered frame for the current theme (nothing to do in the standard theme).
void theme_draw_data(ImDrawData* data);

// Colour pairs the app draws, as the current theme shows them (after apply_style): text on its backgrounds
// (must reach 4.5:1) and the boundaries of controls against what surrounds them (3:1). tests/ui checks both.
struct ColourPair {
    unsigned foreground, background;
    const char* what;
};
std::vector<ColourPair> text_colour_pairs();
std::vector<ColourPair> part_colour_pairs();

struct Fonts {
    ImFont* body = nullptr;      // 16 px regular
    ImFont* bold = nullptr;      // 16 px bold
    ImFont* heading = nullptr;   // 20 px bold
    ImFont* title = nullptr;     // 26 px bold
};

// Loads the embedded Noto Sans at `pixel_ratio` times its size and scales it back, so text is drawn one
// texel per device pixel (crisp on high-density screens). Call again when the ratio changes.
Fonts load_fonts(float pixel_ratio);

// Applies the fairterms colours and spacing to the current ImGui style.
void apply_style();

}  // namespace ft::ui
