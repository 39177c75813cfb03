// The heads of terms written out: Markdown, printable HTML (A4, page numbers in the margin) and Word, all
// from one Document so the three say the same thing. User text is cleaned and escaped by core/base's one
// function for each format.
#include "base/docx.h"
#include "base/text_format.h"
#include "partnership/terms.h"

namespace ft::partnership {
namespace {

std::string numbered(std::size_t i, const std::string& title) { return std::to_string(i + 1) + ". " + title; }

// A CSS string for the running title in the page margin: quotes and backslashes escaped, and '<' written
// as a CSS escape so no text can close the <style> element.
std::string css_string(const std::string& s) {
    std::string out;
    for (char c : text::clean(s)) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '<') { out += "\\3C "; continue; }
        if (c == '\n' || c == '\t') { out += ' '; continue; }
        out += c;
    }
    return out;
}

const char* kCss = R"(body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0;background:#fff;font-size:11pt;line-height:1.45}
main{max-width:50rem;margin:0 auto;padding:2rem}
header{border-bottom:4px solid #005EB8;padding-bottom:.75rem;margin-bottom:1rem}
h1{color:#005EB8;font-size:1.6rem;margin:0 0 .25rem}
p.org{font-size:1.15rem;font-weight:bold;margin:0 0 .75rem}
p.stc{border:2px solid #d5281b;color:#212b32;background:#fdf2f1;padding:.5rem .75rem;font-weight:bold}
h2{color:#005EB8;font-size:1.2rem;margin:1.5rem 0 .5rem;break-after:avoid}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 .75rem}
th,td{border:1px solid #aeb7bd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#e8edee}
td.num,th.num{text-align:right;white-space:nowrap}
tr.total td{font-weight:bold;border-top:2px solid #212b32}
p.note{color:#4c6272;font-size:.9em}
ul{padding-left:1.4rem}li{margin-bottom:.3rem}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@page{size:A4;margin:18mm 15mm 18mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt Arial,sans-serif;color:#4c6272}}
@media print{main{padding:0;max-width:none}tr{break-inside:avoid}h2{break-after:avoid}}
)";

bool is_right(const Block& b, std::size_t col) { return col < b.right.size() && b.right[col]; }

// A table cell's text with its line breaks (an address's lines) kept: `sep` between the lines, each line
// escaped for the format. Markdown and HTML write a break in a table cell as <br> (a bare newline would end a
// Markdown table row); Word takes the '\n' itself (docx::Run).
template <class Escape>
std::string cell_lines(const std::string& s, Escape escape) {
    std::string out;
    for (std::size_t start = 0;;) {
        std::size_t nl = s.find('\n', start);
        out += escape(s.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (nl == std::string::npos) return out;
        out += "<br>";
        start = nl + 1;
    }
}

}  // namespace

std::string terms_markdown(const Document& d) {
    using text::markdown_text;
    std::string md = "# " + markdown_text(d.title) + ": " + markdown_text(d.name) + "\n\n**" + markdown_text(d.banner) + "**\n\n";
    for (const auto& [label, value] : d.details) md += "- **" + label + ":** " + markdown_text(value) + "\n";
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        md += "\n## " + numbered(i, markdown_text(d.sections[i].title)) + "\n";
        for (const Block& b : d.sections[i].blocks) {
            md += "\n";
            switch (b.kind) {
                case Block::paragraph: md += markdown_text(b.text) + "\n"; break;
                case Block::note: md += "*" + markdown_text(b.text) + "*\n"; break;
                case Block::bullets:
                    for (const auto& item : b.items) md += "- " + markdown_text(item) + "\n";
                    break;
                case Block::table: {
                    md += "|";
                    for (const auto& h : b.header) md += " " + markdown_text(h) + " |";
                    md += "\n|";
                    for (std::size_t c = 0; c < b.header.size(); ++c) md += is_right(b, c) ? " ---: |" : " --- |";
                    md += "\n";
                    for (std::size_t r = 0; r < b.rows.size(); ++r) {
                        bool bold = b.total_row && r + 1 == b.rows.size();
                        md += "|";
                        for (const auto& cell : b.rows[r]) {
                            std::string t = cell_lines(cell, [](const std::string& line) { return markdown_text(line); });
                            md += " " + (bold && !t.empty() ? "**" + t + "**" : t) + " |";
                        }
                        md += "\n";
                    }
                    break;
                }
            }
        }
    }
    return md;
}

std::string terms_html(const Document& d) {
    auto e = [](const std::string& s) { return text::html_escape(s); };
    std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    e(d.title + ": " + d.name) + "</title>\n<style>\n" + kCss;
    // The running title in the top margin of every printed page says "subject to contract" too.
    h += "@page{@top-left{content:\"" + css_string(d.organisation + " \xC2\xB7 " + d.title + " \xC2\xB7 " + kSubjectToContract) +
         "\";font:8pt Arial,sans-serif;color:#4c6272}}\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>" + e(d.title) + ": " +
         e(d.name) + "</h1>\n<p class=\"org\">" + e(d.organisation) + "</p>\n<p class=\"stc\">" + e(d.banner) + "</p>\n<dl class=\"meta\">\n";
    for (const auto& [label, value] : d.details) h += "<dt>" + e(label) + "</dt><dd>" + e(value) + "</dd>\n";
    h += "</dl>\n</header>\n";
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        h += "<section>\n<h2>" + e(numbered(i, d.sections[i].title)) + "</h2>\n";
        for (const Block& b : d.sections[i].blocks) {
            switch (b.kind) {
                case Block::paragraph: h += "<p>" + e(b.text) + "</p>\n"; break;
                case Block::note: h += "<p class=\"note\">" + e(b.text) + "</p>\n"; break;
                case Block::bullets:
                    h += "<ul>\n";
                    for (const auto& item : b.items) h += "<li>" + e(item) + "</li>\n";
                    h += "</ul>\n";
                    break;
                case Block::table:
                    h += "<table>\n<thead><tr>";
                    for (std::size_t c = 0; c < b.header.size(); ++c)
                        h += std::string(is_right(b, c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") + e(b.header[c]) + "</th>";
                    h += "</tr></thead>\n<tbody>\n";
                    for (std::size_t r = 0; r < b.rows.size(); ++r) {
                        h += b.total_row && r + 1 == b.rows.size() ? "<tr class=\"total\">" : "<tr>";
                        for (std::size_t c = 0; c < b.rows[r].size(); ++c)
                            h += std::string(is_right(b, c) ? "<td class=\"num\">" : "<td>") + cell_lines(b.rows[r][c], e) + "</td>";
                        h += "</tr>\n";
                    }
                    h += "</tbody>\n</table>\n";
                    break;
            }
        }
        h += "</section>\n";
    }
    h += "<footer>\n<p class=\"note\">Prepared with fairterms. " + e(kSubjectToContract) + ".</p>\n</footer>\n";
    return h + "</main>\n</body>\n</html>\n";
}

std::string terms_docx(const Document& d) {
    docx::Writer w;
    w.paragraph(d.title + ": " + d.name, docx::Style::title);
    w.paragraph(d.organisation, docx::Style::subtitle);
    w.paragraph(std::vector<docx::Run>{{d.banner, true}}, docx::Style::quote);
    docx::Table meta;
    meta.widths = {3, 8};
    for (const auto& [label, value] : d.details) meta.rows.push_back({docx::Cell(std::vector<docx::Run>{{label, true}}), docx::Cell(value)});
    w.table(meta);
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        w.heading(1, numbered(i, d.sections[i].title));
        for (const Block& b : d.sections[i].blocks) {
            switch (b.kind) {
                case Block::paragraph: w.paragraph(b.text); break;
                case Block::note: w.paragraph(b.text, docx::Style::small); break;
                case Block::bullets:
                    for (const auto& item : b.items) w.bullet(item);
                    break;
                case Block::table: {
                    docx::Table t;
                    t.widths = b.widths;
                    t.header = b.header;
                    t.right = b.right;
                    t.bold_last_row = b.total_row;
                    for (const auto& row : b.rows) {
                        std::vector<docx::Cell> cells;
                        for (std::size_t c = 0; c < row.size(); ++c) {
                            docx::Cell cell(row[c]);
                            // Whether a principle is met, at a glance: a pale green or red cell.
                            if (b.header.size() == 3 && b.header[1] == "Met" && c == 1) cell.fill = row[c] == "Yes" ? "E3F2E6" : "FBE4E2";
                            cells.push_back(cell);
                        }
                        t.rows.push_back(std::move(cells));
                    }
                    w.table(t);
                    break;
                }
            }
        }
    }
    docx::Meta m;
    // Mid-title the phrase is lower case, as in the subject line below (found by a new user).
    m.title = d.title + " (subject to contract): " + d.name;
    m.organisation = d.organisation;
    m.subject = "Heads of terms for a data partnership, subject to contract";
    return w.finish(m);
}

}  // namespace ft::partnership
