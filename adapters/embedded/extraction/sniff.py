"""The type of an upload, decided from its bytes alone: never the filename or the declared
content type, which a client can set to anything."""
from __future__ import annotations

import io
import re
import zipfile

import filetype

from adapters.embedded.extraction.text_decoding import decode_text
from adapters.embedded.extraction.words import looks_like_writing
from domain.uploads import BLANK_TEXT, DOCX, ENCRYPTED_OFFICE, JPEG, MARKDOWN, PDF, PLAIN_TEXT, PNG, REFUSED_TYPES

# The PDF specification lets a header sit anywhere in the first 1024 bytes.
_PDF_HEADER_WINDOW = 1024
_DOCX_MAIN_PART = "word/document.xml"
_MARKDOWN_SIGNALS = (
    re.compile(r"^#{1,6}\s+\S", re.M),          # ATX heading
    re.compile(r"^\S.*\n(=+|-{3,})\s*$", re.M),  # setext heading
    re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),  # strong emphasis
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),      # inline link
    re.compile(r"^\s*[-*+]\s+\S", re.M),          # bullet list
)


# Word 97-2003 and the other old Office files: an OLE2 compound file, which filetype leaves unnamed.
_OLE2_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A password-protected .docx is an OLE2 file too, with its package in a stream of this name
# (MS-OFFCRYPTO), named in UTF-16 in the file's directory: its owner must not read "old .doc".
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ZIP_LOCAL_HEADER = b"PK\x03\x04"
_LOCAL_HEADER_SIZE = 30
# A Word document's "word/" parts come within its first few dozen.
_PARTS_LOOKED_AT = 64


def _is_docx(data: bytes) -> bool:
    # Reads the zip's central directory only; nothing is inflated.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _DOCX_MAIN_PART in archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return _cut_short_docx(data)


def _cut_short_docx(data: bytes) -> bool:
    """A Word document whose end (the zip's central directory) is missing, as an interrupted
    download or copy leaves it: the local headers before each part still name the parts, and a
    "word/" part makes it a DOCX. Read as one, it fails with the reason a person can act on
    ("the Word document is damaged ... save it again"), not as a type we cannot read."""
    at = 0
    for _ in range(_PARTS_LOOKED_AT):  # bounded: a file of nothing but header signatures costs little
        at = data.find(_ZIP_LOCAL_HEADER, at)
        if at == -1 or at + _LOCAL_HEADER_SIZE > len(data):
            return False
        name_length = int.from_bytes(data[at + 26:at + 28], "little")
        if data[at + _LOCAL_HEADER_SIZE:at + _LOCAL_HEADER_SIZE + name_length].startswith(b"word/"):
            return True
        at += _LOCAL_HEADER_SIZE
    return False


def looks_like_markdown(text: str) -> bool:
    """Two distinct Markdown signals, one of them a heading: a bullet list alone is just a
    plain-text resume."""
    hits = [bool(pattern.search(text)) for pattern in _MARKDOWN_SIGNALS]
    return (hits[0] or hits[1]) and sum(hits) >= 2


def sniff_content_type(data: bytes) -> str | None:
    """One of the accepted upload types; a type of domain.uploads.REFUSED_TYPES (refused, with
    a message naming it); or None for anything else (including empty)."""
    if not data:
        return None
    if data.startswith(_OLE2_HEADER):
        return ENCRYPTED_OFFICE if _ENCRYPTED_PACKAGE in data else "application/msword"
    kind = filetype.guess(data)
    if kind is None or kind.mime == PDF:
        # An executable with a PDF header further in (a polyglot) has a kind, and is refused.
        if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
            return PDF
    else:
        if kind.mime == "image/png":
            return PNG
        if kind.mime == "image/jpeg":
            return JPEG
        if kind.extension in ("zip", "docx") and _is_docx(data):
            return DOCX
        # Any other recognised kind (RTF, ODT, an archive, an executable) is no text, though
        # some of them decode to characters: their markup would be parsed as the resume.
        return kind.mime if kind.mime in REFUSED_TYPES else None
    text = decode_text(data)
    if text is not None and not text.strip():
        return BLANK_TEXT
    if text is None or not looks_like_writing(text):
        return None
    return MARKDOWN if looks_like_markdown(text) else PLAIN_TEXT
