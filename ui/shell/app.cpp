#include "shell/app.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "shell/error_words.h"
#include "shell/flow.h"
#include "shell/semantics.h"
#include "version.h"
#include "shell/widgets.h"
#include "workspace.h"

namespace ft::ui {
namespace {

constexpr double kToastMs = 6000;
constexpr float kHeaderHeight = 64.0f;
constexpr float kNavWidth = 232.0f;
// Typing in one field is one step; a pause this long ends it (as leaving the field or Enter does).
constexpr double kTypingPauseMs = 1000;

// "\"northfield.fairterms.json\"" -> "northfield.fairterms.json": step names read as plain commands.
std::string unquoted(const std::string& s) {
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
    return s;
}

// Screens describe a change in the past tense for its message ("Deleted quote \"Q1\""); the step that Undo
// names is a command ("Undo Delete quote \"Q1\""), like every other step.
std::string as_command(const std::string& what) {
    static const std::pair<const char*, const char*> verbs[] = {
        {"Deleted ", "Delete "}, {"Removed ", "Remove "}, {"Opened ", "Open "}, {"Imported ", "Import "},
        {"Replaced ", "Replace "}, {"Cleared ", "Clear "}, {"Switched ", "Switch "}, {"Filled ", "Fill "},
        {"Stopped ", "Stop "}, {"Left ", "Leave "}, {"Now comparing ", "Compare "}, {"Comparing ", "Compare "}};
    for (const auto& [past, command] : verbs)
        if (what.rfind(past, 0) == 0) return command + what.substr(std::string(past).size());
    return what;
}

}  // namespace

App::App(Platform& platform, std::vector<std::unique_ptr<Screen>> screens)
    : platform_(platform),
      screens_(std::move(screens)),
      autosave_(platform, AutosaveHooks{
                              [this] { return end_of_frame_json(); },
                              [this](const std::string& text) -> std::string {
                                  try {
                                      apply_workspace(workspace::load(text));
                                      return "";
                                  } catch (const InputError& e) {
                                      return error_in_words(e.pointer, e.message);
                                  }
                              },
                              [this](const std::string& text, const std::string& source) { return load_workspace_text(text, source); },
                              [this](const std::string& message, ToastKind kind) { toast(message, kind); },
                              [this] {
                                  LeftOut lost = left_out_on_load();
                                  return lost.parts.empty() ? std::string() : lost.parts + ". See " + lost.screens;
                              }
                          }),
      display_(load_display(platform)) {
    laid_out_.assign(screens_.size(), false);
    // Fields' kept texts live in ui/widgets for the process; a new app (native tests make many) starts clean.
    forget_field_texts();
}

App::~App() = default;

void App::set_pixel_ratio(float ratio) {
    fonts_ = load_fonts(ratio);
    apply_style();
    forget_layouts();
}

// Storage is checked, and an unreadable autosave moved aside, before the first frame (shell/autosave.cpp).
void App::restore_autosave() {
    // The history starts from what is restored here (update_history, at the end of the next frame).
    history_started_ = false;
    history_start_due_ = false;
    autosave_.restore();
}

std::string App::workspace_json() const {
    ojson doc = workspace::empty();
    for (const auto& s : screens_) s->save(doc);
    return doc.dump(2);
}

std::string App::end_of_frame_json() const {
    if (!frame_end_) return workspace_json();
    if (!frame_end_json_) frame_end_json_ = workspace_json();
    return *frame_end_json_;
}

void App::apply_workspace(const json& doc) {
    frame_end_json_.reset();
    forget_layouts();
    for (auto& s : screens_) s->load(doc);
}

bool App::load_workspace_text(const std::string& text, const std::string& source) {
    json doc;
    std::vector<std::string> unknown;   // parts a newer version of the same format added: left out, and said so
    try {
        doc = workspace::load(text, &unknown);
    } catch (const InputError& e) {
        // In words, never "at /schema" (found by a new user): the place is named as the file names it.
        toast("Could not open " + source + ". " + error_in_words(e.pointer, e.message) + ". Your current work is unchanged.",
              ToastKind::error);
        return false;
    }
    // Opening a file is a step like any other: what was typed before it stays one step of its own, and
    // Undo after the open goes back to exactly the work that was there. The open's own step is committed at
    // the end of the next frame, as every other change is, so the opened workspace is copied once there for
    // both the history and the autosave (issue 14), not once here and again for the autosave.
    commit_pending();
    apply_workspace(doc);
    forget_field_texts();
    pending_.dirty = true;
    pending_.named = true;
    pending_.name = "Open " + unquoted(source);
    pending_.field = 0;
    edited_ = false;
    unknown_parts_ = unknown.size();
    return true;
}

void App::push_undo(const std::string& what) {
    // Called just before the change: whatever was pending is its own step, and the change that follows
    // (committed at the end of this frame) is named `what`.
    commit_pending();
    forget_unseen_field_texts();
    pending_.dirty = true;
    pending_.named = true;
    pending_.name = as_command(what);
    pending_.field = 0;
    toasts_.push_back({what + ".", ToastKind::info, platform_.now_ms(), true});
    sem::announce(what + ". Undo (Ctrl+Z) takes it back.");
}

void App::start_history() {
    if (history_started_) return;
    history_.reset(workspace_json());
    history_started_ = true;
}

void App::commit_pending() {
    start_history();   // a step taken before the deferred first state (update_history) goes back to the state before it
    if (!pending_.dirty) return;
    std::string name = pending_.name.empty() ? std::string("Change") : pending_.name;
    pending_ = {};
    if (history_.commit(name, end_of_frame_json())) changed_ = true;
}

bool App::undo() {
    commit_pending();
    if (!history_.can_undo()) return false;
    std::string name = history_.undo_name();
    return apply_history_state(history_.undo(), "Undone", name);
}

bool App::redo() {
    commit_pending();
    if (!history_.can_redo()) return false;
    std::string name = history_.redo_name();
    return apply_history_state(history_.redo(), "Redone", name);
}

bool App::apply_history_state(const std::optional<std::string>& state, const std::string& verb, const std::string& name) {
    if (!state) return false;
    try {
        apply_workspace(workspace::load(*state));
    } catch (const InputError& e) {
        // Our own snapshots always read back; if one ever did not, say so rather than lose the work on show.
        toast(verb + " failed: " + e.message + ".", ToastKind::error);
        return false;
    }
    // Fields show the restored values, not text kept from before.
    forget_field_texts();
    edited_ = false;
    changed_ = true;
    toast(verb + ": " + name + ".", ToastKind::success);
    return true;
}

void App::forget_layouts() { std::fill(laid_out_.begin(), laid_out_.end(), false); }

bool App::update_history() {
    EditNote note = take_edit_note();
    if (!history_started_) {
        if (!edited_ && !history_start_due_) {
            // Start-up (issue 14): the first state serialises every screen (and parses the readiness
            // instrument for it), a good part of the first frame's time. A first frame that changed nothing
            // leaves it to the start of the next frame (App::frame), before any input is handled there, so it
            // is the same state; any step taken sooner takes it first (commit_pending).
            history_start_due_ = true;
        } else {
            start_history();
            pending_ = {};
            edited_ = false;
        }
    }
    double now = platform_.now_ms();
    if (edited_) {
        edited_ = false;
        if (!pending_.dirty) {
            // The step is named after the widget that made it: its accessible name, else its visible label.
            std::string label = note.label;
            if (const sem::Node* n = sem::find_building(note.id); n && !n->name.empty()) label = n->name;
            pending_.dirty = true;
            pending_.named = false;
            pending_.name = note.id == 0 ? "Change" : note.button ? label : "Change " + label;
            pending_.field = note.text_field ? note.id : 0;
        }
        pending_.last_change_ms = now;
    }

    HistoryRequest request = take_history_request();
    // ImGui's keys reach here only when no DOM element has the focus (web/input.cpp); a text field being
    // edited in ImGui (native) keeps Ctrl+Z for its own undo.
    ImGuiIO& io = ImGui::GetIO();
    if ((io.KeyCtrl || io.KeySuper) && !io.WantTextInput) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false))
            request = io.KeyShift ? HistoryRequest::redo : HistoryRequest::undo;
        else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false))
            request = HistoryRequest::redo;
    }

    if (pending_.dirty) {
        unsigned f = pending_.field;
        bool typing = f != 0 && (sem::focused() == f || ImGui::GetActiveID() == f);
        bool enter = typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
        if (!typing || enter || request != HistoryRequest::none || now - pending_.last_change_ms >= kTypingPauseMs)
            commit_pending();
    }
    if (request == HistoryRequest::undo) undo();
    else if (request == HistoryRequest::redo) redo();
    return request != HistoryRequest::none;
}

std::vector<std::string> App::toast_messages() const {
    std::vector<std::string> out;
    for (const auto& t : toasts_) out.push_back(t.message);
    return out;
}

void App::toast(const std::string& message, ToastKind kind) {
    // The same message again (a button pressed twice) restarts its time rather than stacking a copy.
    toasts_.erase(std::remove_if(toasts_.begin(), toasts_.end(), [&](const Toast& t) { return t.message == message; }),
                  toasts_.end());
    toasts_.push_back({message, kind, platform_.now_ms(), false});
    sem::announce(message, kind == ToastKind::error);
}

void App::go_to(ScreenId id) {
    for (std::size_t i = 0; i < screens_.size(); ++i)
        if (screens_[i]->id() == id) current_ = i;
}

Screen* App::screen(ScreenId id) {
    for (auto& s : screens_)
        if (s->id() == id) return s.get();
    return nullptr;
}

void App::on_file_opened(const std::string& purpose, const std::string& name, const std::string& bytes) {
    if (purpose == "workspace") {
        if (load_workspace_text(bytes, "\"" + name + "\"")) {
            // A file that opened supersedes the refusals of earlier tries: they no longer describe the work shown.
            toasts_.erase(std::remove_if(toasts_.begin(), toasts_.end(),
                                         [](const Toast& t) { return t.message.rfind("Could not open ", 0) == 0; }),
                          toasts_.end());
            // What a damaged file lost is said now, in the message that it opened, not only when the screen
            // concerned is next visited (found by a new user): nothing is left out silently.
            auto [parts, screens] = left_out_on_load();
            if (unknown_parts_ > 0)
                parts += (parts.empty() ? "" : "; ") + std::to_string(unknown_parts_) +
                         (unknown_parts_ == 1 ? " part" : " parts") + " this version of fairterms does not know, perhaps from a newer version";
            std::string message = "Opened \"" + name + "\".";
            if (!parts.empty()) message += " Some parts could not be read and were left out: " + parts + ".";
            if (!screens.empty()) message += " See " + screens + ".";
            message += " Undo (Ctrl+Z) takes it back.";
            toasts_.push_back({message, parts.empty() ? ToastKind::success : ToastKind::error, platform_.now_ms(), true});
            sem::announce(message, !parts.empty());
            autosave_.opened_from_file();
        }
        return;
    }
    for (auto& s : screens_) {
        std::string prefix = std::string(s->nav_label()) + ":";
        if (purpose.rfind(prefix, 0) == 0) s->on_file_opened(purpose, name, bytes, *this);
    }
}

App::LeftOut App::left_out_on_load() const {
    LeftOut out;
    std::size_t named = 0;
    for (const auto& s : screens_) {
        std::string lost = s->left_out_on_load();
        if (lost.empty()) continue;
        out.parts += (out.parts.empty() ? "" : "; ") + lost;
        out.screens += std::string(named++ ? ", " : "") + s->nav_label();
    }
    if (named > 1) out.screens.replace(out.screens.rfind(", "), 2, " and ");
    return out;
}

double App::wants_frame_within_ms() const {
    // A step being typed ends after a pause even if nothing else happens: wake for it.
    double typing = pending_.dirty && pending_.field ? std::max(0.0, pending_.last_change_ms + kTypingPauseMs - platform_.now_ms()) + 1 : -1;
    double file = autosave_.wants_frame_within_ms();   // a working-file write waiting for a pause in typing
    if (file >= 0) typing = typing < 0 ? file : std::min(typing, file);
    if (toasts_.empty()) return typing;
    double oldest = toasts_.front().shown_at;
    for (const auto& t : toasts_) oldest = std::min(oldest, t.shown_at);
    double toast_ms = std::max(0.0, oldest + kToastMs - platform_.now_ms()) + 1;
    return typing < 0 ? toast_ms : std::min(typing, toast_ms);
}


void App::frame() {
    if (history_start_due_) start_history();   // deferred from the first frame (update_history)
    sem::begin_frame();
    // Escape from the platform (the mirror has focus, so ImGui never saw the key) closes open popups; with none
    // open it cancels a question on show (opening over unsaved work), as in any dialog. ImGui's own Escape
    // (the canvas has the keyboard) does the same when it is not leaving a popup or a text field.
    ImGuiContext& imgui = *ImGui::GetCurrentContext();
    const bool popups = !imgui.OpenPopupStack.empty();
    const bool escape = sem::take_escape() ||
                        (!popups && imgui.ActiveId == 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false));
    if (escape && popups) ImGui::ClosePopupToLevel(0, true);
    else if (escape) autosave_.cancel_question();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    // No background of its own, nor has the content area below: the platform clears each frame to the page
    // background (Platform contract), and a second and third layer of the same colour over the whole window
    // only cost fill time (issue 14: 1 to 2 ms each for Canvas 2D at a pixel ratio of 2).
    ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                  ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("fairterms", nullptr, root_flags);
    ImGui::PopStyleVar(2);

    const std::size_t screen_before = current_;
    const std::size_t toasts_before = toasts_.size();
    draw_header();
    const std::optional<std::size_t> nav_choice = draw_navigation();
    ImGui::SameLine(0, 0);

    ImGui::BeginGroup();
    sem::set_region(sem::Region::main);
    // Notices about where work is kept (another tab's newer work, an unreadable autosave, open over unsaved
    // work) stay in view above the screen, which scrolls beneath them: a person scrolled far down a long
    // screen must still see that this tab no longer saves. On a short window (a large size) they are part of
    // the page instead, so they cannot take most of the screen.
    const bool fixed_notices = autosave_.has_notices() && !flow::page_scrolls();
    if (fixed_notices) draw_notice_band();
    // Each screen scrolls in a window of its own, which keeps its place and remembers its height from the last
    // visit: a change of screen is then laid out right in the pass that makes it (the scroll bar, and the width
    // it leaves, come from the screen's own last height, not the previous screen's), which shown_in_full needs.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 24));
    ImGui::PushID(int(current_));
    ImGui::BeginChild("content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    ImGui::PushTextWrapPos(0.0f);
    if (!fixed_notices) autosave_.draw_notices();
    // A screen laid out before, with nothing it depends on changed since, takes the same room again.
    const bool known_layout = laid_out_[current_];
    screens_[current_]->draw(*this);
    laid_out_[current_] = true;
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 24));
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::EndGroup();
    ImGui::End();

    sem::set_region(sem::Region::messages);
    draw_toasts();

    // Every change becomes a named step; Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z outside a text field take it back
    // and do it again. Autosave stores committed steps only, never half-typed or refused text.
    frame_end_ = true;
    const bool edited = edited_;
    const bool history_ran = update_history();
    // Only a change of screen from the navigation is shown in full by the pass that made it (draw_navigation),
    // and only to a screen whose height from its last visit still holds (see laid_out_).
    shown_in_full_ = nav_choice == current_ && current_ != screen_before && known_layout && !edited && !history_ran &&
                     toasts_.size() == toasts_before && imgui.OpenPopupStack.empty();
    if (edited || history_ran || vp->Size.x != layout_size_.x || vp->Size.y != layout_size_.y) {
        forget_layouts();
        laid_out_[current_] = true;
        layout_size_ = vp->Size;
    }

    autosave_.after_frame(changed_);
    changed_ = false;
    frame_end_ = false;
    frame_end_json_.reset();
    sem::end_frame();
}

void App::draw_notice_band() {
    // Drawn in the root window, on the page's background, padded as the screen below is, with a rule under it
    // where the scrolling screen begins. The background goes in behind once the notices' height is known.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad_x = 32.0f, pad_y = 16.0f;
    // Its right edge lines up with the cards of the screen below, which leave room for a scrollbar.
    const float right_pad = pad_x + ImGui::GetStyle().ScrollbarSize;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad_x, top.y + pad_y));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width - pad_x - right_pad);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - pad_x - right_pad);
    // Widgets that size to the space left (warning_box) must see the band's inner width, not the window's.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float old_max = w->WorkRect.Max.x;
    w->WorkRect.Max.x = top.x + width - right_pad;
    w->ContentRegionRect.Max.x = w->WorkRect.Max.x;
    autosave_.draw_notices();
    w->WorkRect.Max.x = old_max;
    w->ContentRegionRect.Max.x = old_max;
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad_y * 0.5f;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(top, ImVec2(top.x + width, bottom), colour::rgb(colour::kBackground));
    dl->AddLine(ImVec2(top.x, bottom - 0.5f), ImVec2(top.x + width, bottom - 0.5f), colour::rgb(colour::kBorder));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
}

void App::draw_header() {
    sem::set_region(sem::Region::banner);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float width = ImGui::GetWindowWidth();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + kHeaderHeight), colour::rgb(colour::kNhsBlue));

    ImGui::PushFont(fonts_.title);
    ImVec2 title_size = ImGui::CalcTextSize("fairterms");
    dl->AddText(fonts_.title, ImGui::GetFontSize(), ImVec2(p.x + 24, p.y + (kHeaderHeight - title_size.y) * 0.5f),
                colour::rgb(colour::kWhite), "fairterms");
    ImGui::PopFont();
    sem::add(sem::Role::heading, ImGui::GetID("##app-title"), "fairterms", p.x + 24, p.y, title_size.x, kHeaderHeight).level = 1;
    const char* strap = "Fair terms for NHS data partnerships";
    ImVec2 strap_size = ImGui::CalcTextSize(strap);
    // The strapline gives way to the buttons on a narrow window (Undo and Redo take about 150 pixels).
    float buttons_w = ImGui::CalcTextSize("Open workspace\xE2\x80\xA6Save to fileUndoRedo").x + ImGui::GetStyle().FramePadding.x * 8 + 24 + 20 + 20 + 10;
    if (p.x + 24 + title_size.x + 16 + strap_size.x + 16 < p.x + width - buttons_w)
        dl->AddText(ImVec2(p.x + 24 + title_size.x + 16, p.y + (kHeaderHeight - strap_size.y) * 0.5f + 2),
                    colour::rgb(0xDCE8F5), strap);

    // Right side: workspace file actions. White-on-blue outline buttons.
    const char* open_label = "Open workspace\xE2\x80\xA6";
    const char* save_label = "Save to file";
    ImGuiStyle& style = ImGui::GetStyle();
    float open_w = ImGui::CalcTextSize(open_label).x + style.FramePadding.x * 2;
    float save_w = ImGui::CalcTextSize(save_label).x + style.FramePadding.x * 2;
    float button_h = ImGui::GetFrameHeight();
    float x = p.x + width - 24 - save_w - 10 - open_w;
    ImGui::SetCursorScreenPos(ImVec2(x, p.y + (kHeaderHeight - button_h) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(colour::kNhsBlue));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::vec(colour::kDarkBlue));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::vec(colour::kDarkBlue));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kWhite));
    ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kWhite, 0.8f));
    float history_x = draw_history_buttons(x - 20, p.y + (kHeaderHeight - button_h) * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(x, p.y + (kHeaderHeight - button_h) * 0.5f));
    if (ui::button(open_label)) autosave_.open_workspace(sem::last_item_id());
    ui::item_tooltip("Open a workspace file saved from fairterms (replaces what is here; asks first if your latest "
                     "changes are in no file; Undo or Ctrl+Z takes it back)");
    ImGui::SameLine(0, 10);
    if (ui::button(save_label)) autosave_.save_to_file();
    ui::item_tooltip(platform_.has_working_files() ? "Choose a file to keep your work in; every change is then written to it"
                                                   : "Download everything you have entered as one JSON file");
    autosave_.draw_header_file(history_x - 16, p.y + kHeaderHeight * 0.5f);
    ImGui::PopStyleColor(5);
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + kHeaderHeight));
}

// Undo and Redo in the header, ending at right_x; their names and tooltips say which step they take back.
// The colours pushed for the header's other buttons are in force.
float App::draw_history_buttons(float right_x, float y) {
    ImGuiStyle& style = ImGui::GetStyle();
    const char* undo_label = "Undo##history";
    const char* redo_label = "Redo##history";
    float undo_w = ImGui::CalcTextSize(undo_label, nullptr, true).x + style.FramePadding.x * 2;
    float redo_w = ImGui::CalcTextSize(redo_label, nullptr, true).x + style.FramePadding.x * 2;
    float left = right_x - redo_w - 10 - undo_w;
    ImGui::SetCursorScreenPos(ImVec2(left, y));
    bool can_undo = history_.can_undo() || pending_.dirty;
    bool can_redo = history_.can_redo() && !pending_.dirty;
    // The step in progress (typing not yet ended) is what Undo takes back first.
    std::string undo_step = pending_.dirty ? (pending_.name.empty() ? std::string("Change") : pending_.name) : history_.undo_name();

    ImGui::BeginDisabled(!can_undo);
    bool undo_pressed = ui::button(undo_label);
    unsigned undo_id = ImGui::GetItemID();
    ImGui::EndDisabled();
    std::string undo_name = can_undo ? "Undo " + undo_step : std::string("Undo");
    sem::set_name(undo_id, undo_name);
    if (can_undo) ui::item_tooltip("%s (Ctrl+Z)", undo_name.c_str());
    else ui::item_tooltip("Nothing to undo yet");

    ImGui::SameLine(0, 10);
    ImGui::BeginDisabled(!can_redo);
    bool redo_pressed = ui::button(redo_label);
    unsigned redo_id = ImGui::GetItemID();
    ImGui::EndDisabled();
    std::string redo_name = can_redo ? "Redo " + history_.redo_name() : std::string("Redo");
    sem::set_name(redo_id, redo_name);
    if (can_redo) ui::item_tooltip("%s (Ctrl+Y or Ctrl+Shift+Z)", redo_name.c_str());
    else ui::item_tooltip("Nothing to redo");

    // Through the request, so the step in progress is committed first, in the same place as the keys.
    if (undo_pressed && can_undo) request_history(HistoryRequest::undo);
    if (redo_pressed && can_redo) request_history(HistoryRequest::redo);
    return left;
}

std::optional<std::size_t> App::draw_navigation() {
    sem::set_region(sem::Region::navigation);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 16));
    ImGui::BeginChild("navigation", ImVec2(kNavWidth, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 win_pos = ImGui::GetWindowPos();
    dl->AddLine(ImVec2(win_pos.x + kNavWidth - 1, win_pos.y), ImVec2(win_pos.x + kNavWidth - 1, win_pos.y + ImGui::GetWindowHeight()),
                colour::rgb(colour::kPaleGrey));

    // Each entry is a Selectable drawn invisibly (the colours it would fill with have no alpha, so it adds
    // nothing to draw) and painted below once every entry has been handled: an entry above the one clicked
    // then shows the new choice in this same pass, so a change of screen needs no second pass (shown_in_full).
    // Drawing nothing of its own also keeps a press, which changes only ImGui's colours, off the canvas.
    struct Row {
        ImVec2 at;
        bool hovered;
        unsigned id;
    };
    std::vector<Row> rows(screens_.size());
    std::optional<std::size_t> chosen;
    const float row_h = 58.0f;
    const ImVec4 none(0, 0, 0, 0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Screen& s = *screens_[i];
        const ImVec2 row = ImGui::GetCursorScreenPos();
        ImGui::PushStyleColor(ImGuiCol_Header, none);
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, none);
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, none);
        ImGui::PushStyleColor(ImGuiCol_Text, none);
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0));
        ImGui::PushID(int(i));
        if (ui::selectable(s.nav_label(), i == current_, 0, ImVec2(kNavWidth - 1, row_h))) {
            current_ = i;
            chosen = i;
        }
        rows[i] = {row, ImGui::IsItemHovered(), ImGui::GetItemID()};
        ImGui::PopID();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(4);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Screen& s = *screens_[i];
        const bool selected = i == current_;
        const ImVec2 row = rows[i].at;
        // Navigation entries are links to screens; the one on show is the current page.
        if (sem::Node* n = sem::find_building(rows[i].id)) {
            n->role = sem::Role::link;
            n->description = s.nav_hint();
            n->selected = selected;
        }
        dl->AddRectFilled(row, ImVec2(row.x + kNavWidth - 1, row.y + row_h),
                          colour::rgb(selected ? colour::kPaleBlue : (rows[i].hovered ? 0xF4F7F9 : colour::kWhite)));
        if (selected) dl->AddRectFilled(row, ImVec2(row.x + 4, row.y + row_h), colour::rgb(colour::kNhsBlue));
        dl->AddText(fonts_.bold, ImGui::GetFontSize(), ImVec2(row.x + 24, row.y + 9),
                    colour::rgb(selected ? colour::kNhsBlue : colour::kText), s.nav_label());
        dl->AddText(ImVec2(row.x + 24, row.y + 31), colour::rgb(colour::kSecondaryText), s.nav_hint());
    }

    // Display choices (high contrast, size), then the status at the foot of the navigation: where the work is
    // kept, the version, and how the app is drawn. On a short window (a large size) they follow the entries
    // and the navigation scrolls, rather than drawing over them.
    RendererDescription renderer = platform_.renderer_description();
    const float display_h = 2 * ImGui::GetFrameHeight() + 24;
    // The status lines reach this far below foot_y; with the window's 16 px bottom padding they end exactly at
    // the window's foot, so the navigation has nothing to scroll (it showed a scroll bar for 8 px it did not need).
    const float foot_h = renderer.name.empty() ? 66.0f : 88.0f;
    float foot_y = win_pos.y + ImGui::GetWindowHeight() - 16 - foot_h;
    foot_y = std::max(foot_y, ImGui::GetCursorScreenPos().y + display_h + 16);
    ImGui::SetCursorScreenPos(ImVec2(win_pos.x, foot_y - display_h));
    ImGui::Indent(24.0f);   // both rows in line with the status text
    if (display_controls(display_, 96)) save_display(platform_, display_);
    ImGui::Unindent(24.0f);
    ImGui::SetCursorScreenPos(ImVec2(win_pos.x, foot_y + foot_h - 2));
    ImGui::Dummy(ImVec2(1, 1));
    autosave_.draw_footer_status(win_pos.x + 24, foot_y);
    dl->AddText(ImVec2(win_pos.x + 24, foot_y + 22), colour::rgb(colour::kSecondaryText),
                "Nothing leaves this computer.");
    dl->AddText(ImVec2(win_pos.x + 24, foot_y + 44), colour::rgb(colour::kSecondaryText), (std::string("Version ") + kVersion).c_str());
    if (!renderer.name.empty()) {
        // Which renderer draws the page, and why, helps whoever supports a machine with no GPU drawing.
        std::string drawn = "Drawn with " + renderer.name;
        ImVec2 at(win_pos.x + 24, foot_y + 66);
        dl->AddText(at, colour::rgb(colour::kSecondaryText), drawn.c_str());   // 4.5:1 on white
        ImVec2 size = ImGui::CalcTextSize(drawn.c_str());
        if (!renderer.reason.empty() && ImGui::IsMouseHoveringRect(at, ImVec2(at.x + size.x, at.y + size.y)))
            tooltip("Drawn with %s: %s.", renderer.name.c_str(), renderer.reason.c_str());
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    return chosen;
}

void App::draw_toasts() {
    double now = platform_.now_ms();
    toasts_.erase(std::remove_if(toasts_.begin(), toasts_.end(), [&](const Toast& t) { return now - t.shown_at > kToastMs; }),
                  toasts_.end());
    if (toasts_.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - 24, vp->Pos.y + vp->Size.y - 24), ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(280, 0), ImVec2(460, vp->Size.y * 0.6f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colour::vec(colour::kText));
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kWhite));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 6.0f);
    ImGui::Begin("messages", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    bool undo_clicked = false;
    for (std::size_t i = 0; i < toasts_.size(); ++i) {
        const Toast& t = toasts_[i];
        unsigned mark = t.kind == ToastKind::error ? 0xFFB3AE : (t.kind == ToastKind::success ? 0x9ED9B4 : colour::kLightBlue);
        // The mark only decorates (the message says what happened), so it is drawn, not read out.
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(mark));
        ImGui::TextUnformatted(t.kind == ToastKind::error ? "\xE2\x9C\x97" : "\xE2\x80\xA2");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        // Beside its mark, in lines of a fixed width broken between words only (found by a new user): ui::text's
        // reflow moved a long message under a mark left alone on its line, and wrapping to the window (sized
        // from its last frame, narrow when it first appears) broke a file name at the hyphens of its date.
        const std::string lines = wrap_between_words(t.message.c_str(), 380);
        ImGui::TextUnformatted(lines.data(), lines.data() + lines.size());
        sem::add_text(sem::Role::text, t.message);
        if (t.undo && history_.can_undo() && i + 1 == toasts_.size()) {
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(colour::kWhite));
            ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kText));
            if (ui::small_button("Undo##toast")) undo_clicked = true;
            ImGui::PopStyleColor(2);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (undo_clicked) {
        toasts_.clear();
        request_history(HistoryRequest::undo);
    }
}

}  // namespace ft::ui
