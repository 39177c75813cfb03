// Readiness assessment: an organisation's answers to the instrument, its data asset register and partner
// requirement profiles in; domain levels, a partnership posture, asset badges, profile matches, an action
// plan and a comparison with an earlier assessment out.
//
// Input document (fairterms/assessment@1):
//   {"schema", "organisation", "assessed_on"?, "target_level"? (1..5, default 3),
//    "instrument"? (inline fairterms/instrument@1; default the built-in one),
//    "asset_rating"? (inline fairterms/asset-rating@1; default the built-in one),
//    "answers": {"<indicator id>": {"level": 1..5 | "not_known" | "not_applicable", "certainty"?, "evidence"?,
//                 "note"?, "target"?, "action"? {"text", "owner", "priority", "due"}}},
//    "assets": [...], "profiles": [...], "previous"? (an earlier assessment, for comparison)}
// Output document: fairterms/assessment-result@1 (see result_to_json). There is deliberately no single
// overall score: a Board reads the domains, the posture and what holds it back.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/json_input.h"
#include "assess/instrument.h"

namespace ft::assess {

// Text limits of an assessment, checked by the parser and used by the screens' fields (one definition).
inline constexpr std::size_t kShortTextMax = 200;    // names, owners, ids, list items
inline constexpr std::size_t kLongTextMax = 10000;   // evidence, notes, descriptions

// ---- input ------------------------------------------------------------------------------------------------

enum class AnswerKind { level, not_known, not_applicable };

struct Action {
    std::string text, owner;
    std::string priority;  // "high" | "medium" | "low", or empty for the default
    std::string due;       // YYYY-MM-DD or empty
    bool empty() const { return text.empty() && owner.empty() && priority.empty() && due.empty(); }
};

struct Answer {
    AnswerKind kind = AnswerKind::level;
    int level = 1;                 // 1..5 when kind == level
    std::string certainty;         // "low" | "medium" | "high" or empty
    std::string evidence, note;
    std::optional<int> target;     // overrides the assessment's target_level
    Action action;
};

struct Asset {
    std::string id, name, description;
    std::vector<std::string> data_types;
    std::optional<std::int64_t> records;
    std::string date_from, date_to;  // YYYY-MM-DD, or YYYY-MM for a range known to the month; or empty
    std::vector<std::string> source_systems;
    std::string steward, ig_notes;
    std::string deidentification;    // identifiable | pseudonymised | anonymised | aggregated, or empty
    std::vector<std::string> access_routes;  // sde | federated | aggregate_outputs | extract
    std::map<std::string, std::string> ratings;  // sub-dimension id -> rating id; missing = unrated
};

struct Profile {
    std::string id, name;
    std::map<std::string, std::string> minimums;  // sub-dimension id -> bronze..platinum
};

struct Assessment {
    std::string organisation, assessed_on;
    int target_level = 3;
    std::shared_ptr<const Instrument> instrument;
    bool builtin_instrument = true;     // false when the document carried its own
    std::shared_ptr<const AssetRatingScheme> asset_rating;
    bool builtin_asset_rating = true;
    std::map<std::string, Answer> answers;  // by indicator id; absent = not answered
    std::vector<Asset> assets;
    std::vector<Profile> profiles;
    std::shared_ptr<const Assessment> previous;  // an earlier assessment, or null

    const Answer* answer(const std::string& indicator_id) const;
    int target_for(const std::string& indicator_id) const;
};

// Reads and fully checks a fairterms/assessment@1 document; InputError names the exact field.
Assessment parse_assessment(const Field& f);
// The document again, in canonical order, so the UI can save state and read it back unchanged.
ojson assessment_to_json(const Assessment& a);
// An empty assessment on the built-in instrument and asset rating scheme.
Assessment new_assessment();

// ---- results ----------------------------------------------------------------------------------------------

struct DomainResult {
    std::string id, title;
    std::optional<int> level;    // null: not assessed (no core answer other than not_applicable)
    int answered = 0, total = 0;           // any answer, including not_known and not_applicable
    int core_answered = 0, core_total = 0;
    std::vector<int> core_values;          // sorted; the values the median is taken over
    int not_known = 0, not_applicable = 0; // among the core answers
    std::string explanation;
};

enum class Posture { not_yet, reactive, proactive };
const char* posture_id(Posture p);

// A domain or critical indicator holding the posture back.
struct PostureReason {
    std::string kind;   // "domain" | "indicator"
    std::string id, title;
    std::optional<int> level;  // null when not assessed, not known or not answered
    std::string state;  // "level" | "not_assessed" | "not_known" | "not_answered" | "not_applicable" (critical only)
    int needed = 0;     // 2 to allow a reactive posture, 3 to allow a proactive one
    std::string text;
};

struct CriticalGap {
    std::string id, title, domain;
    std::optional<int> level;
    std::string state;  // "level" | "not_known" | "not_answered" | "not_applicable"
    int needed = 3;
};

struct CategoryBadge {
    std::string id, title;
    int value = 0;  // 0..4 (unrated..platinum)
    std::string explanation;
};

struct AssetResult {
    std::string id, name;
    std::vector<CategoryBadge> categories;
    int readiness = 0;  // the lowest category badge
    std::string explanation;
};

struct Gap {
    std::string subdimension, required, actual;
};

struct ProfileResult {
    std::string id, name;
    std::vector<std::string> meets;  // asset ids, in register order
    std::vector<std::pair<std::string, std::vector<Gap>>> gaps;  // asset id -> what it lacks
};

struct ActionItem {
    std::string indicator, domain, title;
    bool core = false, critical = false;
    std::optional<int> level;
    std::string status;          // "below_target" | "not_known" | "not_answered" | "not_applicable" (critical only)
    int target = 3;
    std::string suggested_action;
    std::string action, owner, due;
    std::string priority;        // effective: the user's, else high (critical) / medium (core) / low
    bool priority_is_default = true;
    std::size_t order = 0;       // the indicator's position in the instrument, the last sort key
};

// before/after of one indicator: a level, "not_known", "not_applicable" or null (not answered).
struct IndicatorChange {
    std::string id, title;
    ojson before, after;
    std::optional<int> change;   // after - before, when both are levels
    std::string status;          // improved | declined | unchanged | newly_answered | no_longer_answered | changed
};

struct DomainChange {
    std::string id, title;
    std::optional<int> before, after, change;
};

struct Comparison {
    std::string previous_assessed_on, previous_instrument_version;
    std::vector<IndicatorChange> indicators;
    std::vector<DomainChange> domains;
};

struct AssessResult {
    int answered = 0, total = 0;
    std::vector<DomainResult> domains;
    Posture posture = Posture::not_yet;
    std::vector<PostureReason> posture_reasons;
    std::string posture_explanation;
    std::vector<CriticalGap> critical_gaps;
    std::vector<AssetResult> assets;
    std::vector<ProfileResult> profiles;
    std::vector<ActionItem> action_plan;
    std::optional<Comparison> comparison;
};

// Floor of the median of values (not empty): the mean of the two middle values for an even count.
int floor_median(std::vector<int> values);

DomainResult score_domain(const Domain& d, const Assessment& a);
AssetResult rate_asset(const Asset& asset, const AssetRatingScheme& scheme);
ProfileResult match_profile(const Profile& p, const std::vector<Asset>& assets, const AssetRatingScheme& scheme);
std::vector<ActionItem> action_plan(const Assessment& a);

AssessResult assess(const Assessment& a);

// fairterms/assessment-result@1.
ojson result_to_json(const Assessment& a, const AssessResult& r);

// The `assess` command: an assessment document in, its result out.
ojson assess_command(const json& input);

// How an answer reads in JSON: its level, "not_known", "not_applicable", or null when missing.
ojson answer_value(const Answer* a);

}  // namespace ft::assess
