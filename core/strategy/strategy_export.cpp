// The strategy as documents: Markdown, printable HTML and Word, all from one parse of each section's text
// into paragraphs, bullets and tables, so the three say the same thing.
#include <algorithm>

#include "base/result.h"
#include "base/docx.h"
#include "strategy/strategy.h"
#include "base/text_format.h"

namespace ft::strategy {
namespace {

// A paragraph, a bullet, or a table: rows of cells, the first row its header.
struct TextBlock {
    enum Kind { paragraph, bullet, table } kind = paragraph;
    std::string text;
    std::vector<std::vector<std::string>> rows;
};

std::string trimmed(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

// "| a | b |" as its cells, trimmed. The outer bars are optional at the end of the line.
std::vector<std::string> table_cells(const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 1;
    while (start <= line.size()) {
        std::size_t bar = std::min(line.find('|', start), line.size());
        cells.push_back(trimmed(std::string_view(line).substr(start, bar - start)));
        start = bar + 1;
    }
    if (!cells.empty() && cells.back().empty()) cells.pop_back();
    return cells;
}

// A header rule row ("|---|:--:|"): bars, dashes, colons and spaces only.
bool rule_row(const std::string& line) {
    return line.find('-') != std::string::npos && line.find_first_not_of("|-: ") == std::string::npos;
}

// Blank lines end a paragraph; a line starting "- " or "* " is a bullet; lines starting "|" make a table
// (the text's own action plan is one: action, owner, priority, due); other lines of a paragraph join with a
// space, so text pasted with hard line breaks reflows.
std::vector<TextBlock> blocks_of(const std::string& text) {
    std::vector<TextBlock> blocks;
    bool open_paragraph = false;
    bool open_table = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = trimmed(std::string_view(text).substr(start, end - start));
        start = end + 1;
        if (line.empty()) { open_paragraph = open_table = false; continue; }
        if (line[0] == '|') {
            if (!open_table) blocks.push_back({TextBlock::table, {}, {}});
            open_table = true;
            open_paragraph = false;
            std::vector<std::string> cells = table_cells(line);
            if (rule_row(line) || cells.empty()) continue;   // a bare "|" holds no cell
            std::vector<std::vector<std::string>>& rows = blocks.back().rows;
            if (!rows.empty()) cells.resize(rows.front().size());   // every row as wide as the header
            rows.push_back(std::move(cells));
            continue;
        }
        open_table = false;
        if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
            blocks.push_back({TextBlock::bullet, trimmed(line.substr(2)), {}});
            open_paragraph = false;
        } else if (open_paragraph) {
            blocks.back().text += " " + line;
        } else {
            blocks.push_back({TextBlock::paragraph, line, {}});
            open_paragraph = true;
        }
    }
    return blocks;
}

std::string numbered(std::size_t i, const std::string& title) { return std::to_string(i + 1) + ". " + title; }

const char* kCss = R"(body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0;background:#fff;font-size:11pt;line-height:1.45}
main{max-width:48rem;margin:0 auto;padding:2rem}
header{border-bottom:4px solid #005EB8;padding-bottom:.75rem;margin-bottom:1.25rem}
h1{color:#005EB8;font-size:1.6rem;margin:0 0 .25rem}
p.org{font-size:1.15rem;font-weight:bold;margin:0 0 .75rem}
h2{color:#005EB8;font-size:1.2rem;margin:1.6rem 0 .5rem;break-after:avoid}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
ul{padding-left:1.4rem}li{margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:10pt}
th,td{border:1px solid #d8dde0;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#e8edee;print-color-adjust:exact;-webkit-print-color-adjust:exact}
thead{display:table-header-group}tr{break-inside:avoid}
nav ol{padding-left:1.4rem;margin:.25rem 0}
@page{size:A4;margin:18mm}
@media print{main{padding:0;max-width:none}h2{break-after:avoid}}
)";

// A section's table as Word's: the first row is the header, repeated on every page; the first column
// (an action, a name) takes the most room.
docx::Table word_table(const std::vector<std::vector<std::string>>& rows) {
    docx::Table t;
    if (rows.empty() || rows.front().empty()) return t;
    t.header = rows.front();
    t.widths.assign(rows.front().size(), 2);
    t.widths.front() = 5;
    for (std::size_t r = 1; r < rows.size(); ++r) t.rows.emplace_back(rows[r].begin(), rows[r].end());
    return t;
}

}  // namespace

std::string to_markdown(const Document& d) {
    std::string md = "# " + text::markdown_text(d.title) + "\n\n**" + text::markdown_text(d.organisation) + "**\n\n";
    for (const auto& [label, value] : d.details) md += "- **" + label + ":** " + text::markdown_text(value) + "\n";
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        md += "\n## " + numbered(i, text::markdown_text(d.sections[i].title)) + "\n";
        bool in_list = false;
        for (const TextBlock& b : blocks_of(d.sections[i].text)) {
            bool bullet = b.kind == TextBlock::bullet;
            if (!bullet || !in_list) md += "\n";
            in_list = bullet;
            if (b.kind != TextBlock::table) {
                md += (bullet ? "- " : "") + text::markdown_text(b.text) + "\n";
                continue;
            }
            for (std::size_t r = 0; r < b.rows.size(); ++r) {
                md += "|";
                for (const std::string& c : b.rows[r]) md += " " + text::markdown_text(c) + " |";
                md += "\n";
                if (r == 0) {
                    md += "|";
                    for (std::size_t c = 0; c < b.rows[0].size(); ++c) md += " --- |";
                    md += "\n";
                }
            }
        }
    }
    return md;
}

std::string to_html(const Document& d) {
    using text::html_escape;
    std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    html_escape(d.organisation + ": " + d.title) + "</title>\n<style>\n" + kCss +
                    "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>" + html_escape(d.title) + "</h1>\n<p class=\"org\">" +
                    html_escape(d.organisation) + "</p>\n<dl class=\"meta\">\n";
    for (const auto& [label, value] : d.details) h += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>\n";
    h += "</dl>\n</header>\n<nav>\n<h2>Contents</h2>\n<ol>\n";
    for (const auto& s : d.sections) h += "<li><a href=\"#" + html_escape(s.id) + "\">" + html_escape(s.title) + "</a></li>\n";
    h += "</ol>\n</nav>\n";
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        const Section& s = d.sections[i];
        h += "<section id=\"" + html_escape(s.id) + "\">\n<h2>" + html_escape(numbered(i, s.title)) + "</h2>\n";
        bool in_list = false;
        for (const TextBlock& b : blocks_of(s.text)) {
            bool bullet = b.kind == TextBlock::bullet;
            if (bullet && !in_list) h += "<ul>\n";
            if (!bullet && in_list) h += "</ul>\n";
            in_list = bullet;
            if (b.kind != TextBlock::table) {
                h += (bullet ? "<li>" : "<p>") + html_escape(b.text) + (bullet ? "</li>\n" : "</p>\n");
                continue;
            }
            if (b.rows.empty()) continue;
            h += "<table>\n";
            for (std::size_t r = 0; r < b.rows.size(); ++r) {
                const char* cell = r == 0 ? "th" : "td";
                h += r == 0 ? "<thead><tr>" : "<tr>";
                for (const std::string& c : b.rows[r]) h += std::string("<") + cell + ">" + html_escape(c) + "</" + cell + ">";
                h += r == 0 ? "</tr></thead>\n<tbody>\n" : "</tr>\n";
            }
            h += "</tbody>\n</table>\n";
        }
        if (in_list) h += "</ul>\n";
        h += "</section>\n";
    }
    return h + "</main>\n</body>\n</html>\n";
}

std::string to_docx(const Document& d) {
    docx::Writer w;
    w.paragraph(d.title, docx::Style::title);
    w.paragraph(d.organisation, docx::Style::subtitle);
    docx::Table meta;
    meta.widths = {3, 7};
    for (const auto& [label, value] : d.details) meta.rows.push_back({docx::Cell(std::vector<docx::Run>{{label, true}}), docx::Cell(value)});
    if (!meta.rows.empty()) w.table(meta);
    w.contents();
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        w.heading(1, numbered(i, d.sections[i].title));
        for (const TextBlock& b : blocks_of(d.sections[i].text)) {
            if (b.kind == TextBlock::bullet) w.bullet(b.text);
            else if (b.kind == TextBlock::paragraph) w.paragraph(b.text);
            else if (!b.rows.empty()) w.table(word_table(b.rows));
        }
    }
    docx::Meta m;
    m.title = d.title;
    m.organisation = d.organisation;
    m.subject = "Data asset management strategy";
    return w.finish(m);
}

api::Result strategy_command(const json& input, std::string_view format) {
    if (format != "" && format != "md" && format != "html" && format != "docx" && format != "docx-base64")
        throw InputError("", "the strategy is written as md, html, docx or docx-base64, not '" + std::string(format) + "'");
    Document d = build(parse_inputs(Field(input, "")));
    if (format == "docx" || format == "docx-base64") return api::docx_output(to_docx(d), format);
    api::Result r;
    if (format == "html") {
        r.body = to_html(d);
        r.media_type = "text/html";
    } else {
        r.body = to_markdown(d);
        r.media_type = "text/markdown";
    }
    return r;
}

}  // namespace ft::strategy
