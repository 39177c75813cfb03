// A value-share scenario as the screen edits it, and its conversion to and from the
// "fairterms/value-request@1" document that the core computes and the workspace keeps.
//
// The draft holds what the user typed even when the engine would refuse it (all weights zero, a milestone
// beyond the horizon), so nothing is lost while they fix it. Mechanisms switched off keep their figures
// for the session but are left out of the request.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/json_input.h"
#include "base/money.h"
#include "base/reading.h"

namespace ft::ui::value_ui {

struct ContributionRow {
    bool nhs = true;
    std::string org;
    std::string kind = "source_data";
    Decimal weight = Decimal::from_int(1);
};

struct MilestoneRow {
    std::string name;
    long long year = 1;
    Pence amount_pence = 0;
    Decimal probability = Decimal::from_int(1);
};

enum class DiscountChoice { green_book, green_book_health, custom };

struct Draft {
    std::vector<ContributionRow> contributions;
    Decimal data_attribution;
    int maturity_level = 3;
    bool own_factors = false;                  // false: the core's defaults apply
    std::array<Decimal, 5> factors;            // used when own_factors
    long long horizon_years = 5;
    std::vector<Pence> forecast_pence;         // [i] is year i + 1; only the first horizon_years are sent
    Decimal growth = Decimal::from_units(100000);  // for "fill forward"; not part of the request
    DiscountChoice discount = DiscountChoice::green_book;
    Decimal custom_rate = Decimal::from_units(35000);

    bool use_upfront = false;
    Pence upfront_pence = 0;

    bool use_subscription = false;
    Pence subscription_annual_pence = 0;
    long long subscription_years = 1;

    bool use_milestones = false;
    std::vector<MilestoneRow> milestones;

    bool use_royalty = false;
    bool royalty_own_rate = false;             // false: the recommended rate applies
    Decimal royalty_rate;
    bool royalty_capped = false;
    Pence royalty_cap_pence = 0;
    long long royalty_years = 1;

    bool use_equity = false;
    Decimal equity_stake;
    Pence equity_exit_value_pence = 0;
    long long equity_exit_year = 1;
    Decimal equity_probability;

    bool use_in_kind = false;
    long long in_kind_units_per_year = 0;
    Pence in_kind_unit_price_pence = 0;
    Decimal in_kind_discount;
    long long in_kind_years = 1;
};

// A blank scenario: one NHS and one partner contribution, no mechanisms.
Draft blank_draft();
// The example shown when the workspace has no scenarios: an imaging AI partnership between two NHS trusts
// and a company, with a modest revenue forecast.
Draft example_draft();

// The request document for `fairterms value` (title = the scenario's name).
ojson to_request(const Draft& draft, const std::string& title);

// Reads a saved request as a draft through the core (value::parse_value_draft): every field that is readable
// is kept; the pointer and reason of each field that was not are added to `dropped` (a damaged or hand-edited
// workspace never stops the screen).
Draft from_request(const json& request, std::vector<InputNote>& dropped);

}  // namespace ft::ui::value_ui
