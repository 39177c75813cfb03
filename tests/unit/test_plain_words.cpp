// What a person reads is plain English (project standard): the refusals the engines give for bad input, and
// the workings printed in quotes and value shares, hold no programmer notation. Found by a new user: "choose
// proactive, reactive or not_now", "stopped at byte 691", "floor((18 - 1) / 12) = 1", "GBP 1,138".
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "api.h"
#include "base/json_input.h"
#include "base/organisation.h"

using ft::json;

namespace {

std::string golden(const std::string& name) {
    std::ifstream in(std::string(FT_SOURCE_DIR) + "/tests/golden/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Text outside double quotes: a quoted "not_now" is a value as written in the file (what to type), a bare
// not_now in the sentence is a code.
std::string unquoted(const std::string& m) {
    std::string out;
    bool in = false;
    for (char c : m) {
        if (c == '"') in = !in;
        else if (!in) out += c;
    }
    return out;
}

// The notation a person should never read: snake_case codes, function-call maths, "x" as times, byte counts,
// ISO currency codes before an amount.
std::string notation_in(const std::string& text) {
    static const std::regex snake(R"(\b[a-z]+_[a-z_]+\b)");
    static const std::regex call(R"(\b(floor|ceil|min|max|round)\()");
    static const std::regex times(R"([0-9)] x [0-9(£])");
    static const std::regex iso(R"(\bGBP [0-9])");
    std::string t = unquoted(text);
    std::smatch m;
    for (const std::regex* r : {&snake, &call, &times, &iso})
        if (std::regex_search(t, m, *r)) return m.str();
    if (t.find(" byte") != std::string::npos) return "byte";
    return "";
}

struct Case {
    const char* command;
    std::string input;
};

}  // namespace

TEST_CASE("plain words: refusals for bad input name no codes, bytes or schema values in the sentence") {
    std::string quote = golden("sde-commercial.quote.json");
    std::string strategy = golden("draft-not-now.strategy.json");
    std::string value = golden("imaging-consortium.value.json");
    std::string assessment = golden("readiness-board.assess.json");
    auto edit = [](const std::string& text, auto change) {
        json j = json::parse(text);
        change(j);
        return j.dump();
    };
    std::vector<Case> cases = {
        {"validate", "{\"schema\":\"fairterms/workspace@1\"} {}"},
        {"validate", std::string("{\"schema\":\"fairterms/workspace@1\"}\0junk", 39)},
        {"validate", "{\"schema\":\"fairterms/workspace@99\"}"},
        {"validate", "{\"schema\":\"fairterms/workspace@0\"}"},
        {"validate", "{\"schema\":\"fairterms/workspace@x\"}"},
        {"strategy", edit(strategy, [](json& j) { j.erase("posture"); j.erase("assessment"); })},
        {"quote", edit(quote, [](json& j) { j["use"] = "sometimes"; })},
        {"quote", edit(quote, [](json& j) { j["datasets"][0]["data_type"] = "no-such-type"; })},
        {"quote", edit(quote, [](json& j) { j["staff_days"] = {{"no-such-role", 1}}; })},
        {"quote", edit(quote, [](json& j) { j["users"] = 99999999999999; })},
        {"quote", edit(quote, [](json& j) { j["datasets"][0]["name"] = std::string(201, 'a'); })},
        {"value", edit(value, [](json& j) { j["discount"] = "green"; })},
        {"assess", edit(assessment, [](json& j) {
             j["assets"][0]["date_from"] = "2020-01-01";
             j["assets"][0]["date_to"] = "2019-12-31";
         })},
    };
    for (const Case& c : cases) {
        ft::api::Result r = ft::api::run(c.command, c.input);
        CAPTURE(c.command);
        CAPTURE(r.error_pointer);
        CAPTURE(r.error_message);
        REQUIRE(r.status == ft::api::Status::input_error);
        CHECK(notation_in(r.error_message) == "");
    }
}

TEST_CASE("plain words: the posture refusal names the choices as the screen does") {
    json j = json::parse(golden("draft-not-now.strategy.json"));
    j.erase("posture");
    j.erase("assessment");
    ft::api::Result r = ft::api::run("strategy", j.dump());
    CHECK(r.error_pointer == "/posture");
    CHECK(r.error_message == "is needed when no assessment is given: choose Proactive, Reactive or Not now");
}

TEST_CASE("plain words: a damaged file is placed by line and character, a newer one is named as such") {
    ft::api::Result r = ft::api::run("validate", "{\n  \"schema\": \"fairterms/workspace@1\",\n  \"quotes\": [\n");
    CHECK(r.error_pointer == "");
    CHECK(r.error_message.find("not complete or not valid JSON: it could not be read past character") == 0);
    CHECK(r.error_message.find("(line 4)") != std::string::npos);
    // Characters, not bytes: "£" is two bytes and one character.
    CHECK(ft::where_in_text("£1\n{", 5) == "character 4 (line 2)");
    r = ft::api::run("validate", "{\"schema\":\"fairterms/workspace@99\"}");
    CHECK(r.error_pointer == "/schema");
    CHECK(r.error_message.find("was made by a newer version of fairterms (format 99)") != std::string::npos);
    CHECK(r.error_message.find("Open it with a newer fairterms") != std::string::npos);
}

TEST_CASE("plain words: quote and value workings say in words what a formula would") {
    for (const char* name : {"sde-commercial.quote.json", "trust-bespoke.quote.json", "dars-noncommercial.quote.json"}) {
        ft::api::Result r = ft::api::run("quote", golden(name), "text");
        CAPTURE(name);
        REQUIRE(r.status == ft::api::Status::ok);
        CHECK(r.body.find("floor(") == std::string::npos);
        CHECK(r.body.find("max(") == std::string::npos);
        CHECK(notation_in(r.body) == "");
    }
    ft::api::Result v = ft::api::run("value", golden("imaging-consortium.value.json"), "html");
    REQUIRE(v.status == ft::api::Status::ok);
    CHECK(notation_in(v.body).empty());
    // The rate cards' own notes name pounds with the sign, not the ISO code.
    ft::api::Result cards = ft::api::run("rate-cards", "{}");
    CHECK(cards.body.find("GBP ") == std::string::npos);
}

TEST_CASE("plain words: a role named mid-sentence takes 'the', a person does not") {
    using ft::org::named_in_sentence;
    CHECK(named_in_sentence("Chief Digital Information Officer") == "the Chief Digital Information Officer");
    CHECK(named_in_sentence("Trust Board") == "the Trust Board");
    CHECK(named_in_sentence("the Director of Strategy") == "the Director of Strategy");
    CHECK(named_in_sentence("Dr Helen Morris") == "Dr Helen Morris");
    CHECK(named_in_sentence("Helen Morris") == "Helen Morris");
    CHECK(named_in_sentence("") == "");
    json j = json::parse(golden("draft-not-now.strategy.json"));
    j["owner"] = "Chief Digital Information Officer";
    ft::api::Result r = ft::api::run("strategy", j.dump());
    REQUIRE(r.status == ft::api::Status::ok);
    CHECK(r.body.find("owned by the Chief Digital Information Officer") != std::string::npos);
}
