// The Strategy screen's state and rules, apart from drawing, so native UI tests can drive it.
//
// Workspace part "strategy": a fairterms/strategy@1 document without its assessment (the Readiness screen
// owns that and it is added at export time):
//   {"schema", "organisation", "owner", "approved_by"?, "approval_date"?, "review_date"?, "posture"?,
//    "posture_reason"?, "sections": {"<section id>": "the organisation's own text"}}
// Only sections whose text differs from the template are stored, so template improvements reach the rest.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "screens/assessment/assessment_state.h"
#include "base/text_format.h"
#include "strategy/strategy.h"

namespace ft::ui {

// "Proactive", "Reactive", "Not now" for a posture id; "" for anything else.
const char* posture_label(const std::string& id);

struct StrategyState {
    const strategy::Template& tmpl = strategy::builtin_template();
    std::string organisation, owner, approved_by, approval_date, review_date, posture, posture_reason;
    std::map<std::string, std::string> text;   // every section's current text, by id
    std::vector<std::string> notes;            // what load_part() left out, toasted on the next draw
    // The name the document uses while "organisation" is left empty: Home's organisation profile, else the
    // self-assessment's. Set by the screen each frame; never saved into the strategy part (nothing the
    // person did not type is stored), so a later change on Home reaches the strategy too.
    std::string organisation_fallback;

    // What the core makes of the state, rebuilt by check() after a change.
    bool dirty = true;
    std::optional<strategy::Suggestion> suggestion;
    std::optional<strategy::Document> document;
    std::optional<InputError> error;
    bool assessed = false;   // whether check() was given an answered self-assessment (it can suggest the posture)

    StrategyState() { reset(); }
    // Empty details, every section at the template's text.
    void reset();

    bool edited(const strategy::TemplateSection& s) const { return text.at(s.id) != s.default_text; }
    static bool blank(const std::string& s) { return ft::text::blank(s); }

    ojson part() const;
    // Whether the workspace needs a "strategy" part at all (something differs from a new strategy).
    bool worth_saving() const;
    // Reads the workspace's part; what cannot be read is left out and named in `notes`.
    void load_part(const json& workspace);
    std::string join_notes() const;

    // The full input document the core reads: this part plus the assessment, when one is given.
    std::string request(AssessmentState* assessment) const;
    // Builds the document (or the error) and the posture suggested by the assessment, if any.
    void check(AssessmentState* assessment);

    // The organisation the document names: the one typed here, else organisation_fallback.
    const std::string& organisation_used() const { return blank(organisation) ? organisation_fallback : organisation; }
    // What must still be filled in before the strategy can be exported, in words ("the strategy's owner"), all
    // at once (the core stops at the first refusal). Empty when nothing required is missing.
    std::vector<std::string> missing() const;
    // What stops the document being built, as a phrase: "fill in the strategy's owner and a partnership posture",
    // else the refusal in words; empty when it can be built.
    std::string still_needed() const;
    // The line under the export buttons while the document cannot be built: everything missing, else the refusal.
    std::string not_ready_text() const;

    std::string error_for(const std::string& pointer) const;
    // The error as a person reads it: the field's label, then the message.
    std::string error_summary() const;
};

}  // namespace ft::ui
