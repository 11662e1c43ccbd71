"""How extraction runs, and how much work one document may cost before it is refused. The
defaults fit a 2-page resume with a wide margin and stop hostile files early."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractionSettings:
    max_pdf_pages: int = 50
    # Inflated content streams (drawing instructions) one page, and the whole document, may
    # hold; a shared stream counts for each page drawing it. A resume page holds kilobytes.
    max_pdf_page_content_bytes: int = 4_000_000
    max_pdf_content_bytes: int = 24_000_000
    # Reading one page's text layer (OCR apart) past this refuses the rest of the document.
    max_pdf_page_seconds: float = 5.0
    # DOCX: checked from the zip's directory before anything is inflated.
    max_docx_uncompressed_bytes: int = 100 * 1024 * 1024
    max_docx_compression_ratio: float = 100.0
    # Ratios of tiny parts say nothing (a 2 KB run of spaces compresses 200:1).
    docx_ratio_applies_above_bytes: int = 1024 * 1024
    max_docx_parts: int = 5000
    # Pillow's own default guard is ~89 Mpx; a 300 dpi A4 scan is ~8.7 Mpx.
    max_image_pixels: int = 40_000_000
    # The Tesseract program (Debian package tesseract-ocr); absent, scans are refused with a
    # reason saying so.
    tesseract_command: str = "tesseract"
    ocr_dpi: int = 300
    ocr_language: str = "eng"
    ocr_page_timeout_seconds: float = 60.0
    # The whole document, OCR included; past it the worker process is killed.
    document_timeout_seconds: float = 180.0
    # Address-space cap of each extraction worker process (0: none). A hostile file that
    # makes a library allocate without bound fails there, not in the gateway.
    worker_memory_bytes: int = 3 * 1024 * 1024 * 1024
    # A page whose text layer has fewer visible characters than this is OCR'd if it holds
    # an image (a scan); it is not worth rendering pages that are simply blank.
    min_chars_for_text_page: int = 16
