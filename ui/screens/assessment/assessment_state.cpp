#include "screens/assessment/assessment_state.h"
#include "shell/error_words.h"

#include <set>

#include <imgui.h>

#include "shell/widgets.h"

namespace ft::ui {
namespace {

constexpr int kMaxSalvageSteps = 400;  // each step removes one value, so this bounds even a very damaged part

std::vector<std::string> split_pointer(const std::string& pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty()) return tokens;
    std::string cur;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            std::string t;
            for (std::size_t k = 0; k < cur.size(); ++k) {
                if (cur[k] == '~' && k + 1 < cur.size()) { t += cur[k + 1] == '1' ? '/' : '~'; ++k; }
                else t += cur[k];
            }
            tokens.push_back(t);
            cur.clear();
        } else {
            cur += pointer[i];
        }
    }
    return tokens;
}

bool parse_index(const std::string& s, const json& array, std::size_t& out) {
    if (!array.is_array() || s.empty() || s.size() > 6) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    out = std::stoul(s);
    return out < array.size();
}

std::string entry_name(const json& entry, const char* fallback) {
    if (entry.is_object() && entry.contains("name") && entry["name"].is_string() && !entry["name"].get<std::string>().empty())
        return "\"" + entry["name"].get<std::string>() + "\"";
    return fallback;
}

// Removes the value an error points at, at the depth that keeps the most; returns what was removed, or ""
// when nothing could be removed (the error is then not one salvage can fix).
std::string remove_at(json& part, const std::vector<std::string>& t) {
    if (t.empty() || !part.is_object()) return "";
    const std::string& top = t[0];
    if (top == "schema") {
        if (part.contains("schema") && part["schema"] == "fairterms/assessment@1") return "";
        part["schema"] = "fairterms/assessment@1";
        return "the document's schema marker (corrected)";
    }
    if (!part.contains(top)) return "";
    json& v = part[top];
    if (top == "answers" && t.size() >= 2 && v.is_object() && v.contains(t[1])) {
        v.erase(t[1]);
        return "the answer to indicator " + t[1];
    }
    std::size_t i = 0;
    if ((top == "assets" || top == "profiles") && t.size() >= 2 && parse_index(t[1], v, i)) {
        json& entry = v[i];
        const char* kind = top == "assets" ? "data asset" : "partner profile";
        std::string name = entry_name(entry, top == "assets" ? "an unnamed data asset" : "an unnamed partner profile");
        bool nested = t.size() >= 4 && (t[2] == "ratings" || t[2] == "minimums");
        if (nested && entry.is_object() && entry[t[2]].is_object() && entry[t[2]].contains(t[3])) {
            entry[t[2]].erase(t[3]);
            return std::string(t[2] == "ratings" ? "the rating of " : "the minimum for ") + t[3] + " in " + kind + " " + name;
        }
        bool required = t.size() < 3 || t[2] == "id" || t[2] == "name";
        if (!required && entry.is_object() && entry.contains(t[2])) {
            entry.erase(t[2]);
            return "the field " + t[2] + " of " + kind + " " + name;
        }
        v.erase(i);
        return std::string(kind) + " " + name;
    }
    part.erase(top);
    if (top == "instrument") return "the saved instrument (the built-in one is used instead)";
    if (top == "asset_rating") return "the saved asset rating scheme (the built-in one is used instead)";
    if (top == "previous") return "the earlier assessment kept for comparison";
    return "the field " + top;
}

}  // namespace

SalvagedAssessment salvage_assessment(const json& saved) {
    SalvagedAssessment out;
    if (!saved.is_object()) {
        out.doc = assess::new_assessment();
        out.dropped.push_back("the saved assessment, which was not an object");
        return out;
    }
    // A sound part (the usual case) is read where it is: copying it first, for removals it never needs, cost
    // tens of milliseconds at the caps (2,000 assets, 200 answers with long evidence; issue 14).
    try {
        out.doc = assess::parse_assessment(Field(saved, ""));
        return out;
    } catch (const InputError&) {
    }
    json part = saved;
    for (int step = 0; step < kMaxSalvageSteps; ++step) {
        try {
            out.doc = assess::parse_assessment(Field(part, ""));
            return out;
        } catch (const InputError& e) {
            std::string removed = remove_at(part, split_pointer(e.pointer));
            if (removed.empty()) break;
            out.dropped.push_back(removed + " (" + error_in_words(e.pointer, e.message) + ")");
        }
    }
    out.doc = assess::new_assessment();
    out.dropped.push_back("the rest of the saved assessment, which could not be read; a new one was started");
    return out;
}

AssessmentState::AssessmentState() = default;

assess::Assessment& AssessmentState::ready() const {
    if (!ready_) {
        doc_ = assess::new_assessment();
        ready_ = true;
    }
    return doc_;
}

void AssessmentState::changed(AppContext& ctx) {
    dirty_ = true;
    ctx.mark_changed();
}

const assess::AssessResult& AssessmentState::result() {
    if (dirty_) {
        result_ = assess::assess(doc());
        dirty_ = false;
    }
    return result_;
}

void AssessmentState::replace(assess::Assessment doc) {
    doc_ = std::move(doc);
    ready_ = true;
    dirty_ = true;
}

void AssessmentState::load_part(const json& workspace) {
    notes_.clear();
    toast_pending_ = false;
    if (!workspace.is_object() || !workspace.contains("assessment")) {
        replace(assess::new_assessment());
        return;
    }
    SalvagedAssessment s = salvage_assessment(workspace["assessment"]);
    replace(std::move(s.doc));
    notes_ = std::move(s.dropped);
    toast_pending_ = !notes_.empty();
}

void AssessmentState::save_part(ojson& workspace) const { workspace["assessment"] = assess::assessment_to_json(doc()); }

std::string AssessmentState::new_asset_id() const {
    std::set<std::string> used;
    for (const auto& a : doc().assets) used.insert(a.id);
    for (std::size_t n = doc().assets.size() + 1;; ++n)
        if (!used.count("asset-" + std::to_string(n))) return "asset-" + std::to_string(n);
}

std::string AssessmentState::new_profile_id() const {
    std::set<std::string> used;
    for (const auto& p : doc().profiles) used.insert(p.id);
    for (std::size_t n = doc().profiles.size() + 1;; ++n)
        if (!used.count("profile-" + std::to_string(n))) return "profile-" + std::to_string(n);
}

AssessmentState* find_assessment_state(AppContext& ctx) {
    auto* holder = ctx.screen_as<AssessmentHolder>(ScreenId::readiness);
    return holder ? &holder->assessment_state() : nullptr;
}

void draw_load_notes(AssessmentState& state, AppContext& ctx) {
    if (state.load_notes().empty()) return;
    if (state.take_toast())
        ctx.toast("Part of the saved assessment could not be read and was left out; see the list on this screen.", ToastKind::error);
    card_begin("load_notes");
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
    ui::text("\xE2\x9C\x97 Part of the saved assessment could not be read and was left out:");
    ImGui::PopStyleColor();
    const auto& notes = state.load_notes();
    constexpr std::size_t kShown = 8;
    for (std::size_t i = 0; i < notes.size() && i < kShown; ++i) paragraph(("\xE2\x80\xA2 " + notes[i]).c_str());
    if (notes.size() > kShown) hint_text(("\xE2\x80\xA6 and " + std::to_string(notes.size() - kShown) + " more.").c_str());
    hint_text("Everything else was kept. Open the original file again with a current version of fairterms if you need what was left out.");
    if (secondary_button("Dismiss##load_notes")) state.dismiss_notes();
    card_end();
}

}  // namespace ft::ui
