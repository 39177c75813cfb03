// What the engine made of the request: the live totals, the engine's warnings, the lines, a breakdown
// chart with its data table, and the exports (printable letter, CSV, JSON, plain-text summary).
// Every figure can be selected to show how it was computed, in the engine's own words.
#include <imgui.h>

#include "base/dates.h"
#include "base/docx.h"
#include "quote/quote_export.h"
#include "shell/error_words.h"
#include "screens/quote/quote_model.h"
#include "shell/widgets.h"

namespace ft::ui::quote_ui {
namespace {

struct TotalRow {
    const char* key;
    const char* label;
    Pence amount;
    const std::string* explanation;
};

std::vector<TotalRow> total_rows(const quote::Quote& q) {
    const auto& x = q.explanation;
    return {{"direct", "Direct cost", q.direct_pence, &x.direct},
            {"overhead", "Overhead", q.overhead_pence, &x.overhead},
            {"waiver", "Waiver", -q.waiver_pence, &x.waiver},
            {"net", "Net", q.net_pence, &x.net},
            {"vat", "VAT", q.vat_pence, &x.vat},
            {"total", "Total", q.total_pence, &x.total}};
}

std::string file_stem(const quote::Quote& q) { return "quote-" + q.reference; }

// Places buttons left to right, starting a new line when the next would pass `right` (screen x).
class ButtonFlow {
public:
    explicit ButtonFlow(float right) : right_(right) {}
    void next(const char* label) {
        float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first_) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right_) ImGui::NewLine();
        }
        first_ = false;
    }

private:
    float right_;
    bool first_ = true;
};

void draw_exports(DrawContext& dc, const QuoteEntry& e, const quote::Quote& q, float inner) {
    Platform& pf = dc.app.platform();
    // No letter or file goes out while a field of this quote shows a refused entry: it would not say what is on show.
    DisabledFor refused(refusal_reason(refusals_here()));
    ButtonFlow flow(ImGui::GetCursorScreenPos().x + inner);
    flow.next("Print letter");
    if (secondary_button("Print letter")) pf.open_printable(quote::quote_html(q));
    ui::item_tooltip("Opens the quote as a letter in a new tab, ready to print or save as PDF");
    flow.next("Download letter");
    if (secondary_button("Download letter")) {
        pf.save_file(file_stem(q) + ".html", "text/html", quote::quote_html(q));
        dc.app.toast("Letter downloaded as " + file_stem(q) + ".html.", ToastKind::success);
    }
    flow.next("Download letter (Word)");
    if (secondary_button("Download letter (Word)")) {
        pf.save_file(file_stem(q) + ".docx", docx::kMediaType, quote::quote_docx(q));
        dc.app.toast("Letter downloaded as " + file_stem(q) + ".docx, to put on your letterhead.", ToastKind::success);
    }
    flow.next("Download CSV");
    if (secondary_button("Download CSV")) {
        pf.save_file(file_stem(q) + ".csv", "text/csv", quote::quote_csv(q));
        dc.app.toast("Lines and totals downloaded as " + file_stem(q) + ".csv.", ToastKind::success);
    }
    flow.next("Download quote JSON");
    if (secondary_button("Download quote JSON")) {
        pf.save_file(file_stem(q) + ".json", "application/json", quote::quote_to_json(q).dump(2) + "\n");
        dc.app.toast("Quote downloaded as " + file_stem(q) + ".json.", ToastKind::success);
    }
    flow.next("Download request JSON");
    if (secondary_button("Download request JSON")) {
        pf.save_file(file_stem(q) + "-request.json", "application/json", quote::quote_request_to_json(e.request).dump(2) + "\n");
        dc.app.toast("Request downloaded as " + file_stem(q) + "-request.json: `fairterms quote` prices it the same way.",
                     ToastKind::success);
    }
    flow.next("Copy letter text");
    if (secondary_button("Copy letter text")) {
        pf.set_clipboard(quote::quote_text(q));
        dc.app.toast("The letter is copied to the clipboard as text, for an email.", ToastKind::success);
    }
}

// "12.3%": part of whole, to one decimal place, rounded half away from zero.
std::string share(Pence part, Pence whole) {
    if (whole <= 0) return "-";
    auto permille = static_cast<long long>(div_round_half_away((i128)part * 1000, whole));
    return std::to_string(permille / 10) + "." + std::to_string(permille % 10) + "%";
}

struct Segment {
    std::string label;
    Pence amount;
    unsigned colour;
};

std::vector<Segment> segments(const quote::Quote& q) {
    std::vector<Segment> s;
    const std::size_t line_colours = 6;   // the last two series colours are kept for overhead and VAT
    for (std::size_t i = 0; i < q.lines.size(); ++i)
        s.push_back({q.lines[i].label, q.lines[i].amount_pence, colour::kSeries[i % line_colours]});
    if (q.overhead_pence) s.push_back({"Overhead", q.overhead_pence, colour::kSeries[6]});
    if (q.vat_pence) s.push_back({"VAT", q.vat_pence, colour::kSeries[7]});
    return s;
}

void draw_chart(const quote::Quote& q, float width) {
    std::vector<Segment> segs = segments(q);
    Pence gross = q.direct_pence + q.overhead_pence + q.vat_pence;   // total + waiver
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float bar_h = 30.0f;
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + bar_h), colour::rgb(colour::kPaleGrey), 3.0f);
    if (gross > 0) {
        // Each segment starts where the running sum puts it, so rounding never opens gaps between them.
        Pence running = 0;
        for (const auto& s : segs) {
            float x0 = p.x + width * float(double(running) / double(gross));
            running += s.amount;
            float x1 = p.x + width * float(double(running) / double(gross));
            dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + bar_h), colour::rgb(s.colour));
            if (x1 - x0 > 2) dl->AddLine(ImVec2(x1, p.y), ImVec2(x1, p.y + bar_h), colour::rgb(colour::kWhite));
        }
        if (q.waiver_pence > 0) {
            float xw = p.x + width * float(double(q.total_pence) / double(gross));
            for (float x = xw; x < p.x + width; x += 6)
                dl->AddLine(ImVec2(x, p.y + bar_h), ImVec2(std::min(x + 6, p.x + width), p.y), colour::rgb(colour::kWhite), 2.0f);
            dl->AddLine(ImVec2(xw, p.y - 4), ImVec2(xw, p.y + bar_h + 4), colour::rgb(colour::kRed), 2.0f);
        }
    }
    // Scale under the bar: nothing at the left end, the gross at the right, the total where it falls.
    float ty = p.y + bar_h + 4;
    dl->AddText(ImVec2(p.x, ty), colour::rgb(colour::kSecondaryText), format_gbp(0).c_str());
    std::string right = format_gbp(gross);
    float rw = ImGui::CalcTextSize(right.c_str()).x;
    dl->AddText(ImVec2(p.x + width - rw, ty), colour::rgb(colour::kSecondaryText), right.c_str());
    if (q.waiver_pence > 0 && gross > 0) {
        std::string t = "total after waiver " + format_gbp(q.total_pence);
        float x = p.x + width * float(double(q.total_pence) / double(gross)) - ImGui::CalcTextSize(t.c_str()).x * 0.5f;
        x = std::max(p.x + 60, std::min(x, p.x + width - rw - ImGui::CalcTextSize(t.c_str()).x - 12));
        dl->AddText(ImVec2(x, ty), colour::rgb(colour::kRed), t.c_str());
    }
    ImGui::Dummy(ImVec2(width, bar_h + ImGui::GetTextLineHeight() + 10));
    {
        // An image to a screen reader; its figures are the table that follows.
        std::string alt = "Bar of the fee's parts, " + format_gbp(q.total_pence) + " in all:";
        for (std::size_t i = 0; i < segs.size(); ++i) alt += (i ? ", " : " ") + segs[i].label;
        alt += " (figures in the table below)";
        sem::add(sem::Role::img, ImGui::GetID("##fee-bar"), alt, p.x, p.y, width, bar_h);
    }

    // The same numbers, exact, as a table.
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("chart-data", 4, flags, ImVec2(width, 0))) return;
    ImGui::TableSetupColumn("##swatch", ImGuiTableColumnFlags_WidthFixed, 18);
    ImGui::TableSetupColumn("Part of the fee", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthFixed, 140);
    ImGui::TableSetupColumn("Share of the bar", ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableHeadersRow();
    auto row = [&](const std::string& label, Pence amount, unsigned fill, bool swatch) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (swatch) {
            ImVec2 c = ImGui::GetCursorScreenPos();
            float h = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(c.x, c.y + 3), ImVec2(c.x + 12, c.y + h - 3), colour::rgb(fill), 2.0f);
        }
        ImGui::TableNextColumn();
        ui::text(label.c_str());
        ImGui::TableNextColumn();
        text_right(format_gbp(amount));
        ImGui::TableNextColumn();
        text_right(swatch ? share(amount, gross) : "");
    };
    for (const auto& s : segs) row(s.label, s.amount, s.colour, true);
    if (q.waiver_pence > 0) row("Less waiver (hatched)", -q.waiver_pence, colour::kRed, false);
    row("Total", q.total_pence, 0, false);
    ImGui::EndTable();
}

}  // namespace

void draw_live_totals(DrawContext& dc, QuoteEntry& e, float width) {
    Panel panel("totals", width);
    float inner = panel.inner_width();
    section_heading(dc.app.fonts(), "The quote");
    if (!e.priced.quote) {
        hint_text("The quote is worked out as you type. It cannot be priced until this is put right (the field is marked in the form):");
        const std::string& p = e.priced.error_pointer;
        error_text(refusal_sentence(p.empty() || p == "/" ? "" : field_words(p), e.priced.error_message));
        return;
    }
    const quote::Quote& q = *e.priced.quote;
    // A refused entry in the form changed nothing: say which value the figures below use instead.
    draw_refusals(refusals_here());
    hint_text(("Reference " + q.reference + (q.valid_until.empty() ? "" : ", valid until " + dates::long_date(q.valid_until)) + ". Rate card: " +
               q.request.card.name + ".")
                  .c_str());
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushFont(dc.app.fonts().title);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kNhsBlue));
    money_text(q.total_pence);
    sem::live_value("quote.total", "Quote total " + format_gbp(q.total_pence));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    hint_text(q.request.card.vat_applies ? "Total, including VAT" : "Total (VAT not added)");
    ImGui::Dummy(ImVec2(0, 4));

    ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("totals", 2, flags, ImVec2(inner, 0))) {
        ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthFixed, 150);
        for (const auto& t : total_rows(q)) {
            bool bold = std::string(t.key) == "total";
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (bold) ImGui::PushFont(dc.app.fonts().bold);
            std::string label = t.label;
            if (std::string(t.key) == "overhead") label += " (" + format_percent(q.request.card.overhead_rate) + ")";
            if (std::string(t.key) == "vat" && q.request.card.vat_applies) label += " (" + format_percent(q.request.card.vat_rate) + ")";
            if (ui::selectable((label + "##" + t.key).c_str(), dc.model.selected_figure == t.key, ImGuiSelectableFlags_SpanAllColumns))
                dc.model.selected_figure = dc.model.selected_figure == t.key ? "" : t.key;
            ImGui::TableNextColumn();
            text_right(format_gbp(t.amount));
            if (bold) ImGui::PopFont();
        }
        ImGui::EndTable();
    }
    bool shown = false;
    for (const auto& t : total_rows(q))
        if (dc.model.selected_figure == t.key) {
            explanation_box(std::string("How the ") + (std::string(t.key) == "vat" ? "VAT" : t.label) + " figure was computed",
                            *t.explanation, inner);
            shown = true;
        }
    if (!shown) hint_text("Select a figure to see how it was computed.");
    if (q.unrecovered_pence > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(colour::kRed));
        ui::text_wrapped("Cost left unrecovered by the waiver: %s", format_gbp(q.unrecovered_pence).c_str());
        ImGui::PopStyleColor();
    }

    if (!q.warnings.empty()) {
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::PushFont(dc.app.fonts().bold);
        ui::text("Check before sending");
        ImGui::PopFont();
        for (const auto& w : q.warnings) warning_box(w.message, inner);
    }
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(dc.app.fonts().bold);
    ui::text("Send or keep this quote");
    ImGui::PopFont();
    draw_exports(dc, e, q, inner);
}

void draw_lines_and_chart(DrawContext& dc, QuoteEntry& e, float width) {
    if (!e.priced.quote) return;
    const quote::Quote& q = *e.priced.quote;
    Panel panel("lines", width);
    float inner = panel.inner_width();
    section_heading(dc.app.fonts(), "How the fee is built");
    hint_text("Each line is a card price times a quantity from the request (a price for each data type where the card "
              "gives one), rounded once to whole pence (half away from zero). "
              "Select a line to see its arithmetic.");
    ImGui::Dummy(ImVec2(0, 4));
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (q.lines.empty()) {
        hint_text("No lines: nothing in this request has a quantity above zero.");
    } else if (ImGui::BeginTable("lines", 4, flags, ImVec2(inner, 0))) {
        ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Quantity", ImGuiTableColumnFlags_WidthFixed, 100);
        ImGui::TableSetupColumn("Unit price", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthFixed, 140);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        const char* headers[] = {"Line", "Quantity", "Unit price", "Amount"};
        for (int c = 0; c < 4; ++c) {
            ImGui::TableNextColumn();
            if (c == 0) ui::text(headers[c]);
            else text_right(headers[c]);
        }
        for (std::size_t i = 0; i < q.lines.size(); ++i) {
            const auto& l = q.lines[i];
            std::string key = "line:" + std::to_string(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ui::selectable((l.label + "##line" + std::to_string(i)).c_str(), dc.model.selected_figure == key,
                                  ImGuiSelectableFlags_SpanAllColumns))
                dc.model.selected_figure = dc.model.selected_figure == key ? "" : key;
            ImGui::TableNextColumn();
            text_right(l.quantity.to_string());
            ImGui::TableNextColumn();
            text_right(quote::unit_price_text(l));
            ImGui::TableNextColumn();
            text_right(format_gbp(l.amount_pence));
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(dc.app.fonts().bold);
        ui::text("Direct cost");
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        text_right(format_gbp(q.direct_pence));
        ImGui::PopFont();
        ImGui::EndTable();
    }
    for (std::size_t i = 0; i < q.lines.size(); ++i)
        if (dc.model.selected_figure == "line:" + std::to_string(i)) {
            const auto& l = q.lines[i];
            explanation_box("How \"" + l.label + "\" was computed", l.explanation + (l.note.empty() ? "" : "\n" + l.note), inner);
        }

    ImGui::Dummy(ImVec2(0, 8));
    ImGui::PushFont(dc.app.fonts().bold);
    ui::text("Breakdown");
    ImGui::PopFont();
    hint_text("Where the money goes: each line, the overhead and any VAT, as parts of one bar. A waiver is hatched at the end.");
    ImGui::Dummy(ImVec2(0, 4));
    draw_chart(q, inner);
}

}  // namespace ft::ui::quote_ui
