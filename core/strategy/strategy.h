// Data asset management strategy: the built-in template, an organisation's choices in, an editable
// document out (Markdown, printable HTML or Word).
//
// Input document (fairterms/strategy@1):
//   {"schema", "organisation", "owner", "approved_by"?, "approval_date"? (YYYY-MM-DD),
//    "review_date"? (YYYY-MM-DD, not before approval; default one year after approval),
//    "posture"? ("proactive" | "reactive" | "not_now"), "posture_reason"?,
//    "sections"? {"<section id>": "text replacing the template's default; empty leaves the section out"},
//    "assessment"? (a fairterms/assessment@1 document)}
// Without a posture, the assessment's suggested posture is used (its not_yet becomes not_now). Section
// text is plain text: blank lines separate paragraphs, lines starting "- " are bullets, and placeholders
// such as {{organisation}} are filled in (see placeholder_names()).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "assess/assess.h"
#include "base/json_input.h"

namespace ft::strategy {

// The longest text a section may hold (the parser and the screen's editor use the one figure).
inline constexpr std::size_t kSectionTextMax = 20000;
// The organisation, owner and approver (one line each), and the organisation's own reason for its posture.
inline constexpr std::size_t kNameMax = 200;
inline constexpr std::size_t kPostureReasonMax = 4000;

enum class Posture { proactive, reactive, not_now };
const char* posture_id(Posture p);
Posture posture_from_assessment(assess::Posture p);

// ---- template (assets/strategy/template.json, fairterms/strategy-template@1) --------------------------

struct PostureText {
    std::string id, label, description, default_reason;
};

struct TemplateSection {
    std::string id, title, guidance, default_text;
};

struct Template {
    std::string version, title;
    std::vector<PostureText> postures;   // proactive, reactive, not_now
    std::vector<TemplateSection> sections;

    const TemplateSection* find(const std::string& section_id) const;
    const PostureText& posture(Posture p) const;
};

// Reads and checks a template: unique section ids, every posture present, only known placeholders.
Template parse_template(const Field& f);
// The template compiled into the binary (parsed once).
const Template& builtin_template();
// The placeholders section text may use, without braces.
const std::vector<std::string>& placeholder_names();

// ---- input -------------------------------------------------------------------------------------------------

struct Inputs {
    std::string organisation, owner, approved_by, approval_date, review_date;  // dates YYYY-MM-DD or empty
    std::optional<Posture> posture;
    std::string posture_reason;
    std::map<std::string, std::string> sections;  // section id -> replacement text
    std::optional<assess::Assessment> assessment;
};

// Reads and fully checks a fairterms/strategy@1 document; InputError names the exact field.
Inputs parse_inputs(const Field& f, const Template& t = builtin_template());

// ---- the document ----------------------------------------------------------------------------------------

// The posture an assessment suggests, with the reason in words.
struct Suggestion {
    Posture posture = Posture::not_now;
    std::string reason;
};
Suggestion suggest_posture(const assess::Assessment& a, const assess::AssessResult& r);

struct Section {
    std::string id, title, text;   // text with placeholders filled
    bool edited = false;           // the organisation's own text rather than the template's
};

struct Document {
    std::string title, organisation;
    std::vector<std::pair<std::string, std::string>> details;  // label -> value, shown under the title
    Posture posture = Posture::not_now;
    bool posture_suggested = false;     // taken from the assessment
    std::string posture_reason;
    std::vector<Section> sections;      // in template order, without the ones left empty
};

// Replaces each {{name}} whose name is in values; anything else is left as written.
std::string fill_placeholders(std::string_view text, const std::map<std::string, std::string>& values);

Document build(const Inputs& in, const Template& t = builtin_template());

std::string to_markdown(const Document& d);
std::string to_html(const Document& d);
std::string to_docx(const Document& d);

// The `strategy` command: format md (default) | html | docx | docx-base64 (the .docx bytes as base64
// text, for the JS API, which passes strings).
api::Result strategy_command(const json& input, std::string_view format);

}  // namespace ft::strategy
