#include "screens/value/value_draft.h"

#include "value/value.h"

namespace ft::ui::value_ui {
namespace {

Decimal D(std::int64_t millionths) { return Decimal::from_units(millionths); }
const Decimal kOne = Decimal::from_int(1);

// The draft as a request the core reads drafts from: its figures are what a damaged field falls back to, and
// each mechanism's figures are what a mechanism present in the file starts from.
value::ValueRequest start_of(const Draft& d) {
    value::ValueRequest r;
    for (const ContributionRow& c : d.contributions)
        r.contributions.push_back({c.nhs ? value::Party::nhs : value::Party::partner, c.org, c.kind, c.weight});
    r.data_attribution = d.data_attribution;
    r.maturity_level = d.maturity_level;
    r.maturity_factors = d.factors;
    r.horizon_years = static_cast<int>(d.horizon_years);
    r.revenue_forecast_pence = d.forecast_pence;
    r.discount = DiscountSchedule::green_book();
    r.discount.custom_rate = d.custom_rate;
    value::Mechanisms& m = r.mechanisms;
    m.upfront = value::Upfront{d.upfront_pence};
    m.subscription = value::Subscription{d.subscription_annual_pence, static_cast<int>(d.subscription_years)};
    m.milestones = std::vector<value::Milestone>{};
    m.royalty = value::Royalty{std::nullopt, std::nullopt, static_cast<int>(d.royalty_years)};
    m.equity = value::Equity{d.equity_stake, d.equity_exit_value_pence, static_cast<int>(d.equity_exit_year), d.equity_probability};
    m.in_kind = value::InKind{d.in_kind_units_per_year, d.in_kind_unit_price_pence, d.in_kind_discount, static_cast<int>(d.in_kind_years)};
    return r;
}

bool noted_under(const std::vector<InputNote>& notes, std::size_t from, const std::string& prefix) {
    for (std::size_t i = from; i < notes.size(); ++i)
        if (notes[i].pointer.compare(0, prefix.size(), prefix) == 0) return true;
    return false;
}

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

Draft from_request(const json& request, std::vector<InputNote>& dropped) {
    Draft d = blank_draft();
    const std::size_t before = dropped.size();
    // A row's refused field shows what a new row has.
    const ContributionRow new_row;
    const MilestoneRow new_milestone;
    value::DraftRows rows{{value::Party::nhs, new_row.org, new_row.kind, new_row.weight},
                          {new_milestone.name, static_cast<int>(new_milestone.year), new_milestone.amount_pence, new_milestone.probability}};
    value::ValueRequest r = value::parse_value_draft(Field(request, ""), start_of(d), dropped, rows);

    d.contributions.clear();
    for (const value::Contribution& c : r.contributions) {
        d.contributions.push_back({c.party == value::Party::nhs, c.org, c.kind, c.weight});
    }
    d.data_attribution = r.data_attribution;
    d.maturity_level = r.maturity_level;
    d.own_factors = request.is_object() && request.contains("maturity_factors") && !request["maturity_factors"].is_null() &&
                    !noted_under(dropped, before, "/maturity_factors");
    if (d.own_factors) d.factors = r.maturity_factors;
    d.horizon_years = r.horizon_years;
    d.forecast_pence = r.revenue_forecast_pence;
    d.discount = r.discount.kind == DiscountSchedule::Kind::custom ? DiscountChoice::custom
                 : r.discount.kind == DiscountSchedule::Kind::green_book ? DiscountChoice::green_book
                                                                                : DiscountChoice::green_book_health;
    d.custom_rate = r.discount.custom_rate;

    const value::Mechanisms& m = r.mechanisms;
    if ((d.use_upfront = m.upfront.has_value())) d.upfront_pence = m.upfront->amount_pence;
    if ((d.use_subscription = m.subscription.has_value())) {
        d.subscription_annual_pence = m.subscription->annual_pence;
        d.subscription_years = m.subscription->years;
    }
    if ((d.use_milestones = m.milestones.has_value()))
        for (const value::Milestone& ml : *m.milestones) d.milestones.push_back({ml.name, ml.year, ml.amount_pence, ml.probability});
    if ((d.use_royalty = m.royalty.has_value())) {
        d.royalty_own_rate = m.royalty->rate.has_value();
        if (d.royalty_own_rate) d.royalty_rate = *m.royalty->rate;
        d.royalty_capped = m.royalty->cap_pence.has_value();
        if (d.royalty_capped) d.royalty_cap_pence = *m.royalty->cap_pence;
        d.royalty_years = m.royalty->years;
    }
    if ((d.use_equity = m.equity.has_value())) {
        d.equity_stake = m.equity->stake;
        d.equity_exit_value_pence = m.equity->exit_value_pence;
        d.equity_exit_year = m.equity->exit_year;
        d.equity_probability = m.equity->probability;
    }
    if ((d.use_in_kind = m.in_kind.has_value())) {
        d.in_kind_units_per_year = m.in_kind->units_per_year;
        d.in_kind_unit_price_pence = m.in_kind->unit_price_pence;
        d.in_kind_discount = m.in_kind->discount;
        d.in_kind_years = m.in_kind->years;
    }
    return d;
}

}  // namespace ft::ui::value_ui
