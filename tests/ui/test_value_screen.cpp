// The Value share screen, driven through its labels like a user: the example, live results, inline
// refusals, scenarios with undo, save and load, exports. Figures are checked against the core's own output.
#include <doctest/doctest.h>

#include <cctype>
#include <set>

#include "api.h"
#include "fake_platform.h"
#include "base/json_input.h"
#include "base/money.h"
#include "screens/value/value_screen.h"
#include "shell/semantics.h"

using ft::test::Harness;

namespace {

ft::ui::ValueShareScreen& value_screen(Harness& h) {
    auto* s = h.app->screen_as<ft::ui::ValueShareScreen>(ft::ui::ScreenId::value);
    REQUIRE(s);
    return *s;
}

const ft::ui::LoggedItem* find_prefix(const std::string& prefix) {
    for (const auto& it : ft::ui::item_log_items())
        if (it.label.rfind(prefix, 0) == 0) return &it;
    return nullptr;
}

// Scrolls the content area with the mouse wheel.
void wheel(Harness& h, float notches) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(760, 500);
    h.frame();
    io.MouseWheel = notches;
    h.frame();
    io.MouseWheel = 0;
    h.frames(2);
}

// Scrolls from the top until an item whose label starts with `prefix` is fully on screen.
const ft::ui::LoggedItem* reveal(Harness& h, const std::string& prefix) {
    wheel(h, 200);
    for (int i = 0; i < 120; ++i) {
        const ft::ui::LoggedItem* it = find_prefix(prefix);
        if (it && it->y > 70 && it->y + it->h < 790) return it;
        wheel(h, -1);
    }
    return nullptr;
}

bool click_revealed(Harness& h, const std::string& label) {
    // Messages from an earlier click fade first, so none covers the widget.
    h.platform.clock_ms += 7000;
    h.frames(2);
    if (!reveal(h, label)) return false;
    return h.click(label);
}

bool type_revealed(Harness& h, const std::string& label, const std::string& text) {
    if (!reveal(h, label)) return false;
    return h.type_into(label, text);
}

// The headline figure as the screen reports it: "NHS share: 40%" -> "40%".
std::string figure(Harness& h, const std::string& title) {
    const ft::ui::LoggedItem* it = reveal(h, title + ": ");
    return it ? it->label.substr(title.size() + 2) : "(not shown)";
}

// What `fairterms value` says about the current scenario.
ft::json engine(Harness& h) {
    auto& s = value_screen(h);
    std::string request = s.scenario_request(s.scenario_names().front());
    ft::api::Result r = ft::api::run("value", request);
    REQUIRE(r.status == ft::api::Status::ok);
    return ft::json::parse(r.body);
}

ft::json current_request(Harness& h) {
    auto& s = value_screen(h);
    return ft::json::parse(s.scenario_request(s.scenario_names().front()));
}

std::string percent_of(const ft::json& doc, const char* key) {
    return ft::format_percent(*ft::Decimal::parse(doc[key].get<std::string>()));
}

Harness& open_value(Harness& h) {
    h.frames(2);
    REQUIRE(h.click("Value share"));
    h.frames(2);
    return h;
}

}  // namespace

TEST_CASE("value share: starts with an example whose figures are the engine's") {
    Harness h;
    open_value(h);
    auto names = value_screen(h).scenario_names();
    REQUIRE(names.size() == 1);
    CHECK(names[0] == "Imaging AI partnership (example)");
    ft::json out = engine(h);
    // Example: NHS weights 3 + 1 + 2 = 6 of 6 + 2 + 4 + 3 = 15, so 0.4; rate 0.25 x 0.4 x 0.6 = 0.06.
    CHECK(out["nhs_share"] == "0.4");
    CHECK(out["recommended_royalty_rate"] == "0.06");
    CHECK(figure(h, "NHS share") == "40.0%");
    CHECK(figure(h, "Royalty rate") == "6%");
    CHECK(figure(h, "Present value") == ft::format_gbp(out["total"]["pv_pence"].get<long long>()));
    CHECK(figure(h, "Nominal total") == ft::format_gbp(out["total"]["nominal_pence"].get<long long>()));
    // The untouched example is not written into the workspace.
    CHECK(h.app->workspace_json().find("value_scenarios") == std::string::npos);
}

TEST_CASE("value share: adding a contribution and changing its weight update the share and the present value") {
    Harness h;
    open_value(h);
    std::string pv_before = figure(h, "Present value");
    REQUIRE(click_revealed(h, "Add NHS contribution"));
    // 7 NHS of 16 in all.
    CHECK(figure(h, "NHS share") == "43.8%");   // 0.4375 shown to one place; the explanation keeps it exact
    REQUIRE(type_revealed(h, "Weight, row 7", "4"));
    ft::json req = current_request(h);
    REQUIRE(req["contributions"].size() == 7);
    CHECK(req["contributions"][6]["party"] == "nhs");
    CHECK(req["contributions"][6]["weight"] == "4");
    // 10 NHS of 19: 0.526316 (6 places).
    ft::json out = engine(h);
    CHECK(out["nhs_share"] == "0.526316");
    CHECK(figure(h, "NHS share") == "52.6%");
    CHECK(figure(h, "NHS share") == ft::format_share(*ft::Decimal::parse(out["nhs_share"].get<std::string>())));
    CHECK(figure(h, "Royalty rate") == percent_of(out, "recommended_royalty_rate"));
    std::string pv_after = figure(h, "Present value");
    CHECK(pv_after == ft::format_gbp(out["total"]["pv_pence"].get<long long>()));
    CHECK(pv_after != pv_before);
    // The change is the user's now: it is autosaved.
    CHECK(h.platform.storage["fairterms.workspace"].find("\"value_scenarios\"") != std::string::npos);
}

TEST_CASE("value share: bad entries are refused inline and the inputs are kept") {
    Harness h;
    open_value(h);
    REQUIRE(type_revealed(h, "Weight, row 1", "7"));     // above 5
    CHECK(current_request(h)["contributions"][0]["weight"] == "3");
    REQUIRE(type_revealed(h, "Weight, row 1", "abc"));
    CHECK(current_request(h)["contributions"][0]["weight"] == "3");
    REQUIRE(type_revealed(h, "Revenue year 2", "lots"));
    CHECK(current_request(h)["revenue_forecast_pence"][1] == 60000000);

    // All weights zero: the engine refuses, the results pause, and every input stays as typed.
    for (int row = 1; row <= 6; ++row) REQUIRE(type_revealed(h, "Weight, row " + std::to_string(row), "0"));
    h.frames(2);
    CHECK(reveal(h, "NHS share: ") == nullptr);
    ft::json req = current_request(h);
    REQUIRE(req["contributions"].size() == 6);
    for (const auto& c : req["contributions"]) CHECK(c["weight"] == "0");
    CHECK(ft::api::run("value", req.dump()).error_pointer == "/contributions");
    CHECK(req["contributions"][1]["org"] == "North Trust");

    REQUIRE(type_revealed(h, "Weight, row 3", "2"));
    CHECK(figure(h, "NHS share") == "100.0%");
}

TEST_CASE("value share: a mechanism year beyond the horizon is shown at the mechanism and kept") {
    Harness h;
    open_value(h);
    REQUIRE(type_revealed(h, "Horizon (years)", "3"));
    h.frames(2);
    CHECK(reveal(h, "Present value: ") == nullptr);   // royalty years 5 > horizon 3
    ft::json req = current_request(h);
    CHECK(req["mechanisms"]["royalty"]["years"] == 5);
    CHECK(ft::api::run("value", req.dump()).error_pointer == "/mechanisms/royalty/years");
    REQUIRE(type_revealed(h, "Royalty years", "3"));
    CHECK(reveal(h, "Present value: ") != nullptr);
}

TEST_CASE("value share: new, duplicate, rename, delete and undo") {
    Harness h;
    open_value(h);
    auto& s = value_screen(h);
    REQUIRE(click_revealed(h, "Duplicate"));
    CHECK(s.scenario_names() == std::vector<std::string>{"Imaging AI partnership (example)",
                                                         "Imaging AI partnership (example) (copy)"});
    REQUIRE(type_revealed(h, "Scenario name", "Cardiac AI"));
    CHECK(s.scenario_names()[1] == "Cardiac AI");
    // A name already taken is refused and the old name stays.
    REQUIRE(type_revealed(h, "Scenario name", "Imaging AI partnership (example)"));
    CHECK(s.scenario_names()[1] == "Cardiac AI");

    REQUIRE(click_revealed(h, "New scenario"));
    CHECK(s.scenario_names().size() == 3);
    CHECK(s.scenario_names()[2] == "New scenario");

    REQUIRE(s.select_scenario("Cardiac AI"));
    CHECK_FALSE(s.select_scenario("No such scenario"));
    h.frames(2);
    REQUIRE(click_revealed(h, "Delete scenario"));
    CHECK(s.scenario_names() == std::vector<std::string>{"Imaging AI partnership (example)", "New scenario"});
    REQUIRE(h.click("Undo"));
    CHECK(s.scenario_names() == std::vector<std::string>{"Imaging AI partnership (example)", "Cardiac AI", "New scenario"});
    CHECK(s.scenario_request("Cardiac AI").find("\"title\": \"Cardiac AI\"") != std::string::npos);
}

TEST_CASE("value share: deleting the last scenario leaves none, and undo brings it back") {
    Harness h;
    open_value(h);
    auto& s = value_screen(h);
    REQUIRE(click_revealed(h, "Delete scenario"));
    CHECK(s.scenario_names().empty());
    CHECK(h.app->workspace_json().find("\"value_scenarios\": []") != std::string::npos);
    CHECK(h.has("New scenario"));
    REQUIRE(h.click("Undo"));
    CHECK(s.scenario_names().size() == 1);
}

TEST_CASE("value share: the workspace keeps scenarios through save and load") {
    Harness h;
    open_value(h);
    REQUIRE(click_revealed(h, "Add partner contribution"));
    REQUIRE(type_revealed(h, "Scenario name", "North and South imaging"));
    REQUIRE(click_revealed(h, "Equity"));
    REQUIRE(type_revealed(h, "Equity stake (%)", "2.5"));
    REQUIRE(click_revealed(h, "Duplicate"));
    std::string saved = h.app->workspace_json();
    CHECK(saved.find("\"name\": \"North and South imaging\"") != std::string::npos);
    CHECK(saved.find("\"stake\": \"0.025\"") != std::string::npos);

    Harness other;
    other.frames(2);
    REQUIRE(other.app->load_workspace_text(saved, "a file"));
    other.frames(2);
    CHECK(other.app->workspace_json() == saved);
    auto names = value_screen(other).scenario_names();
    CHECK(names == std::vector<std::string>{"North and South imaging", "North and South imaging (copy)"});

    // Every saved request is one the engine accepts as it stands.
    ft::json doc = ft::json::parse(saved);
    for (const auto& sc : doc["value_scenarios"]) {
        ft::api::Result r = ft::api::run("value", sc["request"].dump());
        CHECK(r.status == ft::api::Status::ok);
    }
}

TEST_CASE("value share: a damaged scenario part keeps what it can and says what was dropped") {
    Harness h;
    h.frames(2);
    std::string text = R"({"schema": "fairterms/workspace@1", "value_scenarios": [
        {"name": "Kept", "request": {"contributions": [{"party": "nhs", "org": "A", "kind": "bogus", "weight": 9},
                                                       {"party": "partner", "kind": "funding", "weight": 2}],
                                     "horizon_years": "five", "data_attribution": 0.5,
                                     "mechanisms": {"upfront": {"amount_pence": -4}, "royalty": {"years": 2}}}},
        5, {"request": {}}]})";
    REQUIRE(h.app->load_workspace_text(text, "a damaged file"));
    REQUIRE(h.click("Value share"));
    h.frames(3);
    auto& s = value_screen(h);
    CHECK(s.scenario_names() == std::vector<std::string>{"Kept", "Scenario 3"});
    ft::json req = ft::json::parse(s.scenario_request("Kept"));
    CHECK(req["contributions"].size() == 2);
    CHECK(req["contributions"][0]["org"] == "A");
    CHECK(req["contributions"][1]["weight"] == "2");
    CHECK(req["data_attribution"] == "0.5");
    CHECK(req["mechanisms"]["royalty"]["years"] == 2);
    CHECK(req["mechanisms"].contains("upfront"));
    CHECK(req["horizon_years"] == 5);                       // the refused horizon falls back to a new scenario's
    CHECK(req["contributions"][0]["kind"] == "source_data"); // the refused kind and weight show a new row's
    CHECK(req["contributions"][0]["weight"] == "1");
    CHECK(req["mechanisms"]["upfront"]["amount_pence"] == 0);
    // What was dropped is said in words, each field by its name on the screen, never by its JSON pointer.
    std::vector<std::string> notes;
    for (const auto& n : ft::ui::sem::nodes())
        if (n.name.rfind("Error: ", 0) == 0) notes.push_back(n.name.substr(7));
    CHECK(notes == std::vector<std::string>{
        "\"Kept\": the kind in contribution row 1 is not one of the choices fairterms offers, so it was left out.",
        "\"Kept\": the weight in contribution row 1 must be a number from 0 to 5 with at most 2 decimal places, so it was left out.",
        "\"Kept\": the horizon must be a whole number from 1 to 50, not text, so it was left out.",
        "\"Kept\": the upfront payment's amount must be a whole number of at least 0, so it was left out.",
        "Saved scenario 2 is not a scenario, so it was left out.",
        "Saved scenario 3 has no name, so it is called \"Scenario 3\"."});
    for (const auto& n : notes) CHECK(n.find('/') == std::string::npos);
    for (const auto& n : notes) CHECK(n.find('_') == std::string::npos);   // no stored codes ("source_data")
    CHECK(reveal(h, "Dismiss") != nullptr);
    REQUIRE(h.click("Dismiss"));
    CHECK_FALSE(h.has("Dismiss"));
}

TEST_CASE("value share: exports are the core's documents for the scenario") {
    Harness h;
    open_value(h);
    auto& s = value_screen(h);
    std::string request = s.scenario_request(s.scenario_names().front());
    REQUIRE(click_revealed(h, "Download CSV"));
    REQUIRE(click_revealed(h, "Download result (JSON)"));
    REQUIRE(click_revealed(h, "Download request (JSON)"));
    REQUIRE(click_revealed(h, "Download HTML"));
    REQUIRE(click_revealed(h, "Print or save as PDF"));
    REQUIRE(h.platform.saved.size() == 4);
    CHECK(h.platform.saved[0].name == "value-share-imaging-ai-partnership-example.csv");
    CHECK(h.platform.saved[0].bytes == ft::api::run("value", request, "csv").body);
    CHECK(h.platform.saved[1].bytes == ft::api::run("value", request).body);
    CHECK(h.platform.saved[2].bytes == request);
    CHECK(h.platform.saved[3].media_type == "text/html");
    std::string html = ft::api::run("value", request, "html").body;
    CHECK(h.platform.saved[3].bytes == html);
    REQUIRE(h.platform.printed.size() == 1);
    CHECK(h.platform.printed[0] == html);
}

TEST_CASE("value share: an organisation's workings are shown on the page when it is chosen, not only on hover") {
    Harness h;
    open_value(h);
    bool shown = false;
    auto workings_shown = [&] {
        shown = false;
        for (const auto& n : ft::ui::sem::nodes()) shown |= n.name == "How South Trust's share is worked out";
        return shown;
    };
    CHECK_FALSE(workings_shown());
    REQUIRE(click_revealed(h, "South Trust"));
    h.frames(2);
    CHECK(workings_shown());
    // The engine's explanation of that organisation's share is on the page as text.
    ft::json result = engine(h);
    std::string explanation;
    for (const auto& s : result["split"])
        if (s["org"] == "South Trust") explanation = s["explanation"].get<std::string>();
    REQUIRE_FALSE(explanation.empty());
    explanation[0] = char(std::toupper(static_cast<unsigned char>(explanation[0])));   // a sentence on the page
    explanation += ".";
    bool said = false;
    for (const auto& n : ft::ui::sem::nodes()) said |= n.name == explanation;
    CHECK(said);
    // Chosen again, it closes.
    REQUIRE(click_revealed(h, "South Trust"));
    h.frames(2);
    CHECK_FALSE(workings_shown());
}

TEST_CASE("value share: the revenue forecast's fields for each year sit on one line") {
    Harness h;
    open_value(h);
    REQUIRE(reveal(h, "Fill years 2 onwards"));
    std::vector<float> tops;
    for (int y = 1; y <= 5; ++y)
        for (const auto& n : ft::ui::sem::nodes())
            if (n.name == "Revenue year " + std::to_string(y) && n.role == ft::ui::sem::Role::textbox) tops.push_back(n.y);
    REQUIRE(tops.size() == 5);
    for (float t : tops) CHECK(t == doctest::Approx(tops[0]));
}

TEST_CASE("value share: the split table's organisations are in the keyboard's order before they are scrolled to") {
    Harness h;
    open_value(h);   // 1280 x 800: the split table is far below the fold, in a box ImGui skips
    std::vector<const ft::ui::sem::Node*> orgs;
    std::set<unsigned> ids;
    for (const auto& n : ft::ui::sem::nodes()) {
        if (n.name == "North Trust" || n.name == "South Trust") orgs.push_back(&n);
        CHECK_MESSAGE(ids.insert(n.id).second, "two nodes share the id of \"" << n.name << "\"");
    }
    REQUIRE(orgs.size() == 2);
    CHECK(orgs[0]->id != orgs[1]->id);
}

// Found by a new user at 1024 px wide: five figure tiles in one row left each too narrow, and "if every payment
// is made" ran out of its tile. The tiles now wrap to a second row whenever one row cannot hold every title,
// figure and caption whole; at full width they stay in one row.
TEST_CASE("value share: every figure tile holds its caption at 1024 px and narrower") {
    for (float display_width : {1280.0f, 1024.0f, 860.0f}) {
        CAPTURE(display_width);
        Harness h;
        ImGui::GetIO().DisplaySize = ImVec2(display_width, 800);
        open_value(h);
        const char* captions[][2] = {{"NHS share", "of all contributions"}, {"Royalty rate", "recommended"},
                                     {"Nominal total", "if every payment is made"}, {"Expected total", "allowing for chances"},
                                     {"Present value", "in today's money"}};
        REQUIRE(reveal(h, "NHS share: "));
        std::set<float> rows;
        for (const auto& c : captions) {
            const ft::ui::LoggedItem* tile = find_prefix(std::string(c[0]) + ": ");
            REQUIRE(tile);
            CHECK(tile->w >= ImGui::CalcTextSize(c[1]).x + 28);
            rows.insert(tile->y);
        }
        if (display_width == 1280.0f) CHECK(rows.size() == 1);
        else CHECK(rows.size() > 1);
    }
}

// Found by a new user: a refused revenue figure showed no message by its field (only the banner at the top
// said so); beside the narrow field it ran under the next year's. It is told under the row of years, and the
// field keeps what was typed.
TEST_CASE("value share: a refused revenue figure is told under the forecast's years and its text is kept") {
    Harness h;
    open_value(h);
    REQUIRE(type_revealed(h, "Revenue year 2", "lots"));
    h.frames(2);
    REQUIRE(reveal(h, "Fill years 2 onwards"));
    const ft::ui::sem::Node* field = nullptr;
    const ft::ui::sem::Node* message = nullptr;
    for (const auto& n : ft::ui::sem::nodes()) {
        if (n.name == "Revenue year 2" && n.role == ft::ui::sem::Role::textbox) field = &n;
        if (n.role == ft::ui::sem::Role::text && n.name.rfind("Error: The revenue forecast's year 2", 0) == 0) message = &n;
    }
    REQUIRE(field);
    REQUIRE(message);
    CHECK(message->name.find("enter an amount in pounds") != std::string::npos);
    CHECK(message->y >= field->y + field->h);
    CHECK(field->value == "lots");
    CHECK(current_request(h)["revenue_forecast_pence"][1] == 60000000);
}
