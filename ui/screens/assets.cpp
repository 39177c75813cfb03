// Data assets screen.
#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace ft::ui {
namespace {

class AssetsScreen final : public Screen {
public:
    const char* nav_label() const override { return "Data assets"; }
    const char* nav_hint() const override { return "Register and ratings"; }
    void draw(AppContext& ctx) override { page_header(ctx.fonts(), "Data assets", "Register and ratings"); }
};

}  // namespace

std::unique_ptr<Screen> make_assets_screen() { return std::make_unique<AssetsScreen>(); }

}  // namespace ft::ui
