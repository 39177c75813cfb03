#include "renderer.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <backends/imgui_impl_opengl3.h>

#include "canvas2d_renderer.h"
#include "shell/theme.h"

namespace ft::web {
namespace {

RendererKind g_kind = RendererKind::none;

// Every frame starts from the page background of the theme on show (#F0F4F5, white in high contrast). The
// app's root window and content area draw no background of their own over it (ui/shell/app.cpp): at a
// pixel ratio of 2 each full-canvas fill costs Canvas 2D 1 to 2 ms of rasterising (issue 14).
unsigned g_last_clear = 0;

bool start_webgl(int major) {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = major;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;   // ImGui anti-aliases its own shapes
    attrs.preserveDrawingBuffer = EM_TRUE;   // the last frame stays on screen while idle (and for screenshots)
    // Emscripten's default enables every extension the browser offers (about 30), which took 25 to 50 ms of
    // start-up with software WebGL (issue 14). ImGui's backend needs one, and only on WebGL 1: vertex array
    // objects, native in WebGL 2.
    attrs.enableExtensionsByDefault = EM_FALSE;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);
    if (major == 1 && !emscripten_webgl_enable_extension(ctx, "OES_vertex_array_object")) {
        emscripten_webgl_make_context_current(0);
        emscripten_webgl_destroy_context(ctx);
        return false;
    }
    // ImGui's OpenGL3 backend is built in its ES 2 mode on Emscripten (vertex arrays through the OES
    // extension, which WebGL 2 has natively), so one build serves both: only the GLSL dialect differs.
    return ImGui_ImplOpenGL3_Init(major == 2 ? "#version 300 es" : "#version 100");
}

}  // namespace

bool start_renderer() {
    if (start_webgl(2)) g_kind = RendererKind::webgl2;
    else if (start_webgl(1)) g_kind = RendererKind::webgl1;
    else if (canvas2d::start()) g_kind = RendererKind::canvas2d;
    else g_kind = RendererKind::none;
    return g_kind != RendererKind::none;
}

RendererKind renderer_kind() { return g_kind; }

ui::RendererDescription renderer_description() {
    switch (g_kind) {
    case RendererKind::webgl2: return {"WebGL 2", "the browser offers WebGL 2"};
    case RendererKind::webgl1: return {"WebGL 1", "WebGL 2 is unavailable in this browser"};
    case RendererKind::canvas2d: return {"Canvas 2D", "WebGL 2 and WebGL 1 are unavailable in this browser"};
    case RendererKind::none: break;
    }
    return {"nothing", "WebGL 2, WebGL 1 and Canvas 2D are all unavailable in this browser"};
}

const char* renderer_json() {
    // The reasons are fixed text with nothing to escape.
    switch (g_kind) {
    case RendererKind::webgl2: return R"({"name":"webgl2","reason":"the browser offers WebGL 2"})";
    case RendererKind::webgl1: return R"({"name":"webgl1","reason":"WebGL 2 is unavailable in this browser"})";
    case RendererKind::canvas2d:
        return R"({"name":"canvas2d","reason":"WebGL 2 and WebGL 1 are unavailable in this browser"})";
    case RendererKind::none: break;
    }
    return R"({"name":"none","reason":"WebGL 2, WebGL 1 and Canvas 2D are all unavailable in this browser"})";
}

void renderer_fonts_changed() {
    if (g_kind == RendererKind::canvas2d) {
        canvas2d::fonts_changed();
    } else if (g_kind != RendererKind::none) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
}

void renderer_new_frame() {
    if (g_kind == RendererKind::webgl2 || g_kind == RendererKind::webgl1) ImGui_ImplOpenGL3_NewFrame();
}

void renderer_draw(ImDrawData* data, int fb_w, int fb_h, bool whole) {
    const unsigned bg = ui::themed(ui::colour::kBackground);
    const float clear[3] = {float((bg >> 16) & 0xFF) / 255.0f, float((bg >> 8) & 0xFF) / 255.0f, float(bg & 0xFF) / 255.0f};
    whole = whole || bg != g_last_clear;   // the background is not in the draw lists: a new one is a new canvas
    g_last_clear = bg;
    if (g_kind == RendererKind::canvas2d) {
        canvas2d::draw(data, clear, fb_w, fb_h, whole);
    } else if (g_kind != RendererKind::none) {
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(clear[0], clear[1], clear[2], 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(data);
    }
}

void renderer_finish() {
    if (g_kind == RendererKind::canvas2d) {
        canvas2d::finish();
    } else if (g_kind != RendererKind::none) {
        unsigned char pixel[4];
        glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);   // returns only once the GPU is done
    }
}

}  // namespace ft::web
