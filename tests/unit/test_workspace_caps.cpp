// The workspace's caps on counts (base/input_limits.h): inclusive, refused one over with the pointer and the
// cap in the message, and the same numbers and words the app uses when a list is full.
#include <doctest/doctest.h>

#include "base/input_limits.h"
#include "workspace.h"

using namespace ft;

namespace {

std::string list_of(const char* part, std::size_t n) {
    json doc = {{"schema", "fairterms/workspace@1"}};
    json list = json::array();
    for (std::size_t i = 0; i < n; ++i) list.push_back(json::object());
    doc[part] = list;
    return doc.dump();
}

std::string assets(std::size_t n) {
    json list = json::array();
    for (std::size_t i = 0; i < n; ++i) list.push_back({{"id", "a" + std::to_string(i)}});
    return json{{"schema", "fairterms/workspace@1"}, {"assessment", {{"assets", list}}}}.dump();
}

// The refusal of `text`, as "pointer: message", or "" when it loads.
std::string refusal(const std::string& text) {
    try {
        (void)workspace::load(text);
        return "";
    } catch (const InputError& e) {
        return e.pointer + ": " + e.message;
    }
}

}  // namespace

TEST_CASE("a workspace holds at most 500 quotes, 200 value scenarios and 2,000 data assets") {
    CHECK(limits::kMaxQuotes == 500);
    CHECK(limits::kMaxValueScenarios == 200);
    CHECK(limits::kMaxDataAssets == 2000);

    CHECK(refusal(list_of("quotes", 500)).empty());
    CHECK(refusal(list_of("quotes", 501)) == "/quotes: must hold at most 500 quotes, not 501");
    CHECK(refusal(list_of("value_scenarios", 200)).empty());
    CHECK(refusal(list_of("value_scenarios", 201)) == "/value_scenarios: must hold at most 200 value scenarios, not 201");
    CHECK(refusal(assets(2000)).empty());
    CHECK(refusal(assets(2001)) == "/assessment/assets: must hold at most 2000 data assets, not 2001");
}

TEST_CASE("the workspace's parts are capped from the one definition, with the words the app uses") {
    for (const auto& p : workspace::parts()) {
        std::string name = p.name;
        if (name == "quotes") {
            CHECK(p.max_items == limits::kMaxQuotes);
            CHECK(std::string(p.noun) == limits::kQuotesNoun);
        }
        if (name == "value_scenarios") {
            CHECK(p.max_items == limits::kMaxValueScenarios);
            CHECK(std::string(p.noun) == limits::kValueScenariosNoun);
        }
    }
    std::string full = limits::list_full(limits::kMaxQuotes, limits::kQuotesNoun);
    CHECK(full.find("500 quotes") != std::string::npos);
    CHECK(limits::list_full(limits::kMaxDataAssets, limits::kDataAssetsNoun).find("2000 data assets") != std::string::npos);
}
