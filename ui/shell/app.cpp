#include "shell/app.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "shell/semantics.h"
#include "version.h"
#include "shell/widgets.h"
#include "workspace.h"

namespace ft::ui {
namespace {

constexpr const char* kAutosaveKey = "fairterms.workspace";
constexpr double kToastMs = 6000;
constexpr std::size_t kUndoDepth = 20;
constexpr float kHeaderHeight = 64.0f;
constexpr float kNavWidth = 232.0f;

}  // namespace

App::App(Platform& platform, std::vector<std::unique_ptr<Screen>> screens)
    : platform_(platform), screens_(std::move(screens)), display_(load_display(platform)) {}

App::~App() = default;

void App::set_pixel_ratio(float ratio) {
    fonts_ = load_fonts(ratio);
    apply_style();
}

void App::restore_autosave() {
    std::string saved = platform_.load(kAutosaveKey);
    if (saved.empty()) return;
    try {
        apply_workspace(workspace::load(saved));
    } catch (const InputError& e) {
        // Keep the unreadable copy where it is (it is not overwritten until the user changes something) and say so.
        toast("Your last autosaved work could not be read (" + e.pointer + ": " + e.message +
                  "). Starting empty; open a saved workspace file to continue.",
              ToastKind::error);
    }
}

std::string App::workspace_json() const {
    ojson doc = workspace::empty();
    for (const auto& s : screens_) s->save(doc);
    return doc.dump(2);
}

void App::apply_workspace(const json& doc) {
    for (auto& s : screens_) s->load(doc);
}

bool App::load_workspace_text(const std::string& text, const std::string& source) {
    json doc;
    try {
        doc = workspace::load(text);
    } catch (const InputError& e) {
        std::string where = e.pointer.empty() ? "" : " at " + e.pointer;
        toast("Could not open " + source + ": " + e.message + where + ". Your current work is unchanged.", ToastKind::error);
        return false;
    }
    push_undo("Opened " + source);
    apply_workspace(doc);
    mark_changed();
    return true;
}

void App::push_undo(const std::string& what) {
    undo_.push_back({what, workspace_json()});
    if (undo_.size() > kUndoDepth) undo_.erase(undo_.begin());
    toasts_.push_back({what + ".", ToastKind::info, platform_.now_ms(), true});
    sem::announce(what + ". Undo is offered.");
}

void App::undo() {
    if (undo_.empty()) return;
    UndoEntry e = std::move(undo_.back());
    undo_.pop_back();
    apply_workspace(workspace::load(e.workspace));
    mark_changed();
    toast("Undone: " + e.what + ".", ToastKind::success);
}

std::vector<std::string> App::toast_messages() const {
    std::vector<std::string> out;
    for (const auto& t : toasts_) out.push_back(t.message);
    return out;
}

void App::toast(const std::string& message, ToastKind kind) {
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
        if (load_workspace_text(bytes, "\"" + name + "\"")) toast("Opened \"" + name + "\".", ToastKind::success);
        return;
    }
    for (auto& s : screens_) {
        std::string prefix = std::string(s->nav_label()) + ":";
        if (purpose.rfind(prefix, 0) == 0) s->on_file_opened(purpose, name, bytes, *this);
    }
}

double App::wants_frame_within_ms() const {
    if (toasts_.empty()) return -1;
    double oldest = toasts_.front().shown_at;
    for (const auto& t : toasts_) oldest = std::min(oldest, t.shown_at);
    return std::max(0.0, oldest + kToastMs - platform_.now_ms()) + 1;
}

void App::autosave_if_changed() {
    if (!changed_) return;
    changed_ = false;
    bool ok = platform_.store(kAutosaveKey, workspace_json());
    if (!ok && !storage_failed_)
        toast("This browser refused to keep your work (storage full or blocked). Use \"Save to file\" to keep it.",
              ToastKind::error);
    storage_failed_ = !ok;
    if (ok) last_saved_ms_ = platform_.now_ms();
}

void App::frame() {
    sem::begin_frame();
    // Escape from the platform (the mirror has focus, so ImGui never saw the key) closes open popups.
    if (sem::take_escape() && !ImGui::GetCurrentContext()->OpenPopupStack.empty()) ImGui::ClosePopupToLevel(0, true);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                  ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("fairterms", nullptr, root_flags);
    ImGui::PopStyleVar(2);

    draw_header();
    draw_navigation();
    ImGui::SameLine(0, 0);

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kBackground));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32, 24));
    ImGui::BeginChild("content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGui::PushTextWrapPos(0.0f);
    sem::set_region(sem::Region::main);
    screens_[current_]->draw(*this);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 24));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::End();

    sem::set_region(sem::Region::messages);
    draw_toasts();

    // Ctrl+Z outside a text field undoes the last destructive change.
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z)) && !io.WantTextInput) undo();

    autosave_if_changed();
    sem::end_frame();
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
    if (ui::button(open_label)) platform_.open_file("workspace", ".json,application/json");
    ui::item_tooltip("Open a workspace file saved from fairterms (replaces what is here; Undo is offered)");
    ImGui::SameLine(0, 10);
    if (ui::button(save_label)) {
        platform_.save_file("fairterms-workspace-" + platform_.today() + ".json", "application/json", workspace_json() + "\n");
        toast("Workspace saved as a file. Keep it somewhere safe, such as your organisation's shared drive.", ToastKind::success);
    }
    ui::item_tooltip("Download everything you have entered as one JSON file");
    ImGui::PopStyleColor(5);
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + kHeaderHeight));
}

void App::draw_navigation() {
    sem::set_region(sem::Region::navigation);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 16));
    ImGui::BeginChild("navigation", ImVec2(kNavWidth, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 win_pos = ImGui::GetWindowPos();
    dl->AddLine(ImVec2(win_pos.x + kNavWidth - 1, win_pos.y), ImVec2(win_pos.x + kNavWidth - 1, win_pos.y + ImGui::GetWindowHeight()),
                colour::rgb(colour::kPaleGrey));

    const float row_h = 58.0f;
    for (std::size_t i = 0; i < screens_.size(); ++i) {
        const Screen& s = *screens_[i];
        bool selected = i == current_;
        ImVec2 row = ImGui::GetCursorScreenPos();
        ImGui::PushStyleColor(ImGuiCol_Header, colour::vec(colour::kPaleBlue));
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0));
        ImGui::PushID(int(i));
        if (ui::selectable(s.nav_label(), selected, 0, ImVec2(kNavWidth - 1, row_h))) current_ = i;
        // Navigation entries are links to screens; the one on show is the current page.
        if (sem::Node* n = sem::find_building(ImGui::GetItemID())) {
            n->role = sem::Role::link;
            n->description = s.nav_hint();
        }
        ImGui::PopID();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        // The Selectable drew its own label at the top left; draw the real layout over it instead.
        ImGui::GetWindowDrawList()->AddRectFilled(row, ImVec2(row.x + kNavWidth - 1, row.y + row_h),
                                                  colour::rgb(selected ? colour::kPaleBlue
                                                                       : (ImGui::IsItemHovered() ? 0xF4F7F9 : colour::kWhite)));
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
    float foot_y = win_pos.y + ImGui::GetWindowHeight() - (renderer.name.empty() ? 74 : 96);
    foot_y = std::max(foot_y, ImGui::GetCursorScreenPos().y + display_h + 16);
    ImGui::SetCursorScreenPos(ImVec2(win_pos.x, foot_y - display_h));
    ImGui::Indent(24.0f);   // both rows in line with the status text
    if (display_controls(display_, 96)) save_display(platform_, display_);
    ImGui::Unindent(24.0f);
    ImGui::SetCursorScreenPos(ImVec2(win_pos.x, foot_y + (renderer.name.empty() ? 74 : 96) - 8));
    ImGui::Dummy(ImVec2(1, 1));
    std::string status;
    if (storage_failed_) status = "Not saved in this browser";
    else if (last_saved_ms_ < 0) status = "Saved in this browser";
    else {
        double secs = (platform_.now_ms() - last_saved_ms_) / 1000.0;
        status = secs < 60 ? "Saved in this browser just now" : "Saved in this browser";
    }
    dl->AddText(ImVec2(win_pos.x + 24, foot_y), colour::rgb(storage_failed_ ? colour::kRed : colour::kGreen),
                ("\xE2\x9C\x93 " + status).c_str());
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
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(mark));
        ui::text(t.kind == ToastKind::error ? "\xE2\x9C\x97" : "\xE2\x80\xA2");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 380);
        ui::text(t.message.c_str());
        ImGui::PopTextWrapPos();
        if (t.undo && !undo_.empty() && i + 1 == toasts_.size()) {
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
        undo();
    }
}

}  // namespace ft::ui
