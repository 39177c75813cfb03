// The browser entry point: the JS API, a renderer (renderer.h), a HiDPI canvas, and a frame loop that
// renders only on demand.
//
// Quirks handled here:
// - window.fairterms is installed before any renderer is tried, so the JS API works in a browser that
//   can draw nothing at all (no WebGL and no Canvas 2D); the page then says why instead of the app.
// - Emscripten 3.1.6's GLFW has no HiDPI and busy-renders; fairterms uses html5.h directly instead. The
//   canvas backing store is sized to CSS size x devicePixelRatio, ImGui works in CSS pixels
//   (DisplaySize) with DisplayFramebufferScale = ratio, and fonts are rasterised at the ratio (ui/shell/theme.cpp).
//   A ratio change (browser zoom, moving to another screen) rebuilds the font texture.
// - No busy loop: a frame is drawn in a requestAnimationFrame callback only after input, a resize or a
//   timer the app asked for. Idle, the page draws nothing (window.fairterms.ui.frames() stays still).
//   The text caret does not blink, so a focused text field needs no frames either.
// - A pass that would draw exactly what the canvas already shows is not handed to the renderer
//   (frame_change.h): the browser then neither rasterises nor composites the canvas again.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <imgui.h>

#include "frame_change.h"
#include "renderer.h"
#include "screens/screens.h"
#include "shell/app.h"
#include "shell/item_log.h"
#include "shell/keys.h"
#include "shell/scroll_chain.h"
#include "runtime.h"
#include "web_platform.h"

namespace ft::web {
namespace {

struct Runtime {
    WebPlatform platform;
    std::unique_ptr<ui::App> app;
    double css_w = 0, css_h = 0;
    float ratio = 0;
    int frames_wanted = 0;
    bool frame_scheduled = false;
    long timer = 0;
    double last_frame_ms = 0;
    long frames = 0;
    // Where the last drawn frame's main-thread time went (emscripten_get_now() ms), for scripts/bench.sh:
    // the ImGui passes (our UI code), posting the accessibility mirror's update (which runs after the paint
    // and reports its own time, mirror.cpp), and the renderer's submission.
    double ui_end = 0, mirror_end = 0, draw_end = 0;
    bool action_noted = false;   // note_action(): the next frame runs the settling pass after an action
    // What the canvas shows (frame_change.h): a pass whose draw data matches it is not drawn again.
    std::uint64_t drawn_fingerprint = 0;
    bool canvas_stale = true;   // cleared by a resize, or the font texture replaced: the next pass draws
    int settle_passes = 0;      // passes added because the last asked-for one still changed something
    long drawn = 0;             // frames handed to the renderer (g.frames counts every pass)
};
Runtime g;

// Clipboard hooks for ImGui (io.SetClipboardTextFn / GetClipboardTextFn).
std::string g_clipboard_cache;
const char* get_clipboard(void*) {
    g_clipboard_cache = g.platform.clipboard();
    return g_clipboard_cache.c_str();
}
void set_clipboard(void*, const char* text) { g.platform.set_clipboard(text); }

// The person's size choice (100% to 200%) works like the browser's zoom: ImGui lays out a window that many times
// smaller and draws it that many times larger, so every screen reflows; fonts are rasterised at the final
// density (device pixels), so text stays crisp. Rectangles given to the page (mirror, ui.items()) are scaled back.
float g_scale = 1.0f;
void fonts_for_scale() {
    g.app->set_pixel_ratio(g.ratio * g_scale);
    renderer_fonts_changed();
    g.canvas_stale = true;
}

// Matches the canvas backing store to its CSS size times the device pixel ratio; reloads fonts on a new ratio.
void fit_canvas() {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    float ratio = float(std::max(1.0, emscripten_get_device_pixel_ratio()));
    g.css_w = w;
    g.css_h = h;
    emscripten_set_canvas_element_size("#canvas", int(std::lround(w * ratio)), int(std::lround(h * ratio)));
    g.canvas_stale = true;   // setting a canvas's size clears it, even to the same size
    if (ratio != g.ratio) {
        g.ratio = ratio;
        fonts_for_scale();
    }
}

// Input queued faster than frames (a press and release between two animation frames, as a quick tap or a
// test makes) needs one ImGui pass per change: ImGui 1.86 samples each button once per pass. Those passes
// run back to back here and only the last is drawn, so a click's result is on screen in the first frame
// after it rather than two or three frames later (issue 14). A few passes at most; the rest waits.
constexpr int kMaxPassesPerFrame = 4;

// Runs the ImGui passes for one animation frame and draws the result when it differs from what the canvas
// shows (or `force`). Returns whether it drew.
bool draw_frame(double now_ms, bool force) {
    ImGuiIO& io = ImGui::GetIO();
    if (g.app->ui_scale() != g_scale) {
        g_scale = g.app->ui_scale();
        fonts_for_scale();
    }
    // A mirror update still waiting from the last frame is not sent first: this frame's supersedes it.
    // A click or key changes the app in the pass that sees it, but what depends on it was usually drawn earlier
    // in that pass (the header's Undo, say), so it shows in the pass after. That pass runs here, undrawn passes
    // being cheap, rather than an animation frame later (issue 14), unless the app says the pass that acted
    // showed everything (App::shown_in_full(): a change of screen from the navigation).
    bool more_input = true, unsettled = false;
    for (int pass = 0; (more_input || unsettled) && pass < kMaxPassesPerFrame; ++pass) {
        bool acted = pass == 0 && g.action_noted;
        more_input = apply_queued_input(acted);
        io.DisplaySize = ImVec2(float(g.css_w) / g_scale, float(g.css_h) / g_scale);
        io.DisplayFramebufferScale = ImVec2(g.ratio * g_scale, g.ratio * g_scale);
        // After an idle spell the gap can be minutes; ImGui only needs a positive, plausible step.
        io.DeltaTime = pass ? 1.0f / 1000.0f : float(std::clamp((now_ms - g.last_frame_ms) / 1000.0, 1.0 / 1000.0, 0.25));
        g.last_frame_ms = now_ms;

        renderer_new_frame();
        ui::pass_wheel_at_scroll_ends();
        ImGui::NewFrame();
        g.app->frame();
        ImGui::Render();
        ui::item_log_end_frame();
        unsettled = acted && !g.app->shown_in_full();   // so the next pass, the one that shows the action, runs too
    }
    g.action_noted = false;
    ui::theme_draw_data(ImGui::GetDrawData());   // the high-contrast theme recolours the drawn (last) pass
    g.ui_end = emscripten_get_now();
    mirror_after_frame();
    g.mirror_end = emscripten_get_now();

    std::uint64_t fingerprint = draw_data_fingerprint(ImGui::GetDrawData());
    bool draw = force || g.canvas_stale || fingerprint != g.drawn_fingerprint;
    if (draw) {
        int fb_w = int(std::lround(g.css_w * g.ratio)), fb_h = int(std::lround(g.css_h * g.ratio));
        renderer_draw(ImGui::GetDrawData(), fb_w, fb_h, force || g.canvas_stale);
        g.drawn_fingerprint = fingerprint;
        g.canvas_stale = false;
        ++g.drawn;
    }
    g.draw_end = emscripten_get_now();
    ++g.frames;
    if (more_input) g.frames_wanted = std::max(g.frames_wanted, 2);
    return draw;
}

// When the last pass asked for still changed the picture (or ImGui is sizing a hidden window), a pass
// more, a few times at most, so what settles a frame late is not left undrawn.
constexpr int kMaxSettlePasses = 2;

void on_timer(void*) {
    g.timer = 0;
    request_frames(1);
}

// Records when the first frame was drawn, for scripts/bench.sh (performance.now() milliseconds).
EM_JS(void, ft_js_mark_first_frame, (), { window.fairtermsFirstFrameMs = performance.now(); });
// scripts/bench.sh times each frame's main-thread work through this hook; without the bench it does nothing.
// The third argument splits the frame: ui (ImGui passes), mirror, draw (renderer submission), in ms, and
// says whether the frame was drawn at all (a pass that changed nothing on screen is not; see frame_change.h).
EM_JS(void, ft_js_frame_drawn, (double start_ms, double ui_end, double mirror_end, double draw_end, int drawn), {
    if (window.ftOnFrame) window.ftOnFrame(start_ms, performance.now(),
        {ui: ui_end - start_ms, mirror: mirror_end - ui_end, draw: draw_end - mirror_end, drawn: drawn !== 0});
});

EM_BOOL on_animation_frame(double now_ms, void*) {
    g.frame_scheduled = false;
    double start_ms = emscripten_get_now();
    bool drew = draw_frame(now_ms, false);
    if (g.drawn == 1 && drew) ft_js_mark_first_frame();
    ft_js_frame_drawn(start_ms, g.ui_end, g.mirror_end, g.draw_end, drew ? 1 : 0);
    bool again = --g.frames_wanted > 0;
    if (!again && (drew || imgui_settling()) && g.settle_passes < kMaxSettlePasses) {
        ++g.settle_passes;
        g.frames_wanted = 1;
        again = true;
    }
    if (again) {
        // A request made during this frame (the mirror's callbacks run inside it) has already scheduled the
        // next one; a second requestAnimationFrame would run two passes back to back in the same tick.
        if (!g.frame_scheduled) {
            g.frame_scheduled = true;
            emscripten_request_animation_frame(on_animation_frame, nullptr);
        }
        return EM_FALSE;
    }
    g.settle_passes = 0;
    double wait = g.app->wants_frame_within_ms();
    if (wait >= 0 && g.timer == 0) g.timer = emscripten_set_timeout(on_timer, wait, nullptr);
    return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    fit_canvas();
    request_frames(2);
    return EM_FALSE;
}

}  // namespace

ui::App& app() { return *g.app; }
float ui_scale() { return g_scale; }
long frames_rendered() { return g.frames; }
bool frame_coming() { return g.frame_scheduled; }
void note_action() { g.action_noted = true; }

double time_one_frame() {
    if (renderer_kind() == RendererKind::none) return -1;
    double start = emscripten_get_now();
    draw_frame(start, true);
    mirror_flush();   // a whole frame's cost includes the page's update, though users get it after the paint
    renderer_finish();
    return emscripten_get_now() - start;
}

void canvas_cleared() {
    g.canvas_stale = true;
    request_frames(2);
}

void request_frames(int n) {
    if (renderer_kind() == RendererKind::none) return;   // nothing can be drawn; the page says why
    g.frames_wanted = std::max(g.frames_wanted, n);
    g.settle_passes = 0;
    if (!g.frame_scheduled) {
        g.frame_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

}  // namespace ft::web

// Quirk: the loading message lives in shell.html; it is removed once the first frame is drawn.
EM_JS(void, ft_js_hide_loading, (), {
    var el = document.getElementById("loading");
    if (el) el.remove();
});

// Marks start-up phases on the page's performance timeline (scripts/bench.sh reads them).
EM_JS(void, ft_js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });

// Quirk: with nothing to draw with, the loading message becomes the explanation. The JS API stays.
EM_JS(void, ft_js_explain_no_renderer, (), {
    var el = document.getElementById("loading");
    if (el) el.innerHTML = '<div class="brand">fairterms</div>' +
        '<p class="error">fairterms cannot draw in this browser: WebGL and Canvas 2D drawing are both turned off.</p>' +
        '<p class="small">Try an up-to-date Chrome, Edge or Firefox, or ask your IT team whether graphics in the ' +
        'browser are switched off. The JavaScript interface (window.fairterms) still works.</p>';
});

int main() {
    using namespace ft::web;
    ft_js_mark("ft:main");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;   // no imgui.ini: window layout is fixed and the file system is virtual
    // Keyboard focus is the browser's (Tab through the accessibility mirror), not ImGui's own navigation.
    io.ConfigInputTextCursorBlink = false;
    io.BackendPlatformName = "fairterms_web";
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.ConfigMacOSXBehaviors = EM_ASM_INT({ return /Mac|iPhone|iPad/.test(navigator.platform) ? 1 : 0; }) != 0;
    ft::ui::use_named_key_slots();
    ft::ui::item_log_enable();

    g.app = std::make_unique<ft::ui::App>(g.platform, ft::ui::make_all_screens());
    install_page_hooks();
    ft_js_mark("ft:screens");
    if (!start_renderer()) {
        g.app->restore_autosave();   // so ui.workspace() tells the truth
        ft_js_explain_no_renderer();
        return 0;
    }
    ft_js_mark("ft:gl");
    fit_canvas();   // sizes the canvas's pixels and rasterises the fonts at its density
    ft_js_mark("ft:fonts");
    g.app->restore_autosave();
    ft_js_mark("ft:restored");

    install_input_callbacks();
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    mirror_install();
    request_frames(2);
    ft_js_hide_loading();
    return 0;
}
