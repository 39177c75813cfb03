// The list of partnerships, the downloads, and the layout of the record's panels.
#include <imgui.h>

#include <algorithm>

#include "screens/partnerships/partnerships_view.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

namespace pt = ft::partnership;

constexpr float kListWidth = 300.0f;

struct Download {
    const char* button;
    bool terms;           // heads of terms (the current record) or the register (the whole workspace)
    const char* format;
    const char* extension;
};

constexpr Download kDownloads[] = {
    {"Heads of terms (Word)", true, "docx", ".docx"},
    {"Heads of terms (HTML)", true, "html", ".html"},
    {"Heads of terms (Markdown)", true, "md", ".md"},
    {"Register (CSV)", false, "csv", ".csv"},
    {"Register (HTML)", false, "html", ".html"},
};

// A file name from the partnership's name: letters and digits, the rest as single hyphens.
std::string file_stem(const std::string& name) {
    std::string s;
    for (unsigned char c : name) {
        if (std::isalnum(c)) s += char(std::tolower(c));
        else if (!s.empty() && s.back() != '-') s += '-';
        if (s.size() >= 60) break;
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s.empty() ? "partnership" : s;
}

void run_download(PartnershipsView& v, AppContext& ctx, const Download& d) {
    api::Result r = d.terms ? v.state.terms(d.format) : v.state.register_document(d.format);
    if (r.status != api::Status::ok) {
        ctx.toast(std::string(d.terms ? "The heads of terms could not be written: " : "The register could not be written: ") +
                      r.error_message, ToastKind::error);
        return;
    }
    std::string name = d.terms ? "heads-of-terms-" + file_stem(v.state.record()->name) + d.extension
                               : "register-of-partnerships-" + ctx.today() + d.extension;
    ctx.platform().save_file(name, r.media_type, r.body);
    ctx.toast("Downloaded " + name + ".", ToastKind::success);
}

void draw_downloads(PartnershipsView& v, AppContext& ctx) {
    card_begin("downloads");
    section_heading(ctx.fonts(), "Download");
    bool has_record = v.state.record() != nullptr;
    for (std::size_t i = 0; i < std::size(kDownloads); ++i) {
        const Download& d = kDownloads[i];
        if (i) ImGui::SameLine();
        ImGui::BeginDisabled(d.terms && !has_record);
        bool pressed = i == 0 ? primary_button(d.button) : secondary_button(d.button);
        ImGui::EndDisabled();
        if (pressed) run_download(v, ctx, d);
    }
    hint_text("Heads of terms are for the partnership chosen on the left and are marked \"subject to contract\". "
              "The register lists every partnership you publish.");
    card_end();
}

void draw_list(PartnershipsView& v, AppContext& ctx) {
    PartnershipsState& s = v.state;
    if (secondary_button("New partnership")) {
        if (s.records.size() >= limits::kMaxPartnerships) {
            ctx.toast("A workspace holds at most " + std::to_string(limits::kMaxPartnerships) + " partnerships.", ToastKind::error);
        } else {
            ctx.push_undo("New partnership");
            s.add();
            v.refusal.clear();
            v.name_draft.clear();
            ctx.mark_changed();
        }
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (s.records.empty()) hint_text("No partnerships yet. Start one from a quote you have made.");
    for (std::size_t i = 0; i < s.records.size(); ++i) {
        ImGui::PushID(int(i));
        const pt::Partnership& p = s.records[i];
        std::string label = p.name + (p.partner_name.empty() ? std::string() : "\n" + p.partner_name) + "\n" + pt::status_words(p.status) +
                            (p.commercial ? ", commercial" : ", non-commercial");
        if (ui::selectable(label.c_str(), i == s.current)) {
            s.current = i;
            v.refusal.clear();
            v.name_draft.clear();
            s.relink();
        }
        ImGui::PopID();
    }
    if (s.record()) {
        ImGui::Dummy(ImVec2(0, 8));
        if (danger_button("Delete this partnership")) {
            ctx.push_undo("Delete partnership");
            s.remove(s.current);
            v.refusal.clear();
            ctx.mark_changed();
        }
    }
}

}  // namespace

void draw_partnerships(PartnershipsView& v, AppContext& ctx) {
    draw_downloads(v, ctx);
    float height = std::max(480.0f, ImGui::GetContentRegionAvail().y);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::vec(colour::kWhite));
    ImGui::PushStyleColor(ImGuiCol_Border, colour::vec(colour::kPaleGrey));
    ImGui::BeginChild("partnership-list", ImVec2(kListWidth, height), true);
    draw_list(v, ctx);
    ImGui::EndChild();
    ImGui::SameLine(0, 16);
    ImGui::BeginChild("partnership-record", ImVec2(0, height), true);
    ImGui::PopStyleColor(2);
    if (v.state.record()) {
        bool changed = false;
        error_text(v.refusal);
        changed |= draw_record_form(v, ctx);
        changed |= draw_links(v, ctx);
        changed |= draw_value_profile(v, ctx);
        draw_principles(v, ctx);
        if (changed) {
            v.state.relink();
            ctx.mark_changed();
        }
    } else {
        hint_text("Choose a partnership on the left, or start a new one.");
    }
    ImGui::EndChild();
}

}  // namespace ft::ui
