// What each frame means, as opposed to what it looks like: one node per widget, heading and text.
//
// ui/ describes, web/ renders. Every widget in ui/widgets records a node here while it is drawn (role,
// accessible name, value, states, rectangle, order); web/ turns the published list into a hidden DOM tree
// for screen readers and keyboard focus, and native UI tests read the same list ("a button named Save to
// file exists and is enabled"). Nothing here knows about the browser.
//
// Input flows back through three entry points, keyed by the node's id (its ImGui id): focus, activate
// (as if clicked) and set text (a whole new value for a text field). A widget reads them on its next frame.
#pragma once

#include <string>
#include <vector>

namespace ft::ui::sem {

enum class Role {
    button, link, checkbox, radio, textbox, slider, combobox, option, tab, heading, text, table, row, cell,
    status, alert, img, tooltip
};
const char* role_name(Role r);

// Where on the page a node sits, so the mirror can group nodes into landmarks (and "Skip to content" works).
enum class Region { banner, navigation, main, messages };

struct Node {
    unsigned id = 0;         // ImGui id for widgets; a hash of window and text for text nodes
    unsigned parent = 0;     // enclosing table or group node, 0 at the top
    Role role = Role::text;
    Region region = Region::main;
    std::string name;        // accessible name (visible label, without "##" suffixes)
    std::string value;       // text field contents, slider value, selected option
    std::string description; // help text (tooltips)
    std::string group;       // radio group key: radios with the same key are one group
    std::string invalid_message;   // set when the field's text was refused
    bool checked = false, selected = false, disabled = false, required = false;
    bool has_checked = false;      // checkbox or radio (so "false" is meaningful)
    bool has_expanded = false, expanded = false;   // combo boxes, disclosure buttons
    bool multiline = false, readonly = false;
    bool prose = false;            // a text field for sentences: spellcheck on
    bool truncated = false;        // the visible label was cut; the name keeps the full text
    int level = 0;                 // heading level 1..3
    // Inside a table: the table node's id, and the cell (row 0 is the header row when the table has one).
    // Set for every node drawn in a Dear ImGui table cell; web/ nests them as table > row > cell.
    unsigned table = 0;
    int row = -1, col = -1;
    bool header = false;           // a column header cell's text
    float x = 0, y = 0, w = 0, h = 0;   // display coordinates (CSS pixels in the browser)
    int order = 0;                 // submission order in the frame
    bool same_as_before = false;   // equal to the node of the same id in the list last sent (nodes_json)
    bool moved_only = false;       // equal to it but for the rectangle (a list scrolled)

    bool interactive() const;
    bool invalid() const { return !invalid_message.empty(); }
};

// ---- frame lifecycle (called by the platform layer around App::frame) ----------------------------------
void begin_frame();
// Publishes the frame's nodes; the revision changes only when some node differs from the last frame.
void end_frame();
const std::vector<Node>& nodes();
unsigned long revision();
// The published nodes as JSON: [{"id","p","role","name",...}]. With `delta` (against the list this last
// returned, however many frames ago), a node equal to its previous version is only {"id":N,"s":1} (the mirror keeps what it has), one that only moved is {"id":N,"m":1,"x",
// "y","w","h"} (scrolling moves every node of a list and changes nothing else); and when the frame has the same nodes in the
// same order as the one before (a choice ticked, a figure changed), only the changed nodes are sent, as
// {"same":1,"nodes":[...]}, so the mirror touches nothing else (the common case while answering).
std::string nodes_json(bool delta = false);
// The platform has the published list now (the browser's mirror took it): later deltas are against it.
void mark_sent();

// ---- recording (ui/widgets and the shell) ----------------------------------------------------------------
// Adds a node for the last ImGui item (its id and rectangle) and returns it for further states.
Node& add_item(Role role, const std::string& name);
// Adds a node with an explicit id and rectangle (widgets whose last item is not themselves, e.g. an open combo).
Node& add(Role role, unsigned id, const std::string& name, float x, float y, float w, float h);
// Adds a node for text just drawn (the last item's rectangle); its id is derived from the window and text.
Node& add_text(Role role, const std::string& text);
// A table that is not a Dear ImGui table (a chart's data): its node, then cells added with add_cell. The table
// and its cells sit on the rectangle given (they are read, not seen: the chart is what is seen).
Node& add_table(unsigned id, const std::string& name, float x, float y, float w, float h);
Node& add_cell(unsigned table, int row, int col, const std::string& text, bool header = false);
// The node with this id in the frame being drawn, or null.
Node* find_building(unsigned id);
// Names and descriptions given after the widget was drawn (labels drawn beside the field, tooltips).
void set_name(unsigned id, const std::string& name);
void set_description(unsigned id, const std::string& description);

// The region the shell is drawing (header, navigation, main content, messages).
void set_region(Region region);

// Rows drawn by a list clipper (shell/visible_rows.h): the nodes of the row begun next in `table` are numbered
// `row` (its place in the whole list, the header row being 0) instead of Dear ImGui's count of rows begun, which
// skips the rows out of view and so gave each row a new number on every scroll. -1 ends it.
void set_table_row(unsigned table, int row);

// ---- input from the platform (browser mirror, native tests) --------------------------------------------------
// Focus moved to the node (DOM focus, a screen reader's cursor): the widget shows it and scrolls into view.
void request_focus(unsigned id);
// Activate the node as if clicked (Enter or Space on a button, a screen reader's click).
void request_activate(unsigned id);
// A text field's whole new text (typed, composed, dictated or pasted in the DOM editor).
void request_text(unsigned id, const std::string& text);
// Close any open popup (Escape in the mirror).
void request_escape();

// Widgets ask, once per frame, whether the platform acted on them.
bool take_activate(unsigned id);
bool take_text(unsigned id, std::string& text);
bool take_escape();
// True once after request_focus(id): the widget should scroll itself into view.
bool take_scroll(unsigned id);
// Asks again for `id` to be scrolled into view next frame (its box came into view first; the widget follows).
void scroll_again(unsigned id);

// The focused node: the one source of truth for both the DOM and ImGui.
unsigned focused();
// The id of the widget just drawn, to name or describe it: ImGui::GetItemID(), except in a window ImGui skips
// (out of view), where that is some earlier widget's and the id add_item gave the last widget is used instead.
unsigned last_item_id();
// A click on the canvas focused this item: the platform moves its own focus to follow.
void app_focused(unsigned id);
// The app moves focus itself (a question it just asked, what a press brought into view): the widget shows
// it and scrolls into view, and the platform moves its own focus there too.
void move_focus(unsigned id);
// A button was pressed. When it is focused and its press takes it away (a "Choose the posture" that opens
// the view it names, a "Cancel" that closes its question), focus goes on to what the press brought into
// view (the same entry in its new place, else the first control new in its region), else to the control
// that followed it, rather than falling to the page's body where a keyboard user must start again from the
// top. List entries (ui::selectable outside a combo) count as buttons here.
void pressed(unsigned id);
// The id the platform should move its focus to (0 when nothing changed); clears it.
unsigned take_app_focus();

// In the browser, text is edited in a real DOM field, so ImGui's own editing is switched off there.
void set_dom_text_editing(bool on);
bool dom_text_editing();

// Something worth announcing happened (a toast, a new result); polite unless `urgent` (refusals).
void announce(const std::string& text, bool urgent = false);
// A result on show (a total, a domain's level, the posture) under a stable key: announced politely when its
// text changes while it stays on show, never when it first appears (opening a screen is not news).
void live_value(const std::string& key, const std::string& text);
// The announcements since the last call ({"polite": [...], "assertive": [...]} as JSON), cleared.
std::string take_announcements_json();

}  // namespace ft::ui::sem
