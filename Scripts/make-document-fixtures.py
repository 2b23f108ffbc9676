#!/usr/bin/env python3
"""Writes the Word (and bad-Word) fixtures of Tests/ChecklistCoreTests/Fixtures/Documents/.

    .build/venv/bin/python Scripts/make-document-fixtures.py      (python-docx, msoffcrypto-tool)

- <stem>.docx for every seed and external text of ../shared/corpus: one paragraph per line, so
  paragraph N is line N and the .docx must give exactly the directives of the .txt.
- numbered.txt / numbered.docx: one speech with three levels of items (一、 （一） 1.). The .txt
  writes the markers; the .docx leaves them out of the text and numbers the paragraphs with
  Word's automatic numbering (numbering.xml; the first level through a paragraph style, a
  restart through w:startOverride), as Word saves a list a clerk made with the numbering button.
- table.docx: a paragraph, a task table (one line per row), a paragraph with a soft break.
- 001_….pdf: that seed's .docx exported to PDF by LibreOffice (when soffice is installed);
  bad-scanned.pdf (a page without text, as a scan is) and bad-broken.pdf.
- bad-*.docx: truncated, corrupt (a flipped byte in the compressed text), encrypted with a
  password (as Word does it: an OLE file holding the encrypted package), a zip bomb (a part
  that unpacks to 80 MiB) and a lying zip bomb (the same, claiming 1 KiB), an .xlsx renamed,
  malformed XML (a name that is not UTF-8), an entity bomb (a DTD), blank paragraphs only.

Zip entries get a fixed date, so running the script again gives the same bytes (but for the
encrypted file, whose salt is random, and the workbook, which openpyxl dates).
"""
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/ChecklistCoreTests/Fixtures/Documents"
CORPUS = ROOT.parent / "shared/corpus"
FIXED_DATE = (2026, 1, 1, 0, 0, 0)


def lines_of(text):
    """Lines as SourceText splits them: at \\r\\n, \\n and \\r; no empty last line."""
    lines = re.split(r"\r\n|\n|\r", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def xml_safe(line):
    return "".join(c for c in line if c == "\t" or ord(c) >= 0x20)


def normalised_zip(data):
    """The same archive with every entry dated FIXED_DATE, in a stable order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def save(document, name):
    buffer = io.BytesIO()
    document.core_properties.author = "checklist fixtures"
    document.save(buffer)
    (OUT / name).write_bytes(normalised_zip(buffer.getvalue()))
    return OUT / name


def plain_docx(lines, name):
    document = docx.Document()
    for line in lines:
        document.add_paragraph(xml_safe(line))
    return save(document, name)


# MARK: - Automatic numbering

NUMBERED_SPEECH = """在全市安全生产工作会议上的讲话
（2022年9月9日）
同志们：
今天召开会议，主要任务是部署下一阶段安全生产工作。
一、压紧压实安全生产责任
（一）落实属地管理责任。各县区要在9月底前完成辖区内企业安全隐患全面排查。
（二）落实部门监管责任。市应急管理局要牵头制定专项整治方案，市住建局、市交通运输局配合。
1.市住建局要在10月15日前完成全部在建工地的安全检查。
2.市交通运输局要加强道路运输企业监管，每月开展一次专项检查。
二、深入开展专项整治
（一）市消防救援支队要在国庆节前完成人员密集场所消防检查。
（二）市市场监管局要加强特种设备安全监管，年底前完成电梯隐患整改。
1.各县区要建立隐患整改台账，实行销号管理。
2.市应急管理局要在11月底前对整改情况开展督查。
（三）市公安局要严厉打击非法运输危险化学品行为。
三、切实加强组织领导
各级各部门主要负责同志要亲自抓、负总责，确保各项措施落到实处。
"""

SECTION = re.compile(r"^([一二三四五六七八九十]+)、")
SUBSECTION = re.compile(r"^（([一二三四五六七八九十]+)）")
ITEM = re.compile(r"^(\d+)\.")
CHINESE = "一二三四五六七八九十"


def chinese_value(text):
    if len(text) == 1:
        return CHINESE.index(text) + 1
    if text.startswith("十"):
        return 10 + (CHINESE.index(text[1]) + 1 if len(text) > 1 else 0)
    tens = CHINESE.index(text[0]) + 1
    return tens * 10 + (CHINESE.index(text[2]) + 1 if len(text) > 2 else 0)


def add_numbering(document):
    """One abstract list with three levels; returns a function making w:num instances."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    levels = [("chineseCounting", "%1、", "SectionHeading"), ("chineseCounting", "（%2）", None),
              ("decimal", "%3.", None)]
    for index, (fmt, text, style) in enumerate(levels):
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), str(index))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            level.append(child)
        if style:
            child = OxmlElement("w:pStyle")
            child.set(qn("w:val"), style)
            level.append(child)
        for tag, value in (("w:suff", "nothing"), ("w:lvlText", text), ("w:lvlJc", "left")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            level.append(child)
        abstract.append(level)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    made = []

    def new_num(restart=None):
        num_id = str(100 + len(made))
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        link = OxmlElement("w:abstractNumId")
        link.set(qn("w:val"), "90")
        num.append(link)
        if restart:
            level, value = restart
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), str(level))
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), str(value))
            override.append(start)
            num.append(override)
        numbering.append(num)
        made.append(num_id)
        return num_id

    return new_num


def set_numbering(element, num_id, level):
    properties = element.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        numbering.append(child)
    properties.append(numbering)


def numbered_docx(lines, name):
    """Markers become Word numbering; a number that does not follow on restarts its level."""
    document = docx.Document()
    new_num = add_numbering(document)
    main = new_num()
    # The first level is numbered through its paragraph style, as Word's heading lists are.
    style = document.styles.add_style("SectionHeading", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    set_numbering(style.element, main, 0)
    counters = [0, 0, 0]
    current = main
    for line in lines:
        found = None
        for level, pattern in enumerate((SECTION, SUBSECTION, ITEM)):
            match = pattern.match(line)
            if match:
                value = int(match.group(1)) if level == 2 else chinese_value(match.group(1))
                found = (level, value, line[match.end():])
                break
        if not found:
            document.add_paragraph(xml_safe(line))
            continue
        level, value, rest = found
        if counters[level] + 1 != value:
            current = new_num((level, value))
        counters[level] = value
        for deeper in range(level + 1, 3):
            counters[deeper] = 0
        if level == 0 and current == main:
            document.add_paragraph(xml_safe(rest), style="SectionHeading")
        else:
            paragraph = document.add_paragraph(xml_safe(rest))
            set_numbering(paragraph._p, current, level)
    return save(document, name)


def table_docx():
    document = docx.Document()
    document.add_paragraph("关于落实安全生产工作任务的通知")
    table = document.add_table(rows=3, cols=4)
    rows = [("序号", "工作任务", "牵头单位", "完成时限"),
            ("1", "完成全部在建工地的安全检查", "市住建局", "10月15日前"),
            ("2", "开展人员密集场所消防检查", "市消防救援支队", "国庆节前")]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    paragraph = document.add_paragraph("请各单位认真落实。")
    paragraph.add_run().add_break()
    paragraph.add_run("联系人：张三")
    return save(document, "table.docx")


# MARK: - Bad documents


def bomb(name, lie):
    """word/document.xml unpacks to 80 MiB of spaces; `lie` makes the archive claim 1 KiB."""
    size = 80 * 1024 * 1024
    body = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo("[Content_Types].xml", FIXED_DATE)
        archive.writestr(info, b"<Types/>")
        info = zipfile.ZipInfo("word/document.xml", FIXED_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=False) as part:
            part.write(body)
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                part.write(chunk)
    data = bytearray(out.getvalue())
    if lie:
        # Patch the uncompressed size in the local header (offset 22) and the central record
        # (offset 24) of word/document.xml.
        name_bytes = b"word/document.xml"
        local = data.find(name_bytes) - 30
        data[local + 22:local + 26] = (1024).to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", local + 30)
        while central != -1 and data[central + 46:central + 46 + len(name_bytes)] != name_bytes:
            central = data.find(b"PK\x01\x02", central + 4)
        data[central + 24:central + 28] = (1024).to_bytes(4, "little")
    (OUT / name).write_bytes(bytes(data))


def bad_fixtures(good):
    data = good.read_bytes()
    (OUT / "bad-truncated.docx").write_bytes(data[: len(data) // 2])
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    corrupt = bytearray(data)
    middle = start + info.compress_size // 2
    corrupt[middle] ^= 0xFF
    (OUT / "bad-corrupt.docx").write_bytes(bytes(corrupt))
    for name, body in (
        ("bad-xml.docx", b'<?xml version="1.0"?><w:document><w::p\xe9\xf1e X>'),
        ("bad-entities.docx", b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document>&b;</w:document>'),
    ):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo("word/document.xml", FIXED_DATE), body)
        (OUT / name).write_bytes(out.getvalue())
    plain_docx(["", "  ", "\u3000"], "bad-blank.docx")
    bomb("bad-bomb.docx", lie=False)
    bomb("bad-bomb-lying.docx", lie=True)
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    office = OOXMLFile(io.BytesIO(data))
    office.encrypt("123456", encrypted)
    (OUT / "bad-encrypted.docx").write_bytes(encrypted.getvalue())
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "这是一张表格"
    buffer = io.BytesIO()
    workbook.save(buffer)
    (OUT / "bad-workbook.docx").write_bytes(normalised_zip(buffer.getvalue()))


def minimal_pdf(content):
    """A one-page PDF whose page draws `content` (no font: no text layer)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_fixtures(sources):
    """A seed's .docx printed to PDF by LibreOffice, as a clerk's "export as PDF" makes one; a
    page with only a drawing (a scan has only an image: no text layer either); a broken PDF."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        seed = next(source for source in sources if source.name.startswith("001_"))
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", folder,
                            str(OUT / (seed.stem + ".docx"))], check=True, capture_output=True)
            shutil.copy(Path(folder) / (seed.stem + ".pdf"), OUT / (seed.stem + ".pdf"))
    else:
        print("no LibreOffice (soffice): the seed PDF was not remade", file=sys.stderr)
    (OUT / "bad-scanned.pdf").write_bytes(minimal_pdf(b"0 0 m 100 100 l S"))
    (OUT / "bad-broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    sources = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "external").glob("*.txt"))
    if not sources:
        sys.exit(f"no corpus at {CORPUS}")
    for source in sources:
        plain_docx(lines_of(source.read_text(encoding="utf-8-sig")), source.stem + ".docx")
    (OUT / "numbered.txt").write_text(NUMBERED_SPEECH, encoding="utf-8")
    good = numbered_docx(lines_of(NUMBERED_SPEECH), "numbered.docx")
    first = sources[0]
    numbered_docx(lines_of(first.read_text(encoding="utf-8-sig")), first.stem + "-numbered.docx")
    table_docx()
    bad_fixtures(good)
    pdf_fixtures(sources)
    print(f"wrote {len(list(OUT.iterdir()))} files to {OUT}")


if __name__ == "__main__":
    main()
