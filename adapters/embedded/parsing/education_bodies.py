"""A professional credential and the body that granted it, on one line: "Chartered Professional
Accountant (CPA), CPA Ontario, 2019", "Certified Public Accountant, CPA Ontario", "Chartered
Accountant (CA), ICAI". The body's name repeats the credential's initials ("CPA Ontario"), so
the word lists read it as a second credential and the line as two entries; the initials say
which part is the credential in full and which the body that awards it."""
from __future__ import annotations

import re

_SMALL_WORDS = frozenset(("of", "and", "the", "for", "in", "&"))
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
# A body's name: the credential's initials, then a proper name ("CPA Ontario", "CPA Canada",
# "ACCA Global"); the initials alone name the credential itself.
_INITIALS_THEN_A_NAME = re.compile(r"^(?P<initials>[A-Z]{2,6})\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$")


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", words) if w.lower() not in _SMALL_WORDS).upper()


def awarding_body(parts: list[str]) -> tuple[int, int] | None:
    """(the credential's part, the awarding body's part), when one part is a credential (its
    initials, or in full, or in full with its initials in brackets) and another its initials
    and a name; else None."""
    for body_at, body in enumerate(parts):
        m = _INITIALS_THEN_A_NAME.match(body.strip(" ,-"))
        if m is None:
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
