// The record's own fields: parties, purpose and public benefit, use, data and access route, term, IP,
// transparency, approvals and status.
#include <imgui.h>

#include <algorithm>

#include "base/dates.h"
#include "screens/partnerships/partnerships_view.h"
#include "screens/screens.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace {

namespace pt = ft::partnership;

constexpr float kLabelRoom = 230.0f;   // room the labels on the right of a field take

float field_width() { return std::max(220.0f, std::min(560.0f, ImGui::GetContentRegionAvail().x - kLabelRoom)); }

std::string trim(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// Text cut to what the core accepts (characters, not bytes), never leaving half a UTF-8 sequence.
void cut(std::string& s, std::size_t max_chars) {
    if (ft::count_characters(s) <= max_chars) return;
    std::size_t chars = 0, i = 0;
    while (i < s.size() && chars < max_chars) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        ++chars;
    }
    s.resize(i);
}

bool line(const char* label, std::string& value, std::size_t max) {
    ImGui::SetNextItemWidth(field_width());
    if (!ui::input_text(label, &value)) return false;
    cut(value, max);
    return true;
}

bool box(const char* label, std::string& value, std::size_t max, float height = 64.0f) {
    if (!ui::input_text_multiline(label, &value, ImVec2(field_width(), height))) return false;
    cut(value, max);
    return true;
}

// A line or box whose edit goes through one of the state's rules; a refusal leaves the record as it was.
bool ruled_box(PartnershipsView& v, const char* label, const std::string& current,
               std::string (PartnershipsState::*rule)(const std::string&)) {
    std::string text = current;
    if (!box(label, text, pt::kTextMax)) return false;
    v.refusal = (v.state.*rule)(text);
    return v.refusal.empty();
}

// Review dates as typed, "31/03/2027, 2028-04-01", stored as ISO dates. With `problem`, the first item that
// is not a date (or one too many) is described there and the list is empty.
std::vector<std::string> review_dates(const std::string& text, std::string* problem) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = std::min(text.find(',', start), text.size());
        std::string item = trim(text.substr(start, comma - start));
        start = comma + 1;
        if (item.empty()) continue;
        auto day = dates::parse_typed_date(item);
        std::string why = !day ? "\"" + item + "\" is not a date: write each as 31/03/2027"
                          : out.size() == pt::kMaxReviewPoints ? std::string("at most 20 review dates") : std::string();
        if (!why.empty()) {
            if (problem) *problem = why;
            return {};
        }
        out.push_back(dates::to_iso(*day));
    }
    return out;
}

// Dates as people in the UK type them (31/03/2027), stored as 2027-03-31, like every other date field.
bool date(const char* label, std::string& value) { return input_date(label, value, false, 160.0f); }

// An empty value is "not chosen yet" (the kind of partner starts unset: the person picks it).
template <class Words>
bool choice(const char* label, std::string& value, const std::vector<std::string>& options, Words words) {
    bool changed = false;
    ImGui::SetNextItemWidth(field_width());
    if (ui::begin_combo(label, value.empty() ? "Not chosen yet" : words(value).c_str())) {
        for (const auto& o : options)
            if (ui::selectable(words(o).c_str(), o == value) && o != value) {
                value = o;
                changed = true;
            }
        ui::end_combo();
    }
    return changed;
}

std::string kind_words(const std::string& k) {
    if (k == "nhs") return "NHS organisation";
    if (k == "public_body") return "Public body";
    std::string s = k;
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string route_label(const std::string& r) {
    if (r == "sde") return "Secure data environment (the default)";
    if (r == "federated") return "Federated analysis";
    if (r == "aggregate_outputs") return "Aggregate outputs only";
    return "De-identified extract";
}

std::string sentence_case(std::string s) {
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

bool draw_record_form(PartnershipsView& v, AppContext& ctx) {
    PartnershipsState& s = v.state;
    pt::Partnership& p = *s.record();
    bool changed = false;

    section_heading(ctx.fonts(), "Parties");
    std::string name = v.name_draft.empty() ? p.name : v.name_draft;
    std::size_t index = s.current;
    if (input_text_checked("Partnership name", name, [&](const std::string& t) { return s.name_problem(trim(t), index); }, field_width())) {
        p.name = name;
        changed = true;
    }
    std::string from = organisation_profile(ctx).name;
    ui::text("Issuing organisation: " + (from.empty() ? std::string("not set (fill in the organisation profile on Home)") : from));
    changed |= line("Partner name", p.partner_name, pt::kNameMax);
    changed |= box("Partner address", p.partner_address, org::kAddressMax, 56.0f);
    changed |= choice("Kind of partner", p.partner_kind, pt::partner_kinds(), kind_words);
    ImGui::SameLine();
    help_marker("Recorded for the register; it never changes the fee or the value share.");
    changed |= choice("Status", p.status, pt::statuses(), pt::status_words);

    section_heading(ctx.fonts(), "Purpose and public benefit");
    changed |= box("Purpose", p.purpose, pt::kTextMax);
    hint_text("The National Data Guardian's three questions:");
    changed |= box("What is the benefit?", p.benefit_what, pt::kTextMax);
    changed |= box("Who receives it?", p.benefit_who, pt::kTextMax);
    changed |= box("How would the public see it?", p.benefit_public, pt::kTextMax);

    section_heading(ctx.fonts(), "Use");
    ImGui::PushID("use");
    ui::RadioGroup use("Use");
    if (ui::radio_button("Commercial use", p.commercial) && !p.commercial) { p.commercial = true; changed = true; }
    ImGui::SameLine();
    if (ui::radio_button("Non-commercial use", !p.commercial) && p.commercial) { p.commercial = false; changed = true; }
    ImGui::PopID();
    if (!p.commercial) changed |= ui::checkbox("Consent-to-commercialise clause", &p.consent_to_commercialise);

    section_heading(ctx.fonts(), "Data and access route");
    std::vector<pt::AssetLink> reg = pt::workspace_assets(s.workspace);
    if (reg.empty()) hint_text("The asset register is empty: add data assets on the Data assets screen to choose them here.");
    for (const auto& a : reg) {
        bool on = std::find(p.assets.begin(), p.assets.end(), a.id) != p.assets.end();
        ImGui::PushID(a.id.c_str());
        if (ui::checkbox((a.name + " (readiness: " + a.readiness_words + ")").c_str(), &on)) {
            if (on && p.assets.size() < pt::kMaxAssets) p.assets.push_back(a.id);
            if (!on) p.assets.erase(std::remove(p.assets.begin(), p.assets.end(), a.id), p.assets.end());
            changed = true;
        }
        ImGui::PopID();
    }
    for (const auto& id : p.assets)
        if (std::none_of(reg.begin(), reg.end(), [&](const pt::AssetLink& a) { return a.id == id; }))
            warning_box("A chosen data asset (" + id + ") is no longer in the asset register.");
    std::string route = p.access_route;
    if (choice("Access route", route, pt::access_routes(), route_label)) {
        v.refusal = s.set_route(route);
        changed |= v.refusal.empty();
    }
    if (ruled_box(v, "Why not a secure data environment?", p.access_reason, &PartnershipsState::set_route_reason)) changed = true;

    section_heading(ctx.fonts(), "Term");
    if (date("Start date", p.start_date)) changed = true;
    long long months = p.term_months;
    if (input_whole("Term in months", months, 1, pt::kMaxTermMonths)) { p.term_months = months; changed = true; }
    std::string reviews;
    for (std::size_t i = 0; i < p.review_points.size(); ++i) reviews += (i ? ", " : "") + p.review_points[i];
    if (input_text_checked(
            "Review dates (separated by commas)", reviews,
            [](const std::string& t) {
                std::string problem;
                review_dates(t, &problem);
                return problem;
            },
            field_width())) {
        p.review_points = review_dates(reviews, nullptr);
        changed = true;
    }

    section_heading(ctx.fonts(), "Intellectual property");
    hint_text("Background intellectual property stays with each party. Settle the new (foreground) intellectual property now.");
    changed |= choice("New intellectual property", p.foreground, pt::foreground_options(), [](const std::string& o) { return sentence_case(pt::foreground_words(o)); });
    changed |= choice("Licence back to the NHS", p.licence_back, pt::licence_back_options(), [](const std::string& o) { return sentence_case(pt::licence_back_words(o)); });
    changed |= box("Intellectual property note", p.ip_note, pt::kTextMax);
    hint_text("No exclusivity: DHSC's third principle rules out exclusive arrangements, so there is nothing here to grant one.");

    section_heading(ctx.fonts(), "Transparency");
    bool publish = p.publish;
    if (ui::checkbox("Publish in the register of partnerships", &publish)) {
        v.refusal = s.set_publish(publish);
        changed |= v.refusal.empty();
    }
    if (ruled_box(v, "Why keep it out of the register?", p.publish_reason, &PartnershipsState::set_publish_reason)) changed = true;
    changed |= ui::checkbox("The register may show the value-share amounts", &p.publish_amounts);

    section_heading(ctx.fonts(), "Approvals before access");
    changed |= date("Information governance sign-off date", p.approvals.ig_signoff);
    changed |= date("DPIA date", p.approvals.dpia);
    changed |= date("Caldicott Guardian approval date", p.approvals.caldicott);
    ImGui::PushID("approval-body");
    ui::RadioGroup body("Approved by");
    if (ui::radio_button("Board", p.approvals.approval_body == "board") && p.approvals.approval_body != "board") {
        p.approvals.approval_body = "board";
        changed = true;
    }
    ImGui::SameLine();
    if (ui::radio_button("Committee", p.approvals.approval_body == "committee") && p.approvals.approval_body != "committee") {
        p.approvals.approval_body = "committee";
        changed = true;
    }
    ImGui::PopID();
    changed |= date("Approval date", p.approvals.approval);

    if (changed) v.name_draft.clear();
    return changed;
}

}  // namespace ft::ui
