// The baseline for scripts/bench.sh: a bare Dear ImGui "hello" page built with the same toolchain, flags
// and WebGL2 backend as fairterms, so the start-up ratio measures what fairterms adds.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

static long g_frames = 0;

static EM_BOOL frame(double, void*) {
    double w, h;
    emscripten_get_element_css_size("#canvas", &w, &h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(w), float(h));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, int(w), int(h));
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (++g_frames == 1) EM_ASM({ window.fairtermsFirstFrameMs = performance.now(); });
    return EM_FALSE;   // one frame: the baseline measures start-up only
}

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    emscripten_webgl_make_context_current(emscripten_webgl_create_context("#canvas", &attrs));
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_request_animation_frame(frame, nullptr);
    return 0;
}
