#include <doctest/doctest.h>

#include "api.h"
#include "base/json_input.h"

using ft::Field;
using ft::InputError;
using ft::json;

static std::string pointer_of(const std::function<void()>& f) {
    try { f(); } catch (const InputError& e) { return e.pointer + " | " + e.message; }
    return "no error";
}

TEST_CASE("Field readers name the offending field") {
    json j = json::parse(R"({"datasets":[{"records":5},{"records":-1},{"records":2.5}],"a/b":"x","rate":"0.125"})");
    Field root(j, "");
    CHECK(root.at("datasets").item(0).at("records").whole(0, 100) == 5);
    CHECK(pointer_of([&] { root.at("datasets").item(1).at("records").whole(0, 100); }) ==
          "/datasets/1/records | must be a whole number from 0 to 100");
    CHECK(pointer_of([&] { root.at("datasets").item(2).at("records").whole(0, 100); }).rfind("/datasets/2/records |", 0) == 0);
    CHECK(pointer_of([&] { root.at("missing"); }) == "/missing | is required");
    CHECK(pointer_of([&] { root.at("a/b").whole(0, 1); }).rfind("/a~1b |", 0) == 0);
    CHECK(root.at("rate").decimal(4, ft::Decimal::from_int(0), ft::Decimal::from_int(1)).to_string() == "0.125");
    CHECK(pointer_of([&] { root.at("rate").decimal(2, ft::Decimal::from_int(0), ft::Decimal::from_int(1)); }).find("at most 2 decimal places") != std::string::npos);
}

TEST_CASE("floats from JSON are read as the decimal that was written") {
    json j = json::parse(R"({"f":0.1,"g":1.0,"h":0.30000000000000004})");
    Field root(j, "");
    CHECK(root.at("f").decimal(6, ft::Decimal::from_int(0), ft::Decimal::from_int(1)).units() == 100000);
    CHECK(root.at("g").whole(0, 5) == 1);
    CHECK(pointer_of([&] { root.at("h").decimal(6, ft::Decimal::from_int(0), ft::Decimal::from_int(1)); }) != "no error");
}

TEST_CASE("dates are real calendar dates") {
    auto check = [](const char* s) {
        json j = s;
        return pointer_of([&] { Field(j, "/d").date(); });
    };
    CHECK(check("2026-04-01") == "no error");
    CHECK(check("2024-02-29") == "no error");
    CHECK(check("2025-02-29") != "no error");
    CHECK(check("2026-13-01") != "no error");
    CHECK(check("1/4/2026") != "no error");
}

TEST_CASE("api: bad JSON, unknown commands and version") {
    auto r = ft::api::run("version", "");
    CHECK(r.status == ft::api::Status::ok);
    CHECK(json::parse(r.body)["name"] == "fairterms");
    r = ft::api::run("validate", "{not json");
    CHECK(r.status == ft::api::Status::input_error);
    CHECK(r.error_pointer == "");
    CHECK(r.error_message == "not complete or not valid JSON: it could not be read past character 3 (line 1)");
    auto err = json::parse(ft::api::run_json("no-such-command", "{}"));
    CHECK(err["error"]["message"] == "unknown command 'no-such-command'");
    r = ft::api::run("validate", R"({"schema":"something/else@1"})");
    CHECK(r.error_pointer == "/schema");
}
