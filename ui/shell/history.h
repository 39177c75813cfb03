// The undo history: a list of named, committed steps over whole-workspace snapshots.
//
// Why snapshots and not commands: every screen already writes its whole part of the workspace (Screen::save)
// and reads it back (Screen::load), so a snapshot before and after each step undoes any change, including
// ones no screen thought of as undoable (an organisation name, a toggled option). The workspace is small
// (the caps keep it to a few hundred kilobytes), and a step keeps only the state before it.
//
// The shell decides when a step ends (a field left, Enter, a pause, a button); this class only keeps the
// steps in order: commit a new state under a name, undo, redo. Nothing here knows ImGui or the browser, so
// tests/ui/test_history.cpp drives it directly.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace ft::ui {

class History {
public:
    static constexpr std::size_t kDefaultDepth = 200;   // the issue asks for at least 100 steps

    explicit History(std::size_t depth = kDefaultDepth) : depth_(depth) {}

    // Starts again from `state` with nothing to undo or redo (start of the session, an autosave restored).
    void reset(std::string state);
    // The state the last step (or reset) left; what the workspace holds when nothing is pending.
    const std::string& current() const { return current_; }

    // Records the change from current() to `state` as one step called `name`; clears what could be redone.
    // Returns false, and records nothing, when `state` equals current().
    bool commit(const std::string& name, std::string state);

    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    // The name of the step Undo (Redo) would take back (do again); "" when there is none.
    std::string undo_name() const { return done_.empty() ? "" : done_.back().name; }
    std::string redo_name() const { return undone_.empty() ? "" : undone_.back().name; }
    std::size_t undo_count() const { return done_.size(); }
    std::size_t redo_count() const { return undone_.size(); }

    // Takes back the last step: returns the state to show (now current()), or nothing when there is none.
    std::optional<std::string> undo();
    // Does again the step last taken back.
    std::optional<std::string> redo();

private:
    struct Step {
        std::string name;
        std::string other;   // on the undo list: the state before the step; on the redo list: the state after
    };
    std::size_t depth_;
    std::string current_;
    std::deque<Step> done_;
    std::vector<Step> undone_;
};

}  // namespace ft::ui

namespace ft::ui {

// What the platform asks of the history outside ImGui's own keys: the keyboard shortcuts when the focus is on
// a mirror element (web/mirror.js: Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, never inside a text field, where the field's
// own undo works) and Enter in a DOM text field (ends the step). The shell reads it once per frame.
enum class HistoryRequest { none, commit, undo, redo };
void request_history(HistoryRequest request);
HistoryRequest take_history_request();

}  // namespace ft::ui
