"""A file whose name says PDF but whose bytes are something else: read by what its bytes
are, or refused with a reason a person can act on; never an empty or made-up profile."""
from __future__ import annotations

import base64
import random

import pytest
from made_documents import resume_docx

from adapters.embedded.extraction.dispatch import extract_document
from adapters.embedded.extraction.plain import extract_plain_text
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.extraction.sniff import sniff_content_type
from domain.errors import DocumentRejected
from domain.uploads import DOCX, PLAIN_TEXT, UploadRules

_RANDOM = random.Random(14)


def printable_noise(size: int = 4096) -> bytes:
    return bytes(_RANDOM.randrange(0x20, 0x7F) for _ in range(size))


def latin1_noise(size: int = 4096) -> bytes:
    return bytes(_RANDOM.randrange(0xA0, 0x100) for _ in range(size))


def base64_noise(size: int = 3000) -> bytes:
    return base64.encodebytes(bytes(_RANDOM.randrange(256) for _ in range(size)))


RTF = rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} \f0\fs24 Dana Reyes\par Registered Nurse\par}"
NOISE = {"printable ASCII noise": printable_noise, "Latin-1 noise": latin1_noise,
         "base64 of random bytes": base64_noise}


def test_a_word_document_named_pdf_is_read_as_word():
    data = resume_docx()
    assert sniff_content_type(data) == DOCX
    assert "Skills" in extract_document(data, DOCX, ExtractionSettings()).text


@pytest.mark.parametrize("make", NOISE.values(), ids=NOISE.keys())
def test_noise_that_decodes_as_characters_is_no_text(make):
    assert sniff_content_type(make()) is None


def test_an_rtf_document_is_no_plain_text():
    # Its control words would be parsed as the resume's words ("ansi" as a skill): it is
    # named, to be refused with a message that says what it is.
    assert sniff_content_type(RTF) == "application/rtf"
    assert not UploadRules().accepts(sniff_content_type(RTF))


@pytest.mark.parametrize("make", NOISE.values(), ids=NOISE.keys())
def test_noise_stored_as_text_fails_with_a_reason_to_act_on(make):
    # A file stored as text before this check (or by another path) still fails, not PARSED empty.
    with pytest.raises(DocumentRejected) as rejected:
        extract_plain_text(make())
    assert "no readable words" in rejected.value.reason
    assert "upload" in rejected.value.reason


def test_a_resume_in_another_script_is_still_text():
    text = "王小明\n电子邮件：wang@example.com\n工作经历\n2019年至今 上海某某科技有限公司 软件工程师\n" * 5
    assert sniff_content_type(text.encode("utf-8")) == PLAIN_TEXT


def test_a_resume_heavy_with_numbers_and_addresses_is_still_text():
    line = "2019-2023 | +44 20 7946 0958 | dana@example.com | https://example.com/dana | SW1A 1AA\n"
    text = "Dana Reyes\nRegistered Nurse\n" + line * 10 + "Skills: triage, phlebotomy, wound care\n"
    assert sniff_content_type(text.encode()) == PLAIN_TEXT
