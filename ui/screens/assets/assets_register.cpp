// The asset register: a list of assets (add, duplicate, delete with undo) and the selected asset's details
// and ratings. Badges come from the engine: a category's badge is the floor of the mean of its
// sub-dimension levels, and the asset's readiness is its lowest badge.
#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "screens/assessment/assessment_fields.h"
#include "screens/assets/assets_views.h"
#include "shell/caps.h"
#include "shell/visible_rows.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

constexpr float kListWidth = 210.0f;
constexpr float kFieldWidth = 380.0f;

struct Choice {
    const char* id;
    const char* name;
    const char* help;
};

const Choice kDeidentification[] = {
    {"", "Not recorded", "The de-identification state has not been recorded yet."},
    {"identifiable", "Identifiable", "Holds direct identifiers such as NHS number, name or address."},
    {"pseudonymised", "Pseudonymised", "Direct identifiers replaced by a key that the organisation could reverse."},
    {"anonymised", "Anonymised", "Individuals cannot reasonably be identified, by anyone, with the means likely to be used."},
    {"aggregated", "Aggregated", "Counts and summaries only, with small numbers suppressed."},
};

const Choice kAccessRoutes[] = {
    {"sde", "Secure data environment", "Partners analyse the data inside a secure environment; nothing identifiable leaves it."},
    {"federated", "Federated analysis", "Partners' queries or models run where the data are; only results come back."},
    {"aggregate_outputs", "Aggregate outputs", "NHS staff run the analysis and partners receive checked summary outputs."},
    {"extract", "Extract", "A de-identified extract is sent to the partner under a data sharing agreement (the exception)."},
};

void add_asset(AssetsUi& ui, AssessmentState& state, AppContext& ctx) {
    if (!room_for_one_more(ctx, state.doc().assets.size(), limits::kMaxDataAssets, limits::kDataAssetsNoun)) return;
    assess::Asset a;
    a.id = state.new_asset_id();
    a.name = "New data asset " + a.id.substr(a.id.find('-') + 1);
    state.edit().assets.push_back(a);
    ui.asset = a.id;
    ui.show_ratings = false;
    state.changed(ctx);
}

void duplicate_asset(AssetsUi& ui, AssessmentState& state, AppContext& ctx, int index) {
    if (!room_for_one_more(ctx, state.doc().assets.size(), limits::kMaxDataAssets, limits::kDataAssetsNoun)) return;
    assess::Asset copy = state.doc().assets[std::size_t(index)];
    copy.id = state.new_asset_id();
    std::string name = copy.name + " (copy)";
    copy.name = name.size() > kShortTextMax ? copy.name : name;
    state.edit().assets.insert(state.edit().assets.begin() + index + 1, copy);
    ui.asset = copy.id;
    state.changed(ctx);
}

void delete_asset(AssetsUi& ui, AssessmentState& state, AppContext& ctx, int index) {
    auto& assets = state.edit().assets;
    ctx.push_undo("Deleted the data asset \"" + assets[std::size_t(index)].name + "\"");
    assets.erase(assets.begin() + index);
    if (!assets.empty()) ui.asset = assets[std::size_t(std::min(index, int(assets.size()) - 1))].id;
    state.changed(ctx);
}

void draw_list(AssetsUi& ui, AssessmentState& state, int selected, const flow::Split& split) {
    const assess::Assessment& doc = state.doc();
    const assess::AssessResult& r = state.result();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
    ImGui::BeginChild("asset_list", ImVec2(split.first_width, split.first_height), true);
    // Up to 2,000 assets: only the rows in view are drawn (shell/visible_rows.h).
    visible_rows(int(doc.assets.size()), selected, [&](int row) {
        std::size_t i = std::size_t(row);
        const auto& a = doc.assets[i];
        ImGui::PushID(a.id.c_str());
        int readiness = r.assets[i].readiness;
        const std::string& badge = doc.asset_rating->level_names[std::size_t(readiness)];
        float badge_w = ImGui::CalcTextSize(badge.c_str()).x + 12;
        ImVec2 start = ImGui::GetCursorScreenPos();
        float row_w = ImGui::GetContentRegionAvail().x;
        ImGui::PushClipRect(start, ImVec2(start.x + row_w - badge_w - 6, start.y + 40), true);
        if (ui::selectable(a.name.c_str(), ui.asset == a.id, 0, ImVec2(row_w, 0))) ui.asset = a.id;
        ImGui::PopClipRect();
        ui::item_tooltip("%s", a.name.c_str());
        ImVec2 end = ImGui::GetItemRectMax();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float h = ImGui::GetTextLineHeight();
        ImVec2 b0(end.x - badge_w, end.y - h - 2), b1(end.x, end.y);
        dl->AddRectFilled(b0, b1, colour::rgb(rating_colour(readiness)), 8.0f);
        dl->AddText(ImVec2(b0.x + 6, b0.y + 1), colour::rgb(rating_text_colour(readiness)), badge.c_str());
        ImGui::PopID();
    });
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// The other end of the range, checked against the one being typed (both stored as ISO dates or months).
std::string range_problem(const std::string& stored, const std::string& other, bool is_to) {
    if (stored.empty() || other.empty()) return "";
    if (is_to ? stored < other : stored > other)
        return is_to ? "must not be before the start (" + other + ")" : "must not be after the end (" + other + ")";
    return "";
}

void draw_details(assess::Asset& a, bool& changed) {
    changed |= input_text_checked("Asset name", a.name,
                             [](const std::string& t) {
                                 if (t.find_first_not_of(" \t") == std::string::npos) return std::string("a name is needed");
                                 if (ft::count_characters(t) > kShortTextMax) return std::string("at most 200 characters");
                                 return std::string();
                             },
                             kFieldWidth);
    changed |= text_area("Description", a.description, kLongTextMax, kFieldWidth, 60);
    changed |= list_field("Data types", a.data_types, kFieldWidth);
    same_line_hint("(comma-separated)");
    changed |= optional_whole_field("Approximate records", a.records, 0, kMaxPence, 160);
    // A data range is often known only to the month: 04/2019 or 2019-04 is kept as the month.
    changed |= input_date("Data from", a.date_from, false, 110, true,
                          [&](const std::string& v) { return range_problem(v, a.date_to, false); });
    ImGui::SameLine(0, 20);
    changed |= input_date("Data to", a.date_to, false, 110, true,
                          [&](const std::string& v) { return range_problem(v, a.date_from, true); });
    same_line_hint("(e.g. 31/03/2019 or 04/2019)");
    changed |= list_field("Source systems", a.source_systems, kFieldWidth);
    same_line_hint("(comma-separated)");
    changed |= text_field("Data steward", a.steward, kShortTextMax, kFieldWidth);
    changed |= text_area("Lawful basis and IG notes", a.ig_notes, kLongTextMax, kFieldWidth, 60);

    const Choice* current = &kDeidentification[0];
    for (const auto& c : kDeidentification)
        if (a.deidentification == c.id) current = &c;
    ImGui::SetNextItemWidth(kFieldWidth);
    if (ui::begin_combo("De-identification", current->name)) {
        for (const auto& c : kDeidentification) {
            if (ui::selectable(c.name, &c == current)) {
                a.deidentification = c.id;
                changed = true;
            }
            ui::item_tooltip("%s", c.help);
        }
        ui::end_combo();
    }
    ImGui::Dummy(ImVec2(0, 2));
    ui::text("Access routes available");
    for (const auto& route : kAccessRoutes) {
        auto it = std::find(a.access_routes.begin(), a.access_routes.end(), route.id);
        bool on = it != a.access_routes.end();
        if (ui::checkbox(route.name, &on)) {
            if (on) {
                // Keep the routes in a fixed order so saved files compare cleanly.
                a.access_routes.push_back(route.id);
                std::vector<std::string> ordered;
                for (const auto& r : kAccessRoutes)
                    if (std::find(a.access_routes.begin(), a.access_routes.end(), r.id) != a.access_routes.end()) ordered.push_back(r.id);
                a.access_routes = ordered;
            } else {
                a.access_routes.erase(it);
            }
            changed = true;
        }
        ui::item_tooltip("%s", route.help);
        ImGui::SameLine(0, 18);
    }
    ImGui::NewLine();
}

void draw_subdimension_help(const assess::Subdimension& s, const assess::AssetRatingScheme& scheme) {
    std::string help = s.question + "\n";
    for (int v = 1; v < assess::kRatingLevelCount; ++v)
        help += "\n" + scheme.level_names[std::size_t(v)] + ": " + s.descriptors[std::size_t(v - 1)];
    help_marker(help.c_str());
}

void draw_ratings(assess::Asset& a, const assess::AssetResult& result, const assess::AssetRatingScheme& scheme,
                  AppContext& ctx, bool& changed) {
    ImGui::AlignTextToFramePadding();
    ui::text("Readiness of this asset");
    ImGui::SameLine(0, 12);
    rating_pill(result.readiness, scheme);
    std::string how = result.explanation;
    if (!how.empty()) how[0] = char(std::toupper(static_cast<unsigned char>(how[0])));
    hint_text((how + ". A category's badge is the mean of its sub-dimension levels rounded down (Unrated 0, "
               "Bronze 1, Silver 2, Gold 3, Platinum 4).")
                  .c_str());
    ImGui::Dummy(ImVec2(0, 4));
    for (std::size_t ci = 0; ci < scheme.categories.size(); ++ci) {
        const auto& c = scheme.categories[ci];
        const auto& badge = result.categories[ci];
        ImGui::PushID(c.id.c_str());
        card_begin("category");
        ImGui::PushFont(ctx.fonts().bold);
        ui::text(c.title.c_str());
        ImGui::PopFont();
        ImGui::SameLine(0, 12);
        rating_pill(badge.value, scheme);
        ImGui::SameLine(0, 12);
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
        ui::text(badge.explanation.c_str());
        ImGui::PopStyleColor();
        ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3, 3));
        if (ImGui::BeginTable("ratings", 1 + assess::kRatingLevelCount, flags)) {
            ImGui::TableSetupColumn("Sub-dimension", ImGuiTableColumnFlags_WidthStretch);
            for (int v = 0; v < assess::kRatingLevelCount; ++v)
                ImGui::TableSetupColumn(scheme.level_names[std::size_t(v)].c_str(), ImGuiTableColumnFlags_WidthFixed,
                                        ImGui::CalcTextSize(scheme.level_names[std::size_t(v)].c_str()).x + 30);
            for (const auto& s : c.subdimensions) {
                ImGui::PushID(s.id.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                ui::text(s.title.c_str());
                ImGui::SameLine();
                draw_subdimension_help(s, scheme);
                auto it = a.ratings.find(s.id);
                int now = it == a.ratings.end() ? 0 : assess::rating_value(it->second);
                ui::RadioGroup question(s.title.c_str());
                for (int v = 0; v < assess::kRatingLevelCount; ++v) {
                    ImGui::TableNextColumn();
                    if (ui::radio_button(scheme.level_names[std::size_t(v)].c_str(), now == v) && now != v) {
                        if (v == 0) a.ratings.erase(s.id);
                        else a.ratings[s.id] = assess::rating_id(v);
                        changed = true;
                    }
                    // Said with its row: "Coverage: Good" and what that level means, not a bare "Good".
                    sem::set_name(sem::last_item_id(), s.title + ": " + scheme.level_names[std::size_t(v)]);
                    const char* meaning = v == 0 ? "Not rated yet: counts as 0 in the category's mean."
                                                 : s.descriptors[std::size_t(v - 1)].c_str();
                    sem::set_description(sem::last_item_id(), meaning);
                    level_tooltip(meaning);
                }
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
        card_end();
        ImGui::PopID();
    }
}

}  // namespace

void draw_asset_register(AssetsUi& ui, AssessmentState& state, AppContext& ctx) {
    int index = selected_asset(ui, state.doc());
    if (secondary_button("Add data asset")) {
        add_asset(ui, state, ctx);
        index = selected_asset(ui, state.doc());
    }
    if (index >= 0) {
        ImGui::SameLine(0, 12);
        if (secondary_button("Duplicate")) {
            duplicate_asset(ui, state, ctx, index);
            index = selected_asset(ui, state.doc());
        }
        ImGui::SameLine(0, 12);
        if (danger_button("Delete")) {
            delete_asset(ui, state, ctx, index);
            index = selected_asset(ui, state.doc());
        }
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (index < 0) {
        card_begin("empty");
        paragraph("No data assets recorded yet. Add each dataset the organisation could offer to partners, such as a "
                  "pathology results warehouse or a linked cancer registry extract, then rate it on the five categories.");
        card_end();
        return;
    }
    // At a large size the list goes above the asset (shell/flow.h) and the editor keeps the whole width.
    flow::Split split = flow::split(kListWidth, 360.0f);
    draw_list(ui, state, index, split);
    flow::between(split, 16);
    // Stacked, the editor is part of the page (or of the view) and scrolls with it, not in a box of its own.
    const bool own_scroll = !split.stacked;
    if (own_scroll) ImGui::BeginChild("asset_editor", ImVec2(0, 0), false);
    assess::Asset& a = state.edit().assets[std::size_t(index)];
    const assess::AssetResult& result = state.result().assets[std::size_t(index)];
    bool changed = false;
    ImGui::PushID(a.id.c_str());
    ui::RadioGroup view("Show");
    if (ui::radio_button("Details", !ui.show_ratings)) ui.show_ratings = false;
    ImGui::SameLine(0, 16);
    if (ui::radio_button("Ratings", ui.show_ratings)) ui.show_ratings = true;
    ImGui::Dummy(ImVec2(0, 2));
    if (!ui.show_ratings) {
        card_begin("details");
        draw_details(a, changed);
        card_end();
    } else {
        assess::AssetResult shown = result;  // copy: a change below recomputes the result
        draw_ratings(a, shown, *state.doc().asset_rating, ctx, changed);
    }
    ImGui::PopID();
    if (own_scroll) ImGui::EndChild();
    if (changed) state.changed(ctx);
}

}  // namespace ft::ui
