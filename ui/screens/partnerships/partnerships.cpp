// Partnerships (issue 15): the terms a trust agrees with a partner, built from what it has already entered
// (a quote, a value-share scenario, its asset register), checked against DHSC's five principles and the
// Value Sharing Framework's four, and written out as heads of terms and the public register.
//
// Workspace part "partnerships": [fairterms/partnership@1 records] (core/partnership/partnership.h).
#include <imgui.h>

#include "screens/partnerships/partnerships_view.h"
#include "screens/screens.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

// Every other screen, whose parts make up the rest of the workspace the records link into.
constexpr ScreenId kOthers[] = {ScreenId::home, ScreenId::readiness, ScreenId::assets, ScreenId::strategy, ScreenId::quote, ScreenId::value};

class PartnershipsScreen final : public Screen {
public:
    ScreenId id() const override { return ScreenId::partnerships; }
    const char* nav_label() const override { return "Partnerships"; }
    const char* nav_hint() const override { return "Heads of terms, register"; }

    void save(ojson& workspace) const override { workspace["partnerships"] = view_.state.part(); }
    void load(const json& workspace) override {
        view_.state.load_part(workspace);
        view_.stale = true;
    }
    std::string left_out_on_load() const override {
        const std::size_t n = view_.state.load_notes.size();
        return n == 0 ? std::string() : std::to_string(n) + (n == 1 ? " partnership" : " partnerships");
    }

    void draw(AppContext& ctx) override {
        // The other screens may have changed while this one was hidden: gather their parts again on the way in.
        int frame = ImGui::GetFrameCount();
        if (frame != last_frame_ + 1) view_.stale = true;
        last_frame_ = frame;
        if (view_.stale) {
            ojson ws = ojson::object();
            for (ScreenId other : kOthers)
                if (Screen* s = ctx.screen(other)) s->save(ws);
            view_.state.set_workspace(std::move(ws));
            view_.stale = false;
        }
        if (!view_.state.load_notes.empty()) {
            std::string notes;
            for (const auto& n : view_.state.load_notes) notes += (notes.empty() ? "" : ", ") + n;
            ctx.toast("Some saved partnerships could not be read and were left out: " + notes + ".", ToastKind::error);
            view_.state.load_notes.clear();
        }
        page_header(ctx.fonts(), "Partnerships",
                    "Agree the terms: start from a quote and a value share you have made, check them against the "
                    "principles for data partnerships, and download heads of terms and your public register.");
        draw_partnerships(view_, ctx);
    }

private:
    PartnershipsView view_;
    int last_frame_ = -10;
};

}  // namespace

std::unique_ptr<Screen> make_partnerships_screen() { return std::make_unique<PartnershipsScreen>(); }

}  // namespace ft::ui
