// The workspace file: everything a user has entered, in one JSON document they can save, open and share.
//
// {"schema": "fairterms/workspace@N", "saved_at": ..., "app": {...}, "<part>": ...}
// Each screen owns one part (organisation, quotes, value_scenarios, assessment, strategy, rate_cards, partnerships)
// and may hold
// unfinished drafts there, so this module checks the envelope and the type of each part, and migrates
// older versions; the screens check the contents they read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/json_input.h"

namespace ft::workspace {

// Version 2 added "partnerships" (issue 15); a version 1 file gains an empty list.
inline constexpr int kCurrentVersion = 2;
inline constexpr const char* kSchemaPrefix = "fairterms/workspace@";

// A new empty workspace at the current version.
ojson empty();

// Parses, migrates to the current version and checks a workspace file. Throws InputError with a pointer.
// Given `unknown`, a part this version does not know (written by a newer version of the same format, which
// only adds parts) is left out of the result and its name added there, so the rest still opens; without it
// such a part is refused. A file whose format number is newer is always refused.
json load(std::string_view text, std::vector<std::string>* unknown = nullptr);

// The same checks on an already parsed document (used by `fairterms validate`, which stays strict).
json migrate_and_check(json doc);

// The parts a workspace may hold and the JSON type of each ("array" or "object").
struct Part {
    const char* name;
    const char* type;
    std::size_t max_items = 0;  // the cap on a list part (input_limits.h); 0 for an object part
    const char* noun = "";      // what the list holds, for the refusal ("quotes")
};
const std::vector<Part>& parts();

}  // namespace ft::workspace
