"""Text comes out of every accepted type of resume, through worker processes."""
from __future__ import annotations

import asyncio
import codecs
import io

import docx
from made_documents import (
    RESUME_LINES,
    docx_with_text_box,
    encrypted,
    image_bytes,
    needs_tesseract,
    resume_docx,
    resume_pdf,
    scanned_pdf,
    text_image,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def test_a_pdf_gives_its_text_in_reading_order_with_its_page_count(extractor):
    extracted = await extractor.extract(resume_pdf(), "application/pdf")
    assert extracted.text.split("\n") == RESUME_LINES[:5] + [""] + RESUME_LINES[5:]
    assert (extracted.pages, extracted.used_ocr) == (2, False)


async def test_a_pdf_with_only_an_owner_password_is_read_like_any_other(extractor):
    extracted = await extractor.extract(encrypted(resume_pdf(), user_password=""), "application/pdf")
    assert "Northwind Analytics" in extracted.text


async def test_a_word_document_gives_its_header_paragraphs_and_table_rows_in_order(extractor):
    extracted = await extractor.extract(resume_docx(), DOCX)
    assert extracted.text.split("\n") == [
        "Avery Fenwick - avery.fenwick@example.org",
        "Experience",
        "Senior Software Engineer, Northwind Analytics, Jan 2019 - Present",
        "Skills",
        "Languages | Python, Go",
        "Databases | PostgreSQL, Redis",
        "References available on request.",
    ]
    assert (extracted.pages, extracted.used_ocr) == (1, False)


async def test_text_in_a_word_text_box_is_read_once(extractor):
    extracted = await extractor.extract(docx_with_text_box("Avery Fenwick, Springfield"), DOCX)
    assert extracted.text == "Experience\nAvery Fenwick, Springfield"


async def test_a_merged_table_cell_is_read_once_beside_its_neighbours(extractor):
    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Registered Nurse, St Mary's Hospital"
    table.cell(0, 3).text = "2019 - 2024"
    table.cell(1, 0).text = "Skills"
    table.cell(1, 1).merge(table.cell(1, 3)).text = "Wound care, triage"
    buffer = io.BytesIO()
    document.save(buffer)
    extracted = await extractor.extract(buffer.getvalue(), DOCX)
    assert "Registered Nurse, St Mary's Hospital | 2019 - 2024" in extracted.text.split("\n")
    assert extracted.text.count("Wound care, triage") == 1


async def test_plain_text_in_windows_1252_is_decoded_correctly(extractor):
    data = "Avery Fenwick \u2013 Résumé\r\nSkills: Python\r\n".encode("cp1252")
    extracted = await extractor.extract(data, "text/plain")
    assert extracted.text == "Avery Fenwick \u2013 Résumé\nSkills: Python"


async def test_utf8_text_loses_its_byte_order_mark(extractor):
    extracted = await extractor.extract(codecs.BOM_UTF8 + b"Avery Fenwick", "text/plain")
    assert extracted.text == "Avery Fenwick"


async def test_markdown_keeps_its_headings_for_the_parser(extractor):
    extracted = await extractor.extract(b"# Avery Fenwick\n\n## Skills\n\n- Python\n", "text/markdown")
    assert extracted.text == "# Avery Fenwick\n\n## Skills\n\n- Python"


@needs_tesseract
async def test_a_png_scan_is_read_with_ocr(extractor):
    image = text_image(["Avery Fenwick", "Senior Software Engineer", "Python Kubernetes"])
    extracted = await extractor.extract(image_bytes(image, "PNG"), "image/png")
    assert "Avery Fenwick" in extracted.text
    assert "Kubernetes" in extracted.text
    assert (extracted.pages, extracted.used_ocr) == (1, True)


@needs_tesseract
async def test_a_jpeg_scan_is_read_with_ocr(extractor):
    image = text_image(["Northwind Analytics", "Terraform GraphQL"]).convert("RGB")
    extracted = await extractor.extract(image_bytes(image, "JPEG"), "image/jpeg")
    assert "Northwind Analytics" in extracted.text


@needs_tesseract
async def test_a_scanned_pdf_is_rendered_and_read_with_ocr(extractor):
    image = text_image(["Avery Fenwick", "University of Westbrook", "Computer Science 2016"])
    extracted = await extractor.extract(scanned_pdf(image), "application/pdf")
    assert "University of Westbrook" in extracted.text
    assert (extracted.pages, extracted.used_ocr) == (1, True)


@needs_tesseract
async def test_the_event_loop_stays_free_while_a_scan_is_read(extractor):
    image = text_image(["Avery Fenwick"] * 10, size=(2400, 3200))
    reading = asyncio.create_task(extractor.extract(image_bytes(image, "PNG"), "image/png"))
    await asyncio.sleep(0.05)
    # Had the OCR run on the loop, this coroutine would only resume after it had finished.
    assert not reading.done()
    assert "Avery Fenwick" in (await reading).text
