// The contract between the application shell and each screen.
//
// A screen owns its own state, draws itself, and reads and writes its own part of the workspace file,
// so features stay independent: the shell knows nothing of quotes or assessments.
#pragma once

#include <string>

#include "input.h"
#include "platform.h"
#include "theme.h"

namespace ft::ui {

class App;

enum class ToastKind { info, success, error };

// What a screen may ask of the shell while it draws.
class AppContext {
public:
    virtual ~AppContext() = default;
    virtual Platform& platform() = 0;
    virtual const Fonts& fonts() const = 0;
    // The workspace changed: autosave it.
    virtual void mark_changed() = 0;
    // Call just before a change the user may regret (delete, replace, import); shows an Undo button.
    virtual void push_undo(const std::string& what) = 0;
    virtual void toast(const std::string& message, ToastKind kind = ToastKind::info) = 0;
    virtual void go_to(const std::string& nav_label) = 0;
    // Another screen, by its navigation label, for the few features that link screens (quote -> value).
    virtual class Screen* screen(const std::string& nav_label) = 0;
    // Today's date, YYYY-MM-DD.
    virtual std::string today() = 0;
};

class Screen {
public:
    virtual ~Screen() = default;
    virtual const char* nav_label() const = 0;   // unique; also the label tests click
    virtual const char* nav_hint() const = 0;    // one line under the label in the navigation
    virtual void draw(AppContext& ctx) = 0;

    // Writes this screen's part of the workspace into `workspace` (an object).
    virtual void save(ojson& workspace) const { (void)workspace; }
    // Reads this screen's part from a workspace already validated by core (missing parts mean "empty").
    virtual void load(const json& workspace) { (void)workspace; }
    // A file the user picked for this screen (purpose starts with the screen's nav label and a colon).
    virtual void on_file_opened(const std::string& purpose, const std::string& name, const std::string& bytes,
                                AppContext& ctx) {
        (void)purpose; (void)name; (void)bytes; (void)ctx;
    }
};

}  // namespace ft::ui
