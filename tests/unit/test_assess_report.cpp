// The Board report and the CSV exports: content, escaping and RFC 4180 quoting.
#include <doctest/doctest.h>

#include "api.h"
#include "assess/assess_report.h"
#include "base/docx.h"
#include "test_assess_fixture.h"

using namespace ft::assess;
using assess_fixture::document;
using assess_fixture::parse;
using ft::json;

namespace {

json hostile_document() {
    json doc = document();
    doc["organisation"] = "<script>alert('x')</script> & Co";
    doc["answers"] = {{"gov.a", {{"level", 2}, {"certainty", "low"}, {"evidence", "line one,\n\"quoted\" <b>bold</b>"}, {"note", "=SUM(A1:A9)"},
                                 {"action", {{"text", "@run"}, {"owner", "Lead, Data"}, {"priority", "medium"}, {"due", "2026-09-30"}}}}},
                      {"gov.b", {{"level", "not_known"}}},
                      {"data.c", {{"level", "not_applicable"}, {"note", "-not ours"}}}};
    doc["assets"] = json::array({{{"id", "a1"}, {"name", "Scans <2020>"}, {"records", 1234567}, {"ratings", {{"doc.a", "gold"}}}}});
    doc["profiles"] = json::array({{{"id", "p"}, {"name", "Partner \"A\""}, {"minimums", {{"doc.a", "platinum"}}}}});
    return doc;
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("assess report: html holds every question, escapes user text and needs nothing outside the file") {
    Assessment a = parse(hostile_document());
    std::string html = report_html(a, assess(a));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co") != std::string::npos);
    CHECK(html.find("&quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("Scans &lt;2020&gt;") != std::string::npos);
    CHECK(html.find("Partner &quot;A&quot;") != std::string::npos);
    CHECK(html.find("1,234,567") != std::string::npos);
    CHECK(html.find("#005EB8") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // no outside resources
    CHECK(html.find("src=") == std::string::npos);
    // Every question of the instrument, with its answer; the answered level's descriptor and evidence.
    for (const char* q : {"gov.a", "gov.b", "gov.c", "gov.d", "data.a", "data.b", "data.c"})
        CHECK(html.find("Question of " + std::string(q) + "?") != std::string::npos);
    CHECK(html.find("gov.a descriptor 2") != std::string::npos);
    CHECK(html.find("gov.a evidence 2") != std::string::npos);
    CHECK(count(html, "<article class=\"q\">") == 7 + 1);  // 7 questions + 1 asset
    CHECK(count(html, "<dt>Answer</dt><dd>Not answered</dd>") == 4);
    CHECK(html.find("<dt>Answer</dt><dd>Not known</dd>") != std::string::npos);
    CHECK(html.find("<dt>Answer</dt><dd>Not applicable</dd>") != std::string::npos);
    CHECK(html.find("Owner: Lead, Data<br>Priority: medium<br>Due: 30 September 2026") != std::string::npos);
    CHECK(html.find("id=\"comparison\"") == std::string::npos);  // no previous: no comparison section
    CHECK(html.find("Suggested partnership posture: <strong>Not yet</strong>") != std::string::npos);
}

TEST_CASE("assess report: indicators csv has one RFC 4180 row per indicator") {
    Assessment a = parse(hostile_document());
    std::string csv = report_csv(a);
    // A byte-order mark, then the header; every row starts with the organisation and the (here unrecorded) date.
    CHECK(csv.rfind("\xEF\xBB\xBFOrganisation,Assessed on,Area,Indicator code,Indicator,Core,Critical,Answer,Level,Certainty,Evidence,Note,Target level,Action,Owner,Priority,Due\r\n", 0) == 0);
    CHECK(count(csv, "\r\n") == 1 + 7);
    CHECK(csv.find("<script>alert('x')</script> & Co,,Governance,gov.a,Title of gov.a,yes,yes,2,Developing,low,\"line one,\n\"\"quoted\"\" <b>bold</b>\",'=SUM(A1:A9),3,'@run,\"Lead, Data\",medium,2026-09-30\r\n") !=
          std::string::npos);
    CHECK(csv.find("<script>alert('x')</script> & Co,,Governance,gov.b,Title of gov.b,yes,no,Not known,Not known,,,,3,,,,\r\n") != std::string::npos);
    CHECK(csv.find("<script>alert('x')</script> & Co,,Governance,gov.c,Title of gov.c,yes,no,,,,,,3,,,,\r\n") != std::string::npos);
    CHECK(csv.find("<script>alert('x')</script> & Co,,Data,data.c,Title of data.c,no,no,Not applicable,Not applicable,,,'-not ours,3,,,,\r\n") != std::string::npos);
}

TEST_CASE("assess report: actions csv follows the plan") {
    Assessment a = parse(hostile_document());
    AssessResult r = assess(a);
    std::string csv = actions_csv(a, r);
    // Plan: gov.a (critical, user priority medium, due) ... ; criticals gov.a and data.b; gov.b not known.
    CHECK(csv ==
          "\xEF\xBB\xBFOrganisation,Assessed on,Priority,Due,Indicator code,Area,Indicator,Status,Level,Target level,Suggested action,Action,Owner\r\n"
          "<script>alert('x')</script> & Co,,high,,data.b,Data,Title of data.b,Not answered,,3,data.b next from 1,,\r\n"
          "<script>alert('x')</script> & Co,,medium,2026-09-30,gov.a,Governance,Title of gov.a,Below target,2,3,gov.a next from 2,'@run,\"Lead, Data\"\r\n"
          "<script>alert('x')</script> & Co,,medium,,gov.b,Governance,Title of gov.b,Not known,,3,gov.b next from 1,,\r\n");
}

TEST_CASE("assess report: the report command picks the format and refuses unknown ones") {
    std::string in = hostile_document().dump();
    auto html = ft::api::run("report", in, "html");
    CHECK(html.status == ft::api::Status::ok);
    CHECK(html.media_type == "text/html");
    CHECK(ft::api::run("report", in).body == html.body);  // html is the default
    CHECK(ft::api::run("report", in, "csv").media_type == "text/csv");
    CHECK(ft::api::run("report", in, "actions-csv").body.rfind("\xEF\xBB\xBFOrganisation,Assessed on,Priority,Due,", 0) == 0);
    CHECK(ft::api::run("report", in, "json").body == ft::api::run("assess", in).body);
    auto word = ft::api::run("report", in, "docx");
    CHECK(word.status == ft::api::Status::ok);
    CHECK(word.body.rfind("PK\x03\x04", 0) == 0);
    CHECK(ft::api::run("report", in, "docx-base64").body == ft::docx::base64(word.body));
    auto bad = ft::api::run("report", in, "pdf");
    CHECK(bad.status == ft::api::Status::input_error);
    CHECK(bad.error_message == "unknown report format 'pdf' (use html, docx, docx-base64, csv, actions-csv or json)");
    auto wrong = ft::api::run("report", R"({"schema":"fairterms/assessment@1","answers":{"nope":{"level":1}}})", "csv");
    CHECK(wrong.status == ft::api::Status::input_error);
    CHECK(wrong.error_pointer == "/answers/nope");
}
