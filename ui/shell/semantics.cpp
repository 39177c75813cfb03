#include "shell/semantics.h"

#include <algorithm>
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
};
State& st() {
    static State s;
    return s;
}

bool same(const Node& a, const Node& b) {
    return a.id == b.id && a.parent == b.parent && a.role == b.role && a.region == b.region && a.name == b.name &&
           a.value == b.value && a.description == b.description && a.group == b.group &&
           a.invalid_message == b.invalid_message && a.checked == b.checked && a.selected == b.selected &&
           a.disabled == b.disabled && a.required == b.required && a.has_checked == b.has_checked &&
           a.has_expanded == b.has_expanded && a.expanded == b.expanded && a.multiline == b.multiline &&
           a.readonly == b.readonly && a.prose == b.prose && a.truncated == b.truncated && a.level == b.level &&
           a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

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

Node& push_node(Node n, bool last_item_rect = true) {
    State& s = st();
    n.region = s.region;
    n.order = int(s.building.size());
    if (last_item_rect) {
        const ImRect& r = ImGui::GetCurrentContext()->LastItemData.Rect;
        n.x = r.Min.x;
        n.y = r.Min.y;
        n.w = r.GetWidth();
        n.h = r.GetHeight();
    }
    s.building.push_back(std::move(n));
    return s.building.back();
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

void begin_frame() {
    State& s = st();
    s.building.clear();
    s.used_ids.clear();
    s.region = Region::main;
}

void end_frame() {
    State& s = st();
    bool changed = s.building.size() != s.published.size();
    for (std::size_t i = 0; !changed && i < s.building.size(); ++i) changed = !same(s.building[i], s.published[i]);
    if (changed) {
        std::unordered_map<unsigned, const Node*> before;
        for (const Node& n : s.published) before.emplace(n.id, &n);
        for (Node& n : s.building) {
            auto it = before.find(n.id);
            n.same_as_before = it != before.end() && same(n, *it->second);
        }
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

std::string nodes_json(bool delta) {
    nlohmann::json arr = nlohmann::json::array();
    for (const Node& n : st().published) {
        if (delta && n.same_as_before) {
            arr.push_back({{"id", n.id}, {"s", 1}});
            continue;
        }
        nlohmann::json o = {{"id", n.id}, {"role", role_name(n.role)}, {"region", region_name(n.region)},
                            {"name", n.name}, {"x", n.x}, {"y", n.y}, {"w", n.w}, {"h", n.h}};
        if (n.parent) o["p"] = n.parent;
        if (!n.value.empty() || n.role == Role::textbox) o["value"] = n.value;
        if (!n.description.empty()) o["desc"] = n.description;
        if (!n.group.empty()) o["group"] = n.group;
        if (n.invalid()) o["invalid"] = n.invalid_message;
        if (n.has_checked) o["checked"] = n.checked;
        if (n.selected) o["selected"] = true;
        if (n.disabled) o["disabled"] = true;
        if (n.required) o["required"] = true;
        if (n.has_expanded) o["expanded"] = n.expanded;
        if (n.multiline) o["multiline"] = true;
        if (n.readonly) o["readonly"] = true;
        if (n.prose) o["prose"] = true;
        if (n.truncated) o["truncated"] = true;
        if (n.level) o["level"] = n.level;
        arr.push_back(std::move(o));
    }
    return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Node& add_item(Role role, const std::string& name) {
    Node n;
    n.id = ImGui::GetItemID();
    n.role = role;
    n.name = visible_part(name);
    st().used_ids.insert(n.id);
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
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    unsigned id = ImHashStr(text.c_str(), text.size(), window ? window->ID : 0);
    while (!s.used_ids.insert(id).second) id = ImHashData(&id, sizeof id, 0x9E3779B9u);   // same text twice
    Node n;
    n.id = id;
    n.role = role;
    n.name = text;
    return push_node(std::move(n));
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

unsigned focused() { return st().focused; }

void app_focused(unsigned id) {
    State& s = st();
    if (s.focused == id) return;
    s.focused = id;
    s.app_focus = id;
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

std::string take_announcements_json() {
    State& s = st();
    if (s.polite.empty() && s.assertive.empty()) return "";
    nlohmann::json o = {{"polite", s.polite}, {"assertive", s.assertive}};
    s.polite.clear();
    s.assertive.clear();
    return o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ft::ui::sem
