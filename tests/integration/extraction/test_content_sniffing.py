"""The upload's type comes from its bytes, whatever its name or declared type."""
from __future__ import annotations

import codecs
import io
import zipfile

import pytest
from made_documents import image_bytes, resume_docx, resume_pdf, text_image

from adapters.embedded.extraction.sniff import sniff_content_type

ELF_HEADER = b"\x7fELF\x02\x01\x01\x00" + bytes(56)
WINDOWS_EXE_HEADER = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(50)


def test_a_pdf_is_recognised_by_its_header():
    assert sniff_content_type(resume_pdf()) == "application/pdf"


def test_a_word_document_is_recognised_from_its_zip_directory():
    assert sniff_content_type(resume_docx()) == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def test_a_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("resume.txt", "Avery Fenwick")
    assert sniff_content_type(buffer.getvalue()) is None


def test_png_and_jpeg_scans_are_recognised():
    image = text_image(["Avery Fenwick"], size=(400, 120))
    assert sniff_content_type(image_bytes(image, "PNG")) == "image/png"
    assert sniff_content_type(image_bytes(image.convert("RGB"), "JPEG")) == "image/jpeg"


@pytest.mark.parametrize("header", [ELF_HEADER, WINDOWS_EXE_HEADER], ids=["elf", "windows-exe"])
def test_an_executable_is_refused_even_when_it_carries_a_pdf_header_further_in(header):
    assert sniff_content_type(header) is None
    assert sniff_content_type(header + b"%PDF-1.7\n" + resume_pdf()) is None


def test_an_empty_file_has_no_type():
    assert sniff_content_type(b"") is None


def test_a_file_of_only_whitespace_is_blank_text_refused_as_such():
    # Not an accepted type (it holds no resume), but named so the refusal says what is wrong.
    from domain.uploads import ACCEPTED_TYPES, BLANK_TEXT, REFUSED_TYPES

    assert sniff_content_type(b" \n\t\n") == BLANK_TEXT
    assert BLANK_TEXT in REFUSED_TYPES and BLANK_TEXT not in ACCEPTED_TYPES


def test_utf8_text_is_plain_text():
    assert sniff_content_type("Avery Fenwick\nIngénieure logiciel".encode()) == "text/plain"


def test_windows_1252_text_is_plain_text():
    assert sniff_content_type("Résumé \u2013 Avery".encode("cp1252")) == "text/plain"


def test_utf16_text_with_a_byte_order_mark_is_plain_text():
    assert sniff_content_type(codecs.BOM_UTF16_LE + "Avery Fenwick".encode("utf-16-le")) == (
        "text/plain")


def test_text_with_headings_and_lists_is_markdown():
    text = "# Avery Fenwick\n\n## Skills\n\n- Python\n- Kubernetes\n"
    assert sniff_content_type(text.encode()) == "text/markdown"


def test_a_bulleted_plain_resume_is_not_taken_for_markdown():
    assert sniff_content_type(b"Avery Fenwick\nSkills:\n- Python\n- Go\n") == "text/plain"


def test_random_binary_bytes_have_no_type():
    noise = bytes((i * 197 + 31) % 256 for i in range(4096))
    assert sniff_content_type(noise) is None


def test_text_full_of_no_break_spaces_is_still_plain_text():
    from adapters.embedded.extraction.sniff import sniff_content_type

    text = "Dana\u00a0Reyes\u00a0\u00a0\u00a0\u00a0Nurse\nSKILLS:\u00a0\u00a0Triage,\u00a0\u00a0Phlebotomy\n" * 20
    assert sniff_content_type(text.encode("utf-8")) == "text/plain"
