// A JSON pointer in words a person reads ("/contributions/2/org" -> "Contribution row 3, organisation").
//
// Core reports a refused field by its pointer; a screen never shows one. Each screen gives the words for its
// own members; this walks the pointer once for all of them.
#pragma once

#include <map>
#include <set>
#include <string>

namespace ft::ui {

struct PointerWords {
    std::map<std::string, std::string> words;   // member name -> words ("duration_months" -> "Duration")
    std::set<std::string> silent;               // members that add nothing a person needs ("mechanisms", "request")
    std::string whole;                          // what the empty pointer names ("Scenario")
};

// Each member by its words (a member the table does not name in the generic words: "_pence" dropped, for the
// amount is what a person sees, and underscores as spaces: "valid_for_days" -> "valid for days"), a list
// index as a row number counted from 1 joined to the list's words ("Dataset row 2"), parts joined by ", ".
std::string pointer_words(const std::string& pointer, const PointerWords& words);

}  // namespace ft::ui
