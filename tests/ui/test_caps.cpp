// The workspace's caps in the app: a full list takes no more, and the user is told the cap.
#include <doctest/doctest.h>

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

TEST_CASE("a workspace at its caps takes no more quotes, scenarios or data assets, and says why") {
    Harness h;
    ft::json ws = {{"schema", "fairterms/workspace@1"}};
    ws["quotes"] = ft::json::array();
    for (std::size_t i = 0; i < ft::limits::kMaxQuotes; ++i) ws["quotes"].push_back({{"name", "Quote " + std::to_string(i)}, {"request", ft::json::object()}});
    ws["value_scenarios"] = ft::json::array();
    for (std::size_t i = 0; i < ft::limits::kMaxValueScenarios; ++i)
        ws["value_scenarios"].push_back({{"name", "Scenario " + std::to_string(i)}, {"request", ft::json::object()}});
    ft::json assets = ft::json::array();
    for (std::size_t i = 0; i < ft::limits::kMaxDataAssets; ++i) assets.push_back({{"id", "asset-" + std::to_string(i + 1)}, {"name", "Asset " + std::to_string(i)}});
    ws["assessment"] = {{"schema", "fairterms/assessment@1"}, {"assets", assets}};
    REQUIRE(h.app->load_workspace_text(ws.dump(), "full.json"));
    h.frames(2);
    REQUIRE(count_in(h, "quotes") == ft::limits::kMaxQuotes);
    REQUIRE(count_in(h, "value_scenarios") == ft::limits::kMaxValueScenarios);
    REQUIRE(count_in(h, "assets") == ft::limits::kMaxDataAssets);

    REQUIRE(h.click("Quote"));
    REQUIRE(h.click("New quote"));
    CHECK(count_in(h, "quotes") == ft::limits::kMaxQuotes);
    CHECK(told(h, "500 quotes"));
    REQUIRE(h.click("Duplicate quote"));
    CHECK(count_in(h, "quotes") == ft::limits::kMaxQuotes);

    REQUIRE(h.click("Value share"));
    REQUIRE(h.click("New scenario"));
    CHECK(count_in(h, "value_scenarios") == ft::limits::kMaxValueScenarios);
    CHECK(told(h, "200 value scenarios"));

    REQUIRE(h.click("Data assets"));
    REQUIRE(h.click("Add data asset"));
    CHECK(count_in(h, "assets") == ft::limits::kMaxDataAssets);
    CHECK(told(h, "2000 data assets"));
}
