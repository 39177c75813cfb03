// Rate cards: the prices a quote is built from, as editable data ("fairterms/rate-card@1").
//
// A card lists priced items (each with a driver saying what it is counted per), staff day rates, factors
// that weight data products by type, an overhead rate and the VAT setting. Every default carries a note
// or source so a user can see where it came from. Built-in cards live in assets/rate-cards/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/json_input.h"
#include "base/money.h"

namespace ft::quote {

inline constexpr const char* kRateCardSchema = "fairterms/rate-card@1";

// What an item's quantity is counted per (see quantity rules in quote.h).
enum class Driver {
    fixed,
    per_dataset,
    per_dataset_year,
    per_refresh,
    per_linkage,
    per_user_month,
    per_month,
    per_annual_review,
    per_extra_output_check,
};

const std::vector<std::string>& driver_names();
std::string driver_name(Driver d);
// True for drivers counted dataset by dataset, the only ones an item may scale by data type.
bool is_per_dataset(Driver d);

// One price an item charges for one data type (the tariff's own figure, not a factor).
struct TypedPrice {
    std::string data_type;
    Pence pence = 0;
};

struct RateItem {
    std::string id;
    std::string label;
    Pence unit_price_pence = 0;    // the price, or for an item priced by data type the price of a type it does not list
    Driver driver = Driver::fixed;
    bool data_type_scaled = false;
    // Prices by data type, in the card's data type order; empty when the item has one price (perhaps scaled).
    // Only per-dataset items can carry them, never together with data_type_scaled.
    std::vector<TypedPrice> price_by_data_type;
    std::int64_t allowance_per_user_month = 0;   // per_extra_output_check only
    std::string note;                            // how the figure was chosen ("" if none)
    std::string source;                          // where the figure comes from ("" if none)
};

struct DayRate {
    std::string role;
    Pence pence_per_day = 0;
    std::string note;
};

struct DataTypeFactor {
    std::string data_type;
    Decimal factor;
    std::string note;
};

struct RateCard {
    std::string id;
    std::string name;
    std::string source;
    std::string valid_from;        // YYYY-MM-DD
    std::string currency = "GBP";
    std::string note;
    std::vector<RateItem> items;
    std::vector<DayRate> day_rates;             // in the card's order
    std::vector<DataTypeFactor> data_type_factors;  // in the card's order
    Decimal overhead_rate;
    std::string overhead_note;
    Decimal vat_rate;
    bool vat_applies = false;
    std::string vat_note;

    const DayRate* day_rate(std::string_view role) const;
    const DataTypeFactor* factor(std::string_view data_type) const;
};

// What one unit of `item` costs for a dataset of `data_type`: its price for that type when it is priced by
// data type, else its unit price (times the type's factor, exactly, in millionths of a penny, when scaled).
i128 unit_price_micro_pence(const RateCard& card, const RateItem& item, std::string_view data_type);

// Limits that keep every product far inside int64 (see quote.cpp) and refuse absurd cards.
inline constexpr Pence kMaxUnitPricePence = 10'000'000'000LL;  // GBP 100 million per unit
inline constexpr Pence kMaxDayRatePence = 10'000'000LL;        // GBP 100,000 per day
inline constexpr std::int64_t kMaxFactor = 100;
inline constexpr std::int64_t kMaxOverheadRate = 10;           // 1000%
inline constexpr std::size_t kMaxItems = 200;
inline constexpr std::size_t kMaxRoles = 100;
inline constexpr std::size_t kMaxDataTypes = 100;

// Reads and fully checks a card (an item's prices by data type must name the card's data types); every problem is an InputError at the exact pointer under `at`.
RateCard parse_rate_card(const Field& at);
// The card as a "fairterms/rate-card@1" document; parse_rate_card(rate_card_to_json(c)) gives c back.
ojson rate_card_to_json(const RateCard& card);

// The cards shipped in assets/rate-cards/, in file order.
const std::vector<RateCard>& builtin_rate_cards();
std::optional<RateCard> find_builtin_rate_card(std::string_view id);

// The `rate-cards` command: takes {} and returns {"rate_cards": [every built-in card in full]}.
ojson list_rate_cards(const json& input);

}  // namespace ft::quote
