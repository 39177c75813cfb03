// What the app needs from the machine it runs on, and nothing more.
//
// ui/ knows nothing of the browser: web/ implements this interface with Blob downloads, a hidden file
// input, the async clipboard, localStorage and the File System Access API; a native runner or a test can
// implement it with files or memory. Every call returns at once; an opened file arrives later through
// App::on_file_opened(), a working file's news through App::on_working_file().
//
// Drawing: a platform that draws the app starts each frame from the page background of the theme on show,
// themed(colour::kBackground) (shell/theme.h). The app's root window draws no background of its own.
#pragma once

#include <string>
#include <vector>

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

    // Removes a key; the keys this app wrote that start with `prefix` (for "Clear all data in this browser").
    // The defaults suit a platform with no storage to list.
    virtual void remove(const std::string& key) { (void)store(key, ""); }
    virtual std::vector<std::string> stored_keys(const std::string& prefix) { (void)prefix; return {}; }
    // This page's own id, different in every tab and every load: the autosave records which tab wrote it.
    virtual std::string instance_id() { return "this-tab"; }
    // Where this copy of the app was opened from (a file path), to say which copy wrote the autosave.
    virtual std::string copy_location() { return ""; }
    // Whether leaving the page should ask first (the latest change is saved nowhere).
    virtual void set_leave_warning(bool ask) { (void)ask; }

    // A working file (the File System Access API where the browser has it): a file the user chose once,
    // which every change is then written to. Results come back through App::on_working_file():
    //   "chosen" (name), "opened" (name, the file's text), "written" (name), "failed" (name, the reason),
    //   "cancelled".
    virtual bool has_working_files() { return false; }
    // Asks where to save (a save picker suggesting `suggested_name`); the file becomes the working file.
    virtual void choose_working_file(const std::string& suggested_name) { (void)suggested_name; }
    // Asks for a workspace file to open (an open picker); it becomes the working file if the app accepts it.
    virtual void open_working_file() {}
    // Replaces the working file's contents (one write at a time; the app waits for "written" or "failed").
    virtual void write_working_file(const std::string& bytes) { (void)bytes; }
    // Forgets the working file (the app refused what was opened, or stopped keeping work in it).
    virtual void drop_working_file() {}

    // Milliseconds since an arbitrary start, for "saved 2 minutes ago".
    virtual double now_ms() = 0;
    // Local date as YYYY-MM-DD, for reference numbers and document dates.
    virtual std::string today() = 0;
    // Local time of day as HH:MM, for "written at 14:32".
    virtual std::string time_of_day() { return ""; }

    virtual RendererDescription renderer_description() { return {}; }
};

}  // namespace ft::ui
