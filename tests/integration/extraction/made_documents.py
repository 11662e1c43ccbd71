"""Documents made at test time (reportlab, pypdf, python-docx, Pillow, zipfile), all about
an invented person."""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

RESUME_LINES = [
    "Avery Fenwick",
    "avery.fenwick@example.org +1 555 0100 42 Springfield, Oregon",
    "EXPERIENCE",
    "Senior Software Engineer, Northwind Analytics, Jan 2019 - Present",
    "Built a PostgreSQL reporting service used by forty product teams.",
    "EDUCATION",
    "B.Sc. Computer Science, University of Westbrook, 2016",
    "SKILLS",
    "Python, Kubernetes, Terraform, GraphQL",
]
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (Debian package tesseract-ocr); OCR cannot be tested",
)


def pdf_with_pages(pages: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        for row, line in enumerate(lines):
            sheet.drawString(72, 770 - row * 18, line)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def resume_pdf() -> bytes:
    return pdf_with_pages([RESUME_LINES[:5], RESUME_LINES[5:]])


def encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def text_image(lines: list[str], size: tuple[int, int] = (1700, 900)) -> Image.Image:
    image = Image.new("L", size, color=255)
    draw = ImageDraw.Draw(image)
    font = (ImageFont.truetype(str(FONT_FILE), 44) if FONT_FILE.exists()
            else ImageFont.load_default(size=44))
    for row, line in enumerate(lines):
        draw.text((60, 60 + row * 70), line, fill=0, font=font)
    return image


def image_bytes(image: Image.Image, format: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format)
    return buffer.getvalue()


def scanned_pdf(image: Image.Image) -> bytes:
    """A PDF whose page is only a picture of text, as a scanner makes it."""
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    sheet.drawImage(ImageReader(image), 0, height - width * image.height / image.width,
                    width=width, height=width * image.height / image.width)
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def resume_docx(*, with_header: bool = True) -> bytes:
    document = docx.Document()
    if with_header:
        document.sections[0].header.paragraphs[0].text = "Avery Fenwick - avery.fenwick@example.org"
    document.add_heading("Experience", level=1)
    document.add_paragraph("Senior Software Engineer, Northwind Analytics, Jan 2019 - Present")
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Languages", "Python, Go"
    table.cell(1, 0).text, table.cell(1, 1).text = "Databases", "PostgreSQL, Redis"
    document.add_paragraph("References available on request.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_padding_part(padding_bytes: int) -> bytes:
    """A real DOCX plus one extra part of zeros: tiny on disk, huge once inflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(resume_docx())) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for member in source.infolist():
            bomb.writestr(member, source.read(member))
        with bomb.open("word/media/padding.bin", "w", force_zip64=True) as part:
            chunk = bytes(1024 * 1024)
            for _ in range(padding_bytes // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


def docx_with_text_box(text: str) -> bytes:
    """A DOCX whose text sits in a text box, written twice as Word does (a drawing and its
    legacy fallback)."""
    from docx.oxml import parse_xml
    box = (f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>')
    run = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    document = docx.Document()
    document.add_paragraph("Experience")
    document.element.body[0].append(run)  # the paragraph's w:p, through python-docx's public element
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
