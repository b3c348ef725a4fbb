#!/usr/bin/env python3
"""Writes the Danish council texts of a folder as Excel workbooks, PowerPoint presentations and web pages, in turn.

Usage: bench/generate-formats.py TEXT_DIR OUT_DIR

Each text's non-blank lines become the rows of one sheet (a line and its number), slides of eight lines, or the
paragraphs of a page's <main> (with a <nav> beside it), so that ingesting OUT_DIR reads the same words as ingesting
TEXT_DIR, through the three extractors instead of the text reader. The packages are written the way Office writes
them (content types, relationships, one part per sheet or slide), without styles, masters or layouts.
"""
import html
import pathlib
import sys
import zipfile
from xml.sax.saxutils import escape

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>{}</Types>')


def relationships(targets):
    items = "".join(f'<Relationship Id="rId{i + 1}" Type="{RELS}/{kind}" Target="{target}"/>' for i, (kind, target) in enumerate(targets))
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'


def workbook(path, lines):
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rows = "".join(f'<row r="{i + 1}"><c r="A{i + 1}" t="inlineStr"><is><t>{escape(line)}</t></is></c><c r="B{i + 1}"><v>{i + 1}</v></c></row>'
                   for i, line in enumerate(lines))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", TYPES.format(
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'))
        package.writestr("_rels/.rels", relationships([("officeDocument", "xl/workbook.xml")]))
        package.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{RELS}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        package.writestr("xl/_rels/workbook.xml.rels", relationships([("worksheet", "worksheets/sheet1.xml")]))
        package.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>')


def presentation(path, lines):
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    slides = [lines[i:i + 8] for i in range(0, len(lines), 8)] or [["(tom)"]]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        overrides = "".join(f'<Override PartName="/ppt/slides/slide{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
                            for i in range(len(slides)))
        package.writestr("[Content_Types].xml", TYPES.format(
            '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>' + overrides))
        package.writestr("_rels/.rels", relationships([("officeDocument", "ppt/presentation.xml")]))
        package.writestr("ppt/_rels/presentation.xml.rels", relationships([("slide", f"slides/slide{i + 1}.xml") for i in range(len(slides))]))
        ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 1}"/>' for i in range(len(slides)))
        package.writestr("ppt/presentation.xml", f'<p:presentation xmlns:p="{p}" xmlns:r="{RELS}"><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>')
        for i, slide in enumerate(slides):
            paragraphs = "".join(f"<a:p><a:r><a:t>{escape(line)}</a:t></a:r></a:p>" for line in slide)
            package.writestr(f"ppt/slides/slide{i + 1}.xml",
                             f'<p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr/></p:nvSpPr>'
                             f"<p:txBody>{paragraphs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>")


def web_page(path, lines):
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    path.write_text('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Side</title></head>'
                    f"<body><nav>Forside · Politik · Kontakt</nav><main>{paragraphs}</main></body></html>", encoding="utf-8")


def main():
    source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    writers = [(workbook, ".xlsx"), (presentation, ".pptx"), (web_page, ".html")]
    texts = sorted(source.glob("*.txt"))
    for n, text in enumerate(texts):
        lines = [line for line in text.read_text(encoding="utf-8").split("\n") if line.strip()]
        write, extension = writers[n % len(writers)]
        write(target / (text.stem + extension), lines)
    print(f"{len(texts)} texts written to {target}")


if __name__ == "__main__":
    main()
