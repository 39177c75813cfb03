// The Value share screen's results: headline figures, warnings, yearly payments, mechanisms compared,
// the split among NHS organisations, and exports. Every figure comes from the engine with its workings.
#include <algorithm>
#include <cctype>

#include <imgui.h>

#include "shell/charts.h"
#include "shell/error_words.h"
#include "screens/value/value_parts.h"
#include "shell/widgets.h"

namespace ft::ui::value_ui {
namespace {

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg |
                                        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;

std::string gbp(Pence p) { return format_gbp(p); }
double pounds(Pence p) { return double(p) / 100.0; }
void gap(float h = 8.0f) { ImGui::Dummy(ImVec2(0, h)); }

// Short column headings, so the yearly table stays readable with all six mechanisms on.
std::string short_label(const std::string& name) {
    if (name == "upfront") return "Upfront";
    if (name == "subscription") return "Subscription";
    if (name == "milestones") return "Milestones";
    if (name == "royalty") return "Royalty";
    if (name == "equity") return "Equity";
    if (name == "in_kind") return "In kind";
    return name;
}

std::string slug(const std::string& name) {
    std::string s;
    for (unsigned char c : name) {
        if (std::isalnum(c)) s += char(std::tolower(c));
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s.empty() ? "scenario" : s;
}

void bold_row_text(const Fonts& f, const std::string& text, bool right) {
    ImGui::PushFont(f.bold);
    if (right) text_right(text);
    else ui::text(text.c_str());
    ImGui::PopFont();
}

struct Figure {
    const char* title;
    std::string value;
    const char* caption;
    std::string workings;
};

std::vector<Figure> figures(const value::ValueResult& r) {
    return {
        {"NHS share", format_share(r.nhs_share), "of all contributions", r.nhs_share_explanation},
        {"Royalty rate", format_percent(r.recommended_royalty_rate), "recommended",
         r.recommended_rate_explanation + ". The " + r.maturity_factor_explanation + "."},
        {"Nominal total", gbp(r.total_nominal_pence), "if every payment is made",
         "Payments counted in full, whatever their chance: " + r.total_nominal_explanation},
        {"Expected total", gbp(r.total_expected_pence), "allowing for chances",
         "Milestones and equity counted at amount x probability: " + r.total_expected_explanation},
        {"Present value", gbp(r.total_pv_pence), "in today's money",
         "Expected payments discounted to year 0 (" + r.discount.description() + "): " + r.total_pv_explanation},
    };
}

void yearly_section(AppContext& ctx, const value::ValueResult& r) {
    card_begin("yearly");
    section_heading(ctx.fonts(), "Expected payments by year");
    hint_text("Bars show each mechanism's expected payment in the year it falls; the dots show what that year's total "
              "is worth today after discounting. The table underneath gives the exact figures.");
    BarChart chart;
    for (int t = 0; t <= r.horizon_years; ++t) chart.categories.push_back("Year " + std::to_string(t));
    for (const auto& m : r.mechanisms) {
        ChartSeries s;
        s.name = m.label;
        for (Pence p : m.expected_flows_pence) {
            s.values.push_back(pounds(p));
            s.value_texts.push_back(gbp(p));
        }
        chart.series.push_back(s);
    }
    chart.line.name = "Present value of the year's payments";
    for (Pence p : r.total_discounted_pence) {
        chart.line.values.push_back(pounds(p));
        chart.line.value_texts.push_back(gbp(p));
    }
    chart.stacked = true;
    chart.y_axis_title = "\xC2\xA3 expected in the year";
    chart.format_value = short_pounds;
    chart.height = 240.0f;
    chart.width = content_width();
    bar_chart("flows", chart);
    gap(4);

    const int cols = 4 + int(r.mechanisms.size());
    float row_h = ImGui::GetTextLineHeightWithSpacing() + 2;
    float height = std::min(float(r.horizon_years + 3), 14.0f) * row_h + ImGui::GetStyle().ScrollbarSize;
    if (ImGui::BeginTable("yearly_table", cols, kTableFlags | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY,
                          ImVec2(content_width(), height))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("Year");
        ImGui::TableSetupColumn("Discount factor");
        for (const auto& m : r.mechanisms) ImGui::TableSetupColumn(short_label(m.name).c_str());
        ImGui::TableSetupColumn("Total expected");
        ImGui::TableSetupColumn("Present value");
        ImGui::TableHeadersRow();
        for (int t = 0; t <= r.horizon_years; ++t) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::textf("%d", t);
            ImGui::TableNextColumn();
            text_right(r.discount_factors[std::size_t(t)]);
            if (ImGui::IsItemHovered())
                ui::tooltip("Year %d: factor %s = %s, rounded to 10 places for display", t,
                                  r.discount_formulas[std::size_t(t)].c_str(), r.discount_factors[std::size_t(t)].c_str());
            for (const auto& m : r.mechanisms) {
                ImGui::TableNextColumn();
                text_right(gbp(m.expected_flows_pence[std::size_t(t)]));
                if (ImGui::IsItemHovered() && m.expected_flows_pence[std::size_t(t)] != 0) {
                    std::string tip;
                    for (const auto& l : m.lines)
                        if (l.year == t) tip += (tip.empty() ? "" : "\n") + l.label + ": " + l.explanation;
                    if (!tip.empty()) ui::tooltip("%s", tip.c_str());
                }
            }
            ImGui::TableNextColumn();
            text_right(gbp(r.total_expected_flows_pence[std::size_t(t)]));
            ImGui::TableNextColumn();
            text_right(gbp(r.total_discounted_pence[std::size_t(t)]));
            if (ImGui::IsItemHovered())
                ui::tooltip("%s x %s = %s", gbp(r.total_expected_flows_pence[std::size_t(t)]).c_str(),
                                  r.discount_formulas[std::size_t(t)].c_str(), gbp(r.total_discounted_pence[std::size_t(t)]).c_str());
        }
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, colour::rgb(colour::kPaleGrey));
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), "Total", false);
        ImGui::TableNextColumn();
        for (const auto& m : r.mechanisms) {
            ImGui::TableNextColumn();
            bold_row_text(ctx.fonts(), gbp(m.expected_pence), true);
        }
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), gbp(r.total_expected_pence), true);
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), gbp(r.total_pv_pence), true);
        ImGui::EndTable();
    }
    hint_text(("Discounting: " + r.discount.description() + ". Each year's discounted amount is rounded to the penny "
               "once; the present value is their sum.").c_str());
    card_end();
}

void comparison_section(AppContext& ctx, const value::ValueResult& r, ResultsView& view) {
    card_begin("compare");
    section_heading(ctx.fonts(), "Mechanisms compared");
    hint_text("Select a mechanism to see how its figures are worked out.");
    if (view.selected_mechanism >= int(r.mechanisms.size())) view.selected_mechanism = -1;
    if (ImGui::BeginTable("compare_table", 4, kTableFlags, ImVec2(content_width(), 0))) {
        ImGui::TableSetupColumn("Mechanism", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Nominal", ImGuiTableColumnFlags_WidthFixed, 150);
        ImGui::TableSetupColumn("Expected", ImGuiTableColumnFlags_WidthFixed, 150);
        ImGui::TableSetupColumn("Present value", ImGuiTableColumnFlags_WidthFixed, 150);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < r.mechanisms.size(); ++i) {
            const auto& m = r.mechanisms[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool selected = view.selected_mechanism == int(i);
            if (ui::selectable(m.label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
                view.selected_mechanism = selected ? -1 : int(i);
            ImGui::TableNextColumn();
            text_right(gbp(m.nominal_pence));
            ImGui::TableNextColumn();
            text_right(gbp(m.expected_pence));
            ImGui::TableNextColumn();
            text_right(gbp(m.pv_pence));
        }
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, colour::rgb(colour::kPaleGrey));
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), "Total", false);
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), gbp(r.total_nominal_pence), true);
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), gbp(r.total_expected_pence), true);
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), gbp(r.total_pv_pence), true);
        ImGui::EndTable();
    }
    if (r.mechanisms.empty()) hint_text("No mechanisms are switched on yet: choose some under \"How the NHS is paid\".");
    if (view.selected_mechanism >= 0) {
        const auto& m = r.mechanisms[std::size_t(view.selected_mechanism)];
        gap(4);
        ImGui::PushFont(ctx.fonts().bold);
        ui::text(("How the " + m.label + " figures are worked out").c_str());
        ImGui::PopFont();
        paragraph(("Nominal: " + m.nominal_explanation + ".").c_str());
        paragraph(("Expected: " + m.expected_explanation + ".").c_str());
        paragraph(("Present value: " + m.pv_explanation + ".").c_str());
        for (const auto& l : m.lines)
            hint_text(("Year " + std::to_string(l.year) + ", " + l.label + ": " + l.explanation).c_str());
    }
    if (!r.mechanisms.empty()) {
        gap(6);
        std::vector<HorizontalBar> bars;
        for (const auto& m : r.mechanisms) bars.push_back({m.label, pounds(m.pv_pence), gbp(m.pv_pence) + " present value", 0});
        horizontal_bars("compare_bars", bars, 26.0f, content_width());
    }
    card_end();
}

void split_section(AppContext& ctx, const value::ValueResult& r, ResultsView& view) {
    card_begin("split");
    section_heading(ctx.fonts(), "Split among NHS organisations");
    hint_text(r.split_explanation.c_str());
    hint_text("Select an organisation to see how its share is worked out.");
    const int cols = 4 + int(r.mechanisms.size());
    // A scrolling table needs its height: a row per organisation, the heading, the total and a scrollbar.
    float row_h = ImGui::GetTextLineHeightWithSpacing() + 2;
    float height = float(r.split.size() + 2) * row_h + ImGui::GetStyle().ScrollbarSize + 4;
    if (ImGui::BeginTable("split_table", cols, kTableFlags | ImGuiTableFlags_ScrollX, ImVec2(content_width(), height))) {
        ImGui::TableSetupColumn("Organisation");
        ImGui::TableSetupColumn("Weight");
        ImGui::TableSetupColumn("Share");
        for (const auto& m : r.mechanisms) ImGui::TableSetupColumn(short_label(m.name).c_str());
        ImGui::TableSetupColumn("Present value");
        ImGui::TableHeadersRow();
        if (view.selected_org >= int(r.split.size())) view.selected_org = -1;
        for (std::size_t i = 0; i < r.split.size(); ++i) {
            const auto& s = r.split[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            // Chosen like a mechanism above (mouse, keyboard or screen reader), not only hovered: the workings
            // are shown under the table for everyone.
            bool selected = view.selected_org == int(i);
            ImGui::PushID(int(i));
            if (ui::selectable(s.org.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
                view.selected_org = selected ? -1 : int(i);
            ImGui::PopID();
            ImGui::TableNextColumn();
            text_right(s.weight.to_string());
            ImGui::TableNextColumn();
            text_right(format_share(s.share));
            for (Pence p : s.pv_pence) {
                ImGui::TableNextColumn();
                text_right(gbp(p));
            }
            ImGui::TableNextColumn();
            text_right(gbp(s.total_pv_pence));
        }
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, colour::rgb(colour::kPaleGrey));
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), "All NHS organisations", false);
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), r.nhs_weight.to_string(), true);
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), "100%", true);
        for (const auto& m : r.mechanisms) {
            ImGui::TableNextColumn();
            bold_row_text(ctx.fonts(), gbp(m.pv_pence), true);
        }
        ImGui::TableNextColumn();
        bold_row_text(ctx.fonts(), gbp(r.total_pv_pence), true);
        ImGui::EndTable();
    }
    gap(6);
    std::vector<HorizontalBar> bars;
    for (std::size_t i = 0; i < r.split.size(); ++i) {
        const auto& s = r.split[i];
        bars.push_back({s.org, pounds(s.total_pv_pence), gbp(s.total_pv_pence) + " (" + format_share(s.share) + ")",
                        colour::kSeries[i % 8]});
    }
    if (view.selected_org >= 0) {
        const auto& s = r.split[std::size_t(view.selected_org)];
        gap(4);
        ImGui::PushFont(ctx.fonts().bold);
        ui::text(("How " + s.org + "'s share is worked out").c_str());
        ImGui::PopFont();
        std::string workings = s.explanation;   // core's phrase, made a sentence of its own here
        if (!workings.empty()) workings[0] = char(std::toupper(static_cast<unsigned char>(workings[0])));
        paragraph((workings + ".").c_str());
    }
    horizontal_bars("split_bars", bars, 26.0f, content_width());
    card_end();
}

void export_section(AppContext& ctx, const Outcome& o, const std::string& scenario_name) {
    const auto& r = *o.result;
    card_begin("export");
    section_heading(ctx.fonts(), "Share or keep this scenario");
    hint_text("The printable page and the CSV files hold the same figures and workings as this screen. The request file "
              "keeps the inputs, so the same figures can be worked out again later.");
    std::string base = "value-share-" + slug(scenario_name);
    DisabledFor refused(refusal_reason(refusals_here()));
    if (primary_button("Print or save as PDF")) ctx.platform().open_printable(value::value_to_html(r));
    ImGui::SameLine();
    if (secondary_button("Download HTML")) {
        ctx.platform().save_file(base + ".html", "text/html", value::value_to_html(r));
        ctx.toast("Downloaded " + base + ".html.", ToastKind::success);
    }
    ImGui::SameLine();
    if (secondary_button("Download CSV")) {
        ctx.platform().save_file(base + ".csv", "text/csv", value::value_to_csv(r));
        ctx.toast("Downloaded " + base + ".csv.", ToastKind::success);
    }
    ImGui::SameLine();
    if (secondary_button("Download split (CSV)")) {
        ctx.platform().save_file(base + "-split.csv", "text/csv", value::split_to_csv(r));
        ctx.toast("Downloaded " + base + "-split.csv.", ToastKind::success);
    }
    ImGui::SameLine();
    if (secondary_button("Download result (JSON)")) {
        ctx.platform().save_file(base + "-result.json", "application/json", value::value_to_json(r).dump(2) + "\n");
        ctx.toast("Downloaded " + base + "-result.json.", ToastKind::success);
    }
    ImGui::SameLine();
    if (secondary_button("Download request (JSON)")) {
        ctx.platform().save_file(base + "-request.json", "application/json", o.request_text);
        ctx.toast("Downloaded " + base + "-request.json.", ToastKind::success);
    }
    card_end();
}

}  // namespace

void draw_headline(AppContext& ctx, const Outcome& o, ResultsView& view) {
    if (!o.ok()) {
        card_begin("paused");
        ImGui::PushFont(ctx.fonts().bold);
        ui::text("Results are paused until this is fixed");
        ImGui::PopFont();
        error_text(refusal_sentence(describe_pointer(o.error_pointer), o.error_message));
        hint_text("Your inputs are kept. The field concerned is marked in its section below.");
        card_end();
        return;
    }
    // A refused entry changed nothing: the figures use the last valid value, and say so above them.
    draw_refusals(refusals_here());
    const auto figs = figures(*o.result);
    const float spacing = 12.0f, height = 92.0f, inset = 14.0f;
    const float width = ImGui::GetContentRegionAvail().x;
    // As many tiles a row as fit with every title, figure and caption whole (found by a new user at 1024 px
    // wide: "if every payment is mad" was cut off); the rest go on the next row.
    float need = 0;
    for (const Figure& f : figs) {
        need = std::max({need, ImGui::CalcTextSize(f.title).x, ImGui::CalcTextSize(f.caption).x});
        if (ImFont* bold = ctx.fonts().bold) need = std::max(need, bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, f.value.c_str()).x);
    }
    need += 2 * inset;
    const std::size_t fit = std::clamp<std::size_t>(std::size_t((width + spacing) / (need + spacing)), 1, figs.size());
    const std::size_t rows = (figs.size() + fit - 1) / fit;
    const std::size_t per_row = (figs.size() + rows - 1) / rows;   // rows as even as they can be: 3 and 2, not 4 and 1
    const float tile = (width - spacing * float(per_row - 1)) / float(per_row);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < figs.size(); ++i) {
        const Figure& f = figs[i];
        const float col = float(i % per_row), row = float(i / per_row);
        ImVec2 a(start.x + col * (tile + spacing), start.y + row * (height + spacing)), b(a.x + tile, a.y + height);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(int(i));
        bool clicked = ImGui::InvisibleButton("figure", ImVec2(tile, height));
        // The logged name carries the figure, as a screen reader would read it ("NHS share: 40%").
        name_last_item(std::string(f.title) + ": " + f.value);
        sem::live_value(std::string("value.") + f.title, std::string(f.title) + ": " + f.value);
        bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (clicked) view.open_figure = view.open_figure == int(i) ? -1 : int(i);
        bool open = view.open_figure == int(i);
        dl->AddRectFilled(a, b, colour::rgb(open ? colour::kPaleBlue : colour::kWhite), 6.0f);
        dl->AddRect(a, b, colour::rgb(open || hovered ? colour::kNhsBlue : colour::kPaleGrey), 6.0f, 0, open ? 2.0f : 1.0f);
        dl->AddText(ImVec2(a.x + inset, a.y + 10), colour::rgb(colour::kSecondaryText), f.title);
        ImFont* big = ctx.fonts().heading;
        float size = big ? big->FontSize : ImGui::GetFontSize();
        if (big && big->CalcTextSizeA(size, FLT_MAX, 0, f.value.c_str()).x > tile - 2 * inset) big = ctx.fonts().bold;
        if (big) size = big->FontSize;
        dl->AddText(big, size, ImVec2(a.x + inset, a.y + 34), colour::rgb(colour::kText), f.value.c_str());
        dl->AddText(ImVec2(a.x + inset, a.y + 64), colour::rgb(colour::kSecondaryText), f.caption);
        if (hovered && !open) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
            ui::text(f.workings.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + float(rows) * height + float(rows - 1) * spacing));
    ImGui::Dummy(ImVec2(width, 8));
    if (view.open_figure >= 0 && view.open_figure < int(figs.size())) {
        const Figure& f = figs[std::size_t(view.open_figure)];
        card_begin("workings");
        ImGui::PushFont(ctx.fonts().bold);
        ui::textf("%s: how it is worked out", f.title);
        ImGui::PopFont();
        paragraph(f.workings.c_str());
        card_end();
    } else {
        hint_text("Select a figure to see how it is worked out.");
        gap(4);
    }
}

void draw_warnings(const Outcome& o) {
    if (!o.ok()) return;
    for (const auto& w : o.result->warnings) warning_box(w.message);
}

void draw_results(AppContext& ctx, const Outcome& o, ResultsView& view, const std::string& scenario_name) {
    if (!o.ok()) return;
    const auto& r = *o.result;
    ImGui::Dummy(ImVec2(0, 8));
    section_heading(ctx.fonts(), "Results");
    hint_text("Worked out again each time an input changes.");
    gap(4);
    yearly_section(ctx, r);
    comparison_section(ctx, r, view);
    split_section(ctx, r, view);
    export_section(ctx, o, scenario_name);
}

}  // namespace ft::ui::value_ui
