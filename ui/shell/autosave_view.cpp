// What Autosave shows: notices above the screen, the working file in the header, the footer's status and
// Home's "How your work is kept" card with the privacy controls.
#include <imgui.h>

#include "shell/autosave.h"
#include "shell/semantics.h"
#include "shell/widgets.h"
#include "version.h"

namespace ft::ui {
namespace {

constexpr const char* kUndoHow = "You can undo the opening with Ctrl+Z or the Undo button.";

std::string who_wrote(const AutosaveOwner& o, const std::string& this_copy) {
    std::string who = "Another tab";
    if (!o.copy.empty() && o.copy != this_copy) who += " (a different copy of fairterms, opened from " + o.copy + ")";
    else if (!o.copy.empty()) who += " of this copy of fairterms";
    if (!o.app.empty() && o.app != kVersion) who += ", version " + o.app + ",";
    return who;
}

}  // namespace

bool Autosave::has_notices() const {
    return conflict_ || (!unreadable_keys_.empty() && !unreadable_dismissed_) || confirm_open_;
}

void Autosave::draw_notices() {
    ImGui::PushID("storage-notices");
    if (conflict_) {
        std::string when = newer_.time.empty() ? "" : " at " + newer_.time;
        warning_box(who_wrote(newer_, platform_.copy_location()) + " saved newer work in this browser" + when +
                    ". This tab no longer saves there, so neither tab's work is overwritten. Load the newer work "
                    "(this tab's changes are replaced), or save this tab's work to a file first.");
        if (secondary_button("Load the newer work")) load_newer_work();
        ImGui::SameLine();
        if (secondary_button("Save this tab's work to a file")) save_this_tabs_work();
        ImGui::Dummy(ImVec2(0, 8));
    }
    if (!unreadable_keys_.empty() && !unreadable_dismissed_) {
        // The reason is a sentence of its own (error_in_words), not a parenthesis inside this one.
        std::string why = unreadable_reason_.empty() ? "" : " " + unreadable_reason_ + ".";
        warning_box("An autosave this copy of fairterms cannot read is kept aside in this browser and is never overwritten." +
                    why + " A newer version of fairterms may open it.");
        if (secondary_button("Save the unreadable copy to a file")) save_unreadable_copy();
        ImGui::SameLine();
        if (secondary_button("Hide this message")) unreadable_dismissed_ = true;
        ImGui::Dummy(ImVec2(0, 8));
    }
    if (confirm_open_) {
        warning_box(std::string("Opening a workspace file replaces everything here, and your latest changes are not "
                                "saved in a file. ") + kUndoHow);
        // The question sits at the top of the page, which may be scrolled far down, while the key that asked
        // it was pressed in the header: focus goes to the first answer, which scrolls it into view (a
        // keyboard user pressing Enter on "Open workspace…" otherwise saw nothing happen).
        if (confirm_focus_) {
            confirm_focus_ = false;
            // request_focus then app_focused left the browser's focus on the header button (app_focused does
            // nothing once the node is focused), so a keyboard user heard nothing: move_focus does both.
            sem::move_focus(ImGui::GetID("Save to file first"));
            sem::announce("Opening a workspace file replaces everything here. Save to file first, open anyway, or cancel.", true);
        }
        if (secondary_button("Save to file first")) {
            confirm_open_ = false;
            save_to_file();
        }
        ImGui::SameLine();
        if (secondary_button("Open anyway")) start_open();
        ImGui::SameLine();
        if (secondary_button("Cancel##open")) cancel_question();
        ImGui::Dummy(ImVec2(0, 8));
    }
    ImGui::PopID();
}

void Autosave::draw_header_file(float right_x, float centre_y) {
    if (working_file_.empty()) return;
    std::string line = "Working file: " + working_file_;
    if (writing_ || in_file_ != change_) line += in_file_ < 0 ? " \xE2\x80\x94 being written" : " \xE2\x80\x94 changes not yet written";
    else if (!written_at_.empty()) line += " \xE2\x80\x94 written at " + written_at_;
    else line += " \xE2\x80\x94 written";
    // Drawn cut to fit beside the buttons; a screen reader gets the whole line.
    std::string shown = fit_with_ellipsis(line, 360);
    ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    ImVec2 at(right_x - size.x, centre_y - size.y * 0.5f);
    ImGui::GetWindowDrawList()->AddText(at, colour::rgb(colour::kWhite), shown.c_str());
    sem::add(sem::Role::status, ImGui::GetID("##working-file"), line, at.x, at.y, size.x, size.y);
}

void Autosave::draw_footer_status(float x, float y) {
    // The navigation is narrow: when the whole status does not fit, its first part ("Not saved in this
    // browser") is drawn and the notice above the screen says why, rather than a line cut mid-word; a screen
    // reader gets it all.
    const std::string mark = status_ok() ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ";
    std::string line = mark + status();
    if (ImGui::CalcTextSize(line.c_str()).x > 200 && line.find(':') != std::string::npos) line = line.substr(0, line.find(':'));
    line = fit_with_ellipsis(line, 200);
    ImVec2 size = ImGui::CalcTextSize(line.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, y), colour::rgb(status_ok() ? colour::kGreen : colour::kRed), line.c_str());
    sem::add(sem::Role::status, ImGui::GetID("##storage-status"), status(), x, y, size.x, size.y);
}

void Autosave::draw_privacy_controls(const Fonts& fonts) {
    card_begin("saving");
    section_heading(fonts, "How your work is kept");
    if (keep_no_copy_)
        paragraph("\xE2\x80\xA2 No copy of your work is kept in this browser: it is only in the files you save.");
    else if (storage_failed_)
        paragraph("\xE2\x80\xA2 This browser refuses to keep anything, so your work is not saved automatically here. "
                  "Save it to a file.");
    else
        paragraph("\xE2\x80\xA2 Everything you enter is saved automatically in this browser, on this computer.");
    if (platform_.has_working_files())
        paragraph("\xE2\x80\xA2 \"Save to file\" at the top right asks where to keep a workspace file; from then on "
                  "every change is written to it, and the header shows its name. \"Open workspace\xE2\x80\xA6\" does "
                  "the same with a file you already have.");
    else
        paragraph("\xE2\x80\xA2 To keep a copy, share it with a colleague or move to another computer, use "
                  "\"Save to file\" at the top right. It downloads one workspace file.");
    paragraph((std::string("\xE2\x80\xA2 To carry on from a saved file, use \"Open workspace\xE2\x80\xA6\". It asks first "
                          "when your latest changes are not in a file. ") + kUndoHow).c_str());
    ImGui::Dummy(ImVec2(0, 4));
    paragraph("Other pages opened from files on this computer in the same browser can read what fairterms keeps in "
              "this browser. If that matters for this work, keep no copy here and work in files.");
    bool keep = keep_no_copy_;
    if (checkbox("Keep no copy in this browser", &keep)) set_keep_no_copy(keep);
    item_tooltip("Work only in files: nothing you enter is stored in this browser. Remembered for next time.");
    if (!confirm_clear_) {
        if (secondary_button("Clear all data in this browser")) {
            confirm_clear_ = true;
            clear_opener_ = sem::last_item_id();   // drawn again, with this id, once the question goes
        }
        item_tooltip("Removes everything fairterms keeps in this browser; asks first");
    } else {
        warning_box("This removes everything fairterms keeps in this browser: the saved work, any unreadable copy "
                    "kept aside, and your settings. What is on screen stays until you close this tab.");
        if (danger_button("Clear all data")) clear_all_data();
        ImGui::SameLine();
        if (secondary_button("Cancel##clear")) cancel_question();
    }
    hint_text("Clearing this browser's site data also removes the automatic copy, so save a file for anything you need to keep.");
    card_end();
}

}  // namespace ft::ui
