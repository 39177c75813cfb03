// The XML parts of a .docx and the Writer that fills them. Element order inside w:pPr, w:rPr, w:tblPr,
// w:trPr, w:tcPr, w:sectPr, w:settings, w:style, w:abstractNum and w:lvl follows the schema
// (ECMA-376 Part 1, transitional): Word reports a file with elements out of order as corrupt.
#include <algorithm>

#include "base/docx.h"

#include "base/text_format.h"

namespace ft::docx {
namespace {

constexpr const char* kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kBlue = "005EB8";
constexpr const char* kGrey = "4C6272";

// A4 with 2 cm side margins: the text is 9638 twips wide.
constexpr int kPageW = 11906, kPageH = 16838, kMarginSide = 1134, kMarginTop = 1417, kMarginBottom = 1134;
constexpr int kTextWidth = kPageW - 2 * kMarginSide;

std::string attr(std::string_view s) { return xml_text(s); }

// One name as it should print in a header or a property: line breaks and runs of spaces become one
// space, the ends are trimmed.
std::string one_line(std::string_view s) {
    std::string out;
    bool gap = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { gap = !out.empty(); continue; }
        if (gap) out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

// half_points: the size for runs that are not small (0 keeps the style's size); table text is a size down.
std::string run_xml(const Run& r, const char* colour = nullptr, bool bold = false, int half_points = 0) {
    std::string props;
    if (r.bold || bold) props += "<w:b/><w:bCs/>";
    if (r.italic) props += "<w:i/><w:iCs/>";
    if (colour) props += std::string("<w:color w:val=\"") + colour + "\"/>";
    else if (r.small) props += std::string("<w:color w:val=\"") + kGrey + "\"/>";
    int size = r.small ? 17 : half_points;
    if (size) props += "<w:sz w:val=\"" + std::to_string(size) + "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/>";
    std::string x = "<w:r>" + (props.empty() ? std::string() : "<w:rPr>" + props + "</w:rPr>");
    std::size_t start = 0;
    const std::string& t = r.text;
    while (start <= t.size()) {
        std::size_t end = std::min(t.find('\n', start), t.size());
        if (start) x += "<w:br/>";
        if (end > start) x += "<w:t xml:space=\"preserve\">" + xml_text(t.substr(start, end - start)) + "</w:t>";
        start = end + 1;
    }
    return x + "</w:r>";
}

std::string runs_xml(const std::vector<Run>& runs, const char* colour = nullptr, bool bold = false, int half_points = 0) {
    std::string x;
    for (const Run& r : runs) x += run_xml(r, colour, bold, half_points);
    return x;
}

const char* style_id(Style s) {
    switch (s) {
        case Style::title: return "Title";
        case Style::subtitle: return "Subtitle";
        case Style::heading1: return "Heading1";
        case Style::heading2: return "Heading2";
        case Style::heading3: return "Heading3";
        case Style::small: return "Small";
        case Style::quote: return "Clause";
        case Style::closing: return "Closing";
        case Style::normal: break;
    }
    return "Normal";
}

std::string field(const char* instruction, const char* shown) {
    return std::string("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ") + instruction +
           " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" + shown +
           "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

// ---- the parts -------------------------------------------------------------------------------------------

std::string content_types() {
    auto over = [](const char* part, const char* type) {
        return std::string("<Override PartName=\"") + part + "\" ContentType=\"" + type + "\"/>";
    };
    return std::string(kXmlDecl) + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
           over("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml") +
           over("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml") +
           over("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml") +
           over("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml") +
           over("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml") +
           over("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml") +
           over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
           over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") + "</Types>";
}

std::string relationships(const std::vector<std::pair<std::string, std::string>>& type_target) {
    std::string x = std::string(kXmlDecl) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < type_target.size(); ++i)
        x += "<Relationship Id=\"rId" + std::to_string(i + 1) + "\" Type=\"" + type_target[i].first + "\" Target=\"" +
             type_target[i].second + "\"/>";
    return x + "</Relationships>";
}

std::string package_rels() {
    return relationships({{std::string(kR) + "/officeDocument", "word/document.xml"},
                          {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
                          {std::string(kR) + "/extended-properties", "docProps/app.xml"}});
}

// rId1..rId5, in this order; the body refers to the header and footer by these ids.
std::string document_rels() {
    return relationships({{std::string(kR) + "/styles", "styles.xml"},
                          {std::string(kR) + "/settings", "settings.xml"},
                          {std::string(kR) + "/numbering", "numbering.xml"},
                          {std::string(kR) + "/header", "header1.xml"},
                          {std::string(kR) + "/footer", "footer1.xml"}});
}

std::string core_properties(const Meta& m) {
    std::string x = std::string(kXmlDecl) +
                    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                    "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    x += "<dc:title>" + xml_text(one_line(m.title)) + "</dc:title>";
    if (!m.subject.empty()) x += "<dc:subject>" + xml_text(one_line(m.subject)) + "</dc:subject>";
    if (!m.organisation.empty()) x += "<dc:creator>" + xml_text(one_line(m.organisation)) + "</dc:creator>";
    x += "<dc:language>en-GB</dc:language>";
    // The document's own date, so the same input gives the same bytes.
    if (m.date.size() == 10) {
        x += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + xml_text(m.date) + "T00:00:00Z</dcterms:created>";
        x += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + xml_text(m.date) + "T00:00:00Z</dcterms:modified>";
    }
    return x + "</cp:coreProperties>";
}

std::string app_properties(const Meta& m) {
    std::string x = std::string(kXmlDecl) +
                    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
                    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                    "<Template>Normal.dotm</Template><Application>fairterms</Application><DocSecurity>0</DocSecurity>";
    if (!m.organisation.empty()) x += "<Company>" + xml_text(one_line(m.organisation)) + "</Company>";
    return x + "</Properties>";
}

// Word 2013 and later compatibility (mode 15), so Word does not open the file in compatibility mode;
// updateFields asks Word to refresh the contents and page fields on opening.
std::string settings() {
    return std::string(kXmlDecl) + "<w:settings xmlns:w=\"" + kW + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>" +
           "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:updateFields w:val=\"true\"/><w:compat>" +
           "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>" +
           "<w:compatSetting w:name=\"overrideTableStyleFontSizeAndJustification\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/>" +
           "<w:compatSetting w:name=\"enableOpenTypeFeatures\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/>" +
           "<w:compatSetting w:name=\"doNotFlipMirrorIndents\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/>" +
           "</w:compat><w:themeFontLang w:val=\"en-GB\"/></w:settings>";
}

std::string styles() {
    // name, basedOn, next, uiPriority, qFormat, pPr, rPr: the order CT_Style requires.
    auto para = [](const char* id, const char* name, const char* based, const std::string& ppr, const std::string& rpr,
                   bool quick = true) {
        std::string x = std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + id + "\"><w:name w:val=\"" + name + "\"/>";
        if (based) x += std::string("<w:basedOn w:val=\"") + based + "\"/><w:next w:val=\"Normal\"/>";
        if (quick) x += "<w:qFormat/>";
        if (!ppr.empty()) x += "<w:pPr>" + ppr + "</w:pPr>";
        if (!rpr.empty()) x += "<w:rPr>" + rpr + "</w:rPr>";
        return x + "</w:style>";
    };
    auto heading = [&](const char* id, const char* name, int half_points, int before, int level) {
        return para(id, name, "Normal",
                    "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + std::to_string(before) +
                        "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level) + "\"/>",
                    std::string("<w:b/><w:bCs/><w:color w:val=\"") + kBlue + "\"/><w:sz w:val=\"" + std::to_string(half_points) +
                        "\"/><w:szCs w:val=\"" + std::to_string(half_points) + "\"/>");
    };
    std::string tabs = "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + std::to_string(kTextWidth) + "\"/></w:tabs>";
    std::string toc_tabs = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + std::to_string(kTextWidth) + "\"/></w:tabs>";
    return std::string(kXmlDecl) + "<w:styles xmlns:w=\"" + kW + "\">" +
           "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
           "<w:color w:val=\"212B32\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/>"
           "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr>"
           "</w:pPrDefault></w:docDefaults>" +
           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>" +
           "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
           "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
           "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
           "<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
           "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
           "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/>"
           "<w:semiHidden/><w:unhideWhenUsed/></w:style>" +
           para("Title", "Title", "Normal", "<w:spacing w:after=\"60\"/>",
                std::string("<w:b/><w:bCs/><w:color w:val=\"") + kBlue + "\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>") +
           para("Subtitle", "Subtitle", "Normal", "<w:spacing w:after=\"120\"/>", "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>") +
           heading("Heading1", "heading 1", 32, 280, 0) + heading("Heading2", "heading 2", 26, 200, 1) +
           heading("Heading3", "heading 3", 22, 200, 2) +
           para("Small", "Small print", "Normal", "",
                std::string("<w:color w:val=\"") + kGrey + "\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>") +
           para("Clause", "Clause", "Normal",
                std::string("<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"") + kBlue +
                    "\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF4FB\"/><w:ind w:left=\"284\" w:right=\"284\"/>",
                "") +
           para("Closing", "Closing", "Normal", "<w:keepNext/><w:keepLines/><w:spacing w:after=\"0\"/>", "") +
           para("ListParagraph", "List Paragraph", "Normal", "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", "") +
           para("TOCHeading", "TOC Heading", "Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                std::string("<w:b/><w:bCs/><w:color w:val=\"") + kBlue + "\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>") +
           para("TOC1", "toc 1", "Normal", toc_tabs + "<w:spacing w:after=\"60\"/>", "", false) +
           para("TOC2", "toc 2", "Normal", toc_tabs + "<w:spacing w:after=\"60\"/><w:ind w:left=\"220\"/>", "", false) +
           para("Header", "header", "Normal", tabs + "<w:spacing w:after=\"0\"/>",
                std::string("<w:color w:val=\"") + kGrey + "\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>", false) +
           para("Footer", "footer", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>",
                std::string("<w:color w:val=\"") + kGrey + "\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>", false) +
           "</w:styles>";
}

// abstractNum 0: bullets; 1: "1." numbers. w:num 1 is the bullet list; w:num 2.. are numbered lists,
// each restarting at 1.
std::string numbering(int numbered_lists) {
    auto level = [](const char* fmt, const char* text) {
        return std::string("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"") + fmt + "\"/><w:lvlText w:val=\"" + text +
               "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>";
    };
    std::string x = std::string(kXmlDecl) + "<w:numbering xmlns:w=\"" + kW + "\">" +
                    "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>" + level("bullet", "\xE2\x80\xA2") +
                    "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>" +
                    level("decimal", "%1.") + "</w:abstractNum>";
    x += "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    for (int i = 0; i < numbered_lists; ++i)
        x += "<w:num w:numId=\"" + std::to_string(i + 2) + "\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
             "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
    return x + "</w:numbering>";
}

std::string header(const Meta& m) {
    return std::string(kXmlDecl) + "<w:hdr xmlns:w=\"" + kW + "\" xmlns:r=\"" + kR + "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>" +
           run_xml({one_line(m.organisation), true}) + "<w:r><w:tab/></w:r>" + run_xml({one_line(m.title)}) + "</w:p></w:hdr>";
}

std::string footer() {
    return std::string(kXmlDecl) + "<w:ftr xmlns:w=\"" + kW + "\" xmlns:r=\"" + kR + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>" +
           "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>" + field("PAGE", "1") + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>" +
           field("NUMPAGES", "1") + "</w:p></w:ftr>";
}

std::string table_xml(const Table& t) {
    std::size_t cols = t.widths.size();
    int total = 0;
    for (int w : t.widths) total += std::max(w, 1);
    std::vector<int> twips;
    int used = 0;
    for (std::size_t i = 0; i < cols; ++i) {
        int w = i + 1 == cols ? kTextWidth - used : kTextWidth * std::max(t.widths[i], 1) / std::max(total, 1);
        twips.push_back(w);
        used += w;
    }
    std::string border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"AEB7BD\"/>";
    std::string x = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) + "\" w:type=\"dxa\"/><w:tblBorders>" + "<w:top " +
                    border + "<w:left " + border + "<w:bottom " + border + "<w:right " + border + "<w:insideH " + border +
                    "<w:insideV " + border + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/>"
                    "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
                    "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
                    "</w:tblPr><w:tblGrid>";
    for (int w : twips) x += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    x += "</w:tblGrid>";
    auto cell = [&](std::size_t col, const Cell& c, bool head, bool bold) {
        std::string fill = head ? kBlue : c.fill;
        x += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(twips[col]) + "\" w:type=\"dxa\"/>";
        if (!fill.empty()) x += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + attr(fill) + "\"/>";
        x += "</w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"/>";
        bool right = c.right || (col < t.right.size() && t.right[col]);
        if (right) x += "<w:jc w:val=\"right\"/>";
        x += "</w:pPr>" + runs_xml(c.runs, head ? "FFFFFF" : nullptr, head || bold, 19) + "</w:p></w:tc>";
    };
    if (!t.header.empty()) {
        x += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        for (std::size_t i = 0; i < cols; ++i) cell(i, Cell(i < t.header.size() ? t.header[i] : std::string()), true, true);
        x += "</w:tr>";
    }
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        x += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        bool bold = t.bold_last_row && r + 1 == t.rows.size();
        for (std::size_t i = 0; i < cols; ++i) cell(i, i < t.rows[r].size() ? t.rows[r][i] : Cell(), false, bold);
        x += "</w:tr>";
    }
    return x + "</w:tbl>";
}

}  // namespace

std::string xml_text(std::string_view s) {
    // One cleaning and escaping step for every writer (base/text_format.h): drops what XML 1.0 forbids,
    // U+FFFE and U+FFFF included, so document.xml stays well-formed whatever the user typed.
    return text::xml_escape(s);
}

void Writer::paragraph(const std::string& text, Style style) { paragraph(std::vector<Run>{{text}}, style); }

void Writer::paragraph(const std::vector<Run>& runs, Style style) {
    Item it;
    it.kind = Item::para;
    it.style = style;
    it.runs = runs;
    items_.push_back(std::move(it));
    last_numbered_ = false;
}

void Writer::heading(int level, const std::string& text) {
    paragraph(one_line(text), level <= 1 ? Style::heading1 : level == 2 ? Style::heading2 : Style::heading3);
}

void Writer::list_item(const std::vector<Run>& runs, bool bulleted) {
    Item it;
    it.kind = Item::list_item;
    it.runs = runs;
    if (bulleted) {
        it.num_id = 1;
        last_numbered_ = false;
    } else {
        if (!last_numbered_) ++lists_;
        it.num_id = lists_ + 1;
        last_numbered_ = true;
    }
    items_.push_back(std::move(it));
}

void Writer::bullet(const std::string& text) { list_item({{text}}, true); }
void Writer::bullet(const std::vector<Run>& runs) { list_item(runs, true); }
void Writer::numbered(const std::string& text) { list_item({{text}}, false); }
void Writer::numbered(const std::vector<Run>& runs) { list_item(runs, false); }

void Writer::table(const Table& t) {
    Item it;
    it.kind = Item::table;
    it.tab = t;
    items_.push_back(std::move(it));
    last_numbered_ = false;
}

void Writer::contents(const std::string& heading_text) {
    Item it;
    it.kind = Item::contents;
    it.text = heading_text;
    items_.push_back(std::move(it));
    last_numbered_ = false;
}

void Writer::page_break() {
    Item it;
    it.kind = Item::page_break;
    items_.push_back(std::move(it));
    last_numbered_ = false;
}

std::string Writer::finish(const Meta& meta) const {
    std::string body = std::string(kXmlDecl) + "<w:document xmlns:w=\"" + kW + "\" xmlns:r=\"" + kR + "\"><w:body>";
    bool ends_with_table = false;
    for (const Item& it : items_) {
        ends_with_table = it.kind == Item::table;
        switch (it.kind) {
            case Item::para:
                body += std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style_id(it.style) + "\"/></w:pPr>" + runs_xml(it.runs) + "</w:p>";
                break;
            case Item::list_item:
                body += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" +
                        std::to_string(it.num_id) + "\"/></w:numPr></w:pPr>" + runs_xml(it.runs) + "</w:p>";
                break;
            case Item::table:
                body += table_xml(it.tab);
                break;
            case Item::page_break:
                body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
                break;
            case Item::contents: {
                // The field's result lists the level 1 and 2 headings as they stand, so the contents read
                // correctly before any refresh.
                std::vector<std::pair<int, std::string>> entries;
                for (const Item& h : items_)
                    if (h.kind == Item::para && (h.style == Style::heading1 || h.style == Style::heading2)) {
                        std::string t;
                        for (const Run& r : h.runs) t += r.text;
                        entries.push_back({h.style == Style::heading1 ? 1 : 2, t});
                    }
                body += "<w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr>" + run_xml({it.text}) + "</w:p>";
                std::string begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o "
                                    "&quot;1-2&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
                std::string end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
                if (entries.empty()) entries.push_back({1, "The contents fill in when the document's fields are updated."});
                for (std::size_t i = 0; i < entries.size(); ++i)
                    body += std::string("<w:p><w:pPr><w:pStyle w:val=\"TOC") + (entries[i].first == 1 ? "1" : "2") + "\"/></w:pPr>" +
                            (i == 0 ? begin : "") + run_xml({entries[i].second}) + (i + 1 == entries.size() ? end : "") + "</w:p>";
                break;
            }
        }
    }
    if (ends_with_table) body += "<w:p/>";   // Word wants a paragraph between a table and the section end
    body += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId5\"/>"
            "<w:pgSz w:w=\"" + std::to_string(kPageW) + "\" w:h=\"" + std::to_string(kPageH) + "\"/><w:pgMar w:top=\"" +
            std::to_string(kMarginTop) + "\" w:right=\"" + std::to_string(kMarginSide) + "\" w:bottom=\"" + std::to_string(kMarginBottom) +
            "\" w:left=\"" + std::to_string(kMarginSide) + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            "<w:cols w:space=\"708\"/></w:sectPr></w:body></w:document>";

    return zip_stored({
        {"[Content_Types].xml", content_types()},
        {"_rels/.rels", package_rels()},
        {"docProps/core.xml", core_properties(meta)},
        {"docProps/app.xml", app_properties(meta)},
        {"word/_rels/document.xml.rels", document_rels()},
        {"word/document.xml", body},
        {"word/styles.xml", styles()},
        {"word/settings.xml", settings()},
        {"word/numbering.xml", numbering(lists_)},
        {"word/header1.xml", header(meta)},
        {"word/footer1.xml", footer()},
    });
}

}  // namespace ft::docx
