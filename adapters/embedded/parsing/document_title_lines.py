"""A document title that names its holder over three lines ("CURRICULUM VITAE" / "OF" /
"JOHN DOE"), as South Asian and African résumés often open: the lines are joined into the one
line "CURRICULUM VITAE OF JOHN DOE", which reads as the title with the name after it; "OF"
alone is no name."""
from __future__ import annotations

import re

_TITLE_OVER_OF = re.compile(
    r"(?im)^([ \t]*(?:curriculum[ \t]+vitae|r[eé]sum[eé]|cv|bio[- ]?data)[ \t]*)\n"
    r"(?:[ \t]*\n)?[ \t]*(of)[ \t]*\n(?:[ \t]*\n)?")


def document_title_lines_joined(text: str) -> str:
    return _TITLE_OVER_OF.sub(lambda m: f"{m.group(1).strip()} {m.group(2)} ", text, count=1)
