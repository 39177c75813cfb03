// Where work is kept (ui/shell/autosave): one writer at a time across tabs and copies, an unreadable
// autosave kept aside, storage state from the start, the leave warning, working files, privacy controls.
#include <doctest/doctest.h>

#include <map>
#include <memory>

#include "fake_platform.h"
#include "shell/autosave.h"
#include "shell/semantics.h"

using ft::ui::Autosave;
using ft::ui::AutosaveHooks;
using ft::ui::ToastKind;

namespace {

// One browser profile's storage, shared by every tab opened in it.
using Storage = std::map<std::string, std::string>;

struct TabPlatform final : ft::ui::Platform {
    std::shared_ptr<Storage> storage;
    std::string tab, copy = "/home/user/Downloads/fairterms.html";
    bool refuse = false;
    std::string refuse_prefix;   // refuse only keys starting with this (a full quota for a second copy)
    bool leave = false, working = false;
    double clock = 0;
    std::vector<ft::test::FakePlatform::SavedFile> saved;
    std::vector<std::string> writes;
    int chooses = 0, opens = 0, drops = 0;
    std::vector<std::string> input_opens;

    TabPlatform(std::shared_ptr<Storage> s, std::string id) : storage(std::move(s)), tab(std::move(id)) {}
    void save_file(const std::string& n, const std::string& m, const std::string& b) override { saved.push_back({n, m, b}); }
    void open_file(const std::string& purpose, const std::string&) override { input_opens.push_back(purpose); }
    void open_printable(const std::string&) override {}
    void set_clipboard(const std::string&) override {}
    std::string clipboard() override { return ""; }
    bool store(const std::string& k, const std::string& v) override {
        if (refuse || (!refuse_prefix.empty() && k.rfind(refuse_prefix, 0) == 0)) return false;
        (*storage)[k] = v;
        return true;
    }
    std::string load(const std::string& k) override {
        if (refuse) return "";
        auto it = storage->find(k);
        return it == storage->end() ? "" : it->second;
    }
    void remove(const std::string& k) override { storage->erase(k); }
    std::vector<std::string> stored_keys(const std::string& prefix) override {
        std::vector<std::string> out;
        for (const auto& kv : *storage)
            if (kv.first.rfind(prefix, 0) == 0) out.push_back(kv.first);
        return out;
    }
    std::string instance_id() override { return tab; }
    std::string copy_location() override { return copy; }
    std::string time_of_day() override { return "14:32"; }
    void set_leave_warning(bool ask) override { leave = ask; }
    bool has_working_files() override { return working; }
    void choose_working_file(const std::string&) override { ++chooses; }
    void open_working_file() override { ++opens; }
    void write_working_file(const std::string& bytes) override { writes.push_back(bytes); }
    void drop_working_file() override { ++drops; }
    double now_ms() override { return clock; }
    std::string today() override { return "2026-11-30"; }
};

// A tab: its platform, its workspace (a string standing in for the screens) and its Autosave.
struct Tab {
    TabPlatform platform;
    std::string work = "{}";
    std::vector<std::string> toasts;
    std::unique_ptr<Autosave> autosave;

    Tab(std::shared_ptr<Storage> s, std::string id) : platform(std::move(s), std::move(id)) {
        AutosaveHooks hooks;
        hooks.workspace = [this] { return work; };
        hooks.restore = [this](const std::string& text) -> std::string {
            if (text.rfind("{broken", 0) == 0) return "/: not JSON";
            if (text.rfind("{future", 0) == 0) return "/schema: was saved by a newer version of fairterms";
            work = text;
            return "";
        };
        hooks.open = [this](const std::string& text, const std::string&) {
            if (text.rfind("{broken", 0) == 0) return false;
            work = text;
            return true;
        };
        hooks.toast = [this](const std::string& m, ToastKind) { toasts.push_back(m); };
        autosave = std::make_unique<Autosave>(platform, hooks);
        autosave->restore();
    }
    void edit(const std::string& w) {
        work = w;
        autosave->after_frame(true);
    }
    void idle(double ms = 16) {
        platform.clock += ms;
        autosave->after_frame(false);
    }
};

std::shared_ptr<Storage> profile() { return std::make_shared<Storage>(); }

}  // namespace

TEST_CASE("two tabs: the later tab never overwrites newer work, and says so at once") {
    auto storage = profile();
    Tab a(storage, "tab-a"), b(storage, "tab-b");
    a.edit("{\"a\":1}");
    CHECK((*storage)[ft::ui::kWorkspaceKey] == "{\"a\":1}");
    CHECK(!a.autosave->conflict());

    // B learns of A's write on its next frame (the storage event wakes it), before it changes anything.
    b.idle();
    REQUIRE(b.autosave->conflict());
    CHECK(b.autosave->newer_owner().tab == "tab-a");
    CHECK(b.autosave->status() == "Not saved in this browser: another tab has newer work");

    // B's edit stays in B: A's work is not overwritten, and leaving B would ask first.
    b.edit("{\"b\":1}");
    CHECK((*storage)[ft::ui::kWorkspaceKey] == "{\"a\":1}");
    CHECK(b.autosave->saved_nowhere());
    CHECK(b.platform.leave);

    // Reloading A brings A's work back.
    Tab a2(storage, "tab-a2");
    CHECK(a2.work == "{\"a\":1}");

    // B can keep its own work as a file, then load the newer work and carry on as the writer.
    b.autosave->save_this_tabs_work();
    REQUIRE(b.platform.saved.size() == 1);
    CHECK(b.platform.saved[0].bytes == "{\"b\":1}\n");
    CHECK(!b.platform.leave);
    b.autosave->load_newer_work();
    CHECK(b.work == "{\"a\":1}");
    CHECK(!b.autosave->conflict());
    b.edit("{\"a\":1,\"b\":2}");
    CHECK((*storage)[ft::ui::kWorkspaceKey] == "{\"a\":1,\"b\":2}");
    // Now A (and A's reload) are the ones behind.
    a.idle();
    CHECK(a.autosave->conflict());
    a2.idle();
    CHECK(a2.autosave->conflict());
}

TEST_CASE("a second copy of fairterms in another folder is named when it wrote newer work") {
    auto storage = profile();
    Tab mine(storage, "tab-1"), other(storage, "tab-2");
    other.platform.copy = "/home/user/Old copies/fairterms.html";
    other.edit("{\"x\":1}");
    mine.idle();
    REQUIRE(mine.autosave->conflict());
    CHECK(mine.autosave->newer_owner().copy == "/home/user/Old copies/fairterms.html");
    CHECK(mine.autosave->newer_owner().time == "14:32");
}

TEST_CASE("an unreadable autosave is moved aside, survives edits, and can be saved to a file") {
    for (const char* saved : {"{broken json", "{future: a newer version's workspace}"}) {
        CAPTURE(saved);
        auto storage = profile();
        (*storage)[ft::ui::kWorkspaceKey] = saved;
        Tab t(storage, "tab-1");
        REQUIRE(t.toasts.size() == 1);
        CHECK(t.toasts[0].find("could not be read") != std::string::npos);
        CHECK((*storage)["fairterms.unreadable.1"] == saved);
        CHECK(storage->count(ft::ui::kWorkspaceKey) == 0);
        REQUIRE(t.autosave->unreadable_keys().size() == 1);

        t.edit("{\"new\":1}");
        CHECK((*storage)["fairterms.unreadable.1"] == saved);
        CHECK((*storage)[ft::ui::kWorkspaceKey] == "{\"new\":1}");

        t.autosave->save_unreadable_copy();
        REQUIRE(t.platform.saved.size() == 1);
        CHECK(t.platform.saved[0].bytes == saved);
        CHECK(t.platform.saved[0].name == "fairterms-unreadable-autosave-2026-11-30.json");

        // A second unreadable autosave later goes to its own key; the first is kept.
        (*storage)[ft::ui::kWorkspaceKey] = "{broken again";
        Tab later(storage, "tab-2");
        CHECK((*storage)["fairterms.unreadable.1"] == saved);
        CHECK((*storage)["fairterms.unreadable.2"] == "{broken again");
    }
}

TEST_CASE("an unreadable autosave with no room for a copy is left where it is and never written over") {
    {
        auto s = profile();
        (*s)[ft::ui::kWorkspaceKey] = "{broken";
        // Build the tab by hand so that the platform refuses the backup key before restore runs.
        TabPlatform p(s, "tab-4");
        p.refuse_prefix = ft::ui::kUnreadablePrefix;
        std::string work = "{}";
        std::vector<std::string> toasts;
        AutosaveHooks hooks{[&] { return work; },
                            [&](const std::string& text) -> std::string { return text[1] == 'b' ? "/: not JSON" : ""; },
                            [&](const std::string&, const std::string&) { return true; },
                            [&](const std::string& m, ToastKind) { toasts.push_back(m); }};
        Autosave a(p, hooks);
        a.restore();
        CHECK((*s)[ft::ui::kWorkspaceKey] == "{broken");
        work = "{\"typed\":1}";
        a.after_frame(true);
        CHECK((*s)[ft::ui::kWorkspaceKey] == "{broken");
        CHECK(!a.status_ok());
        CHECK(p.leave);   // the latest change is saved nowhere
        a.save_unreadable_copy();
        REQUIRE(p.saved.size() == 1);
        CHECK(p.saved[0].bytes == "{broken");
    }
}

TEST_CASE("blocked storage shows Not saved from the start; leaving asks only when a change is saved nowhere") {
    auto storage = profile();
    SUBCASE("blocked") {
        TabPlatform p(storage, "tab-1");
        p.refuse = true;
        std::string work = "{}";
        AutosaveHooks hooks{[&] { return work; }, [](const std::string&) { return std::string(); },
                            [](const std::string&, const std::string&) { return true; }, [](const std::string&, ToastKind) {}};
        Autosave a(p, hooks);
        a.restore();
        CHECK(a.status() == "Not saved in this browser");
        CHECK(!p.leave);   // nothing changed yet: nothing to lose
        work = "{\"x\":1}";
        a.after_frame(true);
        CHECK(p.leave);
        a.save_to_file();  // a download keeps it
        CHECK(!p.leave);
        a.after_frame(true);
        CHECK(p.leave);
    }
    SUBCASE("working storage") {
        Tab t(storage, "tab-1");
        CHECK(t.autosave->status() == "Saved in this browser");
        t.edit("{\"x\":1}");
        CHECK(!t.platform.leave);
        CHECK(storage->count(ft::ui::kProbeKey) == 0);   // the start-up check leaves nothing behind
    }
}

TEST_CASE("full storage: a refused change is not offered again every frame, and the next change is tried") {
    // At the workspace caps the work (about 5 MB) no longer fits the browser's storage; retrying each frame
    // serialised the whole workspace every frame, over 100 ms each (issue 14).
    auto storage = profile();
    Tab t(storage, "tab-1");
    int serialised = 0;
    auto workspace = [&t, &serialised] { ++serialised; return t.work; };
    AutosaveHooks hooks{workspace, [](const std::string&) { return std::string(); },
                        [](const std::string&, const std::string&) { return true; }, [](const std::string&, ToastKind) {}};
    Autosave a(t.platform, hooks);
    a.restore();
    t.platform.refuse_prefix = ft::ui::kWorkspaceKey;   // the workspace no longer fits; the probe still does
    t.work = "{\"big\":1}";
    a.after_frame(true);
    CHECK(serialised == 1);
    CHECK(a.status() == "Not saved in this browser");
    for (int i = 0; i < 50; ++i) a.after_frame(false);
    CHECK(serialised == 1);
    CHECK(a.saved_nowhere());
    // Room again (the work shrank, or space was freed): the next change is kept.
    t.platform.refuse_prefix.clear();
    t.work = "{\"small\":1}";
    a.after_frame(true);
    CHECK(serialised == 2);
    CHECK((*storage)[ft::ui::kWorkspaceKey] == "{\"small\":1}");
    CHECK(a.status() == "Saved in this browser");
    CHECK(!a.saved_nowhere());
}

TEST_CASE("a working file: chosen once, then every change is written to it after a pause") {
    auto storage = profile();
    Tab t(storage, "tab-1");
    t.platform.working = true;
    t.edit("{\"v\":1}");
    t.autosave->save_to_file();
    CHECK(t.platform.chooses == 1);
    CHECK(t.platform.saved.empty());   // no download where a working file can be had
    CHECK(t.autosave->on_working_file("chosen", "northfield.json", ""));
    t.idle();
    REQUIRE(t.platform.writes.size() == 1);   // written at once when chosen
    CHECK(t.platform.writes[0] == "{\"v\":1}\n");
    t.autosave->on_working_file("written", "northfield.json", "");
    CHECK(t.autosave->working_file() == "northfield.json");

    // Typing: nothing is written until the pause, then the latest work once.
    t.edit("{\"v\":2}");
    t.idle(100);
    t.edit("{\"v\":3}");
    t.idle(100);
    CHECK(t.platform.writes.size() == 1);
    CHECK(t.autosave->wants_frame_within_ms() > 0);
    t.idle(ft::ui::kFileWriteDelayMs);
    REQUIRE(t.platform.writes.size() == 2);
    CHECK(t.platform.writes[1] == "{\"v\":3}\n");
    // One write at a time: a change during a write waits for it.
    t.edit("{\"v\":4}");
    t.idle(ft::ui::kFileWriteDelayMs + 1);
    CHECK(t.platform.writes.size() == 2);
    t.autosave->on_working_file("written", "northfield.json", "");
    t.idle();
    CHECK(t.platform.writes.size() == 3);

    // A failed write says so and stops using the file.
    t.autosave->on_working_file("failed", "northfield.json", "the file is read-only");
    CHECK(t.autosave->working_file().empty());
    CHECK(t.toasts.back().find("the file is read-only") != std::string::npos);
}

TEST_CASE("open workspace with a working file: asks first over unsaved work, and the opened file becomes the working file") {
    auto storage = profile();
    Tab t(storage, "tab-1");
    t.platform.working = true;
    t.autosave->open_workspace();   // nothing changed yet: no question
    CHECK(t.platform.opens == 1);
    CHECK(t.autosave->on_working_file("opened", "shared.json", "{\"opened\":1}"));
    CHECK(t.work == "{\"opened\":1}");
    CHECK(t.autosave->working_file() == "shared.json");
    // A refused file is not kept as the working file.
    t.edit("{\"opened\":2}");
    t.autosave->on_working_file("written", "shared.json", "");
    t.idle(ft::ui::kFileWriteDelayMs + 1);
    t.autosave->on_working_file("written", "shared.json", "");
    t.autosave->open_workspace();
    CHECK(t.platform.opens == 2);   // the latest work is in the file: no question
    CHECK(!t.autosave->on_working_file("opened", "bad.json", "{broken"));
    CHECK(t.platform.drops == 1);
    CHECK(t.autosave->working_file() == "shared.json");
    // Unsaved in any file: the app asks first (the question is drawn; nothing is opened yet).
    t.edit("{\"opened\":3}");
    t.autosave->open_workspace();
    CHECK(t.platform.opens == 2);
}

TEST_CASE("keep no copy in this browser: the work leaves storage and the choice is remembered") {
    auto storage = profile();
    Tab t(storage, "tab-1");
    t.edit("{\"secret\":1}");
    REQUIRE(storage->count(ft::ui::kWorkspaceKey) == 1);
    t.autosave->set_keep_no_copy(true);
    CHECK(storage->count(ft::ui::kWorkspaceKey) == 0);
    t.edit("{\"secret\":2}");
    CHECK(storage->count(ft::ui::kWorkspaceKey) == 0);
    CHECK(t.platform.leave);   // only on screen now
    Tab again(storage, "tab-2");
    CHECK(again.autosave->keep_no_copy());
    CHECK(again.autosave->status() == "No copy kept in this browser");
    again.edit("{\"more\":1}");
    CHECK(storage->count(ft::ui::kWorkspaceKey) == 0);
    again.autosave->set_keep_no_copy(false);
    again.idle();
    CHECK((*storage)[ft::ui::kWorkspaceKey] == "{\"more\":1}");
}

TEST_CASE("clear all data removes every key fairterms wrote, and nothing else") {
    auto storage = profile();
    (*storage)["another.app"] = "keep me";
    (*storage)[ft::ui::kWorkspaceKey] = "{broken";
    Tab t(storage, "tab-1");
    t.edit("{\"x\":1}");
    t.autosave->set_keep_no_copy(true);
    t.autosave->set_keep_no_copy(false);
    t.idle();
    REQUIRE(storage->size() > 3);
    t.autosave->clear_all_data();
    t.idle();
    REQUIRE(storage->size() == 1);
    CHECK(storage->begin()->first == "another.app");
    CHECK(t.platform.leave);   // what is on screen is now kept nowhere
}

TEST_CASE("the shell: blocked storage is reported in the footer from the first frame") {
    ft::test::Harness h;
    h.platform.refuse_storage = true;
    h.app->restore_autosave();
    h.frames(2);
    bool found = false;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.role == ft::ui::sem::Role::status && n.name == "Not saved in this browser") found = true;
    CHECK(found);
}

TEST_CASE("the shell: opening a file over unsaved work asks first, and an opened file says so once") {
    ft::test::Harness h;
    h.frames(2);
    REQUIRE(h.click("Quote"));
    REQUIRE(h.click("New quote"));   // a change that is in no file yet
    // Far down the page, as after typing in the Home profile: the question is asked at the top.
    h.wheel(ImVec2(760, 600), -5, 20);
    h.frames(2);
    ImGuiIO& io = ImGui::GetIO();
    REQUIRE(h.click("Open workspace\xE2\x80\xA6"));
    CHECK(h.platform.opened_purposes.empty());
    // Focus goes to the first answer, in view (a keyboard user saw nothing happen while it was off screen).
    h.frames(2);
    const ft::ui::LoggedItem* first = h.find("Save to file first");
    REQUIRE(first);
    CHECK(ft::ui::sem::focused() == first->id);
    CHECK(ft::ui::sem::take_app_focus() == first->id);   // the browser's focus follows (found by a new user: it stayed in the header)
    CHECK(first->y >= 0);
    CHECK(first->y + first->h <= io.DisplaySize.y);
    REQUIRE(h.has("Open anyway"));
    REQUIRE(h.click("Open anyway"));
    REQUIRE(h.platform.opened_purposes.size() == 1);
    h.app->on_file_opened("workspace", "northfield.json", "{\"schema\": \"fairterms/workspace@1\"}");
    h.frames(2);
    int opened = 0;
    for (const auto& m : h.app->toast_messages())
        if (m.find("Opened") != std::string::npos) ++opened;
    CHECK(opened == 1);
}

TEST_CASE("the shell: another tab's newer work is said above the screen, in view however far down it is scrolled") {
    ft::test::Harness h;
    h.frames(2);
    REQUIRE(h.click("Value share"));   // a long page that scrolls as one
    h.wheel(ImVec2(760, 600), -5, 30);
    ImGuiIO& io = ImGui::GetIO();
    // Another tab of this browser writes newer work.
    h.platform.storage[ft::ui::kOwnerKey] = R"({"revision": 99, "tab": "tab-2", "copy": "/home/user/Downloads/fairterms.html", "time": "14:40", "app": "0.1.0"})";
    h.frames(3);
    for (const char* label : {"Load the newer work", "Save this tab's work to a file"}) {
        const ft::ui::LoggedItem* b = h.find(label);
        REQUIRE_MESSAGE(b, label);
        CHECK(b->y >= 64);                       // below the header...
        CHECK(b->y + b->h <= io.DisplaySize.y);   // ...and on screen
    }
    CHECK(h.app->autosave().conflict());
}
