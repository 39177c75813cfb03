// Where the work is kept: the browser's storage (one writer at a time), a working file, or nowhere yet.
//
// Browser storage holds the workspace under kWorkspaceKey and, beside it, who wrote it (kOwnerKey:
// revision, tab id, which copy of the app). A tab writes only while the stored revision is the one its work
// grew from; if another tab or another copy of fairterms saved a newer revision, this tab stops writing and
// offers to load the newer work or save its own to a file, so no tab silently overwrites another.
// An autosave this copy cannot read (damaged, or from a newer version) is moved to a backup key and never
// overwritten. Where the platform has working files (File System Access), "Save to file" and "Open
// workspace..." make the chosen file the working file and every change is written to it after a pause.
// The user may keep no copy in the browser at all (remembered), or clear everything fairterms keeps there.
//
// The shell owns one Autosave; it knows nothing of screens, only the workspace as text (AutosaveHooks).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "shell/platform.h"
#include "shell/screen.h"

namespace ft::ui {

inline constexpr const char* kWorkspaceKey = "fairterms.workspace";
inline constexpr const char* kOwnerKey = "fairterms.workspace.owner";
inline constexpr const char* kSettingsKey = "fairterms.settings";
inline constexpr const char* kUnreadablePrefix = "fairterms.unreadable.";
inline constexpr const char* kProbeKey = "fairterms.probe";
inline constexpr const char* kKeyPrefix = "fairterms.";

// How long typing must pause before the working file is written.
inline constexpr double kFileWriteDelayMs = 800;

struct AutosaveHooks {
    std::function<std::string()> workspace;   // the whole workspace as saved to a file
    // Replaces the workspace with saved text quietly (no undo step, no message); the reason it was refused, or "".
    std::function<std::string(const std::string& text)> restore;
    // Replaces the workspace with a file's text; false (and the error shown) when it is refused.
    std::function<bool(const std::string& text, const std::string& source)> open;
    std::function<void(const std::string& message, ToastKind kind)> toast;
    // Optional. What the last restore left out (parts of the saved text the screens could not read), in words, with
    // where to look: "from the strategy, the approval date (not readable text). See Strategy"; "" when none.
    std::function<std::string()> left_out;
};

// Who last wrote the workspace in browser storage.
struct AutosaveOwner {
    long long revision = 0;
    std::string tab;        // the writing page's instance id
    std::string copy;       // where that copy of fairterms was opened from
    std::string time;       // HH:MM when it was written
    std::string app;        // the app version that wrote it
};

class Autosave {
public:
    Autosave(Platform& platform, AutosaveHooks hooks);

    // At start: checks that storage works, reads the preference, restores the saved work (through
    // hooks.open) or moves an unreadable copy aside and says so.
    void restore();

    // Once per frame after the screens drew; `changed` if the workspace changed this frame.
    void after_frame(bool changed);
    // Milliseconds until a working-file write is due, or negative.
    double wants_frame_within_ms() const;

    // The header's buttons. `opener` is the button that asked to open: focus goes back to it when the question
    // that opening may ask first is cancelled.
    void save_to_file();
    void open_workspace(unsigned opener = 0);
    // Escape while a question is on show (opening over unsaved work, clearing all data): answered as its Cancel,
    // and focus goes back to the control that asked it. False when no question was on show.
    bool cancel_question();
    // A file opened through the file input (not a working file) was accepted: nothing to ask about now.
    void opened_from_file();

    // News from the platform about the working file (see Platform). Returns true when an opened file was
    // accepted and becomes the working file.
    bool on_working_file(const std::string& event, const std::string& name, const std::string& detail);

    // Drawing, in the places the shell gives.
    void draw_notices();            // above the screen: another tab's newer work, an unreadable autosave, open over unsaved work
    bool has_notices() const;       // whether draw_notices() has anything to draw
    void draw_header_file(float right_x, float centre_y);   // the working file's name and when it was written
    void draw_footer_status(float x, float y);             // "Saved in this browser" / "Not saved ..."
    void draw_privacy_controls(const Fonts& fonts);   // Home: how work is kept, keep no copy, clear all

    // State, for the shell and tests.
    std::string status() const;           // the footer's words
    bool status_ok() const;
    bool conflict() const { return conflict_; }
    bool keep_no_copy() const { return keep_no_copy_; }
    bool storage_failed() const { return storage_failed_; }
    bool saved_nowhere() const;           // the latest change is in no storage and no file
    const std::string& working_file() const { return working_file_; }
    const std::vector<std::string>& unreadable_keys() const { return unreadable_keys_; }
    const AutosaveOwner& newer_owner() const { return newer_; }

    // Actions (also offered as buttons).
    void load_newer_work();
    void save_this_tabs_work();
    void save_unreadable_copy();
    void set_keep_no_copy(bool on);
    void clear_all_data();

private:
    AutosaveOwner read_owner() const;
    void write_to_storage();
    void check_owner();
    void move_aside(const std::string& text, const std::string& reason);
    // Restored, but with parts left out: the autosave as it was is copied aside too, before a change writes
    // the work on show (without those parts) over it.
    void copy_aside(const std::string& text, const std::string& left_out);
    // Stores `text` under a new unreadable key; if there is no room, the main autosave is never written over.
    void keep_aside(const std::string& text);
    void download(const std::string& name);
    void update_leave_warning();
    void start_open();

    Platform& platform_;
    AutosaveHooks hooks_;
    std::string tab_;

    // Changes are counted; each place the work is kept remembers the count it holds.
    long long change_ = 0;
    long long in_storage_ = 0, in_file_ = 0, in_download_ = 0;
    bool storage_dirty_ = false;    // a change not yet written to browser storage
    // The change browser storage last refused (full, blocked). It is not offered again: retrying every frame
    // re-serialised the whole workspace each frame (over 100 ms at the caps, issue 14); the next change tries.
    long long refused_change_ = -1;
    double last_change_ms_ = 0;

    long long revision_ = 0;        // the stored revision this tab's work grew from (or last wrote)
    bool storage_failed_ = false;   // storage refused (blocked, full): nothing is kept in the browser
    bool keep_no_copy_ = false;     // the user's choice: work only in files
    bool protect_main_ = false;     // an unreadable autosave could not be moved aside: never write over it
    bool conflict_ = false;         // another tab or copy saved newer work
    AutosaveOwner newer_;

    std::vector<std::string> unreadable_keys_;
    std::string unreadable_reason_;
    bool unreadable_dismissed_ = false;

    std::string working_file_;      // empty: none
    bool writing_ = false;
    long long writing_change_ = 0;
    std::string written_at_;        // HH:MM of the last write
    bool choosing_ = false;

    bool confirm_open_ = false;     // asking before opening over unsaved work
    bool confirm_focus_ = false;    // the question was just asked: focus moves to its first answer
    unsigned open_opener_ = 0;      // the control that asked it ("Open workspace..."), for focus on Cancel
    bool confirm_clear_ = false;    // asking before clearing all data
    unsigned clear_opener_ = 0;     // "Clear all data in this browser", for focus on Cancel
    bool leave_warning_ = false;
};

}  // namespace ft::ui
