// Value share screen: named scenarios of what the NHS should seek from a commercial use of its data, with
// live results from the core's value engine (core/value/value.h).
//
// Workspace part "value_scenarios": [{"name": "...", "request": <fairterms/value-request@1 document>}].
// The untouched example shown to a new user is not written to the workspace; an empty list is (the user
// deleted every scenario), so the example does not come back uninvited.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "screens/screens.h"
#include "screens/value/value_parts.h"
#include "screens/value/value_screen.h"
#include "shell/caps.h"
#include "shell/error_words.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

using namespace value_ui;

constexpr const char* kPart = "value_scenarios";
constexpr const char* kExampleName = "Imaging AI partnership (example)";

struct Scenario {
    std::string name;
    Draft draft;
    bool example = false;   // the untouched example: not saved, and labelled as an example
};

std::string trim(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// One field a damaged scenario lost, in words a person reads: the field's name, never its JSON pointer.
std::string dropped_words(const std::string& scenario, const InputNote& note) {
    std::string where = "\"" + scenario + "\": ";
    if (note.pointer == "/") return where + "the saved figures are not a scenario, so a blank scenario is shown.";
    // The document's kind is a code a person never needs to see: say what it means.
    if (note.pointer == "/schema") return where + "it is marked as another kind of document; it was read as a scenario.";
    return where + refusal_clause(describe_pointer(note.pointer), note.message) + ", so it was left out.";
}

class ValueScreen final : public ValueShareScreen {
public:
    ValueScreen() { start_with_example(); }

    ScreenId id() const override { return ScreenId::value; }
    const char* nav_label() const override { return "Value share"; }
    const char* nav_hint() const override { return "Commercial value"; }

    std::vector<std::string> scenario_names() const override {
        std::vector<std::string> names;
        for (const auto& s : scenarios_) names.push_back(s.name);
        return names;
    }

    bool select_scenario(const std::string& name) override {
        for (std::size_t i = 0; i < scenarios_.size(); ++i)
            if (scenarios_[i].name == name) {
                select(i);
                return true;
            }
        return false;
    }

    std::string scenario_request(const std::string& name) const override {
        for (const auto& s : scenarios_)
            if (s.name == name) return to_request(s.draft, s.name).dump(2) + "\n";
        return "";
    }

    void save(ojson& workspace) const override {
        if (scenarios_.size() == 1 && scenarios_[0].example) return;
        ojson list = ojson::array();
        for (const auto& s : scenarios_) {
            ojson j;
            j["name"] = s.name;
            j["request"] = to_request(s.draft, s.name);
            list.push_back(j);
        }
        workspace[kPart] = list;
    }

    void load(const json& workspace) override {
        std::string was = current_ < scenarios_.size() ? scenarios_[current_].name : "";
        load_notes_.clear();
        damaged_scenarios_ = 0;
        if (!workspace.contains(kPart)) {
            start_with_example();
            return;
        }
        const json& list = workspace[kPart];
        scenarios_.clear();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const json& item = list[i];
            const std::size_t notes_before = load_notes_.size();
            if (!item.is_object()) {
                ++damaged_scenarios_;
                load_notes_.push_back("Saved scenario " + std::to_string(i + 1) + " is not a scenario, so it was left out.");
                continue;
            }
            Scenario s;
            std::string name = item.contains("name") && item["name"].is_string() ? trim(item["name"].get<std::string>()) : "";
            if (name.empty()) {
                name = "Scenario " + std::to_string(i + 1);
                load_notes_.push_back("Saved scenario " + std::to_string(i + 1) + " has no name, so it is called \"" + name + "\".");
            }
            s.name = unique_name(name.substr(0, value::kMaxNameLength));
            std::vector<InputNote> dropped;
            if (item.contains("request")) s.draft = from_request(item["request"], dropped);
            else {
                s.draft = blank_draft();
                load_notes_.push_back("\"" + s.name + "\" had no figures saved, so a blank scenario is shown.");
            }
            for (const auto& d : dropped) load_notes_.push_back(dropped_words(s.name, d));
            if (load_notes_.size() != notes_before) ++damaged_scenarios_;
            scenarios_.push_back(std::move(s));
        }
        current_ = 0;
        for (std::size_t i = 0; i < scenarios_.size(); ++i)
            if (scenarios_[i].name == was) current_ = i;
        reset_view();
    }

    std::string left_out_on_load() const override {
        const std::size_t n = damaged_scenarios_;
        return n == 0 ? std::string() : "details of " + std::to_string(n) + (n == 1 ? " value-share scenario" : " value-share scenarios");
    }

    void draw(AppContext& ctx) override {
        page_header(ctx.fonts(), "Value share",
                    "What the NHS should seek when its data help build a commercial product: a share in proportion to "
                    "what it contributes and how mature its data offer is, compared across ways of being paid.");
        if (!load_notes_.empty()) draw_load_notes(ctx);
        draw_scenario_bar(ctx);
        if (scenarios_.empty()) return;

        Scenario& s = scenarios_[current_];
        if (dirty_) recompute();
        // The scenario's fields, headline and exports: the headline names the value a refused field falls back
        // to, and the exports are disabled while any field is refused.
        ui::RefusalScope refusal_scope("value:" + std::to_string(current_));
        if (s.example) {
            card_begin("example");
            pill("Example", colour::kNhsBlue);
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            paragraph("This is an example: an imaging AI product built by a company with data and clinical expertise "
                      "from two NHS trusts, with a modest revenue forecast. Change anything to make it your own.");
            card_end();
        }
        draw_headline(ctx, outcome_, view_);
        draw_warnings(outcome_);
        ImGui::Dummy(ImVec2(0, 4));

        // Every section is drawn every frame (no short-circuit), and the results follow the same frame's edits.
        bool changed = draw_contributions(ctx, s.draft, outcome_);
        changed = draw_maturity(ctx, s.draft, outcome_) || changed;
        changed = draw_forecast(ctx, s.draft, outcome_) || changed;
        changed = draw_mechanisms(ctx, s.draft, outcome_) || changed;
        if (changed) {
            s.example = false;
            ctx.mark_changed();
            recompute();
        }
        draw_results(ctx, outcome_, view_, s.name);
    }

private:
    void start_with_example() {
        scenarios_.clear();
        scenarios_.push_back({kExampleName, example_draft(), true});
        current_ = 0;
        reset_view();
    }

    void select(std::size_t i) {
        current_ = i;
        reset_view();
    }

    void reset_view() {
        view_ = ResultsView{};
        dirty_ = true;
        name_for_ = std::string::npos;
    }

    void recompute() {
        if (current_ < scenarios_.size()) outcome_ = compute_outcome(scenarios_[current_].draft, scenarios_[current_].name);
        dirty_ = false;
    }

    std::string unique_name(const std::string& base, std::size_t except = std::string::npos) const {
        auto taken = [&](const std::string& n) {
            for (std::size_t i = 0; i < scenarios_.size(); ++i)
                if (i != except && scenarios_[i].name == n) return true;
            return false;
        };
        if (!taken(base)) return base;
        for (int k = 2;; ++k) {
            std::string n = base + " (" + std::to_string(k) + ")";
            if (!taken(n)) return n;
        }
    }

    void draw_load_notes(AppContext& ctx) {
        if (!notes_toasted_) {
            ctx.toast("Some value-share scenario details could not be read; see the Value share screen.", ToastKind::error);
            notes_toasted_ = true;
        }
        card_begin("load_notes");
        ImGui::PushFont(ctx.fonts().bold);
        ui::text("Some saved details could not be read and were left out");
        ImGui::PopFont();
        for (const auto& n : load_notes_) error_text(n);
        if (secondary_button("Dismiss")) {
            load_notes_.clear();
            notes_toasted_ = false;
        }
        card_end();
    }

    void draw_scenario_bar(AppContext& ctx) {
        card_begin("scenarios");
        if (scenarios_.empty()) {
            paragraph("There are no value-share scenarios. Start a new one to work out what the NHS should seek.");
            if (primary_button("New scenario")) add_scenario(ctx, blank_draft(), "New scenario");
            card_end();
            return;
        }
        form_label("Scenario", 110);
        ImGuiID combo_id = ImGui::GetID("##scenario");
        ImGui::SetNextItemWidth(360);
        if (ui::begin_combo("##scenario", scenarios_[current_].name.c_str())) {
            for (std::size_t i = 0; i < scenarios_.size(); ++i) {
                ImGui::PushID(int(i));
                if (ui::selectable(scenarios_[i].name.c_str(), i == current_)) select(i);
                ImGui::PopID();
            }
            ui::end_combo();
        }
        name_item(combo_id, "Scenario");
        ImGui::SameLine(0, 16);
        if (primary_button("New scenario")) add_scenario(ctx, blank_draft(), "New scenario");
        ImGui::SameLine();
        if (secondary_button("Duplicate")) add_scenario(ctx, scenarios_[current_].draft, scenarios_[current_].name + " (copy)");
        ImGui::SameLine();
        if (danger_button("Delete scenario")) {
            ctx.push_undo("Deleted value-share scenario \"" + scenarios_[current_].name + "\"");
            scenarios_.erase(scenarios_.begin() + long(current_));
            select(current_ > 0 ? current_ - 1 : 0);
            ctx.mark_changed();
            card_end();
            return;
        }

        Scenario& s = scenarios_[current_];
        ImGuiID name_id = ImGui::GetID("##scenario_name");
        if (name_for_ != current_ || (ImGui::GetActiveID() != name_id && name_error_.empty())) {
            name_buffer_ = s.name;
            name_error_.clear();
            name_for_ = current_;
        }
        form_label("Name", 110);
        ImGui::SetNextItemWidth(360);
        if (ui::input_text("##scenario_name", &name_buffer_)) {
            std::string n = trim(name_buffer_);
            if (n.empty()) name_error_ = "give the scenario a name";
            else if (n.size() > value::kMaxNameLength)
                name_error_ = "keep the name to " + std::to_string(value::kMaxNameLength) + " characters";
            else if (unique_name(n, current_) != n) name_error_ = "another scenario already has this name";
            else {
                name_error_.clear();
                if (n != s.name) {
                    s.name = n;
                    s.example = false;
                    dirty_ = true;
                    ctx.mark_changed();
                }
            }
        }
        name_item(name_id, "Scenario name");
        if (!name_error_.empty()) {
            ImGui::SameLine();
            error_text(name_error_ + " (the name stays \"" + s.name + "\")");
        }
        card_end();
    }

    void add_scenario(AppContext& ctx, const Draft& draft, const std::string& base) {
        if (!room_for_one_more(ctx, scenarios_.size(), limits::kMaxValueScenarios, limits::kValueScenariosNoun)) return;
        scenarios_.push_back({unique_name(base), draft, false});
        select(scenarios_.size() - 1);
        ctx.mark_changed();
    }

    std::vector<Scenario> scenarios_;
    std::size_t current_ = 0;
    Outcome outcome_;
    bool dirty_ = true;
    ResultsView view_;
    std::string name_buffer_, name_error_;
    std::size_t name_for_ = std::string::npos;
    std::vector<std::string> load_notes_;
    bool notes_toasted_ = false;
    std::size_t damaged_scenarios_ = 0;   // scenarios the last load() could not read in full
};

}  // namespace

std::unique_ptr<Screen> make_value_screen() { return std::make_unique<ValueScreen>(); }

}  // namespace ft::ui
