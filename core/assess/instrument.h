// The readiness instrument and the asset rating scheme: data, not code.
//
// Both are JSON documents shipped in assets/instrument/ (fairterms/instrument@1 and
// fairterms/asset-rating@1). A trust can bring its own instrument, so parsing validates everything a
// scorer relies on and names the exact field when something is wrong.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/json_input.h"

namespace ft::assess {

inline constexpr int kLevelCount = 5;  // readiness levels are 1..5

struct LevelText {
    int level = 0;
    std::string descriptor;   // what an organisation at this level looks like
    std::string evidence;     // the minimum evidence that supports claiming it
    std::string next_action;  // what an organisation at this level should do next
};

struct Indicator {
    std::string id;  // unique in the instrument, e.g. "governance.dspt_status"
    std::string title, question, guidance;
    bool core = false;      // counts towards its domain's level
    bool critical = false;  // must reach level 3 for a proactive posture
    std::string source;     // which barrier, principle or guidance it comes from
    std::vector<std::string> barriers;
    std::string evidence_prompt;
    std::array<LevelText, kLevelCount> levels;  // levels[i].level == i + 1

    const LevelText& level(int n) const { return levels[static_cast<std::size_t>(n - 1)]; }
};

struct Domain {
    std::string id, title, summary;
    std::vector<Indicator> indicators;
};

struct Barrier {
    std::string id, title, description;
};

struct Instrument {
    std::string id, version, title, description;
    std::array<std::string, kLevelCount> level_names;  // level_names[i] names level i + 1
    std::vector<Barrier> barriers;
    std::vector<Domain> domains;

    const std::string& level_name(int n) const { return level_names[static_cast<std::size_t>(n - 1)]; }
    // The indicator with this id, or nullptr.
    const Indicator* find_indicator(const std::string& id) const;
    // The domain holding the indicator with this id, or nullptr.
    const Domain* domain_of(const std::string& indicator_id) const;
    std::size_t indicator_count() const;
};

// Reads and fully checks a fairterms/instrument@1 document (unique ids, five levels numbered 1 to 5,
// declared barriers, at least one core indicator per domain). Throws InputError at the exact field.
Instrument parse_instrument(const Field& f);
ojson instrument_to_json(const Instrument& in);

// The built-in instrument, assets/instrument/readiness.json, parsed once. Throws std::runtime_error if
// the shipped file is missing or invalid (a build defect, not a user error).
const Instrument& builtin_instrument();

// Asset rating levels: unrated 0, bronze 1, silver 2, gold 3, platinum 4. The ids are fixed because
// assessments refer to them; the names are the scheme's.
inline constexpr int kRatingLevelCount = 5;
inline const std::array<const char*, kRatingLevelCount> kRatingIds = {"unrated", "bronze", "silver", "gold", "platinum"};

struct Subdimension {
    std::string id, title, question;
    std::array<std::string, 4> descriptors;  // bronze, silver, gold, platinum
};

struct RatingCategory {
    std::string id, title, summary;
    std::vector<Subdimension> subdimensions;
};

struct AssetRatingScheme {
    std::string id, version, title, description;
    std::array<std::string, kRatingLevelCount> level_names;  // by value 0..4
    std::vector<RatingCategory> categories;

    const Subdimension* find_subdimension(const std::string& id) const;
};

// The value 0..4 of a rating id ("gold" -> 3), or -1 for anything else.
int rating_value(const std::string& id);
const char* rating_id(int value);

// Reads and fully checks a fairterms/asset-rating@1 document. Throws InputError at the exact field.
AssetRatingScheme parse_asset_rating(const Field& f);
ojson asset_rating_to_json(const AssetRatingScheme& s);

// The built-in scheme, assets/instrument/asset-rating.json, parsed once (std::runtime_error if broken).
const AssetRatingScheme& builtin_asset_rating();

}  // namespace ft::assess
