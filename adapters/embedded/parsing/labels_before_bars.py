"""A form's table flattened with bars keeps a label's cell and its value's cell apart
("Name: | Amaka Obi", "Address: | 12 Allen Avenue, Ikeja"): the bar is no part of the value,
so the label's colon is made to lead straight to it, as the rest of the parser reads labels."""
from __future__ import annotations

import re

# A short label of a few words ending in its colon, a bar, then the value's cell
_LABEL_BAR_VALUE = re.compile(r"(?m)^([ \t]*[^\W\d_][^|:\n]{0,29}):[ \t]*\|[ \t]*(?=\S)")


def labels_before_bars_read(text: str) -> str:
    return _LABEL_BAR_VALUE.sub(r"\1: ", text)
