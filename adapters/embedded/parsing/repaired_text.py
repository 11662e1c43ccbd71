"""Text decoded with the wrong character set, repaired before it is read.

A résumé saved as UTF-8 and read back as Latin-1 or Windows-1252 (many exports and copies
are) writes a bullet as "â€¢" and an apostrophe as "â€™": the stray letters end up in skills
("â€¢ Quantity estimation") and split words. ftfy undoes exactly those decodings and leaves
text that was read right as it is, but for two foldings kept on purpose: fullwidth Latin letters
and digits become plain ones ("２０１９年４月", "ＴＯＥＩＣ" in Japanese CVs: the dates and words
the rules read), and ligatures are spelled out ("ﬁ" as "fi", as PDFs set them). Quotes keep
their curl (the parser reads both)."""
from __future__ import annotations

import re

import ftfy

_REPAIR = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, explain=False)
# A line of printable ASCII, tabs and spaces has nothing any of the fixes above changes, and
# ftfy reads a text line by line (each line with its line break): most lines of most résumés are such lines.
_NOTHING_TO_REPAIR = re.compile(r"[\t\x20-\x7e]*\n?")


def repaired(text: str) -> str:
    if _NOTHING_TO_REPAIR.fullmatch(text.replace("\n", "")):
        return text
    return "".join(line if _NOTHING_TO_REPAIR.fullmatch(line) else ftfy.fix_text(line, _REPAIR)
                   for line in re.findall(r"[^\n]*\n|[^\n]+\Z", text))
