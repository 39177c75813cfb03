// Small pieces the Value share screen's sections share, and the call into the engine.
#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include <imgui.h>
#include <imgui_internal.h>

#include "shell/error_words.h"
#include "screens/value/value_parts.h"
#include "shell/pointer_words.h"
#include "shell/widgets.h"

#include <imgui_stdlib.h>

namespace ft::ui::value_ui {

Outcome compute_outcome(const Draft& draft, const std::string& title) {
    Outcome o;
    o.request = to_request(draft, title);
    o.request_text = o.request.dump(2) + "\n";
    try {
        // Read back from the text, exactly as `fairterms value` would read the same document.
        json doc = json::parse(o.request_text);
        o.result = value::compute_value(value::parse_value_request(Field(doc, "")));
    } catch (const InputError& e) {
        o.error_pointer = e.pointer;
        o.error_message = e.message;
    } catch (const std::exception& e) {
        o.error_message = std::string("could not be worked out: ") + e.what();
    }
    return o;
}

std::string Outcome::error_under(const std::string& prefix) const {
    if (ok() || error_message.empty()) return "";
    bool under = error_pointer == prefix ||
                 (error_pointer.compare(0, prefix.size(), prefix) == 0 && error_pointer.size() > prefix.size() &&
                  error_pointer[prefix.size()] == '/');
    if (!under) return "";
    return refusal_sentence(describe_pointer(error_pointer), error_message);
}


std::string describe_pointer(const std::string& pointer) {
    static const PointerWords words = {
        {{"contributions", "Contribution row"}, {"party", "party"}, {"org", "organisation"}, {"kind", "kind"},
         {"weight", "weight"}, {"data_attribution", "Data attribution"}, {"maturity_level", "Maturity level"},
         {"maturity_factors", "Maturity factor for level"}, {"horizon_years", "Horizon"},
         {"revenue_forecast_pence", "Revenue forecast year"}, {"discount", "Discount"}, {"rate", "rate"},
         {"upfront", "Upfront payment"}, {"amount_pence", "amount"}, {"subscription", "Subscription"},
         {"annual_pence", "annual amount"}, {"years", "years"}, {"milestones", "Milestone row"}, {"name", "name"},
         {"year", "year"}, {"probability", "probability"}, {"royalty", "Revenue royalty"}, {"cap_pence", "cap"},
         {"equity", "Equity"}, {"stake", "stake"}, {"exit_value_pence", "exit value"}, {"exit_year", "exit year"},
         {"in_kind", "In kind"}, {"units_per_year", "units a year"}, {"unit_price_pence", "unit price"},
         {"title", "Scenario name"}, {"schema", "Kind of document"}},
        {"mechanisms"},
        "Scenario"};
    std::string out = pointer_words(pointer, words);
    // "Contribution row" on its own (the list as a whole) reads better as "Contributions".
    if (out == "Contribution row") return "Contributions";
    if (out == "Milestone row") return "Milestones";
    return out;
}

void name_item(unsigned id, const std::string& name) {
    sem::set_name(id, name);
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (g->TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(g, id, name.c_str(), g->LastItemData.StatusFlags);
}

void name_last_item(const std::string& name) { name_item(sem::last_item_id(), name); }

void form_label(const char* text, float width) {
    float x = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ui::text(text);
    ImGui::SameLine(x + width);
}

bool input_percent(const char* id, const std::string& name, Decimal& fraction, int fraction_places, Decimal lo,
                   Decimal hi, float width) {
    // fraction x 100 is exact, and a percentage with (places - 2) places divides back by 100 exactly.
    Decimal percent = Decimal::from_units(fraction.units() * 100);
    ImGuiID item = ImGui::GetID(id);
    bool changed = input_decimal(id, percent, fraction_places - 2, Decimal::from_units(lo.units() * 100),
                                 Decimal::from_units(hi.units() * 100), width);
    name_item(item, name);
    set_field_unit(item, "", "%");
    if (changed) fraction = Decimal::from_units(percent.units() / 100);
    return changed;
}

bool named_pounds(const char* id, const std::string& name, Pence& value, float width, std::string* refused) {
    ImGuiID item = ImGui::GetID(id);
    bool changed = input_pounds(id, value, width, kMaxPence, refused);
    name_item(item, name);
    return changed;
}

bool named_whole(const char* id, const std::string& name, long long& value, long long lo, long long hi, float width) {
    ImGuiID item = ImGui::GetID(id);
    bool changed = input_whole(id, value, lo, hi, width);
    name_item(item, name);
    return changed;
}

bool named_decimal(const char* id, const std::string& name, Decimal& value, int places, Decimal lo, Decimal hi,
                   float width) {
    ImGuiID item = ImGui::GetID(id);
    bool changed = input_decimal(id, value, places, lo, hi, width);
    name_item(item, name);
    return changed;
}

float content_width() { return ImGui::GetContentRegionAvail().x - 16.0f; }

bool row_button(const char* label) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, ImGui::GetStyle().FramePadding.y));
    bool pressed = secondary_button(label);
    ImGui::PopStyleVar();
    return pressed;
}

std::string kind_label(const std::string& kind) {
    std::string s = kind;
    for (char& c : s)
        if (c == '_') c = ' ';
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace ft::ui::value_ui
