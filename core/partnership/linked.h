// A partnership together with what it links to in the workspace: the issuing organisation, its data assets
// with their readiness, the quote (priced) and the value-share scenario (computed), and the principles check.
//
// resolve() never refuses a dangling link: a quote or scenario deleted since the record was made, or one
// that no longer prices, is kept as a problem in words, so the screen and the register say so instead of
// breaking. check_links() is the strict form, for heads of terms, which must not go to a partner with a
// link that points nowhere.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/json_input.h"
#include "base/organisation.h"
#include "partnership/partnership.h"
#include "quote/quote.h"
#include "value/value.h"

namespace ft::partnership {

struct AssetLink {
    std::string id, name;
    bool found = false;
    int readiness = 0;             // 0 not rated, 1 Bronze .. 4 Platinum: the asset's lowest category badge
    std::string readiness_words;   // "Silver", "Not rated", "Not in the asset register"
};

struct Principle {
    std::string source;   // "DHSC" or "Value Sharing Framework"
    int number = 0;
    std::string title;
    bool pass = false;
    std::string reason;
};

struct Linked {
    Partnership record;
    org::Organisation issuer;               // the workspace's organisation profile (may be empty)
    std::vector<AssetLink> assets;
    std::optional<quote::Quote> quote;      // priced; empty with quote_problem set
    std::string quote_problem;              // "" when the quote priced, or when none is linked
    // "" unless the priced quote names a different partner from the record (names compared ignoring case
    // and spacing): a sentence saying both, so the quote is checked before terms go out on it.
    std::string quote_partner_note;
    std::optional<value::ValueResult> value;
    std::string value_problem;
    std::vector<Principle> principles;      // filled by check_principles
};

// The assets a workspace's register holds: (id, name, readiness 0..4, words), in register order.
std::vector<AssetLink> workspace_assets(const json& workspace);
// Names of the quotes and the value-share scenarios a workspace holds, in order.
std::vector<std::string> workspace_quote_names(const json& workspace);
std::vector<std::string> workspace_scenario_names(const json& workspace);

// Looks up everything the record names and runs the principles check. Never throws for a dangling link.
Linked resolve(const Partnership& p, const json& workspace);

// Refuses, with the pointer below `base` ("/partnerships/2"), an asset id the register does not hold, a
// quote or scenario name the workspace does not hold, and a linked quote or scenario that does not price.
void check_links(const Linked& l, const std::string& base);

// DHSC's five principles, then the Value Sharing Framework's four, each with its pass or fail and why.
std::vector<Principle> check_principles(const Linked& l);
std::string readiness_words(int level);

}  // namespace ft::partnership
