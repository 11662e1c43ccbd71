"""Hostile and broken documents end in a rejection a person can act on: never a crash, a
hang, or a reader that stops serving the next document."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from made_documents import (
    docx_with_padding_part,
    encrypted,
    image_bytes,
    needs_tesseract,
    pdf_with_pages,
    resume_docx,
    resume_pdf,
    scanned_pdf,
    text_image,
)

from domain.errors import DocumentRejected

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_DAMAGED = ("the PDF is damaged and cannot be read: "
               "export or save it as PDF again and upload the new file")
DOCX_DAMAGED = ("the Word document is damaged and cannot be read: "
                "open it in Word, save it again as .docx and upload the new file")
DOCX_BOMB = ("the Word document unpacks to far more data than a resume holds "
             "(possibly a zip bomb): save it again as .docx or export it as PDF")


async def rejection(extractor, data: bytes, content_type: str) -> str:
    with pytest.raises(DocumentRejected) as caught:
        await extractor.extract(data, content_type)
    return caught.value.reason


async def still_reads_resumes(extractor) -> bool:
    return "Northwind Analytics" in (await extractor.extract(resume_pdf(), PDF)).text


async def test_an_encrypted_pdf_is_rejected_with_a_way_to_fix_it(extractor):
    reason = await rejection(extractor, encrypted(resume_pdf(), user_password="s3cret"), PDF)
    assert reason == "the PDF is encrypted: remove the password and upload it again"
    assert await still_reads_resumes(extractor)


@pytest.mark.parametrize("kept", [0.25, 0.5, 0.9], ids=["quarter", "half", "most"])
async def test_a_truncated_pdf_is_rejected_as_damaged(extractor, kept):
    data = resume_pdf()
    assert await rejection(extractor, data[: int(len(data) * kept)], PDF) == PDF_DAMAGED


async def test_an_executable_passed_off_as_a_pdf_is_rejected_as_damaged(extractor):
    assert await rejection(extractor, b"\x7fELF\x02\x01\x01" + bytes(4096), PDF) == PDF_DAMAGED


async def test_a_500_page_pdf_is_rejected_over_the_page_cap(extractor):
    data = pdf_with_pages([[f"Page {n}"] for n in range(500)])
    assert await rejection(extractor, data, PDF) == (
        "the PDF has 500 pages, more than the 50 a resume may have: "
        "upload only the resume's pages")
    assert await still_reads_resumes(extractor)


async def test_the_page_cap_is_configurable(extractor_with):
    reader = extractor_with(max_pdf_pages=1)
    assert (await rejection(reader, resume_pdf(), PDF)).startswith("the PDF has 2 pages, more than the 1")


async def test_a_pdf_with_no_text_and_no_images_is_rejected_as_empty(extractor):
    assert await rejection(extractor, pdf_with_pages([[], []]), PDF) == (
        "no text found in the PDF: upload a sharper scan, "
        "or upload a PDF or Word document with selectable text")


async def test_a_docx_zip_bomb_is_rejected_before_anything_is_inflated(extractor):
    bomb = docx_with_padding_part(64 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    assert await rejection(extractor, bomb, DOCX) == DOCX_BOMB
    assert await still_reads_resumes(extractor)


async def test_a_docx_over_the_total_unpacked_size_is_rejected_even_at_a_plausible_ratio(
        extractor_with):
    reader = extractor_with(max_docx_uncompressed_bytes=256 * 1024, max_docx_compression_ratio=1e9)
    assert await rejection(reader, docx_with_padding_part(1024 * 1024), DOCX) == DOCX_BOMB


async def test_a_docx_with_broken_xml_is_rejected_as_damaged(extractor):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(resume_docx())) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as broken:
        for member in source.infolist():
            content = source.read(member)
            broken.writestr(member, content[: len(content) // 2]
                            if member.filename == "word/document.xml" else content)
    assert await rejection(extractor, buffer.getvalue(), DOCX) == DOCX_DAMAGED


async def test_a_truncated_docx_is_rejected_as_damaged(extractor):
    data = resume_docx()
    assert await rejection(extractor, data[: len(data) // 2], DOCX) == DOCX_DAMAGED


async def test_an_empty_text_file_is_rejected_as_having_no_text(extractor):
    assert await rejection(extractor, b"", "text/plain") == (
        "no text found in the document: check that it is the right file")


async def test_binary_bytes_declared_as_text_are_rejected(extractor):
    assert await rejection(extractor, bytes(range(256)) * 8, "text/plain") == (
        "the text file is not in a readable encoding: save it as UTF-8 and upload it again")


async def test_an_unknown_content_type_is_rejected(extractor):
    assert await rejection(extractor, b"GIF89a", "image/gif") == (
        "this type of file cannot be read: upload a PDF, Word, text or image file")


def png_claiming_size(width: int, height: int) -> bytes:
    """A few hundred bytes whose header claims an enormous picture."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("width, height", [(50_000, 50_000), (8_000, 6_000)],
                         ids=["past-pillows-own-cap", "past-ours-only"])
async def test_an_image_decompression_bomb_is_rejected_from_its_header(extractor, width, height):
    assert await rejection(extractor, png_claiming_size(width, height), "image/png") == (
        "the image has more than 40 million pixels, more than a scan needs: "
        "scan it again at 300 dpi")
    assert await still_reads_resumes(extractor)


async def test_a_damaged_image_is_rejected(extractor):
    data = image_bytes(text_image(["Avery Fenwick"], size=(300, 100)), "PNG")
    assert await rejection(extractor, data[:40], "image/png") == (
        "the image is damaged and cannot be read: upload the scan again")


@needs_tesseract
async def test_an_image_with_no_text_is_rejected_as_having_none(extractor):
    blank = image_bytes(text_image([], size=(1200, 800)), "PNG")
    assert await rejection(extractor, blank, "image/png") == (
        "no text found in the image: upload a sharper scan, "
        "or upload a PDF or Word document with selectable text")


async def test_a_scan_without_tesseract_installed_says_ocr_is_missing(extractor_with):
    reader = extractor_with(tesseract_command="/nonexistent/tesseract")
    scan = image_bytes(text_image(["Avery Fenwick"]), "PNG")
    expected = ("no text found and OCR is not installed: "
                "upload a PDF or Word document with selectable text")
    assert await rejection(reader, scan, "image/png") == expected
    assert await rejection(reader, scanned_pdf(text_image(["Avery Fenwick"])), PDF) == expected


@needs_tesseract
async def test_ocr_past_its_page_time_limit_is_rejected(extractor_with):
    reader = extractor_with(ocr_page_timeout_seconds=0.001)
    scan = image_bytes(text_image(["Avery Fenwick"] * 8, size=(2400, 3200)), "PNG")
    assert await rejection(reader, scan, "image/png") == (
        "reading the scanned text took too long: "
        "upload a PDF or Word document with selectable text")


@needs_tesseract
async def test_a_document_past_its_time_limit_is_stopped_and_the_next_one_is_read(extractor_with):
    reader = extractor_with(document_timeout_seconds=0.001)
    scan = image_bytes(text_image(["Avery Fenwick"] * 8, size=(2400, 3200)), "PNG")
    assert await rejection(reader, scan, "image/png") == (
        "the document took more than 0.001 seconds to read: "
        "export or save it as PDF again and upload the new file")
    generous = extractor_with()
    assert await still_reads_resumes(generous)
