// The organisation profile: who the NHS organisation is, entered once in the workspace and used by every
// document that leaves the building (the quote letter's letterhead and signature, the header of every
// Word document). The quote request carries the same fields as its "issuer" block.
//
// {"name", "address"? (lines separated by newlines), "contact_name"?, "email"?, "telephone"?,
//  "signatory"?, "signatory_role"?}
#pragma once

#include <string>
#include <vector>

#include "base/json_input.h"

namespace ft::org {

inline constexpr std::size_t kNameMax = 200;
inline constexpr std::size_t kAddressMax = 600;
inline constexpr std::size_t kFieldMax = 200;

struct Organisation {
    std::string name;            // one line
    std::string address;         // lines joined by '\n', each trimmed, no blank lines
    std::string contact_name, email, telephone, signatory, signatory_role;   // one line each

    bool empty() const { return name.empty(); }
    std::vector<std::string> address_lines() const;
};

// A name or other one-line value as it should print: runs of spaces, tabs and line breaks become one
// space, and the ends are trimmed ("  Org\nWith newline " -> "Org With newline").
std::string single_line(const std::string& s);
// Who is named mid-sentence ("owned by X", "approved by X"): a role takes "the" ("the Chief Digital Information
// Officer", "the Trust Board"), a person's name does not ("Dr Helen Morris"), and text that already starts with
// "the" or "a" is kept as typed. Found by a new user: "owned by Chief Digital Information Officer".
std::string named_in_sentence(const std::string& who);
// Address text as it should print: each line trimmed, blank lines dropped, joined by '\n'.
std::string address_text(const std::string& s);

// Reads and checks a profile; `name_required` for the quote's issuer block (a profile being typed on the
// Home screen may still be empty). Errors carry the field's pointer.
Organisation parse(const Field& f, bool name_required);
// The profile as JSON, leaving out empty fields; parse() reads it back to the same profile.
ojson to_json(const Organisation& o);
// The same profile with every field cleaned as parse() would clean it (for structs a screen fills in).
Organisation cleaned(const Organisation& o);

}  // namespace ft::org
