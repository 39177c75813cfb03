// How the app is shown, as the person chose it: the colour theme (standard or high contrast) and the size of
// everything (100% to 200%). Kept in the browser's storage apart from the workspace (it belongs to the person
// at this computer, not to the work), and restored at start.
#pragma once

#include <string>

#include "shell/platform.h"
#include "shell/theme.h"

namespace ft::ui {

struct DisplaySettings {
    ThemeKind theme = ThemeKind::standard;
    int scale_percent = 100;   // 100, 125, 150, 175 or 200

    float scale() const { return float(scale_percent) / 100.0f; }
};

inline constexpr int kScaleChoices[] = {100, 125, 150, 175, 200};

// Reads the saved settings (defaults when there are none or they cannot be read) and applies the theme.
DisplaySettings load_display(Platform& platform);
// Applies the theme and keeps the settings.
void save_display(Platform& platform, const DisplaySettings& settings);
// The settings as stored ({"theme":"high-contrast","scale":150}), and back; unknown values fall back to defaults.
std::string display_json(const DisplaySettings& settings);
DisplaySettings display_from_json(const std::string& text);

// "High contrast" and "Size" controls; true when the person changed one.
bool display_controls(DisplaySettings& settings, float width);

}  // namespace ft::ui
