// A Word (.docx) writer for the documents fairterms sends: styles, a header with the organisation and
// the title, a footer "Page X of Y", core and app properties, settings that open in Word's current mode
// and refresh fields (so the contents fill in), real bulleted and numbered lists, real tables, en-GB.
//
// A .docx is a ZIP of XML parts. The parts are stored uncompressed (ZIP method 0), which every reader
// accepts, so no compression library is needed and the bytes depend only on the content (fixed timestamps).
// Every element is written in the order the WordprocessingML schema requires: Word refuses a file that
// LibreOffice would forgive.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ft::docx {

// CRC-32 as ZIP uses it (polynomial 0xEDB88320, reflected, initial and final XOR 0xFFFFFFFF).
std::uint32_t crc32(std::string_view bytes);

// A ZIP archive holding the given (name, bytes) entries, uncompressed, in the given order.
std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& entries);

// The media type of a .docx file, for downloads and command results.
inline constexpr const char* kMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// Standard base64 (RFC 4648) with padding, for passing bytes through text-only channels.
std::string base64(std::string_view bytes);

// Text as XML character data and attribute values: the five special characters escaped, tabs as spaces,
// and the control characters XML 1.0 forbids dropped. Word's own escaping, kept here with the writer
// (user text is cleaned by the caller first).
std::string xml_text(std::string_view s);

// A piece of a paragraph. A '\n' in the text is a line break inside the paragraph.
struct Run {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool small = false;      // a size smaller, in grey: explanations under a figure
};

// closing: kept on the page with the paragraph after it (a letter's sign-off and signature).
enum class Style { normal, title, subtitle, heading1, heading2, heading3, small, quote, closing };

// One table cell: its runs, an optional background (six hex digits) and alignment.
struct Cell {
    std::vector<Run> runs;
    std::string fill;
    bool right = false;
    Cell() = default;
    Cell(std::string text) : runs{{std::move(text)}} {}   // NOLINT: plain text is the common case
    Cell(std::vector<Run> r) : runs(std::move(r)) {}       // NOLINT
};

struct Table {
    std::vector<int> widths;                 // relative column widths; the table fills the text width
    std::vector<std::string> header;         // repeated at the top of every page; empty for none
    std::vector<std::vector<Cell>> rows;
    std::vector<bool> right;                 // per column: right-aligned (figures)
    bool bold_last_row = false;              // a totals row
};

// What the document is, for its properties, header and footer.
struct Meta {
    std::string title;          // also the running title in the header
    std::string organisation;   // the header's left side, the author and company; made single-line
    std::string subject;
    std::string date;           // YYYY-MM-DD or "": the created date in the properties
};

class Writer {
public:
    void paragraph(const std::string& text, Style style = Style::normal);
    void paragraph(const std::vector<Run>& runs, Style style = Style::normal);
    void heading(int level, const std::string& text);   // 1..3
    // Consecutive bullets are one list; consecutive numbered items are one list that starts at 1.
    void bullet(const std::string& text);
    void bullet(const std::vector<Run>& runs);
    void numbered(const std::string& text);
    void numbered(const std::vector<Run>& runs);
    void table(const Table& t);
    // A contents field over heading levels 1 and 2, filled with the headings written so far and after it
    // (Word refreshes it with page numbers on opening; LibreOffice shows it as written).
    void contents(const std::string& heading_text = "Contents");
    void page_break();

    // The whole .docx file.
    std::string finish(const Meta& meta) const;

private:
    struct Item {
        enum Kind { para, list_item, table, contents, page_break } kind = para;
        Style style = Style::normal;
        std::vector<Run> runs;
        int num_id = 0;             // list items: the w:num they belong to
        Table tab;
        std::string text;           // contents: its heading
    };
    void list_item(const std::vector<Run>& runs, bool bulleted);

    std::vector<Item> items_;
    int lists_ = 0;                 // numbered lists so far (each gets its own w:num, restarting at 1)
    bool last_numbered_ = false;
};

}  // namespace ft::docx
