#include "shell/item_log.h"

#include <cstdarg>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

namespace ft::ui {
namespace {

std::vector<LoggedItem> g_building;    // items of the frame being drawn
std::vector<LoggedItem> g_published;   // items of the last finished frame

bool visible_in_window(const ImRect& bb, const ImGuiWindow* window) {
    return window && bb.Overlaps(window->ClipRect) && bb.GetWidth() > 0 && bb.GetHeight() > 0;
}

}  // namespace

void item_log_enable() { ImGui::GetCurrentContext()->TestEngineHookItems = true; }

void item_log_end_frame() {
    g_published.clear();
    for (auto& it : g_building)
        if (!it.label.empty()) g_published.push_back(std::move(it));
    g_building.clear();
}

const std::vector<LoggedItem>& item_log_items() { return g_published; }

std::string item_log_json(float scale) {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& it : g_published) {
        arr.push_back({{"label", it.label}, {"id", it.id}, {"window", it.window}, {"x", it.x * scale}, {"y", it.y * scale},
                       {"w", it.w * scale}, {"h", it.h * scale}, {"flags", it.flags}});
    }
    return arr.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace ft::ui

// ---- Dear ImGui test-engine hooks (declared in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE) ----------

// Called for every item submitted; the rectangle is only kept if a labelled ItemInfo follows for the same id.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    ImGuiWindow* window = ctx->CurrentWindow;
    if (!ft::ui::visible_in_window(bb, window)) return;
    ft::ui::LoggedItem item;
    item.id = id;
    item.window = window->Name;
    ImRect clipped = bb;
    clipped.ClipWith(window->ClipRect);
    item.x = clipped.Min.x;
    item.y = clipped.Min.y;
    item.w = clipped.GetWidth();
    item.h = clipped.GetHeight();
    ft::ui::g_building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    // ItemInfo follows the ItemAdd of the same item, so the match is nearly always the last entry.
    for (auto it = ft::ui::g_building.rbegin(); it != ft::ui::g_building.rend(); ++it) {
        if (it->id != id) continue;
        const char* end = ImGui::FindRenderedTextEnd(label);
        it->label.assign(label, end);
        it->flags = flags;
        return;
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    for (const auto& it : ft::ui::g_published)
        if (it.id == id) return it.label.c_str();
    return nullptr;
}
