"""A résumé written as a form: every line a label and its value ("Name: …", "Current employer:
…", "Qualification: …", "Skills: …"), one field a line, no headings. Such a form names its
sections by its labels, so a labelled line that names a section opens it, even after a job's
fields (elsewhere "Skills: Java, SQL" under a job is a field of that job)."""
from __future__ import annotations

import re

# "Label: value", the label of one to four words ("Year completed:", "Position sought:")
_FIELD = re.compile(r"^\s*[^\W\d_][^\W\d_'’/-]*(?:[ /-][^\W\d_][^\W\d_'’]*){0,3}\s?[:：]\s*\S")
# So many fields in all, and this share of the written lines
_FEWEST_FIELDS = 8
_SHARE = 0.8


def a_form(lines: list[str]) -> bool:
    """Most written lines of the text are labelled fields, enough of them to be a form."""
    written = [line for line in lines if line.strip()]
    fields = sum(1 for line in written if _FIELD.match(line))
    return fields >= _FEWEST_FIELDS and fields >= _SHARE * len(written)
