"""What extraction hands back (implements domain.ports.documents.ExtractedText)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from domain.document_layout import LineLook

# Controls other than tab/newline/form feed, and the marks PDF readers emit for soft
# hyphens and unmapped glyphs: noise to every consumer downstream.
_NOISE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\ufeff\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class ExtractedDocument:
    text: str
    pages: int
    used_ocr: bool
    looks: tuple[LineLook, ...] = ()


def tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _NOISE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


def has_words(text: str, minimum: int = 3) -> bool:
    """At least a few letters or digits: OCR of a blank page yields stray marks, not words."""
    return sum(ch.isalnum() for ch in text) >= minimum
