// A part of a workspace this version does not know: left out with its name when the caller asks (the app
// opening a file a newer version of the same format wrote), refused otherwise (`fairterms validate`); a newer
// format number is refused either way.
#include <doctest/doctest.h>

#include "workspace.h"

using namespace ft;

TEST_CASE("a part this version does not know is left out and named, and the rest of the workspace is kept") {
    const std::string text = R"({"schema": "fairterms/workspace@2", "future_part": {"a": 1},
                                 "quotes": [], "strategy": {"owner": "Ann"}})";
    std::vector<std::string> unknown;
    json doc = workspace::load(text, &unknown);
    CHECK(unknown == std::vector<std::string>{"future_part"});
    CHECK_FALSE(doc.contains("future_part"));
    CHECK(doc["strategy"]["owner"] == "Ann");
    CHECK(doc["quotes"].is_array());
    // Nothing unknown: nothing named.
    unknown.clear();
    (void)workspace::load(R"({"schema": "fairterms/workspace@1"})", &unknown);
    CHECK(unknown.empty());
}

TEST_CASE("without a list to name them in, and from a newer format, an unknown part is still refused") {
    auto refusal = [](const std::string& text, std::vector<std::string>* unknown) -> std::string {
        try {
            (void)workspace::load(text, unknown);
            return "";
        } catch (const InputError& e) {
            return e.pointer;
        }
    };
    CHECK(refusal(R"({"schema": "fairterms/workspace@2", "future_part": 1})", nullptr) == "/future_part");
    std::vector<std::string> unknown;
    CHECK(refusal(R"({"schema": "fairterms/workspace@3", "future_part": 1})", &unknown) == "/schema");
    // A known part of the wrong type is still refused with its place.
    CHECK(refusal(R"({"schema": "fairterms/workspace@2", "future_part": 1, "quotes": {}})", &unknown) == "/quotes");
}
