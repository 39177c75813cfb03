#include "quote/quote_export.h"

#include "base/csv_bom.h"
#include "base/docx.h"
#include "base/result.h"
#include "base/text_format.h"

namespace ft::quote {
namespace {

using text::csv_row;
using text::csv_user_text;

// The figures after the lines, in the order they are read: each name, amount and explanation.
struct TotalRow {
    const char* id;
    const char* label;
    Pence amount;
    const std::string* explanation;
};

std::vector<TotalRow> total_rows(const Quote& q) {
    return {
        {"direct", "Direct cost", q.direct_pence, &q.explanation.direct},
        {"overhead", "Overhead", q.overhead_pence, &q.explanation.overhead},
        {"waiver", "Waiver", q.waiver_pence, &q.explanation.waiver},
        {"net", "Net fee", q.net_pence, &q.explanation.net},
        {"vat", "VAT", q.vat_pence, &q.explanation.vat},
        {"total", "Total", q.total_pence, &q.explanation.total},
        {"unrecovered", "Cost not recovered", q.unrecovered_pence, &q.explanation.unrecovered},
    };
}

}  // namespace

std::string quote_csv(const Quote& q) {
    // Every row says which quote it belongs to (reference, ISO date, partner), so rows pasted into a
    // finance workbook keep their meaning; the byte-order mark makes Excel read the file as UTF-8.
    const QuoteRequest& r = q.request;
    std::vector<std::string> id = {csv_user_text(q.reference), r.date, csv_user_text(r.partner.name)};
    auto row = [&](std::vector<std::string> rest) {
        std::vector<std::string> fields = id;
        fields.insert(fields.end(), rest.begin(), rest.end());
        return csv_row(fields);
    };
    // Headers and sections in words, for the finance lead reading it in a spreadsheet (found by a new user:
    // "unit_price_gbp", "id" and rate-card item codes such as "project-setup" were programmer notation). The
    // line's label names it; amounts stay plain numbers (no £, no thousands separator) so they add up.
    std::string c = csv::kUtf8Bom + csv_row({"Reference", "Date", "Partner", "Section", "Line", "Quantity", "Unit price (£)",
                                              "Amount (£)", "How it is worked out"});
    for (const auto& l : q.lines)
        c += row({l.kind == "staff" ? "Staff time" : "Rate card item", csv_user_text(l.label), l.quantity.to_string(),
                  l.unit_price_varies ? "" : format_pounds_plain(l.unit_price_pence), format_pounds_plain(l.amount_pence),
                  csv_user_text(l.explanation)});
    for (const auto& t : total_rows(q))
        c += row({"Totals", t.label, "", "", format_pounds_plain(t.amount), csv_user_text(*t.explanation)});
    return c;
}

api::Result run_quote_command(const json& input, std::string_view format) {
    if (format.empty() || format == "json") return api::json_output(compute(input));
    if (format != "html" && format != "csv" && format != "text" && format != "docx" && format != "docx-base64")
        throw InputError("", "the quote can be written as json, html, csv, text, docx or docx-base64, not '" + std::string(format) + "'");
    Quote q = compute_quote(parse_quote_request(input));
    if (format == "docx" || format == "docx-base64") return api::docx_output(quote_docx(q), format);
    api::Result r;
    if (format == "html") { r.body = quote_html(q); r.media_type = "text/html"; }
    else if (format == "csv") { r.body = quote_csv(q); r.media_type = "text/csv"; }
    else { r.body = quote_text(q); r.media_type = "text/plain"; }
    return r;
}

}  // namespace ft::quote
