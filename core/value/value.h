// Value share: what the NHS should seek from a commercial use of its data, compared across payment
// mechanisms, over the years of a deal, and split among the NHS organisations that contributed.
//
// Input "fairterms/value-request@1", output "fairterms/value@1". The formula is fairterms' own, made
// transparent: every figure carries an explanation with its actual numbers.
//   nhs_share                = sum of NHS contribution weights / sum of all weights   (6 decimal places)
//   recommended royalty rate = data_attribution x nhs_share x maturity factor        (4 decimal places)
// Each mechanism becomes yearly cash flows in whole pence; present values use core/value/discount.h.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "base/input_limits.h"
#include <vector>

#include "base/result.h"
#include "value/discount.h"
#include "base/json_input.h"
#include "base/reading.h"
#include "base/money.h"

namespace ft::value {

inline constexpr const char* kRequestSchema = "fairterms/value-request@1";
inline constexpr const char* kResultSchema = "fairterms/value@1";
inline constexpr int kMaxHorizonYears = limits::kMaxValueYears;
// Input limits, checked by the parser and used by the screen's fields (one definition for both).
inline constexpr std::size_t kMaxContributions = limits::kMaxContributions;
inline constexpr std::size_t kMaxMilestones = limits::kMaxMilestones;
inline constexpr std::int64_t kMaxUnitsPerYear = 1'000'000'000;
inline constexpr int kMaxWeight = 5;            // a contribution's weight: 0 to 5 ...
inline constexpr int kWeightPlaces = 2;         // ... with at most 2 decimal places
inline constexpr int kMaxMaturityLevel = 5;     // maturity levels run 1 to 5
inline constexpr std::size_t kMaxNameLength = 200;   // scenario, organisation and milestone names
// Fractions (data attribution, maturity factors, probabilities, royalty, discount and in-kind rates) run 0 to
// 1 with at most 4 decimal places; an equity stake may be finer.
inline constexpr int kFractionPlaces = 4;
inline constexpr int kStakePlaces = 6;
inline constexpr Decimal kMaxCustomDiscountRate = Decimal::from_units(200'000);   // a flat rate of at most 20%

// ---- request ----------------------------------------------------------------------------------------------

enum class Party { nhs, partner };

struct Contribution {
    Party party = Party::nhs;
    std::string org;   // the NHS organisation (required for nhs entries; optional for the partner)
    std::string kind;  // source_data | clinical_expertise | ... | other
    Decimal weight;    // 0..5, at most 2 decimal places
};

struct Upfront { Pence amount_pence = 0; };
struct Subscription { Pence annual_pence = 0; int years = 0; };
struct Milestone { std::string name; int year = 0; Pence amount_pence = 0; Decimal probability; };
struct Royalty {
    std::optional<Decimal> rate;        // default: the recommended rate
    std::optional<Pence> cap_pence;     // on the cumulative total
    int years = 0;
};
struct Equity { Decimal stake; Pence exit_value_pence = 0; int exit_year = 0; Decimal probability; };
struct InKind { std::int64_t units_per_year = 0; Pence unit_price_pence = 0; Decimal discount; int years = 0; };

struct Mechanisms {
    std::optional<Upfront> upfront;
    std::optional<Subscription> subscription;
    std::optional<std::vector<Milestone>> milestones;
    std::optional<Royalty> royalty;
    std::optional<Equity> equity;
    std::optional<InKind> in_kind;
};

struct ValueRequest {
    std::string title;  // optional, shown on exports
    std::vector<Contribution> contributions;
    Decimal data_attribution;                  // 0..1, at most 4 places
    int maturity_level = 1;                    // 1..5
    std::array<Decimal, 5> maturity_factors;   // non-decreasing, each 0..1
    int horizon_years = 1;                     // 1..50
    std::vector<Pence> revenue_forecast_pence; // [i] is year i + 1; missing years count as zero
    DiscountSchedule discount;
    Mechanisms mechanisms;
};

// The contribution kinds the request accepts, in display order.
const std::vector<std::string>& contribution_kinds();
// 0.2, 0.4, 0.6, 0.8, 1.0.
std::array<Decimal, 5> default_maturity_factors();

// Reads and fully checks a request; throws InputError with the exact pointer of the first bad field.
ValueRequest parse_value_request(const Field& root);
// Reads the same document as a draft (base/reading.h): every field by the same rules, but a field that is
// absent or refused keeps its value in `start`, rules only a finished request can meet (at least one NHS
// contribution with weight, an NHS organisation's name, a year within this horizon, rising maturity factors)
// are not checked, and each refused field is skipped and added to `notes`. A refused year of the forecast
// counts as zero, so later years keep their place; a list row that is not an object is left out, and a row's
// absent or refused field keeps its value in `rows`. `start.mechanisms` give the starting values of a
// mechanism the input has; the result holds only the mechanisms the input has.
// Never throws InputError. (compute_value still needs parse_value_request's full check.)
struct DraftRows {
    Contribution contribution;
    Milestone milestone;
};
ValueRequest parse_value_draft(const Field& root, ValueRequest start, std::vector<InputNote>& notes,
                               const DraftRows& rows = {});

// ---- result -----------------------------------------------------------------------------------------------

// One line behind a mechanism's figures (a milestone, a royalty year, the equity exit, ...).
struct Line {
    int year = 0;
    std::string label;
    Pence nominal_pence = 0;
    Pence expected_pence = 0;
    std::string explanation;
};

struct MechanismResult {
    std::string name;   // "upfront", "subscription", "milestones", "royalty", "equity", "in_kind"
    std::string label;  // "Upfront payment", ...
    // Indexed by year 0..horizon. Expected flows are what is discounted; nominal ignores probabilities.
    std::vector<Pence> nominal_flows_pence, expected_flows_pence, discounted_pence;
    Pence nominal_pence = 0, expected_pence = 0, pv_pence = 0;
    std::vector<Line> lines;
    std::string nominal_explanation, expected_explanation, pv_explanation;
};

struct OrgSplit {
    std::string org;
    Decimal weight;               // sum of the org's NHS contribution weights
    Decimal share;                // weight / all NHS weight, 6 places (display; allocation is exact)
    std::vector<Pence> pv_pence;  // per mechanism, in ValueResult::mechanisms order
    Pence total_pv_pence = 0;     // sum of the above
    std::string explanation;
};

struct Warning {
    std::string code;  // equity_risk | royalty_minority | horizon_beyond_forecast | royalty_rate_high
    std::string message;
};

struct MaturityLevel {
    int level;
    const char* name;
    const char* description;
};

struct ValueResult {
    std::string title;
    Decimal nhs_weight, total_weight, nhs_share;
    int maturity_level = 1;
    Decimal data_attribution, maturity_factor, recommended_royalty_rate;
    std::optional<Decimal> royalty_rate;  // the rate the royalty mechanism used, when there is one
    int horizon_years = 1;
    DiscountSchedule discount;
    std::vector<Decimal> discount_rates;       // by year 0..horizon (year 0: 0)
    std::vector<std::string> discount_factors; // by year, 10 decimal places
    std::vector<std::string> discount_formulas;
    std::vector<MechanismResult> mechanisms;
    std::vector<Pence> total_expected_flows_pence, total_discounted_pence;  // by year
    Pence total_nominal_pence = 0, total_expected_pence = 0, total_pv_pence = 0;
    std::vector<OrgSplit> split;
    std::vector<Warning> warnings;
    std::array<Decimal, 5> maturity_factors;
    std::string nhs_share_explanation, maturity_factor_explanation, recommended_rate_explanation;
    std::string royalty_rate_explanation;
    std::string total_nominal_explanation, total_expected_explanation, total_pv_explanation;
    std::string split_explanation;
};

// The five maturity levels of an organisation's data offer, for the chooser on screen.
const std::vector<MaturityLevel>& maturity_levels();

ValueResult compute_value(const ValueRequest& request);

// The "fairterms/value@1" document.
ojson value_to_json(const ValueResult& result);

// The `value` command: request JSON in, result document out.
ojson compute(const json& input);

// ---- exports (core/value/value_export.cpp) ----------------------------------------------------------------

// A self-contained printable HTML page (no external resources).
std::string value_to_html(const ValueResult& result);
// Yearly cash flows per mechanism with present values (UTF-8 BOM, the scenario's name on every row).
std::string value_to_csv(const ValueResult& result);
// The split among NHS organisations, as its own table (UTF-8 BOM, the scenario's name on every row).
std::string split_to_csv(const ValueResult& result);
// The command behind `fairterms value FILE [--format json|html|csv|split-csv]`.
api::Result run_command(const json& input, std::string_view format);

}  // namespace ft::value
