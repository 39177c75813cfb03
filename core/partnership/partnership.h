// Partnerships (issue 15): what a trust agrees with a partner, first as heads of terms "subject to contract",
// and the public register of its partnerships.
//
// A record, "fairterms/partnership@1", lives in the workspace's "partnerships" list. It names what it uses
// from the rest of the workspace by the names the other screens give them (a quote's name, a value-share
// scenario's name) and by asset id (the asset register), so its figures always come from the quote and the
// scenario as they stand: nothing is copied, and a link to something since deleted is reported, not broken.
//
// Exclusivity: DHSC's third principle forbids exclusive arrangements, so the record has no field that could
// grant one, and a file that tries ("exclusivity", "exclusive") is refused citing the principle.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/json_input.h"
#include "base/organisation.h"

namespace ft::partnership {

inline constexpr const char* kSchema = "fairterms/partnership@1";
inline constexpr std::size_t kNameMax = 200;
inline constexpr std::size_t kTextMax = 2000;
inline constexpr std::size_t kMaxAssets = limits::kMaxListItems;
inline constexpr std::size_t kMaxReviewPoints = 20;
inline constexpr std::int64_t kMaxTermMonths = 600;
inline constexpr int kMaxWeight = 5;
inline constexpr int kMeasureFromWeight = 3;   // a value weighted this or more must say how it is measured

const std::vector<std::string>& partner_kinds();      // company, university, charity, nhs, public_body, other
const std::vector<std::string>& access_routes();      // sde first, then federated, aggregate_outputs, extract
std::string access_route_words(const std::string& route);
const std::vector<std::string>& statuses();           // proposed, agreed, active, ended
std::string status_words(const std::string& status);
const std::vector<std::string>& foreground_options(); // nhs, partner, joint, each_own
std::string foreground_words(const std::string& option);
const std::vector<std::string>& licence_back_options();  // royalty_free_nhs, royalty_free_research, none
std::string licence_back_words(const std::string& option);
const std::vector<std::string>& recipients();         // patients, trust, wider_nhs, local_economy, partner
std::string recipient_words(const std::string& recipient);

// The five kinds of value a deal balances, in the order documents show them.
enum class ValueKind { clinical, social, economic, environmental, commercial };
inline constexpr std::array<ValueKind, 5> kValueKinds = {ValueKind::clinical, ValueKind::social, ValueKind::economic,
                                                         ValueKind::environmental, ValueKind::commercial};
const char* value_key(ValueKind k);      // "clinical", ..., "economic_development", ...
const char* value_title(ValueKind k);    // "Clinical", ..., "Economic development", ...

struct ValueEntry {
    std::string expected;                  // the value expected, in words
    std::vector<std::string> recipients;   // who receives it
    std::string measure;                   // how it will be measured
    int weight = 0;                        // 0..5: how much it matters in this deal
};

struct Approvals {
    std::string ig_signoff, dpia, caldicott, approval;   // ISO dates, "" when not yet recorded
    std::string approval_body = "board";                 // "committee" or "board"
};

struct Partnership {
    std::string name;                      // how the trust refers to it; unique in a workspace
    std::string partner_name, partner_address;
    // Unset ("") until the person picks one: nothing is priced by the kind of partner, so no kind is assumed.
    std::string partner_kind;
    std::string purpose;
    std::string benefit_what, benefit_who, benefit_public;   // the National Data Guardian's three questions
    bool commercial = false;
    std::vector<std::string> assets;       // asset ids from the asset register
    std::string access_route = "sde";
    std::string access_reason;             // required when the route is not a secure data environment
    std::string quote;                     // the linked quote's name, "" for none
    std::string value_scenario;            // the linked value-share scenario's name (commercial use)
    bool consent_to_commercialise = true;  // non-commercial use
    std::string start_date;                // ISO, "" when not yet known
    std::int64_t term_months = 12;
    std::vector<std::string> review_points;   // ISO dates
    std::string foreground = "each_own", licence_back = "royalty_free_nhs", ip_note;
    bool publish = true;
    std::string publish_reason;            // why it is not in the register (required when publish is false)
    bool publish_amounts = false;          // the register may show value-share amounts
    Approvals approvals;
    std::string status = "proposed";
    std::array<ValueEntry, 5> values;      // in kValueKinds order
};

// Reads and checks one record; every refusal carries the field's pointer. The value profile rules are
// checked here (all five present, weights 0-5, a measure for any value weighted 3 or more).
Partnership parse(const Field& f);
// The record as JSON; parse() reads it back to the same record.
ojson to_json(const Partnership& p);
// A new record with the defaults a screen starts from.
Partnership new_record(const std::string& name);

// The value profile's rules on their own (for a record a screen is editing); throws InputError with the
// pointer below `base` ("/value_profile/clinical/measure").
void check_value_profile(const std::array<ValueEntry, 5>& values, const std::string& base);

}  // namespace ft::partnership
