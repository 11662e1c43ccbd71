"""A professional credential and the body that granted it, on one line: "Chartered Professional
Accountant (CPA), CPA Ontario, 2019", "Certified Public Accountant, CPA Ontario", "Chartered
Accountant (CA), ICAI". The body's name repeats the credential's initials ("CPA Ontario"), so
the word lists read it as a second credential and the line as two entries; the initials say
which part is the credential in full and which the body that awards it. A university degree's
initials before a name are the degree and its major ("MBA Finance"), never a body."""
from __future__ import annotations

import re

from adapters.embedded.parsing.education_words import DEGREE

_SMALL_WORDS = frozenset(("of", "and", "the", "for", "in", "&"))
_BRACKETED = re.compile(r"(?:(?<!\s)\s+)?\(([^()]*)\)")  # (blanks from a run's start only: linear in a long run)
# A body's name: the credential's initials, then a proper name ("CPA Ontario", "CPA Canada",
# "ACCA Global"); the initials alone name the credential itself.
_INITIALS_THEN_A_NAME = re.compile(r"^(?P<initials>[A-Z]{2,6})\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$")


# A degree of a university by its initials: a bachelor's, a master's, a postgraduate diploma or
# a doctorate ("MBA", "BSN", "PGDM", "PHD"). After them a name is the degree's major ("MBA
# Finance", "BSN Hons"), where after a professional credential's ("CPA Ontario") it is the body.
_ACADEMIC_FIRST = re.compile(r"^(?:B|M|PG|PH|D)", re.IGNORECASE)


def _a_degree_and_its_major(initials: str) -> bool:
    return bool(_ACADEMIC_FIRST.match(initials) and DEGREE.fullmatch(initials))


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", words) if w.lower() not in _SMALL_WORDS).upper()


def awarding_body(parts: list[str]) -> tuple[int, int] | None:
    """(the credential's part, the awarding body's part), when one part is a credential (its
    initials, or in full, or in full with its initials in brackets) and another its initials
    and a name; else None."""
    for body_at, body in enumerate(parts):
        m = _INITIALS_THEN_A_NAME.match(body.strip(" ,-"))
        if m is None or _a_degree_and_its_major(m.group("initials")):
            continue
        for credential_at, credential in enumerate(parts):
            if credential_at == body_at:
                continue
            bracketed = _BRACKETED.search(credential)
            spelled = _BRACKETED.sub("", credential).strip(" ,-")
            if spelled == m.group("initials") or (len(spelled.split()) >= 2 and (
                    _initials(spelled) == m.group("initials")
                    or (bracketed and bracketed.group(1).strip() == m.group("initials")))):
                return credential_at, body_at
    return None
