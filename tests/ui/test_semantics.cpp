// The semantic node list each frame records (ui/shell/semantics.h): what a screen reader and the browser's
// keyboard focus get, and the entry points (activate, set text) the browser mirror drives.
#include <doctest/doctest.h>

#include "fake_platform.h"
#include "shell/semantics.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

using ft::test::Harness;
namespace sem = ft::ui::sem;

namespace {

const sem::Node* node(sem::Role role, const std::string& name) {
    for (const auto& n : sem::nodes())
        if (n.role == role && n.name == name) return &n;
    return nullptr;
}

// Opens a screen in a window tall enough that all of it is drawn (every node is in the list).
void open_tall(Harness& h, const char* screen) {
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4200);
    h.frames(2);
    REQUIRE(h.click(screen));
    h.frames(2);
}

// Activates the node with this role and name, as the browser mirror does for a screen reader's click.
void activate(Harness& h, sem::Role role, const std::string& name) {
    const sem::Node* n = node(role, name);
    REQUIRE(n);
    sem::request_activate(n->id);
    h.frames(2);
}

}  // namespace

TEST_CASE("a button named Save to file exists in the banner and is enabled") {
    Harness h;
    h.frames(2);
    const sem::Node* save = node(sem::Role::button, "Save to file");
    REQUIRE(save);
    CHECK_FALSE(save->disabled);
    CHECK(save->region == sem::Region::banner);
    CHECK(save->w > 40);
    CHECK(save->description == "Download everything you have entered as one JSON file");
    const sem::Node* title = node(sem::Role::heading, "fairterms");
    REQUIRE(title);
    CHECK(title->level == 1);
}

TEST_CASE("navigation entries are links; activating one opens its screen, which has a level 1 heading") {
    Harness h;
    h.frames(2);
    for (const char* label : {"Readiness", "Data assets", "Strategy", "Quote", "Value share", "Home"}) {
        CAPTURE(label);
        const sem::Node* link = node(sem::Role::link, label);
        REQUIRE(link);
        CHECK(link->region == sem::Region::navigation);
        sem::request_activate(link->id);
        h.frames(2);
        CHECK(std::string(h.app->current_screen()) == label);
        REQUIRE(node(sem::Role::link, label));
        CHECK(node(sem::Role::link, label)->selected);
        bool heading = false;
        for (const auto& n : sem::nodes()) heading |= n.role == sem::Role::heading && n.level == 1 && n.region == sem::Region::main;
        CHECK(heading);
    }
}

TEST_CASE("nodes are in visual order within a region and idle frames change nothing") {
    Harness h;
    h.frames(3);
    unsigned long before = sem::revision();
    h.frames(5);
    CHECK(sem::revision() == before);
    const auto& nodes = sem::nodes();
    for (std::size_t i = 1; i < nodes.size(); ++i) CHECK(nodes[i].order > nodes[i - 1].order);
}

TEST_CASE("whole text from the platform lands in a field, typographic characters intact") {
    Harness h;
    h.frames(2);
    activate(h, sem::Role::link, "Readiness");
    const sem::Node* org = node(sem::Role::textbox, "Organisation");
    REQUIRE(org);
    CHECK(org->prose);
    const std::string text = "A&E attendances \xE2\x80\x93 2019\xE2\x80\x93" "2024 (\xC2\xA3) \xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC";
    sem::request_text(org->id, text);
    h.frames(2);
    CHECK(node(sem::Role::textbox, "Organisation")->value == text);
    CHECK(h.app->workspace_json().find(text) != std::string::npos);
}

TEST_CASE("a refused number marks its field invalid with the message and keeps the stored value") {
    Harness h;
    h.frames(2);
    sem::request_activate(node(sem::Role::link, "Quote")->id);
    h.frames(3);
    const sem::Node* field = nullptr;
    for (const auto& n : sem::nodes())
        if (n.role == sem::Role::textbox && !n.prose) { field = &n; break; }
    REQUIRE(field);
    unsigned id = field->id;
    std::string before = h.app->workspace_json();
    sem::request_text(id, "not a number");
    h.frames(2);
    const sem::Node* after = sem::nodes().data();
    for (const auto& n : sem::nodes())
        if (n.id == id) after = &n;
    REQUIRE(after->id == id);
    CHECK(after->invalid());
    CHECK(after->value == "not a number");
    CHECK(h.app->workspace_json() == before);
    CHECK(sem::take_announcements_json().find(after->invalid_message) != std::string::npos);
}

TEST_CASE("a combo opens on activation and lists its options; Escape closes it") {
    Harness h;
    h.frames(2);
    activate(h, sem::Role::link, "Readiness");
    activate(h, sem::Role::button, "Answer questions");
    const sem::Node* combo = nullptr;
    for (const auto& n : sem::nodes())
        if (n.role == sem::Role::combobox) { combo = &n; break; }
    REQUIRE(combo);
    unsigned id = combo->id;
    CHECK_FALSE(combo->expanded);
    // Focus first, as Tab does: the combo scrolls into view (ImGui does not open a combo that is clipped).
    sem::request_focus(id);
    h.frames(2);
    sem::request_activate(id);
    h.frames(2);
    int options = 0;
    bool expanded = false;
    for (const auto& n : sem::nodes()) {
        if (n.role == sem::Role::option && n.parent == id) ++options;
        if (n.id == id) expanded = n.expanded;
    }
    CHECK(expanded);
    CHECK(options >= 2);
    sem::request_escape();
    h.frames(2);
    for (const auto& n : sem::nodes()) CHECK(n.role != sem::Role::option);
}

TEST_CASE("long navigator titles end in an ellipsis on screen and keep their full text as the name") {
    Harness h;
    h.frames(2);
    activate(h, sem::Role::link, "Readiness");
    activate(h, sem::Role::button, "Answer questions");
    const sem::Node* row = node(sem::Role::button, "Measuring and improving data quality");
    REQUIRE(row);
    CHECK(row->truncated);
    CHECK(h.find("Measuring and improving data quality"));   // the item log keeps the whole title too
}

// The mirror's node list is written by hand (no json object per node): it must stay valid JSON with every
// field of every node, escape what JSON needs, and replace bytes that are not UTF-8.
TEST_CASE("the node list the browser mirror reads is JSON with every node, escaped, bad bytes replaced") {
    Harness h;
    h.frames(2);
    nlohmann::json all = nlohmann::json::parse(sem::nodes_json(false));
    REQUIRE(all.is_array());
    REQUIRE(all.size() == sem::nodes().size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const sem::Node& n = sem::nodes()[i];
        CHECK(all[i]["id"].get<unsigned>() == n.id);
        CHECK(all[i]["role"].get<std::string>() == sem::role_name(n.role));
        CHECK(all[i]["name"].get<std::string>() == n.name);
        CHECK(all[i]["x"].get<double>() == doctest::Approx(n.x));
        CHECK(all[i]["w"].get<double>() == doctest::Approx(n.w));
        CHECK(all[i].contains("checked") == n.has_checked);
    }
    // A frame of one node with every awkward character, then the same frame again: only its id goes.
    sem::begin_frame();
    sem::Node& odd = sem::add(sem::Role::textbox, 4242, "Quote \" back\\slash\nline\ttab\x01 cut \xC3 end \xC2\xA3 \xE2\x80\x93", 1.5f, 2, 3.25f, 4);
    odd.value = "\xFF";
    odd.has_checked = true;
    sem::end_frame();
    nlohmann::json one = nlohmann::json::parse(sem::nodes_json(false));
    sem::mark_sent();
    REQUIRE(one.size() == 1);
    CHECK(one[0]["name"] == "Quote \" back\\slash\nline\ttab\x01 cut \xEF\xBF\xBD end \xC2\xA3 \xE2\x80\x93");
    CHECK(one[0]["value"] == "\xEF\xBF\xBD");
    CHECK(one[0]["x"] == 1.5);
    CHECK(one[0]["w"] == 3.25);
    CHECK(one[0]["checked"] == false);
    sem::begin_frame();
    sem::Node& again = sem::add(sem::Role::textbox, 4242, "Quote", 1.5f, 2, 3.25f, 4);
    (void)again;
    sem::end_frame();
    nlohmann::json changed = nlohmann::json::parse(sem::nodes_json(true));
    sem::mark_sent();
    REQUIRE(changed.is_object());   // same nodes in the same order: only the changed ones
    REQUIRE(changed["nodes"].size() == 1);
    CHECK(changed["nodes"][0]["name"] == "Quote");
    // Scrolled: the node only moved, so only its id and rectangle go (issue 14: scrolling a long list moved
    // every row's nodes and sent each whole).
    sem::begin_frame();
    (void)sem::add(sem::Role::textbox, 4242, "Quote", 1.5f, 20, 3.25f, 4);
    sem::end_frame();
    nlohmann::json scrolled = nlohmann::json::parse(sem::nodes_json(true));
    sem::mark_sent();
    REQUIRE(scrolled["nodes"].size() == 1);
    CHECK(scrolled["nodes"][0] == nlohmann::json({{"id", 4242}, {"m", 1}, {"x", 1.5}, {"y", 20}, {"w", 3.25}, {"h", 4}}));
    // A row came into view above it: a list of every node, the new one whole, the moved one by its rectangle.
    sem::begin_frame();
    (void)sem::add(sem::Role::button, 77, "New row", 0, 0, 10, 4);
    (void)sem::add(sem::Role::textbox, 4242, "Quote", 1.5f, 30, 3.25f, 4);
    sem::end_frame();
    nlohmann::json list = nlohmann::json::parse(sem::nodes_json(true));
    sem::mark_sent();
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 2);
    CHECK(list[0]["name"] == "New row");
    CHECK(list[1] == nlohmann::json({{"id", 4242}, {"m", 1}, {"x", 1.5}, {"y", 30}, {"w", 3.25}, {"h", 4}}));
    // Renamed as well as moved: sent whole.
    sem::begin_frame();
    (void)sem::add(sem::Role::button, 77, "New row", 0, 0, 10, 4);
    (void)sem::add(sem::Role::textbox, 4242, "Quote 2", 1.5f, 40, 3.25f, 4);
    sem::end_frame();
    nlohmann::json renamed = nlohmann::json::parse(sem::nodes_json(true));
    sem::mark_sent();
    REQUIRE(renamed["nodes"].size() == 1);
    CHECK(renamed["nodes"][0]["name"] == "Quote 2");
    CHECK(renamed["nodes"][0]["y"] == 40);
    // Issue 14: the browser lets a coming frame's update supersede a waiting one, so the page can miss frames.
    // A change made two frames before the page next takes the list is still in it, and a read that is not
    // the page's (window.fairterms.ui.nodes()) does not move what the delta is against.
    sem::begin_frame();
    (void)sem::add(sem::Role::button, 77, "New row", 0, 0, 10, 4);
    (void)sem::add(sem::Role::textbox, 4242, "Quote 3", 1.5f, 40, 3.25f, 4);
    sem::end_frame();
    sem::begin_frame();   // then only moved: against that frame alone, only the rectangle would go
    (void)sem::add(sem::Role::button, 77, "New row", 0, 0, 10, 4);
    (void)sem::add(sem::Role::textbox, 4242, "Quote 3", 1.5f, 50, 3.25f, 4);
    sem::end_frame();
    (void)sem::nodes_json(false);
    nlohmann::json missed = nlohmann::json::parse(sem::nodes_json(true));
    sem::mark_sent();
    REQUIRE(missed["nodes"].size() == 1);
    CHECK(missed["nodes"][0]["name"] == "Quote 3");
    CHECK(missed["nodes"][0]["y"] == 50);
    nlohmann::json taken = nlohmann::json::parse(sem::nodes_json(true));
    CHECK(taken["nodes"].empty());
}

// Found by a new user with a screen reader: the fee table's hand-drawn header row ("Line", then figures'
// headers aligned right) was read "Line Line": the header cells and the row's text were two nodes each.
TEST_CASE("a table's header row is its header cells once, on every screen") {
    Harness h;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 4200);   // tall, so every table on a screen is drawn
    h.frames(2);
    for (const char* screen : {"Home", "Readiness", "Data assets", "Strategy", "Quote", "Value share", "Partnerships"}) {
        REQUIRE(h.click(screen));
        h.frames(3);
        std::map<std::pair<unsigned, int>, int> in_header_row;   // (table, column) -> nodes in row 0
        bool any_header = false;
        for (const auto& n : sem::nodes()) {
            if (!n.table || n.row != 0 || n.role == sem::Role::table) continue;
            ++in_header_row[{n.table, n.col}];
            any_header |= n.header;
        }
        for (const auto& kv : in_header_row) {
            bool header_table = false;
            for (const auto& n : sem::nodes()) header_table |= n.table == kv.first.first && n.header;
            if (header_table) CHECK_MESSAGE(kv.second == 1, screen << ": column " << kv.first.second << " of a table has " << kv.second << " nodes in its header row");
        }
        if (std::string(screen) == "Quote") CHECK(any_header);
    }
}

// Found by a new user on the keyboard: "Choose the posture" opens the posture's view and goes away, and focus
// fell to the page's body, so the next Tab started again from the top of the page.
TEST_CASE("a focused button that its own press takes away hands focus to what the press brought") {
    Harness h;
    open_tall(h, "Strategy");
    const sem::Node* choose = node(sem::Role::button, "Choose the posture");
    REQUIRE(choose);
    const unsigned was = choose->id;
    std::set<unsigned> before;
    for (const auto& n : sem::nodes()) before.insert(n.id);
    sem::request_focus(was);
    h.frame();
    activate(h, sem::Role::button, "Choose the posture");
    h.frames(3);
    CHECK(node(sem::Role::button, "Choose the posture") == nullptr);
    const sem::Node* focused = nullptr;
    for (const auto& n : sem::nodes())
        if (n.id == sem::focused()) focused = &n;
    REQUIRE(focused);
    // The first control of the posture's view: its first choice (with no self-assessment yet "Go to Readiness"
    // follows the choices, so the keyboard reaches them first).
    CHECK(focused->region == sem::Region::main);
    CHECK(before.count(focused->id) == 0);
    CHECK(focused->name == "Proactive");
    CHECK(ft::ui::sem::take_app_focus() == focused->id);   // the browser is told to move its focus there
}

// Found by a new user on the keyboard: Enter on a Readiness area opened its questions and left focus on the
// page's body, so Tab started again at the first area and the questions could not be reached.
TEST_CASE("choosing a Readiness area by keyboard keeps focus in the page, on what was chosen or what it opened") {
    Harness h;
    open_tall(h, "Readiness");
    const sem::Node* area = nullptr;
    for (const auto& n : sem::nodes())
        if (n.region == sem::Region::main && n.role == sem::Role::button && n.name.find("Workforce") == 0) area = &n;
    REQUIRE(area);
    const unsigned was = area->id;
    sem::request_focus(was);
    h.frame();
    sem::request_activate(was);
    h.frames(3);
    const sem::Node* focused = nullptr;
    for (const auto& n : sem::nodes())
        if (n.id == sem::focused()) focused = &n;
    REQUIRE_MESSAGE(focused, "focus is on no node of the page");
    CHECK(focused->region == sem::Region::main);
}

// Found by a new user at the 200% size: Strategy's section list, a box of its own below the page's fold, was
// skipped by ImGui, so every entry in it got one stale id and no height: the mirror had one element for all.
TEST_CASE("widgets in a box out of view keep their own ids, and focus there brings the box into view") {
    Harness h;
    ImGui::GetIO().DisplaySize = ImVec2(640, 400);   // 1280 x 800 at the 200% size
    h.frames(2);
    REQUIRE(h.click("Strategy"));
    h.frames(3);
    std::map<unsigned, int> ids;
    const sem::Node* risks = nullptr;
    for (const auto& n : sem::nodes()) {
        ids[n.id]++;
        if (n.name == "Risks and mitigations") risks = &n;
    }
    for (auto [id, count] : ids) CHECK_MESSAGE(count == 1, "id " << id << " is shared by " << count << " nodes");
    REQUIRE(risks);
    CHECK(risks->h > 0);
    const unsigned id = risks->id;
    // Tab reaches it in the mirror: ui/ is told, scrolls the box into view, and the entry is then drawn.
    sem::request_focus(id);
    h.frames(4);
    const sem::Node* now = nullptr;
    for (const auto& n : sem::nodes())
        if (n.id == id) now = &n;
    REQUIRE(now);
    CHECK(now->name == "Risks and mitigations");
    CHECK(now->y >= 0);
    CHECK(now->y + now->h <= 400);
}
