// The transparency register: one row per published partnership, as CSV (UTF-8 with a byte-order mark) and
// as an HTML page a trust can put on its website as it is (self-contained, no scripts, no outside links).
#include "base/csv_bom.h"
#include "base/dates.h"
#include "base/money.h"
#include "base/text_format.h"
#include "partnership/terms.h"

namespace ft::partnership {
namespace {

const std::vector<std::string>& headings() {
    static const std::vector<std::string> h = {"Partner", "Purpose", "Data used", "Access route", "Commercial use", "Fee charged",
                                               "Value share", "Start date", "Status", "Public benefit"};
    return h;
}

std::string route_short(const std::string& r) {
    if (r == "sde") return "Secure data environment";
    if (r == "federated") return "Federated analysis";
    if (r == "aggregate_outputs") return "Aggregate outputs only";
    if (r == "extract") return "De-identified extract";
    return r;
}

std::vector<std::string> cells(const RegisterRow& r) {
    return {r.partner, r.purpose, r.data, r.route, r.use, r.fee, r.value_share, r.start, r.status, r.benefit};
}

}  // namespace

std::vector<RegisterRow> register_rows(const std::vector<Linked>& partnerships) {
    std::vector<RegisterRow> rows;
    for (const Linked& l : partnerships) {
        const Partnership& p = l.record;
        if (!p.publish) continue;
        RegisterRow r;
        r.partner = org::single_line(p.partner_name);
        r.purpose = org::single_line(p.purpose);
        for (std::size_t i = 0; i < l.assets.size(); ++i) r.data += (i ? "; " : "") + (l.assets[i].found ? l.assets[i].name : l.assets[i].id);
        if (r.data.empty()) r.data = "Not stated";
        r.route = route_short(p.access_route);
        r.use = p.commercial ? "Yes" : "No";
        if (l.quote) r.fee = format_gbp(l.quote->total_pence);
        else r.fee = p.quote.empty() ? "Not yet agreed" : "Not available: the linked quote is no longer in the workspace or cannot be priced";
        if (!p.commercial) {
            r.value_share = p.consent_to_commercialise ? "None (non-commercial use); consent to commercialise required" : "None (non-commercial use)";
        } else if (l.value) {
            for (std::size_t i = 0; i < l.value->mechanisms.size(); ++i) {
                const auto& m = l.value->mechanisms[i];
                r.value_share += (i ? "; " : "") + m.label + (p.publish_amounts ? " (" + format_gbp(m.nominal_pence) + ")" : "");
            }
            if (r.value_share.empty()) r.value_share = "To be agreed";
        } else {
            r.value_share = "To be agreed";
        }
        r.start = p.start_date;
        r.status = status_words(p.status);
        r.benefit = org::single_line(p.benefit_what);
        rows.push_back(std::move(r));
    }
    return rows;
}

std::string register_csv(const std::vector<RegisterRow>& rows) {
    std::string out = csv::kUtf8Bom + text::csv_row(headings());
    for (const auto& r : rows) {
        std::vector<std::string> f;
        std::vector<std::string> c = cells(r);
        // Names and descriptions people typed are guarded against spreadsheet formulas; fixed words and
        // figures fairterms wrote are not ("-£5.00" stays a number).
        for (std::size_t i = 0; i < c.size(); ++i) f.push_back(i == 0 || i == 1 || i == 2 || i == 9 ? text::csv_user_text(c[i]) : c[i]);
        out += text::csv_row(f);
    }
    return out;
}

std::string register_html(const std::vector<RegisterRow>& rows, const std::string& organisation) {
    auto e = [](const std::string& s) { return text::html_escape(s); };
    std::string name = organisation.empty() ? "NHS organisation" : org::single_line(organisation);
    std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Register of data partnerships: " +
                    e(name) + "</title>\n<style>\n"
                    "body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0;background:#fff;line-height:1.45}\n"
                    "main{max-width:80rem;margin:0 auto;padding:1.5rem}\n"
                    "h1{color:#005EB8;font-size:1.6rem;margin:0 0 .5rem}\n"
                    "table{border-collapse:collapse;width:100%;font-size:.92rem}\n"
                    "caption{text-align:left;font-weight:bold;margin-bottom:.4rem}\n"
                    "th,td{border:1px solid #aeb7bd;padding:.35rem .5rem;text-align:left;vertical-align:top}\n"
                    "th{background:#e8edee}\n"
                    "@media print{@page{size:A4 landscape;margin:12mm}tr{break-inside:avoid}}\n"
                    "</style>\n</head>\n<body>\n<main>\n<h1>Register of data partnerships</h1>\n<p><strong>" +
                    e(name) + "</strong></p>\n<p>" + e(name) +
                    " publishes every partnership in which it gives a partner access to its data: who the partner is, what the data "
                    "are used for, how they are reached, what the partner pays and what the public should gain.</p>\n";
    if (rows.empty()) {
        h += "<p>There are no partnerships to report.</p>\n";
    } else {
        h += "<table>\n<caption>" + std::to_string(rows.size()) + (rows.size() == 1 ? " partnership" : " partnerships") +
             "</caption>\n<thead><tr>";
        for (const auto& head : headings()) h += "<th scope=\"col\">" + e(head) + "</th>";
        h += "</tr></thead>\n<tbody>\n";
        for (const auto& r : rows) {
            std::vector<std::string> c = cells(r);
            c[7] = c[7].empty() ? "To be agreed" : dates::long_date(c[7]);
            h += "<tr><th scope=\"row\">" + e(c[0]) + "</th>";
            for (std::size_t i = 1; i < c.size(); ++i) h += "<td>" + e(c[i]) + "</td>";
            h += "</tr>\n";
        }
        h += "</tbody>\n</table>\n";
    }
    return h + "</main>\n</body>\n</html>\n";
}

}  // namespace ft::partnership
