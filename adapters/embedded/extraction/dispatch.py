"""One document in, its text out: picks the reader for a sniffed content type. Runs inside
an extraction worker process (see extractor.py), so it may block and burn CPU."""
from __future__ import annotations

from collections.abc import Callable

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.docx_reader import extract_docx
from adapters.embedded.extraction.extracted import ExtractedDocument
from adapters.embedded.extraction.images import extract_image
from adapters.embedded.extraction.pdf import extract_pdf
from adapters.embedded.extraction.plain import extract_plain_text
from adapters.embedded.extraction.readable_types import READABLE_TYPES
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected
from domain.uploads import DOCX, JPEG, MARKDOWN, PDF, PLAIN_TEXT, PNG

_READERS: dict[str, Callable[[bytes, ExtractionSettings], ExtractedDocument]] = {
    PDF: extract_pdf,
    DOCX: extract_docx,
    PLAIN_TEXT: lambda data, _settings: extract_plain_text(data),
    MARKDOWN: lambda data, _settings: extract_plain_text(data),
    PNG: extract_image,
    JPEG: extract_image,
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
