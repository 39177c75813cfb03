// The strategy as documents: Markdown, printable HTML and Word, all from one parse of each section's text
// into paragraphs and bullets, so the three say the same thing.
#include <algorithm>

#include "base/result.h"
#include "base/docx.h"
#include "strategy/strategy.h"
#include "base/text_format.h"

namespace ft::strategy {
namespace {

struct TextBlock {
    bool bullet = false;
    std::string text;
};

std::string trimmed(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

// Blank lines end a paragraph; a line starting "- " or "* " is a bullet; other lines of a paragraph join
// with a space, so text pasted with hard line breaks reflows.
std::vector<TextBlock> blocks_of(const std::string& text) {
    std::vector<TextBlock> blocks;
    bool open_paragraph = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = trimmed(std::string_view(text).substr(start, end - start));
        start = end + 1;
        if (line.empty()) { open_paragraph = false; continue; }
        if (line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
            blocks.push_back({true, trimmed(line.substr(2))});
            open_paragraph = false;
        } else if (open_paragraph) {
            blocks.back().text += " " + line;
        } else {
            blocks.push_back({false, line});
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
nav ol{padding-left:1.4rem;margin:.25rem 0}
@page{size:A4;margin:18mm}
@media print{main{padding:0;max-width:none}h2{break-after:avoid}}
)";

}  // namespace

std::string to_markdown(const Document& d) {
    std::string md = "# " + text::markdown_text(d.title) + "\n\n**" + text::markdown_text(d.organisation) + "**\n\n";
    for (const auto& [label, value] : d.details) md += "- **" + label + ":** " + text::markdown_text(value) + "\n";
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        md += "\n## " + numbered(i, text::markdown_text(d.sections[i].title)) + "\n";
        bool in_list = false;
        for (const TextBlock& b : blocks_of(d.sections[i].text)) {
            if (!b.bullet || !in_list) md += "\n";
            md += (b.bullet ? "- " : "") + text::markdown_text(b.text) + "\n";
            in_list = b.bullet;
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
            if (b.bullet && !in_list) h += "<ul>\n";
            if (!b.bullet && in_list) h += "</ul>\n";
            in_list = b.bullet;
            h += (b.bullet ? "<li>" : "<p>") + html_escape(b.text) + (b.bullet ? "</li>\n" : "</p>\n");
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
            if (b.bullet) w.bullet(b.text);
            else w.paragraph(b.text);
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
    api::Result r;
    if (format == "html") {
        r.body = to_html(d);
        r.media_type = "text/html";
    } else if (format == "docx" || format == "docx-base64") {
        r.body = to_docx(d);
        r.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if (format == "docx-base64") {
            r.body = docx::base64(r.body);
            r.media_type = "text/plain";
        }
    } else {
        r.body = to_markdown(d);
        r.media_type = "text/markdown";
    }
    return r;
}

}  // namespace ft::strategy
