"""One document in, its text out: picks the reader for a sniffed content type. Runs inside
an extraction worker process (see extractor.py), so it may block and burn CPU.

The PDF and plain-text readers are imported with this module (what nearly every résumé
needs, imported when an extraction process starts); the DOCX and image readers on their
first document, so a process that reads PDFs never imports python-docx or Tesseract's
wrapper (a third of a process's start-up, paid again whenever the pool replaces one)."""
from __future__ import annotations

from collections.abc import Callable

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.extracted import ExtractedDocument
from adapters.embedded.extraction.pdf import extract_pdf
from adapters.embedded.extraction.plain import extract_plain_text
from adapters.embedded.extraction.readable_types import READABLE_TYPES
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected
from domain.uploads import DOCX, JPEG, MARKDOWN, PDF, PLAIN_TEXT, PNG


def _extract_docx(data: bytes, settings: ExtractionSettings) -> ExtractedDocument:
    from adapters.embedded.extraction.docx_reader import extract_docx

    return extract_docx(data, settings)


def _extract_image(data: bytes, settings: ExtractionSettings) -> ExtractedDocument:
    from adapters.embedded.extraction.images import extract_image

    return extract_image(data, settings)


_READERS: dict[str, Callable[[bytes, ExtractionSettings], ExtractedDocument]] = {
    PDF: extract_pdf,
    DOCX: _extract_docx,
    PLAIN_TEXT: lambda data, _settings: extract_plain_text(data),
    MARKDOWN: lambda data, _settings: extract_plain_text(data),
    PNG: _extract_image,
    JPEG: _extract_image,
}


def readers_cover_the_readable_types() -> bool:
    return frozenset(_READERS) == READABLE_TYPES


def extract_document(data: bytes, content_type: str, settings: ExtractionSettings) -> ExtractedDocument:
    reader = _READERS.get(content_type)
    if reader is None:
        raise DocumentRejected(reasons.UNSUPPORTED_TYPE)
    try:
        return reader(data, settings)
    except MemoryError as error:
        # Hit the worker's address-space cap: the worker survives, the document does not.
        raise DocumentRejected(reasons.TOO_MUCH_MEMORY) from error
