// DOM input -> Dear ImGui 1.86, replacing Emscripten's GLFW emulation (which lacks HiDPI, clipboard and
// sane wheel deltas in 3.1.6).
//
// Quirks handled here:
// - A fast click (mouse down and up between two animation frames, as a test or a touch tap produces) would
//   be invisible to ImGui 1.86, which samples button state once per frame. Events are therefore queued and
//   a frame applies at most one change per button or key; the rest wait for the next frame.
// - Wheel deltas come in pixels, lines or pages depending on browser and device; they are normalised to
//   about one unit per notch, with the DOM's downward-positive sign flipped for ImGui.
// - Text arrives with keydown's `key` (one character). AltGr reports Ctrl+Alt on Windows, so Ctrl+Alt still
//   types. No IME: composed input (e.g. Chinese) is not supported.
// - Ctrl/Cmd+C, X and V are left to the browser so its copy and paste events fire (see web_platform.cpp).
// - Positions are CSS pixels (the canvas fills the window at 0,0), the same units as ImGui's display size.
#include <cfloat>
#include <cstring>
#include <deque>

#include <emscripten/html5.h>
#include <imgui.h>

#include "runtime.h"

namespace ft::web {
namespace {

struct Event {
    enum Kind { mouse_pos, mouse_button, wheel, key, text, release_all } kind;
    float x = 0, y = 0;
    int code = 0;        // button index or ImGuiKey
    bool down = false;
    bool ctrl = false, shift = false, alt = false, super = false;
    char chars[8] = {};
};

std::deque<Event> g_queue;

void push(const Event& e) {
    g_queue.push_back(e);
    request_frames(3);
}

int imgui_button(unsigned short dom_button) {
    switch (dom_button) {
        case 0: return 0;   // left
        case 1: return 2;   // middle
        case 2: return 1;   // right
        default: return -1;
    }
}

int imgui_key(const EmscriptenKeyboardEvent* e) {
    struct { const char* name; int key; } static const named[] = {
        {"Tab", ImGuiKey_Tab},         {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},       {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert},   {"Delete", ImGuiKey_Delete},       {"Backspace", ImGuiKey_Backspace},
        {" ", ImGuiKey_Space},         {"Enter", ImGuiKey_Enter},         {"Escape", ImGuiKey_Escape},
    };
    for (const auto& n : named)
        if (std::strcmp(e->key, n.name) == 0) return std::strcmp(e->code, "NumpadEnter") == 0 ? ImGuiKey_KeyPadEnter : n.key;
    // Shortcut letters follow the keyboard layout's letter, so Ctrl+Z is undo on AZERTY too.
    if (std::strlen(e->key) == 1) {
        switch (e->key[0] | 0x20) {
            case 'a': return ImGuiKey_A;
            case 'c': return ImGuiKey_C;
            case 'v': return ImGuiKey_V;
            case 'x': return ImGuiKey_X;
            case 'y': return ImGuiKey_Y;
            case 'z': return ImGuiKey_Z;
            default: break;
        }
    }
    return -1;
}

// One user-perceived character: a single UTF-8 code point such as "a", "£" or "€".
bool is_single_character(const char* s) {
    std::size_t n = std::strlen(s);
    if (n == 0 || n > 4) return false;
    unsigned char c = static_cast<unsigned char>(s[0]);
    std::size_t expect = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    return expect == n && c >= 0x20 && c != 0x7F;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    Event ev{Event::mouse_pos};
    ev.x = float(e->clientX);
    ev.y = float(e->clientY);
    push(ev);
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int b = imgui_button(e->button);
        if (b < 0) return EM_FALSE;
        Event be{Event::mouse_button};
        be.code = b;
        be.down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
        push(be);
        // Keep the page's own text selection and focus out of the canvas's way on press.
        return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_TRUE : EM_FALSE;
    }
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    Event ev{Event::mouse_pos};
    ev.x = -FLT_MAX;
    ev.y = -FLT_MAX;
    push(ev);
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    double scale = 1.0;
    switch (e->deltaMode) {
        case DOM_DELTA_PIXEL: scale = 1.0 / 100.0; break;   // about 100 px per notch in Chromium
        case DOM_DELTA_LINE: scale = 1.0 / 3.0; break;      // 3 lines per notch in Firefox
        default: scale = 1.0; break;                        // pages
    }
    Event ev{Event::wheel};
    ev.x = float(-e->deltaX * scale);
    ev.y = float(-e->deltaY * scale);
    push(ev);
    return EM_TRUE;   // the page itself never scrolls; ImGui does
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    // A focused DOM element (mirror control, text editor, skip link) consumes its keys; ImGui must not also
    // act on them. Tab always belongs to the browser, which moves focus through the mirror in visual order.
    const bool dom = dom_has_focus();
    if (std::strcmp(e->key, "Tab") == 0 || (down && dom)) return EM_FALSE;
    Event ev{Event::key};
    ev.ctrl = e->ctrlKey;
    ev.shift = e->shiftKey;
    ev.alt = e->altKey;
    ev.super = e->metaKey;
    ev.code = imgui_key(e);
    ev.down = down;
    bool command = e->ctrlKey || e->metaKey;
    bool clipboard_shortcut = command && ev.code >= 0 &&
                              (ev.code == ImGuiKey_C || ev.code == ImGuiKey_V || ev.code == ImGuiKey_X);
    push(ev);
    bool typed = false;
    if (down && is_single_character(e->key) && (!command || (e->ctrlKey && e->altKey))) {
        Event t{Event::text};
        std::strncpy(t.chars, e->key, sizeof t.chars - 1);
        push(t);
        typed = true;
    }
    if (clipboard_shortcut) return EM_FALSE;
    // A key released over a focused DOM control still reaches ImGui (no key stays down), but its default must
    // run: a checkbox or button acts on Space's release, and preventing it made Space do nothing.
    if (!down && dom) return EM_FALSE;
    return (ev.code >= 0 || typed) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_blur(int, const EmscriptenFocusEvent*, void*) {
    push(Event{Event::release_all});
    return EM_FALSE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    if (e->numTouches < 1) return EM_FALSE;
    const EmscriptenTouchPoint& t = e->touches[0];
    Event ev{Event::mouse_pos};
    ev.x = float(t.clientX);
    ev.y = float(t.clientY);
    push(ev);
    if (type != EMSCRIPTEN_EVENT_TOUCHMOVE) {
        Event be{Event::mouse_button};
        be.code = 0;
        be.down = type == EMSCRIPTEN_EVENT_TOUCHSTART;
        push(be);
    }
    return EM_TRUE;
}

}  // namespace

void install_input_callbacks() {
    const char* canvas = "#canvas";
    emscripten_set_mousedown_callback(canvas, nullptr, EM_FALSE, on_mouse);
    // Moves and releases are taken from the whole window so a drag that leaves the canvas still ends.
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, EM_FALSE, on_mouse_leave);
    emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_blur);
    emscripten_set_touchstart_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_FALSE, on_touch);
}

bool apply_queued_input(bool& acted) {
    ImGuiIO& io = ImGui::GetIO();
    bool button_changed[5] = {};
    bool key_changed[ImGuiKey_COUNT] = {};
    while (!g_queue.empty()) {
        const Event& e = g_queue.front();
        switch (e.kind) {
            case Event::mouse_pos: io.MousePos = ImVec2(e.x / ui_scale(), e.y / ui_scale()); break;   // CSS px -> display
            case Event::mouse_button:
                if (button_changed[e.code]) return true;   // second change of this button: next frame
                button_changed[e.code] = true;
                io.MouseDown[e.code] = e.down;
                acted = acted || !e.down;   // a click acts on release
                break;
            case Event::wheel:
                io.MouseWheelH += e.x;
                io.MouseWheel += e.y;
                break;
            case Event::key:
                if (e.code >= 0) {
                    if (key_changed[e.code]) return true;
                    key_changed[e.code] = true;
                    io.KeysDown[e.code] = e.down;
                    acted = acted || e.down;
                }
                io.KeyCtrl = e.ctrl;
                io.KeyShift = e.shift;
                io.KeyAlt = e.alt;
                io.KeySuper = e.super;
                break;
            case Event::text:
                io.AddInputCharactersUTF8(e.chars);
                acted = true;
                break;
            case Event::release_all:
                for (bool& k : io.KeysDown) k = false;
                for (bool& b : io.MouseDown) b = false;
                io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
                break;
        }
        g_queue.pop_front();
    }
    return false;
}

}  // namespace ft::web
