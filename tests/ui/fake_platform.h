// An in-memory Platform and a headless Dear ImGui driver, so the UI can be tested natively without a GPU.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "screens/screens.h"
#include "shell/app.h"
#include "shell/item_log.h"
#include "shell/keys.h"
#include "shell/scroll_chain.h"
#include "shell/semantics.h"

namespace ft::test {

struct FakePlatform final : ui::Platform {
    struct SavedFile { std::string name, media_type, bytes; };
    std::vector<SavedFile> saved;
    std::vector<std::string> opened_purposes;
    std::vector<std::string> printed;
    std::map<std::string, std::string> storage;
    std::string clip;
    bool refuse_storage = false;
    double clock_ms = 0;

    void save_file(const std::string& n, const std::string& m, const std::string& b) override { saved.push_back({n, m, b}); }
    void open_file(const std::string& purpose, const std::string&) override { opened_purposes.push_back(purpose); }
    void open_printable(const std::string& html) override { printed.push_back(html); }
    void set_clipboard(const std::string& t) override { clip = t; }
    std::string clipboard() override { return clip; }
    bool store(const std::string& k, const std::string& v) override {
        if (refuse_storage) return false;
        storage[k] = v;
        return true;
    }
    std::string load(const std::string& k) override { return storage.count(k) ? storage[k] : ""; }
    double now_ms() override { return clock_ms; }
    std::string today() override { return "2026-11-23"; }

    // Storage listing, tab identity and the leave warning, as the browser gives them.
    void remove(const std::string& k) override { storage.erase(k); }
    std::vector<std::string> stored_keys(const std::string& prefix) override {
        std::vector<std::string> out;
        for (const auto& kv : storage)
            if (kv.first.rfind(prefix, 0) == 0) out.push_back(kv.first);
        return out;
    }
    std::string tab = "tab-1";
    std::string copy = "/home/user/Downloads/fairterms.html";
    bool leave_warning = false;
    std::string instance_id() override { return tab; }
    std::string copy_location() override { return copy; }
    std::string time_of_day() override { return "14:32"; }
    void set_leave_warning(bool ask) override { leave_warning = ask; }

    // A working file as the File System Access API gives one: the test answers each request itself
    // through App::on_working_file().
    bool working_files = false;
    int choose_requests = 0, open_requests = 0, drops = 0;
    std::vector<std::string> file_writes;
    bool has_working_files() override { return working_files; }
    void choose_working_file(const std::string&) override { ++choose_requests; }
    void open_working_file() override { ++open_requests; }
    void write_working_file(const std::string& bytes) override { file_writes.push_back(bytes); }
    void drop_working_file() override { ++drops; }
};

// The published semantic node with this role and name, or with this id; null when there is none.
inline const ui::sem::Node* sem_node(ui::sem::Role role, const std::string& name) {
    for (const auto& n : ui::sem::nodes())
        if (n.role == role && n.name == name) return &n;
    return nullptr;
}
// Whether some node's name holds `part` (text read as a screen reader gets it).
inline bool sem_says(const std::string& part) {
    for (const auto& n : ui::sem::nodes())
        if (n.name.find(part) != std::string::npos) return true;
    return false;
}
inline const ui::sem::Node* sem_node(unsigned id) {
    for (const auto& n : ui::sem::nodes())
        if (n.id == id) return &n;
    return nullptr;
}

// Owns an ImGui context and an App; runs frames with synthetic input.
class Harness {
public:
    Harness() {
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        io.ConfigInputTextCursorBlink = false;
        ui::item_log_enable();
        ui::use_named_key_slots();
        app = std::make_unique<ui::App>(platform, ui::make_all_screens());
        app->set_pixel_ratio(1.0f);
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        app->restore_autosave();
    }
    ~Harness() {
        app.reset();
        ImGui::DestroyContext(ctx_);
    }

    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        platform.clock_ms += 16;
        ui::pass_wheel_at_scroll_ends();   // as web/main.cpp does
        ImGui::NewFrame();
        app->frame();
        ImGui::Render();
        ui::item_log_end_frame();
    }
    void frames(int n) { for (int i = 0; i < n; ++i) frame(); }

    // Turns the mouse wheel over `at` for `turns` frames, `notches` a frame (negative: down the page).
    void wheel(ImVec2 at, float notches, int turns = 1) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        for (int i = 0; i < turns; ++i) {
            io.MouseWheel = notches;
            frame();
        }
        io.MouseWheel = 0;
    }

    const ui::LoggedItem* find(const std::string& label) const {
        for (const auto& it : ui::item_log_items())
            if (it.label == label) return &it;
        return nullptr;
    }
    bool has(const std::string& label) const { return find(label) != nullptr; }

    // Moves the mouse to the centre of the item labelled `label` and clicks it. False if not on screen.
    bool click(const std::string& label) {
        const ui::LoggedItem* it = find(label);
        if (!it) return false;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(it->x + it->w / 2, it->y + it->h / 2);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frames(2);
        return true;
    }

    // Clicks a text field and types into it (replacing its contents), then presses Enter via focus loss.
    bool type_into(const std::string& label, const std::string& text) {
        if (!click(label)) return false;
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        io.KeysDown[io.KeyMap[ImGuiKey_A]] = true;
        frame();
        io.KeysDown[io.KeyMap[ImGuiKey_A]] = false;
        io.KeyCtrl = false;
        frame();
        io.AddInputCharactersUTF8(text.c_str());
        frames(2);
        return true;
    }

    FakePlatform platform;
    std::unique_ptr<ui::App> app;

private:
    ImGuiContext* ctx_;
};

}  // namespace ft::test
