// The quote as a letter from the issuing NHS organisation to the partner, in HTML (printable on A4),
// plain text (for an email) and Word (for a trust's own letterhead). All three are built from the same
// Letter, so they say the same thing. The engine's points to check are for the person preparing the
// quote and stay on the screen: they never appear in the letter.
#include "quote/quote_export.h"

#include "base/dates.h"
#include "base/docx.h"
#include "base/text_format.h"

namespace ft::quote {
namespace {

using text::html_escape;

struct Figure {
    std::string label, amount, how;
    bool total = false;
};

struct Letter {
    org::Organisation from;
    std::vector<std::string> to;                 // contact, partner, address lines
    std::vector<std::pair<std::string, std::string>> meta;   // Our reference, Date, Valid until
    std::string subject, salutation;
    std::vector<std::string> opening;            // paragraphs
    std::vector<std::vector<std::string>> lines; // item, how, quantity, unit price, amount
    std::vector<Figure> totals;
    std::string waiver;                          // "" without a waiver
    std::string clause_heading, clause;
    std::vector<std::pair<std::string, std::string>> principles;
    std::vector<std::string> closing;            // validity and how to reply
    std::vector<std::string> signature;          // signatory, role, organisation
    std::string small_print;
};

std::string months(std::int64_t n) { return std::to_string(n) + (n == 1 ? " month" : " months"); }

std::string use_words(Use u) { return u == Use::commercial ? "commercial" : "non-commercial"; }

Letter letter_of(const Quote& q) {
    const QuoteRequest& r = q.request;
    Letter l;
    l.from = org::cleaned(r.issuer);
    std::string from_name = l.from.empty() ? std::string("the NHS organisation providing the data") : l.from.name;

    if (!r.partner.contact.empty()) l.to.push_back(r.partner.contact);
    l.to.push_back(r.partner.name);
    org::Organisation partner_address;
    partner_address.address = r.partner.address;
    for (const auto& line : partner_address.address_lines()) l.to.push_back(line);

    l.meta.push_back({"Our reference", q.reference});
    l.meta.push_back({"Date", r.date.empty() ? "Not stated" : dates::long_date(r.date)});
    l.meta.push_back({"Valid until", r.date.empty() ? std::to_string(r.valid_for_days) + " days from the date of issue"
                                                    : dates::long_date(q.valid_until)});

    l.subject = "Quote for access to data";
    l.salutation = r.partner.contact.empty() ? "Dear Sir or Madam," : "Dear " + r.partner.contact + ",";
    l.opening.push_back("Thank you for your request for access to data for this purpose: " + r.purpose);
    std::string scope = "This letter sets out our fee for a " + use_words(r.use) + " use over " + months(r.duration_months);
    if (r.users > 0) scope += ", for " + std::to_string(r.users) + (r.users == 1 ? " user" : " users");
    scope += ". The fee follows our published rate card, " + r.card.name + ", in effect from " + dates::long_date(r.card.valid_from) +
             ", applied in the same way to every partner.";
    l.opening.push_back(scope);

    // The letter states the rounding rule once, in its small print, so each line's workings leave out the
    // repeated "rounded half away from zero to £x" (the amount column shows £x); the quote's JSON and CSV
    // keep the full workings. This keeps the golden letter to two pages.
    const std::string rounded = ", rounded half away from zero to ";
    for (const auto& line : q.lines) {
        std::string how = line.explanation;
        std::size_t at = how.find(rounded);
        if (at != std::string::npos) {
            // The amount is written "£1,222.61": it ends two digits after its decimal point.
            std::size_t point = how.find('.', at + rounded.size());
            std::size_t end = point == std::string::npos ? how.size() : std::min(how.size(), point + 3);
            how.erase(at, end - at);
        }
        l.lines.push_back({line.label, how, line.quantity.to_string(), unit_price_text(line), format_gbp(line.amount_pence)});
    }
    auto figure = [&](const char* label, Pence p, const std::string& how, bool total = false) {
        l.totals.push_back({label, format_gbp(p), how, total});
    };
    figure("Direct cost", q.direct_pence, q.explanation.direct);
    figure("Overhead", q.overhead_pence, q.explanation.overhead);
    if (r.waiver) figure("Waiver", -q.waiver_pence, q.explanation.waiver);
    figure("Net fee", q.net_pence, q.explanation.net);
    figure("VAT", q.vat_pence, q.explanation.vat);
    figure("Total", q.total_pence, q.explanation.total, true);
    if (r.waiver)
        l.waiver = "We have waived " + format_gbp(q.waiver_pence) + " of the fee. Reason: " + r.waiver->reason + ".";

    l.clause_heading = r.use == Use::commercial ? "Value share" : "Consent to commercialise";
    l.clause = r.use == Use::commercial ? value_share_section(q)["text"].get<std::string>() : consent_clause(q)["clause"].get<std::string>();

    std::string waiver = q.waiver_pence > 0 ? "A waiver of " + format_gbp(q.waiver_pence) + " is shown as its own line, with its reason."
                                            : "No part of the fee has been waived.";
    std::string share = r.use == Use::commercial
                            ? "This is a commercial use, so a share of the value it creates is to be agreed separately from this fee."
                            : "This is a non-commercial use, so the quote carries a consent-to-commercialise clause.";
    l.principles = {
        {"Access should not be priced out of reach", "The fee follows a published rate card, applied the same way to every partner. " + waiver},
        {"The fee recovers cost", "Direct costs of providing access plus a proportionate share of overheads, at the rate card's rate."},
        {"The price depends on the work and the use, never on who asks",
         "Figures come from the data, volumes, duration and use. The kind of partner is recorded but changes nothing."},
        {"The NHS shares in the value it helps create", share},
    };

    l.closing.push_back(r.date.empty() ? "This quote is valid for " + std::to_string(r.valid_for_days) + " days from the date of issue."
                                       : "This quote is valid until " + dates::long_date(q.valid_until) + ".");
    std::string reply = "To accept it, or to ask about any part of it, please reply";
    if (!l.from.contact_name.empty()) reply += " to " + l.from.contact_name;
    if (!l.from.email.empty()) reply += " at " + l.from.email;
    if (!l.from.telephone.empty()) reply += (l.from.email.empty() ? " on " : " or on ") + l.from.telephone;
    l.closing.push_back(reply + ", quoting our reference " + q.reference + ".");

    if (!l.from.signatory.empty()) l.signature.push_back(l.from.signatory);
    if (!l.from.signatory_role.empty()) l.signature.push_back(l.from.signatory_role);
    l.signature.push_back(l.from.empty() ? "For " + from_name : l.from.name);

    l.small_print = "Prices from: " + r.card.source + ". Amounts are in pounds sterling; each line is rounded once to the nearest "
                    "penny (halves away from zero) and totals are sums of the rounded lines.";
    return l;
}

// Under the name: the address on one line, then how to reach the sender.
std::vector<std::string> letterhead_lines(const org::Organisation& o) {
    std::vector<std::string> lines;
    std::string address;
    for (const auto& line : o.address_lines()) address += (address.empty() ? "" : ", ") + line;
    if (!address.empty()) lines.push_back(address);
    std::string contact;
    if (!o.telephone.empty()) contact += "Telephone " + o.telephone;
    if (!o.email.empty()) contact += (contact.empty() ? "" : " \xC2\xB7 ") + std::string("Email ") + o.email;
    if (!contact.empty()) lines.push_back(contact);
    return lines;
}

const char* kLetterCss = R"(body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0;background:#fff;font-size:10.5pt;line-height:1.4}
main{max-width:48rem;margin:0 auto;padding:2rem}
.letterhead{border-bottom:4px solid #005EB8;padding-bottom:.5rem;margin-bottom:1rem;text-align:right}
.letterhead .org{color:#005EB8;font-size:1.35rem;font-weight:bold;margin:0}
.letterhead p{margin:0}
.addressing{display:flex;justify-content:space-between;gap:2rem;margin-bottom:1rem}
.addressing address{font-style:normal}
dl.meta{display:grid;grid-template-columns:max-content max-content;gap:.1rem .8rem;margin:0}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
h1{color:#005EB8;font-size:1.3rem;margin:.5rem 0}
h2{color:#005EB8;font-size:1.05rem;margin:1.1rem 0 .4rem;break-after:avoid;page-break-after:avoid}
p{margin:.4rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0}
th,td{border-bottom:1px solid #d8dde0;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#005EB8;color:#fff}
thead{display:table-header-group}
td.num,th.num{text-align:right;white-space:nowrap}
tr.total td{font-weight:bold;border-top:2px solid #005EB8}
.how{color:#4c6272;font-size:.8em}
ol.principles li{margin-bottom:.25rem}
.clause{border-left:4px solid #005EB8;padding:.1rem .9rem;background:#eef4fb}
.signature{margin-top:1rem;break-inside:avoid}
.signature .space{height:2.2rem}
.signature p{margin:0}
footer{margin-top:1.2rem;color:#4c6272;font-size:.8em}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:16mm 16mm 18mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt Arial,sans-serif;color:#4c6272}}
@media print{main{padding:0;max-width:none}tr{break-inside:avoid}h2{break-after:avoid}}
)";

}  // namespace

std::string quote_html(const Quote& q) {
    Letter l = letter_of(q);
    auto e = [](const std::string& s) { return html_escape(s); };
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<title>" + e(l.subject + " " + q.reference) + "</title>\n<style>\n" + kLetterCss;
    // The running title in the page margin: the sender and the reference on every printed page.
    std::string running = (l.from.empty() ? std::string() : l.from.name + " \xC2\xB7 ") + "Quote " + q.reference;
    std::string css_string;
    for (char c : running) {
        if (c == '"' || c == '\\') css_string += '\\';
        if (c == '<') { css_string += "\\3C "; continue; }
        css_string += c;
    }
    h += "@page{@top-left{content:\"" + css_string + "\";font:8pt Arial,sans-serif;color:#4c6272}}\n";
    h += "</style>\n</head>\n<body>\n<main>\n";
    if (!l.from.empty()) {
        h += "<header class=\"letterhead\">\n<p class=\"org\">" + e(l.from.name) + "</p>\n";
        for (const auto& line : letterhead_lines(l.from)) h += "<p>" + e(line) + "</p>\n";
        h += "</header>\n";
    }
    h += "<div class=\"addressing\">\n<address>";
    for (std::size_t i = 0; i < l.to.size(); ++i) h += (i ? "<br>" : "") + e(l.to[i]);
    h += "</address>\n<dl class=\"meta\">\n";
    for (const auto& [k, v] : l.meta) h += "<dt>" + e(k) + "</dt><dd>" + e(v) + "</dd>\n";
    h += "</dl>\n</div>\n";
    h += "<h1>" + e(l.subject) + "</h1>\n<p>" + e(l.salutation) + "</p>\n";
    for (const auto& p : l.opening) h += "<p>" + e(p) + "</p>\n";

    h += "<h2>Fee</h2>\n<table>\n<thead><tr><th>Item</th><th class=\"num\">Quantity</th><th class=\"num\">Unit price</th>"
         "<th class=\"num\">Amount</th></tr></thead>\n<tbody>\n";
    for (const auto& line : l.lines)
        h += "<tr><td>" + e(line[0]) + "<div class=\"how\">" + e(line[1]) + "</div></td><td class=\"num\">" + e(line[2]) +
             "</td><td class=\"num\">" + e(line[3]) + "</td><td class=\"num\">" + e(line[4]) + "</td></tr>\n";
    if (l.lines.empty()) h += "<tr><td colspan=\"4\">No item has a quantity above zero.</td></tr>\n";
    h += "</tbody>\n</table>\n<table>\n<tbody>\n";
    for (const auto& t : l.totals)
        h += std::string("<tr") + (t.total ? " class=\"total\"" : "") + "><td>" + e(t.label) + "<div class=\"how\">" + e(t.how) +
             "</div></td><td class=\"num\">" + e(t.amount) + "</td></tr>\n";
    h += "</tbody>\n</table>\n";
    if (!l.waiver.empty()) h += "<p>" + e(l.waiver) + "</p>\n";

    h += "<h2>" + e(l.clause_heading) + "</h2>\n<div class=\"clause\"><p>" + e(l.clause) + "</p></div>\n";
    h += "<h2>The principles this quote follows</h2>\n<ol class=\"principles\">\n";
    for (const auto& [title, how] : l.principles) h += "<li><strong>" + e(title) + ".</strong> " + e(how) + "</li>\n";
    h += "</ol>\n";
    h += "<h2>Validity</h2>\n";
    for (const auto& p : l.closing) h += "<p>" + e(p) + "</p>\n";
    h += "<div class=\"signature\">\n<p>Yours sincerely,</p>\n<div class=\"space\"></div>\n";
    for (std::size_t i = 0; i < l.signature.size(); ++i)
        h += std::string("<p>") + (i == 0 ? "<strong>" : "") + e(l.signature[i]) + (i == 0 ? "</strong>" : "") + "</p>\n";
    h += "</div>\n<footer><p>" + e(l.small_print) + "</p></footer>\n</main>\n</body>\n</html>\n";
    return h;
}

std::string quote_text(const Quote& q) {
    Letter l = letter_of(q);
    std::string s;
    if (!l.from.empty()) {
        s += l.from.name + "\n";
        for (const auto& line : letterhead_lines(l.from)) s += line + "\n";
        s += "\n";
    }
    for (const auto& line : l.to) s += line + "\n";
    s += "\n";
    for (const auto& [k, v] : l.meta) s += k + ": " + v + "\n";
    s += "\n" + l.subject + "\n\n" + l.salutation + "\n\n";
    for (const auto& p : l.opening) s += p + "\n\n";
    s += "Fee\n";
    for (const auto& line : l.lines) s += "  " + line[0] + ": " + line[4] + " (" + line[1] + ")\n";
    if (l.lines.empty()) s += "  No item has a quantity above zero.\n";
    s += "\n";
    for (const auto& t : l.totals) s += t.label + ": " + t.amount + "\n";
    if (!l.waiver.empty()) s += l.waiver + "\n";
    s += "\n" + l.clause_heading + "\n" + l.clause + "\n\nThe principles this quote follows\n";
    for (std::size_t i = 0; i < l.principles.size(); ++i)
        s += std::to_string(i + 1) + ". " + l.principles[i].first + ". " + l.principles[i].second + "\n";
    s += "\n";
    for (const auto& p : l.closing) s += p + "\n";
    s += "\nYours sincerely,\n\n";
    for (const auto& line : l.signature) s += line + "\n";
    return s;
}

std::string quote_docx(const Quote& q) {
    Letter l = letter_of(q);
    using docx::Run;
    docx::Writer w;
    if (!l.from.empty()) {
        w.paragraph(l.from.name, docx::Style::subtitle);
        std::string head;
        for (const auto& line : letterhead_lines(l.from)) head += (head.empty() ? "" : "\n") + line;
        if (!head.empty()) w.paragraph(head, docx::Style::small);
    }
    std::string to;
    for (const auto& line : l.to) to += (to.empty() ? "" : "\n") + line;
    w.paragraph(to);
    docx::Table meta;
    meta.widths = {3, 7};
    for (const auto& [k, v] : l.meta) meta.rows.push_back({docx::Cell(std::vector<Run>{{k, true}}), docx::Cell(v)});
    w.table(meta);
    w.heading(1, l.subject);
    w.paragraph(l.salutation);
    for (const auto& p : l.opening) w.paragraph(p);

    w.heading(2, "Fee");
    docx::Table fee;
    fee.widths = {56, 12, 16, 16};
    fee.header = {"Item", "Quantity", "Unit price", "Amount"};
    fee.right = {false, true, true, true};
    for (const auto& line : l.lines)
        fee.rows.push_back({docx::Cell(std::vector<Run>{{line[0]}, {"\n" + line[1], false, false, true}}), line[2], line[3], line[4]});
    if (l.lines.empty()) fee.rows.push_back({docx::Cell("No item has a quantity above zero."), docx::Cell(), docx::Cell(), docx::Cell()});
    w.table(fee);
    docx::Table totals;
    totals.widths = {80, 20};
    totals.right = {false, true};
    totals.bold_last_row = true;
    // The totals without their workings (each line keeps its own), so the letter fits on two pages as the
    // printed HTML does; the workings of every total are in the HTML letter and the quote's JSON.
    for (const auto& t : l.totals) totals.rows.push_back({docx::Cell(t.label), t.amount});
    w.table(totals);
    if (!l.waiver.empty()) w.paragraph(l.waiver);

    w.heading(2, l.clause_heading);
    w.paragraph(l.clause, docx::Style::quote);
    w.heading(2, "The principles this quote follows");
    for (const auto& [title, how] : l.principles) w.numbered({{title + ".", true}, {" " + how}});
    w.heading(2, "Validity");
    std::string closing;
    for (const auto& p : l.closing) closing += (closing.empty() ? "" : " ") + p;
    w.paragraph(closing);
    // The sign-off and the signature stay together on one page.
    // One line break after the sign-off leaves room for a signature without a paragraph of its own.
    w.paragraph(std::vector<Run>{{"Yours sincerely,\n"}}, docx::Style::closing);
    for (std::size_t i = 0; i < l.signature.size(); ++i)
        w.paragraph(std::vector<Run>{{l.signature[i], i == 0}}, i + 1 < l.signature.size() ? docx::Style::closing : docx::Style::normal);
    w.paragraph(l.small_print, docx::Style::small);

    docx::Meta m;
    m.title = l.subject + " " + q.reference;
    m.organisation = l.from.name;
    m.subject = "Quote for " + q.request.partner.name;
    m.date = q.request.date;
    return w.finish(m);
}

}  // namespace ft::quote
