// Value-share exports: a printable, self-contained HTML page and a CSV of yearly cash flows and the split.
#include <string>

#include "base/csv_bom.h"
#include "base/result.h"
#include "base/text_format.h"
#include "value/value.h"

namespace ft::value {
namespace {

using text::html_escape;

std::string td(const std::string& s, const char* cls = nullptr) {
    return std::string("<td") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + s + "</td>";
}
std::string money_td(Pence p) { return td(html_escape(format_gbp(p)), "num"); }
std::string th(const std::string& s, const char* cls = nullptr) {
    return std::string("<th") + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">" + s + "</th>";
}
std::string note(const std::string& s) { return "<div class=\"why\">" + html_escape(s) + "</div>"; }

const char* kStyle =
    "body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:2em auto;max-width:60em;padding:0 1em}"
    "h1{color:#005EB8;margin-bottom:0.2em}h2{color:#005EB8;border-bottom:2px solid #005EB8;padding-bottom:0.2em;"
    "margin-top:1.6em}table{border-collapse:collapse;width:100%;margin:0.6em 0;font-size:0.92em}"
    "th,td{border:1px solid #d8dde0;padding:0.3em 0.5em;text-align:left;vertical-align:top}"
    "th{background:#005EB8;color:#fff}td.num{text-align:right;white-space:nowrap}th.num{text-align:right}"
    "table.wide{font-size:0.8em}"
    "tr.total td{font-weight:bold;background:#f0f4f5}.why{color:#4c6272;font-size:0.85em;margin-top:0.2em}"
    ".warn{border-left:6px solid #ffb81c;background:#fff9ec;padding:0.5em 0.8em;margin:0.5em 0}"
    ".lede{color:#4c6272}thead{display:table-header-group}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h1,h2{break-after:avoid;page-break-after:avoid}"
    "@page{size:A4;margin:18mm 15mm;@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font:8pt Arial,sans-serif;color:#4c6272}}"
    "@media print{body{margin:0;max-width:none;font-size:10pt}h2{margin-top:1.1em}tr{break-inside:avoid}}";

std::string summary_section(const ValueResult& r) {
    std::string s = "<h2>The NHS's share</h2><table>";
    auto row = [&](const std::string& label, const std::string& value, const std::string& why) {
        s += "<tr>" + th(html_escape(label)) + td(html_escape(value) + note(why)) + "</tr>";
    };
    row("NHS share of contributions", format_share(r.nhs_share), r.nhs_share_explanation);
    row("Maturity of the data offer", "level " + std::to_string(r.maturity_level) + " - " +
        maturity_levels()[r.maturity_level - 1].name + ", factor " + r.maturity_factor.to_string(),
        maturity_levels()[r.maturity_level - 1].description);
    row("Data attribution", r.data_attribution.to_string(), "the share of the product's value the data make possible");
    row("Recommended royalty rate", format_percent(r.recommended_royalty_rate), r.recommended_rate_explanation);
    if (r.royalty_rate) row("Royalty rate used", format_percent(*r.royalty_rate), r.royalty_rate_explanation);
    row("Discounting", std::to_string(r.horizon_years) + "-year horizon", r.discount.description());
    return s + "</table>";
}

std::string warnings_section(const ValueResult& r) {
    if (r.warnings.empty()) return "";
    std::string s = "<h2>Points to weigh</h2>";
    for (const Warning& w : r.warnings) s += "<div class=\"warn\">" + html_escape(w.message) + "</div>";
    return s;
}

std::string comparison_section(const ValueResult& r) {
    std::string s = "<h2>Mechanisms compared</h2><table><thead><tr>" + th("Mechanism") + th("Nominal", "num") +
                    th("Expected", "num") + th("Present value", "num") + "</tr></thead><tbody>";
    for (const MechanismResult& m : r.mechanisms)
        s += "<tr>" + td(html_escape(m.label) + note(m.expected_explanation) + note("Present value: " + m.pv_explanation)) +
             money_td(m.nominal_pence) + money_td(m.expected_pence) + money_td(m.pv_pence) + "</tr>";
    s += "<tr class=\"total\">" + td("Total") + money_td(r.total_nominal_pence) + money_td(r.total_expected_pence) +
         money_td(r.total_pv_pence) + "</tr></tbody></table>";
    return s;
}

std::string yearly_section(const ValueResult& r) {
    std::string s = "<h2>Expected cash flows by year</h2><table class=\"wide\"><thead><tr>" + th("Year") + th("Discount factor", "num");
    for (const MechanismResult& m : r.mechanisms) s += th(html_escape(m.label), "num");
    s += th("Total", "num") + th("Present value", "num") + "</tr></thead><tbody>";
    for (int t = 0; t <= r.horizon_years; ++t) {
        s += "<tr>" + td(std::to_string(t)) + td(r.discount_factors[t], "num");
        for (const MechanismResult& m : r.mechanisms) s += money_td(m.expected_flows_pence[t]);
        s += money_td(r.total_expected_flows_pence[t]) + money_td(r.total_discounted_pence[t]) + "</tr>";
    }
    s += "<tr class=\"total\">" + td("Expected") + td("");
    for (const MechanismResult& m : r.mechanisms) s += money_td(m.expected_pence);
    s += money_td(r.total_expected_pence) + money_td(r.total_pv_pence) + "</tr>";
    s += "<tr class=\"total\">" + td("Present value") + td("");
    for (const MechanismResult& m : r.mechanisms) s += money_td(m.pv_pence);
    s += money_td(r.total_pv_pence) + money_td(r.total_pv_pence) + "</tr></tbody></table>";
    return s;
}

std::string split_section(const ValueResult& r) {
    std::string s = "<h2>Split among NHS organisations (present value)</h2><table class=\"wide\"><thead><tr>" + th("Organisation") +
                    th("Weight", "num") + th("Share", "num");
    for (const MechanismResult& m : r.mechanisms) s += th(html_escape(m.label), "num");
    s += th("Total", "num") + "</tr></thead><tbody>";
    for (const OrgSplit& o : r.split) {
        s += "<tr>" + td(html_escape(o.org)) + td(o.weight.to_string(), "num") + td(format_share(o.share), "num");
        for (Pence p : o.pv_pence) s += money_td(p);
        s += money_td(o.total_pv_pence) + "</tr>";
    }
    s += "<tr class=\"total\">" + td("All NHS organisations") + td(r.nhs_weight.to_string(), "num") + td(format_share(Decimal::from_int(1)), "num");
    for (const MechanismResult& m : r.mechanisms) s += money_td(m.pv_pence);
    s += money_td(r.total_pv_pence) + "</tr></tbody></table>" + note(r.split_explanation);
    return s;
}

std::string csv_money(Pence p) { return format_pounds_plain(p); }

// Text as a CSS string's contents (for the running title in the page margin).
std::string css_string(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '<') { out += "\\3C "; continue; }
        if (c == '\n' || c == '\r') { out += ' '; continue; }
        out += c;
    }
    return out;
}

// The scenario's name on every CSV row, so rows from several scenarios can share one workbook.
std::string scenario_name(const ValueResult& r) { return r.title.empty() ? std::string("Untitled scenario") : r.title; }

}  // namespace

std::string value_to_html(const ValueResult& r) {
    std::string title = r.title.empty() ? "Value share" : "Value share: " + r.title;
    std::string s = "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    "<title>" + html_escape(title) + "</title><style>" + kStyle + "@page{@top-left{content:\"" + css_string(title) +
                    "\";font:8pt Arial,sans-serif;color:#4c6272}}</style></head><body>\n";
    s += "<h1>" + html_escape(title) + "</h1>\n<p class=\"lede\">The NHS's share of the value created by a commercial "
         "use of its data, from its contribution and the maturity of its data offer, compared across payment "
         "mechanisms. Money is in whole pence; each figure is rounded once, half away from zero, and totals are "
         "sums of the rounded figures.</p>\n";
    s += summary_section(r) + "\n" + warnings_section(r) + "\n" + comparison_section(r) + "\n" + yearly_section(r) +
         "\n" + split_section(r) + "\n</body></html>\n";
    return s;
}

// The yearly cash flows and the summary rows: one table, its header first, a byte-order mark before it.
std::string value_to_csv(const ValueResult& r) {
    const std::string scenario = text::csv_user_text(scenario_name(r));
    // Headers and summary rows in words, for a finance lead in a spreadsheet (found by a new user: code-style
    // headers such as "in_kind_gbp"). Amounts stay plain numbers so they add up.
    std::vector<std::string> head = {"Scenario", "Year", "Discount factor"};
    for (const MechanismResult& m : r.mechanisms) head.push_back(m.label + " (£)");
    head.push_back("Total (£)");
    head.push_back("Present value (£)");
    std::string s = std::string(csv::kUtf8Bom) + text::csv_row(head);
    for (int t = 0; t <= r.horizon_years; ++t) {
        std::vector<std::string> row = {scenario, std::to_string(t), r.discount_factors[t]};
        for (const MechanismResult& m : r.mechanisms) row.push_back(csv_money(m.expected_flows_pence[t]));
        row.push_back(csv_money(r.total_expected_flows_pence[t]));
        row.push_back(csv_money(r.total_discounted_pence[t]));
        s += text::csv_row(row);
    }
    // Summary rows: the last column (present value by year) only makes sense on the present-value row.
    auto summary = [&](const char* label, Pence MechanismResult::*field, Pence total, bool is_pv) {
        std::vector<std::string> row = {scenario, label, ""};
        for (const MechanismResult& m : r.mechanisms) row.push_back(csv_money(m.*field));
        row.push_back(csv_money(total));
        row.push_back(is_pv ? csv_money(r.total_pv_pence) : "");
        s += text::csv_row(row);
    };
    summary("Nominal total", &MechanismResult::nominal_pence, r.total_nominal_pence, false);
    summary("Expected total", &MechanismResult::expected_pence, r.total_expected_pence, false);
    summary("Present value", &MechanismResult::pv_pence, r.total_pv_pence, true);
    return s;
}

// The split among NHS organisations: its own file, so "first row is the header" imports work.
std::string split_to_csv(const ValueResult& r) {
    const std::string scenario = text::csv_user_text(scenario_name(r));
    std::vector<std::string> head = {"Scenario", "NHS organisation", "Weight", "Share"};
    for (const MechanismResult& m : r.mechanisms) head.push_back(m.label + ": present value (£)");
    head.push_back("Total present value (£)");
    std::string s = std::string(csv::kUtf8Bom) + text::csv_row(head);
    for (const OrgSplit& o : r.split) {
        std::vector<std::string> row = {scenario, text::csv_user_text(o.org), o.weight.to_string(), o.share.to_string()};
        for (Pence p : o.pv_pence) row.push_back(csv_money(p));
        row.push_back(csv_money(o.total_pv_pence));
        s += text::csv_row(row);
    }
    return s;
}

api::Result run_command(const json& input, std::string_view format) {
    if (format.empty() || format == "json") return api::json_output(compute(input));
    if (format != "html" && format != "csv" && format != "split-csv")
        throw InputError("", "the value share can be written as json, html, csv or split-csv, not '" + std::string(format) + "'");
    ValueResult r = compute_value(parse_value_request(Field(input, "")));
    api::Result out;
    out.body = format == "html" ? value_to_html(r) : format == "csv" ? value_to_csv(r) : split_to_csv(r);
    out.media_type = format == "html" ? "text/html" : "text/csv";
    return out;
}

}  // namespace ft::value
