// The accessibility mirror's C side: hands ui/'s semantic nodes to web/mirror.js after frames that changed
// them, and takes focus, activation, text and Escape back into ui/ (see ui/shell/semantics.h).
//
// Off the idle path: nothing here runs unless a frame is drawn, and the DOM is touched only when the node
// list's revision moved or there is focus or an announcement to pass on.
#include <string>

#include <emscripten.h>

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

EM_JS(int, ft_js_dom_has_focus, (), {
    return Module.ftMirror && Module.ftMirror.hasFocus() ? 1 : 0;
});

namespace ft::web {
namespace {
unsigned long g_rendered_revision = ~0ul;
float g_rendered_scale = 1.0f;
bool g_send_full = false;   // the next node list the mirror asks for goes whole (see mirror_after_frame)
}

void mirror_install() {
    ui::sem::set_dom_text_editing(true);
    ft_js_mirror_install(ui::fonts::k_NotoSans_Regular, int(ui::fonts::k_NotoSans_Regular_size));
}

void mirror_after_frame() {
    // A new size choice moves every rectangle on the page though no node changed.
    bool changed = ui::sem::revision() != g_rendered_revision || ui_scale() != g_rendered_scale;
    g_rendered_scale = ui_scale();
    // Several ImGui passes in one drawn frame (main.cpp) can publish more than one revision; the delta list
    // only describes the last step, so the mirror is then sent every node in full.
    if (changed && g_rendered_revision != ~0ul && ui::sem::revision() - g_rendered_revision > 1) g_send_full = true;
    unsigned focus = ui::sem::take_app_focus();
    std::string said = ui::sem::take_announcements_json();
    if (!changed && focus == 0 && said.empty()) return;
    g_rendered_revision = ui::sem::revision();
    ft_js_mirror_update(changed ? 1 : 0, focus, said.c_str(), ui_scale());
}

bool dom_has_focus() { return ft_js_dom_has_focus() != 0; }

}  // namespace ft::web

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* ft_sem_nodes(int delta) {
    static std::string result;
    result = ft::ui::sem::nodes_json(delta != 0 && !ft::web::g_send_full);
    ft::web::g_send_full = false;
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE void ft_sem_focus(unsigned id) {
    ft::ui::sem::request_focus(id);
    ft::web::request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void ft_sem_activate(unsigned id) {
    ft::ui::sem::request_activate(id);
    ft::web::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void ft_sem_text(unsigned id, const char* text) {
    ft::ui::sem::request_text(id, text);
    ft::web::request_frames(2);
}

// The undo history's keys while a mirror element has the focus (ImGui never sees them then): 1 undo,
// 2 redo, 0 end the step being typed (Enter in a text field). See ui/shell/history.h.
EMSCRIPTEN_KEEPALIVE void ft_history(int action) {
    ft::ui::request_history(action == 1   ? ft::ui::HistoryRequest::undo
                            : action == 2 ? ft::ui::HistoryRequest::redo
                                          : ft::ui::HistoryRequest::commit);
    ft::web::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void ft_sem_escape() {
    ft::ui::sem::request_escape();
    ft::web::request_frames(2);
}

}  // extern "C"
