// The strict JSON reader (parse_json_input), the characters-not-bytes rule and the one text-cleaning
// function every writer uses.
#include <doctest/doctest.h>

#include <string>

#include "api.h"
#include "base/json_input.h"
#include "base/text_format.h"

using ft::InputError;
using ft::json;

namespace {

// "pointer | message" of the refusal, or "ok".
std::string refusal(const std::string& text) {
    try {
        (void)ft::parse_json_input(text);
    } catch (const InputError& e) {
        return e.pointer + " | " + e.message;
    }
    return "ok";
}

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("strict reader: nesting is limited with the pointer of the first level too deep") {
    CHECK(refusal(nested(64)) == "ok");
    std::string deep = refusal("{\"app\":{\"x\":" + nested(20000) + "}}");
    std::string want = "/app/x";
    for (int i = 0; i < 62; ++i) want += "/0";
    CHECK(deep == want + " | is nested more than 64 levels deep");
    CHECK(refusal(nested(65)).find("is nested more than 64 levels deep") != std::string::npos);
}

TEST_CASE("strict reader: a key given twice is refused where it repeats") {
    CHECK(refusal(R"({"schema":"a","schema":"b"})") == "/schema | is given twice in the same object (each field may appear once)");
    CHECK(refusal(R"({"a":[{"b":1},{"b":1,"c/d":2,"c/d":3}]})").rfind("/a/1/c~1d | is given twice", 0) == 0);
    CHECK(refusal(R"({"a":{"x":1},"b":{"x":1}})") == "ok");
}

TEST_CASE("strict reader: numbers are kept exactly or refused") {
    json j = ft::parse_json_input(R"({"a":0.1,"b":25.0,"c":2.5e1,"d":-0.0,"e":123456789012345,"f":1e300,"g":18446744073709551615})");
    CHECK(j["a"].dump() == "0.1");
    CHECK(ft::Field(j["c"], "/c").whole(0, 100) == 25);
    CHECK(refusal(R"({"n":0.30000000000000000004})") == "/n | has more significant digits than fairterms can hold exactly (at most 15)");
    CHECK(refusal(R"({"n":25.000000000000000001})").rfind("/n | has more significant digits", 0) == 0);
    CHECK(refusal(R"({"n":[1,1e-400]})").rfind("/n/1 | is too close to zero", 0) == 0);
    CHECK(refusal(R"({"n":1e400})").rfind("/n | is a number too large", 0) == 0);
    CHECK(refusal(R"([-1e400])").rfind("/0 | is a number too large", 0) == 0);
    CHECK(refusal(R"({"n":99999999999999999999})").rfind("/n | has more significant digits", 0) == 0);
    CHECK(refusal(R"({"n":1e-99999999999999999999999})").rfind("/n | is too close to zero", 0) == 0);
}

TEST_CASE("strict reader: nothing may follow the value, a NUL byte included") {
    CHECK(refusal(std::string("{}\0", 3)) == " | not valid JSON: it holds a NUL character, at character 3 (line 1)");
    CHECK(refusal("{} {}") == " | not complete or not valid JSON: it could not be read past character 4 (line 1)");
    CHECK(refusal("{}  \n") == "ok");
    CHECK(refusal("") == " | not valid JSON: it is empty");
    CHECK(refusal("{\"a\":\"\xff\"}").rfind(" | not complete or not valid JSON: it could not be read past character", 0) == 0);
}

TEST_CASE("length limits count characters, not bytes") {
    json j = std::string(150 * 2, 'x');
    std::string e150;
    for (int i = 0; i < 150; ++i) e150 += "\xC3\xA9";
    json accents = e150;
    CHECK(ft::count_characters(e150) == 150);
    CHECK(ft::Field(accents, "/t").text(200) == e150);
    CHECK_THROWS_AS(ft::Field(j, "/t").text(200), InputError);
}

TEST_CASE("dates stay within 1900 to 2100") {
    json late = "2101-01-01", last = "2100-12-31", far = "9999-12-01";
    CHECK(ft::Field(last, "/d").date() == "2100-12-31");
    CHECK_THROWS_AS(ft::Field(late, "/d").date(), InputError);
    CHECK_THROWS_AS(ft::Field(far, "/d").date(), InputError);
}

TEST_CASE("api: error objects are valid UTF-8 JSON, whatever the input echoed") {
    std::string body = ft::api::run_json("quote", "{}", "x\xff");
    json err = json::parse(body);  // throws on invalid UTF-8
    CHECK(err["error"]["message"].get<std::string>().find("x\xEF\xBF\xBD") != std::string::npos);
    body = ft::api::run_json("no-such-\xC0\x80", "{}");
    CHECK(json::parse(body)["error"]["message"] == "unknown command 'no-such-\xEF\xBF\xBD\xEF\xBF\xBD'");
    auto r = ft::api::run("quote", R"({"duration_months":1e400})");
    CHECK(r.status == ft::api::Status::input_error);
    CHECK(r.error_pointer == "/duration_months");
}

TEST_CASE("text cleaning: invalid UTF-8, controls, noncharacters and line endings") {
    CHECK(ft::text::valid_utf8("a\xff" "b\xC3") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    CHECK(ft::text::valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    CHECK(ft::text::clean("a\r\nb\rc\nd") == "a\nb\nc\nd");
    CHECK(ft::text::clean("x\x01\x1F\x7F\xC2\x85y\tz") == "xy\tz");
    CHECK(ft::text::clean("k\xEF\xBF\xBE\xEF\xBF\xBF\xF0\x9F\xBF\xBFm\xC3\xA9") == "km\xC3\xA9");
    CHECK(ft::text::html_escape("<b a='1'>&\x02") == "&lt;b a=&#39;1&#39;&gt;&amp;");
    CHECK(ft::text::xml_escape("a\xEF\xBF\xBF<\n>") == "a&lt; &gt;");
    CHECK(ft::text::csv_field("a\rb") == "\"a\nb\"");
    CHECK(ft::text::csv_field("a\x01" "b") == "ab");
    CHECK(ft::text::csv_user_text("\x01=cmd()") == "'=cmd()");
}

TEST_CASE("blank text: nothing a person would read") {
    CHECK(ft::text::blank(""));
    CHECK(ft::text::blank(" \t\r\n"));
    CHECK(ft::text::blank("\x01\x1f "));   // control characters read as nothing too
    CHECK_FALSE(ft::text::blank(" a "));
    CHECK_FALSE(ft::text::blank("\xC2\xA3"));   // a pound sign is something
}

TEST_CASE("text cleaning: user text is never Markdown markup") {
    using ft::text::markdown_text;
    CHECK(markdown_text("# Not a heading") == "\\# Not a heading");
    CHECK(markdown_text("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>");
    CHECK(markdown_text("![](http://host/x)") == "\\!\\[\\](http://host/x)");
    CHECK(markdown_text("a\n- b\n1. c\n    code\n= d") == "a\n\\- b\n1\\. c\ncode\n\\= d");
    CHECK(markdown_text("A&amp; *b* `c` [d]") == "A\\&amp; \\*b\\* \\`c\\` \\[d\\]");
    CHECK(markdown_text("R&D & more") == "R&D & more");
    CHECK(markdown_text("2026 plan - phase 1.") == "2026 plan - phase 1.");
}
