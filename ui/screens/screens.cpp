#include "screens/screens.h"

namespace ft::ui {

std::vector<std::unique_ptr<Screen>> make_all_screens() {
    std::vector<std::unique_ptr<Screen>> all;
    all.push_back(make_home_screen());
    all.push_back(make_readiness_screen());
    all.push_back(make_assets_screen());
    all.push_back(make_strategy_screen());
    all.push_back(make_quote_screen());
    all.push_back(make_value_screen());
    all.push_back(make_partnerships_screen());
    return all;
}

}  // namespace ft::ui
