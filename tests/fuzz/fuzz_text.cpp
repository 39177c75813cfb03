// libFuzzer target: the one text-cleaning step every writer uses, and the Word writer over it.
// Whatever the bytes, the output is valid UTF-8 holding nothing the format forbids, and Markdown text
// starts no markup.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/docx.h"
#include "base/text_format.h"

namespace {

void require(bool ok) {
    if (!ok) std::abort();
}

// Valid UTF-8 with no C0 control but tab and LF, no C1 control, no U+FFFE/U+FFFF.
bool clean_utf8(const std::string& s) {
    if (ft::text::valid_utf8(s) != s) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n') return false;
        if (c == 0x7F) return false;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return false;
        if (c == 0xEF && s.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < s.size() &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string c = ft::text::clean(input);
    require(clean_utf8(c));
    require(ft::text::clean(c) == c);  // cleaning twice changes nothing
    std::string html = ft::text::html_escape(input);
    require(clean_utf8(html) && html.find_first_of("<>\"'") == std::string::npos);
    std::string xml = ft::text::xml_escape(input);
    require(clean_utf8(xml) && xml.find_first_of("<>\n\t") == std::string::npos);
    std::string md = ft::text::markdown_text(input);
    require(clean_utf8(md));
    for (std::size_t i = 0; i < md.size(); ++i) {
        // every markup character is escaped: preceded by an odd run of backslashes
        if (std::string_view("`*_[]<>!#|~").find(md[i]) == std::string_view::npos) continue;
        std::size_t k = i;
        while (k > 0 && md[k - 1] == '\\') --k;
        require((i - k) % 2 == 1);
    }
    require(clean_utf8(ft::text::csv_field(input)));
    std::string cell = ft::text::csv_user_text(input);
    require(cell.empty() || std::string_view("=+-@").find(cell[0]) == std::string_view::npos);  // no formula
    // The Word writer takes any user text in every place it puts text.
    ft::docx::Writer w;
    w.heading(1, std::string(input));
    w.paragraph(std::string(input));
    w.bullet(std::string(input));
    w.numbered(std::string(input));
    ft::docx::Meta meta;
    meta.title = std::string(input);
    require(w.finish(meta).compare(0, 2, "PK") == 0);
    return 0;
}
