// Factories for every screen, in navigation order. Each screen lives in its own folder under ui/screens/.
#pragma once

#include <memory>
#include <vector>

#include "base/organisation.h"
#include "shell/screen.h"

namespace ft::ui {

std::unique_ptr<Screen> make_home_screen();
std::unique_ptr<Screen> make_readiness_screen();
std::unique_ptr<Screen> make_assets_screen();
std::unique_ptr<Screen> make_strategy_screen();
std::unique_ptr<Screen> make_quote_screen();
std::unique_ptr<Screen> make_value_screen();
std::unique_ptr<Screen> make_partnerships_screen();

// All of them, in navigation order: what the App is built with.
std::vector<std::unique_ptr<Screen>> make_all_screens();

// The organisation profile entered on the Home screen (empty until the user fills it in), which every
// document the app writes is sent from.
const org::Organisation& organisation_profile(AppContext& ctx);

}  // namespace ft::ui
