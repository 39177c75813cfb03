// The wheel passes from a scrolling box at its end to the page around it, as in a browser
// (ui/shell/scroll_chain.h). Found when a pointer resting on the Value share split table, which had grown a
// scrollbar, kept the page from scrolling to the exports below it.
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "shell/scroll_chain.h"

namespace {

struct Page {
    ImGuiContext* ctx = ImGui::CreateContext();
    float page_scroll = 0, box_scroll = 0, box_scroll_max = 0;

    Page() {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;   // no imgui.ini left in the working folder
        io.DisplaySize = ImVec2(400, 300);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.MousePos = ImVec2(100, 80);   // over the box, near the top of the page
    }
    ~Page() { ImGui::DestroyContext(ctx); }

    // A page taller than the window, with a box of 40 lines shown 5 at a time near its top.
    void frame(float wheel = 0.0f) {
        ImGui::GetIO().MouseWheel = wheel;
        ft::ui::pass_wheel_at_scroll_ends();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(400, 300));
        ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        ImGui::TextUnformatted("Above the box");
        ImGui::BeginChild("box", ImVec2(300, ImGui::GetTextLineHeightWithSpacing() * 5), true);
        for (int i = 0; i < 40; ++i) ImGui::Text("Row %d", i);
        box_scroll = ImGui::GetScrollY();
        box_scroll_max = ImGui::GetScrollMaxY();
        ImGui::EndChild();
        for (int i = 0; i < 60; ++i) ImGui::Text("Below the box, line %d", i);
        page_scroll = ImGui::GetScrollY();
        ImGui::End();
        ImGui::Render();
    }
};

}  // namespace

TEST_CASE("the wheel scrolls a box under the pointer until its end, then the page around it") {
    Page p;
    for (int i = 0; i < 3; ++i) p.frame();
    REQUIRE(p.box_scroll_max > 0);
    // Downwards: the box moves first and the page stays.
    p.frame(-1);
    p.frame();
    CHECK(p.box_scroll > 0);
    CHECK(p.page_scroll == 0);
    // On to the box's end: then the page moves, with the pointer still on the box.
    for (int i = 0; i < 40 && p.box_scroll < p.box_scroll_max; ++i) p.frame(-1);
    CHECK(p.box_scroll == p.box_scroll_max);
    CHECK(p.page_scroll == 0);
    p.frame(-1);
    p.frame();
    CHECK(p.page_scroll > 0);
    CHECK(p.box_scroll == p.box_scroll_max);
}

TEST_CASE("upwards, a box at its top passes the wheel to the page; one that can still move keeps it") {
    Page p;
    for (int i = 0; i < 3; ++i) p.frame();
    ImGui::SetScrollY(ImGui::FindWindowByName("page"), 40);
    p.frame();
    REQUIRE(p.page_scroll == 40);
    // The pointer rests on the box (still under it after the page's scroll): the box is at its top.
    ImGui::GetIO().MousePos = ImVec2(100, 40);
    p.frame();
    p.frame(1);
    p.frame();
    CHECK(p.page_scroll < 40);
    CHECK(p.box_scroll == 0);
}
