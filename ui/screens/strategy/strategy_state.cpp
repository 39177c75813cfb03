#include "screens/strategy/strategy_state.h"
#include "shell/error_words.h"

#include <algorithm>

#include "screens/assessment/assessment_fields.h"

namespace ft::ui {

namespace st = ft::strategy;

const char* posture_label(const std::string& id) {
    return id == "proactive" ? "Proactive" : id == "reactive" ? "Reactive" : id == "not_now" ? "Not now" : "";
}

void StrategyState::reset() {
    organisation.clear(); owner.clear(); approved_by.clear(); approval_date.clear(); review_date.clear();
    posture.clear(); posture_reason.clear();
    text.clear();
    for (const auto& s : tmpl.sections) text[s.id] = s.default_text;
    dirty = true;
}

ojson StrategyState::part() const {
    ojson p;
    p["schema"] = "fairterms/strategy@1";
    p["organisation"] = organisation;
    p["owner"] = owner;
    auto optional = [&](const char* key, const std::string& v) { if (!v.empty()) p[key] = v; };
    optional("approved_by", approved_by);
    optional("approval_date", approval_date);
    optional("review_date", review_date);
    optional("posture", posture);
    optional("posture_reason", posture_reason);
    p["sections"] = ojson::object();
    for (const auto& s : tmpl.sections)
        if (edited(s)) p["sections"][s.id] = text.at(s.id);
    return p;
}

bool StrategyState::worth_saving() const {
    ojson p = part();
    return p.size() > 4 || !organisation.empty() || !owner.empty() || !p["sections"].empty();
}

void StrategyState::load_part(const json& workspace) {
    reset();
    if (!workspace.contains("strategy") || !workspace["strategy"].is_object()) return;
    const json& p = workspace["strategy"];
    // Notes name what was left out as the screen names it, never by the file's keys (read by people).
    auto take = [&](const char* key, const char* words, std::string& into, std::size_t max_len) {
        if (!p.contains(key)) return;
        if (p[key].is_string() && p[key].get<std::string>().size() <= max_len) into = p[key].get<std::string>();
        else notes.push_back(std::string(words) + (p[key].is_string() ? " (too long)" : " (not readable text)"));
    };
    take("organisation", "the organisation", organisation, st::kNameMax);
    take("owner", "the owner", owner, st::kNameMax);
    take("approved_by", "who approved it", approved_by, st::kNameMax);
    take("approval_date", "the approval date", approval_date, 10);
    take("review_date", "the review date", review_date, 10);
    take("posture", "the partnership posture", posture, 20);
    take("posture_reason", "the reason for the posture", posture_reason, st::kPostureReasonMax);
    for (auto [date, words] : {std::pair{&approval_date, "the approval date"}, std::pair{&review_date, "the review date"}})
        if (!date->empty() && !date_problem(*date).empty()) { notes.push_back(std::string(words) + " (not a date it can read)"); date->clear(); }
    if (!posture.empty() && !*posture_label(posture)) {
        notes.push_back("the partnership posture (not Proactive, Reactive or Not now)");
        posture.clear();
    }
    int unknown_sections = 0, unknown_fields = 0;
    if (p.contains("sections") && p["sections"].is_object()) {
        for (auto it = p["sections"].begin(); it != p["sections"].end(); ++it) {
            if (!tmpl.find(it.key())) { ++unknown_sections; continue; }
            if (!it.value().is_string() || it.value().get<std::string>().size() > st::kSectionTextMax) {
                notes.push_back("the text of \xE2\x80\x9C" + tmpl.find(it.key())->title + "\xE2\x80\x9D");
                continue;
            }
            text[it.key()] = it.value().get<std::string>();
        }
    }
    for (auto it = p.begin(); it != p.end(); ++it) {
        static const std::vector<std::string> known = {"schema", "organisation", "owner", "approved_by", "approval_date",
                                                       "review_date", "posture", "posture_reason", "sections"};
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) ++unknown_fields;
    }
    auto count = [](int n, const char* one, const char* many) { return (n == 1 ? std::string("1 ") + one : std::to_string(n) + " " + many); };
    if (unknown_sections) notes.push_back(count(unknown_sections, "section", "sections") + " this version of fairterms does not have");
    if (unknown_fields) notes.push_back(count(unknown_fields, "entry", "entries") + " this version of fairterms does not know");
}

std::string StrategyState::join_notes() const {
    std::string s;
    for (std::size_t i = 0; i < notes.size(); ++i) s += (i ? ", " : "") + notes[i];
    return s;
}

std::string StrategyState::request(AssessmentState* assessment) const {
    ojson doc = part();
    doc["organisation"] = organisation_used();
    if (assessment) doc["assessment"] = assess::assessment_to_json(assessment->doc());
    return doc.dump();
}

void StrategyState::check(AssessmentState* assessment) {
    dirty = false;
    assessed = assessment != nullptr;
    suggestion.reset();
    if (assessment) suggestion = st::suggest_posture(assessment->doc(), assessment->result());
    try {
        json doc = parse_json_input(request(assessment));
        document = st::build(st::parse_inputs(Field(doc, ""), tmpl), tmpl);
        error = {};
    } catch (const InputError& e) {
        document.reset();
        error = e;
    }
}

std::string StrategyState::error_for(const std::string& pointer) const {
    return error && error->pointer == pointer ? message_in_words(error->message) : std::string();
}

std::vector<std::string> StrategyState::missing() const {
    std::vector<std::string> m;
    if (blank(organisation_used())) m.push_back("the organisation's name");
    if (blank(owner)) m.push_back("the strategy's owner");
    if (posture.empty() && !assessed) m.push_back("a partnership posture");
    return m;
}

std::string StrategyState::still_needed() const {
    std::vector<std::string> m = missing();
    if (m.empty()) return error ? error_summary() : std::string();
    std::string list;
    for (std::size_t i = 0; i < m.size(); ++i) list += (i ? (i + 1 == m.size() ? " and " : ", ") : "") + m[i];
    return "fill in " + list;
}

std::string StrategyState::not_ready_text() const {
    std::string needed = still_needed();
    if (needed.empty()) return "";
    return missing().empty() ? "Not ready to export. " + needed : "Not ready to export: " + needed + ".";
}

std::string StrategyState::error_summary() const {
    static const std::map<std::string, std::string> names = {
        {"/organisation", "Organisation"}, {"/owner", "Owner"}, {"/approved_by", "Approved by"},
        {"/approval_date", "Approval date"}, {"/review_date", "Review date"}, {"/posture", "Posture"},
        {"/posture_reason", "Why this posture"}};
    auto it = names.find(error->pointer);
    if (it != names.end()) {
        // A phrase that follows "Not ready to export: ": "the review date must not be before ...", not
        // "Review date: must not be before ...".
        std::string phrase = refusal_sentence(it->second, error->message);
        phrase[0] = char(std::tolower(static_cast<unsigned char>(phrase[0])));
        if (phrase.back() == '.') phrase.pop_back();
        return phrase;
    }
    std::string where = it != names.end() ? it->second
                        : error->pointer.rfind("/assessment", 0) == 0 ? "Readiness assessment (" + place_in_words(error->pointer.substr(11)) + ")"
                                                                       : place_in_words(error->pointer);
    return where + ": " + message_in_words(error->message);
}

}  // namespace ft::ui
