"""What a reader needs to know about OCR without importing Tesseract's wrapper or Pillow: a
PDF reader imports those only for a scanned page, so an extraction process that reads text
PDFs never pays for them."""
from __future__ import annotations


class OcrUnavailable(Exception):
    """Tesseract is not installed here: the caller decides what that means for a document."""
