// What a person reads on screen is plain English (found by a new user): a too-large whole number is told
// the allowed range, a dataset row's refusal names its column, and a file that cannot be opened is described
// in words, never "at /schema".
#include <doctest/doctest.h>

#include <cctype>
#include <string>

#include "fake_platform.h"
#include "shell/error_words.h"
#include "shell/semantics.h"

using ft::test::Harness;
namespace sem = ft::ui::sem;

namespace {

bool said(const std::string& part) {
    for (const auto& n : sem::nodes())
        if (n.name.find(part) != std::string::npos || n.invalid_message.find(part) != std::string::npos) return true;
    return false;
}

void open_quote_screen(Harness& h) {
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4200);
    h.frames(2);
    REQUIRE(h.click("Quote"));
    h.frames(2);
}

}  // namespace

TEST_CASE("plain words on screen: a whole number too large is told the range, not 'enter a whole number'") {
    Harness h;
    open_quote_screen(h);
    REQUIRE(h.type_into("Users", "99999999999999"));
    h.frames(2);
    CHECK(said("must be a whole number from 0 to "));
    CHECK_FALSE(said("enter a whole number"));
    // Not a number at all is still told so.
    REQUIRE(h.type_into("Users", "many"));
    h.frames(2);
    CHECK(said("enter a whole number"));
}

TEST_CASE("plain words on screen: a dataset row's refusal names the row and the column") {
    Harness h;
    open_quote_screen(h);
    REQUIRE(h.type_into("Dataset name, row 1", std::string(201, 'a')));
    h.frames(90);   // the quote is priced again after the pause in typing
    CHECK(said("The name in dataset row 1 must be at most 200 characters."));
    CHECK_FALSE(said("Dataset row 1, name: must"));
}

TEST_CASE("plain words on screen: the warning about a letter with no sender says what to do, in plain English") {
    Harness h;
    open_quote_screen(h);   // no organisation's details yet: the example quote's letter names no sender
    CHECK(said("enter your organisation's details on the Home screen, or add them to the quote request file."));
    CHECK_FALSE(said("give the request an issuer"));
}

TEST_CASE("plain words on screen: a file that cannot be opened is described in words") {
    Harness h;
    h.frames(2);
    CHECK_FALSE(h.app->load_workspace_text("{\"schema\":\"fairterms/workspace@99\"}", "\"future.json\""));
    h.frames(2);
    CHECK(said("This file was made by a newer version of fairterms (format 99)"));
    CHECK_FALSE(said("/schema"));
    CHECK_FALSE(h.app->load_workspace_text("{\n  \"schema\": \"fairterms/workspace@2\",\n  \"quotes\": [", "\"cut.json\""));
    h.frames(2);
    CHECK(said("could not be read past character"));
    CHECK_FALSE(said("byte"));

    using ft::ui::error_in_words;
    using ft::ui::place_in_words;
    CHECK(place_in_words("/quotes/0/datasets/2/data_type") == "Quotes 1, datasets 3, data type");
    CHECK(place_in_words("/quotes/1/waiver/amount_pence") == "Quotes 2, waiver, amount");
    CHECK(place_in_words("/a~1b") == "A/b");
    CHECK(place_in_words("") == "");
    CHECK(error_in_words("/users", "must be a whole number from 0 to 1000") == "Users: must be a whole number from 0 to 1000");
    CHECK(error_in_words("", "not valid JSON: it is empty") == "Not valid JSON: it is empty");
    // A choice's allowed values are the file's codes: a person is told the value is not one of the choices.
    CHECK(error_in_words("/quotes/0/use", "must be one of \"commercial\" or \"non_commercial\"") ==
          "Quotes 1, use: is not one of the choices fairterms offers");
    CHECK(ft::ui::message_in_words("must not be empty") == "must not be empty");
    // A refused field on a screen reads as a sentence, never "Partner, name: must not be empty".
    using ft::ui::refusal_sentence;
    CHECK(refusal_sentence("Partner, name", "must not be empty") == "Enter the partner's name.");
    CHECK(refusal_sentence("Dataset row 2, data type", "must be one of \"a\" or \"b\"") ==
          "The data type in dataset row 2 is not one of the choices fairterms offers.");
    CHECK(refusal_sentence("Upfront payment, amount", "must be at most £1,000") == "The upfront payment's amount must be at most £1,000.");
    CHECK(refusal_sentence("Users", "must be from 1 to 10000") == "The users must be from 1 to 10000.");
    CHECK(refusal_sentence("VAT rate", "must not be empty") == "Enter the VAT rate.");
    CHECK(refusal_sentence("", "not valid JSON") == "Not valid JSON.");
    CHECK(refusal_sentence("Contribution row 1, weight", "enter a number") == "The weight in contribution row 1: enter a number.");
    CHECK(refusal_sentence("Contributions", "all weights are 0") == "Contributions: all weights are 0.");
    // Inside a longer sentence (what was reset when a saved file was read): no capital, no full stop.
    CHECK(ft::ui::refusal_clause("Dataset row 1, extra years of history", "must be a whole number from 0 to 200") ==
          "the extra years of history in dataset row 1 must be a whole number from 0 to 200");
    CHECK(ft::ui::refusal_clause("Partner, name", "must not be empty") == "the partner's name must not be empty");
    CHECK(ft::ui::message_in_words("must not be before the approval date (2027-03-31)") ==
          "must not be before the approval date (31 March 2027)");
    CHECK(ft::ui::message_in_words("reference 12027-03-310") == "reference 12027-03-310");   // not a date on its own
}

TEST_CASE("plain words on screen: no screen shows a date as it is stored (2026-11-23)") {
    Harness h;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 6000);   // every card of every screen on screen at once
    h.frames(2);
    auto iso_date = [](const std::string& s) {
        for (std::size_t i = 0; i + 10 <= s.size(); ++i) {
            auto d = [&](std::size_t k) { return std::isdigit(static_cast<unsigned char>(s[i + k])) != 0; };
            if (d(0) && d(1) && d(2) && d(3) && s[i + 4] == '-' && d(5) && d(6) && s[i + 7] == '-' && d(8) && d(9)) return true;
        }
        return false;
    };
    for (const char* screen : {"Home", "Readiness", "Data assets", "Strategy", "Quote", "Value share", "Partnerships"}) {
        REQUIRE(h.click(screen));
        h.frames(3);
        for (const auto& n : sem::nodes()) {
            INFO(std::string(screen) << ": " << n.name);
            CHECK_FALSE(iso_date(n.name));
            CHECK_FALSE(iso_date(n.description));
        }
    }
}
