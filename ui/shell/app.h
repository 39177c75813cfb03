// The fairterms application shell: header, navigation, screens, autosave, undo and messages.
//
// The platform layer (web/) owns the window, input and the frame loop; each frame it calls
// ImGui::NewFrame(), App::frame(), ImGui::Render(). The App never blocks and never touches the platform
// except through the Platform interface.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shell/autosave.h"
#include "shell/display.h"
#include "shell/history.h"
#include "shell/platform.h"
#include "shell/screen.h"
#include "shell/theme.h"

namespace ft::ui {

class App final : public AppContext {
public:
    // The screens, in navigation order (screens/screens.h: make_all_screens()).
    App(Platform& platform, std::vector<std::unique_ptr<Screen>> screens);
    ~App() override;

    // Call once the ImGui context exists, and again (with the new ratio) when the display density changes.
    void set_pixel_ratio(float ratio);
    // Restores the autosaved workspace, if any. Call once at start.
    void restore_autosave();

    void frame();
    // Whether the last frame() drew every consequence of the input it handled, so the platform can show it
    // as it is. An action usually changes what was drawn before it in the same pass (the header's Undo, an
    // entry above the one clicked), which shows only in a second pass; so this is true only for a change of
    // screen chosen in the navigation, the one action whose pass draws everything after the choice
    // (issue 14: a second pass cost 1.5 to 3 ms of a click's frame). Anything else in the same pass (an edit,
    // a message, undo, a popup) makes it false.
    bool shown_in_full() const { return shown_in_full_; }

    // Milliseconds until the app needs another frame without input (a message fading, a
    // "saved" status ageing), or a negative number when it can sleep until the next input.
    double wants_frame_within_ms() const;

    // The user picked a file for `purpose` (see Platform::open_file).
    void on_file_opened(const std::string& purpose, const std::string& name, const std::string& bytes);
    // News about the working file (see Platform::choose_working_file); true when an opened file was accepted.
    bool on_working_file(const std::string& event, const std::string& name, const std::string& detail) {
        return autosave_.on_working_file(event, name, detail);
    }
    // Where the work is kept (browser storage, working file), for tests.
    const Autosave& autosave() const { return autosave_; }
    Autosave& autosave() { return autosave_; }

    // Navigation label of the screen on show (for tests and the page title).
    const char* current_screen() const { return screens_[current_]->nav_label(); }

    // The messages on show, oldest first (what a screen reader's live region and the tests read).
    std::vector<std::string> toast_messages() const;

    // The size the person chose for everything (1 to 2); the platform draws the UI that much larger.
    float ui_scale() const { return display_.scale(); }
    const DisplaySettings& display() const { return display_; }

    // The whole workspace as saved to file and autosave.
    std::string workspace_json() const;
    // Replaces the workspace from a file's text; on an error nothing changes and the error is shown.
    bool load_workspace_text(const std::string& text, const std::string& source);

    // The undo history (shell/history.h): every committed change is one named step.
    const History& history() const { return history_; }
    // Takes back (does again) the last step, ending the step in progress first. False when there is none.
    bool undo();
    bool redo();

    // AppContext
    Platform& platform() override { return platform_; }
    const Fonts& fonts() const override { return fonts_; }
    void mark_changed() override { edited_ = true; }
    void push_undo(const std::string& what) override;
    void toast(const std::string& message, ToastKind kind = ToastKind::info) override;
    void go_to(ScreenId id) override;
    Screen* screen(ScreenId id) override;
    std::string today() override { return platform_.today(); }
    void draw_storage_controls() override { autosave_.draw_privacy_controls(fonts_); }

private:
    struct Toast {
        std::string message;
        ToastKind kind;
        double shown_at;
        bool undo;   // offers the Undo button
    };
    // The change not yet committed as a step: typing in a field goes on until the field is left, Enter is
    // pressed or the typing pauses; everything else commits at the end of the frame it happened in.
    struct PendingStep {
        bool dirty = false;
        std::string name;        // "Change Users"
        bool named = false;      // named by push_undo or a file opened: a later widget note does not rename it
        unsigned field = 0;      // the text field being typed in, 0 when the step is not typing
        double last_change_ms = 0;
    };

    void draw_header();
    void draw_notice_band();   // autosave's notices, held above the scrolling screen
    // Returns the screen chosen in it in this pass, if any (now current_).
    std::optional<std::size_t> draw_navigation();
    void draw_toasts();
    void apply_workspace(const json& doc);
    // What the workspace just loaded left out (parts the screens could not read), in words: "from the
    // strategy, the approval date (not readable text); 1 quote", and the screens concerned, "Strategy and
    // Quote". Both empty when everything was read.
    struct LeftOut {
        std::string parts, screens;
    };
    LeftOut left_out_on_load() const;
    // History: notes this frame's change, commits the pending step when it has ended, runs requests.
    // Returns whether an undo or redo was asked for (and so run) in this frame.
    bool update_history();
    void commit_pending();
    bool apply_history_state(const std::optional<std::string>& state, const std::string& verb, const std::string& name);
    // workspace_json() for the undo history and autosave at the end of a frame: made once there and shared by
    // both (the step committed and the copy stored are the same text), made afresh everywhere else.
    std::string end_of_frame_json() const;
    // Draws Undo and Redo ending at right_x; returns their left edge.
    float draw_history_buttons(float right_x, float y);

    Platform& platform_;
    Fonts fonts_;
    std::vector<std::unique_ptr<Screen>> screens_;
    std::size_t current_ = 0;
    bool shown_in_full_ = false;            // see shown_in_full()
    // Whether each screen has been drawn since anything its height depends on changed (the workspace, the
    // window's size, the fonts): each scrolls in a window of its own, whose height from the last pass sets
    // its scroll bar, so a screen not laid out since needs a second pass to show right.
    std::vector<bool> laid_out_;
    ImVec2 layout_size_;
    void forget_layouts();
    bool changed_ = false;    // the workspace differs from the autosave: store it
    bool edited_ = false;     // a screen changed the workspace this frame (mark_changed)
    std::size_t unknown_parts_ = 0;   // parts of the last opened file this version does not know (left out)
    Autosave autosave_;   // browser storage, working file, privacy controls (shell/autosave.h)
    History history_;
    bool history_started_ = false;
    // Start-up (issue 14): the history's first state is taken at the start of the second frame, not in the
    // first (see update_history). Set once the first frame has passed without a change.
    bool history_start_due_ = false;
    void start_history();   // takes the history's first state now, if not taken yet
    PendingStep pending_;
    // The end of a frame (update_history to autosave): nothing but undo and redo changes the workspace there,
    // so its text, once made, is kept until then (issue 14: at the caps each copy took a few hundred ms).
    bool frame_end_ = false;
    mutable std::optional<std::string> frame_end_json_;
    std::vector<Toast> toasts_;
    DisplaySettings display_;   // theme and size, kept apart from the workspace
};

}  // namespace ft::ui
