// Long lists at the workspace caps (issue 14): only the rows in view are drawn, yet every drawn row is a
// described widget, the selected row is always there, scrolling brings the rest, and the list keeps its
// full height so the scroll bar tells the truth.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "fake_platform.h"
#include "screens/quote/quote_model.h"
#include "shell/semantics.h"

using ft::test::Harness;

namespace {

std::string quote_name(int i) { return "Quote " + std::to_string(i); }

// A workspace with `n` quotes named "Quote 1".."Quote n" and `assets` data assets.
std::string big_workspace(int n, int assets) {
    ft::ojson ws;
    ws["schema"] = "fairterms/workspace@1";
    ft::ojson quotes = ft::ojson::array();
    for (int i = 1; i <= n; ++i) {
        ft::ojson req = {{"schema", "fairterms/quote-request@1"}, {"rate_card", "nhse-sde-2026"},
                         {"partner", {{"name", "Partner " + std::to_string(i)}, {"kind", "university"}}},
                         {"use", "non_commercial"}, {"purpose", "A study."}, {"duration_months", 12}, {"users", 1},
                         {"output_checks", 0},
                         {"datasets", ft::ojson::array({{{"name", "Episodes"}, {"data_type", "standard"}, {"years_of_data", 1},
                                                          {"refreshes", 1}, {"linkages", 0}}})}};
        quotes.push_back({{"name", quote_name(i)}, {"request", req}});
    }
    ws["quotes"] = quotes;
    ft::ojson list = ft::ojson::array();
    for (int i = 1; i <= assets; ++i)
        list.push_back({{"id", "asset-" + std::to_string(i)}, {"name", "Asset " + std::to_string(i)}});
    ws["assessment"] = {{"schema", "fairterms/assessment@1"}, {"assets", list}};
    return ws.dump();
}

int described(const std::string& prefix) {
    int n = 0;
    for (const auto& node : ft::ui::sem::nodes())
        if (node.name.rfind(prefix, 0) == 0) ++n;
    return n;
}

void wheel(Harness& h, ImVec2 at, float notches) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    h.frame();
    io.MouseWheel = notches;
    h.frame();
    io.MouseWheel = 0;
    h.frames(2);
}

// Opens a workspace of `quotes` quotes and `assets` data assets, then the screen labelled `screen`.
void open_big_workspace(Harness& h, int quotes, int assets, const char* screen) {
    REQUIRE(h.app->load_workspace_text(big_workspace(quotes, assets), "big.json"));
    h.frames(2);
    REQUIRE(h.click(screen));
    h.frames(2);
}

}  // namespace

TEST_CASE("long lists: 500 quotes draw only the rows in view, each described, and scroll to the last") {
    Harness h;
    open_big_workspace(h, 500, 0, "Quote");
    CHECK(h.has(quote_name(1)));
    CHECK_FALSE(h.has(quote_name(300)));
    int rows = described("Quote ");
    CHECK(rows > 3);
    CHECK(rows < 60);   // not 500
    // Each drawn row is a real, described widget with its Compare box.
    bool compare_box = false;
    for (const auto& node : ft::ui::sem::nodes()) compare_box |= node.role == ft::ui::sem::Role::checkbox && node.name.rfind("Compare Quote ", 0) == 0;
    CHECK(compare_box);
    // The list keeps its full height: the wheel reaches the last quote, drawn and clickable.
    for (int i = 0; i < 60 && !h.has(quote_name(500)); ++i) wheel(h, ImVec2(760, 500), -10);
    REQUIRE(h.has(quote_name(500)));
    REQUIRE(h.click(quote_name(500)));
    const auto* model = ft::ui::quote_ui::model_of(h.app->screen(ft::ui::ScreenId::quote));
    REQUIRE(model);
    CHECK(model->current == 499);
    // The selected row stays drawn (for focus and the mirror) after scrolling back to the top.
    for (int i = 0; i < 60 && !h.has(quote_name(1)); ++i) wheel(h, ImVec2(760, 500), 10);
    CHECK(h.has(quote_name(1)));
    CHECK(described(quote_name(500)) >= 1);
}

TEST_CASE("long lists: 2,000 data assets draw only the rows in view and reach the last") {
    Harness h;
    open_big_workspace(h, 1, 2000, "Data assets");
    CHECK(h.has("Asset 1"));
    CHECK_FALSE(h.has("Asset 1000"));
    CHECK(described("Asset ") < 80);
    const ft::ui::LoggedItem* first = h.find("Asset 1");
    REQUIRE(first);
    ImVec2 over_list(first->x + first->w / 2, first->y + 40);
    for (int i = 0; i < 200 && !h.has("Asset 2000"); ++i) wheel(h, over_list, -20);
    REQUIRE(h.has("Asset 2000"));
    REQUIRE(h.click("Asset 2000"));
    CHECK(ft::json::parse(h.app->workspace_json())["assessment"]["assets"].size() == 2000);
}

// Dear ImGui here draws with 16-bit indices (the WebGL 1 path and web/canvas2d_renderer.cpp need them), so a
// draw list past 65,536 vertices would wrap and draw garbage. Drawing only the rows in view keeps every
// screen far inside that at the caps, and this holds it there.
TEST_CASE("long lists: at the caps no screen's draw list comes near the 16-bit vertex limit") {
    Harness h;
    REQUIRE(h.app->load_workspace_text(big_workspace(500, 2000), "big.json"));
    h.frames(2);
    const char* const views[][2] = {
        {"Home", nullptr},        {"Readiness", nullptr},          {"Data assets", nullptr},
        {"Data assets", "Heatmap"}, {"Data assets", "Partner profiles"}, {"Strategy", nullptr},
        {"Quote", nullptr},       {"Value share", nullptr},         {"Partnerships", nullptr},
    };
    for (const auto& view : views) {
        CAPTURE(std::string(view[0]) + (view[1] ? std::string(" / ") + view[1] : std::string()));
        REQUIRE(h.click(view[0]));
        if (view[1]) REQUIRE(h.click(view[1]));
        h.frames(2);
        const ImDrawData* draw = ImGui::GetDrawData();
        REQUIRE(draw);
        int largest = 0;
        for (int i = 0; i < draw->CmdListsCount; ++i) largest = std::max(largest, draw->CmdLists[i]->VtxBuffer.Size);
        CHECK(largest > 0);
        CHECK(largest < 32768);   // half the limit: room for a busier screen before anything wraps
    }
}

// The browser's mirror files each node into the row and cell its table, row and column name (web/mirror.js).
// Dear ImGui counts only the rows it began, and the list clipper skips those out of view, so a row's number
// used to change with every scroll and the mirror re-filed every visible node on every wheel notch (issue 14).
// A quote's row is its place in the whole list, whatever is in view.
TEST_CASE("long lists: a quote's row in the page's table is its place in the list, before and after scrolling") {
    Harness h;
    open_big_workspace(h, 500, 0, "Quote");
    auto row_of = [](const std::string& name) {
        for (const auto& node : ft::ui::sem::nodes())
            if (node.name == name && node.table) return node.row;
        return -1;
    };
    CHECK(row_of(quote_name(1)) == 1);
    CHECK(row_of(quote_name(2)) == 2);
    for (int i = 0; i < 60 && !h.has(quote_name(40)); ++i) wheel(h, ImVec2(760, 500), -3);
    REQUIRE(h.has(quote_name(40)));
    CHECK(row_of(quote_name(40)) == 40);
    CHECK(row_of(quote_name(1)) == 1);   // the selected quote, still drawn for focus, keeps its row too
    int first_in_view = 0;
    for (int i = 2; i < 40 && !first_in_view; ++i)
        if (row_of(quote_name(i)) > 0) first_in_view = i;
    REQUIRE(first_in_view > 2);          // rows above the view were skipped...
    CHECK(row_of(quote_name(first_in_view)) == first_in_view);   // ...and did not renumber those after them
}
