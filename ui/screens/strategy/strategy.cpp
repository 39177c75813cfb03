// Strategy: the organisation's data asset management strategy, written from the built-in template.
//
// Workspace part "strategy": a fairterms/strategy@1 document without its assessment (the Readiness screen
// owns that and it is added at export time):
//   {"schema", "organisation", "owner", "approved_by"?, "approval_date"?, "review_date"?, "posture"?,
//    "posture_reason"?, "sections": {"<section id>": "the organisation's own text"}}
// Only sections whose text differs from the template are stored, so template improvements reach the rest.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>
#include <optional>

#include "screens/assessment/assessment_fields.h"
#include "screens/assessment/assessment_state.h"
#include "screens/screens.h"
#include "strategy/strategy.h"
#include "shell/flow.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

namespace st = ft::strategy;

constexpr float kOutlineWidth = 350.0f;
constexpr const char* kDetails = "Document details";

struct Export {
    const char* button;
    const char* format;
    const char* extension;
};

const char* posture_label(const std::string& id) {
    return id == "proactive" ? "Proactive" : id == "reactive" ? "Reactive" : id == "not_now" ? "Not now" : "";
}

unsigned posture_colour(st::Posture p) {
    return p == st::Posture::proactive ? colour::kGreen : p == st::Posture::reactive ? colour::kNhsBlue : colour::kOrange;
}

// A multi-line box whose label is kept for the item hooks (tests find the box by it) but clipped away:
// the section title already stands above the box, and a label beside it would take a third of the width.
// inset: room to leave on the right (a card's padding).
bool text_box(const std::string& label, std::string& text, float height, float inset = 0.0f) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x - inset;
    // Clipped on the right only: in the browser the box grows with its text (ui/widgets draws it wrapped).
    ImGui::PushClipRect(pos, ImVec2(pos.x + width, pos.y + std::max(height, 4000.0f)), true);
    bool changed = text_area(label.c_str(), text, strategy::kSectionTextMax, width, height);
    ImGui::PopClipRect();
    return changed;
}

class StrategyScreen final : public Screen {
public:
    StrategyScreen() { reset(); }

    ScreenId id() const override { return ScreenId::strategy; }
    const char* nav_label() const override { return "Strategy"; }
    const char* nav_hint() const override { return "Data asset management"; }

    void draw(AppContext& ctx) override {
        page_header(ctx.fonts(), "Data asset management strategy",
                    "Write the strategy your Board approves: start from the template, make each section your own, "
                    "and export it as a Word document to edit further or paste into a wider strategy.");
        notice_returns();
        if (!notes_.empty()) {
            ctx.toast("Part of the saved strategy could not be read and was left out: " + join_notes() + ".", ToastKind::error);
            notes_.clear();
        }
        if (dirty_) check(ctx);

        ui::RefusalScope refusal_scope("strategy");   // its fields, and the exports held back while one is refused
        draw_export_bar(ctx);
        float height = std::max(420.0f, ImGui::GetContentRegionAvail().y);
        // At a large size the outline goes above the section being edited (shell/flow.h).
        flow::Split split = flow::split(kOutlineWidth, 380.0f);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
        ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kPaleGrey));
        ImGui::BeginChild("outline", ImVec2(split.first_width, split.stacked ? split.first_height : height), true);
        draw_outline();
        ImGui::EndChild();
        flow::between(split, 16);
        // Stacked, the section is a card in the page, which scrolls as one, not a box scrolling of its own.
        if (split.stacked) card_begin("editor");
        else ImGui::BeginChild("editor", ImVec2(0, height), true);
        ImGui::PopStyleColor(2);
        if (selected_ == kDetails) draw_details(ctx);
        else draw_section(ctx);
        if (split.stacked) card_end();
        else ImGui::EndChild();
    }

    void save(ojson& workspace) const override {
        ojson p = part();
        if (p.size() > 4 || !organisation_.empty() || !owner_.empty() || !p["sections"].empty()) workspace["strategy"] = p;
    }

    void load(const json& workspace) override {
        reset();
        if (!workspace.contains("strategy") || !workspace["strategy"].is_object()) return;
        const json& p = workspace["strategy"];
        auto take = [&](const char* key, std::string& into, std::size_t max_len) {
            if (!p.contains(key)) return;
            if (p[key].is_string() && p[key].get<std::string>().size() <= max_len) into = p[key].get<std::string>();
            else notes_.push_back(std::string("the ") + key + " (not readable text)");
        };
        take("organisation", organisation_, kShortTextMax);
        take("owner", owner_, kShortTextMax);
        take("approved_by", approved_by_, kShortTextMax);
        take("approval_date", approval_date_, 10);
        take("review_date", review_date_, 10);
        take("posture", posture_, 20);
        take("posture_reason", posture_reason_, 4000);
        for (std::string* date : {&approval_date_, &review_date_})
            if (!date->empty() && !date_problem(*date).empty()) { notes_.push_back("the date " + *date); date->clear(); }
        if (!posture_.empty() && !*posture_label(posture_)) { notes_.push_back("the posture " + posture_); posture_.clear(); }
        if (p.contains("sections") && p["sections"].is_object()) {
            for (auto it = p["sections"].begin(); it != p["sections"].end(); ++it) {
                if (!template_.find(it.key())) { notes_.push_back("the section " + it.key()); continue; }
                if (!it.value().is_string() || it.value().get<std::string>().size() > strategy::kSectionTextMax) {
                    notes_.push_back("the text of " + template_.find(it.key())->title);
                    continue;
                }
                text_[it.key()] = it.value().get<std::string>();
            }
        }
        for (auto it = p.begin(); it != p.end(); ++it) {
            static const std::vector<std::string> known = {"schema", "organisation", "owner", "approved_by", "approval_date",
                                                           "review_date", "posture", "posture_reason", "sections"};
            if (std::find(known.begin(), known.end(), it.key()) == known.end()) notes_.push_back("the field " + it.key());
        }
    }

private:
    // ---- state ---------------------------------------------------------------------------------------------

    void reset() {
        organisation_.clear(); owner_.clear(); approved_by_.clear(); approval_date_.clear(); review_date_.clear();
        posture_.clear(); posture_reason_.clear();
        text_.clear();
        for (const auto& s : template_.sections) text_[s.id] = s.default_text;
        dirty_ = true;
    }

    bool edited(const st::TemplateSection& s) const { return text_.at(s.id) != s.default_text; }
    static bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

    ojson part() const {
        ojson p;
        p["schema"] = "fairterms/strategy@1";
        p["organisation"] = organisation_;
        p["owner"] = owner_;
        auto optional = [&](const char* key, const std::string& v) { if (!v.empty()) p[key] = v; };
        optional("approved_by", approved_by_);
        optional("approval_date", approval_date_);
        optional("review_date", review_date_);
        optional("posture", posture_);
        optional("posture_reason", posture_reason_);
        p["sections"] = ojson::object();
        for (const auto& s : template_.sections)
            if (edited(s)) p["sections"][s.id] = text_.at(s.id);
        return p;
    }

    std::string join_notes() const {
        std::string s;
        for (std::size_t i = 0; i < notes_.size(); ++i) s += (i ? ", " : "") + notes_[i];
        return s;
    }

    void changed(AppContext& ctx) {
        dirty_ = true;
        ctx.mark_changed();
    }

    // The assessment counts once it has answers; an untouched Readiness screen suggests nothing.
    AssessmentState* assessment(AppContext& ctx) const {
        AssessmentState* state = find_assessment_state(ctx);
        return state && !state->doc().answers.empty() ? state : nullptr;
    }

    // The Readiness screen may have changed while this one was hidden: check again on the way back in.
    void notice_returns() {
        int frame = ImGui::GetFrameCount();
        if (frame != last_frame_ + 1) dirty_ = true;
        last_frame_ = frame;
    }

    // The full input document the core reads: this screen's part plus the assessment, if there is one.
    std::string request(AppContext& ctx) const {
        ojson doc = part();
        if (AssessmentState* a = assessment(ctx)) doc["assessment"] = assess::assessment_to_json(a->doc());
        return doc.dump();
    }

    void check(AppContext& ctx) {
        dirty_ = false;
        suggestion_.reset();
        if (AssessmentState* a = assessment(ctx)) suggestion_ = st::suggest_posture(a->doc(), a->result());
        try {
            json doc = parse_json_input(request(ctx));
            document_ = st::build(st::parse_inputs(Field(doc, ""), template_), template_);
            error_ = {};
        } catch (const InputError& e) {
            document_.reset();
            error_ = e;
        }
    }

    std::string error_for(const std::string& pointer) const {
        return error_ && error_->pointer == pointer ? error_->message : std::string();
    }

    std::string error_summary() const {
        static const std::map<std::string, std::string> names = {
            {"/organisation", "Organisation"}, {"/owner", "Owner"}, {"/approved_by", "Approved by"},
            {"/approval_date", "Approval date"}, {"/review_date", "Review date"}, {"/posture", "Posture"},
            {"/posture_reason", "Why this posture"}};
        auto it = names.find(error_->pointer);
        std::string where = it != names.end() ? it->second
                            : error_->pointer.rfind("/assessment", 0) == 0 ? "Readiness assessment (" + error_->pointer + ")"
                                                                            : error_->pointer;
        return where + ": " + error_->message;
    }

    // ---- export ----------------------------------------------------------------------------------------------

    void draw_export_bar(AppContext& ctx) {
        static const Export kExports[] = {{"Download Word (.docx)", "docx", ".docx"},
                                          {"Open printable version", "html", ""},
                                          {"Download HTML", "html", ".html"},
                                          {"Download Markdown", "md", ".md"}};
        std::vector<Refusal> refused = refusals_here();
        draw_refusals(refused);
        DisabledFor held_back(refusal_reason(refused));   // nests around the card, as ImGui's stacks need
        card_begin("export");
        ImGui::BeginDisabled(!document_.has_value());
        for (std::size_t i = 0; i < 4; ++i) {
            if (i) ImGui::SameLine();
            bool pressed = false;
            if (i == 0) {
                // The main export, in the solid NHS blue whatever the default button style is.
                ImGui::PushStyleColor(ImGuiCol_Button, colour::vec(colour::kNhsBlue));
                ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::vec(colour::kDarkBlue));
                ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::vec(colour::kDarkBlue));
                ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kWhite));
                pressed = ui::button(kExports[i].button);
                ImGui::PopStyleColor(4);
            } else {
                pressed = secondary_button(kExports[i].button);
            }
            if (pressed) run_export(ctx, kExports[i]);
        }
        ImGui::EndDisabled();
        if (document_) {
            std::size_t own = 0;
            for (const auto& s : document_->sections) own += s.edited ? 1 : 0;
            std::size_t left_out = template_.sections.size() - document_->sections.size();
            std::string status = "\xE2\x9C\x93 Ready: " + std::to_string(document_->sections.size()) + " sections, " +
                                 std::to_string(own) + " in your own words" +
                                 (left_out ? ", " + std::to_string(left_out) + " left out" : std::string()) + ".";
            ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kGreen));
            ui::text(status.c_str());
            ImGui::PopStyleColor();
        } else if (error_) {
            error_text("Not ready to export. " + error_summary());
        }
        card_end();
    }

    void run_export(AppContext& ctx, const Export& e) {
        api::Result r;
        try {
            r = strategy::strategy_command(parse_json_input(request(ctx)), e.format);
        } catch (const InputError& err) {
            ctx.toast("The strategy could not be written: " + err.message, ToastKind::error);
            return;
        }
        if (!*e.extension) {
            ctx.platform().open_printable(r.body);
            return;
        }
        std::string name = "data-asset-management-strategy-" + ctx.today() + e.extension;
        ctx.platform().save_file(name, r.media_type, r.body);
        ctx.toast("Downloaded " + name + ".", ToastKind::success);
    }

    // ---- outline ---------------------------------------------------------------------------------------------

    void draw_outline() {
        if (ui::selectable(kDetails, selected_ == kDetails)) selected_ = kDetails;
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kSecondaryText));
        ui::text("Sections");
        ImGui::PopStyleColor();
        bool any_marked = false;
        for (const auto& s : template_.sections) {
            ImGui::PushID(s.id.c_str());
            unsigned mark = blank(text_.at(s.id)) ? colour::kOrange : edited(s) ? colour::kNhsBlue : 0;
            any_marked = any_marked || mark;
            marker(mark);
            if (ui::selectable(s.title.c_str(), selected_ == s.id)) selected_ = s.id;
            ImGui::PopID();
        }
        if (!any_marked) return;
        ImGui::Dummy(ImVec2(0, 8));
        marker(colour::kNhsBlue);
        hint_text("in your own words");
        marker(colour::kOrange);
        hint_text("left out of the document");
    }

    // A small coloured dot at the start of the line (none when colour is 0), keeping titles aligned.
    static void marker(unsigned colour_hex) {
        ImVec2 pos = ImGui::GetCursorScreenPos();
        float r = 4.0f, line = ImGui::GetTextLineHeight();
        if (colour_hex) ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + r, pos.y + line / 2 + 2), r, colour::rgb(colour_hex));
        ImGui::Dummy(ImVec2(r * 2 + 6, line));
        ImGui::SameLine(0, 0);
    }

    // ---- details -----------------------------------------------------------------------------------------------

    void field_error(const char* pointer) { error_text(error_for(pointer)); }

    void draw_details(AppContext& ctx) {
        section_heading(ctx.fonts(), kDetails);
        hint_text("Who owns the strategy, who approves it and when it is reviewed. These appear at the top of the "
                  "document and wherever a section mentions them.");
        ImGui::Dummy(ImVec2(0, 6));
        const float w = std::min(460.0f, ImGui::GetContentRegionAvail().x - 130.0f);
        if (text_field("Organisation", organisation_, kShortTextMax, w)) changed(ctx);
        AssessmentState* a = assessment(ctx);
        const std::string& profile_name = organisation_profile(ctx).name;
        if (organisation_.empty() && !profile_name.empty()) {
            if (secondary_button(("Use \xE2\x80\x9C" + profile_name + "\xE2\x80\x9D from your organisation profile").c_str())) {
                organisation_ = profile_name;
                changed(ctx);
            }
        } else if (organisation_.empty() && a && !a->doc().organisation.empty()) {
            if (secondary_button(("Use \xE2\x80\x9C" + a->doc().organisation + "\xE2\x80\x9D from the self-assessment").c_str())) {
                organisation_ = a->doc().organisation;
                changed(ctx);
            }
        }
        field_error("/organisation");
        if (text_field("Owner", owner_, kShortTextMax, w)) changed(ctx);
        hint_text("The person accountable for the strategy, e.g. the Chief Digital Information Officer.");
        field_error("/owner");
        if (text_field("Approved by", approved_by_, kShortTextMax, w)) changed(ctx);
        hint_text("For example the Trust Board. Leave empty until the strategy is approved.");
        if (date_field("Approval date", approval_date_, false, 160)) changed(ctx);
        same_line_hint("e.g. 31/03/2027");
        field_error("/approval_date");
        if (date_field("Review date", review_date_, false, 160)) changed(ctx);
        same_line_hint("e.g. 31/03/2027");
        hint_text("Leave the review date empty for one year after approval.");
        field_error("/review_date");

        ImGui::Dummy(ImVec2(0, 10));
        section_heading(ctx.fonts(), "Partnership posture");
        draw_posture_summary();
        if (secondary_button("Choose the posture")) selected_ = "posture";
    }

    // ---- posture ---------------------------------------------------------------------------------------------

    void draw_posture_summary() {
        if (document_) {
            const st::PostureText& p = template_.posture(document_->posture);
            pill(p.label.c_str(), posture_colour(document_->posture));
            ImGui::SameLine();
            hint_text(document_->posture_suggested ? "suggested by your readiness self-assessment" : "chosen by you");
        } else if (posture_.empty() && !suggestion_) {
            hint_text("No posture yet: choose one, or complete the readiness self-assessment to get a suggestion.");
        }
    }

    void draw_posture(AppContext& ctx) {
        card_begin("posture-choice");
        if (suggestion_) {
            ImGui::PushFont(ctx.fonts().bold);
            ui::text("Suggested by your readiness self-assessment:");
            ImGui::PopFont();
            ImGui::SameLine();
            pill(template_.posture(suggestion_->posture).label.c_str(), posture_colour(suggestion_->posture));
            hint_text(suggestion_->reason.c_str());
        } else {
            hint_text("Complete the readiness self-assessment to get a suggested posture with its reasons, or choose one here.");
            if (secondary_button("Go to Readiness##posture")) ctx.go_to(ScreenId::readiness);
        }
        ImGui::Dummy(ImVec2(0, 4));
        std::string before = posture_;
        if (suggestion_ && ui::radio_button("Use the suggested posture", posture_.empty())) posture_.clear();
        for (const char* id : {"proactive", "reactive", "not_now"}) {
            if (suggestion_ || id != std::string("proactive")) ImGui::SameLine();
            if (ui::radio_button(posture_label(id), posture_ == id)) posture_ = id;
        }
        if (posture_ != before) changed(ctx);
        field_error("/posture");
        if (document_) {
            const st::PostureText& p = template_.posture(document_->posture);
            hint_text((p.label + ": " + p.description).c_str());
        }
        ImGui::Dummy(ImVec2(0, 4));
        ui::text("Why this posture");
        hint_text("Your own reason, in a sentence or two. Leave empty to use the self-assessment's reasons, or the "
                  "template's wording when there is no self-assessment.");
        if (text_box("Why this posture", posture_reason_, 70, 16)) changed(ctx);
        card_end();
    }

    // ---- one section -------------------------------------------------------------------------------------------

    void draw_section(AppContext& ctx) {
        const st::TemplateSection* s = template_.find(selected_);
        if (!s) { selected_ = kDetails; return; }
        ImGui::PushID(s->id.c_str());
        section_heading(ctx.fonts(), s->title.c_str());
        ImGui::SameLine();
        if (blank(text_.at(s->id))) pill("Left out of the document", colour::kOrange);
        else if (edited(*s)) pill("Your text", colour::kNhsBlue);
        else pill("Template text", colour::kPaleGrey, colour::kText);
        hint_text(s->guidance.c_str());
        ImGui::Dummy(ImVec2(0, 4));
        if (s->id == "posture") draw_posture(ctx);

        hint_text("Blank lines start a new paragraph; lines starting \xE2\x80\x9C- \xE2\x80\x9D become bullets. Words in "
                  "double braces, such as {{organisation}}, are filled in from the document details and the "
                  "self-assessment. Clear the text to leave the section out.");
        if (text_box(s->title + " text", text_[s->id], s->id == "posture" ? 150.0f : 220.0f)) changed(ctx);

        ImGui::BeginDisabled(!edited(*s));
        if (secondary_button("Reset to default text")) {
            ctx.push_undo("Reset \xE2\x80\x9C" + s->title + "\xE2\x80\x9D to the template's text");
            text_[s->id] = s->default_text;
            changed(ctx);
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(blank(text_.at(s->id)));
        if (secondary_button("Leave this section out")) {
            ctx.push_undo("Left \xE2\x80\x9C" + s->title + "\xE2\x80\x9D out of the strategy");
            text_[s->id].clear();
            changed(ctx);
        }
        ImGui::EndDisabled();

        ImGui::Dummy(ImVec2(0, 8));
        ImGui::PushFont(ctx.fonts().bold);
        ui::text("How it reads in the document");
        ImGui::PopFont();
        const st::Section* filled = nullptr;
        if (document_)
            for (const auto& d : document_->sections)
                if (d.id == s->id) filled = &d;
        card_begin("preview");
        if (filled) paragraph(filled->text.c_str());
        else if (document_) hint_text("This section is left out of the document.");
        else hint_text(("The preview appears once the document can be written. " + error_summary()).c_str());
        card_end();
        ImGui::PopID();
    }

    const st::Template& template_ = st::builtin_template();
    std::string organisation_, owner_, approved_by_, approval_date_, review_date_, posture_, posture_reason_;
    std::map<std::string, std::string> text_;   // every section's current text, by id
    std::string selected_ = kDetails;
    std::vector<std::string> notes_;            // what load() left out, toasted on the next draw

    bool dirty_ = true;
    int last_frame_ = -10;
    std::optional<st::Suggestion> suggestion_;
    std::optional<st::Document> document_;
    std::optional<InputError> error_;
};

}  // namespace

std::unique_ptr<Screen> make_strategy_screen() { return std::make_unique<StrategyScreen>(); }

}  // namespace ft::ui
