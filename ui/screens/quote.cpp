// Quote screen.
#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace ft::ui {
namespace {

class QuoteScreen final : public Screen {
public:
    const char* nav_label() const override { return "Quote"; }
    const char* nav_hint() const override { return "Access fees"; }
    void draw(AppContext& ctx) override { page_header(ctx.fonts(), "Quote", "Access fees"); }
};

}  // namespace

std::unique_ptr<Screen> make_quote_screen() { return std::make_unique<QuoteScreen>(); }

}  // namespace ft::ui
