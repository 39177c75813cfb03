// Partnerships (issue 15): the principles check, each principle failing on its own; the value profile's
// rules; refusals with pointers; the workspace migration; a deleted quote reported, not broken.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "api.h"
#include "partnership/linked.h"
#include "partnership/terms.h"
#include "workspace.h"

using namespace ft;
using namespace ft::partnership;

namespace {

json golden_request() {
    std::ifstream in(std::string(FT_SOURCE_DIR) + "/tests/golden/sepsis.terms.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str());
}

// The commercial partnership of the golden heads of terms, linked to its workspace: every principle met
// but none (the fixture is chosen so), which the first test checks before the others break one each.
struct Fixture {
    json ws = golden_request()["workspace"];
    Partnership p = parse(Field(ws["partnerships"][0], "/partnerships/0"));
    Linked linked() const { return resolve(p, ws); }
};

// The principles that fail, as "DHSC 3", "Value Sharing Framework 2", ...
std::vector<std::string> failing(const Linked& l) {
    std::vector<std::string> out;
    for (const auto& x : check_principles(l))
        if (!x.pass) out.push_back(x.source + " " + std::to_string(x.number));
    return out;
}

std::string refusal(const json& record) {
    try {
        (void)parse(Field(record, "/partnerships/0"));
    } catch (const InputError& e) {
        return e.pointer + ": " + e.message;
    }
    return "";
}

}  // namespace

TEST_CASE("principles: the golden partnership meets all nine, each with its reason") {
    Fixture f;
    Linked l = f.linked();
    REQUIRE(l.principles.size() == 9);
    CHECK(failing(l).empty());
    for (const auto& x : l.principles) CHECK_FALSE(x.reason.empty());
    CHECK(l.principles[0].source == "DHSC");
    CHECK(l.principles[5].source == "Value Sharing Framework");
}

TEST_CASE("principles: each fails alone") {
    Fixture f;
    using V = std::vector<std::string>;
    SUBCASE("DHSC 1: no purpose") {
        f.p.purpose = " ";
        CHECK(failing(f.linked()) == V{"DHSC 1"});
    }
    SUBCASE("DHSC 1: no public benefit") {
        f.p.benefit_what.clear();
        CHECK(failing(f.linked()) == V{"DHSC 1"});
    }
    SUBCASE("DHSC 2: the partner owns everything new, with no licence back") {
        f.p.foreground = "partner";
        f.p.licence_back = "none";
        Linked l = f.linked();
        CHECK(failing(l) == V{"DHSC 2"});
        CHECK(l.principles[1].reason.find("no licence back") != std::string::npos);
    }
    SUBCASE("DHSC 3: exclusivity written into a note") {
        f.p.ip_note = "The partner has an exclusive licence to the model for five years.";
        Linked l = f.linked();
        CHECK(failing(l) == V{"DHSC 3"});
        CHECK(l.principles[2].reason.find("intellectual property note") != std::string::npos);
    }
    SUBCASE("DHSC 3: 'non-exclusive' is not exclusivity") {
        f.p.ip_note = "A non-exclusive licence; a non exclusive right; nonexclusive terms.";
        CHECK(failing(f.linked()).empty());
    }
    SUBCASE("DHSC 4: kept out of the register") {
        f.p.publish = false;
        f.p.publish_reason = "Commercially sensitive until launch.";
        Linked l = f.linked();
        CHECK(failing(l) == V{"DHSC 4"});
        CHECK(l.principles[3].reason.find("Commercially sensitive") != std::string::npos);
    }
    SUBCASE("DHSC 5: no DPIA recorded") {
        f.p.approvals.dpia.clear();
        Linked l = f.linked();
        CHECK(failing(l) == V{"DHSC 5"});
        CHECK(l.principles[4].reason.find("data protection impact assessment") != std::string::npos);
    }
    SUBCASE("VSF 1: the whole fee is waived") {
        Linked l = f.linked();
        REQUIRE(l.quote);
        quote::QuoteRequest r = l.quote->request;
        r.waiver = quote::Waiver{l.quote->direct_pence + l.quote->overhead_pence, "Pilot for a national programme."};
        l.quote = quote::compute_quote(r);
        CHECK(failing(l) == V{"Value Sharing Framework 1"});
        auto now = check_principles(l);   // VSF 2 passes, saying what is not recovered
        CHECK(now[6].reason.find("waiver") != std::string::npos);
        CHECK(now[6].reason.find("not recovered") != std::string::npos);
    }
    SUBCASE("VSF 2: a card with no overhead that does not say its prices carry one") {
        Linked l = f.linked();
        REQUIRE(l.quote);
        quote::QuoteRequest r = l.quote->request;
        r.card.overhead_note.clear();
        r.rate_card_id.clear();
        l.quote = quote::compute_quote(r);
        CHECK(failing(l) == V{"Value Sharing Framework 2"});
    }
    SUBCASE("VSF 3: priced for a different use") {
        Linked l = f.linked();
        REQUIRE(l.quote);
        l.quote->request.use = quote::Use::non_commercial;
        CHECK(failing(l) == V{"Value Sharing Framework 3"});
    }
    SUBCASE("VSF 4: commercial with no value share") {
        f.p.value_scenario.clear();
        CHECK(failing(f.linked()) == V{"Value Sharing Framework 4"});
    }
    SUBCASE("VSF 4: non-commercial without consent to commercialise") {
        f.p.commercial = false;
        f.p.value_scenario.clear();
        f.p.consent_to_commercialise = false;
        Linked l = f.linked();
        l.quote->request.use = quote::Use::non_commercial;   // priced for the use it is, so VSF 3 holds
        CHECK(failing(l) == V{"Value Sharing Framework 4"});
    }
}

TEST_CASE("principles: a deleted quote is reported, not broken") {
    Fixture f;
    f.ws["quotes"].erase(0);
    Linked l = f.linked();
    CHECK_FALSE(l.quote);
    CHECK(l.quote_problem.find("no longer in the workspace") != std::string::npos);
    auto fails = failing(l);
    CHECK(fails == std::vector<std::string>{"Value Sharing Framework 1", "Value Sharing Framework 2", "Value Sharing Framework 3"});
    CHECK(l.principles[5].reason == l.quote_problem);
    // The register still has its row; the heads of terms refuse with the pointer to the link.
    auto rows = register_rows({l});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fee.find("no longer in the workspace") != std::string::npos);
    CHECK_THROWS_WITH_AS(check_links(l, "/partnerships/0"), doctest::Contains("no longer in the workspace"), InputError);
    Document d = heads_of_terms(l);
    CHECK(terms_markdown(d).find("no longer in the workspace") != std::string::npos);
}

TEST_CASE("value profile: all five present, weights 0 to 5, a measure for any weight of 3 or more") {
    Fixture f;
    json rec = f.ws["partnerships"][0];
    CHECK(refusal(rec).empty());
    SUBCASE("a value missing") {
        rec["value_profile"].erase("environmental");
        CHECK(refusal(rec) == "/partnerships/0/value_profile: must hold all five values; environmental is missing");
    }
    SUBCASE("a weight above 5, below 0, or not whole") {
        rec["value_profile"]["social"]["weight"] = 6;
        CHECK(refusal(rec).rfind("/partnerships/0/value_profile/social/weight: ", 0) == 0);
        rec["value_profile"]["social"]["weight"] = -1;
        CHECK(refusal(rec).rfind("/partnerships/0/value_profile/social/weight: ", 0) == 0);
        rec["value_profile"]["social"]["weight"] = 2.5;
        CHECK(refusal(rec).rfind("/partnerships/0/value_profile/social/weight: ", 0) == 0);
    }
    SUBCASE("weight 3 needs a measure; weight 2 does not") {
        rec["value_profile"]["economic_development"]["measure"] = "";
        rec["value_profile"]["economic_development"]["weight"] = 2;
        CHECK(refusal(rec).empty());
        rec["value_profile"]["economic_development"]["weight"] = 3;
        CHECK(refusal(rec).rfind("/partnerships/0/value_profile/economic_development/measure: must say how", 0) == 0);
    }
    SUBCASE("an unknown recipient, or one listed twice") {
        rec["value_profile"]["clinical"]["recipients"] = {"patients", "shareholders"};
        CHECK(refusal(rec).rfind("/partnerships/0/value_profile/clinical/recipients/1: must be one of", 0) == 0);
        rec["value_profile"]["clinical"]["recipients"] = {"patients", "patients"};
        CHECK(refusal(rec) == "/partnerships/0/value_profile/clinical/recipients/1: is listed twice");
    }
    SUBCASE("an unknown kind of value") {
        rec["value_profile"]["spiritual"] = {{"weight", 1}};
        CHECK(refusal(rec).rfind("/partnerships/0/value_profile/spiritual: ", 0) == 0);
    }
    SUBCASE("check_value_profile on a record a screen is editing") {
        Partnership p = f.p;
        p.values[4].measure = " ";
        CHECK_THROWS_WITH_AS(check_value_profile(p.values, "/value_profile"), doctest::Contains("weighted 4"), InputError);
    }
}

TEST_CASE("record: exclusivity is refused citing DHSC's third principle, wherever it is asked for") {
    Fixture f;
    json rec = f.ws["partnerships"][0];
    rec["exclusivity"] = false;   // even "false": the record has no way to speak of it
    CHECK(refusal(rec).find("/partnerships/0/exclusivity: cannot be part of a partnership: DHSC's third principle") == 0);
    rec = f.ws["partnerships"][0];
    rec["term"]["Exclusive_period_months"] = 12;
    CHECK(refusal(rec).find("/partnerships/0/term/Exclusive_period_months: cannot be part") == 0);
    rec = f.ws["partnerships"][0];
    rec["partner"]["exclusive"] = true;
    CHECK(refusal(rec).find("/partnerships/0/partner/exclusive: cannot be part") == 0);
}

TEST_CASE("record: other refusals carry their pointer; the record round-trips") {
    Fixture f;
    json rec = f.ws["partnerships"][0];
    CHECK(to_json(parse(Field(rec, ""))) == to_json(f.p));
    CHECK(to_json(parse(Field(to_json(f.p), ""))) == to_json(f.p));
    rec["access_route"] = {{"route", "extract"}, {"reason", ""}};
    CHECK(refusal(rec).rfind("/partnerships/0/access_route/reason: must give the reason", 0) == 0);
    rec = f.ws["partnerships"][0];
    rec["transparency"] = {{"publish", false}};
    CHECK(refusal(rec).rfind("/partnerships/0/transparency: must give the reason", 0) == 0);
    rec = f.ws["partnerships"][0];
    rec["assets"] = {"epr", "epr"};
    CHECK(refusal(rec) == "/partnerships/0/assets/1: names the same data asset twice");
    rec = f.ws["partnerships"][0];
    rec["approvals"]["dpia"] = "2026-02-30";
    CHECK(refusal(rec).rfind("/partnerships/0/approvals/dpia: ", 0) == 0);
    rec = f.ws["partnerships"][0];
    rec["status"] = "signed";
    CHECK(refusal(rec).rfind("/partnerships/0/status: must be one of \"proposed\", \"agreed\", \"active\" or \"ended\"", 0) == 0);
}

TEST_CASE("links: an unknown asset and an unknown quote are refused with their pointers") {
    Fixture f;
    f.p.assets.push_back("no-such-asset");
    Linked l = f.linked();
    CHECK(l.assets.back().readiness_words == "Not in the asset register");
    CHECK_THROWS_WITH_AS(check_links(l, "/workspace/partnerships/0"), doctest::Contains("no-such-asset"), InputError);
    try {
        check_links(l, "/workspace/partnerships/0");
    } catch (const InputError& e) {
        CHECK(e.pointer == "/workspace/partnerships/0/assets/2");
    }
    Fixture g;
    g.p.quote = "A quote nobody wrote";
    try {
        check_links(g.linked(), "/p");
        FAIL("an unknown quote was accepted");
    } catch (const InputError& e) {
        CHECK(e.pointer == "/p/quote");
    }
}

TEST_CASE("workspace: version 1 gains an empty list of partnerships; names are unique; the cap holds") {
    json v1 = json::parse(R"({"schema": "fairterms/workspace@1", "quotes": []})");
    json migrated = workspace::migrate_and_check(v1);
    CHECK(migrated["schema"] == "fairterms/workspace@2");
    CHECK(migrated["partnerships"] == json::array());
    Fixture f;
    json ws = f.ws;
    ws["partnerships"][1]["name"] = ws["partnerships"][0]["name"];
    CHECK_THROWS_WITH_AS(workspace::migrate_and_check(ws), doctest::Contains("repeats the name"), InputError);
    json many = json::parse(R"({"schema": "fairterms/workspace@2"})");
    many["partnerships"] = json::array();
    for (int i = 0; i < 501; ++i) many["partnerships"].push_back(json::object());
    CHECK_THROWS_WITH_AS(workspace::migrate_and_check(many), doctest::Contains("at most 500 partnerships"), InputError);
}

TEST_CASE("documents: the heads of terms carry every section, subject to contract, in all three formats") {
    json req = golden_request();
    std::string md = api::run("terms", req.dump(), "md").body;
    std::string html = api::run("terms", req.dump(), "html").body;
    for (const char* heading : {"Parties", "Purpose and public benefit", "Data and access route", "Fee", "Value share",
                                "The whole value of the deal", "Intellectual property", "No exclusivity", "Publication and transparency",
                                "Term, review and exit", "Conditions before access", "Principles check"}) {
        CHECK(md.find(heading) != std::string::npos);
        CHECK(html.find(heading) != std::string::npos);
    }
    CHECK(md.find("Subject to contract") != std::string::npos);
    CHECK(html.find("Subject to contract") != std::string::npos);
    api::Result docx = api::run("terms", req.dump(), "docx");
    REQUIRE(docx.status == api::Status::ok);
    CHECK(docx.body.rfind("PK", 0) == 0);
    // The register: the unpublished partnership has no row.
    std::string csv = api::run("register", req["workspace"].dump(), "csv").body;
    CHECK(csv.find("Example Diagnostics Ltd") != std::string::npos);
    CHECK(csv.find("Example Security Co") == std::string::npos);
}

TEST_CASE("links: a quote made for another partner is said in words; the same name in other case and spacing is not") {
    Fixture f;
    CHECK(f.linked().quote_partner_note.empty());   // the golden quote is for the record's partner
    const std::string partner = f.p.partner_name;
    REQUIRE_FALSE(partner.empty());
    const std::string quote_name = f.p.quote;
    for (auto& q : f.ws["quotes"])
        if (q["name"] == quote_name) q["request"]["partner"]["name"] = "Another Company Ltd";
    Linked l = f.linked();
    REQUIRE(l.quote);
    CHECK(l.quote_partner_note == "The linked quote \"" + quote_name + "\" was made for Another Company Ltd, but this partnership is with " +
                                      partner + ". Check that it prices this partnership's access, or link a quote made for " + partner + ".");
    // Case and spacing are not a different partner.
    std::string shouted;
    for (char c : partner) shouted += c == ' ' ? std::string("  ") : std::string(1, char(std::toupper(static_cast<unsigned char>(c))));
    for (auto& q : f.ws["quotes"])
        if (q["name"] == quote_name) q["request"]["partner"]["name"] = " " + shouted + " ";
    CHECK(f.linked().quote_partner_note.empty());
}
