// Cleaning and escaping for every document core writes (HTML, Word's XML, CSV, Markdown), in one place, so
// user text is text in every format: nothing a person types becomes markup, and nothing a format cannot
// hold (control characters, U+FFFE, U+FFFF, invalid UTF-8) reaches the file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ft::text {

// True when `s` holds nothing a person would read: empty, or only spaces, tabs, line breaks and other
// control characters. What every "is this field filled in?" check asks.
bool blank(std::string_view s);

// Valid UTF-8: each byte that does not start or continue a well-formed sequence (overlong forms and
// surrogates included) becomes U+FFFD. Used on anything echoed back in an error or written out.
std::string valid_utf8(std::string_view s);

// The one cleaning step every writer takes: valid UTF-8; CR LF and lone CR become LF; dropped are the
// control characters but tab and LF (U+0000-U+001F, U+007F-U+009F) and the noncharacters XML 1.0 and
// Unicode forbid in text (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last two of every plane).
std::string clean(std::string_view s);

// Text made safe inside HTML element content and double-quoted attribute values (& < > " '), cleaned.
std::string html_escape(std::string_view s);

// Text as XML 1.0 character data (Word's document.xml), cleaned: the five special characters escaped;
// a tab or line break becomes a space, since a Word run holds them as separate elements.
std::string xml_escape(std::string_view s);

// User text inside a Markdown document, cleaned: every character Markdown could read as markup is
// backslash-escaped (so "# ", "<img ...>", "![](http://...)", "&amp;" stay text), and a line's leading spaces are
// dropped so no line becomes a code block.
std::string markdown_text(std::string_view s);

// One CSV field as RFC 4180 wants it, cleaned: quoted (with inner quotes doubled) only when it holds a
// comma, a double quote or a line break.
std::string csv_field(std::string_view s);

// User-typed text for a CSV cell: a leading = + - @ (which spreadsheets would run as a formula) is
// prefixed with an apostrophe. Use for names and descriptions, never for numbers.
std::string csv_user_text(std::string_view s);

// One CSV record: the escaped fields joined by commas, ending in CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ft::text
