"""A contact line parts its town, phone and email with whatever glyph the writer's template
has ("Leeds ▪ 07911 123456 ▪ ann@example.com", "■", "◆", "➤"), as others do with "|" or "•":
each such glyph between two parts is read as the "•" the contact rules know."""
from __future__ import annotations

import re

_GLYPH_BETWEEN_PARTS = re.compile(r"(?<=\S)[ \t]+[▪■●◆♦⋄⋅∙◦★☆✦✧❖➤►▸◼◾⬥⬩][ \t]+(?=\S)")


def glyphs_as_bullets(line: str) -> str:
    return _GLYPH_BETWEEN_PARTS.sub(" • ", line)
