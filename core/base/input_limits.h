// Caps on what one input may hold, defined once so the CLI, the JS API and the UI refuse the same files
// with the same words. Each cap is far above any real trust's use and low enough that the largest input
// computes in well under a second and a few megabytes.
#pragma once

#include <cstddef>
#include <string>

namespace ft::limits {

// JSON nesting: no fairterms document goes deeper than about 8 levels.
inline constexpr std::size_t kMaxNesting = 64;

// Workspace parts. A file over a cap is refused with its pointer ("/quotes: must hold at most 500 quotes,
// not 501"); the app refuses to add one more with list_full() below, naming the same cap.
inline constexpr std::size_t kMaxQuotes = 500;
inline constexpr std::size_t kMaxValueScenarios = 200;
inline constexpr std::size_t kMaxRateCards = 100;
inline constexpr std::size_t kMaxPartnerships = 500;   // as many as quotes: each partnership starts from one
inline constexpr const char* kQuotesNoun = "quotes";
inline constexpr const char* kValueScenariosNoun = "value scenarios";
inline constexpr const char* kDataAssetsNoun = "data assets";

// Readiness assessment: the data asset register, indicator answers and comparison profiles.
inline constexpr std::size_t kMaxDataAssets = 2000;
inline constexpr std::size_t kMaxAnswers = 500;
inline constexpr std::size_t kMaxProfiles = 50;
inline constexpr std::size_t kMaxListItems = 100;  // short lists inside one asset (sources, access routes)

// Instrument and asset rating documents.
inline constexpr std::size_t kMaxIndicators = 500;
inline constexpr std::size_t kMaxDomains = 50;

// Value share: contributions, milestones, years.
inline constexpr std::size_t kMaxContributions = 200;
inline constexpr std::size_t kMaxMilestones = 200;
inline constexpr int kMaxValueYears = 50;  // a deal's horizon

// Quote request: datasets in one request.
inline constexpr std::size_t kMaxDatasets = 1000;

// Dates: a year after 2100 is a typo, and bounding it keeps every date fairterms computes (a quote's
// valid-until, a plan's due dates) inside what it reads back.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2100;

// What the app says when the user tries to add one more to a full list.
inline std::string list_full(std::size_t cap, const char* noun) {
    return "This workspace already holds " + std::to_string(cap) + " " + noun +
           ", the most one workspace can hold. Delete one to add another, or start a new workspace file.";
}

}  // namespace ft::limits
