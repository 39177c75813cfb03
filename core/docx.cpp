#include "docx.h"

#include <array>

#include "text_format.h"

namespace ft::docx {
namespace {

void put16(std::string& out, unsigned v) {
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

const char* style_of(BlockKind k) {
    switch (k) {
        case BlockKind::heading1: return "Heading1";
        case BlockKind::heading2: return "Heading2";
        case BlockKind::bullet: return "ListBullet";
        case BlockKind::paragraph: break;
    }
    return "Normal";
}

constexpr const char* kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string content_types() {
    return std::string(kXmlDecl) +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
           "<Override PartName=\"/word/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
           "</Types>";
}

std::string relationships(const char* id, const std::string& type, const char* target) {
    return std::string(kXmlDecl) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           "<Relationship Id=\"" + id + "\" Type=\"" + kRel + "/" + type + "\" Target=\"" + target + "\"/></Relationships>";
}

// Arial body text; headings in NHS blue so the document matches the HTML export.
std::string styles() {
    auto heading = [](const char* id, const char* name, int half_points, int before, const char* outline) {
        return std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + id + "\"><w:name w:val=\"" + name +
               "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
               "<w:spacing w:before=\"" + std::to_string(before) + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" +
               outline + "\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"005EB8\"/><w:sz w:val=\"" +
               std::to_string(half_points) + "\"/></w:rPr></w:style>";
    };
    return std::string(kXmlDecl) + "<w:styles xmlns:w=\"" + kW + "\">" +
           "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
           "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" "
           "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>" +
           heading("Heading1", "heading 1", 36, 0, "0") + heading("Heading2", "heading 2", 28, 240, "1") +
           "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
           "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:style></w:styles>";
}

std::string body(const std::vector<Block>& blocks) {
    std::string x = std::string(kXmlDecl) + "<w:document xmlns:w=\"" + kW + "\"><w:body>";
    for (const Block& b : blocks) {
        // Bullets carry their own mark and a tab to the hanging indent, so no numbering part is needed.
        std::string mark = b.kind == BlockKind::bullet ? "<w:t>\xE2\x80\xA2</w:t><w:tab/>" : "";
        x += std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style_of(b.kind) + "\"/></w:pPr><w:r>" + mark +
             "<w:t xml:space=\"preserve\">" + text::xml_escape(b.text) + "</w:t></w:r></w:p>";
    }
    return x + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" "
               "w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (char ch : bytes) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& entries) {
    // Every entry is dated 1980-01-01 00:00 (the DOS epoch), so equal content gives equal bytes.
    const unsigned dos_time = 0, dos_date = (0 << 9) | (1 << 5) | 1;
    std::string out, central;
    for (const auto& entry : entries) {
        // Named references, not a structured binding: clang (wasm, fuzz builds) cannot capture bindings in C++17.
        const std::string& name = entry.first;
        const std::string& data = entry.second;
        std::uint32_t offset = static_cast<std::uint32_t>(out.size()), crc = crc32(data);
        auto common = [&](std::string& h) {
            put16(h, 20); put16(h, 0x0800); put16(h, 0);   // version 2.0, UTF-8 names, stored
            put16(h, dos_time); put16(h, dos_date);
            put32(h, crc); put32(h, std::uint32_t(data.size())); put32(h, std::uint32_t(data.size()));
            put16(h, unsigned(name.size())); put16(h, 0);  // name length, no extra field
        };
        put32(out, 0x04034b50);
        common(out);
        out += name;
        out += data;
        put32(central, 0x02014b50);
        put16(central, 20);
        common(central);
        put16(central, 0); put16(central, 0); put16(central, 0);   // comment, disk, internal attributes
        put32(central, 0); put32(central, offset);                  // external attributes, local header
        central += name;
    }
    std::uint32_t central_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0); put16(out, 0);
    put16(out, unsigned(entries.size())); put16(out, unsigned(entries.size()));
    put32(out, std::uint32_t(central.size())); put32(out, central_offset);
    put16(out, 0);
    return out;
}

std::string base64(std::string_view bytes) {
    static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t n = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size()) n |= std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
        if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
        out += digits[(n >> 18) & 63];
        out += digits[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? digits[(n >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? digits[n & 63] : '=';
    }
    return out;
}

std::string document(const std::vector<Block>& blocks) {
    return zip_stored({
        {"[Content_Types].xml", content_types()},
        {"_rels/.rels", relationships("rId1", "officeDocument", "word/document.xml")},
        {"word/_rels/document.xml.rels", relationships("rId1", "styles", "styles.xml")},
        {"word/document.xml", body(blocks)},
        {"word/styles.xml", styles()},
    });
}

}  // namespace ft::docx
