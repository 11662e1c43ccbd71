"""Which lines of a PDF are set apart from its body text: bold, or in type larger than the
commonest size (weighted by characters, so a page of entries outweighs its headings)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from adapters.embedded.extraction.pdf_layout import MeasuredLine
from domain.document_layout import LineLook, relative_size

_MAX_HEADING_CHARS = 120


def pdf_looks(lines: Iterable[MeasuredLine]) -> tuple[LineLook, ...]:
    lines = list(lines)
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    if not sizes:
        return ()
    body = sizes.most_common(1)[0][0]
    looks = []
    for line in lines:
        text = " ".join(line.text.split())
        if not text or len(text) > _MAX_HEADING_CHARS:
            continue
        look = LineLook(text, line.bold, relative_size(line.size, body))
        if look.emphasised:
            looks.append(look)
    return tuple(looks)
