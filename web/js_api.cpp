// C exports behind window.fairterms (installed in web_platform.cpp). A C export with JSON strings costs
// about half of what embind would. Returned strings stay valid until the next call of the same export.
#include <string>
#include <string_view>

#include <emscripten.h>

#include "api.h"
#include "renderer.h"
#include "shell/item_log.h"
#include "runtime.h"

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* ft_api(const char* command, const char* input, int input_length, const char* format) {
    static std::string result;
    result = ft::api::run_json(command, std::string_view(input, std::size_t(input_length)), format);
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* ft_ui_items() {
    static std::string result;
    result = ft::ui::item_log_json(ft::web::ui_scale());
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE double ft_ui_frames() { return double(ft::web::frames_rendered()); }

EMSCRIPTEN_KEEPALIVE const char* ft_ui_workspace() {
    static std::string result;
    result = ft::web::app().workspace_json();
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* ft_ui_renderer() { return ft::web::renderer_json(); }

EMSCRIPTEN_KEEPALIVE double ft_ui_time_frame() { return ft::web::time_one_frame(); }

EMSCRIPTEN_KEEPALIVE const char* ft_ui_screen() { return ft::web::app().current_screen(); }

EMSCRIPTEN_KEEPALIVE void ft_file_opened(const char* purpose, const char* name, const char* data, int length) {
    ft::web::app().on_file_opened(purpose, name, std::string(data, std::size_t(length)));
    ft::web::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void ft_wake() { ft::web::request_frames(2); }

EMSCRIPTEN_KEEPALIVE void ft_canvas_cleared() { ft::web::canvas_cleared(); }

}  // extern "C"
