// The Value share screen's inputs: contributions, maturity, forecast and discounting, mechanisms.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "shell/error_words.h"
#include "screens/value/value_parts.h"
#include "shell/widgets.h"

namespace ft::ui::value_ui {
namespace {

const Decimal kZero;
const Decimal kOne = Decimal::from_int(1);
constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;

std::string row_name(const char* what, std::size_t i) { return std::string(what) + ", row " + std::to_string(i + 1); }

void gap(float h = 8.0f) { ImGui::Dummy(ImVec2(0, h)); }

// A combo whose choices are plain strings; returns true when another was picked.
bool choice(const char* id, const std::string& name, const std::vector<std::string>& labels, std::size_t& index,
            float width) {
    bool changed = false;
    ImGuiID item = ImGui::GetID(id);
    ImGui::SetNextItemWidth(width);
    if (ui::begin_combo(id, labels[index].c_str())) {
        for (std::size_t k = 0; k < labels.size(); ++k) {
            if (ui::selectable(labels[k].c_str(), k == index) && k != index) {
                index = k;
                changed = true;
            }
        }
        ui::end_combo();
    }
    name_item(item, name);
    return changed;
}

// narrow: the table has two columns (see draw_contributions), party, organisation and contribution stacked in
// the first and the weight and Remove in the second.
bool contribution_row(Draft& d, std::size_t i, bool& remove, std::vector<std::string>& refused, bool narrow) {
    ContributionRow& c = d.contributions[i];
    bool changed = false;
    ImGui::PushID(int(i));
    ImGui::TableNextRow();
    auto cell = [narrow](int wide_column) { if (!narrow || wide_column == 0 || wide_column == 3) ImGui::TableNextColumn(); };

    cell(0);
    std::size_t party = c.nhs ? 0 : 1;
    if (choice("##party", row_name("Party", i), {"NHS", "Partner"}, party, 110)) {
        c.nhs = party == 0;
        changed = true;
    }

    cell(1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ui::input_text_with_hint("##org", c.nhs ? "" : "Partner's name (optional)", &c.org)) changed = true;
    name_last_item(row_name("Organisation", i));

    cell(2);
    const auto& kinds = value::contribution_kinds();
    std::vector<std::string> labels;
    for (const auto& k : kinds) labels.push_back(kind_label(k));
    std::size_t kind = std::find(kinds.begin(), kinds.end(), c.kind) - kinds.begin();
    if (kind >= kinds.size()) kind = kinds.size() - 1;
    if (choice("##kind", row_name("Contribution", i), labels, kind, 200)) {
        c.kind = kinds[kind];
        changed = true;
    }

    cell(3);
    // The slider moves in steps of 0.05; the number beside it takes any weight with two decimal places.
    float slider = float(c.weight.units()) / float(Decimal::kScale);
    ImGui::SetNextItemWidth(150);
    if (ui::slider_float("##weight_slider", &slider, 0.0f, float(value::kMaxWeight), "", ImGuiSliderFlags_AlwaysClamp)) {
        Decimal stepped = Decimal::from_units(std::llround(slider * 20.0f) * 50000);
        if (stepped != c.weight) {
            c.weight = stepped;
            changed = true;
        }
    }
    name_last_item(row_name("Weight slider", i));
    ImGui::SameLine();
    std::string error;
    if (input_decimal("##weight", c.weight, value::kWeightPlaces, Decimal(), Decimal::from_int(value::kMaxWeight), 64, &error)) changed = true;
    name_last_item(row_name("Weight", i));
    if (!error.empty()) error += " (the weight stays " + c.weight.to_string() + ")";
    if (!error.empty()) refused.push_back(refusal_sentence("Contribution row " + std::to_string(i + 1) + ", weight", error));

    cell(4);
    if (row_button("Remove")) remove = true;
    name_last_item(row_name("Remove contribution", i));
    ImGui::PopID();
    return changed;
}

bool milestone_rows(AppContext& ctx, Draft& d) {
    bool changed = false;
    if (!d.milestones.empty() &&
        ImGui::BeginTable("milestones", 5, kTableFlags, ImVec2(content_width(), 0))) {
        ImGui::TableSetupColumn("Milestone", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed, 80);
        ImGui::TableSetupColumn("Amount (\xC2\xA3)", ImGuiTableColumnFlags_WidthFixed, 150);
        ImGui::TableSetupColumn("Probability (%)", ImGuiTableColumnFlags_WidthFixed, 120);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 70);
        ImGui::TableHeadersRow();
        std::size_t remove = d.milestones.size();
        for (std::size_t i = 0; i < d.milestones.size(); ++i) {
            MilestoneRow& m = d.milestones[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (ui::input_text("##name", &m.name)) changed = true;
            name_last_item(row_name("Milestone name", i));
            ImGui::TableNextColumn();
            if (named_whole("##year", row_name("Milestone year", i), m.year, 0, value::kMaxHorizonYears, 60)) changed = true;
            ImGui::TableNextColumn();
            if (named_pounds("##amount", row_name("Milestone amount (\xC2\xA3)", i), m.amount_pence, 130)) changed = true;
            ImGui::TableNextColumn();
            if (input_percent("##probability", row_name("Milestone probability (%)", i), m.probability, value::kFractionPlaces, kZero, kOne, 90))
                changed = true;
            ImGui::TableNextColumn();
            if (row_button("Remove")) remove = i;
            name_last_item(row_name("Remove milestone", i));
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (remove < d.milestones.size()) {
            ctx.push_undo("Removed milestone \"" + d.milestones[remove].name + "\"");
            d.milestones.erase(d.milestones.begin() + long(remove));
            changed = true;
        }
    }
    if (secondary_button("Add milestone")) {
        d.milestones.push_back({"Milestone " + std::to_string(d.milestones.size() + 1), 1, 0, kOne});
        changed = true;
    }
    return changed;
}

// One mechanism's switch; its editor is drawn (indented) only while it is on.
bool mechanism_switch(const char* label, const char* what, bool& on, bool& changed) {
    if (ui::checkbox(label, &on)) changed = true;
    ImGui::SameLine();
    help_marker(what);
    return on;
}

}  // namespace

bool draw_contributions(AppContext& ctx, Draft& d, const Outcome& o) {
    bool changed = false;
    card_begin("contributions");
    section_heading(ctx.fonts(), "Who contributes what");
    hint_text("List what each party brings to the product, with a weight from 0 (nothing) to 5 (essential). The NHS "
              "share is the NHS weights divided by all the weights; the NHS side's value is then split among the NHS "
              "organisations by their own weights.");
    gap(4);
    std::size_t remove = d.contributions.size();
    std::vector<std::string> refused;
    // Five columns need about 700 units; narrower (a large UI size), each row's fields stack in two columns.
    const bool narrow = content_width() < 700.0f;
    if (ImGui::BeginTable("contributions", narrow ? 2 : 5, kTableFlags, ImVec2(content_width(), 0))) {
        if (narrow) {
            ImGui::TableSetupColumn("Party, organisation and contribution", ImGuiTableColumnFlags_WidthStretch, 1.4f);
            ImGui::TableSetupColumn("Weight (0-5)", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        } else {
            ImGui::TableSetupColumn("Party", ImGuiTableColumnFlags_WidthFixed, 110);
            ImGui::TableSetupColumn("Organisation", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("Contribution", ImGuiTableColumnFlags_WidthFixed, 200);
            ImGui::TableSetupColumn("Weight (0-5)", ImGuiTableColumnFlags_WidthFixed, 222);
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 64);
        }
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < d.contributions.size(); ++i) {
            bool gone = false;
            if (contribution_row(d, i, gone, refused, narrow)) changed = true;
            if (gone) remove = i;
        }
        ImGui::EndTable();
    }
    for (const auto& r : refused) error_text(r);
    if (remove < d.contributions.size()) {
        ctx.push_undo("Removed contribution row " + std::to_string(remove + 1));
        d.contributions.erase(d.contributions.begin() + long(remove));
        changed = true;
    }
    gap(4);
    if (secondary_button("Add NHS contribution")) {
        std::string org = "";
        for (const auto& c : d.contributions)
            if (c.nhs && !c.org.empty()) org = c.org;
        d.contributions.push_back({true, org, "source_data", kOne});
        changed = true;
    }
    ImGui::SameLine();
    if (secondary_button("Add partner contribution")) {
        d.contributions.push_back({false, "", "product_development", kOne});
        changed = true;
    }
    error_text(o.error_under("/contributions"));
    card_end();
    return changed;
}

bool draw_maturity(AppContext& ctx, Draft& d, const Outcome& o) {
    bool changed = false;
    card_begin("maturity");
    section_heading(ctx.fonts(), "Data attribution and maturity");
    form_label("Data attribution (%)");
    if (input_percent("##attribution", "Data attribution (%)", d.data_attribution, value::kFractionPlaces, kZero, kOne)) changed = true;
    ImGui::SameLine();
    help_marker("How much of the product's value the data make possible, from 0% to 100%. A model trained only on "
                "these images might be 30% or more; a product where the data play a small part, a few percent. "
                "There is no published figure: agree it with the partner and record why.");
    error_text(o.error_under("/data_attribution"));
    gap(6);

    ImGui::PushFont(ctx.fonts().bold);
    ui::text("How mature is the data offer?");
    ImGui::PopFont();
    hint_text("The share the NHS can command depends on how its data offer compares with the best elsewhere. Pick the "
              "level that fits; its factor scales the recommended royalty rate.");
    const auto& levels = value::maturity_levels();
    const auto factors = d.own_factors ? d.factors : value::default_maturity_factors();
    // Too narrow for the description beside the level (a large UI size): it goes under the level's choice.
    const bool stacked = content_width() < 560.0f;
    if (ImGui::BeginTable("levels", stacked ? 2 : 3, kTableFlags | ImGuiTableFlags_BordersOuterH, ImVec2(content_width(), 0))) {
        if (stacked) {
            ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthStretch);
        } else {
            ImGui::TableSetupColumn("Level", ImGuiTableColumnFlags_WidthFixed, 190);
            ImGui::TableSetupColumn("What it looks like", ImGuiTableColumnFlags_WidthStretch);
        }
        ImGui::TableSetupColumn("Factor", ImGuiTableColumnFlags_WidthFixed, 60);
        ImGui::TableHeadersRow();
        ui::RadioGroup question("Data maturity level");
        for (const auto& l : levels) {
            ImGui::TableNextRow();
            if (l.level == d.maturity_level)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, colour::rgb(colour::kPaleBlue));
            ImGui::TableNextColumn();
            std::string label = "Level " + std::to_string(l.level) + ": " + l.name;
            if (ui::radio_button(label.c_str(), d.maturity_level == l.level) && d.maturity_level != l.level) {
                d.maturity_level = l.level;
                changed = true;
            }
            if (!stacked) ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0f);
            ui::text(l.description);
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            text_right(factors[std::size_t(l.level - 1)].to_string());
        }
        ImGui::EndTable();
    }
    error_text(o.error_under("/maturity_level"));
    gap(4);
    if (ui::checkbox("Use my own maturity factors", &d.own_factors)) {
        if (d.own_factors) d.factors = value::default_maturity_factors();
        changed = true;
    }
    if (d.own_factors) {
        for (std::size_t i = 0; i < 5; ++i) {
            if (i) ImGui::SameLine(0, 16);
            ImGui::AlignTextToFramePadding();
            ui::textf("Level %d", int(i + 1));
            ImGui::SameLine();
            std::string id = "##factor" + std::to_string(i + 1);
            if (named_decimal(id.c_str(), "Factor for level " + std::to_string(i + 1), d.factors[i], value::kFractionPlaces, kZero, kOne, 70))
                changed = true;
        }
        error_text(o.error_under("/maturity_factors"));
    }
    hint_text("The default factors 0.2, 0.4, 0.6, 0.8 and 1.0 are fairterms' own starting point: the share rises evenly "
              "from a fifth at level 1 to the full share at level 5. No published NHS figures exist, so use your own if "
              "you have a basis for them, and record it.");
    card_end();
    return changed;
}

bool draw_forecast(AppContext& ctx, Draft& d, const Outcome& o) {
    bool changed = false;
    card_begin("forecast");
    section_heading(ctx.fonts(), "Years, revenue forecast and discounting");
    form_label("Horizon (years)");
    if (named_whole("##horizon", "Horizon (years)", d.horizon_years, 1, value::kMaxHorizonYears)) changed = true;
    ImGui::SameLine();
    help_marker("How many years of the deal to count, from 1 to 50. Year 0 is signing; later years are discounted.");
    error_text(o.error_under("/horizon_years"));
    gap(6);

    ImGui::PushFont(ctx.fonts().bold);
    ui::text("Partner's revenue forecast from the product (\xC2\xA3 a year)");
    ImGui::PopFont();
    hint_text("Used for the royalty. Take it from the partner's business case; years without a figure count as zero.");
    const float cell = 150.0f, spacing = 12.0f;
    int per_row = std::max(1, int((ImGui::GetContentRegionAvail().x + spacing) / (cell + spacing)));
    ImVec2 row_start;
    // A refusal is told under the years, not beside its field: beside it, it ran under the next year's field.
    std::vector<std::string> refused;
    for (long long y = 1; y <= d.horizon_years; ++y) {
        // Each cell is placed at its row's top, not with SameLine: SameLine lowers a group that starts with text
        // to the previous group's field baseline, so years 2 onwards sat lower than year 1 (found by a new user).
        int column = int((y - 1) % per_row);
        if (column == 0) row_start = ImGui::GetCursorPos();
        else ImGui::SetCursorPos(ImVec2(row_start.x + float(column) * (cell + spacing), row_start.y));
        ImGui::BeginGroup();
        bool forecast = std::size_t(y) <= d.forecast_pence.size();
        ImGui::PushStyleColor(ImGuiCol_Text, colour::vec(forecast ? colour::kText : colour::kSecondaryText));
        ui::textf("Year %lld%s", y, forecast ? "" : " (none)");
        ImGui::PopStyleColor();
        Pence v = forecast ? d.forecast_pence[std::size_t(y - 1)] : 0;
        std::string id = "##revenue" + std::to_string(y);
        std::string error;
        if (named_pounds(id.c_str(), "Revenue year " + std::to_string(y), v, cell, &error)) {
            if (d.forecast_pence.size() < std::size_t(y)) d.forecast_pence.resize(std::size_t(y), 0);
            d.forecast_pence[std::size_t(y - 1)] = v;
            changed = true;
        }
        if (!error.empty()) refused.push_back(refusal_sentence("Revenue forecast, year " + std::to_string(y), error));
        ImGui::EndGroup();
    }
    for (const auto& r : refused) error_text(r);
    error_text(o.error_under("/revenue_forecast_pence"));
    gap(4);
    ImGui::AlignTextToFramePadding();
    ui::text("Fill forward: grow year 1 by");
    ImGui::SameLine();
    input_percent("##growth", "Growth a year (%)", d.growth, 4, Decimal::from_units(-500000), kOne, 80);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ui::text("% a year");
    ImGui::SameLine();
    if (d.horizon_years > 1 && secondary_button("Fill years 2 onwards")) {
        ctx.push_undo("Filled the revenue forecast forward from year 1");
        if (d.forecast_pence.empty()) d.forecast_pence.push_back(0);
        d.forecast_pence.resize(std::size_t(d.horizon_years), 0);
        for (std::size_t y = 1; y < d.forecast_pence.size(); ++y)
            d.forecast_pence[y] = std::min(kMaxPence, std::max<Pence>(0, mul_round(d.forecast_pence[y - 1], kOne + d.growth)));
        changed = true;
    }
    gap(8);

    ImGui::PushFont(ctx.fonts().bold);
    ui::text("Discounting future payments");
    ImGui::PopFont();
    hint_text("HM Treasury's Green Book sets the rates public bodies use to compare money in different years: 3.5% a "
              "year for years 1-30, then 3% to year 75; 1.5% a year for health and life values.");
    ui::RadioGroup question("Discounting future payments");
    if (ui::radio_button("Green Book (3.5% a year)", d.discount == DiscountChoice::green_book)) {
        d.discount = DiscountChoice::green_book;
        changed = true;
    }
    ImGui::SameLine(0, 24);
    if (ui::radio_button("Green Book for health (1.5% a year)", d.discount == DiscountChoice::green_book_health)) {
        d.discount = DiscountChoice::green_book_health;
        changed = true;
    }
    ImGui::SameLine(0, 24);
    if (ui::radio_button("Custom rate", d.discount == DiscountChoice::custom)) {
        d.discount = DiscountChoice::custom;
        changed = true;
    }
    if (d.discount == DiscountChoice::custom) {
        ImGui::SameLine();
        if (input_percent("##custom_rate", "Custom discount rate (%)", d.custom_rate, value::kFractionPlaces, kZero, value::kMaxCustomDiscountRate, 80))
            changed = true;
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ui::text("% a year (0-20)");
    }
    error_text(o.error_under("/discount"));
    card_end();
    return changed;
}

bool draw_mechanisms(AppContext& ctx, Draft& d, const Outcome& o) {
    bool changed = false;
    card_begin("mechanisms");
    section_heading(ctx.fonts(), "How the NHS is paid");
    hint_text("Switch on the ways of paying you want to compare. Each becomes yearly payments; milestones and equity "
              "count at their expected value (amount x probability).");
    gap(4);
    const float indent = 28.0f;

    if (mechanism_switch("Upfront payment", "One payment at signing (year 0), not discounted.", d.use_upfront, changed)) {
        ImGui::Indent(indent);
        form_label("Amount (\xC2\xA3)", 222);
        if (named_pounds("##upfront", "Upfront amount (\xC2\xA3)", d.upfront_pence)) changed = true;
        error_text(o.error_under("/mechanisms/upfront"));
        ImGui::Unindent(indent);
    }
    gap(4);
    if (mechanism_switch("Subscription", "The same amount every year from year 1.", d.use_subscription, changed)) {
        ImGui::Indent(indent);
        form_label("Amount a year (\xC2\xA3)", 222);
        if (named_pounds("##sub_amount", "Subscription a year (\xC2\xA3)", d.subscription_annual_pence)) changed = true;
        form_label("For how many years", 222);
        if (named_whole("##sub_years", "Subscription years", d.subscription_years, 1, value::kMaxHorizonYears)) changed = true;
        error_text(o.error_under("/mechanisms/subscription"));
        ImGui::Unindent(indent);
    }
    gap(4);
    if (mechanism_switch("Milestone payments", "Payments when the product reaches a stage (approval, first sale), "
                                               "counted at amount x the chance of reaching it.",
                         d.use_milestones, changed)) {
        ImGui::Indent(indent);
        if (milestone_rows(ctx, d)) changed = true;
        error_text(o.error_under("/mechanisms/milestones"));
        ImGui::Unindent(indent);
    }
    gap(4);
    if (mechanism_switch("Revenue royalty", "A share of the partner's yearly revenue from the product, from year 1.",
                         d.use_royalty, changed)) {
        ImGui::Indent(indent);
        if (o.ok()) {
            const auto& r = *o.result;
            ImGui::PushFont(ctx.fonts().bold);
            ui::textf("Recommended rate: %s", format_percent(r.recommended_royalty_rate).c_str());
            ImGui::PopFont();
            hint_text(("= " + r.recommended_rate_explanation +
                       ". That is data attribution x NHS share x the maturity factor, so it grows with what the NHS brings.")
                          .c_str());
        } else {
            hint_text("The recommended rate appears once the inputs above can be worked out.");
        }
        if (ui::checkbox("Agree a different rate", &d.royalty_own_rate)) {
            if (d.royalty_own_rate && o.ok()) d.royalty_rate = o.result->recommended_royalty_rate;
            changed = true;
        }
        if (d.royalty_own_rate) {
            ImGui::SameLine(0, 16);
            if (input_percent("##royalty_rate", "Royalty rate (%)", d.royalty_rate, value::kFractionPlaces, kZero, kOne, 80)) changed = true;
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ui::text("% of revenue");
        }
        if (ui::checkbox("Cap the total royalty", &d.royalty_capped)) changed = true;
        if (d.royalty_capped) {
            ImGui::SameLine(0, 16);
            if (named_pounds("##royalty_cap", "Royalty cap (\xC2\xA3)", d.royalty_cap_pence)) changed = true;
        }
        form_label("For how many years", 222);
        if (named_whole("##royalty_years", "Royalty years", d.royalty_years, 1, value::kMaxHorizonYears)) changed = true;
        error_text(o.error_under("/mechanisms/royalty"));
        ImGui::Unindent(indent);
    }
    gap(4);
    if (mechanism_switch("Equity", "A shareholding in the partner, worth something only if the company is sold or "
                                   "listed (the exit).",
                         d.use_equity, changed)) {
        ImGui::Indent(indent);
        warning_box("Risk: equity can end up worth nothing. Shares once taken by an NHS organisation in a data company, "
                    "in return for its data, became close to worthless. Count this figure as uncertain and keep the core "
                    "of the NHS's share in cash.",
                    content_width());
        form_label("Stake (%)", 222);
        if (input_percent("##stake", "Equity stake (%)", d.equity_stake, value::kStakePlaces, kZero, kOne)) changed = true;
        form_label("Company value at exit (\xC2\xA3)", 222);
        if (named_pounds("##exit_value", "Company value at exit (\xC2\xA3)", d.equity_exit_value_pence, 180)) changed = true;
        form_label("Exit year", 222);
        if (named_whole("##exit_year", "Exit year", d.equity_exit_year, 0, value::kMaxHorizonYears)) changed = true;
        form_label("Chance of the exit (%)", 222);
        if (input_percent("##exit_probability", "Chance of the exit (%)", d.equity_probability, value::kFractionPlaces, kZero, kOne)) changed = true;
        error_text(o.error_under("/mechanisms/equity"));
        ImGui::Unindent(indent);
    }
    gap(4);
    if (mechanism_switch("In-kind products or services", "Free or discounted use of the partner's product by the NHS, "
                                                         "valued at list price x the discount.",
                         d.use_in_kind, changed)) {
        ImGui::Indent(indent);
        form_label("Units a year", 222);
        if (named_whole("##units", "Units a year", d.in_kind_units_per_year, 0, value::kMaxUnitsPerYear, 120)) changed = true;
        form_label("List price per unit (\xC2\xA3)", 222);
        if (named_pounds("##unit_price", "List price per unit (\xC2\xA3)", d.in_kind_unit_price_pence)) changed = true;
        form_label("Discount given (%)", 222);
        if (input_percent("##in_kind_discount", "Discount given (%)", d.in_kind_discount, value::kFractionPlaces, kZero, kOne)) changed = true;
        ImGui::SameLine();
        hint_text("100% means free");
        form_label("For how many years", 222);
        if (named_whole("##in_kind_years", "In-kind years", d.in_kind_years, 1, value::kMaxHorizonYears)) changed = true;
        error_text(o.error_under("/mechanisms/in_kind"));
        ImGui::Unindent(indent);
    }
    card_end();
    return changed;
}

}  // namespace ft::ui::value_ui
