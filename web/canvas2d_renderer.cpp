#include "canvas2d_renderer.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include <emscripten.h>

#include "canvas2d_damage.h"

// The JS half lives in canvas2d.js (linked with --pre-js), as one object, ftCanvas2D.
EM_JS(int, ft_js_canvas2d_start, (), { return ftCanvas2D.start(document.getElementById("canvas")) ? 1 : 0; });
EM_JS(void, ft_js_canvas2d_atlas, (const unsigned char* alpha, int w, int h), { ftCanvas2D.setAtlas(alpha, w, h); });
// dirty: four ints, the device-pixel rectangle x0 y0 x1 y1 to redraw (canvas2d_damage.h).
EM_JS(void, ft_js_canvas2d_draw, (const std::int32_t* stream, int words, float scale, float white_u, float white_v, int clear_rgb,
                                  const int* dirty), { ftCanvas2D.draw(stream, words, scale, white_u, white_v, clear_rgb, dirty); });
EM_JS(void, ft_js_canvas2d_finish, (), { ftCanvas2D.finish(); });

namespace ft::web::canvas2d {
namespace {

// The frame's draw data as one stream of 32-bit words, read by ftCanvas2D.draw(). Per draw list:
//   vertex pointer, index pointer, command count,
// then per command: clip rectangle x0 y0 x1 y1 (floats, display pixels), element count, index offset,
//   vertex offset, texture (1 = font atlas).
// ImDrawVert is pos (2 floats), uv (2 floats), col (ABGR u32): 5 words. Indices are 16-bit.
static_assert(sizeof(ImDrawVert) == 20, "canvas2d.js reads 5-word vertices");
static_assert(sizeof(ImDrawIdx) == 2, "canvas2d.js reads 16-bit indices");
constexpr int kCommandWords = 8;

std::vector<std::int32_t> g_stream;
Damage g_damage;

void put_float(float f) {
    std::int32_t w;
    std::memcpy(&w, &f, sizeof w);
    g_stream.push_back(w);
}

void put_int(std::intptr_t v) { g_stream.push_back(std::int32_t(v)); }

}  // namespace

bool start() {
    if (ft_js_canvas2d_start() == 0) return false;
    // The JS draw honours ImDrawCmd::VtxOffset, so large lists need not be split.
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    ImGui::GetIO().BackendRendererName = "fairterms_canvas2d";
    return true;
}

void fonts_changed() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&alpha, &w, &h);
    ft_js_canvas2d_atlas(alpha, w, h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(std::intptr_t(1)));
    g_damage.forget();   // the glyphs on the canvas are the old atlas's
    // Canvas 2D cannot interpolate vertex colours, and ImGui's anti-aliasing is a 1-pixel fringe of
    // vertices fading to transparent. Without it every triangle has one colour, and the canvas's own
    // path anti-aliasing smooths the edges instead. (App::set_pixel_ratio resets the style, hence here.)
    ImGuiStyle& style = ImGui::GetStyle();
    style.AntiAliasedFill = false;
    style.AntiAliasedLines = false;
    style.AntiAliasedLinesUseTex = false;
}

void draw(ImDrawData* data, const float clear_rgb[3], int fb_w, int fb_h, bool whole) {
    if (whole) g_damage.forget();
    const DeviceRect dirty = g_damage.next(data, fb_w, fb_h);
    if (dirty.empty()) return;   // the canvas already shows this frame (and what is kept matches it)
    g_stream.clear();
    ImVec2 origin = data->DisplayPos;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        put_int(reinterpret_cast<std::intptr_t>(list->VtxBuffer.Data));
        put_int(reinterpret_cast<std::intptr_t>(list->IdxBuffer.Data));
        std::size_t count_at = g_stream.size();
        put_int(0);
        int commands = 0;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            // fairterms adds no draw callbacks; ImGui's own "reset render state" marker needs nothing here.
            if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) continue;
            put_float(cmd.ClipRect.x - origin.x);
            put_float(cmd.ClipRect.y - origin.y);
            put_float(cmd.ClipRect.z - origin.x);
            put_float(cmd.ClipRect.w - origin.y);
            put_int(std::intptr_t(cmd.ElemCount));
            put_int(std::intptr_t(cmd.IdxOffset));
            put_int(std::intptr_t(cmd.VtxOffset));
            put_int(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
            ++commands;
        }
        g_stream[count_at] = commands;
    }
    static_assert(kCommandWords == 8, "the stream layout above");
    ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    int rgb = (int(clear_rgb[0] * 255.0f + 0.5f) << 16) | (int(clear_rgb[1] * 255.0f + 0.5f) << 8) | int(clear_rgb[2] * 255.0f + 0.5f);
    const int rect[4] = {dirty.x0, dirty.y0, dirty.x1, dirty.y1};
    ft_js_canvas2d_draw(g_stream.data(), int(g_stream.size()), data->FramebufferScale.x, white.x, white.y, rgb, rect);
    g_damage.keep(data, fb_w, fb_h);   // drawn: the lists' buffers are now what the canvas shows
}

void finish() { ft_js_canvas2d_finish(); }

}  // namespace ft::web::canvas2d
