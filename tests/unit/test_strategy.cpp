// The strategy document: its template, how inputs fill it, the posture taken from an assessment, the three
// output formats and the Word file's ZIP structure.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "base/embedded.h"
#include "commands.h"
#include "base/docx.h"
#include "strategy/strategy.h"

using ft::json;
namespace st = ft::strategy;

namespace {

json minimal() {
    return {{"schema", "fairterms/strategy@1"}, {"organisation", "Northfield Trust"}, {"owner", "the Chief Data Officer"},
            {"posture", "reactive"}};
}

st::Document build(const json& doc) { return st::build(st::parse_inputs(ft::Field(doc, ""))); }

std::string pointer_of(const json& doc) {
    try {
        (void)build(doc);
    } catch (const ft::InputError& e) {
        return e.pointer;
    }
    return "(accepted)";
}

const st::Section* section(const st::Document& d, const std::string& id) {
    for (const auto& s : d.sections)
        if (s.id == id) return &s;
    return nullptr;
}

// An assessment on the built-in instrument with every core indicator answered at `level`.
json assessment_at(int level) {
    json instrument = ft::parse_json_input(ft::embedded::get("instrument/readiness.json"));
    json answers = json::object();
    for (const auto& d : instrument["domains"])
        for (const auto& i : d["indicators"])
            if (i["core"].get<bool>()) answers[i["id"].get<std::string>()] = {{"level", level}};
    return {{"schema", "fairterms/assessment@1"}, {"organisation", "Northfield Trust"}, {"assessed_on", "2026-02-16"},
            {"answers", answers}};
}

// ---- reading a ZIP back, to check what zip_stored wrote -----------------------------------------------------

std::uint32_t u16(const std::string& z, std::size_t at) {
    return std::uint32_t(static_cast<unsigned char>(z.at(at))) | std::uint32_t(static_cast<unsigned char>(z.at(at + 1))) << 8;
}
std::uint32_t u32(const std::string& z, std::size_t at) { return u16(z, at) | u16(z, at + 2) << 16; }

struct ZipEntry {
    std::string name, data;
};

// Walks the central directory from the end record, checks each entry against its local header and CRC,
// and returns the entries. Any inconsistency fails the calling test.
std::vector<ZipEntry> read_zip(const std::string& z) {
    std::vector<ZipEntry> out;
    REQUIRE(z.size() >= 22);
    std::size_t end = z.size() - 22;
    REQUIRE(u32(z, end) == 0x06054b50);
    std::uint32_t count = u16(z, end + 10), cd_size = u32(z, end + 12), cd_offset = u32(z, end + 16);
    CHECK(u16(z, end + 8) == count);
    REQUIRE(cd_offset + cd_size == end);   // the directory sits right before the end record
    std::size_t p = cd_offset;
    for (std::uint32_t i = 0; i < count; ++i) {
        REQUIRE(u32(z, p) == 0x02014b50);
        CHECK(u16(z, p + 10) == 0);   // stored
        std::uint32_t crc = u32(z, p + 16), size = u32(z, p + 20), name_len = u16(z, p + 28);
        CHECK(u32(z, p + 24) == size);
        std::uint32_t local = u32(z, p + 42);
        std::string name = z.substr(p + 46, name_len);
        REQUIRE(u32(z, local) == 0x04034b50);
        CHECK(u32(z, local + 14) == crc);
        CHECK(u32(z, local + 18) == size);
        CHECK(z.substr(local + 30, u16(z, local + 26)) == name);
        std::string data = z.substr(local + 30 + name_len + u16(z, local + 28), size);
        CHECK(ft::docx::crc32(data) == crc);
        out.push_back({name, data});
        p += 46 + name_len + u16(z, p + 30) + u16(z, p + 32);
    }
    CHECK(p == end);
    return out;
}

const ZipEntry* entry(const std::vector<ZipEntry>& entries, const std::string& name) {
    for (const auto& e : entries)
        if (e.name == name) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("strategy: crc32 matches the published check values") {
    CHECK(ft::docx::crc32("") == 0x00000000u);
    CHECK(ft::docx::crc32("123456789") == 0xCBF43926u);   // the standard CRC-32 check value
    CHECK(ft::docx::crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
    CHECK(ft::docx::crc32(std::string(1, '\0')) == 0xD202EF8Du);
}

TEST_CASE("strategy: base64 follows RFC 4648's test vectors") {
    CHECK(ft::docx::base64("") == "");
    CHECK(ft::docx::base64("f") == "Zg==");
    CHECK(ft::docx::base64("fo") == "Zm8=");
    CHECK(ft::docx::base64("foo") == "Zm9v");
    CHECK(ft::docx::base64("foob") == "Zm9vYg==");
    CHECK(ft::docx::base64("fooba") == "Zm9vYmE=");
    CHECK(ft::docx::base64("foobar") == "Zm9vYmFy");
    CHECK(ft::docx::base64(std::string("\xFF\xFE\x00", 3)) == "//4A");
}

TEST_CASE("strategy: a stored ZIP's central directory agrees with its local headers") {
    std::string empty_zip = ft::docx::zip_stored({});
    CHECK(empty_zip.size() == 22);
    CHECK(read_zip(empty_zip).empty());

    std::string z = ft::docx::zip_stored({{"a.txt", "hello"}, {"dir/b.bin", std::string("\0\x01\x02", 3)}, {"empty", ""}});
    CHECK(z.compare(0, 2, "PK") == 0);
    auto entries = read_zip(z);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "a.txt");
    CHECK(entries[0].data == "hello");
    CHECK(entries[1].data == std::string("\0\x01\x02", 3));
    CHECK(entries[2].data.empty());
    // Fixed timestamps: the same content gives the same bytes.
    CHECK(ft::docx::zip_stored({{"a.txt", "hello"}}) == ft::docx::zip_stored({{"a.txt", "hello"}}));
}

TEST_CASE("strategy: the built-in template has every section a strategy needs") {
    const st::Template& t = st::builtin_template();
    CHECK(t.version == "1.0");
    std::vector<std::string> ids;
    for (const auto& s : t.sections) {
        ids.push_back(s.id);
        CHECK_FALSE(s.title.empty());
        CHECK_FALSE(s.guidance.empty());
        CHECK_FALSE(s.default_text.empty());
    }
    CHECK(ids == std::vector<std::string>{"purpose_scope", "context_objectives", "data_assets", "posture",
                                          "partnership_routes", "principles", "charging", "governance",
                                          "public_involvement", "capability", "risks", "action_plan",
                                          "monitoring_review"});
    CHECK(t.posture(st::Posture::not_now).label == "Not now");
    CHECK(t.posture(st::Posture::proactive).id == "proactive");
}

TEST_CASE("strategy: a template is checked before use") {
    json t = ft::parse_json_input(ft::embedded::get("strategy/template.json"));
    auto pointer = [](const json& doc) {
        try {
            (void)st::parse_template(ft::Field(doc, ""));
        } catch (const ft::InputError& e) {
            return e.pointer;
        }
        return std::string("(accepted)");
    };
    CHECK(pointer(t) == "(accepted)");
    json typo = t;
    typo["sections"][2]["default"] = "Written by {{organization}}.";
    CHECK(pointer(typo) == "/sections/2/default");
    json repeated = t;
    repeated["sections"][3]["id"] = "purpose_scope";
    CHECK(pointer(repeated) == "/sections/3/id");
    json missing_posture = t;
    missing_posture["postures"].erase(1);
    CHECK(pointer(missing_posture) == "/postures");
    json wrong_schema = t;
    wrong_schema["schema"] = "fairterms/strategy-template@2";
    CHECK(pointer(wrong_schema) == "/schema");
}

TEST_CASE("strategy: placeholders are filled from the inputs") {
    json doc = minimal();
    doc["approved_by"] = "the Trust Board";
    doc["approval_date"] = "2026-03-31";
    st::Document d = build(doc);
    REQUIRE(d.sections.size() == 13);
    for (const auto& s : d.sections) {
        CAPTURE(s.id);
        CHECK(s.text.find("{{") == std::string::npos);
        CHECK_FALSE(s.edited);
    }
    const st::Section* purpose = section(d, "purpose_scope");
    REQUIRE(purpose);
    CHECK(purpose->text.find("how Northfield Trust looks after") != std::string::npos);
    CHECK(purpose->text.find("owned by the Chief Data Officer. It was approved by the Trust Board on 31 March 2026.") !=
          std::string::npos);
    // No review date given: one year after approval.
    CHECK(purpose->text.find("reviewed no later than 31 March 2027.") != std::string::npos);
    CHECK(section(d, "posture")->text.find("is \xE2\x80\x9creactive\xE2\x80\x9d: it will consider proposals") != std::string::npos);

    CHECK(st::fill_placeholders("{{a}} and {{b}} and {{unknown}} and {{", {{"a", "1"}, {"b", "{{a}}"}}) ==
          "1 and {{a}} and {{unknown}} and {{");
}

TEST_CASE("strategy: review dates") {
    json doc = minimal();
    doc["approval_date"] = "2028-02-29";
    CHECK(section(build(doc), "monitoring_review")->text.find("no later than 28 February 2029") != std::string::npos);
    doc["review_date"] = "2028-09-30";
    CHECK(section(build(doc), "monitoring_review")->text.find("no later than 30 September 2028") != std::string::npos);
    json draft = minimal();
    CHECK(section(build(draft), "purpose_scope")->text.find("It has not yet been approved. It will be reviewed no later "
                                                            "than twelve months after its approval.") != std::string::npos);
}

TEST_CASE("strategy: the organisation's own text replaces a section; empty text leaves it out") {
    json doc = minimal();
    doc["sections"] = {{"risks", "- Re-identification: {{organisation}} checks every output.\n- {{nonsense}} stays"},
                       {"capability", "  \n "}};
    st::Document d = build(doc);
    CHECK(d.sections.size() == 12);
    CHECK(section(d, "capability") == nullptr);
    const st::Section* risks = section(d, "risks");
    REQUIRE(risks);
    CHECK(risks->edited);
    CHECK(risks->text == "- Re-identification: Northfield Trust checks every output.\n- {{nonsense}} stays");
    // Numbering closes the gap.
    std::string md = st::to_markdown(d);
    CHECK(md.find("## 10. Risks and mitigations\n\n- Re-identification") != std::string::npos);
}

TEST_CASE("strategy: without a posture, the assessment's suggestion is used") {
    struct Case {
        int level;
        st::Posture expected;
    };
    for (Case c : {Case{1, st::Posture::not_now}, Case{2, st::Posture::reactive}, Case{3, st::Posture::proactive}}) {
        CAPTURE(c.level);
        json doc = minimal();
        doc.erase("posture");
        doc["assessment"] = assessment_at(c.level);
        st::Document d = build(doc);
        CHECK(d.posture == c.expected);
        CHECK(d.posture_suggested);
        CHECK(d.details[4].second.find("(suggested by the readiness self-assessment)") != std::string::npos);
        CHECK(d.posture_reason.rfind("The readiness self-assessment of 16 February 2026", 0) == 0);
        std::string levels = section(d, "data_assets")->text;
        CHECK(levels.find("- Data quality and linkage: level " + std::to_string(c.level)) != std::string::npos);
        CHECK(levels.find("- no data assets recorded in the register yet") != std::string::npos);
    }
    // Level 2 everywhere: a reactive posture held back from proactive by every area.
    json doc = minimal();
    doc.erase("posture");
    doc["assessment"] = assessment_at(2);
    st::Document d = build(doc);
    CHECK(d.posture_reason.find("A proactive posture needs every area and every critical indicator at level 3 or above") !=
          std::string::npos);
    CHECK(d.posture_reason.find("Data quality and linkage (area, level 2)") != std::string::npos);
    const std::string& actions = section(d, "action_plan")->text;
    CHECK(actions.find("Priority actions:\n| Action | Owner | Priority | Due |\n") != std::string::npos);
    CHECK(actions.find("further actions in the readiness action plan") != std::string::npos);
}

TEST_CASE("strategy: a chosen posture wins over the suggestion, and says what was suggested") {
    json doc = minimal();
    doc["posture"] = "proactive";
    doc["assessment"] = assessment_at(2);
    st::Document d = build(doc);
    CHECK(d.posture == st::Posture::proactive);
    CHECK_FALSE(d.posture_suggested);
    CHECK(d.posture_reason.find("suggested a posture of \xE2\x80\x9creactive\xE2\x80\x9d") != std::string::npos);
    doc["posture_reason"] = "The Board has chosen to lead a regional imaging partnership.";
    CHECK(build(doc).posture_reason == "The Board has chosen to lead a regional imaging partnership.");
}

TEST_CASE("strategy: bad input names the field") {
    auto with = [](const char* key, json value) {
        json doc = minimal();
        doc[key] = std::move(value);
        return doc;
    };
    json no_org = minimal();
    no_org.erase("organisation");
    CHECK(pointer_of(no_org) == "/organisation");
    CHECK(pointer_of(with("organisation", "  ")) == "/organisation");
    CHECK(pointer_of(with("owner", 12)) == "/owner");
    CHECK(pointer_of(with("schema", "fairterms/strategy@2")) == "/schema");
    CHECK(pointer_of(with("approved_by", json::array())) == "/approved_by");
    CHECK(pointer_of(with("approval_date", "31/03/2026")) == "/approval_date");
    CHECK(pointer_of(with("review_date", "2026-02-30")) == "/review_date");
    json early = with("approval_date", "2026-03-31");
    early["review_date"] = "2026-03-30";
    CHECK(pointer_of(early) == "/review_date");
    CHECK(pointer_of(with("posture", "eager")) == "/posture");
    json no_posture = minimal();
    no_posture.erase("posture");
    CHECK(pointer_of(no_posture) == "/posture");
    CHECK(pointer_of(with("posture_reason", false)) == "/posture_reason");
    CHECK(pointer_of(with("sections", json::array())) == "/sections");
    CHECK(pointer_of(with("sections", {{"purpose", "x"}})) == "/sections/purpose");
    CHECK(pointer_of(with("sections", {{"risks", 3}})) == "/sections/risks");
    CHECK(pointer_of(with("sections", {{"risks", std::string(20001, 'x')}})) == "/sections/risks");
    CHECK(pointer_of(with("reviewer", "x")) == "/reviewer");
    json bad_assessment = assessment_at(2);
    bad_assessment["answers"]["governance.dspt_status"] = {{"level", 7}};
    CHECK(pointer_of(with("assessment", bad_assessment)) == "/assessment/answers/governance.dspt_status/level");

    ft::api::Result r = ft::api::run("strategy", minimal().dump(), "pdf");
    CHECK(r.status == ft::api::Status::input_error);
    CHECK(r.error_pointer == "");
    CHECK(ft::commands::validate(minimal())["valid"] == true);
}

TEST_CASE("strategy: the Word file holds the parts Word needs and the section headings") {
    json doc = minimal();
    doc["sections"] = {{"risks", "- Data & trust: <script> stays text \"quoted\"\n\nA closing paragraph."}};
    ft::api::Result r = ft::api::run("strategy", doc.dump(), "docx");
    REQUIRE(r.status == ft::api::Status::ok);
    CHECK(r.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    auto entries = read_zip(r.body);
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                             "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/header1.xml", "word/footer1.xml",
                             "docProps/core.xml", "docProps/app.xml"})
        CHECK_MESSAGE(entry(entries, name), name);
    CHECK(entries.front().name == "[Content_Types].xml");
    const std::string& xml = entry(entries, "word/document.xml")->data;
    for (const auto& s : st::builtin_template().sections) CHECK(xml.find(s.title) != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1. Purpose and scope</w:t>") !=
          std::string::npos);
    // Bullets are a Word list (numbering), not a typed mark.
    CHECK(xml.find("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">Data &amp; trust") !=
          std::string::npos);
    CHECK(xml.find("\xE2\x80\xA2") == std::string::npos);
    CHECK(entry(entries, "word/footer1.xml")->data.find(" NUMPAGES ") != std::string::npos);
    CHECK(xml.find("Data &amp; trust: &lt;script&gt; stays text &quot;quoted&quot;") != std::string::npos);
    CHECK(xml.find("<script>") == std::string::npos);
    const std::string& styles = entry(entries, "word/styles.xml")->data;
    CHECK(styles.find("w:styleId=\"Heading1\"") != std::string::npos);
    CHECK(styles.find("w:styleId=\"Heading2\"") != std::string::npos);
    CHECK(entry(entries, "_rels/.rels")->data.find("Target=\"word/document.xml\"") != std::string::npos);

    ft::api::Result b64 = ft::api::run("strategy", doc.dump(), "docx-base64");
    CHECK(b64.body == ft::docx::base64(r.body));
}

TEST_CASE("strategy: any section text is escaped in HTML, Word and Markdown (property)") {
    std::mt19937_64 rng(20260331);
    const std::string alphabet = "ab <>&\"'\n-*#{}|\t\x01\xC2\xA3";
    for (int n = 0; n < 300; ++n) {
        std::string text;
        std::size_t len = rng() % 80;
        for (std::size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
        json doc = minimal();
        doc["sections"] = {{"risks", text + "\n<x-injected>"}};
        st::Document d = build(doc);
        std::string html = st::to_html(d);
        CHECK(html.find("<x-injected>") == std::string::npos);
        CHECK(html.find("&lt;x-injected&gt;") != std::string::npos);
        auto entries = read_zip(st::to_docx(d));
        const std::string& xml = entry(entries, "word/document.xml")->data;
        CHECK(xml.find("<x-injected>") == std::string::npos);
        CHECK(std::count_if(xml.begin(), xml.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }) == 0);
        // User text is text in Markdown too: the tag arrives escaped, never as HTML a previewer would run.
        std::string md = st::to_markdown(d);
        CHECK(md.find("<x-injected>") == std::string::npos);
        CHECK(md.find("\\<x-injected\\>") != std::string::npos);
    }
}

TEST_CASE("strategy: a table in a section's text is a real table in every format, its header row first") {
    json doc = minimal();
    doc["sections"] = {{"risks", "Risks:\n| Risk | Owner |\n| --- | --- |\n| Re-identification | <IG lead> |\n| Cost overrun\n\nAfter."}};
    st::Document d = build(doc);
    std::string html = st::to_html(d);
    CHECK(html.find("<table>\n<thead><tr><th>Risk</th><th>Owner</th></tr></thead>\n<tbody>\n"
                    "<tr><td>Re-identification</td><td>&lt;IG lead&gt;</td></tr>\n"
                    "<tr><td>Cost overrun</td><td></td></tr>\n</tbody>\n</table>\n<p>After.</p>") != std::string::npos);
    std::string md = st::to_markdown(d);
    CHECK(md.find("| Risk | Owner |\n| --- | --- |\n| Re-identification | \\<IG lead\\> |\n| Cost overrun |  |\n") !=
          std::string::npos);
    auto entries = read_zip(st::to_docx(d));
    const std::string& xml = entry(entries, "word/document.xml")->data;
    CHECK(xml.find("<w:tbl>") != std::string::npos);
    CHECK(xml.find("<w:tblHeader/>") != std::string::npos);
    CHECK(xml.find("| Risk") == std::string::npos);
}
