#include "base/text_format.h"

#include <cctype>
#include <cstdint>

namespace ft::text {
namespace {

// Decodes one well-formed UTF-8 sequence at s[i], or returns false (and the caller takes one byte).
bool decode(std::string_view s, std::size_t i, std::uint32_t& cp, std::size_t& len) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    if (b < 0x80) { cp = b; len = 1; return true; }
    std::uint32_t min;
    if (b >= 0xC2 && b <= 0xDF) { len = 2; cp = b & 0x1F; min = 0x80; }
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; cp = b & 0x0F; min = 0x800; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; cp = b & 0x07; min = 0x10000; }
    else return false;
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    return true;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
    }
}

bool forbidden(std::uint32_t cp) {
    if (cp == '\t' || cp == '\n') return false;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
    if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;
    return (cp & 0xFFFE) == 0xFFFE;  // U+FFFE, U+FFFF and their twins in every plane
}

}  // namespace

bool blank(std::string_view s) {
    for (unsigned char c : s)
        if (c > ' ') return false;
    return true;
}

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::uint32_t cp;
        std::size_t len;
        if (decode(s, i, cp, len)) {
            out.append(s.data() + i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

std::string clean(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::uint32_t cp;
        std::size_t len;
        if (!decode(s, i, cp, len)) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        i += len;
        if (cp == '\r') {
            out += '\n';
            if (i < s.size() && s[i] == '\n') ++i;
        } else if (!forbidden(cp)) {
            append_utf8(out, cp);
        }
    }
    return out;
}

namespace {

// The five markup characters escaped, after cleaning. HTML and XML differ only in the apostrophe's entity
// and in XML's folding of tab and line break (a Word run holds those as elements of their own).
std::string escape_markup(std::string_view s, const char* apostrophe, bool fold_breaks) {
    std::string out;
    for (char c : clean(s)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += apostrophe; break;
            case '\t': case '\n': if (fold_breaks) { out += ' '; break; } [[fallthrough]];
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string html_escape(std::string_view s) { return escape_markup(s, "&#39;", false); }

std::string xml_escape(std::string_view s) { return escape_markup(s, "&apos;", true); }

std::string markdown_text(std::string_view s) {
    std::string text = clean(s), out;
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') { out += c; line_start = true; continue; }
        if (line_start && (c == ' ' || c == '\t')) continue;
        // Any ASCII punctuation may be backslash-escaped in CommonMark; these are the ones that can start or
        // close markup anywhere in a line (emphasis, code, links, images, HTML, entities, tables, strikes).
        bool escape = std::string_view("\\`*_[]<>!#|~").find(c) != std::string_view::npos;
        // "&" only matters where it starts an entity ("&amp;", "&#60;"); "R&D" and "A & B" stay as typed.
        if (c == '&') {
            std::size_t j = i + 1;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '#')) ++j;
            escape = j > i + 1 && j < text.size() && text[j] == ';';
        }
        // At the start of a line these also begin blocks: lists, quotes, setext underlines, numbered items.
        if (line_start && std::string_view("-+=").find(c) != std::string_view::npos) escape = true;
        if (line_start && c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
            out.append(text, i, j - i);
            if (j < text.size() && (text[j] == '.' || text[j] == ')')) { out += '\\'; out += text[j]; ++j; }
            i = j - 1;
            line_start = false;
            continue;
        }
        if (escape) out += '\\';
        out += c;
        line_start = false;
    }
    return out;
}

std::string csv_field(std::string_view s) {
    std::string c = clean(s);
    if (c.find_first_of(",\"\n") == std::string::npos) return c;
    std::string out = "\"";
    for (char ch : c) {
        if (ch == '"') out += "\"\"";
        else out += ch;
    }
    return out + "\"";
}

std::string csv_user_text(std::string_view s) {
    // Cleaned first, so a control character dropped later cannot uncover a leading "=".
    std::string c = clean(s);
    if (!c.empty() && (c[0] == '=' || c[0] == '+' || c[0] == '-' || c[0] == '@' || c[0] == '\t' || c[0] == '\n'))
        return "'" + c;
    return c;
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

}  // namespace ft::text
