"""How much drawing a PDF asks of its reader, measured before any page is read: the inflated
size of each page's content streams. A resume page holds kilobytes of them; a hostile file
can make every page draw one shared stream of tens of MB (tens of KB on disk), which costs
the reader seconds per page and held other people's resumes up for minutes.

pypdf reads the structure (PDFium keeps it to itself); a stream shared by many pages is
inflated once and counted for every page that draws it, as the reader would draw it."""
from __future__ import annotations

import io
import logging

import pypdf
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, IndirectObject

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected

log = logging.getLogger(__name__)


def check_pdf_drawing_cost(data: bytes, settings: ExtractionSettings) -> None:
    """DocumentRejected when one page, or all pages together, draw more than the limits."""
    try:
        pages = pypdf.PdfReader(io.BytesIO(data), strict=False).pages
        inflated: dict[tuple[int, int], int] = {}
        total = 0
        for page in pages:
            size = sum(_inflated_size(stream, inflated) for stream in _content_streams(page))
            if size > settings.max_pdf_page_content_bytes:
                raise DocumentRejected(reasons.pdf_page_too_complex(size, settings.max_pdf_page_content_bytes))
            total += size
            if total > settings.max_pdf_content_bytes:
                raise DocumentRejected(reasons.pdf_too_complex(settings.max_pdf_content_bytes))
    except LimitReachedError as error:  # one stream alone inflates past pypdf's own cap
        raise DocumentRejected(reasons.pdf_too_complex(settings.max_pdf_content_bytes)) from error
    except DocumentRejected:
        raise
    except Exception as error:  # noqa: BLE001 - what pypdf cannot read, PDFium judges next
        log.debug("pypdf could not measure the PDF (%s); PDFium reads it", error)


def _content_streams(page: pypdf.PageObject) -> list:
    contents = page.get("/Contents")
    if contents is None:
        return []
    resolved = contents.get_object() if isinstance(contents, IndirectObject) else contents
    if isinstance(resolved, ArrayObject):
        return list(resolved)
    return [contents]


def _inflated_size(stream, inflated: dict[tuple[int, int], int]) -> int:
    key = (stream.idnum, stream.generation) if isinstance(stream, IndirectObject) else None
    if key is not None and key in inflated:
        return inflated[key]
    size = len(stream.get_object().get_data())
    if key is not None:
        inflated[key] = size
    return size
