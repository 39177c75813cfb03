// Home: what fairterms is for, where to start, and the promise that nothing leaves the machine.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "screens/screens.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

struct Start {
    ScreenId screen;
    const char* title;
    const char* text;
};

const Start kStarts[] = {
    {ScreenId::readiness, "Check your readiness",
     "Assess the organisation against eight areas, from data quality to Board engagement, and get a suggested "
     "partnership posture with an action plan."},
    {ScreenId::assets, "Rate your data assets",
     "Record each data asset, rate it for documentation, quality, access, value and coverage, and match it "
     "against what a partner needs."},
    {ScreenId::strategy, "Write your strategy",
     "Turn your answers into a data asset management strategy your Board can approve, as an editable document."},
    {ScreenId::quote, "Give a quick quote",
     "Price access to data from a rate card: a fee that recovers cost, set by the use and the type of data, "
     "never by the kind of partner."},
    {ScreenId::value, "Work out a fair value share",
     "For commercial uses, compare upfront payments, subscriptions, milestones, royalties and more, over "
     "the years and across partner trusts."},
    {ScreenId::partnerships, "Agree the terms",
     "Turn a quote and a value share into heads of terms, check them against the principles for data "
     "partnerships, and keep your public register of partnerships."},
};

std::string one_line_problem(const std::string& t, std::size_t max) {
    return t.size() > max ? "at most " + std::to_string(max) + " characters" : std::string();
}

class HomeScreen final : public Screen {
public:
    ScreenId id() const override { return ScreenId::home; }
    const char* nav_label() const override { return "Home"; }
    const char* nav_hint() const override { return "Start here"; }

    const org::Organisation& profile() const { return profile_; }

    // The profile is the workspace's "organisation" part; the other screens read it through
    // organisation_profile().
    void save(ojson& workspace) const override {
        org::Organisation o = org::cleaned(profile_);
        ojson j = org::to_json(o);
        if (!j.empty()) workspace["organisation"] = j;
    }
    void load(const json& workspace) override {
        profile_ = {};
        if (!workspace.contains("organisation")) return;
        try {
            profile_ = org::parse(Field(workspace["organisation"], "/organisation"), false);
        } catch (const InputError&) {
            // Checked by the workspace loader already; a profile that still fails starts empty.
        }
    }

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

        // Where work is kept, who else can read it, and the controls for it belong to the shell's storage.
        ctx.draw_storage_controls();

        ImGui::Dummy(ImVec2(0, 4));
        section_heading(ctx.fonts(), "Where to start");
        ImGui::Dummy(ImVec2(0, 4));
        for (const Start& s : kStarts) {
            const Screen* target = ctx.screen(s.screen);
            if (!target) continue;
            card_begin(target->nav_label());
            ImGui::PushFont(ctx.fonts().bold);
            ui::text(s.title);
            ImGui::PopFont();
            hint_text(s.text);
            ImGui::PushID(target->nav_label());
            if (secondary_button((std::string("Go to ") + target->nav_label()).c_str())) ctx.go_to(s.screen);
            ImGui::PopID();
            card_end();
        }
        // After the starting points, so they stay in the first screenful; the Quote screen's points to check
        // send the user here while the profile is empty.
        ImGui::Dummy(ImVec2(0, 4));
        draw_profile(ctx);
    }

private:
    void draw_profile(AppContext& ctx) {
        card_begin("organisation");
        section_heading(ctx.fonts(), "Your organisation");
        hint_text(profile_.name.empty()
                      ? "Enter these once. Quote letters are sent from this organisation and signed by the signatory, and "
                        "every Word document carries its name in the header."
                      : "Quote letters are sent from this organisation and signed by the signatory; every Word document "
                        "carries its name in the header.");
        bool changed = false;
        float w = std::min(ImGui::GetContentRegionAvail().x * 0.6f, 460.0f);
        auto line = [&](const char* label, std::string& value, std::size_t max) {
            changed |= input_text_checked(label, value, [max](const std::string& t) { return one_line_problem(t, max); }, w);
        };
        line("Organisation name", profile_.name, org::kNameMax);
        ImGui::SetNextItemWidth(w);
        if (ui::input_text_multiline("Address", &profile_.address, ImVec2(w, 80))) changed = true;
        if (profile_.address.size() > org::kAddressMax) error_text("The address can have at most " + std::to_string(org::kAddressMax) + " characters.");
        line("Contact name", profile_.contact_name, org::kFieldMax);
        changed |= input_text_checked("Email", profile_.email,
                                      [](const std::string& t) {
                                          if (t.empty()) return std::string();
                                          if (t.find('@') == std::string::npos || t.find(' ') != std::string::npos)
                                              return std::string("an email address such as data.access@example.nhs.uk");
                                          return one_line_problem(t, org::kFieldMax);
                                      },
                                      w);
        line("Telephone", profile_.telephone, org::kFieldMax);
        line("Signatory", profile_.signatory, org::kFieldMax);
        line("Signatory's role", profile_.signatory_role, org::kFieldMax);
        if (profile_.address.size() > org::kAddressMax) profile_.address.resize(org::kAddressMax);
        if (changed) ctx.mark_changed();
        card_end();
    }

    org::Organisation profile_;
};

}  // namespace

std::unique_ptr<Screen> make_home_screen() { return std::make_unique<HomeScreen>(); }

const org::Organisation& organisation_profile(AppContext& ctx) {
    static const org::Organisation none;
    // The screen with the Home id is the one this file defines.
    auto* home = ctx.screen_as<HomeScreen>(ScreenId::home);
    return home ? home->profile() : none;
}

}  // namespace ft::ui
