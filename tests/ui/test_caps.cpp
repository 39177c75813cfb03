// The workspace's caps in the app: a full list takes no more, and the user is told the cap.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/input_limits.h"
#include "fake_platform.h"

using ft::test::Harness;

namespace {

std::size_t count_in(const Harness& h, const char* part) {
    ft::json ws = ft::json::parse(h.app->workspace_json());
    if (std::string(part) == "assets") return ws["assessment"]["assets"].size();
    return ws.contains(part) ? ws[part].size() : 0;
}

bool told(const Harness& h, const std::string& words) {
    for (const auto& m : h.app->toast_messages())
        if (m.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

ft::json full_quotes() {
    ft::json ws = {{"schema", "fairterms/workspace@1"}, {"quotes", ft::json::array()}};
    for (std::size_t i = 0; i < ft::limits::kMaxQuotes; ++i)
        ws["quotes"].push_back({{"name", "Quote " + std::to_string(i)}, {"request", ft::json::object()}});
    return ws;
}

ft::json full_scenarios() {
    // Scenarios that read cleanly (a blank request would list notes above the scenario bar).
    std::ifstream in(std::string(FT_SOURCE_DIR) + "/tests/golden/health-schedule.value.json");
    std::stringstream text;
    text << in.rdbuf();
    ft::json request = ft::json::parse(text.str());
    ft::json ws = {{"schema", "fairterms/workspace@1"}, {"value_scenarios", ft::json::array()}};
    for (std::size_t i = 0; i < ft::limits::kMaxValueScenarios; ++i)
        ws["value_scenarios"].push_back({{"name", "Scenario " + std::to_string(i)}, {"request", request}});
    return ws;
}

ft::json full_assets() {
    ft::json assets = ft::json::array();
    for (std::size_t i = 0; i < ft::limits::kMaxDataAssets; ++i)
        assets.push_back({{"id", "asset-" + std::to_string(i + 1)}, {"name", "Asset " + std::to_string(i)}});
    return {{"schema", "fairterms/workspace@1"}, {"assessment", {{"schema", "fairterms/assessment@1"}, {"assets", assets}}}};
}

TEST_CASE("a workspace with 500 quotes takes no more, and says why") {
    Harness h;
    REQUIRE(h.app->load_workspace_text(full_quotes().dump(), "full.json"));
    h.frames(2);
    REQUIRE(count_in(h, "quotes") == ft::limits::kMaxQuotes);
    REQUIRE(h.click("Quote"));
    REQUIRE(h.click("New quote"));
    CHECK(count_in(h, "quotes") == ft::limits::kMaxQuotes);
    CHECK(told(h, "500 quotes"));
    REQUIRE(h.click("Duplicate quote"));
    CHECK(count_in(h, "quotes") == ft::limits::kMaxQuotes);
}

TEST_CASE("a workspace with 200 value scenarios takes no more, and says why") {
    Harness h;
    REQUIRE(h.app->load_workspace_text(full_scenarios().dump(), "full.json"));
    h.frames(2);
    REQUIRE(count_in(h, "value_scenarios") == ft::limits::kMaxValueScenarios);
    REQUIRE(h.click("Value share"));
    REQUIRE(h.click("New scenario"));
    CHECK(count_in(h, "value_scenarios") == ft::limits::kMaxValueScenarios);
    CHECK(told(h, "200 value scenarios"));
    REQUIRE(h.click("Duplicate"));
    CHECK(count_in(h, "value_scenarios") == ft::limits::kMaxValueScenarios);
}

TEST_CASE("a workspace with 2,000 data assets takes no more, and says why") {
    Harness h;
    // 2,000 rows on the Data assets screen take one draw list past 65,536 vertices, which Dear ImGui allows
    // only when the renderer can offset vertices (the browser's renderers cannot yet: reported for the
    // large-workspace work). This test is about the cap, so the headless frame says it can.
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    REQUIRE(h.app->load_workspace_text(full_assets().dump(), "full.json"));
    h.frames(2);
    REQUIRE(count_in(h, "assets") == ft::limits::kMaxDataAssets);
    REQUIRE(h.click("Data assets"));
    REQUIRE(h.click("Add data asset"));
    CHECK(count_in(h, "assets") == ft::limits::kMaxDataAssets);
    CHECK(told(h, "2000 data assets"));
}
