// Partner requirement profiles: the minimum level a partner needs on each sub-dimension, matched against
// every asset in the register, listing the assets that meet it and the exact gaps of those that do not.
#include <imgui.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/assets/assets_views.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

constexpr float kListWidth = 210.0f;

int selected_profile(AssetsUi& ui, const assess::Assessment& doc) {
    if (doc.profiles.empty()) return -1;
    for (std::size_t i = 0; i < doc.profiles.size(); ++i)
        if (doc.profiles[i].id == ui.profile) return int(i);
    ui.profile = doc.profiles.front().id;
    return 0;
}

std::string asset_name(const assess::Assessment& doc, const std::string& id) {
    for (const auto& a : doc.assets)
        if (a.id == id) return a.name;
    return id;
}

std::string level_name(const assess::AssetRatingScheme& scheme, const std::string& id) {
    int v = assess::rating_value(id);
    return v < 0 ? id : scheme.level_names[std::size_t(v)];
}

void draw_matches(const assess::Assessment& doc, const assess::ProfileResult& pr, AppContext& ctx) {
    const auto& scheme = *doc.asset_rating;
    card_begin("matches");
    section_heading(ctx.fonts(), "Assets against this profile");
    if (doc.assets.empty()) {
        paragraph("No data assets in the register yet.");
        card_end();
        return;
    }
    ImGui::PushFont(ctx.fonts().bold);
    ui::textf("Meet it (%d)", int(pr.meets.size()));
    ImGui::PopFont();
    if (pr.meets.empty()) hint_text("None of the assets meets every minimum yet.");
    for (const auto& id : pr.meets) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kGreen));
        ui::text("\xE2\x9C\x93");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ui::text(asset_name(doc, id).c_str());
    }
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushFont(ctx.fonts().bold);
    ui::textf("Do not meet it yet (%d)", int(pr.gaps.size()));
    ImGui::PopFont();
    for (const auto& [id, gaps] : pr.gaps) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
        ui::text("\xE2\x9C\x97");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ui::text(asset_name(doc, id).c_str());
        ImGui::Indent(26);
        for (const auto& g : gaps) {
            const assess::Subdimension* s = scheme.find_subdimension(g.subdimension);
            std::string line = (s ? s->title : g.subdimension) + ": needs " + level_name(scheme, g.required) + ", rated " +
                               level_name(scheme, g.actual);
            ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
            ui::text_wrapped("%s", line.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Unindent(26);
    }
    card_end();
}

void draw_minimums(assess::Profile& p, const assess::AssetRatingScheme& scheme, AppContext& ctx, bool& changed) {
    card_begin("minimums");
    section_heading(ctx.fonts(), "Minimum level the partner needs");
    hint_text("Leave a sub-dimension at Not required when the partner has no need there. The level chosen is "
              "described under its sub-dimension.");
    ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
    if (ImGui::BeginTable("minimums", assess::kRatingLevelCount + 1, flags)) {
        ImGui::TableSetupColumn("Sub-dimension", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Not required", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Not required").x + 30);
        for (int v = 1; v < assess::kRatingLevelCount; ++v)
            ImGui::TableSetupColumn(scheme.level_names[std::size_t(v)].c_str(), ImGuiTableColumnFlags_WidthFixed,
                                    ImGui::CalcTextSize(scheme.level_names[std::size_t(v)].c_str()).x + 30);
        for (const auto& c : scheme.categories) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushFont(ctx.fonts().bold);
            ui::text(c.title.c_str());
            ImGui::PopFont();
            for (const auto& s : c.subdimensions) {
                ImGui::PushID(s.id.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ImGui::Indent(12);
                ui::text(s.title.c_str());
                ImGui::Unindent(12);
                auto it = p.minimums.find(s.id);
                int now = it == p.minimums.end() ? 0 : assess::rating_value(it->second);
                ui::RadioGroup question(s.title.c_str());
                for (int v = 0; v < assess::kRatingLevelCount; ++v) {
                    ImGui::TableNextColumn();
                    const char* label = v == 0 ? "Not required" : scheme.level_names[std::size_t(v)].c_str();
                    if (ui::radio_button(label, now == v) && now != v) {
                        if (v == 0) p.minimums.erase(s.id);
                        else p.minimums[s.id] = assess::rating_id(v);
                        changed = true;
                    }
                    if (v > 0) level_tooltip(s.descriptors[std::size_t(v - 1)].c_str());
                }
                // What the chosen level means, on the page (a tooltip reaches only those with a mouse).
                if (now > 0) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::Indent(12);
                    hint_text((scheme.level_names[std::size_t(now)] + ": " + s.descriptors[std::size_t(now - 1)]).c_str());
                    ImGui::Unindent(12);
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    card_end();
}

}  // namespace

void draw_partner_profiles(AssetsUi& ui, AssessmentState& state, AppContext& ctx) {
    int index = selected_profile(ui, state.doc());
    if (secondary_button("Add partner profile")) {
        assess::Profile p;
        p.id = state.new_profile_id();
        p.name = "Partner profile " + p.id.substr(p.id.find('-') + 1);
        state.edit().profiles.push_back(p);
        ui.profile = p.id;
        state.changed(ctx);
        index = selected_profile(ui, state.doc());
    }
    if (index >= 0) {
        ImGui::SameLine(0, 12);
        if (danger_button("Delete profile")) {
            auto& profiles = state.edit().profiles;
            ctx.push_undo("Deleted the partner profile \"" + profiles[std::size_t(index)].name + "\"");
            profiles.erase(profiles.begin() + index);
            state.changed(ctx);
            index = selected_profile(ui, state.doc());
        }
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (index < 0) {
        card_begin("no_profiles");
        paragraph("A partner requirement profile records what a partner needs from a data asset, for example \"documented "
                  "data model at Gold and a request turnaround at Silver\". Add one to see which assets meet it and, for "
                  "the rest, exactly what is missing.");
        card_end();
        return;
    }

    const assess::Assessment& doc = state.doc();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
    flow::Split split = flow::split(kListWidth, 360.0f, 5.0f);   // stacked at a large size (shell/flow.h)
    ImGui::BeginChild("profile_list", ImVec2(split.first_width, split.first_height), true);
    for (const auto& p : doc.profiles) {
        ImGui::PushID(p.id.c_str());
        if (ui::selectable(p.name.c_str(), ui.profile == p.id)) ui.profile = p.id;
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    flow::between(split, 16);

    const bool own_scroll = !split.stacked;   // stacked, the editor scrolls with the page
    if (own_scroll) ImGui::BeginChild("profile_editor", ImVec2(0, 0), false);
    assess::Profile& p = state.edit().profiles[std::size_t(index)];
    bool changed = false;
    ImGui::PushID(p.id.c_str());
    changed |= input_text_checked("Profile name", p.name,
                             [](const std::string& t) {
                                 if (t.find_first_not_of(" \t") == std::string::npos) return std::string("a name is needed");
                                 if (ft::count_characters(t) > kShortTextMax) return std::string("at most 200 characters");
                                 return std::string();
                             },
                             360);
    ImGui::Dummy(ImVec2(0, 4));
    assess::ProfileResult pr = state.result().profiles[std::size_t(index)];
    draw_matches(doc, pr, ctx);
    draw_minimums(p, *doc.asset_rating, ctx, changed);
    ImGui::PopID();
    if (own_scroll) ImGui::EndChild();
    if (changed) state.changed(ctx);
}

}  // namespace ft::ui
