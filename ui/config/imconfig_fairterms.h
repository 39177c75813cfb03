// fairterms build options for Dear ImGui (included by imgui.h through IMGUI_USER_CONFIG).
#pragma once

// Item hooks: every widget's rectangle, label and status reach ui/shell/item_log.cpp each frame. They feed
// window.fairterms.ui.items(), which browser tests use to find "the button labelled X".
#define IMGUI_ENABLE_TEST_ENGINE

// The product never shows Dear ImGui's demo window and uses only current APIs.
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
