// Quote screen: quick, defensible access-fee quotes from rate cards (issue 3).
//
// This file holds the screen itself: its workspace parts, the list of named quotes (new, duplicate,
// delete, tick to compare), the side-by-side comparison and the page layout. The form, the rate card
// chooser and editor, and the results each live in their own quote_*.cpp file.
#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "shell/error_words.h"
#include "screens/quote/quote_model.h"
#include "screens/screens.h"
#include "shell/caps.h"
#include "shell/visible_rows.h"
#include "shell/semantics.h"
#include "shell/widgets.h"

namespace ft::ui {
namespace quote_ui {

void DrawContext::changed(QuoteEntry& entry) {
    entry.dirty = true;
    entry.example = false;
    model.reprice_changed();
    app.mark_changed();
}

namespace {

std::string total_or_dash(const QuoteEntry& e) {
    return e.priced.quote ? format_gbp(e.priced.quote->total_pence) : "not priced yet";
}

}  // namespace

void draw_quote_list(DrawContext& dc, float width) {
    QuoteModel& m = dc.model;
    Panel panel("quote-list", width);
    section_heading(dc.app.fonts(), "Your quotes");
    hint_text("Each quote is kept in this workspace. Pick one to edit it below; tick two or more to compare them side by side.");
    ImGui::Dummy(ImVec2(0, 4));

    if (secondary_button("New quote") && room_for_one_more(dc.app, m.quotes.size(), limits::kMaxQuotes, limits::kQuotesNoun)) {
        QuoteEntry e;
        e.name = m.unique_name("New quote");
        e.request = blank_request(dc.app.today());
        m.quotes.push_back(std::move(e));
        m.current = m.quotes.size() - 1;
        m.selected_figure.clear();
        m.reprice_changed();
        dc.app.mark_changed();
    }
    QuoteEntry* cur = m.current_entry();
    if (cur) {
        ImGui::SameLine();
        if (secondary_button("Duplicate quote") &&
            room_for_one_more(dc.app, m.quotes.size(), limits::kMaxQuotes, limits::kQuotesNoun)) {
            QuoteEntry copy = *cur;
            copy.name = m.unique_name(cur->name + " (copy)");
            copy.example = false;
            copy.compare = false;
            m.quotes.insert(m.quotes.begin() + std::ptrdiff_t(m.current + 1), std::move(copy));
            ++m.current;
            dc.app.mark_changed();
            cur = m.current_entry();
        }
        ImGui::SameLine();
        if (danger_button("Delete quote")) {
            dc.app.push_undo("Deleted quote \"" + cur->name + "\"");
            m.quotes.erase(m.quotes.begin() + std::ptrdiff_t(m.current));
            if (m.current >= m.quotes.size() && m.current > 0) --m.current;
            m.selected_figure.clear();
            dc.app.mark_changed();
        }
    }
    ImGui::Dummy(ImVec2(0, 4));

    if (m.quotes.empty()) {
        hint_text("There are no quotes in this workspace. Choose \"New quote\" to start one.");
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    // On a narrow panel (a large UI size) the partner, use and rate card columns are left out: the quote's
    // own form below shows them, and six columns cannot fit.
    const ImGuiTableColumnFlags wide_only = panel.inner_width() < 620.0f ? ImGuiTableColumnFlags_Disabled : 0;
    if (ImGui::BeginTable("quotes", 6, flags, ImVec2(panel.inner_width(), 0))) {
        ImGui::TableSetupColumn("##compare", ImGuiTableColumnFlags_WidthFixed, 104);
        ImGui::TableSetupColumn("Quote", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("Partner", ImGuiTableColumnFlags_WidthStretch | wide_only, 1.6f);
        ImGui::TableSetupColumn("Use", ImGuiTableColumnFlags_WidthFixed | wide_only, 116);
        ImGui::TableSetupColumn("Rate card", ImGuiTableColumnFlags_WidthFixed | wide_only, 150);
        ImGui::TableSetupColumn("Total", ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableHeadersRow();
        // Up to 500 quotes: only the rows in view are drawn (shell/visible_rows.h).
        visible_rows(int(m.quotes.size()), int(m.current), [&](int row) {
            std::size_t i = std::size_t(row);
            QuoteEntry& e = m.quotes[i];
            // Not PushID(i) alone: the header of column i has the id (i, its label), and column 0 is "Compare".
            ImGui::PushID("row");
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            if (i == m.current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colour::rgb(colour::kPaleBlue));
            ImGui::TableSetColumnIndex(0);
            if (ui::checkbox("Compare", &e.compare)) dc.app.mark_changed();
            sem::set_name(ImGui::GetID("Compare"), "Compare " + e.name);   // which quote, for a screen reader's list
            ImGui::TableSetColumnIndex(1);
            if (ui::selectable(e.name.c_str(), i == m.current)) {
                if (m.current != i) m.selected_figure.clear();
                m.current = i;
                m.name_error.clear();
            }
            // (a column left out on a narrow panel draws nothing, and so records nothing)
            // A long partner name is cut with an ellipsis (its whole name in the tooltip and the mirror): it
            // ran past the list's card, or broke inside a word in a narrow column (found by a new user).
            if (ImGui::TableSetColumnIndex(2))
                ui::text_fitted(e.request.partner.name.empty() ? "(no partner yet)" : e.request.partner.name);
            if (ImGui::TableNextColumn()) ui::text(e.request.use == quote::Use::commercial ? "Commercial" : "Non-commercial");
            if (ImGui::TableNextColumn()) ui::text_wrapped("%s", e.request.card.name.c_str());   // its published name, never its file id
            ImGui::TableNextColumn();
            text_right(total_or_dash(e));
            ImGui::PopID();
            ImGui::PopID();
        });
        ImGui::EndTable();
    }
}

void draw_comparison(DrawContext& dc, float width) {
    std::vector<const QuoteEntry*> chosen;
    for (const auto& e : dc.model.quotes)
        if (e.compare) chosen.push_back(&e);
    if (chosen.size() < 2) return;

    Panel panel("comparison", width);
    section_heading(dc.app.fonts(), "Comparison");
    hint_text("The ticked quotes side by side: every line and total, from the same engine as each quote. A dash means the quote has no such line.");
    ImGui::Dummy(ImVec2(0, 4));

    // Rows: every line any chosen quote has, in first-seen order, keyed by kind and id.
    struct Row { std::string key, label; };
    std::vector<Row> rows;
    for (const auto* e : chosen) {
        if (!e->priced.quote) continue;
        for (const auto& l : e->priced.quote->lines) {
            std::string key = l.kind + ":" + l.id;
            if (std::none_of(rows.begin(), rows.end(), [&](const Row& r) { return r.key == key; })) rows.push_back({key, l.label});
        }
    }
    int columns = int(chosen.size()) + 1;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                            ImGuiTableFlags_ScrollX;
    float height = ImGui::GetTextLineHeightWithSpacing() * float(rows.size() + 13) + 16;
    if (!ImGui::BeginTable("compare", columns, flags, ImVec2(panel.inner_width(), height))) return;
    ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthFixed, 380);
    for (const auto* e : chosen) ImGui::TableSetupColumn(e->name.c_str(), ImGuiTableColumnFlags_WidthFixed, 250);
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableHeadersRow();

    auto text_row = [&](const char* label, auto cell) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text(label);
        for (const auto* e : chosen) {
            ImGui::TableNextColumn();
            cell(*e);
        }
    };
    auto money_row = [&](const char* label, Pence quote::Quote::*field, bool bold) {
        if (bold) ImGui::PushFont(dc.app.fonts().bold);
        text_row(label, [&](const QuoteEntry& e) { text_right(e.priced.quote ? format_gbp(*e.priced.quote.*field) : "not priced"); });
        if (bold) ImGui::PopFont();
    };
    text_row("Partner", [](const QuoteEntry& e) { ui::text_fitted(e.request.partner.name); });
    text_row("Use", [](const QuoteEntry& e) {
        ui::text(e.request.use == quote::Use::commercial ? "Commercial" : "Non-commercial");
    });
    text_row("Rate card", [](const QuoteEntry& e) { ui::text_wrapped("%s", e.request.card.name.c_str()); });
    text_row("Duration", [](const QuoteEntry& e) { ui::textf("%lld months", static_cast<long long>(e.request.duration_months)); });
    for (const auto& row : rows) {
        text_row(row.label.c_str(), [&](const QuoteEntry& e) {
            if (!e.priced.quote) { text_right("not priced"); return; }
            for (const auto& l : e.priced.quote->lines)
                if (l.kind + ":" + l.id == row.key) { text_right(format_gbp(l.amount_pence)); return; }
            text_right("-");
        });
    }
    money_row("Direct cost", &quote::Quote::direct_pence, false);
    money_row("Overhead", &quote::Quote::overhead_pence, false);
    money_row("Waiver", &quote::Quote::waiver_pence, false);
    money_row("Net", &quote::Quote::net_pence, false);
    money_row("VAT", &quote::Quote::vat_pence, false);
    money_row("Total", &quote::Quote::total_pence, true);
    ImGui::EndTable();
    for (const auto* e : chosen)
        if (!e->priced.quote)
            error_text("\"" + e->name + "\" cannot be priced yet. " + refusal_sentence(field_words(e->priced.error_pointer), e->priced.error_message));
}

}  // namespace quote_ui

namespace {

using namespace quote_ui;

class QuoteScreen final : public Screen {
public:
    // Start-up (issue 14): the example quote (priced from a built-in rate card, which must be read first) is
    // made when the screen is first needed (drawn, saved, asked for its quotes), not when the app is built:
    // a restored autosave replaces it unseen, and a first start draws Home before anything needs it.
    QuoteScreen() = default;

    ScreenId id() const override { return ScreenId::quote; }
    const char* nav_label() const override { return "Quote"; }
    const char* nav_hint() const override { return "Access fees"; }

    void save(ojson& workspace) const override { save_model(ready(), workspace); }
    void load(const json& workspace) override {
        load_model(model_, workspace);
        loaded_ = true;
    }
    std::string left_out_on_load() const override { return model_.left_out; }

    void on_file_opened(const std::string& purpose, const std::string& name, const std::string& bytes, AppContext& ctx) override {
        if (purpose != "Quote:rate-card") return;
        DrawContext dc{ctx, ready()};
        import_rate_card(dc, name, bytes);
    }

    const QuoteModel& model() const { return ready(); }

    void draw(AppContext& ctx) override {
        DrawContext dc{ctx, ready()};
        for (const auto& msg : model_.load_problems) ctx.toast(msg, ToastKind::error);
        model_.load_problems.clear();
        // The example has no date until the shell can say what today is. Any edit makes it an ordinary quote
        // (DrawContext::changed), so an example is never a quote the user chose to leave undated: it is dated
        // today whenever it is shown, after a reload or an opened file too (a reload used to leave it undated,
        // and its letter said "Date: Not stated").
        for (auto& e : model_.quotes)
            if (e.example && e.request.date.empty()) { e.request.date = ctx.today(); e.dirty = true; }
        // Every quote is a letter from the organisation in the profile on the Home screen.
        // Compared field by field: two JSON documents per quote per frame cost milliseconds at 500 quotes.
        const org::Organisation& issuer = organisation_profile(ctx);
        auto same = [](const org::Organisation& a, const org::Organisation& b) {
            return a.name == b.name && a.address == b.address && a.contact_name == b.contact_name && a.email == b.email &&
                   a.telephone == b.telephone && a.signatory == b.signatory && a.signatory_role == b.signatory_role;
        };
        for (auto& q : model_.quotes)
            if (!same(q.request.issuer, issuer)) { q.request.issuer = issuer; q.dirty = true; }
        model_.reprice_changed();

        page_header(ctx.fonts(), "Quote",
                    "Access fees from rate cards, under the Value Sharing Framework: the fee recovers the cost of access, "
                    "depends on the work and the use, never on who the partner is, and shows how every pound was computed.");
        float width = std::floor(ImGui::GetContentRegionAvail().x);
        draw_quote_list(dc, width);
        draw_comparison(dc, width);
        QuoteEntry* e = model_.current_entry();
        if (!e) return;
        // The quote's fields and its exports: an export is disabled while one of its fields is refused.
        ui::RefusalScope refusal_scope("quote:" + std::to_string(model_.current));

        const float gap = 20.0f;
        bool side_by_side = width >= 860.0f;
        float left = side_by_side ? std::floor((width - gap) * 0.6f) : width;
        float right = side_by_side ? width - left - gap : width;
        ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        draw_rate_card_section(dc, *e, left);
        draw_request_form(dc, *e, left);
        ImGui::EndGroup();
        float bottom = ImGui::GetItemRectMax().y;
        if (side_by_side) {
            ImGui::SetCursorScreenPos(ImVec2(top.x + left + gap, top.y));
            ImGui::BeginGroup();
            draw_live_totals(dc, *e, right);
            ImGui::EndGroup();
            bottom = std::max(bottom, ImGui::GetItemRectMax().y);
            ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
            ImGui::Dummy(ImVec2(width, 12));
        } else {
            draw_live_totals(dc, *e, width);
        }
        if (model_.current_entry() == e) draw_lines_and_chart(dc, *e, width);
    }

private:
    // The model, with the example in it if nothing was loaded yet (see the constructor).
    QuoteModel& ready() const {
        if (!loaded_) {
            load_model(model_, json::object());
            loaded_ = true;
        }
        return model_;
    }

    mutable QuoteModel model_;
    mutable bool loaded_ = false;
};

}  // namespace

const quote_ui::QuoteModel* quote_ui::model_of(const Screen* screen) {
    auto* q = dynamic_cast<const QuoteScreen*>(screen);
    return q ? &q->model() : nullptr;
}

std::unique_ptr<Screen> make_quote_screen() { return std::make_unique<QuoteScreen>(); }

}  // namespace ft::ui
