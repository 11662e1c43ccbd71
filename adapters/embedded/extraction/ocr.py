"""Optical character recognition with Tesseract (the Debian `tesseract-ocr` package)."""
from __future__ import annotations

import functools
import shutil

import pytesseract
from PIL import Image

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.ocr_errors import OcrUnavailable
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected, TransientFailure

__all__ = ["OcrUnavailable", "ocr_image", "tesseract_available"]


@functools.cache
def tesseract_available(command: str) -> bool:
    return shutil.which(command) is not None


def ocr_image(image: Image.Image, settings: ExtractionSettings) -> str:
    """The text Tesseract reads in the image. Raises OcrUnavailable, DocumentRejected on a
    timeout (the same scan would time out again) or TransientFailure when Tesseract fails."""
    if not tesseract_available(settings.tesseract_command):
        raise OcrUnavailable()
    # pytesseract reads the program's path from a module global; each worker process has
    # its own copy, and every call sets it from the same settings.
    pytesseract.pytesseract.tesseract_cmd = settings.tesseract_command
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    try:
        return pytesseract.image_to_string(
            image, lang=settings.ocr_language, timeout=settings.ocr_page_timeout_seconds)
    except pytesseract.TesseractNotFoundError as error:
        raise OcrUnavailable() from error
    except RuntimeError as error:
        # pytesseract kills Tesseract and raises a bare RuntimeError on its timeout.
        if "timeout" in str(error).lower():
            raise DocumentRejected(reasons.OCR_TIMED_OUT) from error
        raise TransientFailure(f"Tesseract failed: {error}") from error
