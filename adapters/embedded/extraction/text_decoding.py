"""Bytes to text for files that claim nothing about their encoding: UTF-8 (with or without a
byte-order mark), UTF-16 with a byte-order mark (Windows "Unicode" text), else the single-byte code page charset-normalizer
finds the text most coherent in (a Polish résumé saved as Windows-1250 read as Windows-1252 was
"Wiœniewska" from "Łodzi"'s "£odzi")."""
from __future__ import annotations

import codecs

# Below this share of printable characters the bytes are binary that happened to decode.
MIN_PRINTABLE_SHARE = 0.95
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")


def _printable_share(text: str) -> float:
    if not text:
        return 1.0  # empty is text, just no words; the caller says so
    # Unicode spaces (no-break spaces from Word or the web, thin spaces) are text too.
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace() or ch in _WHITESPACE_CONTROLS)
    return printable / len(text)


def _decode_utf16(data: bytes) -> str | None:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        return None


# The code pages a résumé saved by Windows or an older Mac/Linux editor comes in, the commonest
# first: charset-normalizer often finds two equally coherent (French text in cp1250 reads as well
# as in cp1252 to it), and the commoner one is then the likelier.
_CODE_PAGES = ("cp1252", "cp1250", "cp1251", "cp1257", "cp1254", "cp1253", "iso8859_15", "iso8859_2",
               "koi8_r", "latin_1")


def _decode_single_byte(data: bytes) -> str:
    # Imported here: only bytes that are not UTF-8 pay for the detector.
    from charset_normalizer import from_bytes

    # Coherence (how well the letters fit a language's letter frequencies) decides, not chaos:
    # Polish read as cp1252 ("Wiœniewska") has no less chaos to it than read as cp1250.
    candidates = list(from_bytes(data, cp_isolation=list(_CODE_PAGES)))
    if candidates:
        best = max(candidates, key=lambda match: (match.coherence, -_CODE_PAGES.index(match.encoding)))
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps them to C1 controls, which the
        # printable-share check then counts against the file.
        return data.decode("latin-1")


def decode_text(data: bytes) -> str | None:
    """The text these bytes spell, or None when they do not look like text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data)
    elif b"\x00" in data:
        return None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_single_byte(data)
    if text is None or "\x00" in text or _printable_share(text) < MIN_PRINTABLE_SHARE:
        return None
    return text
