// The Readiness screen driven like a user: answers through labelled widgets, then the domain levels, the
// posture, the action plan, comparison, instrument loading, exports and the saved workspace are checked.
#include <doctest/doctest.h>

#include <algorithm>

#include <imgui_internal.h>

#include "assess/assess_report.h"
#include "assessment_ui_helpers.h"

using namespace ft::test;   // the harness and the assessment helpers
using ft::json;
namespace assess = ft::assess;

namespace {

void open_answering(Harness& h) {
    h.frames(2);
    REQUIRE(h.click("Readiness"));
    REQUIRE(h.click("Answer questions"));
}

// Answers the current indicator with `choice` (a visible radio label) and moves to the next one.
void answer_and_next(Harness& h, const std::string& choice) {
    REQUIRE(click_shown(h, choice));
    REQUIRE(click_shown(h, "Next indicator"));
}

std::optional<int> domain_level(Harness& h, const std::string& id) {
    for (const auto& d : assessment(h).result().domains)
        if (d.id == id) return d.level;
    FAIL("no domain " << id);
    return std::nullopt;
}

const assess::Domain& first_domain() { return assess::builtin_instrument().domains.front(); }

}  // namespace

TEST_CASE("answering indicators through the screen sets the domain level and moves the posture") {
    Harness h;
    open_answering(h);
    CHECK_FALSE(domain_level(h, "data_quality"));
    CHECK(assessment(h).result().posture == assess::Posture::not_yet);

    // The first domain, indicator by indicator: core answers 3, 3, 2, 4 -> sorted 2, 3, 3, 4 -> median 3.
    const auto& d = first_domain();
    std::vector<std::string> core_levels = {"Level 3: Established", "Level 3: Established", "Level 2: Developing",
                                            "Level 4: Advanced"};
    std::size_t next_core = 0;
    for (const auto& ind : d.indicators) {
        CAPTURE(ind.id);
        answer_and_next(h, ind.core ? core_levels[next_core++] : "Level 1: Initial");
    }
    CHECK(domain_level(h, "data_quality") == 3);
    json answers = workspace(h)["assessment"]["answers"];
    CHECK(answers[d.indicators.front().id]["level"] == 3);
    CHECK(answers.size() == d.indicators.size());
    CHECK(workspace(h)["assessment"]["assessed_on"] == "2026-11-23");   // stamped on the first answer

    // Every other indicator at level 2: all domains and criticals reach 2 -> reactive, except the critical
    // first-domain indicator, answered 3 above. Then everything at 3 -> proactive.
    while (h.find("Next indicator") && assessment(h).doc().answers.size() < assess::builtin_instrument().indicator_count()) {
        bool last = assessment(h).doc().answers.size() + 1 == assess::builtin_instrument().indicator_count();
        REQUIRE(click_shown(h, "Level 2: Developing"));
        if (last) break;
        REQUIRE(click_shown(h, "Next indicator"));
    }
    REQUIRE(assessment(h).doc().answers.size() == assess::builtin_instrument().indicator_count());
    CHECK(assessment(h).result().posture == assess::Posture::reactive);
    CHECK(assessment(h).result().answered == assessment(h).result().total);

    // Whole-domain mode: every indicator of a domain on one page, each with its own "Level 3" radio.
    REQUIRE(click_shown(h, "Whole domain"));
    REQUIRE(h.click(first_domain().title));
    const auto& instrument = assess::builtin_instrument();
    for (std::size_t di = 0; di < instrument.domains.size(); ++di) {
        const auto& dom = instrument.domains[di];
        auto all_at_3 = [&] {
            for (const auto& ind : dom.indicators) {
                const assess::Answer* a = assessment(h).doc().answer(ind.id);
                if (!a || a->kind != assess::AnswerKind::level || a->level != 3) return false;
            }
            return true;
        };
        auto count_at_3 = [&] {
            int n = 0;
            for (const auto& ind : dom.indicators) {
                const assess::Answer* a = assessment(h).doc().answer(ind.id);
                n += a && a->kind == assess::AnswerKind::level && a->level == 3;
            }
            return n;
        };
        // Radio items do not report whether they are on, so click each visible one and keep the clicks that
        // changed something; when none does, scroll on.
        for (int guard = 0; !all_at_3() && guard < 40; ++guard) {
            bool progressed = false;
            for (const auto& radio : ft::test::labelled("Level 3: Established")) {
                int before = count_at_3();
                ft::test::click_at(h, radio.x + radio.w / 2, radio.y + radio.h / 2);
                if (count_at_3() > before) { progressed = true; break; }
            }
            if (!progressed) ft::test::scroll_at(h, ft::test::kPanelX, ft::test::kPanelY, -3);
        }
        CHECK(all_at_3());
        if (di + 1 < instrument.domains.size()) REQUIRE(click_shown(h, "Next domain"));
    }
    for (const auto& dr : assessment(h).result().domains) CHECK(dr.level >= 3);
    CHECK(assessment(h).result().posture == assess::Posture::proactive);
}

TEST_CASE("not known counts as 1 and not applicable is left out, visibly") {
    Harness h;
    open_answering(h);
    const auto& d = first_domain();
    REQUIRE(d.indicators.front().core);
    REQUIRE(click_shown(h, "Not known"));
    CHECK(workspace(h)["assessment"]["answers"][d.indicators.front().id]["level"] == "not_known");
    CHECK(domain_level(h, "data_quality") == 1);
    const auto& explanation = assessment(h).result().domains.front().explanation;
    CHECK(explanation.find("1 \"not known\" answer counted as 1") != std::string::npos);

    REQUIRE(click_shown(h, "Not applicable"));
    CHECK_FALSE(domain_level(h, "data_quality"));   // nothing left to score
    CHECK(assessment(h).result().domains.front().explanation.find("left out") != std::string::npos);

    // The answer can be cleared again, with undo.
    REQUIRE(click_shown(h, "Clear answer"));
    CHECK(assessment(h).doc().answers.empty());
    REQUIRE(h.click("Undo"));
    CHECK(assessment(h).doc().answers.size() == 1);
}

TEST_CASE("a critical indicator answered not applicable through the screen is a critical gap, not an excuse") {
    Harness h;
    open_answering(h);
    const auto& d = first_domain();
    std::size_t k = 0;
    while (k < d.indicators.size() && !d.indicators[k].critical) ++k;
    REQUIRE(k < d.indicators.size());
    for (std::size_t i = 0; i < k; ++i) answer_and_next(h, "Level 3: Established");
    REQUIRE(click_shown(h, "Not applicable"));
    const std::string id = d.indicators[k].id;
    CHECK(workspace(h)["assessment"]["answers"][id]["level"] == "not_applicable");
    const auto& r = assessment(h).result();
    CHECK(r.posture == assess::Posture::not_yet);
    auto gap = std::find_if(r.critical_gaps.begin(), r.critical_gaps.end(), [&](const assess::CriticalGap& g) { return g.id == id; });
    REQUIRE(gap != r.critical_gaps.end());
    CHECK(gap->state == "not_applicable");
    auto reason = std::find_if(r.posture_reasons.begin(), r.posture_reasons.end(), [&](const assess::PostureReason& p) { return p.id == id; });
    REQUIRE(reason != r.posture_reasons.end());
    CHECK(reason->text.find("critical indicators must be assessed") != std::string::npos);
    // What the screen shows is plain English: no answer codes in the explanation of the posture.
    CHECK(r.posture_explanation.find("not_applicable") == std::string::npos);
    CHECK(r.posture_explanation.find("critical indicators must be assessed") != std::string::npos);
}

TEST_CASE("evidence, certainty and the action are recorded on the answer; the plan follows the target") {
    Harness h;
    open_answering(h);
    const std::string id = first_domain().indicators.front().id;
    REQUIRE(ft::test::reveal(h, "Evidence"));   // shown, but disabled until a level is chosen
    REQUIRE(h.type_into("Evidence", "Draft list of 14 systems"));
    CHECK(assessment(h).doc().answers.empty());

    REQUIRE(click_shown(h, "Level 1: Initial"));
    REQUIRE(click_shown(h, "High"));
    REQUIRE(ft::test::reveal(h, "Evidence"));
    REQUIRE(h.type_into("Evidence", "Draft list of 14 systems"));
    REQUIRE(ft::test::reveal(h, "Owner"));
    REQUIRE(h.type_into("Owner", "Head of data"));
    REQUIRE(h.type_into("Due date", "2027-13-01"));   // refused: not a date
    REQUIRE(h.type_into("Due date", "2027-03-31"));
    h.frames(2);
    json a = workspace(h)["assessment"]["answers"][id];
    CHECK(a["certainty"] == "high");
    CHECK(a["evidence"] == "Draft list of 14 systems");
    CHECK(a["action"]["owner"] == "Head of data");
    CHECK(a["action"]["due"] == "2027-03-31");

    REQUIRE(h.click("Action plan"));
    auto plan = assessment(h).result().action_plan;
    REQUIRE_FALSE(plan.empty());
    CHECK(plan.front().indicator == id);   // critical -> high priority, and dated
    CHECK(plan.front().owner == "Head of data");
    REQUIRE(click_shown(h, "Use suggestion"));
    CHECK(assessment(h).doc().answer(id)->action.text == assess::builtin_instrument().find_indicator(id)->level(1).next_action);

    // A target of 1 leaves only unanswered critical indicators in the plan.
    REQUIRE(click_shown(h, "1 Initial"));
    CHECK(assessment(h).doc().target_level == 1);
    for (const auto& item : assessment(h).result().action_plan) CHECK(item.status == "not_answered");
}

TEST_CASE("exports are the core's documents for the screen's assessment") {
    Harness h;
    open_answering(h);
    REQUIRE(click_shown(h, "Level 2: Developing"));
    REQUIRE(h.type_into("Organisation", "Northfield Hospitals"));
    REQUIRE(h.click("Reports"));
    const assess::Assessment& doc = assessment(h).doc();
    assess::AssessResult r = assess::assess(doc);

    REQUIRE(h.click("Open printable report"));
    REQUIRE(h.platform.printed.size() == 1);
    CHECK(h.platform.printed[0] == assess::report_html(doc, r));
    CHECK(h.platform.printed[0].find("Northfield Hospitals") != std::string::npos);

    REQUIRE(h.click("Download report (HTML)"));
    REQUIRE(h.click("Download indicators (CSV)"));
    REQUIRE(h.click("Download action plan (CSV)"));
    REQUIRE(h.click("Download assessment (JSON)"));
    REQUIRE(h.platform.saved.size() == 4);
    CHECK(h.platform.saved[0].name == "readiness-report-2026-11-23.html");
    CHECK(h.platform.saved[0].bytes == assess::report_html(doc, r));
    CHECK(h.platform.saved[1].media_type == "text/csv");
    CHECK(h.platform.saved[1].bytes == assess::report_csv(doc));
    CHECK(h.platform.saved[2].bytes == assess::actions_csv(doc, r));
    CHECK(json::parse(h.platform.saved[3].bytes) == json(assess::assessment_to_json(doc)));
}

TEST_CASE("comparison with an earlier assessment shows per-domain and per-indicator change") {
    Harness h;
    open_answering(h);
    const auto& d = first_domain();
    for (std::size_t i = 0; i < d.indicators.size(); ++i) answer_and_next(h, "Level 3: Established");
    REQUIRE(h.click("Compare"));
    REQUIRE(h.click("Compare with an earlier assessment\xE2\x80\xA6"));
    CHECK(h.platform.opened_purposes.back() == "Readiness:previous");

    // The earlier workspace had every first-domain indicator at 1.
    json earlier = {{"schema", "fairterms/assessment@1"}, {"organisation", "Northfield"}, {"assessed_on", "2025-11-01"},
                    {"answers", json::object()}};
    for (const auto& ind : d.indicators) earlier["answers"][ind.id] = {{"level", 1}};
    json ws = {{"schema", "fairterms/workspace@1"}, {"assessment", earlier}};
    std::string before = h.app->workspace_json();

    h.app->on_file_opened("Readiness:previous", "bad.json", "{\"schema\": \"fairterms/assessment@1\", \"answers\": {\"x.y\": {\"level\": 2}}}");
    h.frames(2);
    CHECK(h.app->workspace_json() == before);   // refused, nothing changed

    h.app->on_file_opened("Readiness:previous", "last-year.json", ws.dump());
    h.frames(3);
    const auto& r = assessment(h).result();
    REQUIRE(r.comparison);
    CHECK(r.comparison->previous_assessed_on == "2025-11-01");
    CHECK(r.comparison->domains.front().before == 1);
    CHECK(r.comparison->domains.front().after == 3);
    CHECK(r.comparison->domains.front().change == 2);
    CHECK(r.comparison->indicators.front().status == "improved");
    CHECK(ft::test::reveal(h, "Show unchanged indicators"));
    CHECK(ft::test::reveal(h, "Stop comparing"));
    CHECK(workspace(h)["assessment"]["previous"]["assessed_on"] == "2025-11-01");
}

TEST_CASE("a trust's own instrument is checked; a good one replaces the built-in one and drops unknown answers") {
    Harness h;
    open_answering(h);
    REQUIRE(click_shown(h, "Level 4: Advanced"));
    REQUIRE(h.click("Instrument"));
    REQUIRE(h.click("Load your own instrument\xE2\x80\xA6"));
    CHECK(h.platform.opened_purposes.back() == "Readiness:instrument");

    json custom = assess::instrument_to_json(assess::builtin_instrument());
    json broken = custom;
    broken["domains"][1]["indicators"][0]["levels"].erase(4);
    std::string before = h.app->workspace_json();
    h.app->on_file_opened("Readiness:instrument", "ours.json", broken.dump());
    h.frames(2);
    CHECK(h.app->workspace_json() == before);
    CHECK(assessment(h).doc().builtin_instrument);

    // Without the first indicator, the answer given above has nowhere to go.
    custom["id"] = "northfield-readiness";
    custom["domains"][0]["indicators"].erase(0);
    h.app->on_file_opened("Readiness:instrument", "ours.json", custom.dump());
    h.frames(2);
    CHECK_FALSE(assessment(h).doc().builtin_instrument);
    CHECK(assessment(h).doc().answers.empty());
    CHECK(assessment(h).doc().instrument->indicator_count() == assess::builtin_instrument().indicator_count() - 1);
    CHECK(workspace(h)["assessment"]["instrument"]["id"] == "northfield-readiness");

    REQUIRE(h.click("Undo"));
    CHECK(assessment(h).doc().builtin_instrument);
    CHECK(assessment(h).doc().answers.size() == 1);
}

TEST_CASE("the assessment survives a save and load round trip; damaged parts are dropped with a note") {
    std::string saved;
    {
        Harness h;
        open_answering(h);
        answer_and_next(h, "Level 3: Established");
        answer_and_next(h, "Not known");
        REQUIRE(click_shown(h, "Not applicable"));
        REQUIRE(h.type_into("Organisation", "Northfield Hospitals"));
        saved = h.app->workspace_json();
    }
    Harness h;
    reopen_unchanged(h, saved);
    CHECK(assessment(h).doc().answers.size() == 3);
    CHECK(assessment(h).load_notes().empty());

    json damaged = json::parse(saved);
    damaged["assessment"]["answers"]["data_quality.asset_inventory"]["level"] = 9;
    damaged["assessment"]["answers"]["no.such_indicator"] = {{"level", 2}};
    REQUIRE(h.app->load_workspace_text(damaged.dump(), "damaged.json"));
    h.frames(2);
    CHECK(assessment(h).doc().answers.size() == 2);          // the two bad answers left out, the rest kept
    CHECK(assessment(h).doc().organisation == "Northfield Hospitals");
    CHECK(assessment(h).load_notes().size() == 2);
    REQUIRE(h.click("Readiness"));
    REQUIRE(h.click("Dismiss"));
    CHECK(assessment(h).load_notes().empty());
}

// Found by a new user: the organisation on Home was offered through a button ("Use ... from your organisation
// profile") that had to be pressed, where Strategy now uses it on its own. Left empty, the reports name it,
// the field says so, and the assessment itself (and its file) keeps what was typed: nothing.
TEST_CASE("readiness reports name the organisation from Home when the assessment's is left empty") {
    Harness h;
    json ws = json::parse(h.app->workspace_json());
    ws["organisation"] = {{"name", "Northfield Teaching Trust"}};
    REQUIRE(h.app->load_workspace_text(ws.dump(), "with-profile.json"));
    open_answering(h);
    REQUIRE(click_shown(h, "Level 2: Developing"));
    REQUIRE(h.click("Overview"));
    h.frames(2);
    CHECK(sem_says("Left empty, the reports name \xE2\x80\x9CNorthfield Teaching Trust\xE2\x80\x9D, from Your organisation on Home."));
    CHECK_FALSE(sem_says("from your organisation profile"));
    REQUIRE(h.click("Reports"));
    REQUIRE(h.click("Open printable report"));
    REQUIRE(h.platform.printed.size() == 1);
    CHECK(h.platform.printed[0].find("Northfield Teaching Trust") != std::string::npos);
    CHECK(h.platform.printed[0].find("Organisation not named") == std::string::npos);
    REQUIRE(h.click("Download indicators (CSV)"));
    REQUIRE(h.click("Download assessment (JSON)"));
    REQUIRE(h.platform.saved.size() == 2);
    CHECK(h.platform.saved[0].bytes.find("Northfield Teaching Trust") != std::string::npos);
    CHECK(json::parse(h.platform.saved[1].bytes)["organisation"] == "");
    CHECK(assessment(h).doc().organisation.empty());
}
