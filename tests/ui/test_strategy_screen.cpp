// The Strategy screen driven like a user: fill the details, edit a section, take the suggested posture
// from the readiness self-assessment, export, reset with undo, and read the work back from the workspace.
#include <doctest/doctest.h>

#include "assessment_ui_helpers.h"
#include "api.h"
#include "shell/semantics.h"
#include "strategy/strategy.h"

using ft::json;
using ft::test::Harness;

namespace {

void open_strategy(Harness& h) {
    h.frames(2);
    REQUIRE(h.click("Strategy"));
}

void fill_details(Harness& h) {
    REQUIRE(h.type_into("Organisation", "Northfield Trust"));
    REQUIRE(h.type_into("Owner", "the Chief Data Officer"));
}

json strategy_part(Harness& h) { return ft::test::workspace(h)["strategy"]; }

// Whether the page says `part` (text is read through the semantic nodes, as a screen reader gets it).
bool said(const std::string& part) {
    for (const auto& n : ft::ui::sem::nodes())
        if (n.name.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("strategy screen: edit a section and download it as a Word document") {
    Harness h;
    open_strategy(h);
    CHECK(h.has("Document details"));
    fill_details(h);
    // No self-assessment yet: the document needs a posture before it can be written.
    REQUIRE(h.click("Partnership posture"));
    CHECK(h.has("Go to Readiness"));
    CHECK_FALSE(h.has("Use the suggested posture"));
    REQUIRE(h.click("Reactive"));

    REQUIRE(h.click("Risks and mitigations"));
    REQUIRE(h.type_into("Risks and mitigations text", "- Re-identification: every output is checked."));
    h.frames(2);
    json part = strategy_part(h);
    CHECK(part["organisation"] == "Northfield Trust");
    CHECK(part["owner"] == "the Chief Data Officer");
    CHECK(part["posture"] == "reactive");
    CHECK(part["sections"]["risks"] == "- Re-identification: every output is checked.");
    CHECK(part["sections"].size() == 1);

    REQUIRE(h.click("Download Word (.docx)"));
    REQUIRE(h.platform.saved.size() == 1);
    const auto& file = h.platform.saved[0];
    CHECK(file.name == "data-asset-management-strategy-2026-11-23.docx");
    CHECK(file.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    CHECK(file.bytes.compare(0, 2, "PK") == 0);
    CHECK(file.bytes.find("Re-identification: every output is checked.") != std::string::npos);

    REQUIRE(h.click("Download Markdown"));
    REQUIRE(h.platform.saved.size() == 2);
    // The download is exactly what the command gives for the saved part.
    CHECK(h.platform.saved[1].bytes == ft::api::run("strategy", part.dump(), "md").body);
    REQUIRE(h.click("Open printable version"));
    REQUIRE(h.platform.printed.size() == 1);
    CHECK(h.platform.printed[0].find("<h2>11. Risks and mitigations</h2>") != std::string::npos);
}

TEST_CASE("strategy screen: reset to default text can be undone") {
    Harness h;
    open_strategy(h);
    fill_details(h);
    REQUIRE(h.click("Capability and resourcing"));
    REQUIRE(h.type_into("Capability and resourcing text", "Two analysts are funded from fees."));
    CHECK(strategy_part(h)["sections"]["capability"] == "Two analysts are funded from fees.");
    REQUIRE(h.click("Reset to default text"));
    CHECK_FALSE(strategy_part(h)["sections"].contains("capability"));
    REQUIRE(h.click("Undo"));
    CHECK(strategy_part(h)["sections"]["capability"] == "Two analysts are funded from fees.");
    REQUIRE(h.click("Leave this section out"));
    CHECK(strategy_part(h)["sections"]["capability"] == "");
}

TEST_CASE("strategy screen: the posture follows the readiness self-assessment until overridden") {
    Harness h;
    auto& state = ft::test::assessment(h);
    auto doc = ft::assess::new_assessment();
    doc.organisation = "Northfield Trust";
    for (const auto& d : doc.instrument->domains)
        for (const auto& i : d.indicators)
            if (i.core) doc.answers[i.id].level = 2;
    state.replace(doc);
    open_strategy(h);
    // Left empty, the organisation is the self-assessment's (Home's profile is empty): said on screen, used in
    // the document, and not written into the strategy's own part.
    CHECK(said("Left empty, the document names \xE2\x80\x9CNorthfield Trust\xE2\x80\x9D, from the readiness self-assessment."));
    REQUIRE(h.type_into("Owner", "the Chief Data Officer"));
    REQUIRE(h.click("Partnership posture"));
    CHECK(h.has("Use the suggested posture"));
    CHECK_FALSE(strategy_part(h).contains("posture"));

    REQUIRE(h.click("Download Markdown"));
    REQUIRE(h.platform.saved.size() == 1);
    const std::string& md = h.platform.saved[0].bytes;
    CHECK(md.find("**Partnership posture:** Reactive (suggested by the readiness self-assessment)") != std::string::npos);
    CHECK(md.find("- Data quality and linkage: level 2 (Developing)") != std::string::npos);
    CHECK(md.find("Northfield Trust") != std::string::npos);
    CHECK(strategy_part(h)["organisation"] == "");

    REQUIRE(h.click("Proactive"));
    CHECK(strategy_part(h)["posture"] == "proactive");
    REQUIRE(h.click("Download Markdown"));
    CHECK(h.platform.saved[1].bytes.find("**Partnership posture:** Proactive\n") != std::string::npos);
}

TEST_CASE("strategy screen: a damaged part keeps what it can") {
    Harness h;
    h.frames(2);
    std::string ws = R"({"schema": "fairterms/workspace@1", "strategy": {"schema": "fairterms/strategy@1",
        "organisation": "Northfield Trust", "owner": 7, "approval_date": "31/03/2026", "posture": "eager",
        "sections": {"risks": "Our own risks.", "nonsense": "x", "charging": 5}, "extra": true}})";
    REQUIRE(h.app->load_workspace_text(ws, "a test file"));
    h.frames(1);
    REQUIRE(h.click("Strategy"));
    json part = strategy_part(h);
    CHECK(part["organisation"] == "Northfield Trust");
    CHECK(part["owner"] == "");
    CHECK_FALSE(part.contains("approval_date"));
    CHECK_FALSE(part.contains("posture"));
    CHECK(part["sections"] == json{{"risks", "Our own risks."}});
    // Round trip: what was kept reads back the same.
    std::string saved = h.app->workspace_json();
    REQUIRE(h.app->load_workspace_text(saved, "the saved copy"));
    h.frames(2);
    CHECK(strategy_part(h) == part);
}

// Found in review: the posture's reason box took a section's 20,000 characters while the core refuses a
// reason over 4,000, so a long reason made the whole strategy unreadable as a document.
TEST_CASE("strategy screen: the posture's reason takes at most what the core accepts") {
    Harness h;
    open_strategy(h);
    fill_details(h);
    REQUIRE(h.click("Partnership posture"));
    REQUIRE(h.click("Proactive"));   // with no self-assessment there is no suggestion: the posture is chosen
    REQUIRE(h.type_into("Why this posture", std::string(ft::strategy::kPostureReasonMax + 500, 'a')));
    h.frames(2);
    const json part = strategy_part(h);
    REQUIRE(part.contains("posture_reason"));
    CHECK(part["posture_reason"].get<std::string>().size() == ft::strategy::kPostureReasonMax);
    REQUIRE(h.click("Download Markdown"));   // the strategy still reads as a document
    CHECK_FALSE(h.platform.saved.empty());
}

TEST_CASE("strategy screen: everything missing before export is named at once, and Home's organisation is used") {
    Harness h;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4200);   // Home's organisation card is at the foot of the page
    open_strategy(h);
    // Nothing filled in: all three are named together (the core alone names only the first).
    CHECK(said("Not ready to export: fill in the organisation's name, the strategy's owner and a partnership posture."));
    CHECK(said("Enter the organisation's name, or fill in Your organisation on Home."));
    REQUIRE(h.type_into("Owner", "the Chief Data Officer"));
    CHECK(said("Not ready to export: fill in the organisation's name and a partnership posture."));
    // The name given once on Home reaches the strategy without typing it again, and stays Home's.
    REQUIRE(h.click("Home"));
    REQUIRE(h.type_into("Organisation name", "Southmoor Hospitals NHS Trust"));
    REQUIRE(h.click("Strategy"));
    CHECK(said("Left empty, the document names \xE2\x80\x9CSouthmoor Hospitals NHS Trust\xE2\x80\x9D, from Your organisation on Home."));
    CHECK(said("Not ready to export: fill in a partnership posture."));
    REQUIRE(h.click("Choose the posture"));
    REQUIRE(h.click("Reactive"));
    REQUIRE(h.click("Download Markdown"));
    REQUIRE(h.platform.saved.size() == 1);
    CHECK(h.platform.saved[0].bytes.find("Southmoor Hospitals NHS Trust") != std::string::npos);
    CHECK(strategy_part(h)["organisation"] == "");
    // A name typed here wins over Home's.
    REQUIRE(h.click("Document details"));
    REQUIRE(h.type_into("Organisation", "Southmoor Research Office"));
    REQUIRE(h.click("Download Markdown"));
    REQUIRE(h.platform.saved.size() == 2);
    CHECK(h.platform.saved[1].bytes.find("Southmoor Research Office") != std::string::npos);
}

TEST_CASE("strategy screen: a damaged part's notes name what was left out in words, not the file's keys") {
    Harness h;
    h.frames(2);
    std::string ws = R"({"schema": "fairterms/workspace@1", "strategy": {"schema": "fairterms/strategy@1",
        "organisation": "Northfield Trust", "owner": "Chief Data Officer", "approved_by": 3, "posture": "eager",
        "review_date": "2026-02-31", "sections": {"nonsense": "x", "charging": 5}, "extra_key": true}})";
    REQUIRE(h.app->load_workspace_text(ws, "a test file"));
    h.frames(1);
    REQUIRE(h.click("Strategy"));
    std::string toast;
    for (const auto& m : h.app->toast_messages()) toast += m + "\n";
    CHECK(toast.find("who approved it (not readable text)") != std::string::npos);
    CHECK(toast.find("the partnership posture (not Proactive, Reactive or Not now)") != std::string::npos);
    CHECK(toast.find("the review date (not a date it can read)") != std::string::npos);
    CHECK(toast.find("1 section this version of fairterms does not have") != std::string::npos);
    CHECK(toast.find("1 entry this version of fairterms does not know") != std::string::npos);
    for (const char* code : {"approved_by", "eager", "nonsense", "charging", "extra_key", "review_date"}) CHECK(toast.find(code) == std::string::npos);
}

TEST_CASE("strategy screen: a refused date is quoted as a person writes it, and the preview says what stops it") {
    Harness h;
    open_strategy(h);
    REQUIRE(h.click("Purpose and scope"));
    CHECK(said("The preview appears once the document can be written: first fill in the organisation's name, the "
               "strategy's owner and a partnership posture under Document details."));
    REQUIRE(h.click("Document details"));
    fill_details(h);
    REQUIRE(h.click("Choose the posture"));
    REQUIRE(h.click("Reactive"));
    REQUIRE(h.click("Document details"));
    REQUIRE(h.type_into("Approval date", "31/03/2027"));
    REQUIRE(h.type_into("Review date", "01/01/2027"));
    h.frames(2);
    CHECK(said("must not be before the approval date (31 March 2027)"));
    CHECK_FALSE(said("2027-03-31"));
    REQUIRE(h.click("Purpose and scope"));
    CHECK(said("The preview appears once the document can be written: the review date must not be before the approval "
               "date (31 March 2027)."));
}

TEST_CASE("strategy screen: a date is shown as it was typed (31/03/2027), never as stored (2027-03-31)") {
    Harness h;
    open_strategy(h);
    REQUIRE(h.type_into("Approval date", "31/3/2027"));
    REQUIRE(h.click("Owner"));   // leaves the field: it is written in full, as the rest of the app writes dates
    h.frames(3);
    CHECK(strategy_part(h)["approval_date"] == "2027-03-31");
    const ft::ui::sem::Node* field = nullptr;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.name == "Approval date" && n.role == ft::ui::sem::Role::textbox) field = &n;
    REQUIRE(field);
    CHECK(field->value == "31/03/2027");
}

TEST_CASE("strategy screen: while an entry is refused the export bar says why, not 'Ready'") {
    Harness h;
    open_strategy(h);
    fill_details(h);
    REQUIRE(h.click("Choose the posture"));
    REQUIRE(h.click("Reactive"));
    REQUIRE(h.click("Document details"));
    CHECK(said("\xE2\x9C\x93 Ready: "));
    REQUIRE(h.type_into("Approval date", "31/02/2027"));
    h.frames(2);
    CHECK_FALSE(said("\xE2\x9C\x93 Ready: "));
    CHECK(said("Not available while Approval date has a refused entry: correct it or undo it first."));
}
