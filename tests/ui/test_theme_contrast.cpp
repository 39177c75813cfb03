// Every colour pair the app draws text or control edges with reads well enough, in both themes: text at 4.5:1
// (WCAG 2.2 1.4.3) and the edges of fields, buttons and the focus indicator at 3:1 (1.4.11). The pairs come
// from the live Dear ImGui style after apply_style, so a colour changed there is checked here.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include <imgui.h>

#include "shell/theme.h"

using namespace ft::ui;

namespace {

struct Context {
    ImGuiContext* ctx = ImGui::CreateContext();
    Context() { ImGui::GetIO().IniFilename = nullptr; }   // no imgui.ini left in the working folder
    ~Context() {
        set_theme(ThemeKind::standard);
        ImGui::DestroyContext(ctx);
    }
};

std::string hex(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%06X", v);
    return buf;
}

void check(const std::vector<ColourPair>& pairs, double least) {
    CHECK(pairs.size() > 10);
    for (const ColourPair& p : pairs) {
        double ratio = colour::contrast_ratio(p.foreground, p.background);
        INFO(std::string(p.what) << ": #" << hex(p.foreground) << " on #" << hex(p.background) << " is " << ratio << ":1");
        CHECK(ratio >= least);
    }
}

}  // namespace

TEST_CASE("contrast ratio follows WCAG's formula") {
    CHECK(colour::contrast_ratio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
    CHECK(colour::contrast_ratio(0xFFFFFF, 0xFFFFFF) == doctest::Approx(1.0));
    CHECK(colour::contrast_ratio(0x005EB8, 0xFFFFFF) == doctest::Approx(6.38).epsilon(0.01));
    CHECK(colour::contrast_ratio(0x768692, 0xFFFFFF) == doctest::Approx(3.75).epsilon(0.01));
    // White on orange is what made "Left out of the document" unreadable; a pill now picks dark text there.
    CHECK(colour::contrast_ratio(0xFFFFFF, colour::kOrange) < 4.5);
    CHECK(colour::readable_on(colour::kOrange, colour::kWhite) == colour::kText);
    CHECK(colour::readable_on(colour::kNhsBlue, colour::kWhite) == colour::kWhite);
}

TEST_CASE("text and control edges meet WCAG contrast in the standard theme") {
    Context c;
    set_theme(ThemeKind::standard);
    apply_style();
    check(text_colour_pairs(), 4.5);
    check(part_colour_pairs(), 3.0);
}

TEST_CASE("text and control edges meet WCAG contrast in the high-contrast theme, text at 7:1") {
    Context c;
    set_theme(ThemeKind::high_contrast);
    apply_style();
    check(text_colour_pairs(), 7.0);   // AAA for text: the point of the theme
    check(part_colour_pairs(), 3.0);
    // The theme recolours what is drawn: black text on white.
    CHECK(themed(colour::kText) == 0x000000u);
    CHECK(themed(colour::kBackground) == 0xFFFFFFu);
}

TEST_CASE("the high-contrast theme recolours a rendered frame's vertices and keeps their alpha") {
    Context c;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(200, 100);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    set_theme(ThemeKind::high_contrast);
    ImGui::NewFrame();
    // The foreground list is drawn from the first frame (a new window is hidden on its first frame).
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(10, 10), colour::rgb(colour::kBackground));
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(10, 10), (colour::rgb(colour::kText) & 0x00FFFFFFu) | 0x80000000u);
    ImGui::Render();
    ImDrawData* data = ImGui::GetDrawData();
    theme_draw_data(data);
    bool white = false, black_half = false, old = false;
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
            white |= v.col == colour::rgb(0xFFFFFF);
            black_half |= v.col == 0x80000000u;
            old |= (v.col & 0x00FFFFFFu) == (colour::rgb(colour::kBackground) & 0x00FFFFFFu);
        }
    CHECK(white);
    CHECK(black_half);
    CHECK_FALSE(old);
}
