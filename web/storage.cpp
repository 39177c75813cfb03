// The WebPlatform's storage and working-file calls: thin bridges to web/storage.js (Module.ftStorage),
// where each browser quirk is handled and commented. The working file's news comes back through
// ft_working_file() below.
#include <cstdlib>
#include <string>
#include <vector>

#include <emscripten.h>

#include "runtime.h"
#include "shell/app.h"
#include "web_platform.h"

namespace {

EM_JS(char*, ft_js_storage_string, (const char* what, const char* arg), {
    var s = "";
    var m = Module.ftStorage, a = UTF8ToString(arg);
    switch (UTF8ToString(what)) {
        case "id": s = m.instanceId(); break;
        case "copy": s = m.copyLocation(); break;
        case "time": s = m.timeOfDay(); break;
        case "keys": s = m.keys(a).join("\n"); break;
    }
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, ft_js_storage_call, (const char* what, const char* arg, int len), {
    var m = Module.ftStorage;
    switch (UTF8ToString(what)) {
        case "remove": m.remove(UTF8ToString(arg)); break;
        case "leave": m.setLeaveWarning(len !== 0); break;
        case "choose": m.choose(UTF8ToString(arg)); break;
        case "open": m.open(); break;
        // The workspace's length travels with it, as in ft_api, so the whole text is written.
        case "write": m.write(UTF8ToString(arg, len)); break;
        case "drop": m.drop(); break;
    }
});

EM_JS(int, ft_js_has_working_files, (), { return Module.ftStorage.hasWorkingFiles() ? 1 : 0; });

std::string take(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

}  // namespace

namespace ft::web {

void WebPlatform::remove(const std::string& key) { ft_js_storage_call("remove", key.c_str(), 0); }
std::vector<std::string> WebPlatform::stored_keys(const std::string& prefix) {
    std::string all = take(ft_js_storage_string("keys", prefix.c_str()));
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        out.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return out;
}
std::string WebPlatform::instance_id() { return take(ft_js_storage_string("id", "")); }
std::string WebPlatform::copy_location() { return take(ft_js_storage_string("copy", "")); }
std::string WebPlatform::time_of_day() { return take(ft_js_storage_string("time", "")); }
void WebPlatform::set_leave_warning(bool ask) { ft_js_storage_call("leave", "", ask ? 1 : 0); }
bool WebPlatform::has_working_files() { return ft_js_has_working_files() != 0; }
void WebPlatform::choose_working_file(const std::string& suggested_name) {
    ft_js_storage_call("choose", suggested_name.c_str(), 0);
}
void WebPlatform::open_working_file() { ft_js_storage_call("open", "", 0); }
void WebPlatform::write_working_file(const std::string& bytes) {
    ft_js_storage_call("write", bytes.c_str(), int(bytes.size()));
}
void WebPlatform::drop_working_file() { ft_js_storage_call("drop", "", 0); }

}  // namespace ft::web

extern "C" {

// The working file's news from web/storage.js ("chosen", "opened", "written", "failed", "cancelled").
EMSCRIPTEN_KEEPALIVE int ft_working_file(const char* event, const char* name, const char* detail, int length) {
    bool accepted = ft::web::app().on_working_file(event, name, std::string(detail, std::size_t(length)));
    ft::web::request_frames(3);
    return accepted ? 1 : 0;
}

}  // extern "C"
