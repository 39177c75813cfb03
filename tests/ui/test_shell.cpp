#include <doctest/doctest.h>

#include <set>

#include <imgui_internal.h>

#include "fake_platform.h"
#include "shell/widgets.h"

using ft::test::Harness;

TEST_CASE("every navigation entry opens its screen") {
    Harness h;
    h.frames(3);
    for (const char* label : {"Readiness", "Data assets", "Strategy", "Quote", "Value share", "Home"}) {
        CAPTURE(label);
        REQUIRE(h.click(label));
        bool header_seen = false;
        // The screen's own page header is drawn as text, not an item; the nav item is selected (checked).
        for (const auto& it : ft::ui::item_log_items())
            if (it.label == label && it.window.find("navigation") != std::string::npos) header_seen = true;
        CHECK(header_seen);
    }
}

TEST_CASE("item hooks report labelled widgets with their rectangles") {
    Harness h;
    h.frames(2);
    const auto* save = h.find("Save to file");
    REQUIRE(save);
    CHECK(save->w > 40);
    CHECK(save->h > 20);
    CHECK(save->x > 600);   // right-hand side of the header
    CHECK(h.find("Go to Readiness"));
}

TEST_CASE("save to file downloads the workspace; open asks the platform for a file") {
    Harness h;
    h.frames(2);
    REQUIRE(h.click("Save to file"));
    REQUIRE(h.platform.saved.size() == 1);
    CHECK(h.platform.saved[0].name == "fairterms-workspace-2026-11-23.json");
    CHECK(h.platform.saved[0].bytes.find("\"schema\": \"fairterms/workspace@2\"") != std::string::npos);
    REQUIRE(h.click("Open workspace\xE2\x80\xA6"));
    REQUIRE(h.platform.opened_purposes.size() == 1);
    CHECK(h.platform.opened_purposes[0] == "workspace");
}

TEST_CASE("a bad workspace file is refused and the current work is kept") {
    Harness h;
    h.frames(2);
    std::string before = h.app->workspace_json();
    h.app->on_file_opened("workspace", "broken.json", "{\"schema\": \"fairterms/workspace@1\", \"quotes\": 5}");
    h.frames(2);
    CHECK(h.app->workspace_json() == before);
    h.app->on_file_opened("workspace", "future.json", "{\"schema\": \"fairterms/workspace@99\"}");
    h.frames(2);
    CHECK(h.app->workspace_json() == before);
    CHECK(h.app->wants_frame_within_ms() > 0);   // the error message is showing and will fade
}

TEST_CASE("an unreadable autosave is reported at start and kept aside, unchanged") {
    Harness h;
    h.platform.storage["fairterms.workspace"] = "{broken";
    h.app->restore_autosave();
    h.frames(2);
    // The user is told, in words, that the saved work could not be read.
    auto toasts = h.app->toast_messages();
    REQUIRE(toasts.size() == 1);
    CHECK(toasts[0].find("could not be read") != std::string::npos);
    // The app starts with an empty workspace and the unreadable copy is moved aside untouched, so no edit
    // can overwrite it (tests/ui/test_autosave.cpp covers the rest).
    CHECK(h.app->workspace_json() == ft::ui::App(h.platform, ft::ui::make_all_screens()).workspace_json());
    CHECK(h.platform.storage["fairterms.unreadable.1"] == "{broken");
    CHECK(h.platform.storage.count("fairterms.workspace") == 0);
}

// Found in review: an autosave with a damaged part was restored without it, silently, and the next change wrote
// the work on show over it, so the part was lost for good. It is said at start, and the autosave as it was is
// kept aside, unchanged, until the person saves it to a file.
TEST_CASE("an autosave restored with parts left out says so, and keeps the autosave as it was aside") {
    const std::string saved = R"({"schema": "fairterms/workspace@1", "quotes": [5, {"name": "Kept"}],
        "strategy": {"owner": "Ann Smith", "approval_date": 7}})";
    Harness h;
    h.platform.storage["fairterms.workspace"] = saved;
    h.app->restore_autosave();
    h.frames(2);
    auto toasts = h.app->toast_messages();
    REQUIRE(toasts.size() == 1);
    INFO(toasts[0]);
    CHECK(toasts[0] == "Your work from last time is back, but some parts could not be read and were left out: from the "
                       "strategy, the approval date (not readable text); 1 quote, details of 1 quote. See Strategy and Quote. The autosave as "
                       "it was is kept aside, unchanged: use \"Save the unreadable copy to a file\" to keep it.");
    CHECK(h.app->workspace_json().find("Ann Smith") != std::string::npos);   // what could be read is on show
    CHECK(h.platform.storage["fairterms.unreadable.1"] == saved);
    // A change writes the work on show to the autosave; the copy aside stays as it was.
    h.app->on_file_opened("workspace", "other.json", R"({"schema": "fairterms/workspace@1", "strategy": {"owner": "Bob"}})");
    h.frames(3);
    CHECK(h.platform.storage["fairterms.workspace"].find("Bob") != std::string::npos);
    CHECK(h.platform.storage["fairterms.unreadable.1"] == saved);
    // A sound autosave restores with no message and nothing kept aside.
    Harness sound;
    sound.platform.storage["fairterms.workspace"] = R"({"schema": "fairterms/workspace@1", "strategy": {"owner": "Ann Smith"}})";
    sound.app->restore_autosave();
    sound.frames(2);
    CHECK(sound.app->toast_messages().empty());
    CHECK(sound.platform.storage.count("fairterms.unreadable.1") == 0);
}

TEST_CASE("wrapped text breaks only between words: a figure or 'e.g.' is never split across lines") {
    Harness h;
    h.frames(1);
    ImGui::NewFrame();
    const std::string text = "weight 2 of the NHS side's 6: £13,333.33 + £11,202.13 + £109,466.30 + £22,413.10 = £156,414.86, e.g. so";
    const float full = ImGui::CalcTextSize(text.c_str()).x;
    // Every width from a tenth of the text to all of it: each line is whole words of the text, in order.
    for (float width = full / 10; width <= full + 1; width += 7.0f) {
        std::string lines = ft::ui::wrap_between_words(text.c_str(), width);
        std::string joined;
        std::size_t start = 0;
        while (start <= lines.size()) {
            std::size_t nl = lines.find('\n', start);
            std::string line = lines.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
            INFO("width " << width << ": line \"" << line << "\"");
            CHECK_FALSE(line.empty());
            CHECK(line.front() != ' ');
            CHECK(line.back() != ' ');
            // Each line ends where a word of the text ends (or the text ends).
            std::size_t at = text.find(line, joined.size());
            REQUIRE(at != std::string::npos);
            std::size_t after = at + line.size();
            // ... unless the word is wider than a whole line, when it breaks where ImGui says.
            std::size_t word_start = text.rfind(' ', after ? after - 1 : 0);
            word_start = word_start == std::string::npos ? 0 : word_start + 1;
            std::string word = text.substr(word_start, text.find(' ', word_start) - word_start);
            if (ImGui::CalcTextSize(word.c_str()).x <= width) CHECK((after == text.size() || text[after] == ' '));
            joined = text.substr(0, after);
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
        CHECK(joined == text);
    }
    // A line break in the text is kept.
    CHECK(ft::ui::wrap_between_words("one\ntwo", 1000) == "one\ntwo");
    ImGui::EndFrame();
}

// The solid colours (IM_COL32, ABGR) drawn at full opacity within `label`'s rectangle in the last frame.
static std::set<ImU32> solid_colours(Harness& h, const std::string& label) {
    const ft::ui::LoggedItem* it = h.find(label);
    REQUIRE(it);
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;   // fills and lines sample the atlas' white pixel
    std::set<ImU32> seen;
    ImDrawData* dd = ImGui::GetDrawData();
    for (int l = 0; l < dd->CmdListsCount; ++l)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            if (v.pos.x >= it->x - 0.5f && v.pos.x <= it->x + it->w + 0.5f && v.pos.y >= it->y - 0.5f &&
                v.pos.y <= it->y + it->h + 0.5f && v.uv.x == white.x && v.uv.y == white.y && (v.col >> 24) == 0xFF)
                seen.insert(v.col);
    return seen;
}

TEST_CASE("a disabled button looks disabled: one grey face at full opacity, not a paler version of its live colour") {
    Harness h;
    h.frames(2);
    REQUIRE(h.click("Strategy"));
    h.frames(2);
    // Nothing filled in: every export is disabled, the Word one a primary button, the others secondary.
    const ImU32 grey = IM_COL32(0xF0, 0xF4, 0xF5, 0xFF);
    for (const char* label : {"Download Word (.docx)", "Download Markdown"}) {
        std::set<ImU32> drawn = solid_colours(h, label);
        INFO(label);
        CHECK(drawn.count(grey) == 1);
    }
    // A live button keeps its colour: "Choose the posture" is a white secondary button.
    CHECK(solid_colours(h, "Choose the posture").count(IM_COL32(0xFF, 0xFF, 0xFF, 0xFF)) == 1);
}

TEST_CASE("messages do not pile up: a file that opens clears earlier refusals to open, and a repeat is not stacked") {
    Harness h;
    h.frames(2);
    h.app->on_file_opened("workspace", "broken.json", "{not json");
    h.app->on_file_opened("workspace", "broken.json", "{not json");
    h.frames(1);
    auto count = [&](const std::string& prefix) {
        int n = 0;
        for (const auto& m : h.app->toast_messages()) n += m.rfind(prefix, 0) == 0;
        return n;
    };
    CHECK(count("Could not open \"broken.json\"") == 1);
    h.app->on_file_opened("workspace", "good.json", R"({"schema": "fairterms/workspace@1"})");
    h.frames(1);
    CHECK(count("Could not open") == 0);
    CHECK(count("Opened \"good.json\"") == 1);
}

// Found by a new user: a damaged file opened with only "Opened ..."; what was left out was told later, when
// the screen concerned was visited. The message that it opened says so at once, in plain words.
TEST_CASE("a workspace opened with damaged parts says in its opening message what was left out and where") {
    std::string opened;
    {
        Harness h;
        h.frames(2);
        h.app->on_file_opened("workspace", "damaged.json", R"({"schema": "fairterms/workspace@1",
            "quotes": [5, {"name": "Kept"}, {"name": "Also kept"}],
            "strategy": {"approval_date": 7}})");
        h.frames(1);
        for (const auto& m : h.app->toast_messages())
            if (m.rfind("Opened \"damaged.json\"", 0) == 0) opened = m;
    }
    INFO(opened);
    CHECK(opened.find("Some parts could not be read and were left out: from the strategy, the approval date (not "
                      "readable text); 1 quote, details of 2 quotes. See Strategy and Quote.") != std::string::npos);
    CHECK(opened.find("Undo (Ctrl+Z) takes it back.") != std::string::npos);
    // A file that is whole opens with the plain message.
    Harness whole;
    whole.frames(2);
    whole.app->on_file_opened("workspace", "whole.json", R"({"schema": "fairterms/workspace@1"})");
    whole.frames(1);
    bool plain = false;
    for (const auto& m : whole.app->toast_messages()) plain |= m == "Opened \"whole.json\". Undo (Ctrl+Z) takes it back.";
    CHECK(plain);
}

// Found by a new user: a part this version did not know (written by a newer version of the same format)
// refused the whole file. It is left out, said so, and the rest opens; a newer format number is still refused.
TEST_CASE("a workspace with a part this version does not know opens without it, and says so") {
    Harness h;
    h.frames(2);
    h.app->on_file_opened("workspace", "newer.json", R"({"schema": "fairterms/workspace@2", "future_part": {"a": 1},
        "strategy": {"owner": "Ann Smith"}})");
    h.frames(1);
    std::string opened;
    for (const auto& m : h.app->toast_messages())
        if (m.rfind("Opened \"newer.json\"", 0) == 0) opened = m;
    INFO(opened);
    CHECK(opened.find("left out: 1 part this version of fairterms does not know, perhaps from a newer version.") != std::string::npos);
    CHECK(opened.find("See ") == std::string::npos);
    CHECK(h.app->workspace_json().find("Ann Smith") != std::string::npos);
    CHECK(h.app->workspace_json().find("future_part") == std::string::npos);
    // A newer format is refused, with the work unchanged.
    h.app->on_file_opened("workspace", "newest.json", R"({"schema": "fairterms/workspace@9", "strategy": {"owner": "Bob"}})");
    h.frames(1);
    bool refused = false;
    for (const auto& m : h.app->toast_messages()) refused |= m.rfind("Could not open \"newest.json\"", 0) == 0;
    CHECK(refused);
    CHECK(h.app->workspace_json().find("Ann Smith") != std::string::npos);
}

// Found by a new user: a message's mark stood alone on a line above its text, and a file name in a message
// broke at the hyphens inside its date ("fairterms-workspace-2026-" / "12-01.json"). The text starts beside
// its mark and wraps between words only.
TEST_CASE("a message's text starts beside its mark and never breaks inside a file name") {
    Harness h;
    h.frames(2);
    const std::string file = "fairterms-workspace-2026-12-01.json";
    h.app->toast("Your work is now kept in \"" + file + "\": every change is written to it, after a short pause in typing.",
                 ft::ui::ToastKind::success);
    h.frames(3);
    const ft::ui::sem::Node* message = nullptr;
    for (const auto& n : ft::ui::sem::nodes()) {
        if (n.region != ft::ui::sem::Region::messages) continue;
        CHECK(n.name != "\xE2\x80\xA2");   // the mark is not read out, nor on a line of its own
        if (n.name.find(file) != std::string::npos) message = &n;
    }
    REQUIRE(message);
    ImGuiWindow* window = ImGui::FindWindowByName("messages");
    REQUIRE(window);
    CHECK(message->y == doctest::Approx(window->Pos.y + window->WindowPadding.y));   // the first line, beside the mark
    CHECK(message->x > window->Pos.x + window->WindowPadding.x);
    // The text's widest line holds the whole file name: it was not cut at a hyphen to fit a narrower line.
    ImGui::NewFrame();
    const float name_w = ImGui::CalcTextSize(("\"" + file + "\":").c_str()).x;
    ImGui::EndFrame();
    CHECK(message->w >= name_w);
}

TEST_CASE("a file name wider than a line breaks after a hyphen, never inside its date") {
    Harness h;
    h.frames(1);
    ImGui::NewFrame();
    const std::string name = "heads-of-terms-sepsis-early-warning-with-example-diagnostics-2026-12-01.docx";
    const std::string text = "Downloaded " + name + ".";
    const float full = ImGui::CalcTextSize(name.c_str()).x;
    for (float width = full / 4; width < full; width += 5.0f) {
        const std::string lines = ft::ui::wrap_between_words(text.c_str(), width);
        INFO("width " << width << ": " << lines);
        std::string joined;
        for (char c : lines) if (c != '\n') joined += c;
        CHECK(joined == "Downloaded" + name + ".");   // nothing lost; the only break between words is the space
        CHECK(lines.find("2026-12-01") != std::string::npos);   // the date on one line
        for (std::size_t nl = lines.find('\n'); nl != std::string::npos; nl = lines.find('\n', nl + 1)) {
            const char before = lines[nl - 1];
            CHECK((before == '-' || nl == std::string("Downloaded").size()));   // after a hyphen (or the first word)
        }
    }
    ImGui::EndFrame();
}


// Found by a new user: live buttons on the theme's pale grey-blue face ("New quote", "New partnership") looked
// like disabled ones. They are secondary buttons: a white face with an NHS blue border and text.
TEST_CASE("everyday buttons such as New quote and New partnership look live: a white face, not the pale one") {
    Harness h;
    h.frames(2);
    const ImU32 white = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
    const ImU32 pale = IM_COL32(0xDC, 0xE8, 0xF5, 0xFF);
    for (auto [screen, label] : {std::pair{"Quote", "New quote"}, std::pair{"Partnerships", "New partnership"},
                                 std::pair{"Data assets", "Add data asset"}}) {
        REQUIRE(h.click(screen));
        h.frames(2);
        std::set<ImU32> drawn = solid_colours(h, label);
        INFO(label);
        CHECK(drawn.count(white) == 1);
        CHECK(drawn.count(pale) == 0);
    }
}
