#include "screens/value/value_draft.h"
#include "shell/error_words.h"

#include <algorithm>

#include "value/value.h"

namespace ft::ui::value_ui {
namespace {

Decimal D(std::int64_t millionths) { return Decimal::from_units(millionths); }
const Decimal kZero;
const Decimal kOne = Decimal::from_int(1);

// Runs one read; a refused field is noted and skipped, so the rest of the scenario survives.
template <class Read>
void keep(std::vector<std::string>& dropped, Read read) {
    try {
        read();
    } catch (const InputError& e) {
        dropped.push_back(error_in_words(e.pointer, e.message));
    }
}

int clamp_year(std::int64_t y) { return static_cast<int>(std::clamp<std::int64_t>(y, 0, value::kMaxHorizonYears)); }

}  // namespace

Draft blank_draft() {
    Draft d;
    d.contributions = {{true, "NHS organisation", "source_data", Decimal::from_int(1)},
                       {false, "", "product_development", Decimal::from_int(1)}};
    d.data_attribution = D(250000);
    d.maturity_level = 3;
    d.factors = value::default_maturity_factors();
    d.horizon_years = 5;
    d.royalty_years = 5;
    d.subscription_years = 3;
    d.equity_exit_year = 5;
    d.equity_stake = D(10000);
    d.equity_probability = D(200000);
    d.in_kind_discount = kOne;
    d.in_kind_years = 3;
    return d;
}

Draft example_draft() {
    Draft d = blank_draft();
    d.contributions = {
        {true, "North Trust", "source_data", Decimal::from_int(3)},
        {true, "North Trust", "clinical_expertise", Decimal::from_int(1)},
        {true, "South Trust", "source_data", Decimal::from_int(2)},
        {false, "", "analytical_expertise", Decimal::from_int(2)},
        {false, "", "product_development", Decimal::from_int(4)},
        {false, "", "commercialisation", Decimal::from_int(3)},
    };
    d.data_attribution = D(250000);
    d.maturity_level = 3;
    d.horizon_years = 5;
    d.forecast_pence = {25'000'000, 60'000'000, 120'000'000, 180'000'000, 240'000'000};
    d.use_upfront = true;
    d.upfront_pence = 4'000'000;
    d.use_milestones = true;
    d.milestones = {{"Regulatory approval", 2, 6'000'000, D(600000)}};
    d.use_royalty = true;
    d.royalty_years = 5;
    d.use_in_kind = true;
    d.in_kind_units_per_year = 4;
    d.in_kind_unit_price_pence = 1'200'000;
    d.in_kind_discount = D(500000);
    d.in_kind_years = 3;
    return d;
}

ojson to_request(const Draft& d, const std::string& title) {
    ojson r;
    r["schema"] = value::kRequestSchema;
    if (!title.empty()) r["title"] = title;
    ojson contributions = ojson::array();
    for (const ContributionRow& c : d.contributions) {
        ojson j;
        j["party"] = c.nhs ? "nhs" : "partner";
        if (c.nhs || !c.org.empty()) j["org"] = c.org;
        j["kind"] = c.kind;
        j["weight"] = c.weight.to_string();
        contributions.push_back(j);
    }
    r["contributions"] = contributions;
    r["data_attribution"] = d.data_attribution.to_string();
    r["maturity_level"] = d.maturity_level;
    if (d.own_factors) {
        ojson f = ojson::array();
        for (Decimal x : d.factors) f.push_back(x.to_string());
        r["maturity_factors"] = f;
    }
    r["horizon_years"] = d.horizon_years;
    ojson forecast = ojson::array();
    for (std::size_t i = 0; i < d.forecast_pence.size() && i < std::size_t(d.horizon_years); ++i)
        forecast.push_back(d.forecast_pence[i]);
    r["revenue_forecast_pence"] = forecast;
    if (d.discount == DiscountChoice::custom) r["discount"] = {{"rate", d.custom_rate.to_string()}};
    else r["discount"] = d.discount == DiscountChoice::green_book ? "green_book" : "green_book_health";

    ojson m = ojson::object();
    if (d.use_upfront) m["upfront"] = {{"amount_pence", d.upfront_pence}};
    if (d.use_subscription)
        m["subscription"] = {{"annual_pence", d.subscription_annual_pence}, {"years", d.subscription_years}};
    if (d.use_milestones) {
        ojson list = ojson::array();
        for (const MilestoneRow& ml : d.milestones) {
            ojson j;
            j["name"] = ml.name;
            j["year"] = ml.year;
            j["amount_pence"] = ml.amount_pence;
            j["probability"] = ml.probability.to_string();
            list.push_back(j);
        }
        m["milestones"] = list;
    }
    if (d.use_royalty) {
        ojson j;
        if (d.royalty_own_rate) j["rate"] = d.royalty_rate.to_string();
        if (d.royalty_capped) j["cap_pence"] = d.royalty_cap_pence;
        j["years"] = d.royalty_years;
        m["royalty"] = j;
    }
    if (d.use_equity) {
        ojson j;
        j["stake"] = d.equity_stake.to_string();
        j["exit_value_pence"] = d.equity_exit_value_pence;
        j["exit_year"] = d.equity_exit_year;
        j["probability"] = d.equity_probability.to_string();
        m["equity"] = j;
    }
    if (d.use_in_kind) {
        ojson j;
        j["units_per_year"] = d.in_kind_units_per_year;
        j["unit_price_pence"] = d.in_kind_unit_price_pence;
        j["discount"] = d.in_kind_discount.to_string();
        j["years"] = d.in_kind_years;
        m["in_kind"] = j;
    }
    r["mechanisms"] = m;
    return r;
}

Draft from_request(const json& request, std::vector<std::string>& dropped) {
    Draft d = blank_draft();
    Field root(request, "");
    if (!request.is_object()) {
        dropped.push_back("/: the scenario's request is not an object, so a blank scenario is shown");
        return d;
    }
    const Decimal five = Decimal::from_int(value::kMaxWeight);

    if (root.has("contributions")) {
        std::vector<ContributionRow> rows;
        keep(dropped, [&] {
            Field list = root.at("contributions");
            for (std::size_t i = 0; i < list.size(); ++i) {
                Field f = list.item(i);
                ContributionRow c;
                keep(dropped, [&] { c.nhs = f.at("party").one_of({"nhs", "partner"}) == "nhs"; });
                keep(dropped, [&] { if (f.has("org")) c.org = f.at("org").text(value::kMaxNameLength); });
                keep(dropped, [&] { c.kind = f.at("kind").one_of(value::contribution_kinds()); });
                keep(dropped, [&] { c.weight = f.at("weight").decimal(value::kWeightPlaces, kZero, five); });
                rows.push_back(c);
            }
        });
        d.contributions = rows;
    }
    keep(dropped, [&] { d.data_attribution = root.at("data_attribution").decimal(value::kFractionPlaces, kZero, kOne); });
    keep(dropped, [&] { d.maturity_level = static_cast<int>(root.at("maturity_level").whole(1, value::kMaxMaturityLevel)); });
    if (root.has("maturity_factors")) {
        keep(dropped, [&] {
            Field f = root.at("maturity_factors");
            if (f.size() != 5) f.fail("must list exactly 5 factors, so the defaults are used");
            std::array<Decimal, 5> out;
            for (std::size_t i = 0; i < 5; ++i) out[i] = f.item(i).decimal(value::kFractionPlaces, kZero, kOne);
            d.factors = out;
            d.own_factors = true;
        });
    }
    keep(dropped, [&] { d.horizon_years = root.at("horizon_years").whole(1, value::kMaxHorizonYears); });
    keep(dropped, [&] {
        Field f = root.at("revenue_forecast_pence");
        std::vector<Pence> years;
        for (std::size_t i = 0; i < f.size() && i < std::size_t(value::kMaxHorizonYears); ++i) {
            Pence p = 0;
            keep(dropped, [&] { p = f.item(i).pence(); });
            years.push_back(p);
        }
        d.forecast_pence = years;
    });
    keep(dropped, [&] {
        Field f = root.at("discount");
        if (f.value().is_object()) {
            d.discount = DiscountChoice::custom;
            d.custom_rate = f.at("rate").decimal(value::kFractionPlaces, kZero, value::kMaxCustomDiscountRate);
        } else {
            d.discount = f.one_of({"green_book", "green_book_health"}) == "green_book" ? DiscountChoice::green_book
                                                                                       : DiscountChoice::green_book_health;
        }
    });

    if (!root.has("mechanisms")) return d;
    Field m = root.at("mechanisms");
    if (!m.value().is_object()) {
        dropped.push_back("/mechanisms: not an object, so no mechanisms are shown");
        return d;
    }
    if (m.has("upfront")) {
        d.use_upfront = true;
        keep(dropped, [&] { d.upfront_pence = m.at("upfront").at("amount_pence").pence(); });
    }
    if (m.has("subscription")) {
        d.use_subscription = true;
        Field s = m.at("subscription");
        keep(dropped, [&] { d.subscription_annual_pence = s.at("annual_pence").pence(); });
        keep(dropped, [&] { d.subscription_years = clamp_year(s.at("years").whole(1, value::kMaxHorizonYears)); });
    }
    if (m.has("milestones")) {
        d.use_milestones = true;
        keep(dropped, [&] {
            Field list = m.at("milestones");
            for (std::size_t i = 0; i < list.size(); ++i) {
                Field f = list.item(i);
                MilestoneRow ml;
                keep(dropped, [&] { ml.name = f.at("name").text(value::kMaxNameLength); });
                keep(dropped, [&] { ml.year = f.at("year").whole(0, value::kMaxHorizonYears); });
                keep(dropped, [&] { ml.amount_pence = f.at("amount_pence").pence(); });
                keep(dropped, [&] { ml.probability = f.at("probability").decimal(value::kFractionPlaces, kZero, kOne); });
                d.milestones.push_back(ml);
            }
        });
    }
    if (m.has("royalty")) {
        d.use_royalty = true;
        Field r = m.at("royalty");
        if (r.has("rate")) keep(dropped, [&] { d.royalty_rate = r.at("rate").decimal(value::kFractionPlaces, kZero, kOne); d.royalty_own_rate = true; });
        if (r.has("cap_pence")) keep(dropped, [&] { d.royalty_cap_pence = r.at("cap_pence").pence(); d.royalty_capped = true; });
        keep(dropped, [&] { d.royalty_years = r.at("years").whole(1, value::kMaxHorizonYears); });
    }
    if (m.has("equity")) {
        d.use_equity = true;
        Field e = m.at("equity");
        keep(dropped, [&] { d.equity_stake = e.at("stake").decimal(value::kStakePlaces, kZero, kOne); });
        keep(dropped, [&] { d.equity_exit_value_pence = e.at("exit_value_pence").pence(); });
        keep(dropped, [&] { d.equity_exit_year = e.at("exit_year").whole(0, value::kMaxHorizonYears); });
        keep(dropped, [&] { d.equity_probability = e.at("probability").decimal(value::kFractionPlaces, kZero, kOne); });
    }
    if (m.has("in_kind")) {
        d.use_in_kind = true;
        Field k = m.at("in_kind");
        keep(dropped, [&] { d.in_kind_units_per_year = k.at("units_per_year").whole(0, value::kMaxUnitsPerYear); });
        keep(dropped, [&] { d.in_kind_unit_price_pence = k.at("unit_price_pence").pence(); });
        keep(dropped, [&] { d.in_kind_discount = k.at("discount").decimal(value::kFractionPlaces, kZero, kOne); });
        keep(dropped, [&] { d.in_kind_years = k.at("years").whole(1, value::kMaxHorizonYears); });
    }
    return d;
}

}  // namespace ft::ui::value_ui
