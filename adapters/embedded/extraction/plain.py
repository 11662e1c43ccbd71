"""Plain text and Markdown: decoded, tidied, nothing else (Markdown marks are words to a
parser, and headings help it find sections)."""
from __future__ import annotations

from adapters.embedded.extraction import reasons
from adapters.embedded.extraction.extracted import ExtractedDocument, has_words, tidy
from adapters.embedded.extraction.text_decoding import decode_text
from adapters.embedded.extraction.words import looks_like_writing
from domain.errors import DocumentRejected


def extract_plain_text(data: bytes) -> ExtractedDocument:
    text = decode_text(data)
    if text is None:
        raise DocumentRejected(reasons.TEXT_UNREADABLE)
    text = tidy(text)
    if not has_words(text):
        raise DocumentRejected(reasons.NO_TEXT_IN_DOCUMENT)
    if not looks_like_writing(text):
        raise DocumentRejected(reasons.NOT_WRITING)
    return ExtractedDocument(text=text, pages=1, used_ocr=False)
