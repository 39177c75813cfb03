#include "web_platform.h"

#include <cstdlib>

#include <emscripten.h>

#include "renderer.h"

// Each EM_JS body runs in the page. Strings cross as UTF-8 pointers; strings coming back are malloc'd
// here and freed by take_string() below.

// Quirk: Emscripten 3.1.6 has no file API for the browser, so a save is a Blob behind a temporary
// <a download>. The object URL is revoked a moment later, once the download has started.
EM_JS(void, ft_js_save_file, (const char* name, const char* type, const char* data, int len), {
    var bytes = HEAPU8.slice(data, data + len);
    var blob = new Blob([bytes], {type: UTF8ToString(type)});
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = UTF8ToString(name);
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    setTimeout(function() { URL.revokeObjectURL(url); a.remove(); }, 1000);
});

// Quirk: a file picker opens only while the page has user activation. The ImGui click is handled in the
// next animation frame, well inside Chromium's activation window after the mouse-up. Safari is stricter
// and may refuse; the header's Open button then does nothing visible, so a toast would be needed there.
EM_JS(void, ft_js_open_file, (const char* purpose, const char* accept), {
    var input = document.getElementById("ft-file-input");
    input.accept = UTF8ToString(accept);
    input.dataset.purpose = UTF8ToString(purpose);
    input.value = "";
    input.click();
});

// Printable documents open in a new tab from a Blob, so nothing is fetched; if a pop-up blocker refuses
// the tab, the document is downloaded instead.
EM_JS(void, ft_js_open_printable, (const char* html), {
    var blob = new Blob([UTF8ToString(html)], {type: "text/html"});
    var url = URL.createObjectURL(blob);
    var w = window.open(url, "_blank");
    if (!w) {
        var a = document.createElement("a");
        a.href = url;
        a.download = "fairterms-document.html";
        document.body.appendChild(a);
        a.click();
        a.remove();
    }
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
});

// Quirk: there is no synchronous clipboard in the browser. Copy goes through the async API (allowed from
// file:// in Chromium, which treats it as a secure context); paste arrives as a DOM paste event, whose
// text is kept in Module.ftPasted for ImGui to read.
EM_JS(void, ft_js_set_clipboard, (const char* text), {
    var s = UTF8ToString(text);
    Module.ftPasted = s;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(function() {});
});

EM_JS(char*, ft_js_get_clipboard, (), {
    var s = Module.ftPasted || "";
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

// localStorage works from file:// in Chromium (IndexedDB was unreliable there). A quota error or a
// browser that blocks storage returns 0 so the app can tell the user.
EM_JS(int, ft_js_store, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 1;
    } catch (e) {
        return 0;
    }
});

EM_JS(char*, ft_js_load, (const char* key), {
    var s = "";
    try { s = window.localStorage.getItem(UTF8ToString(key)) || ""; } catch (e) { s = ""; }
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(char*, ft_js_today, (), {
    var d = new Date();
    var s = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    var p = _malloc(11);
    stringToUTF8(s, p, 11);
    return p;
});

// window.fairterms: the JS API (same outputs as the CLI) and the UI hooks tests use. Also the paste
// listener and the hidden file input. Every call goes through ft_api in js_api.cpp.
EM_JS(void, ft_js_install_page_hooks, (), {
    function withStrings(strings, f) {
        var ptrs = strings.map(function(s) {
            var n = lengthBytesUTF8(s) + 1;
            var p = _malloc(n);
            stringToUTF8(s, p, n);
            return p;
        });
        try { return f.apply(null, ptrs); } finally { ptrs.forEach(function(p) { _free(p); }); }
    }
    // Quirk: UTF8ToString decodes with a TextDecoder that strips a leading byte-order mark, but the CSV
    // the CLI writes starts with one (Excel needs it to read UTF-8). Results are decoded here with
    // ignoreBOM so the page's API returns the CLI's bytes exactly.
    var keepBom = new TextDecoder("utf-8", {ignoreBOM: true});
    function resultText(ptr) {
        var end = ptr;
        while (HEAPU8[end]) ++end;
        return keepBom.decode(HEAPU8.subarray(ptr, end));
    }
    function asText(input) { return typeof input === "string" ? input : JSON.stringify(input); }
    function call(command, input, format) {
        var text = asText(input === undefined ? "" : input);
        // The input's length travels with it, so a NUL inside the text reaches the reader (and is refused
        // there, as the CLI refuses it) instead of silently ending the input.
        return withStrings([command, text, format || ""], function(c, i, f) {
            return resultText(_ft_api(c, i, lengthBytesUTF8(text), f));
        });
    }
    window.fairterms = {
        version: function() { return call("version", "", ""); },
        quote: function(json, format) { return call("quote", json, format); },
        value: function(json, format) { return call("value", json, format); },
        assess: function(json) { return call("assess", json, ""); },
        report: function(json, format) { return call("report", json, format); },
        strategy: function(json, format) { return call("strategy", json, format); },
        // Partnerships (issue 15): heads of terms from a terms request (or a workspace with one partnership), and
        // the transparency register from a workspace.
        terms: function(json, format) { return call("terms", json, format); },
        register: function(json, format) { return call("register", json, format); },
        validate: function(json) { return call("validate", json, ""); },
        run: call,
        ui: {
            items: function() { return JSON.parse(UTF8ToString(_ft_ui_items())); },
            frames: function() { return _ft_ui_frames(); },
            workspace: function() { return UTF8ToString(_ft_ui_workspace()); },
            screen: function() { return UTF8ToString(_ft_ui_screen()); },
            // Which renderer draws the page and why: {"name": "webgl2"|"webgl1"|"canvas2d"|"none", "reason": ...}.
            renderer: function() { return JSON.parse(UTF8ToString(_ft_ui_renderer())); },
            // Draws n frames back to back, each waited for until rasterised; their times in ms (for the bench).
            timeFrames: function(n) {
                var times = [];
                for (var i = 0; i < n; i++) times.push(_ft_ui_time_frame());
                return times;
            },
            memoryBytes: function() { return HEAPU8.length; },
            nodes: function() { return JSON.parse(UTF8ToString(_ft_sem_nodes(0, 0))); },
            mirror: function() { return Module.ftMirror.stats(); },
            resetMirrorStats: function() { Module.ftMirror.resetStats(); }
        }
    };

    document.addEventListener("paste", function(e) {
        // An empty system clipboard (e.g. when the async write was refused) keeps the app's own copy.
        var text = (e.clipboardData && e.clipboardData.getData("text/plain")) || "";
        if (text) Module.ftPasted = text;
        _ft_wake();
    });

    var input = document.createElement("input");
    input.type = "file";
    input.id = "ft-file-input";
    input.style.display = "none";
    input.addEventListener("change", function() {
        var file = input.files && input.files[0];
        if (!file) return;
        var purpose = input.dataset.purpose || "";
        file.arrayBuffer().then(function(buf) {
            var bytes = new Uint8Array(buf);
            var p = _malloc(bytes.length + 1);
            HEAPU8.set(bytes, p);
            withStrings([purpose, file.name], function(pp, np) { _ft_file_opened(pp, np, p, bytes.length); });
            _free(p);
        });
    });
    document.body.appendChild(input);
});

namespace ft::web {
namespace {

std::string take_string(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

}  // namespace

void WebPlatform::save_file(const std::string& file_name, const std::string& media_type, const std::string& bytes) {
    ft_js_save_file(file_name.c_str(), media_type.c_str(), bytes.data(), int(bytes.size()));
}
void WebPlatform::open_file(const std::string& purpose, const std::string& accept) {
    ft_js_open_file(purpose.c_str(), accept.c_str());
}
void WebPlatform::open_printable(const std::string& html) { ft_js_open_printable(html.c_str()); }
void WebPlatform::set_clipboard(const std::string& text) { ft_js_set_clipboard(text.c_str()); }
std::string WebPlatform::clipboard() { return take_string(ft_js_get_clipboard()); }
bool WebPlatform::store(const std::string& key, const std::string& value) {
    return ft_js_store(key.c_str(), value.c_str()) != 0;
}
std::string WebPlatform::load(const std::string& key) { return take_string(ft_js_load(key.c_str())); }
double WebPlatform::now_ms() { return emscripten_get_now(); }
std::string WebPlatform::today() { return take_string(ft_js_today()); }
ui::RendererDescription WebPlatform::renderer_description() { return ft::web::renderer_description(); }

void install_page_hooks() { ft_js_install_page_hooks(); }

}  // namespace ft::web
