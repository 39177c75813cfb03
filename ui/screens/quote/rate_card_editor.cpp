// The rate card a quote is priced from: choose a built-in or your own card, see where its figures come
// from, copy a card to edit its prices, and import or export cards as "fairterms/rate-card@1" JSON.
//
// A quote on a built-in card names it by id; a quote on the user's own card carries the whole card inline
// (and no id), so the saved request prices the same anywhere. Editing an own card updates every quote on it.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "base/dates.h"
#include "screens/quote/quote_model.h"
#include "shell/error_words.h"
#include "shell/widgets.h"

namespace ft::ui::quote_ui {
namespace {

const Decimal kHundred = Decimal::from_int(100);
const Decimal kHundredth = Decimal::from_units(Decimal::kScale / 100);

// Moves a quote onto `card`, keeping what still fits: unknown data types take the card's first type and
// staff time for roles the card has no rate for is removed (and the user is told).
void use_card(DrawContext& dc, QuoteEntry& e, const quote::RateCard& card, bool builtin) {
    e.request.rate_card_id = builtin ? card.id : "";
    e.request.card = card;
    int retyped = 0;
    for (auto& d : e.request.datasets)
        if (!card.factor(d.data_type) && !card.data_type_factors.empty()) {
            d.data_type = card.data_type_factors.front().data_type;
            ++retyped;
        }
    auto& staff = e.request.staff_days;
    std::size_t before = staff.size();
    staff.erase(std::remove_if(staff.begin(), staff.end(), [&](const quote::StaffDays& s) { return !card.day_rate(s.role); }),
                staff.end());
    std::string told;
    if (retyped) told += std::to_string(retyped) + " dataset(s) now use the data type \"" + card.data_type_factors.front().data_type + "\". ";
    if (staff.size() != before) told += "Staff time for roles this card has no day rate for was removed. ";
    if (!told.empty()) dc.app.toast("Rate card changed to \"" + card.name + "\". " + told, ToastKind::info);
    dc.changed(e);
}

void card_facts(const quote::RateCard& c) {
    hint_text(("Source: " + c.source).c_str());
    hint_text(("Valid from " + dates::long_date(c.valid_from) + ". Overhead " + format_percent(c.overhead_rate) + ". VAT " +
               (c.vat_applies ? format_percent(c.vat_rate) + " added" : std::string("not added")) + ".")
                  .c_str());
    if (!c.note.empty()) hint_text(c.note.c_str());
}

void draw_editor(DrawContext& dc, QuoteEntry& e, quote::RateCard& c, float inner) {
    bool changed = false;
    ImGui::SetNextItemWidth(inner * 0.6f);
    changed |= ui::input_text("Card name", &c.name);
    changed |= input_date("Valid from", c.valid_from, true, 160);
    ImGui::SameLine();
    hint_text("e.g. 31/03/2027");
    field_error(e, "/rate_card/name");
    field_error(e, "/rate_card/valid_from");

    ImGui::Dummy(ImVec2(0, 4));
    ui::text("Item prices");
    for (std::size_t i = 0; i < c.items.size(); ++i) {
        auto& it = c.items[i];
        ImGui::PushID(int(i));
        if (it.price_by_data_type.empty()) {
            std::string label = it.label + "##price";
            changed |= input_pounds(label.c_str(), it.unit_price_pence, 130, quote::kMaxUnitPricePence);
            std::string how = driver_words(it.driver) + (it.data_type_scaled ? ", scaled by the data type factor" : "");
            ImGui::SameLine(0, 10);
            hint_text(how.c_str());
        } else {
            // The tariff's own figure for each data type, one field each.
            hint_text((it.label + ": " + driver_words(it.driver) + ", priced by data type").c_str());
            for (std::size_t t = 0; t < it.price_by_data_type.size(); ++t) {
                auto& p = it.price_by_data_type[t];
                ImGui::PushID(int(t));
                std::string label = it.label + ", " + p.data_type + "##typed";
                changed |= input_pounds(label.c_str(), p.pence, 130, quote::kMaxUnitPricePence);
                ImGui::PopID();
            }
        }
        ImGui::Indent(138);
        if (it.driver == quote::Driver::per_extra_output_check) {
            long long allowance = it.allowance_per_user_month;
            if (input_whole("Checks included per user per month", allowance, 0, 100000, 90)) {
                it.allowance_per_user_month = allowance;
                changed = true;
            }
        }
        ImGui::Unindent(138);
        ImGui::PopID();
    }
    field_error(e, "/rate_card/items");

    if (!c.day_rates.empty()) {
        ImGui::Dummy(ImVec2(0, 4));
        ui::text("Staff day rates");
        for (std::size_t i = 0; i < c.day_rates.size(); ++i) {
            ImGui::PushID(int(i));
            std::string label = c.day_rates[i].role + "##rate";
            changed |= input_pounds(label.c_str(), c.day_rates[i].pence_per_day, 130, quote::kMaxDayRatePence);
            ImGui::PopID();
        }
        field_error(e, "/rate_card/day_rates_pence");
    }

    bool uses_factors = std::any_of(c.items.begin(), c.items.end(), [](const quote::RateItem& it) { return it.data_type_scaled; });
    if (!c.data_type_factors.empty() && uses_factors) {
        ImGui::Dummy(ImVec2(0, 4));
        ui::text("Data type factors");
        for (std::size_t i = 0; i < c.data_type_factors.size(); ++i) {
            ImGui::PushID(int(i));
            std::string label = c.data_type_factors[i].data_type + "##factor";
            changed |= input_decimal(label.c_str(), c.data_type_factors[i].factor, 4, Decimal::from_int(0),
                                     Decimal::from_int(quote::kMaxFactor), 130);
            ImGui::PopID();
        }
        field_error(e, "/rate_card/data_type_factors");
    }

    ImGui::Dummy(ImVec2(0, 4));
    ui::text("Overhead and VAT");
    Decimal overhead = c.overhead_rate * kHundred;
    if (input_decimal("Overhead (%)", overhead, 2, Decimal::from_int(0), Decimal::from_int(quote::kMaxOverheadRate * 100), 130)) {
        c.overhead_rate = overhead * kHundredth;
        changed = true;
    }
    changed |= ui::checkbox("Add VAT", &c.vat_applies);
    Decimal vat = c.vat_rate * kHundred;
    if (input_decimal("VAT rate (%)", vat, 2, Decimal::from_int(0), kHundred, 130)) {
        c.vat_rate = vat * kHundredth;
        changed = true;
    }
    if (!c.vat_note.empty()) hint_text(c.vat_note.c_str());
    // Anything the engine refused that has no field of its own above.
    const std::string& p = e.priced.error_pointer;
    bool placed = false;
    for (const char* own_field : {"/rate_card/name", "/rate_card/valid_from", "/rate_card/items", "/rate_card/day_rates_pence",
                                  "/rate_card/data_type_factors"})
        placed |= p.rfind(own_field, 0) == 0;
    if (!placed) field_error(e, "/rate_card");

    if (changed) {
        dc.model.propagate_card(c);
        dc.model.reprice_changed();
        dc.app.mark_changed();
    }
}

}  // namespace

void import_rate_card(DrawContext& dc, const std::string& file_name, const std::string& bytes) {
    QuoteModel& m = dc.model;
    quote::RateCard card;
    try {
        json doc = parse_json_input(bytes);
        card = quote::parse_rate_card(Field(doc, ""));
    } catch (const InputError& e) {
        m.card_import_error = "\"" + file_name + "\" was not imported: " + error_in_words(e.pointer, e.message);
        dc.app.toast(m.card_import_error, ToastKind::error);
        return;
    }
    m.card_import_error.clear();
    if (quote::find_builtin_rate_card(card.id)) card.id = m.unique_card_id(card.id + "-imported");
    if (quote::RateCard* existing = m.custom_card(card.id)) {
        dc.app.push_undo("Replaced rate card \"" + existing->name + "\" with \"" + file_name + "\"");
        *existing = card;
        m.propagate_card(card);
    } else {
        dc.app.push_undo("Imported rate card \"" + card.name + "\"");
        m.custom_cards.push_back(card);
    }
    if (QuoteEntry* e = m.current_entry()) use_card(dc, *e, card, false);
    m.reprice_changed();
    dc.app.mark_changed();
    dc.app.toast("Imported rate card \"" + card.name + "\" and used it for this quote.", ToastKind::success);
}

void draw_rate_card_section(DrawContext& dc, QuoteEntry& e, float width) {
    QuoteModel& m = dc.model;
    quote::RateCard* own = e.request.rate_card_id.empty() ? m.custom_card(e.request.card.id) : nullptr;
    {
        Panel p("rate-card", width);
        section_heading(dc.app.fonts(), "Rate card");
        hint_text("The prices the quote is built from. Built-in cards name their published source; copy one to change its prices.");
        ImGui::Dummy(ImVec2(0, 2));
        ui::RadioGroup question("Rate card");   // each card under its own id, one question
        int id = 0;
        const std::vector<quote::RateCard>& builtin = quote::builtin_rate_cards();
        for (const auto& c : builtin) {
            ImGui::PushID(id++);
            if (ui::radio_button(c.name.c_str(), e.request.rate_card_id == c.id) && e.request.rate_card_id != c.id)
                use_card(dc, e, c, true);
            ImGui::PopID();
        }
        for (std::size_t i = 0; i < m.custom_cards.size(); ++i) {
            ImGui::PushID(id++);
            const quote::RateCard& c = m.custom_cards[i];
            bool selected = e.request.rate_card_id.empty() && e.request.card.id == c.id;
            if (ui::radio_button(c.name.c_str(), selected) && !selected) {
                quote::RateCard copy = c;
                use_card(dc, e, copy, false);
            }
            ImGui::PopID();
        }
        if (e.request.rate_card_id.empty() && !own) {
            ui::radio_button((e.request.card.name + "##inline").c_str(), true);
            ImGui::SameLine();
            pill("Kept in this quote", colour::kPaleBlue, colour::kNhsBlue);
        }
        own = e.request.rate_card_id.empty() ? m.custom_card(e.request.card.id) : nullptr;
        ImGui::Dummy(ImVec2(0, 4));
        if (own) hint_text("Your own card, kept in this workspace and carried in full by every quote that uses it.");
        card_facts(e.request.card);
        if (!own) field_error(e, "/rate_card");   // an own card shows its errors in the editor, by the field
        ImGui::Dummy(ImVec2(0, 4));

        if (secondary_button("Copy and edit")) {
            quote::RateCard copy = e.request.card;
            copy.id = m.unique_card_id(copy.id + "-own");
            copy.name = "Copy of " + copy.name;
            if (copy.name.size() > 200) copy.name.resize(200);
            m.custom_cards.push_back(copy);
            use_card(dc, e, copy, false);
            own = m.custom_card(copy.id);
            dc.app.toast("Copied the card. Its prices are now yours to edit below; the quote uses your copy.", ToastKind::success);
        }
        ImGui::SameLine();
        if (secondary_button("Import card\xE2\x80\xA6")) dc.app.platform().open_file("Quote:rate-card", ".json,application/json");
        ImGui::SameLine();
        if (secondary_button("Export card")) {
            dc.app.platform().save_file(e.request.card.id + ".json", "application/json",
                                        quote::rate_card_to_json(e.request.card).dump(2) + "\n");
            dc.app.toast("Rate card downloaded as " + e.request.card.id + ".json.", ToastKind::success);
        }
        error_text(m.card_import_error);
    }
    if (!own) return;
    Panel p("card-editor", width);
    section_heading(dc.app.fonts(), "Edit your card");
    hint_text("Changes apply at once to every quote that uses this card. Each figure is refused inline if it is not a valid amount.");
    ImGui::Dummy(ImVec2(0, 2));
    draw_editor(dc, e, *own, p.inner_width());
    ImGui::Dummy(ImVec2(0, 6));
    if (danger_button("Delete card")) {
        dc.app.push_undo("Deleted rate card \"" + own->name + "\"");
        std::string id = own->id;
        m.custom_cards.erase(std::remove_if(m.custom_cards.begin(), m.custom_cards.end(),
                                            [&](const quote::RateCard& c) { return c.id == id; }),
                             m.custom_cards.end());
        dc.app.mark_changed();
        // Quotes on the card keep their own copy of it, so their figures do not change.
    }
}

}  // namespace ft::ui::quote_ui
