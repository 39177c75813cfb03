// The contract between the application shell and each screen.
//
// A screen owns its own state, draws itself, and reads and writes its own part of the workspace file,
// so features stay independent: the shell knows nothing of quotes or assessments.
//
// Adding a screen
//   1. Add its id to ScreenId below (navigation order is the order of make_all_screens(), not of the enum).
//   2. Make a folder ui/screens/<feature>/ with a thin Screen subclass in <feature>.cpp (id, labels, draw,
//      save, load) and one file per view or panel beside it; keep its state in a plain struct with the
//      logic, so native UI tests can drive it (tests/ui).
//   3. Give the folder a CMake library in ui/CMakeLists.txt listing its sources, linking ft_ui_shell and
//      the core feature library it shows (never the api facade, never another screen's library).
//   4. Declare its factory in screens/screens.h and add it to make_all_screens() in screens/screens.cpp.
//   5. Interactive widgets come from shell/widgets.h, so tests and the accessibility layer can find them.
//   6. If another screen must reach it, give it a small abstract interface in its own header (see
//      screens/value/value_screen.h) and let the other screen ask for it with ctx.screen_as<T>(id).
#pragma once

#include <string>

#include "base/json_input.h"
#include "shell/platform.h"
#include "shell/theme.h"

namespace ft::ui {

class App;

enum class ToastKind { info, success, error };

// Every screen's typed id. Screens and tests reach each other through these, never through visible labels,
// so renaming a label cannot silently break a link.
enum class ScreenId { home, readiness, assets, strategy, quote, value, partnerships };

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
    virtual void go_to(ScreenId id) = 0;
    // Another screen, for the few features that link screens (quote -> value); nullptr if absent.
    virtual class Screen* screen(ScreenId id) = 0;
    // The screen with that id seen through the interface it offers to others (see "Adding a screen").
    template <class Interface>
    Interface* screen_as(ScreenId id) { return dynamic_cast<Interface*>(screen(id)); }
    // Today's date, YYYY-MM-DD.
    virtual std::string today() = 0;
    // Home's "How your work is kept" card: where work is kept, keep no copy, clear all data (shell/autosave.h).
    virtual void draw_storage_controls() {}
};

class Screen {
public:
    virtual ~Screen() = default;
    virtual ScreenId id() const = 0;
    virtual const char* nav_label() const = 0;   // unique; also the label tests click
    virtual const char* nav_hint() const = 0;    // one line under the label in the navigation
    virtual void draw(AppContext& ctx) = 0;

    // Writes this screen's part of the workspace into `workspace` (an object).
    virtual void save(ojson& workspace) const { (void)workspace; }
    // Reads this screen's part from a workspace already validated by core (missing parts mean "empty").
    virtual void load(const json& workspace) { (void)workspace; }
    // What the last load() had to leave out of this screen's part, as a short phrase ("2 quotes"), so the
    // message that a file opened can say so at once rather than when the screen is next visited; empty if nothing.
    virtual std::string left_out_on_load() const { return {}; }
    // A file the user picked for this screen (purpose starts with the screen's nav label and a colon).
    virtual void on_file_opened(const std::string& purpose, const std::string& name, const std::string& bytes,
                                AppContext& ctx) {
        (void)purpose; (void)name; (void)bytes; (void)ctx;
    }
};

}  // namespace ft::ui
