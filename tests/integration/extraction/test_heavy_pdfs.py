"""A small PDF whose pages draw tens of MB each is refused at once, before any page is read
(it used to take the reader about 2 s a page, minutes a file), and a page that is slow to read
ends the document instead of running on to the whole-document limit."""
from __future__ import annotations

import time

import pytest
from made_documents import resume_pdf

from domain.errors import DocumentRejected
from tests.fixtures.heavy_pdf import pdf_sharing_one_big_content_stream

PDF = "application/pdf"


async def rejection(extractor, data: bytes) -> str:
    with pytest.raises(DocumentRejected) as caught:
        await extractor.extract(data, PDF)
    return caught.value.reason


async def test_pages_sharing_one_huge_content_stream_are_refused_before_reading(extractor_with):
    extractor = extractor_with(document_timeout_seconds=600.0)
    data = pdf_sharing_one_big_content_stream(pages=50, stream_bytes=20 * 1024 * 1024)
    assert len(data) < 100_000
    started = time.monotonic()
    reason = await rejection(extractor, data)
    print(f"refused in {time.monotonic() - started:.2f} s")
    assert reason.startswith("a page of the PDF holds 21 MB of drawing instructions")


async def test_many_pages_each_under_the_page_limit_are_refused_over_the_document_limit(extractor_with):
    extractor = extractor_with(document_timeout_seconds=600.0)
    reason = await rejection(extractor, pdf_sharing_one_big_content_stream(pages=50, stream_bytes=3_000_000))
    assert reason.startswith("the PDF's pages hold more than 24 MB of drawing instructions")


async def test_a_page_slower_than_its_limit_ends_the_document(extractor_with):
    extractor = extractor_with(max_pdf_page_content_bytes=10**9, max_pdf_content_bytes=10**10,
                               max_pdf_page_seconds=0.2, document_timeout_seconds=600.0)
    reason = await rejection(extractor, pdf_sharing_one_big_content_stream(pages=50, stream_bytes=8_000_000))
    assert reason.startswith("a page of the PDF took more than 0.2 seconds to read")


async def test_a_resume_is_still_read(extractor_with):
    extractor = extractor_with()
    assert "Northwind Analytics" in (await extractor.extract(resume_pdf(), PDF)).text
