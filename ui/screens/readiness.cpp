// Readiness screen.
#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace ft::ui {
namespace {

class ReadinessScreen final : public Screen {
public:
    const char* nav_label() const override { return "Readiness"; }
    const char* nav_hint() const override { return "Organisation self-assessment"; }
    void draw(AppContext& ctx) override { page_header(ctx.fonts(), "Readiness", "Organisation self-assessment"); }
};

}  // namespace

std::unique_ptr<Screen> make_readiness_screen() { return std::make_unique<ReadinessScreen>(); }

}  // namespace ft::ui
