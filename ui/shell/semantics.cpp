#include "shell/semantics.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

namespace ft::ui::sem {
namespace {

struct State {
    std::vector<Node> building, published;
    // The list as the platform was last given it (nodes_json): deltas are against it, not the previous frame,
    // since the browser lets a coming frame's update supersede a waiting one (web/mirror.cpp).
    std::vector<Node> sent;
    unsigned last_item = 0;   // the id add_item gave the last widget (ImGui's own is stale in a skipped window)
    std::set<unsigned> used_ids;
    unsigned long revision = 0;
    Region region = Region::main;
    unsigned focused = 0;
    unsigned app_focus = 0;          // waiting for the platform to follow
    unsigned scroll_to = 0;
    std::set<unsigned> activate;
    std::map<unsigned, std::string> text;
    bool escape = false;
    bool dom_text = false;
    std::vector<std::string> polite, assertive;
    std::unordered_map<unsigned, std::size_t> tables;   // table id -> index of its node in `building`
    bool in_table_node = false;                          // adding a table's own node or header cells
    unsigned row_table = 0;                              // set_table_row: the table whose rows are numbered
    int row_number = -1;                                 // and the number of the row being drawn
    std::unordered_map<unsigned, unsigned> text_counts;  // id scope -> text nodes added in it this frame
    struct Live {
        std::string text;
        unsigned long frame = 0;
    };
    std::unordered_map<std::string, Live> live;          // live_value key -> its text and the frame it was seen
    unsigned long frame = 0;
    unsigned pressed = 0;            // the last button pressed, and the frame it was pressed in
    unsigned long pressed_frame = 0;
};
State& st() {
    static State s;
    return s;
}

bool same_rect(const Node& a, const Node& b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; }

// Equal but for the rectangle.
bool same_but_rect(const Node& a, const Node& b) {
    return a.id == b.id && a.parent == b.parent && a.role == b.role && a.region == b.region && a.name == b.name &&
           a.value == b.value && a.description == b.description && a.group == b.group &&
           a.invalid_message == b.invalid_message && a.checked == b.checked && a.selected == b.selected &&
           a.disabled == b.disabled && a.required == b.required && a.has_checked == b.has_checked &&
           a.has_expanded == b.has_expanded && a.expanded == b.expanded && a.multiline == b.multiline &&
           a.readonly == b.readonly && a.prose == b.prose && a.truncated == b.truncated && a.level == b.level &&
           a.table == b.table && a.row == b.row && a.col == b.col && a.header == b.header;
}

bool same(const Node& a, const Node& b) { return same_rect(a, b) && same_but_rect(a, b); }

const char* region_name(Region r) {
    switch (r) {
        case Region::banner: return "banner";
        case Region::navigation: return "navigation";
        case Region::main: return "main";
        case Region::messages: return "messages";
    }
    return "main";
}

// ImGui labels carry ids after "##"; a person reads only what comes before.
std::string visible_part(const std::string& label) {
    std::size_t cut = label.find("##");
    return cut == std::string::npos ? label : label.substr(0, cut);
}

Node& push_raw(Node n) {
    State& s = st();
    n.region = s.region;
    n.order = int(s.building.size());
    s.building.push_back(std::move(n));
    return s.building.back();
}

// The last heading drawn in the same region: what a table under it is about.
std::string last_heading() {
    const State& s = st();
    for (auto it = s.building.rbegin(); it != s.building.rend(); ++it)
        if (it->role == Role::heading && it->region == s.region) return it->name;
    return "";
}

// Grows a table node's rectangle to cover a cell's.
void cover(Node& table, const Node& cell) {
    if (cell.w <= 0 && cell.h <= 0) return;
    if (table.w <= 0 && table.h <= 0) {
        table.x = cell.x; table.y = cell.y; table.w = cell.w; table.h = cell.h;
        return;
    }
    float x1 = std::min(table.x, cell.x), y1 = std::min(table.y, cell.y);
    float x2 = std::max(table.x + table.w, cell.x + cell.w), y2 = std::max(table.y + table.h, cell.y + cell.h);
    table.x = x1; table.y = y1; table.w = x2 - x1; table.h = y2 - y1;
}

// A node drawn inside a Dear ImGui table cell belongs to that table: the first such node of a frame adds the
// table's node (named after the heading above it) and, when the table has a header row, its column headers.
void place_in_table(Node& n) {
    State& s = st();
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiTable* t = g.CurrentTable;
    if (!t || s.in_table_node || t->CurrentRow < 0 || t->CurrentColumn < 0 || n.table) return;
    auto it = s.tables.find(t->ID);
    if (it == s.tables.end()) {
        s.in_table_node = true;
        Node table;
        table.id = t->ID;
        table.role = Role::table;
        table.name = last_heading();
        s.used_ids.insert(table.id);
        push_raw(std::move(table));
        it = s.tables.emplace(t->ID, s.building.size() - 1).first;
        if (t->IsUsingHeaders) {
            float h = g.FontSize + g.Style.CellPadding.y * 2;
            for (int c = 0; c < t->ColumnsCount; ++c) {
                const char* name = ImGui::TableGetColumnName(t, c);
                Node head;
                head.id = ImHashData(&c, sizeof c, t->ID ^ 0x68656164u);
                head.role = Role::cell;
                head.header = true;
                head.name = visible_part(name ? name : "");
                head.table = t->ID;
                head.row = 0;
                head.col = c;
                head.x = t->Columns[c].MinX;
                head.y = t->OuterRect.Min.y;
                head.w = t->Columns[c].MaxX - t->Columns[c].MinX;
                head.h = h;
                s.used_ids.insert(head.id);
                cover(s.building[it->second], head);
                push_raw(std::move(head));
            }
        }
        s.in_table_node = false;
    }
    n.table = t->ID;
    n.row = s.row_number >= 0 && s.row_table == t->ID ? s.row_number : t->CurrentRow;
    n.col = t->CurrentColumn;
    cover(s.building[it->second], n);
}

// A header row drawn by hand (text in a TableNextRow(ImGuiTableRowFlags_Headers) row, so headers can be
// right-aligned over figures) names each column again: that text is the header cell the table node already
// holds, not a second node, or a screen reader hears "Line Line".
Node* header_drawn_as(const Node& n) {
    if (!n.table || n.row != 0 || n.role != Role::text) return nullptr;
    State& s = st();
    auto it = s.tables.find(n.table);
    if (it == s.tables.end()) return nullptr;
    for (std::size_t i = it->second + 1; i < s.building.size(); ++i) {
        Node& h = s.building[i];
        if (h.table != n.table || !h.header) break;   // the header cells follow their table node
        if (h.col == n.col && h.name == n.name) return &h;
    }
    return nullptr;
}

Node& push_node(Node n, bool last_item_rect = true) {
    if (last_item_rect) {
        const ImRect& r = ImGui::GetCurrentContext()->LastItemData.Rect;
        n.x = r.Min.x;
        n.y = r.Min.y;
        n.w = r.GetWidth();
        n.h = r.GetHeight();
    }
    if (ImGui::GetCurrentContext()) {
        place_in_table(n);
        if (Node* head = header_drawn_as(n)) return *head;
    }
    return push_raw(std::move(n));
}

}  // namespace

const char* role_name(Role r) {
    switch (r) {
        case Role::button: return "button";
        case Role::link: return "link";
        case Role::checkbox: return "checkbox";
        case Role::radio: return "radio";
        case Role::textbox: return "textbox";
        case Role::slider: return "slider";
        case Role::combobox: return "combobox";
        case Role::option: return "option";
        case Role::tab: return "tab";
        case Role::heading: return "heading";
        case Role::text: return "text";
        case Role::table: return "table";
        case Role::row: return "row";
        case Role::cell: return "cell";
        case Role::status: return "status";
        case Role::alert: return "alert";
        case Role::img: return "img";
        case Role::tooltip: return "tooltip";
    }
    return "text";
}

bool Node::interactive() const {
    switch (role) {
        case Role::button: case Role::link: case Role::checkbox: case Role::radio: case Role::textbox:
        case Role::slider: case Role::combobox: case Role::option: case Role::tab: return true;
        default: return false;
    }
}

void set_table_row(unsigned table, int row) {
    st().row_table = table;
    st().row_number = row;
}

void begin_frame() {
    State& s = st();
    s.building.clear();
    s.used_ids.clear();
    s.tables.clear();
    s.text_counts.clear();
    s.row_number = -1;
    s.region = Region::main;
    ++s.frame;
}

namespace {

bool focusable(Role r) {
    switch (r) {
        case Role::button: case Role::link: case Role::checkbox: case Role::radio: case Role::textbox:
        case Role::slider: case Role::combobox: case Role::tab: return true;
        default: return false;
    }
}

// See pressed(): the focused button just pressed is gone from this frame's nodes. A press shows its result
// within a frame or two; later, a node leaving (scrolled out of a long list) is not the press's doing.
void follow_pressed_button(State& s) {
    if (!s.focused || s.focused != s.pressed || s.frame > s.pressed_frame + 3) return;
    std::unordered_map<unsigned, std::size_t> now;
    for (std::size_t i = 0; i < s.building.size(); ++i) now.emplace(s.building[i].id, i);
    if (now.count(s.focused)) return;
    std::size_t was = s.published.size();
    for (std::size_t i = 0; i < s.published.size(); ++i)
        if (s.published[i].id == s.focused) was = i;
    if (was == s.published.size()) return;
    const Region region = s.published[was].region;
    std::set<unsigned> before;
    for (const Node& n : s.published) before.insert(n.id);
    unsigned next = 0;
    // The same entry in its new place (a topic chosen from an overview, now in the list beside its questions),
    // else the first control new in the region.
    const std::string name = s.published[was].name;
    for (const Node& n : s.building)
        if (!next && n.region == region && focusable(n.role) && !n.disabled && !before.count(n.id) && n.name == name) next = n.id;
    for (const Node& n : s.building)
        if (!next && n.region == region && focusable(n.role) && !n.disabled && !before.count(n.id)) next = n.id;
    for (std::size_t i = was + 1; !next && i < s.published.size(); ++i) {
        const Node& n = s.published[i];
        auto it = now.find(n.id);
        if (it != now.end() && focusable(n.role) && !s.building[it->second].disabled) next = n.id;
    }
    s.pressed = 0;
    if (next) move_focus(next);
}

}  // namespace

void end_frame() {
    State& s = st();
    follow_pressed_button(s);
    bool changed = s.building.size() != s.published.size();
    for (std::size_t i = 0; !changed && i < s.building.size(); ++i) changed = !same(s.building[i], s.published[i]);
    if (changed) {
        s.published.swap(s.building);
        ++s.revision;
    }
    s.building.clear();
    // Requests for widgets that were not drawn this frame (the screen changed) are dropped, not kept for later.
    s.activate.clear();
    s.text.clear();
    s.escape = false;
}

const std::vector<Node>& nodes() { return st().published; }
unsigned long revision() { return st().revision; }

// The node list is written by hand rather than through nlohmann::json: building a json object per node (a map
// of small strings) and dumping it was most of the mirror's cost per changed frame in the browser (issue 12).
namespace {

// A JSON string: quotes, backslashes and control characters escaped; invalid UTF-8 bytes become U+FFFD, as
// nlohmann's dump with error_handler_t::replace did, so JSON.parse never sees a bad byte.
void put_string(std::string& out, const std::string& s) {
    out += '"';
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        unsigned char c = *p;
        if (c < 0x80) {
            if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c == '\t') out += "\\t";
            else if (c < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else out += char(c);
            ++p;
            continue;
        }
        // A multi-byte sequence: copied whole when well formed, else one replacement character per bad byte.
        int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        bool ok = len > 0 && end - p >= len;
        for (int k = 1; ok && k < len; ++k) ok = (p[k] & 0xC0) == 0x80;
        if (ok && len == 2) ok = c >= 0xC2;
        if (ok && len == 3) ok = !(c == 0xE0 && p[1] < 0xA0) && !(c == 0xED && p[1] >= 0xA0);
        if (ok && len == 4) ok = c <= 0xF4 && !(c == 0xF0 && p[1] < 0x90) && !(c == 0xF4 && p[1] >= 0x90);
        if (ok) {
            out.append(reinterpret_cast<const char*>(p), std::size_t(len));
            p += len;
        } else {
            // U+FFFD as bytes, not a string literal: it goes to the DOM, never drawn with the app's font subset
            // (tests/ui/test_font_coverage.cpp reads ui/ string literals for what the canvas may show).
            static const char kReplacement[] = {char(0xEF), char(0xBF), char(0xBD)};
            out.append(kReplacement, sizeof kReplacement);
            ++p;
        }
    }
    out += '"';
}

// A number as JSON: whole numbers without a decimal point (rectangles are mostly whole display units).
void put_number(std::string& out, double v) {
    char buf[32];
    if (v == double(static_cast<long long>(v))) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    else std::snprintf(buf, sizeof buf, "%.9g", v);
    out += buf;
}

void put_key(std::string& out, const char* key) {
    out += ",\"";
    out += key;
    out += "\":";
}

void put_node(std::string& out, const Node& n) {
    out += "{\"id\":";
    out += std::to_string(n.id);
    put_key(out, "role"); out += '"'; out += role_name(n.role); out += '"';
    put_key(out, "region"); out += '"'; out += region_name(n.region); out += '"';
    put_key(out, "name"); put_string(out, n.name);
    put_key(out, "x"); put_number(out, n.x);
    put_key(out, "y"); put_number(out, n.y);
    put_key(out, "w"); put_number(out, n.w);
    put_key(out, "h"); put_number(out, n.h);
    if (n.parent) { put_key(out, "p"); out += std::to_string(n.parent); }
    if (!n.value.empty() || n.role == Role::textbox) { put_key(out, "value"); put_string(out, n.value); }
    if (!n.description.empty()) { put_key(out, "desc"); put_string(out, n.description); }
    if (!n.group.empty()) { put_key(out, "group"); put_string(out, n.group); }
    if (n.invalid()) { put_key(out, "invalid"); put_string(out, n.invalid_message); }
    if (n.has_checked) { put_key(out, "checked"); out += n.checked ? "true" : "false"; }
    if (n.selected) out += ",\"selected\":true";
    if (n.disabled) out += ",\"disabled\":true";
    if (n.required) out += ",\"required\":true";
    if (n.has_expanded) { put_key(out, "expanded"); out += n.expanded ? "true" : "false"; }
    if (n.multiline) out += ",\"multiline\":true";
    if (n.readonly) out += ",\"readonly\":true";
    if (n.prose) out += ",\"prose\":true";
    if (n.truncated) out += ",\"truncated\":true";
    if (n.level) { put_key(out, "level"); out += std::to_string(n.level); }
    if (n.table) {
        put_key(out, "t"); out += std::to_string(n.table);
        put_key(out, "r"); out += std::to_string(n.row);
        put_key(out, "c"); out += std::to_string(n.col);
    }
    if (n.header) out += ",\"header\":true";
    out += '}';
}

// Marks each published node against the list last sent, and says whether the two have the same ids in the
// same order.
bool mark_against_sent(State& s) {
    std::unordered_map<unsigned, const Node*> before;
    before.reserve(s.sent.size());
    for (const Node& n : s.sent) before.emplace(n.id, &n);
    bool same_order = s.published.size() == s.sent.size();
    for (std::size_t i = 0; i < s.published.size(); ++i) {
        Node& n = s.published[i];
        auto it = before.find(n.id);
        const bool kept = it != before.end() && same_but_rect(n, *it->second);
        n.same_as_before = kept && same_rect(n, *it->second);
        n.moved_only = kept && !n.same_as_before;
        if (same_order && s.sent[i].id != n.id) same_order = false;
    }
    return same_order;
}

}  // namespace

std::string nodes_json(bool delta) {
    State& s = st();
    const bool only_changed = delta && mark_against_sent(s);
    std::string out;
    out.reserve(s.published.size() * (only_changed ? 16 : 120) + 32);
    out += only_changed ? "{\"same\":1,\"nodes\":[" : "[";
    bool first = true;
    for (const Node& n : s.published) {
        if (delta && n.same_as_before) {
            if (only_changed) continue;
            if (!first) out += ',';
            first = false;
            out += "{\"id\":";
            out += std::to_string(n.id);
            out += ",\"s\":1}";
            continue;
        }
        if (delta && n.moved_only) {
            if (!first) out += ',';
            first = false;
            out += "{\"id\":";
            out += std::to_string(n.id);
            out += ",\"m\":1";
            put_key(out, "x"); put_number(out, n.x);
            put_key(out, "y"); put_number(out, n.y);
            put_key(out, "w"); put_number(out, n.w);
            put_key(out, "h"); put_number(out, n.h);
            out += '}';
            continue;
        }
        if (!first) out += ',';
        first = false;
        put_node(out, n);
    }
    out += only_changed ? "]}" : "]";
    return out;
}

void mark_sent() { st().sent = st().published; }

Node& add_item(Role role, const std::string& name) {
    Node n;
    n.role = role;
    n.name = visible_part(name);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window && window->SkipItems) {
        // The whole window is out of view (a box of its own below the page's fold, as Strategy's section list is
        // at a large size): ImGui skipped the widget, so the last item is some earlier one, and every widget in
        // the box got its id and a rectangle of no height (found by a new user). The widget's own id is the one
        // ImGui gives it when drawn; its place is its box's, so Tab still reaches it, and focus there scrolls
        // the box into view (scroll_into_view).
        n.id = ImGui::GetID(name.c_str());
        n.x = window->Pos.x;
        n.y = window->Pos.y;
        n.w = window->Size.x;
        n.h = 1;
        st().used_ids.insert(n.id);
        st().last_item = n.id;
        return push_node(std::move(n), false);
    }
    n.id = ImGui::GetItemID();
    st().used_ids.insert(n.id);
    st().last_item = n.id;
    return push_node(std::move(n));
}

Node& add(Role role, unsigned id, const std::string& name, float x, float y, float w, float h) {
    Node n;
    n.id = id;
    n.role = role;
    n.name = visible_part(name);
    n.x = x;
    n.y = y;
    n.w = w;
    n.h = h;
    st().used_ids.insert(id);
    return push_node(std::move(n), false);
}

Node& add_text(Role role, const std::string& text) {
    State& s = st();
    // The id is the text's place in its id scope (the nth text under this PushID), not the text itself, so a
    // figure that changes ("2 of 48 answered") keeps its element: the mirror updates it in place (a screen
    // reader keeps its place, and a frame where only figures changed is the mirror's cheap path).
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    unsigned scope = window ? window->IDStack.back() : 0;
    unsigned nth = s.text_counts[scope]++;
    unsigned id = ImHashData(&nth, sizeof nth, scope ^ 0x74657874u);
    while (!s.used_ids.insert(id).second) id = ImHashData(&id, sizeof id, 0x9E3779B9u);
    Node n;
    n.id = id;
    n.role = role;
    n.name = text;
    return push_node(std::move(n));
}

Node& add_table(unsigned id, const std::string& name, float x, float y, float w, float h) {
    Node n;
    n.id = id;
    n.role = Role::table;
    n.name = name;
    n.x = x; n.y = y; n.w = w; n.h = h;
    st().used_ids.insert(id);
    return push_raw(std::move(n));
}

Node& add_cell(unsigned table, int row, int col, const std::string& text, bool header) {
    State& s = st();
    Node* t = find_building(table);
    Node n;
    unsigned key[2] = {unsigned(row), unsigned(col)};
    n.id = ImHashData(key, sizeof key, table);
    while (!s.used_ids.insert(n.id).second) n.id = ImHashData(&n.id, sizeof n.id, 0x9E3779B9u);
    n.role = Role::cell;
    n.name = text;
    n.header = header;
    n.table = table;
    n.row = row;
    n.col = col;
    if (t) { n.x = t->x; n.y = t->y; n.w = t->w; n.h = t->h; }
    return push_raw(std::move(n));
}

Node* find_building(unsigned id) {
    for (auto it = st().building.rbegin(); it != st().building.rend(); ++it)
        if (it->id == id) return &*it;
    return nullptr;
}

void set_name(unsigned id, const std::string& name) {
    if (Node* n = find_building(id)) n->name = visible_part(name);
}

void set_description(unsigned id, const std::string& description) {
    if (Node* n = find_building(id)) n->description = description;
}

void set_region(Region region) { st().region = region; }

void request_focus(unsigned id) {
    State& s = st();
    if (s.focused != id) s.scroll_to = id;
    s.focused = id;
    s.app_focus = 0;
}
void request_activate(unsigned id) { st().activate.insert(id); }
void request_text(unsigned id, const std::string& text) { st().text[id] = text; }
void request_escape() { st().escape = true; }

bool take_activate(unsigned id) { return st().activate.erase(id) > 0; }

bool take_text(unsigned id, std::string& text) {
    auto it = st().text.find(id);
    if (it == st().text.end()) return false;
    text = std::move(it->second);
    st().text.erase(it);
    return true;
}

bool take_escape() {
    bool e = st().escape;
    st().escape = false;
    return e;
}

bool take_scroll(unsigned id) {
    if (id == 0 || st().scroll_to != id) return false;
    st().scroll_to = 0;
    return true;
}
void scroll_again(unsigned id) { st().scroll_to = id; }

unsigned focused() { return st().focused; }
unsigned last_item_id() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    return window && window->SkipItems ? st().last_item : ImGui::GetItemID();
}

void app_focused(unsigned id) {
    State& s = st();
    if (s.focused == id) return;
    s.focused = id;
    s.app_focus = id;
}

void move_focus(unsigned id) {
    State& s = st();
    s.focused = id;
    s.app_focus = id;
    s.scroll_to = id;
}

void pressed(unsigned id) {
    State& s = st();
    s.pressed = id;
    s.pressed_frame = s.frame;
}

unsigned take_app_focus() {
    unsigned id = st().app_focus;
    st().app_focus = 0;
    return id;
}

void set_dom_text_editing(bool on) { st().dom_text = on; }
bool dom_text_editing() { return st().dom_text; }

void announce(const std::string& text, bool urgent) {
    if (text.empty()) return;
    (urgent ? st().assertive : st().polite).push_back(text);
}

void live_value(const std::string& key, const std::string& text) {
    State& s = st();
    State::Live& l = s.live[key];
    // Seen in the last frame (still on show) with other text: news. Otherwise it just appeared.
    if (l.frame + 1 >= s.frame && l.frame != 0 && l.text != text) announce(text);
    l.text = text;
    l.frame = s.frame;
}

std::string take_announcements_json() {
    State& s = st();
    if (s.polite.empty() && s.assertive.empty()) return "";
    nlohmann::json o = {{"polite", s.polite}, {"assertive", s.assertive}};
    s.polite.clear();
    s.assertive.clear();
    return o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ft::ui::sem
