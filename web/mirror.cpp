// The accessibility mirror's C side: hands ui/'s semantic nodes to web/mirror.js after frames that changed
// them, and takes focus, activation, text and Escape back into ui/ (see ui/shell/semantics.h).
//
// Off the idle path: nothing here runs unless a frame is drawn, and the DOM is touched only when the node
// list's revision moved or there is focus or an announcement to pass on.
//
// After the frame, not inside it: the DOM work (a few ms when a screen changes) runs in a task posted at the
// end of the frame, which the browser runs after painting it, so a click's result is on screen that much
// sooner. When another frame is already coming (the release after a press, the next wheel notch), the
// waiting update is left to that frame's, which describes both (its delta is against what the page was last
// sent, so nothing is lost). Nothing reads the page stale: a key, a focus change or an event on a mirror
// element brings a waiting update forward (mirror.js listens first, in the window's capture phase); clicks
// on the canvas do not need it.
#include <string>

#include <emscripten.h>

#include <imgui.h>

#include "runtime.h"
#include "shell/history.h"
#include "shell/semantics.h"

namespace ft::ui::fonts {
extern const unsigned char k_NotoSans_Regular[];
extern const std::size_t k_NotoSans_Regular_size;
}  // namespace ft::ui::fonts

EM_JS(void, ft_js_mirror_update, (int nodes_changed, unsigned focus_id, const char* announcements, float scale), {
    if (Module.ftMirror) Module.ftMirror.afterFrame(nodes_changed !== 0, focus_id >>> 0, UTF8ToString(announcements), scale);
});

EM_JS(void, ft_js_mirror_install, (const unsigned char* font, int font_len), {
    if (Module.ftMirror) Module.ftMirror.install(HEAPU8.slice(font, font + font_len));
});

// Posts the waiting update as a task of its own (mirror.js), which runs after the frame has been painted.
EM_JS(void, ft_js_mirror_post, (), {
    if (Module.ftMirror) Module.ftMirror.post();
});

// scripts/bench.sh adds the deferred update's time to the frame it belongs to; without the bench it does nothing.
EM_JS(void, ft_js_mirror_timed, (double ms), {
    if (window.ftOnMirror) window.ftOnMirror(ms);
});

EM_JS(int, ft_js_dom_has_focus, (), {
    return Module.ftMirror && Module.ftMirror.hasFocus() ? 1 : 0;
});

namespace ft::web {
namespace {
unsigned long g_rendered_revision = ~0ul;
float g_rendered_scale = 1.0f;
bool g_pending = false;     // a frame's update has not reached the page yet
}

void mirror_install() {
    ui::sem::set_dom_text_editing(true);
    ft_js_mirror_install(ui::fonts::k_NotoSans_Regular, int(ui::fonts::k_NotoSans_Regular_size));
}

void mirror_after_frame() {
    g_pending = true;
    // While a mouse button is down on the canvas the update waits for the release's frame: a press shows
    // only a pressed button, and its update would otherwise run just as the release arrives and hold up
    // the frame that shows the click's result. A key or focus change still brings it forward (mirror.js).
    for (bool down : ImGui::GetIO().MouseDown)
        if (down) return;
    ft_js_mirror_post();   // once: mirror.js keeps one task waiting at most
}

void mirror_flush() {
    if (!g_pending) return;
    g_pending = false;
    double start = emscripten_get_now();
    // A new size choice moves every rectangle on the page though no node changed.
    bool changed = ui::sem::revision() != g_rendered_revision || ui_scale() != g_rendered_scale;
    g_rendered_scale = ui_scale();
    // Several ImGui passes, or frames, may have published revisions since: the node list's delta is against
    // what the page was last sent (ui/shell/semantics.h), so it covers them all.
    unsigned focus = ui::sem::take_app_focus();
    std::string said = ui::sem::take_announcements_json();
    if (!changed && focus == 0 && said.empty()) return;
    g_rendered_revision = ui::sem::revision();
    ft_js_mirror_update(changed ? 1 : 0, focus, said.c_str(), ui_scale());
    ft_js_mirror_timed(emscripten_get_now() - start);
}

bool dom_has_focus() { return ft_js_dom_has_focus() != 0; }

}  // namespace ft::web

extern "C" {

// `soon`: the posted task after a frame, which yields to a frame already on its way; otherwise an event
// that needs the page as the last frame left it.
EMSCRIPTEN_KEEPALIVE void ft_mirror_flush(int soon) {
    if (soon && ft::web::frame_coming()) return;   // that frame posts again when it ends
    ft::web::mirror_flush();
}

// `taken`: the mirror is taking the list (its next delta is against it); ui.nodes() only reads.
EMSCRIPTEN_KEEPALIVE const char* ft_sem_nodes(int delta, int taken) {
    static std::string result;
    result = ft::ui::sem::nodes_json(delta != 0);
    if (taken) ft::ui::sem::mark_sent();
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE void ft_sem_focus(unsigned id) {
    ft::ui::sem::request_focus(id);
    ft::web::request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void ft_sem_activate(unsigned id) {
    ft::ui::sem::request_activate(id);
    ft::web::note_action();
    ft::web::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void ft_sem_text(unsigned id, const char* text) {
    ft::ui::sem::request_text(id, text);
    ft::web::note_action();
    ft::web::request_frames(2);
}

// The undo history's keys while a mirror element has the focus (ImGui never sees them then): 1 undo,
// 2 redo, 0 end the step being typed (Enter in a text field). See ui/shell/history.h.
EMSCRIPTEN_KEEPALIVE void ft_history(int action) {
    ft::ui::request_history(action == 1   ? ft::ui::HistoryRequest::undo
                            : action == 2 ? ft::ui::HistoryRequest::redo
                                          : ft::ui::HistoryRequest::commit);
    ft::web::note_action();
    ft::web::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void ft_sem_escape() {
    ft::ui::sem::request_escape();
    ft::web::note_action();
    ft::web::request_frames(2);
}

}  // extern "C"
