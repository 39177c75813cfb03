// A quote as documents people send and file: a printable HTML letter, a CSV table and a plain-text summary.
// All three show the same figures as the quote's JSON, from the same Quote.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "base/json_input.h"
#include "quote/quote.h"

namespace ft::quote {

// Self-contained HTML (inline CSS, no external resources) that prints on A4: reference, date, validity,
// the principles the quote follows, lines, totals and how each figure was computed.
std::string quote_html(const Quote& quote);
// RFC 4180 CSV (CRLF line ends): one row per line, then one per total, amounts in exact pounds.
std::string quote_csv(const Quote& quote);
// A short plain-text summary for the clipboard or an email.
std::string quote_text(const Quote& quote);

// The `quote` command: format "" or "json" gives the quote document; "html", "csv" and "text" the exports.
api::Result run_quote_command(const json& input, std::string_view format);

}  // namespace ft::quote
