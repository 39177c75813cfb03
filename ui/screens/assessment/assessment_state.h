// The one assessment both the Readiness and the Data assets screens work on.
//
// The workspace part "assessment" is a single fairterms/assessment@1 document: answers, the asset register
// and partner profiles together, because the core scores them together. The Readiness screen owns this
// state and saves and loads the part; the Data assets screen reaches the same object through
// find_assessment_state(). The engine's result is cached and recomputed only after a change.
#pragma once

#include <string>
#include <vector>

#include "assess/assess.h"
#include "shell/screen.h"

namespace ft::ui {

class AssessmentState {
public:
    AssessmentState();

    const assess::Assessment& doc() const { return ready(); }
    // For changes: call changed() afterwards so the result is recomputed and the work autosaved.
    assess::Assessment& edit() { return ready(); }
    void changed(AppContext& ctx);

    // The engine's result for the current document (recomputed only when something changed).
    const assess::AssessResult& result();

    void replace(assess::Assessment doc);

    // Reads the workspace's "assessment" part, keeping what can be read; what was left out is queued as notes.
    void load_part(const json& workspace);
    void save_part(ojson& workspace) const;

    // Messages about data left out on load, shown until the user dismisses them.
    const std::vector<std::string>& load_notes() const { return notes_; }
    void dismiss_notes() { notes_.clear(); }
    // True once per load that left something out, so only one screen raises the toast.
    bool take_toast() { bool t = toast_pending_; toast_pending_ = false; return t; }

    // Fresh ids for new register entries ("asset-3", "profile-2").
    std::string new_asset_id() const;
    std::string new_profile_id() const;

private:
    // The empty assessment on the built-in instrument is made when first asked for, not at start: reading
    // the instrument is a noticeable part of start-up, and a saved workspace replaces it anyway (issue 14).
    assess::Assessment& ready() const;
    mutable assess::Assessment doc_;
    mutable bool ready_ = false;
    assess::AssessResult result_;
    bool dirty_ = true;
    std::vector<std::string> notes_;
    bool toast_pending_ = false;
};

// A saved assessment read as far as it goes: each field the core refuses is removed (the smallest unit that
// makes sense: one answer, one asset field, one rating, one profile minimum) and described in `dropped`.
struct SalvagedAssessment {
    assess::Assessment doc;
    std::vector<std::string> dropped;
};
SalvagedAssessment salvage_assessment(const json& part);

// Implemented by the screen that owns the assessment (Readiness).
class AssessmentHolder {
public:
    virtual ~AssessmentHolder() = default;
    virtual AssessmentState& assessment_state() = 0;
};

// The shared assessment, or nullptr if the Readiness screen is missing.
AssessmentState* find_assessment_state(AppContext& ctx);

// Shows the load notes (if any) as a panel with a Dismiss button, and raises one toast per load.
void draw_load_notes(AssessmentState& state, AppContext& ctx);

}  // namespace ft::ui
