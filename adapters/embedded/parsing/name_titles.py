"""Forms of address and professional titles written before a name ("Dr. Amal Haddad", "Capt.
Rafael Souza", "Ing. Agr. Martín Ferreyra", "Engr. Jose Cruz", "CA Priya Iyer"): they are no
part of the name. Letters that name a credential ("CA", "CPA") are kept as the letters after a
name are, the person's credential."""
from __future__ import annotations

import re

from adapters.embedded.parsing.post_nominals import KNOWN

# Titles read with or without their dot; the shorter or ambiguous abbreviations ("Er.",
# "Lic.", "Ing.", "Sr.") only with it, as an initial or a given name may be spelled alike
# ("Ing Mei Ling"). A French "M." is left: it is also an initial ("M. Senthil Kumar").
_TITLE = (r"(?:(?:mr|mrs|ms|miss|dr|prof|professor|doctor|capt|captain|engr|atty|herr|frau)\.?|"
          r"(?:mx|cpt|cdr|col|maj|lt|sgt|eng|er|ing|agr|arq|arch|lic|licda?|adv|hon|rev|sr|sra|srta|"
          r"dott|dottssa|mag|dipl|mme|mlle)\.)")
_BEFORE = re.compile(rf"^(?:{_TITLE}\s+)+", re.IGNORECASE)
# Credential letters before a name, written in capitals: "CA Priya Iyer", "CPA Maria Lopez".
_LETTERS_BEFORE = re.compile(r"^([A-Z]{2,5})\s+(?=[A-Z])")
# Letters that are also given names or surnames ("MA Lin", "DO Van Minh"), or a generation.
_ALSO_NAMES = frozenset({"MA", "DO", "MS", "MD", "PA", "SR", "JR", "II", "III", "IV", "RA", "PT", "OT",
                         "RM", "BA", "BS", "MED", "PE", "NP", "RPH"})


def without_title(line: str) -> tuple[str, tuple[str, ...]]:
    """(the line without the titles before its name, the credential letters among them).
    A line of one word after its titles is left as it was ("Dr. Who" is no name read)."""
    rest = _BEFORE.sub("", line, count=1)
    letters: tuple[str, ...] = ()
    m = _LETTERS_BEFORE.match(rest)
    if m and m.group(1) in KNOWN and m.group(1) not in _ALSO_NAMES:
        letters, rest = (m.group(1),), rest[m.end():]
    if rest == line or len(rest.split()) < 2:
        return line, ()
    return rest, letters
