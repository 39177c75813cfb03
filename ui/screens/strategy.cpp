// Strategy screen.
#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace ft::ui {
namespace {

class StrategyScreen final : public Screen {
public:
    const char* nav_label() const override { return "Strategy"; }
    const char* nav_hint() const override { return "Data asset management"; }
    void draw(AppContext& ctx) override { page_header(ctx.fonts(), "Strategy", "Data asset management"); }
};

}  // namespace

std::unique_ptr<Screen> make_strategy_screen() { return std::make_unique<StrategyScreen>(); }

}  // namespace ft::ui
