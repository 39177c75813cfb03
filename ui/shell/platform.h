// What the app needs from the machine it runs on, and nothing more.
//
// ui/ knows nothing of the browser: web/ implements this interface with Blob downloads, a hidden file
// input, the async clipboard and localStorage; a native runner or a test can implement it with files or
// memory. Every call returns at once; an opened file arrives later through App::on_file_opened().
#pragma once

#include <string>

namespace ft::ui {

// How the platform draws the app, for the footer's details: a short name ("WebGL 2", "Canvas 2D") and why
// it was chosen ("WebGL 2 and WebGL 1 are unavailable in this browser"). Empty where drawing is not the
// platform's business (native tests).
struct RendererDescription {
    std::string name;
    std::string reason;
};

class Platform {
public:
    virtual ~Platform() = default;

    // Offers bytes to the user as a downloaded file.
    virtual void save_file(const std::string& file_name, const std::string& media_type, const std::string& bytes) = 0;
    // Asks the user to pick a file; `purpose` comes back with its contents in App::on_file_opened().
    virtual void open_file(const std::string& purpose, const std::string& accept) = 0;
    // Opens an HTML document in a new tab for printing (Board papers, quote letters).
    virtual void open_printable(const std::string& html) = 0;

    virtual void set_clipboard(const std::string& text) = 0;
    // The last text pasted into the page (the browser gives it only through a paste event).
    virtual std::string clipboard() = 0;

    // Small durable key-value storage for the autosaved workspace. Returns false when storage refuses
    // (quota, private mode), so the app can warn that work is not being kept.
    virtual bool store(const std::string& key, const std::string& value) = 0;
    virtual std::string load(const std::string& key) = 0;

    // Milliseconds since an arbitrary start, for "saved 2 minutes ago".
    virtual double now_ms() = 0;
    // Local date as YYYY-MM-DD, for reference numbers and document dates.
    virtual std::string today() = 0;

    virtual RendererDescription renderer_description() { return {}; }
};

}  // namespace ft::ui
