// The Partnerships screen's drawing, split by panel: the list and downloads, the record's form, and what
// the record links to (quote, value share, value profile, principles check).
#pragma once

#include <string>

#include "screens/partnerships/partnerships_state.h"
#include "shell/screen.h"

namespace ft::ui {

struct PartnershipsView {
    PartnershipsState state;
    bool stale = true;             // gather the rest of the workspace again before drawing
    std::string refusal;           // the last edit refused, shown beside the form's top
    std::string name_draft;        // the name field while it holds a name that cannot be used
};

// The whole screen below its header.
void draw_partnerships(PartnershipsView& v, AppContext& ctx);

// Panels (partnerships_form.cpp, partnerships_links.cpp). Each returns true when the record changed.
bool draw_record_form(PartnershipsView& v, AppContext& ctx);
bool draw_links(PartnershipsView& v, AppContext& ctx);
bool draw_value_profile(PartnershipsView& v, AppContext& ctx);
void draw_principles(const PartnershipsView& v, AppContext& ctx);

}  // namespace ft::ui
