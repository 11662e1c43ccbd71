"""PDF text with pypdfium2 (chosen by measurement: tests/bench/bench_pdf_extractors.py),
with scanned pages rendered by the same library and OCR'd."""
from __future__ import annotations

import math
import time

import pypdfium2
import pypdfium2.raw as pdfium_c

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.extracted import ExtractedDocument, has_words, tidy
from adapters.embedded.extraction.ocr_errors import OcrUnavailable
from adapters.embedded.extraction.pdf_guard import check_pdf_drawing_cost
from adapters.embedded.extraction.pdf_layout import MeasuredLine, page_text
from adapters.embedded.extraction.pdf_looks import pdf_looks
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected

_PASSWORD_ERRORS = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)
_POINTS_PER_INCH = 72


def _open(data: bytes) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if getattr(error, "err_code", None) in _PASSWORD_ERRORS:
            raise DocumentRejected(reasons.PDF_ENCRYPTED) from error
        raise DocumentRejected(reasons.PDF_DAMAGED) from error


def _is_scanned(page: pypdfium2.PdfPage, text: str, settings: ExtractionSettings) -> bool:
    if sum(not ch.isspace() for ch in text) >= settings.min_chars_for_text_page:
        return False
    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


def _render_scale(page: pypdfium2.PdfPage, settings: ExtractionSettings) -> float:
    """The OCR resolution, lowered for oversized pages so a render never exceeds the pixel
    cap (a hostile page can declare a size of metres)."""
    width, height = page.get_size()
    scale = settings.ocr_dpi / _POINTS_PER_INCH
    area = max(width * height, 1.0)
    return min(scale, math.sqrt(settings.max_image_pixels / area))


def _ocr_page(page: pypdfium2.PdfPage, settings: ExtractionSettings) -> str:
    # Imported for a scanned page only (Tesseract's wrapper and NumPy through it): most PDFs
    # have a text layer on every page.
    from adapters.embedded.extraction.ocr import ocr_image

    bitmap = page.render(scale=_render_scale(page, settings), grayscale=True)
    try:
        return ocr_image(bitmap.to_pil(), settings)
    finally:
        bitmap.close()


def _page_texts(
    document: pypdfium2.PdfDocument, settings: ExtractionSettings, measured: list[MeasuredLine]
) -> tuple[list[str], bool, bool]:
    """Text of each page; whether OCR was used; whether a scanned page went unread for
    want of Tesseract. The lines read from text layers, with their type, go to measured."""
    texts: list[str] = []
    used_ocr = ocr_missing = False
    for index in range(len(document)):
        started = time.monotonic()
        page = document[index]
        try:
            textpage = page.get_textpage()
            read = page_text(page, textpage)
            text = read.text
            textpage.close()
            if time.monotonic() - started > settings.max_pdf_page_seconds:
                raise DocumentRejected(reasons.pdf_page_took_too_long(settings.max_pdf_page_seconds))
            if _is_scanned(page, text, settings):
                try:
                    text = _ocr_page(page, settings)
                    used_ocr = True
                except OcrUnavailable:
                    ocr_missing = True
            else:
                measured.extend(read.lines)
            texts.append(text)
        finally:
            page.close()
    return texts, used_ocr, ocr_missing


def extract_pdf(data: bytes, settings: ExtractionSettings) -> ExtractedDocument:
    document = _open(data)
    try:
        pages = len(document)
        if pages == 0:
            raise DocumentRejected(reasons.PDF_DAMAGED)
        if pages > settings.max_pdf_pages:
            raise DocumentRejected(reasons.pdf_too_many_pages(pages, settings.max_pdf_pages))
        check_pdf_drawing_cost(data, settings)
        measured: list[MeasuredLine] = []
        try:
            texts, used_ocr, ocr_missing = _page_texts(document, settings, measured)
        except pypdfium2.PdfiumError as error:
            raise DocumentRejected(reasons.PDF_DAMAGED) from error
    finally:
        document.close()
    text = tidy("\n\n".join(texts))
    if has_words(text):
        return ExtractedDocument(text=text, pages=pages, used_ocr=used_ocr, looks=pdf_looks(measured))
    if ocr_missing:
        raise DocumentRejected(reasons.NO_TEXT_OCR_MISSING)
    if b"%%EOF" not in data[-2048:]:
        # Cut short in transfer: the pages PDFium could rebuild have lost their content.
        raise DocumentRejected(reasons.PDF_DAMAGED)
    raise DocumentRejected(reasons.NO_TEXT_IN_PDF)
