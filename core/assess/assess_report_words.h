// How the readiness report says things, shared by its HTML and Word forms: levels with their names,
// answers, postures and action statuses in plain English (never the codes the JSON uses).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "assess/assess.h"

namespace ft::assess::words {

std::string group_digits(std::int64_t n);
std::string join(const std::vector<std::string>& v, const char* sep);
std::string capitalised(std::string s);
std::string level_label(const Instrument& in, int level);                        // "3 (Defined)"
std::string optional_level_label(const Instrument& in, const std::optional<int>& level);
std::string answer_label(const Instrument& in, const Answer* a);                 // "Level 3 (Defined)", "Not known"
std::string change_label(const std::optional<int>& c);                           // "+1", "-2", ""
std::string json_answer_label(const Instrument& in, const ojson& v);
std::string access_route_label(const std::string& r);
std::string posture_name(Posture p);                                             // "Proactive", "Reactive", "Not yet"
std::string posture_meaning(Posture p);
// Where an indicator stands now: "2 (Developing)", "Not known" or "Not answered".
std::string now_label(const Instrument& in, const std::optional<int>& level, const std::string& state);
std::string domain_title(const Instrument& in, const std::string& id);
// The instrument as a person names it: its title and version, never its id.
std::string instrument_label(const Instrument& in);
// A data asset's details as the report lists them, label and value in order (a value may be empty: each
// form writes "None recorded" its own way).
std::vector<std::pair<const char*, std::string>> asset_details(const Asset& asset);

}  // namespace ft::assess::words
