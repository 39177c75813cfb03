// Escaping for the documents core writes (HTML letters, CSV tables), shared by every module that exports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ft::text {

// Text made safe inside HTML element content and double-quoted attribute values (& < > " ').
std::string html_escape(std::string_view s);

// One CSV field as RFC 4180 wants it: quoted (with inner quotes doubled) only when it holds a comma,
// a double quote, CR or LF.
std::string csv_field(std::string_view s);

// User-typed text for a CSV cell: a leading = + - @ (which spreadsheets would run as a formula) is
// prefixed with an apostrophe. Use for names and descriptions, never for numbers.
std::string csv_user_text(std::string_view s);

// One CSV record: the escaped fields joined by commas, ending in CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ft::text
