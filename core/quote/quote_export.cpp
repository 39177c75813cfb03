#include "quote/quote_export.h"

#include "base/result.h"
#include "base/text_format.h"

namespace ft::quote {
namespace {

using text::csv_row;
using text::csv_user_text;
using text::html_escape;

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

std::string use_label(Use u) { return u == Use::commercial ? "Commercial" : "Non-commercial"; }

// The four principles of the Value Sharing Framework, in the words of this product, with how the quote
// applies each.
std::vector<std::pair<std::string, std::string>> principles(const Quote& q) {
    std::string waiver = q.waiver_pence > 0 ? "A waiver of " + format_gbp(q.waiver_pence) + " is shown as its own line, with its reason."
                                            : "No part of the fee has been waived.";
    std::string share = q.request.use == Use::commercial
                            ? "This is a commercial use, so a share of the value it creates is to be agreed separately from this fee."
                            : "This is a non-commercial use, so the quote carries a consent-to-commercialise clause.";
    return {
        {"Access should not be priced out of reach", "The fee follows a published rate card, applied the same way to every partner. " + waiver},
        {"The fee recovers cost", "Direct costs of providing access plus a proportionate share of overheads, at the rate card's rate."},
        {"The price depends on the work and the use, never on who asks",
         "Figures come from the data, volumes, duration and use. The partner's kind is recorded but changes nothing."},
        {"The NHS shares in the value it helps create", share},
    };
}

std::string principle4_text(const Quote& q) {
    return q.request.use == Use::commercial ? value_share_section(q)["text"].get<std::string>()
                                            : consent_clause(q)["clause"].get<std::string>();
}

const char* kLetterCss = R"(body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0;background:#fff;font-size:11pt;line-height:1.4}
main{max-width:48rem;margin:0 auto;padding:2rem}
header{border-bottom:4px solid #005EB8;padding-bottom:.75rem;margin-bottom:1.25rem}
h1{color:#005EB8;font-size:1.6rem;margin:0 0 .5rem}
h2{color:#005EB8;font-size:1.15rem;margin:1.5rem 0 .5rem;break-after:avoid}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #d8dde0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#005EB8;color:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
td.num,th.num{text-align:right;white-space:nowrap}
tr.total td{font-weight:bold;border-top:2px solid #005EB8}
.how{color:#4c6272;font-size:.85em}
ol.principles li{margin-bottom:.4rem}
.warnings{border-left:4px solid #ffb81c;padding:.25rem 1rem;background:#fff9ec}
.clause{border-left:4px solid #005EB8;padding:.25rem 1rem;background:#eef4fb}
footer{margin-top:2rem;color:#4c6272;font-size:.85em}
@page{size:A4;margin:15mm}
@media print{main{padding:0;max-width:none}tr{break-inside:avoid}}
)";

}  // namespace

std::string quote_html(const Quote& q) {
    const QuoteRequest& r = q.request;
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<title>Quote " + html_escape(q.reference) + "</title>\n<style>\n" + kLetterCss + "</style>\n</head>\n<body>\n<main>\n";
    h += "<header>\n<h1>Quote for access to data</h1>\n<dl class=\"meta\">\n";
    auto meta = [&](const std::string& k, const std::string& v) { h += "<dt>" + k + "</dt><dd>" + html_escape(v) + "</dd>\n"; };
    meta("Reference", q.reference);
    meta("Date", r.date.empty() ? "not stated" : r.date);
    meta("Valid until", r.date.empty() ? std::to_string(r.valid_for_days) + " days from the date of issue" : q.valid_until);
    meta("Prepared for", r.partner.name);
    meta("Use", use_label(r.use));
    meta("Purpose", r.purpose);
    meta("Duration", std::to_string(r.duration_months) + (r.duration_months == 1 ? " month" : " months"));
    meta("Rate card", r.card.name + " (from " + r.card.valid_from + ")");
    h += "</dl>\n</header>\n";

    h += "<h2>Fee</h2>\n<table>\n<thead><tr><th>Item</th><th class=\"num\">Quantity</th><th class=\"num\">Unit price</th>"
         "<th class=\"num\">Amount</th></tr></thead>\n<tbody>\n";
    for (const auto& l : q.lines) {
        h += "<tr><td>" + html_escape(l.label) + "<div class=\"how\">" + html_escape(l.explanation) + "</div></td><td class=\"num\">" +
             html_escape(l.quantity.to_string()) + "</td><td class=\"num\">" + html_escape(unit_price_text(l)) +
             "</td><td class=\"num\">" + html_escape(format_gbp(l.amount_pence)) + "</td></tr>\n";
    }
    if (q.lines.empty()) h += "<tr><td colspan=\"4\">No item has a quantity above zero.</td></tr>\n";
    h += "</tbody>\n</table>\n<table>\n<tbody>\n";
    for (const auto& t : total_rows(q)) {
        if (std::string(t.id) == "unrecovered") continue;
        if (std::string(t.id) == "waiver" && !r.waiver) continue;
        h += std::string("<tr") + (std::string(t.id) == "total" ? " class=\"total\"" : "") + "><td>" + t.label +
             "<div class=\"how\">" + html_escape(*t.explanation) + "</div></td><td class=\"num\">" + html_escape(format_gbp(t.amount)) +
             "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
    if (r.waiver)
        h += "<p>Reason for the waiver: " + html_escape(r.waiver->reason) + ". Cost of access not recovered: " +
             html_escape(format_gbp(q.unrecovered_pence)) + ".</p>\n";

    h += "<h2>" + std::string(r.use == Use::commercial ? "Value share" : "Consent to commercialise") + "</h2>\n";
    h += "<div class=\"clause\"><p>" + html_escape(principle4_text(q)) + "</p></div>\n";

    h += "<h2>The principles this quote follows</h2>\n<ol class=\"principles\">\n";
    for (const auto& [title, how] : principles(q))
        h += "<li><strong>" + html_escape(title) + ".</strong> " + html_escape(how) + "</li>\n";
    h += "</ol>\n";

    if (!q.warnings.empty()) {
        h += "<h2>Points to check</h2>\n<div class=\"warnings\"><ul>\n";
        for (const auto& w : q.warnings) h += "<li>" + html_escape(w.message) + "</li>\n";
        h += "</ul></div>\n";
    }
    h += "<footer><p>Prices from: " + html_escape(r.card.source) + ". Amounts are in pounds sterling; each line is rounded once "
         "to the nearest penny (halves away from zero) and totals are sums of the rounded lines.</p></footer>\n";
    h += "</main>\n</body>\n</html>\n";
    return h;
}

std::string quote_csv(const Quote& q) {
    std::string c = csv_row({"section", "id", "label", "quantity", "unit_price_gbp", "amount_gbp", "explanation"});
    for (const auto& l : q.lines)
        c += csv_row({l.kind == "staff" ? "staff" : "item", csv_user_text(l.id), csv_user_text(l.label), l.quantity.to_string(),
                      l.unit_price_varies ? "" : format_pounds_plain(l.unit_price_pence), format_pounds_plain(l.amount_pence),
                      csv_user_text(l.explanation)});
    for (const auto& t : total_rows(q))
        c += csv_row({"total", t.id, t.label, "", "", format_pounds_plain(t.amount), csv_user_text(*t.explanation)});
    return c;
}

std::string quote_text(const Quote& q) {
    const QuoteRequest& r = q.request;
    std::string s = "Quote " + q.reference + (r.date.empty() ? "" : " dated " + r.date + ", valid until " + q.valid_until) + "\n";
    s += "For: " + r.partner.name + " (" + use_label(r.use) + " use, " + std::to_string(r.duration_months) +
         (r.duration_months == 1 ? " month" : " months") + ")\n";
    s += "Purpose: " + r.purpose + "\n";
    s += "Rate card: " + r.card.name + "\n\n";
    for (const auto& l : q.lines) s += "  " + l.label + ": " + format_gbp(l.amount_pence) + "  (" + l.explanation + ")\n";
    if (q.lines.empty()) s += "  No item has a quantity above zero.\n";
    s += "\n";
    for (const auto& t : total_rows(q)) {
        if (std::string(t.id) == "waiver" && !r.waiver) continue;
        if (std::string(t.id) == "unrecovered" && q.unrecovered_pence == 0) continue;
        s += std::string(t.label) + ": " + format_gbp(t.amount) + "\n";
    }
    if (r.waiver) s += "Waiver reason: " + r.waiver->reason + "\n";
    s += "\n" + principle4_text(q) + "\n";
    if (!q.warnings.empty()) {
        s += "\nPoints to check:\n";
        for (const auto& w : q.warnings) s += "- " + w.message + "\n";
    }
    return s;
}

api::Result run_quote_command(const json& input, std::string_view format) {
    if (format.empty() || format == "json") return api::json_output(compute(input));
    if (format != "html" && format != "csv" && format != "text")
        throw InputError("", "the quote can be written as json, html, csv or text, not '" + std::string(format) + "'");
    Quote q = compute_quote(parse_quote_request(input));
    api::Result r;
    if (format == "html") { r.body = quote_html(q); r.media_type = "text/html"; }
    else if (format == "csv") { r.body = quote_csv(q); r.media_type = "text/csv"; }
    else { r.body = quote_text(q); r.media_type = "text/plain"; }
    return r;
}

}  // namespace ft::quote
