"""PNG and JPEG scans: checked for decompression bombs from the header, then OCR'd."""
from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.extracted import ExtractedDocument, has_words, tidy
from adapters.embedded.extraction.ocr import OcrUnavailable, ocr_image
from adapters.embedded.extraction.settings import ExtractionSettings
from domain.errors import DocumentRejected


def _open_checked(data: bytes, settings: ExtractionSettings) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow warns between 1x and 2x its own pixel cap; our cap is checked below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))  # reads the header only
    except Image.DecompressionBombError as error:
        raise DocumentRejected(reasons.image_too_large(settings.max_image_pixels)) from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise DocumentRejected(reasons.IMAGE_DAMAGED) from error
    width, height = image.size
    if width * height > settings.max_image_pixels:
        raise DocumentRejected(reasons.image_too_large(settings.max_image_pixels))
    try:
        image.load()
        return ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError) as error:
        raise DocumentRejected(reasons.IMAGE_DAMAGED) from error


def extract_image(data: bytes, settings: ExtractionSettings) -> ExtractedDocument:
    image = _open_checked(data, settings)
    try:
        text = tidy(ocr_image(image, settings))
    except OcrUnavailable as error:
        raise DocumentRejected(reasons.NO_TEXT_OCR_MISSING) from error
    if not has_words(text):
        raise DocumentRejected(reasons.NO_TEXT_IN_IMAGE)
    return ExtractedDocument(text=text, pages=1, used_ocr=True)
