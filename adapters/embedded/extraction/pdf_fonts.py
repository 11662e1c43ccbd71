"""The type a PDF text run is set in: its size and whether it is bold, from PDFium's public
text API (FPDFText_GetFontSize, FPDFText_GetFontWeight, FPDFText_GetFontInfo). Standard fonts
report no weight, so a bold face is also known by its name ("Helvetica-Bold", "Calibri
Bold", "Arial-BoldMT") or the ForceBold flag."""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium_c

_BOLD_WEIGHT = 600
_FORCE_BOLD_FLAG = 1 << 18
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_NAME_BYTES = 128


@dataclass(frozen=True)
class RunType:
    size: float
    bold: bool


def type_at(textpage: pypdfium2.PdfTextPage, x: float, y: float, reach: float,
            fallback_size: float) -> RunType:
    """The type of the character nearest (x, y) within reach points (the middle of a run may
    fall between two words); the fallback size (a run's height) when PDFium finds none."""
    index = textpage.get_index(x, y, reach, max(2.0, fallback_size / 2))
    if index is None or index < 0:
        return RunType(fallback_size, False)
    raw = textpage.raw
    size = float(pdfium_c.FPDFText_GetFontSize(raw, index)) or fallback_size
    if pdfium_c.FPDFText_GetFontWeight(raw, index) >= _BOLD_WEIGHT:
        return RunType(size, True)
    name = ctypes.create_string_buffer(_NAME_BYTES)
    flags = ctypes.c_int(0)
    pdfium_c.FPDFText_GetFontInfo(raw, index, name, _NAME_BYTES, ctypes.byref(flags))
    bold = bool(flags.value & _FORCE_BOLD_FLAG) or bool(_BOLD_NAME.search(name.value.decode("latin-1")))
    return RunType(size, bold)
