#include "shell/display.h"

#include <nlohmann/json.hpp>

#include "shell/widgets.h"

namespace ft::ui {
namespace {
const char* const kDisplayKey = "fairterms.display";
}

std::string display_json(const DisplaySettings& s) {
    nlohmann::json o = {{"theme", s.theme == ThemeKind::high_contrast ? "high-contrast" : "standard"},
                        {"scale", s.scale_percent}};
    return o.dump();
}

DisplaySettings display_from_json(const std::string& text) {
    DisplaySettings s;
    nlohmann::json o = nlohmann::json::parse(text, nullptr, false);
    if (!o.is_object()) return s;
    if (o.contains("theme") && o["theme"] == "high-contrast") s.theme = ThemeKind::high_contrast;
    if (o.contains("scale") && o["scale"].is_number_integer()) {
        int v = o["scale"].get<int>();
        for (int choice : kScaleChoices)
            if (v == choice) s.scale_percent = v;
    }
    return s;
}

DisplaySettings load_display(Platform& platform) {
    DisplaySettings s = display_from_json(platform.load(kDisplayKey));
    set_theme(s.theme);
    return s;
}

void save_display(Platform& platform, const DisplaySettings& s) {
    set_theme(s.theme);
    platform.store(kDisplayKey, display_json(s));
}

bool display_controls(DisplaySettings& s, float width) {
    bool changed = false;
    bool high = s.theme == ThemeKind::high_contrast;
    if (checkbox("High contrast", &high)) {
        s.theme = high ? ThemeKind::high_contrast : ThemeKind::standard;
        changed = true;
    }
    item_tooltip("Black text on white with strong edges; remembered in this browser");
    std::string preview = std::to_string(s.scale_percent) + "%";
    ImGui::SetNextItemWidth(width);
    if (begin_combo("Size", preview.c_str())) {
        for (int choice : kScaleChoices) {
            std::string label = std::to_string(choice) + "%";
            if (selectable(label.c_str(), choice == s.scale_percent) && choice != s.scale_percent) {
                s.scale_percent = choice;
                changed = true;
            }
        }
        end_combo();
    }
    item_tooltip("Makes everything larger, from 100%% to 200%%; remembered in this browser");
    return changed;
}

}  // namespace ft::ui
