#include "shell/autosave.h"

#include <algorithm>

#include "base/json_input.h"
#include "shell/semantics.h"
#include "version.h"

namespace ft::ui {
namespace {

// A small JSON value read leniently: the owner record and the settings are ours, but another copy of the
// app (older or newer) may have written them, so anything odd reads as "nothing recorded".
json parse_small(const std::string& text) {
    if (text.empty()) return json::object();
    json j = json::parse(text, nullptr, false);
    return j.is_object() ? j : json::object();
}

std::string string_at(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Autosave::Autosave(Platform& platform, AutosaveHooks hooks) : platform_(platform), hooks_(std::move(hooks)) {}

AutosaveOwner Autosave::read_owner() const {
    json j = parse_small(platform_.load(kOwnerKey));
    AutosaveOwner o;
    auto rev = j.find("revision");
    if (rev != j.end() && rev->is_number_integer()) o.revision = std::max<long long>(0, rev->get<long long>());
    o.tab = string_at(j, "tab");
    o.copy = string_at(j, "copy");
    o.time = string_at(j, "time");
    o.app = string_at(j, "app");
    return o;
}

void Autosave::restore() {
    tab_ = platform_.instance_id();
    // Storage is tried at start, so a browser that blocks it says "Not saved" before the first edit.
    storage_failed_ = !platform_.store(kProbeKey, "1");
    if (!storage_failed_) platform_.remove(kProbeKey);
    else
        hooks_.toast("This browser does not let fairterms keep your work (site data is blocked or full), so nothing is "
                     "saved automatically. Use \"Save to file\" to keep it.",
                     ToastKind::error);

    json settings = parse_small(platform_.load(kSettingsKey));
    auto keep = settings.find("keep_no_copy");
    keep_no_copy_ = keep != settings.end() && keep->is_boolean() && keep->get<bool>();

    unreadable_keys_ = platform_.stored_keys(kUnreadablePrefix);
    std::sort(unreadable_keys_.begin(), unreadable_keys_.end());

    revision_ = read_owner().revision;
    std::string saved = platform_.load(kWorkspaceKey);
    if (!saved.empty()) {
        std::string error = hooks_.restore(saved);
        if (!error.empty()) move_aside(saved, error);
        else if (std::string lost = hooks_.left_out ? hooks_.left_out() : ""; !lost.empty()) copy_aside(saved, lost);
    }
    if (!unreadable_keys_.empty() && unreadable_reason_.empty())
        hooks_.toast("An autosave this copy of fairterms could not read is still kept aside in this browser. "
                     "Use \"Save the unreadable copy to a file\" to keep it.",
                     ToastKind::info);
    update_leave_warning();
}

void Autosave::move_aside(const std::string& text, const std::string& reason) {
    unreadable_reason_ = reason;
    keep_aside(text);
    if (!protect_main_) platform_.remove(kWorkspaceKey);
    hooks_.toast("Your autosaved work could not be read by this copy of fairterms (" + reason +
                     "). It is kept aside, unchanged: use \"Save the unreadable copy to a file\" to keep it.",
                 ToastKind::error);
}

void Autosave::copy_aside(const std::string& text, const std::string& left_out) {
    unreadable_reason_ = "Some parts of it could not be read and were left out of the work on show: " + left_out;
    keep_aside(text);
    hooks_.toast("Your work from last time is back, but some parts could not be read and were left out: " + left_out +
                     ". The autosave as it was is kept aside, unchanged: use \"Save the unreadable copy to a file\" to keep it.",
                 ToastKind::error);
}

void Autosave::keep_aside(const std::string& text) {
    int n = 1;
    auto taken = [&](int i) {
        std::string k = kUnreadablePrefix + std::to_string(i);
        return std::find(unreadable_keys_.begin(), unreadable_keys_.end(), k) != unreadable_keys_.end() ||
               !platform_.load(k).empty();
    };
    while (taken(n)) ++n;
    std::string key = kUnreadablePrefix + std::to_string(n);
    if (platform_.store(key, text)) {
        unreadable_keys_.push_back(key);
    } else {
        // No room for a second copy: leave it where it is and never write over it in this session.
        protect_main_ = true;
        unreadable_keys_.push_back(kWorkspaceKey);
    }
}

void Autosave::check_owner() {
    if (storage_failed_ || conflict_) return;
    AutosaveOwner o = read_owner();
    if (o.revision > revision_ && o.tab != tab_) {
        conflict_ = true;
        newer_ = o;
    } else if (o.revision < revision_) {
        // The stored work was cleared (by another tab's "Clear all data"): start counting again from there.
        revision_ = o.revision;
    }
}

void Autosave::write_to_storage() {
    if (keep_no_copy_ || protect_main_ || conflict_ || !storage_dirty_ || refused_change_ == change_) return;
    check_owner();
    if (conflict_) return;
    ojson owner;
    owner["revision"] = revision_ + 1;
    owner["tab"] = tab_;
    owner["copy"] = platform_.copy_location();
    owner["time"] = platform_.time_of_day();
    owner["app"] = kVersion;
    bool ok = platform_.store(kWorkspaceKey, hooks_.workspace()) && platform_.store(kOwnerKey, owner.dump());
    if (!ok) {
        if (!storage_failed_)
            hooks_.toast("This browser refused to keep your work (storage full or blocked). Use \"Save to file\" to keep it.",
                         ToastKind::error);
        storage_failed_ = true;
        refused_change_ = change_;
        return;
    }
    storage_failed_ = false;
    refused_change_ = -1;
    storage_dirty_ = false;
    ++revision_;
    in_storage_ = change_;
}

void Autosave::after_frame(bool changed) {
    if (changed) {
        ++change_;
        storage_dirty_ = true;
        last_change_ms_ = platform_.now_ms();
    }
    if (!keep_no_copy_) {
        check_owner();
        write_to_storage();
    }
    if (!working_file_.empty() && !writing_ && in_file_ != change_ &&
        platform_.now_ms() - last_change_ms_ >= kFileWriteDelayMs) {
        writing_ = true;
        writing_change_ = change_;
        platform_.write_working_file(hooks_.workspace() + "\n");
    }
    update_leave_warning();
}

double Autosave::wants_frame_within_ms() const {
    if (working_file_.empty() || writing_ || in_file_ == change_) return -1;
    return std::max(0.0, last_change_ms_ + kFileWriteDelayMs - platform_.now_ms()) + 1;
}

bool Autosave::saved_nowhere() const {
    return change_ > 0 && in_storage_ != change_ && in_file_ != change_ && in_download_ != change_;
}

void Autosave::update_leave_warning() {
    bool ask = saved_nowhere();
    if (ask != leave_warning_) platform_.set_leave_warning(ask);
    leave_warning_ = ask;
}

std::string Autosave::status() const {
    if (keep_no_copy_) return "No copy kept in this browser";
    if (protect_main_) return "Not saved in this browser: an unreadable autosave is kept there";
    if (conflict_) return "Not saved in this browser: another tab has newer work";
    if (storage_failed_) return "Not saved in this browser";
    return "Saved in this browser";
}

bool Autosave::status_ok() const { return !keep_no_copy_ && !protect_main_ && !conflict_ && !storage_failed_; }

void Autosave::download(const std::string& name) {
    platform_.save_file(name, "application/json", hooks_.workspace() + "\n");
    in_download_ = change_;
    update_leave_warning();
}

void Autosave::save_to_file() {
    if (platform_.has_working_files()) {
        choosing_ = true;
        platform_.choose_working_file("fairterms-workspace-" + platform_.today() + ".json");
        return;
    }
    download("fairterms-workspace-" + platform_.today() + ".json");
    hooks_.toast("Workspace saved as a file. Keep it somewhere safe, such as your organisation's shared drive.",
                 ToastKind::success);
}

void Autosave::open_workspace(unsigned opener) {
    // Opening replaces everything here; ask first when the latest work is in no file.
    if (change_ > 0 && in_file_ != change_ && in_download_ != change_) {
        confirm_open_ = true;
        confirm_focus_ = true;
        open_opener_ = opener;
        return;
    }
    start_open();
}

bool Autosave::cancel_question() {
    // As a dialog's Escape: nothing happens but the question going, and the keyboard user is back where they
    // asked it rather than on the page's body.
    unsigned back_to = 0;
    if (confirm_open_) {
        confirm_open_ = false;
        confirm_focus_ = false;
        back_to = open_opener_;
    } else if (confirm_clear_) {
        confirm_clear_ = false;
        back_to = clear_opener_;
    } else {
        return false;
    }
    if (back_to) sem::move_focus(back_to);
    return true;
}

void Autosave::start_open() {
    confirm_open_ = false;
    if (platform_.has_working_files()) platform_.open_working_file();
    else platform_.open_file("workspace", ".json,application/json");
}

void Autosave::opened_from_file() { confirm_open_ = false; }

bool Autosave::on_working_file(const std::string& event, const std::string& name, const std::string& detail) {
    if (event == "chosen") {
        choosing_ = false;
        working_file_ = name;
        written_at_.clear();
        in_file_ = -1;              // write now, without waiting for a pause
        last_change_ms_ = platform_.now_ms() - kFileWriteDelayMs;
        hooks_.toast("Your work is now kept in \"" + name + "\": every change is written to it.", ToastKind::success);
        return true;
    }
    if (event == "cancelled") {
        choosing_ = false;
        return false;
    }
    if (event == "opened") {
        if (!hooks_.open(detail, "\"" + name + "\"")) {
            platform_.drop_working_file();
            return false;
        }
        confirm_open_ = false;
        working_file_ = name;
        written_at_.clear();
        // The file holds what was just opened; the opening itself counts as a change (autosaved), and the
        // file is rewritten in fairterms' own layout at the next pause.
        return true;
    }
    if (event == "written") {
        writing_ = false;
        if (name == working_file_) {
            in_file_ = writing_change_;
            written_at_ = platform_.time_of_day();
        }
        update_leave_warning();
        return true;
    }
    if (event == "failed") {
        writing_ = false;
        choosing_ = false;
        std::string file = working_file_.empty() ? name : working_file_;
        working_file_.clear();
        platform_.drop_working_file();
        hooks_.toast("Could not write to \"" + file + "\" (" + detail +
                         "). Your work is still here; use \"Save to file\" to choose where to keep it.",
                     ToastKind::error);
        update_leave_warning();
        return false;
    }
    return false;
}

void Autosave::load_newer_work() {
    std::string saved = platform_.load(kWorkspaceKey);
    AutosaveOwner o = read_owner();
    std::string error = saved.empty() ? "it is no longer there" : hooks_.restore(saved);
    if (!error.empty()) {
        hooks_.toast("The newer work could not be loaded (" + error + "). This tab's work is unchanged.", ToastKind::error);
        return;
    }
    conflict_ = false;
    revision_ = o.revision;
    // What is on screen is now exactly what is stored.
    ++change_;
    in_storage_ = change_;
    storage_dirty_ = false;
    hooks_.toast("Loaded the newer work saved by another tab.", ToastKind::success);
    update_leave_warning();
}

void Autosave::save_this_tabs_work() {
    download("fairterms-workspace-" + platform_.today() + "-this-tab.json");
    hooks_.toast("This tab's work was saved as a file.", ToastKind::success);
}

void Autosave::save_unreadable_copy() {
    if (unreadable_keys_.empty()) return;
    const std::string& key = unreadable_keys_.back();
    std::string text = platform_.load(key);
    if (text.empty()) {
        hooks_.toast("The unreadable copy is no longer in this browser.", ToastKind::error);
        return;
    }
    platform_.save_file("fairterms-unreadable-autosave-" + platform_.today() + ".json", "application/json", text);
    hooks_.toast("The unreadable copy was saved as a file, unchanged. A newer version of fairterms may open it.",
                 ToastKind::success);
}

void Autosave::set_keep_no_copy(bool on) {
    keep_no_copy_ = on;
    if (on) {
        // Only the preference stays, so that it is remembered; the work itself leaves the browser.
        platform_.remove(kWorkspaceKey);
        platform_.remove(kOwnerKey);
        in_storage_ = -1;
        ojson s;
        s["keep_no_copy"] = true;
        (void)platform_.store(kSettingsKey, s.dump());
        hooks_.toast(working_file_.empty()
                         ? "No copy is kept in this browser now. Use \"Save to file\" to keep your work."
                         : "No copy is kept in this browser now; your work is kept in \"" + working_file_ + "\".",
                     ToastKind::success);
    } else {
        platform_.remove(kSettingsKey);
        in_storage_ = -1;
        storage_dirty_ = true;   // written at the next frame
        refused_change_ = -1;    // even if storage refused this very change before
        revision_ = read_owner().revision;
        hooks_.toast("Your work is kept in this browser again.", ToastKind::success);
    }
    update_leave_warning();
}

void Autosave::clear_all_data() {
    confirm_clear_ = false;
    for (const std::string& key : platform_.stored_keys(kKeyPrefix)) platform_.remove(key);
    // The keys this copy knows of, in case the platform cannot list them.
    for (const char* key : {kWorkspaceKey, kOwnerKey, kSettingsKey, kProbeKey}) platform_.remove(key);
    for (const std::string& key : unreadable_keys_) platform_.remove(key);
    unreadable_keys_.clear();
    protect_main_ = false;
    conflict_ = false;
    keep_no_copy_ = false;
    revision_ = 0;
    // What is on screen is now kept nowhere in the browser, and nothing is written back until the next change.
    bool file_current = in_file_ == change_, download_current = in_download_ == change_;
    ++change_;
    if (file_current) in_file_ = change_;
    if (download_current) in_download_ = change_;
    in_storage_ = -1;
    storage_dirty_ = false;
    hooks_.toast("Everything fairterms kept in this browser has been removed. What is on screen stays until you "
                 "close this tab; save it to a file if you need it.",
                 ToastKind::success);
    update_leave_warning();
}

}  // namespace ft::ui
