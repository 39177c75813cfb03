#include "strategy/strategy.h"

#include <algorithm>
#include <cctype>

#include "base/dates.h"
#include "base/embedded.h"
#include "base/organisation.h"
#include "base/text_format.h"

namespace ft::strategy {
namespace {

constexpr std::size_t kTopActions = 5;
constexpr std::size_t kReasonsShown = 6;

using text::blank;

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
    return s;
}

// The {{names}} a text uses, in order of appearance.
std::vector<std::string> placeholders_in(std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", open + 2)) {
        std::size_t close = text.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        names.emplace_back(text.substr(open + 2, close - open - 2));
    }
    return names;
}

// ---- lists drawn from the assessment ---------------------------------------------------------------------

std::string domain_levels(const assess::Assessment& a, const assess::AssessResult& r) {
    std::vector<std::string> lines;
    for (const auto& d : r.domains)
        lines.push_back("- " + d.title + ": " +
                        (d.level ? "level " + std::to_string(*d.level) + " (" + a.instrument->level_name(*d.level) + ")"
                                 : std::string("not assessed")));
    return join(lines, "\n");
}

std::string asset_readiness(const assess::Assessment& a, const assess::AssessResult& r) {
    if (r.assets.empty()) return "- no data assets recorded in the register yet";
    std::vector<std::string> lines;
    for (const auto& asset : r.assets) {
        std::string line = "- " + asset.name + ": " + a.asset_rating->level_names[std::size_t(asset.readiness)];
        for (const auto& c : asset.categories)
            if (c.value == asset.readiness) { line += " (lowest category: " + c.title + ")"; break; }
        lines.push_back(line);
    }
    return join(lines, "\n");
}

// The first actions of the readiness plan as a table (action, owner, priority, due), which every export
// draws as a real table; the rest are counted after it.
std::string top_actions(const assess::AssessResult& r) {
    if (r.action_plan.empty()) return "- keep every area at or above its target level until the next self-assessment";
    // A bar inside a cell would split it.
    auto cell = [](std::string s) {
        std::replace(s.begin(), s.end(), '|', '/');
        std::replace(s.begin(), s.end(), '\n', ' ');
        return s;
    };
    std::vector<std::string> lines{"| Action | Owner | Priority | Due |", "| --- | --- | --- | --- |"};
    for (std::size_t i = 0; i < r.action_plan.size() && i < kTopActions; ++i) {
        const auto& item = r.action_plan[i];
        std::string priority = item.priority;
        if (!priority.empty()) priority[0] = char(std::toupper(static_cast<unsigned char>(priority[0])));
        lines.push_back("| " + cell(item.title + ": " + (item.action.empty() ? item.suggested_action : item.action)) +
                        " | " + cell(item.owner.empty() ? "To be agreed" : item.owner) + " | " + cell(priority) + " | " +
                        cell(item.due.empty() ? "To be agreed" : dates::long_date(item.due)) + " |");
    }
    if (r.action_plan.size() > kTopActions)
        lines.push_back("\nAnd " + std::to_string(r.action_plan.size() - kTopActions) +
                        " further actions in the readiness action plan.");
    return join(lines, "\n");
}

std::string approval_sentence(const Inputs& in) {
    if (!in.approved_by.empty() && !in.approval_date.empty())
        return "It was approved by " + org::named_in_sentence(in.approved_by) + " on " + dates::long_date(in.approval_date) + ".";
    if (!in.approval_date.empty()) return "It was approved on " + dates::long_date(in.approval_date) + ".";
    if (!in.approved_by.empty()) return "It is to be approved by " + org::named_in_sentence(in.approved_by) + ".";
    return "It has not yet been approved.";
}

std::string review_date_text(const Inputs& in) {
    if (!in.review_date.empty()) return dates::long_date(in.review_date);
    if (!in.approval_date.empty()) return dates::long_date(dates::add_years(in.approval_date, 1));
    return "twelve months after its approval";
}

// Splits "a, b or c" style lists for messages.
std::string listed(const std::vector<std::string>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? (i + 1 == v.size() ? " or " : ", ") : "") + v[i];
    return s;
}

}  // namespace

const char* posture_id(Posture p) {
    switch (p) {
        case Posture::proactive: return "proactive";
        case Posture::reactive: return "reactive";
        case Posture::not_now: break;
    }
    return "not_now";
}

Posture posture_from_assessment(assess::Posture p) {
    if (p == assess::Posture::proactive) return Posture::proactive;
    if (p == assess::Posture::reactive) return Posture::reactive;
    return Posture::not_now;
}

const std::vector<std::string>& placeholder_names() {
    static const std::vector<std::string> names = {
        "organisation", "owner",       "approved_by",         "approval_date",  "approval",        "review_date",
        "posture",      "posture_description", "posture_reason", "domain_levels", "asset_readiness", "top_actions"};
    return names;
}

// ---- template --------------------------------------------------------------------------------------------

const TemplateSection* Template::find(const std::string& section_id) const {
    for (const auto& s : sections)
        if (s.id == section_id) return &s;
    return nullptr;
}

const PostureText& Template::posture(Posture p) const {
    for (const auto& t : postures)
        if (t.id == posture_id(p)) return t;
    return postures.front();   // unreachable: parse_template requires all three
}

Template parse_template(const Field& f) {
    f.only_keys({"schema", "version", "title", "postures", "sections"});
    if (f.at("schema").str() != "fairterms/strategy-template@1") f.at("schema").fail("must be fairterms/strategy-template@1");
    Template t;
    t.version = f.at("version").nonempty_text(40);
    t.title = f.at("title").nonempty_text(200);
    auto check_placeholders = [](const Field& text_field, const std::string& text) {
        for (const auto& name : placeholders_in(text))
            if (std::find(placeholder_names().begin(), placeholder_names().end(), name) == placeholder_names().end())
                text_field.fail("uses {{" + name + "}}, which is not a placeholder fairterms fills in");
    };
    Field postures = f.at("postures");
    for (std::size_t i = 0; i < postures.size(); ++i) {
        Field p = postures.item(i);
        p.only_keys({"id", "label", "description", "default_reason"});
        PostureText pt{p.at("id").one_of({"proactive", "reactive", "not_now"}), p.at("label").nonempty_text(40),
                       p.at("description").nonempty_text(), p.at("default_reason").nonempty_text()};
        for (const auto& seen : t.postures)
            if (seen.id == pt.id) p.at("id").fail("repeats the posture \"" + pt.id + "\"");
        t.postures.push_back(pt);
    }
    if (t.postures.size() != 3) postures.fail("must describe each of the three postures, \"proactive\", \"reactive\" and \"not_now\"");
    Field sections = f.at("sections");
    if (sections.size() == 0) sections.fail("must hold at least one section");
    for (std::size_t i = 0; i < sections.size(); ++i) {
        Field s = sections.item(i);
        s.only_keys({"id", "title", "guidance", "default"});
        TemplateSection ts{s.at("id").nonempty_text(60), s.at("title").nonempty_text(200), s.at("guidance").nonempty_text(),
                           s.at("default").nonempty_text(kSectionTextMax)};
        if (t.find(ts.id)) s.at("id").fail("repeats the section id " + ts.id);
        check_placeholders(s.at("default"), ts.default_text);
        t.sections.push_back(ts);
    }
    return t;
}

const Template& builtin_template() {
    static const Template t = [] {
        json doc = parse_json_input(embedded::get("strategy/template.json"));
        return parse_template(Field(doc, ""));
    }();
    return t;
}

// ---- input -----------------------------------------------------------------------------------------------

Inputs parse_inputs(const Field& f, const Template& t) {
    f.only_keys({"schema", "organisation", "owner", "approved_by", "approval_date", "review_date", "posture",
                 "posture_reason", "sections", "assessment"});
    if (f.at("schema").str() != "fairterms/strategy@1") f.at("schema").fail("must be fairterms/strategy@1");
    Inputs in;
    // Names print on one line, trimmed: a pasted line break or stray spaces must not reach the document.
    in.organisation = org::single_line(f.at("organisation").nonempty_text(kNameMax));
    if (in.organisation.empty()) f.at("organisation").fail("must name the organisation");
    in.owner = org::single_line(f.at("owner").nonempty_text(kNameMax));
    if (in.owner.empty()) f.at("owner").fail("must name the strategy's owner");
    if (f.has("approved_by")) in.approved_by = org::single_line(f.at("approved_by").text(kNameMax));
    if (f.has("approval_date")) in.approval_date = f.at("approval_date").date();
    if (f.has("review_date")) {
        in.review_date = f.at("review_date").date();
        if (!in.approval_date.empty() && in.review_date < in.approval_date)
            f.at("review_date").fail("must not be before the approval date (" + in.approval_date + ")");
    }
    if (f.has("posture")) {
        std::string p = f.at("posture").one_of({"proactive", "reactive", "not_now"});
        in.posture = p == "proactive" ? Posture::proactive : p == "reactive" ? Posture::reactive : Posture::not_now;
    }
    if (f.has("posture_reason")) in.posture_reason = f.at("posture_reason").text(kPostureReasonMax);
    if (f.has("sections")) {
        Field sections = f.at("sections");
        for (auto it = sections.object().begin(); it != sections.object().end(); ++it) {
            Field s = sections.at(it.key().c_str());
            if (!t.find(it.key())) {
                std::vector<std::string> ids;
                for (const auto& ts : t.sections) ids.push_back(ts.id);
                s.fail("is not a section of the strategy template (the sections are " + listed(ids) + ")");
            }
            in.sections[it.key()] = s.text(kSectionTextMax);
        }
    }
    if (f.has("assessment")) in.assessment = assess::parse_assessment(f.at("assessment"));
    if (!in.posture && !in.assessment) {
        // The choices as the screen and the document name them (the template's labels), never the stored ids
        // (found by a new user: "choose proactive, reactive or not_now").
        std::string choices;
        for (std::size_t i = 0; i < t.postures.size(); ++i)
            choices += (i ? (i + 1 == t.postures.size() ? " or " : ", ") : "") + t.postures[i].label;
        throw InputError("/posture", "is needed when no assessment is given: choose " + choices);
    }
    return in;
}

// ---- the document ----------------------------------------------------------------------------------------

Suggestion suggest_posture(const assess::Assessment& a, const assess::AssessResult& r) {
    Suggestion s;
    s.posture = posture_from_assessment(r.posture);
    std::string source = "The readiness self-assessment" + (a.assessed_on.empty() ? "" : " of " + dates::long_date(a.assessed_on));
    if (s.posture == Posture::proactive) {
        s.reason = source + " places every area checked, and every critical indicator, at level 3 or above.";
        return s;
    }
    // Name what stands between this posture and the next one up.
    int needed = s.posture == Posture::reactive ? 3 : 2;
    std::vector<std::string> held_back;
    for (const auto& reason : r.posture_reasons) {
        if (reason.needed != needed) continue;
        std::string state = reason.state == "level" && reason.level ? "level " + std::to_string(*reason.level)
                            : reason.state == "not_assessed"        ? "not assessed"
                            : reason.state == "not_known"           ? "not known"
                            : reason.state == "not_applicable"      ? "marked not applicable, but must be assessed"
                                                                    : "not answered";
        held_back.push_back(reason.title + " (" + (reason.kind == "domain" ? "area" : "critical indicator") + ", " + state + ")");
    }
    // "and 1 more" would take as much room as naming it.
    std::size_t more = held_back.size() > kReasonsShown + 1 ? held_back.size() - kReasonsShown : 0;
    held_back.resize(held_back.size() - more);
    if (more) held_back.push_back("and " + std::to_string(more) + " more");
    s.reason = source + " suggests this posture. A " + (needed == 3 ? "proactive" : "reactive") +
               " posture needs every area and every critical indicator at level " + std::to_string(needed) +
               " or above, and these are not there yet: " + join(held_back, "; ") + ".";
    return s;
}

std::string fill_placeholders(std::string_view text, const std::map<std::string, std::string>& values) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        std::size_t open = text.find("{{", pos);
        std::size_t close = open == std::string_view::npos ? open : text.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        auto it = values.find(std::string(text.substr(open + 2, close - open - 2)));
        out += text.substr(pos, open - pos);
        out += it != values.end() ? it->second : std::string(text.substr(open, close + 2 - open));
        pos = close + 2;
    }
    out += text.substr(pos);
    return out;
}

Document build(const Inputs& in, const Template& t) {
    Document d;
    d.title = t.title;
    d.organisation = in.organisation;

    std::optional<assess::AssessResult> result;
    if (in.assessment) result = assess::assess(*in.assessment);
    std::optional<Suggestion> suggested;
    if (result) suggested = suggest_posture(*in.assessment, *result);

    d.posture = in.posture ? *in.posture : suggested->posture;
    d.posture_suggested = !in.posture;
    const PostureText& pt = t.posture(d.posture);
    if (!blank(in.posture_reason)) d.posture_reason = in.posture_reason;
    else if (suggested && suggested->posture == d.posture) d.posture_reason = suggested->reason;
    else if (suggested) d.posture_reason = pt.default_reason + " The readiness self-assessment suggested a posture of \u201c" +
                                           lower(t.posture(suggested->posture).label) + "\u201d.";
    else d.posture_reason = pt.default_reason;

    std::map<std::string, std::string> values = {
        {"organisation", in.organisation},
        // Mid-sentence a role takes "the" ("owned by the Chief Digital Information Officer").
        {"owner", org::named_in_sentence(in.owner)},
        {"approved_by", in.approved_by.empty() ? "not yet recorded" : org::named_in_sentence(in.approved_by)},
        {"approval_date", in.approval_date.empty() ? "not yet approved" : dates::long_date(in.approval_date)},
        {"approval", approval_sentence(in)},
        {"review_date", review_date_text(in)},
        {"posture", lower(pt.label)},
        {"posture_description", pt.description},
        {"posture_reason", d.posture_reason},
        {"domain_levels", result ? domain_levels(*in.assessment, *result) : "- not yet assessed"},
        {"asset_readiness", result ? asset_readiness(*in.assessment, *result) : "- not yet assessed"},
        {"top_actions", result ? top_actions(*result)
                               : "- complete the readiness self-assessment and agree the actions it identifies"},
    };

    d.details.push_back({"Owner", in.owner});
    d.details.push_back({"Approved by", in.approved_by.empty() ? "Not yet recorded" : in.approved_by});
    d.details.push_back({"Approval date", in.approval_date.empty() ? "Not yet approved" : dates::long_date(in.approval_date)});
    std::string review = review_date_text(in);
    if (in.review_date.empty() && !in.approval_date.empty()) review += " (one year after approval)";
    d.details.push_back({"Review date", in.review_date.empty() && in.approval_date.empty() ? "Twelve months after approval" : review});
    d.details.push_back({"Partnership posture",
                         pt.label + (d.posture_suggested ? " (suggested by the readiness self-assessment)" : "")});
    d.details.push_back({"Template", t.title + ", version " + t.version});

    for (const auto& ts : t.sections) {
        auto own = in.sections.find(ts.id);
        bool edited = own != in.sections.end();
        const std::string& text = edited ? own->second : ts.default_text;
        if (blank(text)) continue;   // the organisation removed this section
        d.sections.push_back({ts.id, ts.title, fill_placeholders(text, values), edited});
    }
    return d;
}

}  // namespace ft::strategy
