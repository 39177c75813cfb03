// The Data assets screen's views (register with ratings, heatmap, partner profiles) and the state they
// share. The assets and profiles themselves live in the shared assessment (assessment_state.h).
#pragma once

#include <string>

#include "screens/assessment/assessment_state.h"
#include "shell/screen.h"

namespace ft::ui {

struct AssetsUi {
    std::string asset;     // id of the selected asset
    std::string profile;   // id of the selected partner profile
    int view = 0;                // 0 register and ratings, 1 heatmap, 2 partner profiles
    bool show_ratings = false;   // the register shows the selected asset's ratings rather than its details
};

// What a rating level means, in a tooltip while the item just drawn is hovered: the register's rating
// buttons and a profile's minimum buttons explain a level the same way.
void level_tooltip(const char* meaning);

// Index of the selected asset (adjusted to an existing one), or -1 when the register is empty.
int selected_asset(AssetsUi& ui, const assess::Assessment& doc);

void draw_asset_register(AssetsUi& ui, AssessmentState& state, AppContext& ctx);
void draw_asset_heatmap(AssetsUi& ui, AssessmentState& state, AppContext& ctx);
void draw_partner_profiles(AssetsUi& ui, AssessmentState& state, AppContext& ctx);

}  // namespace ft::ui
