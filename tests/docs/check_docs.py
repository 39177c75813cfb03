#!/usr/bin/env python3
"""Documents as their recipients open them.

Word: every XML part well-formed; [Content_Types].xml overrides match the parts; every relationship
resolves; children of w:pPr, w:rPr, w:tblPr, w:trPr, w:tcPr, w:sectPr and w:settings in schema order;
lists are Word lists (numbering), not typed bullets; en-GB; header and footer with PAGE and NUMPAGES;
properties; then LibreOffice converts each to PDF and pdftotext holds every section heading, the
organisation's name and "Page 1 of".
CSV: a UTF-8 byte-order mark and the same number of columns on every row (Python's csv reader).
Every document: none of the internal codes not_known, not_applicable, not_yet or "->", and no programmer
notation in workings (floor(, max(, "x" as times, "GBP 1,138"); CSV headers in words.

Usage: check_docs.py FAIRTERMS_BINARY REPO_DIR OUT_DIR. Prints "docs: N passed, N failed" last.
"""
import csv
import io
import os
import posixpath
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Schema order (ECMA-376 Part 1, transitional) of the children this writer uses, plus their neighbours.
ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
            "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
            "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
            "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
            "rPr", "sectPr", "pPrChange"],
    "rPr": ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
            "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
            "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
            "specVanish", "oMath"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
              "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"],
    "trPr": ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader",
             "tblCellSpacing", "jc", "hidden"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
             "tcFitText", "vAlign", "hideMark"],
    "sectPr": ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders",
               "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
               "rtlGutter", "docGrid", "printerSettings"],
    "tblBorders": ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"],
    "tblCellMar": ["top", "left", "start", "bottom", "right", "end"],
    "style": ["name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
              "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr",
              "tblPr", "trPr", "tcPr", "tblStylePr"],
    "lvl": ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"],
    "abstractNum": ["nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"],
    "tbl": ["bookmarkStart", "tblPr", "tblGrid", "tr"],
    "tr": ["tblPrEx", "trPr", "tc"],
    "tc": ["tcPr", "p", "tbl"],
    "settings": ["writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
                 "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
                 "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
                 "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
                 "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign",
                 "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
                 "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection",
                 "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
                 "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength",
                 "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
                 "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
                 "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
                 "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
                 "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore",
                 "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent",
                 "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving",
                 "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr",
                 "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping"],
}

CODES = ["not_known", "not_applicable", "not_yet", "->"]
# Programmer notation a person should never read in workings (found by a new user): function-call maths,
# "x" as times, the ISO code before an amount instead of the pound sign.
NOTATION = re.compile(r"\b(?:floor|ceil|min|max)\(|[0-9)] x [0-9(\u00a3]|\bGBP [0-9]")

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: " + what)
    return ok


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def run_cli(binary, args):
    return subprocess.run([binary] + args, check=True, capture_output=True).stdout


def text_of(root):
    return "".join(t.text or "" for t in root.iter(W + "t"))


def paragraphs_with_style(root, styles):
    out = []
    for p in root.iter(W + "p"):
        style = p.find(W + "pPr/" + W + "pStyle")
        if style is not None and style.get(W + "val") in styles:
            out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return out


def check_order(name, root):
    bad = []
    for el in root.iter():
        kind = local(el.tag)
        if kind not in ORDER or not el.tag.startswith(W):
            continue
        order = ORDER[kind]
        positions = [order.index(local(c.tag)) if local(c.tag) in order else -1 for c in el]
        if -1 in positions:
            bad.append(f"{kind} holds an element the schema does not allow there: {[local(c.tag) for c in el]}")
        elif positions != sorted(positions):
            bad.append(f"{kind} children out of order: {[local(c.tag) for c in el]}")
    check(not bad, f"{name}: element order: {bad[:3]}")


def check_docx(label, path, organisation, out_dir, max_pages=None):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    parts = {}
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                parts[n] = ET.fromstring(z.read(n))
            except ET.ParseError as e:
                check(False, f"{label}: {n} is not well-formed XML: {e}")
    check(len(parts) == len(names), f"{label}: every part is well-formed XML")

    # [Content_Types].xml: each override names a part that exists, each part has a content type.
    ct = parts["[Content_Types].xml"]
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    overrides = {o.get("PartName").lstrip("/"): o.get("ContentType") for o in ct.iter(ns + "Override")}
    defaults = {d.get("Extension"): d.get("ContentType") for d in ct.iter(ns + "Default")}
    check(all(p in names for p in overrides), f"{label}: overrides without a part: {[p for p in overrides if p not in names]}")
    untyped = [n for n in names if n != "[Content_Types].xml" and n not in overrides and not n.endswith(".rels")]
    check(not untyped, f"{label}: parts without an override: {untyped}")
    check("rels" in defaults, f"{label}: a default content type for .rels")
    for part, want in [("word/document.xml", "document.main+xml"), ("word/styles.xml", "styles+xml"),
                       ("word/settings.xml", "settings+xml"), ("word/numbering.xml", "numbering+xml"),
                       ("docProps/core.xml", "core-properties+xml"), ("docProps/app.xml", "extended-properties+xml")]:
        check(overrides.get(part, "").endswith(want), f"{label}: {part} has content type ...{want}")

    # Relationships: every target resolves to a part; ids unique.
    rns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for n, root in parts.items():
        if not n.endswith(".rels"):
            continue
        source_dir = posixpath.dirname(posixpath.dirname(n))
        ids = [r.get("Id") for r in root.iter(rns + "Relationship")]
        check(len(ids) == len(set(ids)), f"{label}: {n} has unique relationship ids")
        for r in root.iter(rns + "Relationship"):
            target = posixpath.normpath(posixpath.join(source_dir, r.get("Target")))
            check(target in names, f"{label}: {n} {r.get('Id')} -> {target} resolves")
    doc_rels = {r.get("Id") for r in parts["word/_rels/document.xml.rels"].iter(rns + "Relationship")}
    body = parts["word/document.xml"]
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    used = [el.get(rid) for el in body.iter() if el.get(rid)]
    check(used and all(u in doc_rels for u in used), f"{label}: the body's r:id references resolve ({used})")

    for n in ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/header1.xml", "word/footer1.xml"]:
        check(n in parts, f"{label}: has {n}")
        if n in parts:
            check_order(f"{label} {n}", parts[n])

    # Lists are Word lists; nothing typed as a bullet.
    numbered = [p for p in body.iter(W + "p") if p.find(W + "pPr/" + W + "numPr") is not None]
    check(len(numbered) > 0, f"{label}: lists use numbering (numPr)")
    num_ids = {n.get(W + "numId") for n in parts["word/numbering.xml"].iter(W + "num")}
    check(all(p.find(W + "pPr/" + W + "numPr/" + W + "numId").get(W + "val") in num_ids for p in numbered),
          f"{label}: every list paragraph names a w:num that exists")
    typed = [t.text for t in body.iter(W + "t") if (t.text or "").lstrip().startswith("\u2022")]
    check(not typed, f"{label}: no typed bullets: {typed[:2]}")
    langs = [l.get(W + "val") for l in parts["word/styles.xml"].iter(W + "lang")]
    check("en-GB" in langs, f"{label}: w:lang en-GB in the styles")
    settings = ET.tostring(parts["word/settings.xml"], encoding="unicode")
    check('compatibilityMode' in settings and 'w:val="15"' in settings.replace("ns0:", "w:"),
          f"{label}: settings in compatibility mode 15")
    check(parts["word/settings.xml"].find(W + "updateFields") is not None, f"{label}: settings update fields on open")
    footer = "".join(t.text or "" for t in parts["word/footer1.xml"].iter(W + "instrText"))
    check("PAGE" in footer and "NUMPAGES" in footer, f"{label}: footer has PAGE and NUMPAGES fields")
    header_text = text_of(parts["word/header1.xml"])
    check(organisation in header_text, f"{label}: header names {organisation!r}: {header_text!r}")
    instr = "".join(t.text or "" for t in body.iter(W + "instrText"))
    # A letter and heads of terms are short documents read from the top: no contents field.
    check("TOC" in instr or label.startswith(("quote", "heads-of-terms")), f"{label}: a contents field")
    core = parts["docProps/core.xml"]
    dc = "{http://purl.org/dc/elements/1.1/}"
    check(bool((core.findtext(dc + "title") or "").strip()), f"{label}: core properties have a title")
    check(core.findtext(dc + "creator") == organisation, f"{label}: core properties name the organisation as author")
    check(not any(w in text_of(body) for w in CODES), f"{label}: no internal codes in the text")

    # LibreOffice as a recipient: convert to PDF and read it back.
    profile = "file://" + os.path.join(out_dir, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", out_dir, path],
                   check=False, capture_output=True, timeout=180)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not check(os.path.exists(pdf), f"{label}: LibreOffice converts it to PDF"):
        return
    pdf_text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(pdf_text.split())
    pages = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    count = re.search(r"Pages:\s+(\d+)", pages).group(1)
    print(f"{label}: LibreOffice PDF of {count} A4 pages")
    check("Page 1 of " + count in flat, f"{label}: the PDF says 'Page 1 of {count}'")
    if max_pages:
        check(int(count) <= max_pages, f"{label}: fits on {max_pages} pages (has {count})")
    check(organisation in flat, f"{label}: the PDF names {organisation!r}")
    headings = paragraphs_with_style(body, {"Heading1", "Heading2", "Title"})
    missing = [h for h in headings if " ".join(h.split()) not in flat]
    check(headings and not missing, f"{label}: the PDF holds every heading ({len(headings)}); missing {missing[:3]}")


def check_csv(label, data):
    check(data.startswith(b"\xef\xbb\xbf"), f"{label}: starts with the UTF-8 byte-order mark")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    widths = {len(r) for r in rows}
    check(len(rows) > 1 and len(widths) == 1, f"{label}: {len(rows)} rows, column counts {sorted(widths)}")
    check(not any(c in text for c in CODES), f"{label}: no internal codes")
    # Headers are words for the finance lead in a spreadsheet, not code names such as unit_price_gbp.
    check(not any("_" in h for h in rows[0]), f"{label}: headers in words ({rows[0]})")
    check(not NOTATION.search(text), f"{label}: no programmer notation ({NOTATION.search(text)})")


def main():
    binary, repo, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out_dir, exist_ok=True)
    golden = os.path.join(repo, "tests", "golden")
    g = lambda n: os.path.join(golden, n)

    word = [
        ("quote-letter", ["quote", g("trust-bespoke-letter.quote.json")], "Northfield Teaching Hospitals NHS Foundation Trust", 2),
        ("board-report", ["report", g("readiness-board-html.report.json")], "Example NHS Foundation Trust <Research & Innovation>", None),
        ("strategy", ["strategy", g("northfield-assessed.strategy.json")], "Northfield Teaching Hospitals NHS Foundation Trust", None),
        ("heads-of-terms", ["terms", g("sepsis.terms.json")], "Northfield Teaching Hospitals NHS Foundation Trust", None),
        ("heads-of-terms-noncommercial", ["terms", g("readmission.terms.json")], "Northfield Teaching Hospitals NHS Foundation Trust", None),
    ]
    for label, args, organisation, max_pages in word:
        path = os.path.join(out_dir, label + ".docx")
        with open(path, "wb") as f:
            f.write(run_cli(binary, args + ["--format", "docx"]))
        check_docx(label, path, organisation, out_dir, max_pages)
        if label.startswith("heads-of-terms") and os.path.exists(os.path.splitext(path)[0] + ".pdf"):
            # Heads of terms are not a contract: the first page says so, and so does every page's header.
            pdf = os.path.splitext(path)[0] + ".pdf"
            page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], check=True, capture_output=True, text=True).stdout
            check("Subject to contract" in page1, f"{label}: page 1 says 'Subject to contract'")
            z = zipfile.ZipFile(path)
            check("subject to contract" in text_of(ET.fromstring(z.read("word/header1.xml"))).lower(),
                  f"{label}: the running header says 'subject to contract'")

    tables = [
        ("quote csv", ["quote", g("trust-bespoke-letter.quote.json"), "--format", "csv"]),
        ("quote csv (commercial)", ["quote", g("sde-commercial.quote.json"), "--format", "csv"]),
        ("report csv", ["report", g("readiness-board-html.report.json"), "--format", "csv"]),
        ("actions csv", ["report", g("readiness-board-html.report.json"), "--format", "actions-csv"]),
        ("value csv", ["value", g("imaging-consortium.value.json"), "--format", "csv"]),
        ("value split csv", ["value", g("imaging-consortium.value.json"), "--format", "split-csv"]),
        ("register csv", ["register", g("northfield.register.json"), "--format", "csv"]),
    ]
    for label, args in tables:
        check_csv(label, run_cli(binary, args))

    # Every document a person reads, in every format: no internal codes.
    readable = [
        ["quote", g("trust-bespoke-letter.quote.json"), "--format", "html"],
        ["quote", g("trust-bespoke-letter.quote.json"), "--format", "text"],
        ["quote", g("sde-commercial.quote.json"), "--format", "html"],
        ["quote", g("dars-noncommercial.quote.json"), "--format", "text"],
        ["report", g("readiness-board-html.report.json"), "--format", "html"],
        ["value", g("imaging-consortium.value.json"), "--format", "html"],
        ["value", g("long-horizon.value.json"), "--format", "html"],
        ["strategy", g("northfield-assessed.strategy.json"), "--format", "html"],
        ["strategy", g("northfield-assessed.strategy.json"), "--format", "md"],
        ["strategy", g("draft-not-now.strategy.json"), "--format", "md"],
        ["terms", g("sepsis.terms.json"), "--format", "html"],
        ["terms", g("sepsis.terms.json"), "--format", "md"],
        ["terms", g("readmission.terms.json"), "--format", "md"],
        ["register", g("northfield.register.json"), "--format", "html"],
    ]
    for args in readable:
        out = run_cli(binary, args).decode("utf-8")
        found = [c for c in CODES if c in out]
        check(not found, f"{' '.join(os.path.basename(a) for a in args)}: no internal codes ({found})")
        m = NOTATION.search(out)
        check(not m, f"{' '.join(os.path.basename(a) for a in args)}: no programmer notation ({m and m.group(0)})")

    print(f"docs: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
