// Value share screen.
#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace ft::ui {
namespace {

class ValueScreen final : public Screen {
public:
    const char* nav_label() const override { return "Value share"; }
    const char* nav_hint() const override { return "Commercial value"; }
    void draw(AppContext& ctx) override { page_header(ctx.fonts(), "Value share", "Commercial value"); }
};

}  // namespace

std::unique_ptr<Screen> make_value_screen() { return std::make_unique<ValueScreen>(); }

}  // namespace ft::ui
