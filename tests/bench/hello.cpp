// The baseline for scripts/bench.sh: a bare Dear ImGui "hello" page built with the same toolchain, flags
// and WebGL2 backend as fairterms, so the start-up ratio measures what fairterms adds.
//
// It draws a frame at start and then one frame after each mouse event (the least any ImGui page can do),
// so the click-to-frame figure has a floor to compare with: a click's event to the end of the next frame.
// Like fairterms it calls window.ftOnFrame(start, end) after each frame when the bench has set it, and it
// puts its button's rectangle in window.ftBareButton for the bench to click.
// Without WebGL it draws with fairterms' Canvas 2D renderer (web/canvas2d_renderer.cpp), as fairterms does,
// so the bench can compare the two pages like with like on a machine with no GPU (window.ftBareRenderer).
// Its canvas holds as many pixels as it shows (CSS size x device pixel ratio), as fairterms' canvas and Dear
// ImGui's own Emscripten example (SDL sizes the canvas to its window) do. Left at the HTML default of 300 x 150
// and stretched, every frame of the baseline drew a twentieth of the pixels fairterms draws.
// Like fairterms it takes away the page's "Loading" cover once started. Left in place, the cover took the
// bench's presses (mousedown is heard on the canvas), so the baseline's clicks were releases alone: no press
// frame, no button pressed, and no release waiting behind a press's frame as fairterms' releases do.
#include <algorithm>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "canvas2d_renderer.h"

static long g_frames = 0;
static bool g_scheduled = false;
static int g_clicks = 0;
static bool g_canvas2d = false;
static double g_ratio = 1.0;   // device pixels per CSS pixel

EM_JS(void, hello_frame_done, (double start_ms, float x, float y, float w, float h), {
    window.ftBareButton = {x: x, y: y, w: w, h: h};
    if (window.ftOnFrame) window.ftOnFrame(start_ms, performance.now());
});

static EM_BOOL frame(double, void*) {
    g_scheduled = false;
    double start = emscripten_get_now();
    double w, h;
    emscripten_get_element_css_size("#canvas", &w, &h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(w), float(h));
    io.DisplayFramebufferScale = ImVec2(float(g_ratio), float(g_ratio));
    const int fb_w = int(w * g_ratio + 0.5), fb_h = int(h * g_ratio + 0.5);
    if (!g_canvas2d) ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    // A size of its own, so the window shows on the first frame (a new auto-sized window is hidden for one
    // frame while Dear ImGui measures it, and the baseline's first frame then drew nothing).
    ImGui::SetNextWindowPos(ImVec2(60, 60), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(320, 120), ImGuiCond_FirstUseEver);
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world");
    if (ImGui::Button("Click me")) ++g_clicks;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::Text("Clicked %d times", g_clicks);
    ImGui::End();
    ImGui::Render();
    if (g_canvas2d) {
        const float clear[3] = {0, 0, 0};
        ft::web::canvas2d::draw(ImGui::GetDrawData(), clear, fb_w, fb_h, false);
    } else {
        glViewport(0, 0, fb_w, fb_h);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    if (++g_frames == 1) EM_ASM({ window.fairtermsFirstFrameMs = performance.now(); });
    hello_frame_done(start, a.x, a.y, b.x - a.x, b.y - a.y);
    return EM_FALSE;
}

static void request_frame() {
    if (g_scheduled) return;
    g_scheduled = true;
    emscripten_request_animation_frame(frame, nullptr);
}

static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(float(e->clientX), float(e->clientY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN && e->button == 0) io.MouseDown[0] = true;
    if (type == EMSCRIPTEN_EVENT_MOUSEUP && e->button == 0) io.MouseDown[0] = false;
    request_frame();
    return EM_FALSE;
}

int main() {
    // The same first mark as fairterms (web/main.cpp), so the bench can set "page to main()" side by side.
    EM_ASM({ performance.mark('ft:main'); });
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    if (ctx > 0) {
        emscripten_webgl_make_context_current(ctx);
        ImGui_ImplOpenGL3_Init("#version 300 es");
        EM_ASM({ window.ftBareRenderer = 'webgl2'; });
    } else if (ft::web::canvas2d::start()) {
        g_canvas2d = true;
        ft::web::canvas2d::fonts_changed();
        EM_ASM({ window.ftBareRenderer = 'canvas2d'; });
    }
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    g_ratio = std::max(1.0, emscripten_get_device_pixel_ratio());
    emscripten_set_canvas_element_size("#canvas", int(css_w * g_ratio + 0.5), int(css_h * g_ratio + 0.5));
    EM_ASM({ var cover = document.getElementById('loading'); if (cover) cover.remove(); });
    emscripten_set_mousedown_callback("#canvas", nullptr, EM_FALSE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
    request_frame();
    return 0;
}
