// Home: what fairterms is for, where to start, and the promise that nothing leaves the machine.
#include <imgui.h>

#include "screens.h"
#include "widgets.h"

namespace ft::ui {
namespace {

struct Start {
    const char* screen;
    const char* title;
    const char* text;
};

const Start kStarts[] = {
    {"Readiness", "Check your readiness",
     "Assess the organisation against eight areas, from data quality to Board engagement, and get a suggested "
     "partnership posture with an action plan."},
    {"Data assets", "Rate your data assets",
     "Record each data asset, rate it for documentation, quality, access, value and coverage, and match it "
     "against what a partner needs."},
    {"Strategy", "Write your strategy",
     "Turn your answers into a data asset management strategy your Board can approve, as an editable document."},
    {"Quote", "Give a quick quote",
     "Price access to data from a rate card: a fee that recovers cost, set by the use and the type of data, "
     "never by the kind of partner."},
    {"Value share", "Work out a fair value share",
     "For commercial uses, compare upfront payments, subscriptions, milestones, royalties and more, over "
     "the years and across partner trusts."},
};

class HomeScreen final : public Screen {
public:
    const char* nav_label() const override { return "Home"; }
    const char* nav_hint() const override { return "Start here"; }

    void draw(AppContext& ctx) override {
        page_header(ctx.fonts(), "Fair terms for NHS data partnerships",
                    "fairterms helps an NHS organisation get ready for partnerships with universities and companies, "
                    "and agree terms that follow NHS England's Value Sharing Framework.");

        card_begin("privacy");
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kGreen));
        ImGui::PushFont(ctx.fonts().heading);
        ui::text("\xE2\x9C\x93 Nothing you enter leaves this computer");
        ImGui::PopFont();
        ImGui::PopStyleColor();
        paragraph("fairterms runs entirely in this browser tab. It has no server, sends no analytics and is "
                  "blocked from making any network connection, so assessment answers, prices and strategies stay "
                  "on this machine. It works offline from a downloaded copy.");
        card_end();

        card_begin("saving");
        section_heading(ctx.fonts(), "How your work is kept");
        paragraph("\xE2\x80\xA2 Everything you enter is saved automatically in this browser, on this computer.");
        paragraph("\xE2\x80\xA2 To keep a copy, share it with a colleague or move to another computer, use "
                  "\"Save to file\" at the top right. It downloads one workspace file.");
        paragraph("\xE2\x80\xA2 To carry on from a saved file, use \"Open workspace\xE2\x80\xA6\". You can undo it "
                  "if you open the wrong one.");
        hint_text("Clearing this browser's site data removes the automatic copy, so save a file for anything you need to keep.");
        card_end();

        ImGui::Dummy(ImVec2(0, 4));
        section_heading(ctx.fonts(), "Where to start");
        ImGui::Dummy(ImVec2(0, 4));
        for (const Start& s : kStarts) {
            card_begin(s.screen);
            ImGui::PushFont(ctx.fonts().bold);
            ui::text(s.title);
            ImGui::PopFont();
            hint_text(s.text);
            ImGui::PushID(s.screen);
            if (secondary_button((std::string("Go to ") + s.screen).c_str())) ctx.go_to(s.screen);
            ImGui::PopID();
            card_end();
        }
    }
};

}  // namespace

std::unique_ptr<Screen> make_home_screen() { return std::make_unique<HomeScreen>(); }

}  // namespace ft::ui
