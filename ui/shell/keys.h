// Key slots shared by every platform layer.
//
// Dear ImGui 1.86 reads keys through io.KeyMap (ImGuiKey -> slot in io.KeysDown). fairterms uses the
// ImGuiKey value itself as the slot, so a platform layer writes io.KeysDown[ImGuiKey_Tab] and tests do the same.
#pragma once

#include <imgui.h>

namespace ft::ui {

inline void use_named_key_slots() {
    ImGuiIO& io = ImGui::GetIO();
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
}

}  // namespace ft::ui
