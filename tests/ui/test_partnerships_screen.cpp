// The Partnerships screen: records from the workspace, the principles check shown, edits the core would
// refuse refused, and downloads identical to the CLI's documents for the same workspace.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "api.h"
#include "fake_platform.h"
#include "screens/partnerships/partnerships_state.h"
#include "shell/semantics.h"

using ft::test::Harness;

namespace {

std::string golden(const std::string& name) {
    std::ifstream in(std::string(FT_SOURCE_DIR) + "/tests/golden/" + name);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool has_item(const std::string& prefix) {
    for (const auto& it : ft::ui::item_log_items())
        if (it.label.rfind(prefix, 0) == 0) return true;
    return false;
}

// The golden workspace's partnerships on screen.
void open_golden_workspace(Harness& h) {
    h.frames(2);
    REQUIRE(h.app->load_workspace_text(golden("northfield.register.json"), "a file"));
    h.frames(2);
    REQUIRE(h.click("Partnerships"));
    h.frames(3);
}

// A new partnership on a tall window, so its whole form is in view.
void open_new_partnership(Harness& h) {
    ImGui::GetIO().DisplaySize = ImVec2(1280, 6000);
    h.frames(2);
    REQUIRE(h.click("Partnerships"));
    REQUIRE(h.click("New partnership"));
}
}  // namespace

TEST_CASE("partnerships: the golden workspace's records, principles and downloads match the CLI") {
    Harness h;
    open_golden_workspace(h);
    CHECK(has_item("Sepsis early warning with Example Diagnostics"));
    CHECK(has_item("Readmission study with Example University"));
    CHECK(has_item("Partnership name"));

    REQUIRE(h.click("Heads of terms (Word)"));
    REQUIRE(h.click("Register (CSV)"));
    REQUIRE(h.platform.saved.size() == 2);
    CHECK(h.platform.saved[0].name == "heads-of-terms-sepsis-early-warning-with-example-diagnostics.docx");
    ft::api::Result cli = ft::api::run("terms", golden("sepsis.terms.json"), "docx");
    REQUIRE(cli.status == ft::api::Status::ok);
    CHECK(h.platform.saved[0].bytes == cli.body);
    ft::api::Result reg = ft::api::run("register", golden("northfield.register.json"), "csv");
    CHECK(h.platform.saved[1].bytes == reg.body);
}

// Found by a new user: the organisation's address ran into one line in the heads of terms. Each format keeps
// its lines: HTML and Markdown with <br> in the table cell, Word with line breaks in the run.
TEST_CASE("partnerships: the heads of terms keep the address's line breaks in every format") {
    Harness h;
    open_golden_workspace(h);
    REQUIRE(h.click("Heads of terms (HTML)"));
    REQUIRE(h.click("Heads of terms (Markdown)"));
    REQUIRE(h.click("Heads of terms (Word)"));
    REQUIRE(h.platform.saved.size() == 3);
    CHECK(h.platform.saved[0].bytes.find("<td>Northfield Road<br>Northfield<br>NF1 2AB</td>") != std::string::npos);
    CHECK(h.platform.saved[1].bytes.find("| Northfield Road<br>Northfield<br>NF1 2AB |") != std::string::npos);
    // The .docx parts are stored uncompressed, so the document's XML can be read in the bytes.
    CHECK(h.platform.saved[2].bytes.find("Northfield Road</w:t><w:br/><w:t xml:space=\"preserve\">Northfield</w:t><w:br/>") !=
          std::string::npos);
    for (const auto& f : h.platform.saved) CHECK(f.bytes.find("Northfield Road Northfield") == std::string::npos);
}

// Found by a new user: a partnership could link a quote made for a different partner, and nothing said so.
TEST_CASE("partnerships: a linked quote made for another partner is pointed out beside its figures") {
    ft::json ws = ft::json::parse(golden("northfield.register.json"));
    const std::string linked = ws["partnerships"][0]["quote"];
    for (auto& q : ws["quotes"])
        if (q["name"] == linked) q["request"]["partner"]["name"] = "Another Company Ltd";
    Harness h;
    h.frames(2);
    REQUIRE(h.app->load_workspace_text(ws.dump(), "a file"));
    h.frames(2);
    REQUIRE(h.click("Partnerships"));
    h.frames(3);
    bool said = false;
    for (const auto& n : ft::ui::sem::nodes())
        said |= n.name.rfind("Warning: The linked quote", 0) == 0 && n.name.find("was made for Another Company Ltd") != std::string::npos;
    CHECK(said);
}

TEST_CASE("partnerships: edits the core would refuse are refused and change nothing") {
    ft::ui::PartnershipsState s;
    s.add();
    auto& p = *s.record();
    CHECK(s.set_route("extract") != "");
    CHECK(p.access_route == "sde");
    CHECK(s.set_route_reason("The partner's own environment is accredited and the data are aggregated first.") == "");
    CHECK(s.set_route("extract") == "");
    CHECK(s.set_route_reason("  ") != "");
    CHECK(s.set_publish(false) != "");
    CHECK(p.publish);
    CHECK(s.set_weight(0, 4) != "");
    CHECK(p.values[0].weight == 0);
    CHECK(s.set_expected(0, "Faster diagnosis") == "");
    CHECK(s.set_measure(0, "Time to diagnosis") == "");
    CHECK(s.set_weight(0, 4) == "");
    CHECK(s.set_measure(0, "") != "");
    CHECK(p.values[0].measure == "Time to diagnosis");
    // Every record the state holds is one the core accepts, so the workspace reads back whole.
    for (const auto& r : s.part()) CHECK_NOTHROW((void)ft::partnership::parse(ft::Field(r, "")));
    CHECK(s.name_problem("Partnership 1", 1) == "another partnership has this name");
    s.add();
    CHECK(s.records[1].name == "Partnership 2");
}

// Found by a new user: the partnership's dates took only 2027-03-31, while every other screen takes dates as
// people in the UK type them. Typed 31/03/2027, stored 2027-03-31; review dates too.
TEST_CASE("partnerships: dates are typed as 31/03/2027 and stored as 2027-03-31") {
    Harness h;
    open_new_partnership(h);
    h.frames(2);
    REQUIRE(h.type_into("Start date", "31/03/2027"));
    REQUIRE(h.type_into("Review dates (separated by commas)", "1/4/2028, 2029-04-01"));
    REQUIRE(h.click("Partnerships"));   // leaves the field: the typing is committed
    h.platform.clock_ms += 2000;
    h.frames(3);
    ft::json ws = ft::json::parse(h.app->workspace_json());
    REQUIRE(ws["partnerships"].size() == 1);
    const ft::json& term = ws["partnerships"][0]["term"];
    CHECK(term["start"] == "2027-03-31");
    CHECK(term["review_points"] == ft::json::array({"2028-04-01", "2029-04-01"}));
}

// Found by a new user: a new partnership said its partner was a company. Nothing is priced by the kind of
// partner, so none is assumed: the person picks it. Unset, the heads of terms name "The partner" without one.
TEST_CASE("partnerships: a new partnership starts with no kind of partner chosen") {
    Harness h;
    open_new_partnership(h);
    h.frames(3);
    ft::json ws = ft::json::parse(h.app->workspace_json());
    REQUIRE(ws["partnerships"].size() == 1);
    CHECK_FALSE(ws["partnerships"][0]["partner"].contains("kind"));
    const ft::ui::sem::Node* kind = nullptr;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.name == "Kind of partner" && n.role == ft::ui::sem::Role::combobox) kind = &n;
    REQUIRE(kind);
    CHECK(kind->value == "Not chosen yet");
    // The workspace still reads back, and the heads of terms do not invent a kind.
    ft::json request = {{"schema", "fairterms/terms-request@1"}, {"workspace", ws}, {"partnership", ws["partnerships"][0]["name"]}};
    ft::api::Result terms = ft::api::run("terms", request.dump(), "md");
    INFO(terms.body);
    REQUIRE(terms.status == ft::api::Status::ok);
    CHECK(terms.body.find("| The partner |") != std::string::npos);
    CHECK(terms.body.find("company") == std::string::npos);
}
