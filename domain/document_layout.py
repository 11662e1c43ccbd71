"""How a line of a document is set, beside its words: what marks a heading to the eye (bold,
larger type, a heading style) when its wording is one the parser has never seen."""
from __future__ import annotations

from dataclasses import dataclass

# Type this much larger than the body's stands out as a heading or a name.
LARGER_TYPE = 1.1


@dataclass(frozen=True)
class LineLook:
    """A line set apart from the body text. size: its type size over the body's, rounded to
    a twentieth so that lines set alike compare equal."""
    text: str
    bold: bool = False
    size: float = 1.0
    heading_style: bool = False

    @property
    def emphasised(self) -> bool:
        return self.bold or self.size >= LARGER_TYPE or self.heading_style

    @property
    def signature(self) -> tuple[bool, float, bool]:
        """Lines with the same signature are set alike: headings look like each other."""
        return self.bold, self.size, self.heading_style


def relative_size(size: float, body: float) -> float:
    return round(size / body * 20) / 20 if body > 0 else 1.0
