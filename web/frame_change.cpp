#include "frame_change.h"

#include <cstring>

#include <imgui_internal.h>

namespace ft::web {
namespace {

// 64-bit FNV-1a over 64-bit words (the bulk of the data) and 32-bit words: the chance of two different
// frames colliding is negligible. Eight bytes a step, not four: the capped workspace's screens hash about a
// megabyte of vertices a frame, and the step's multiply is the whole cost (issue 14).
struct Hash {
    std::uint64_t h = 1469598103934665603ull;
    void word(std::uint64_t w) { h = (h ^ w) * 1099511628211ull; }
    void bytes(const void* p, std::size_t n) {
        const unsigned char* b = static_cast<const unsigned char*>(p);
        std::size_t words = n / 8;
        for (std::size_t i = 0; i < words; ++i) {
            std::uint64_t w;
            std::memcpy(&w, b + i * 8, 8);
            word(w);
        }
        for (std::size_t i = words * 8; i < n; ++i) word(b[i]);
        word(std::uint64_t(n));
    }
    void f(float v) {
        std::uint32_t w;
        std::memcpy(&w, &v, 4);
        word(w);
    }
};

}  // namespace

std::uint64_t draw_data_fingerprint(const ImDrawData* data) {
    Hash hash;
    if (data == nullptr || !data->Valid) return 0;
    hash.f(data->DisplayPos.x);
    hash.f(data->DisplayPos.y);
    hash.f(data->DisplaySize.x);
    hash.f(data->DisplaySize.y);
    hash.f(data->FramebufferScale.x);
    hash.f(data->FramebufferScale.y);
    hash.word(std::uint32_t(data->CmdListsCount));
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        hash.bytes(list->VtxBuffer.Data, std::size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        hash.bytes(list->IdxBuffer.Data, std::size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            hash.f(cmd.ClipRect.x);
            hash.f(cmd.ClipRect.y);
            hash.f(cmd.ClipRect.z);
            hash.f(cmd.ClipRect.w);
            hash.word(std::uint32_t(reinterpret_cast<std::uintptr_t>(cmd.TextureId)));
            hash.word(cmd.VtxOffset);
            hash.word(cmd.IdxOffset);
            hash.word(cmd.ElemCount);
            hash.word(cmd.UserCallback != nullptr ? 1u : 0u);
        }
    }
    return hash.h;
}

bool imgui_settling() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    for (const ImGuiWindow* w : g.Windows)
        if (w->Active && (w->HiddenFramesCanSkipItems > 0 || w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesForRenderOnly > 0))
            return true;
    return false;
}

}  // namespace ft::web
