// A quote as documents people send and file: a printable HTML letter, a CSV table and a plain-text summary.
// All three show the same figures as the quote's JSON, from the same Quote.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "base/json_input.h"
#include "quote/quote.h"

namespace ft::quote {

// The letter from the issuing organisation (request.issuer) to the partner, as self-contained HTML that
// prints on A4: letterhead, address block, reference, date and validity in words, lines and totals with
// how each was computed, the consent-to-commercialise or value-share section, principles, signature.
std::string quote_html(const Quote& quote);
// RFC 4180 CSV (CRLF line ends, UTF-8 byte-order mark): one row per line, then one per total, amounts in
// exact pounds; every row starts with the quote's reference, ISO date and partner.
std::string quote_csv(const Quote& quote);
// The letter as plain text, for the clipboard or an email.
std::string quote_text(const Quote& quote);
// The letter as a Word document, for sending on a trust's own letterhead.
std::string quote_docx(const Quote& quote);

// The `quote` command: format "" or "json" gives the quote document; "html", "csv" and "text" the exports.
api::Result run_quote_command(const json& input, std::string_view format);

}  // namespace ft::quote
