// Quick quotes: the fee for access to data, computed from a rate card (issue 3).
//
// The fee recovers cost: priced items and staff time (direct), plus the card's overhead share, less any
// explicit waiver, plus VAT when the card says it applies. The partner's name and kind are recorded but
// never enter a figure (Value Sharing Framework principle 3). Every figure carries its explanation.
//
// Quantities per driver:
//   fixed 1; per_dataset number of datasets; per_dataset_year sum of years_of_data; per_refresh sum of
//   refreshes; per_linkage sum of linkages; per_user_month users x duration_months; per_month
//   duration_months; per_annual_review floor((duration_months - 1) / 12); per_extra_output_check
//   max(0, output_checks - allowance x users x duration_months). A data_type_scaled item sums each
//   dataset's own quantity times its data type's factor. An item priced by data type counts plainly and
//   charges each dataset's quantity at its type's own price (the tariff's figure, not a factor).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/json_input.h"
#include "base/money.h"
#include "base/organisation.h"
#include "base/reading.h"
#include "quote/rate_card.h"

namespace ft::quote {

inline constexpr const char* kQuoteRequestSchema = "fairterms/quote-request@1";
inline constexpr const char* kQuoteSchema = "fairterms/quote@1";

// Bounds on a request: far beyond any real project, and small enough that no figure can overflow.
inline constexpr std::int64_t kMaxDurationMonths = 600;
inline constexpr std::int64_t kMaxUsers = 100'000;
inline constexpr std::int64_t kMaxOutputChecks = 10'000'000;
inline constexpr std::size_t kMaxDatasets = limits::kMaxDatasets;
inline constexpr std::int64_t kMaxYearsOfData = 200;
inline constexpr std::int64_t kMaxRefreshes = 10'000;
inline constexpr std::int64_t kMaxLinkages = 1000;
inline constexpr std::int64_t kMaxStaffDays = 100'000;
inline constexpr std::int64_t kMaxValidForDays = 3650;
inline constexpr int kCardAgeWarningYears = 3;

const std::vector<std::string>& partner_kinds();  // company, university, charity, nhs, public_body, other

enum class Use { commercial, non_commercial };
std::string use_name(Use u);

struct Partner {
    std::string name;
    std::string kind;
    std::string address;   // for the letter's address block; lines joined by '\n', "" if not given
    std::string contact;   // the person the letter is addressed to, "" if not given
};

struct DatasetRequest {
    std::string name;
    std::string data_type;
    std::int64_t years_of_data = 0;
    std::int64_t refreshes = 0;
    std::int64_t linkages = 0;
};

struct StaffDays {
    std::string role;
    Decimal days;   // at most 2 decimal places
};

struct Waiver {
    Pence amount_pence = 0;
    std::string reason;
};

struct QuoteRequest {
    std::string rate_card_id;   // the built-in card it names; "" when the card is given inline
    RateCard card;
    Partner partner;
    Use use = Use::non_commercial;
    std::string purpose;
    std::int64_t duration_months = 12;
    std::int64_t users = 0;
    std::int64_t output_checks = 0;   // over the whole project
    std::vector<DatasetRequest> datasets;
    std::vector<StaffDays> staff_days;  // in the order given
    std::optional<Waiver> waiver;
    // For the letter: all optional. Without a reference one is derived from the request's content.
    std::string reference;
    std::string date;                  // YYYY-MM-DD, "" if not given
    std::int64_t valid_for_days = 90;
    // The NHS organisation sending the quote (letterhead and signature); empty when not given. It never
    // enters a figure or the derived reference.
    org::Organisation issuer;
};

// The part of a line priced by data type that one data type accounts for.
struct TypedCount {
    std::string data_type;
    std::int64_t quantity = 0;
    Pence unit_price_pence = 0;
};

struct QuoteLine {
    std::string kind;          // "item" or "staff"
    std::string id;            // item id, or role for staff time
    std::string label;
    std::string driver;        // driver name, or "per_day" for staff time
    Decimal quantity;
    Pence unit_price_pence = 0;  // 0 with unit_price_varies, when the line's data types have different prices
    bool unit_price_varies = false;
    std::vector<TypedCount> by_data_type;  // for an item priced by data type, in the card's data type order
    Pence amount_pence = 0;
    std::string explanation;
    std::string note;          // the card's note for the item or role
};

struct Warning {
    std::string code;
    std::string message;
};

struct Explanations {
    std::string direct, overhead, waiver, unrecovered, net, vat, total;
};

struct Quote {
    QuoteRequest request;
    std::string reference;
    std::string valid_until;   // "" without a date
    std::vector<QuoteLine> lines;
    Pence direct_pence = 0;
    Pence overhead_pence = 0;
    Pence waiver_pence = 0;
    Pence unrecovered_pence = 0;
    Pence net_pence = 0;
    Pence vat_pence = 0;
    Pence total_pence = 0;
    Explanations explanation;
    std::vector<Warning> warnings;
};

// A line's unit price as people read it: "£488.00", or "by data type" when its data types have different prices.
std::string unit_price_text(const QuoteLine& line);

// Reads a "fairterms/quote-request@1" document; rate_card may be a built-in id or an inline card.
QuoteRequest parse_quote_request(const json& input);
// Reads the same document as a draft (base/reading.h): every field by the same rules, but a field that is
// absent or refused keeps its value in `start`, rules only a finished request can meet (a partner's name, a
// purpose) are not checked, and each refused field is skipped and added to `notes`. A rate card may also be
// named by the id of one of `own_cards`. A draft that is not an object at all gives `start` and one note.
// Never throws InputError. (compute_quote still checks the result in full before pricing it.)
QuoteRequest parse_quote_draft(const json& input, QuoteRequest start, std::vector<InputNote>& notes,
                               const std::vector<RateCard>& own_cards = {});
// The request as a document again (the card by id when it was chosen by id); round-trips exactly.
ojson quote_request_to_json(const QuoteRequest& request);

// Prices a request. Checks it in full first (so structs built by a screen get the same errors, with the
// same pointers, as JSON input): unknown data types, roles, out-of-range values and a waiver above
// direct + overhead are InputErrors.
Quote compute_quote(const QuoteRequest& request);
// The quote as a "fairterms/quote@1" document.
ojson quote_to_json(const Quote& quote);

// The `quote` command: request document in, quote document out.
ojson compute(const json& input);

// Principle 4 text for the quote's use: the value-share placeholder or the consent-to-commercialise clause.
ojson value_share_section(const Quote& quote);
ojson consent_clause(const Quote& quote);

}  // namespace ft::quote
